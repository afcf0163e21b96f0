//! The legend: each status with its styling, count and the entities that have it.

use leptos::prelude::*;

use super::world_map::status_class;
use crate::core::dataset::Status;
use crate::ui::state::use_app_state;

fn heading(status: Status) -> &'static str {
    match status {
        Status::Member => "Member states",
        Status::Observer => "Observers",
        Status::Interested => "Declared interest in joining",
        Status::None => "Not in the group",
    }
}

/// A swatch drawn with the same classes (colour and pattern) as the map.
#[component]
fn Swatch(#[prop(into)] class: String) -> impl IntoView {
    view! {
        <svg class="swatch" viewBox="0 0 20 14" aria-hidden="true">
            <rect class=format!("shape {class}") x="0.5" y="0.5" width="19" height="13" rx="2" />
        </svg>
    }
}

#[component]
pub fn Legend() -> impl IntoView {
    let state = use_app_state();
    let names_with = move |status: Status| {
        let statuses = state.statuses.get();
        state.dataset.with(|d| {
            let mut names: Vec<String> = d
                .ready()
                .map(|d| {
                    d.entities
                        .iter()
                        .filter(|e| statuses.get(&e.id) == Some(&status))
                        .map(|e| e.name.clone())
                        .collect()
                })
                .unwrap_or_default();
            names.sort();
            names
        })
    };
    let rows = Status::SHOWN
        .into_iter()
        .map(|status| {
            let names = move || names_with(status);
            view! {
                <li class="legend-row">
                    <Swatch class=format!("entity {}", status_class(status)) />
                    <span class="legend-label">
                        <strong>{heading(status)}</strong>
                        " (" {move || names().len()} ")"
                        <span class="legend-names">{move || names().join(", ")}</span>
                    </span>
                </li>
            }
        })
        .collect_view();
    let as_of = move || state.as_of_label().map(|d| format!(", as of {d}"));
    view! {
        <section class="legend" aria-labelledby="legend-title">
            // The map's patterns follow its zoom; the swatches keep their own, unscaled copies.
            <svg class="pattern-defs" width="0" height="0" aria-hidden="true">
                <defs>
                    <pattern id="legend-hatch-observer" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect class="pattern-bg-observer" width="6" height="6" />
                        <line class="pattern-line" x1="0" y1="0" x2="0" y2="6" />
                    </pattern>
                    <pattern id="legend-dots-interested" width="5" height="5" patternUnits="userSpaceOnUse">
                        <rect class="pattern-bg-interested" width="5" height="5" />
                        <circle class="pattern-dot" cx="2.5" cy="2.5" r="1.1" />
                    </pattern>
                </defs>
            </svg>
            <h2 id="legend-title" class="legend-title">"Status in the group" {as_of}</h2>
            <ul class="legend-list">
                {rows}
                <li class="legend-row">
                    <Swatch class="" />
                    <span class="legend-label"><strong>{heading(Status::None)}</strong></span>
                </li>
            </ul>
            <p class="legend-hint">"Select a country on the map for its statements, laws and figures. Small countries are marked with a circle; sub-national governments are drawn over their country."</p>
        </section>
    }
}
