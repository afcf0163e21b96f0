//! Issue-area picker: the UNTFSSE's eight areas, as the data tags them.

use leptos::prelude::*;

use crate::i18n::*;
use crate::ui::state::{use_data, use_derived, use_view};

#[component]
pub fn AreaFilter() -> impl IntoView {
    let data = use_data();
    let view = use_view();
    let derived = use_derived();
    let i18n = use_i18n();
    let value = move || view.filter.with(|f| f.area.clone().unwrap_or_default());
    let options = move || {
        data.dataset.with(|d| {
            d.ready()
                .map(|d| {
                    d.issue_areas
                        .iter()
                        .map(|a| {
                            let id = a.id.clone();
                            let name = d.area_name(derived.lang.get_untracked(), a);
                            view! { <option value=a.id.clone() lang=name.lang.code() prop:selected=move || value() == id>{name.text.to_owned()}</option> }
                        })
                        .collect_view()
                        .into_any()
                })
        })
    };
    view! {
        <div class="filter-group">
            <label for="area-filter">{t_string!(i18n, area.label)}</label>
            <select
                id="area-filter"
                aria-describedby="area-note"
                prop:value=value
                on:change=move |e| {
                    let v = event_target_value(&e);
                    view.filter.update(|f| f.area = (!v.is_empty()).then_some(v));
                }
            >
                <option value="">{t_string!(i18n, area.all)}</option>
                {options}
            </select>
            <p id="area-note" class="note">{t_string!(i18n, area.note)}</p>
        </div>
    }
}
