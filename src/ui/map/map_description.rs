//! The map in words (its text alternative), under the legend and as the map's description
//! for screen readers.

use leptos::prelude::*;

use crate::core::describe::describe;
use crate::ui::state::use_app_state;

#[component]
pub fn MapDescription() -> impl IntoView {
    let state = use_app_state();
    let text = move || {
        let as_of = state.as_of_label().unwrap_or_default();
        let statuses = state.statuses.get();
        let filtered = state.filter.with(|f| f.active_count() > 0);
        let indicator = state.indicator.get();
        state.dataset.with(|d| {
            let d = d.ready()?;
            let rows: Vec<_> = state.result.with(|r| {
                r.iter()
                    .filter_map(|id| Some((d.entity(id)?, *statuses.get(id)?)))
                    .collect()
            });
            let indicator = indicator.as_deref().and_then(|i| d.indicator(i));
            Some(describe(&as_of, &rows, indicator, filtered))
        })
    };
    view! {
        <details class="map-description">
            <summary>"The map in words"</summary>
            <p id="map-description">{text}</p>
        </details>
    }
}
