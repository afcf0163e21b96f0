//! Load failures and warnings, in the page: never a blank page.

use leptos::prelude::*;

use crate::ui::state::{use_app_state, Load};

/// How many warning lines to list before summarising the rest.
const MAX_LINES: usize = 50;

fn lines_view(lines: Vec<String>) -> impl IntoView {
    let more = lines.len().saturating_sub(MAX_LINES);
    let items = lines
        .into_iter()
        .take(MAX_LINES)
        .map(|l| view! { <li>{l}</li> })
        .collect_view();
    view! {
        <ul class="problems">{items}</ul>
        {(more > 0).then(|| view! { <p>{format!("… and {more} more.")}</p> })}
    }
}

#[component]
pub fn LoadAlerts() -> impl IntoView {
    let state = use_app_state();
    let dataset_error = move || match state.dataset.get() {
        Load::Failed(lines) => Some(view! {
            <div class="alert alert-error" role="alert">
                <p><strong>"The SSE dataset could not be loaded."</strong>" The map shows the countries without their status."</p>
                {lines_view(lines)}
            </div>
        }),
        _ => None,
    };
    let map_error = move || match state.map.get() {
        Load::Failed(lines) => Some(view! {
            <div class="alert alert-error" role="alert">
                <p><strong>"The country boundaries could not be loaded."</strong></p>
                {lines_view(lines)}
            </div>
        }),
        _ => None,
    };
    // Entities the map cannot draw: listed, so an editor learns of a mistyped code.
    let unmatched = move || {
        let dataset = state.dataset.get();
        let map = state.map.get();
        let (Some(d), Some(m)) = (dataset.ready(), map.ready()) else {
            return Vec::new();
        };
        d.entities
            .iter()
            .filter(|e| !m.shapes.iter().any(|s| s.id == e.id))
            .map(|e| {
                format!(
                    "{} ({}): no boundary with this code; it is not drawn on the map",
                    e.name, e.id
                )
            })
            .collect::<Vec<_>>()
    };
    let warnings =
        move || {
            let mut all = state.warnings.get();
            all.extend(unmatched());
            (!all.is_empty()).then(|| view! {
            <details class="alert alert-warning" role="status">
                <summary>{format!("{} warning(s) about the data files", all.len())}</summary>
                {lines_view(all)}
            </details>
        })
        };
    view! { {dataset_error} {map_error} {warnings} }
}
