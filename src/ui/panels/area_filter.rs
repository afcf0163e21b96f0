//! Issue-area picker: the UNTFSSE's eight areas, as the data tags them.

use leptos::prelude::*;

use crate::ui::state::use_app_state;

#[component]
pub fn AreaFilter() -> impl IntoView {
    let state = use_app_state();
    let value = move || state.filter.with(|f| f.area.clone().unwrap_or_default());
    let options = move || {
        state.dataset.with(|d| {
            d.ready()
                .map(|d| {
                    d.issue_areas
                        .iter()
                        .map(|a| {
                            let id = a.id.clone();
                            view! { <option value=a.id.clone() prop:selected=move || value() == id>{a.name.clone()}</option> }
                        })
                        .collect_view()
                        .into_any()
                })
        })
    };
    view! {
        <div class="filter-group">
            <label for="area-filter">"Issue area"</label>
            <select
                id="area-filter"
                aria-describedby="area-note"
                prop:value=value
                on:change=move |e| {
                    let v = event_target_value(&e);
                    state.filter.update(|f| f.area = (!v.is_empty()).then_some(v));
                }
            >
                <option value="">"All issue areas"</option>
                {options}
            </select>
            <p id="area-note" class="note">"An entity matches when the editors tagged one of its statements, laws or figures with the area."</p>
        </div>
    }
}
