//! Indicator picker: colours the map, fills the chart and adds columns to the table.

use leptos::prelude::*;

use crate::i18n::*;
use crate::ui::state::{use_data, use_derived, use_view};

#[component]
pub fn IndicatorSelect(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
) -> impl IntoView {
    let data = use_data();
    let view = use_view();
    let derived = use_derived();
    let i18n = use_i18n();
    let value = move || view.indicator.get().unwrap_or_default();
    let options = move || {
        data.dataset.with(|d| {
            d.ready().map(|d| {
                d.indicators
                    .iter()
                    .map(|i| {
                        let id = i.id.clone();
                        let chosen = move || value() == id;
                        let lang = derived.lang.get_untracked();
                        let (name, unit) = (d.indicator_name(lang, i), d.indicator_unit(lang, i));
                        // The attribute too: the page as it arrives (`ui::prerender`) shows a
                        // link's indicator chosen, and properties are not written into HTML.
                        view! { <option value=i.id.clone() lang=name.lang.code() selected=chosen.clone() prop:selected=chosen>{format!("{} ({})", name.text, unit.text)}</option> }
                    })
                    .collect_view()
                    .into_any()
            })
        })
    };
    view! {
        <div class="filter-group">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                prop:value=value
                on:change=move |e| {
                    let v = event_target_value(&e);
                    view.indicator.set((!v.is_empty()).then_some(v));
                }
            >
                <option value="">{t_string!(i18n, indicator.none)}</option>
                {options}
            </select>
        </div>
    }
}
