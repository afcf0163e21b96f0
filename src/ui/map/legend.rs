//! The legend: each status with its styling, count and the entities that have it.

use leptos::prelude::*;

use super::world_map::status_class;
use crate::core::model::dataset::Status;
use crate::i18n::*;
use crate::ui::state::use_app_state;

fn heading(status: Status) -> &'static str {
    let i18n = use_i18n();
    match status {
        Status::Member => t_string!(i18n, legend.members),
        Status::Observer => t_string!(i18n, legend.observers),
        Status::Interested => t_string!(i18n, legend.interested),
        Status::None => t_string!(i18n, legend.none),
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
    let i18n = use_i18n();
    let names_with = move |status: Status| {
        let statuses = state.statuses.get();
        state.dataset.with(|d| {
            let mut names: Vec<String> = d
                .ready()
                .map(|d| {
                    d.entities
                        .iter()
                        .filter(|e| statuses.get(&e.id) == Some(&status))
                        .map(|e| state.name(&e.id, &e.name))
                        .collect()
                })
                .unwrap_or_default();
            // Accents aside, as a reader sorts: "Équateur" between "Colombie" and "France".
            names.sort_by_cached_key(|n| crate::core::derive::search::fold(n));
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
    let as_of = move || {
        state
            .as_of_label()
            .map(|d| t_string!(i18n, legend.as_of, date = d))
    };
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
            <h2 id="legend-title" class="legend-title">{t_string!(i18n, legend.title)} {as_of}</h2>
            <ul class="legend-list">
                {rows}
                <li class="legend-row">
                    <Swatch class="" />
                    <span class="legend-label"><strong>{heading(Status::None)}</strong></span>
                </li>
            </ul>
            <p class="legend-hint">{t_string!(i18n, legend.hint)}</p>
        </section>
    }
}
