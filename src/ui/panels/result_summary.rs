//! One line that says what the filters leave, read out by screen readers as it changes.

use leptos::prelude::*;

use crate::core::filter;
use crate::ui::state::use_app_state;

#[component]
pub fn ResultSummary() -> impl IntoView {
    let state = use_app_state();
    let sentence = move || {
        state.dataset.with(|d| {
            let d = d.ready()?;
            let statuses = state.statuses.get();
            let places = state.places.get();
            let rows: Vec<_> = state.result.with(|r| {
                r.iter()
                    .filter_map(|id| Some((d.entity(id)?, *statuses.get(id)?)))
                    .collect()
            });
            let when = state
                .as_of_label()
                .map(|d| format!(" (as of {d})"))
                .unwrap_or_default();
            Some(format!(
                "{}{when}",
                filter::summarize(&rows, &places).sentence()
            ))
        })
    };
    view! { <p class="result-summary" role="status" aria-live="polite">{sentence}</p> }
}
