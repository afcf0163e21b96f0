//! Indicator picker: colours the map, fills the chart and adds columns to the table.

use leptos::prelude::*;

use crate::ui::state::use_app_state;

#[component]
pub fn IndicatorSelect(#[prop(into)] id: String, label: &'static str) -> impl IntoView {
    let state = use_app_state();
    let value = move || state.indicator.get().unwrap_or_default();
    let options = move || {
        state.dataset.with(|d| {
            d.ready().map(|d| {
                d.indicators
                    .iter()
                    .map(|i| {
                        let id = i.id.clone();
                        view! { <option value=i.id.clone() prop:selected=move || value() == id>{format!("{} ({})", i.name, i.unit)}</option> }
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
                    state.indicator.set((!v.is_empty()).then_some(v));
                }
            >
                <option value="">"None: status in the group"</option>
                {options}
            </select>
        </div>
    }
}
