//! The status legend: each status with its styling, count and the entities that have it.

use leptos::prelude::*;

use crate::core::model::dataset::Status;
use crate::core::write::phrases::sort_names;
use crate::i18n::*;
use crate::ui::page::patterns::Patterns;
use crate::ui::phrases::phrases;
use crate::ui::state::{use_data, use_derived};

/// The legend's own patterns: the map's follow its zoom, the swatches keep theirs.
pub fn legend_patterns() -> impl IntoView {
    view! {
        <svg class="pattern-defs" width="0" height="0" aria-hidden="true">
            <Patterns prefix="legend-" />
        </svg>
    }
}

/// A swatch drawn with the same classes (colour and pattern) as the map.
#[component]
pub fn Swatch(#[prop(into)] class: String) -> impl IntoView {
    view! {
        <svg class="swatch" viewBox="0 0 20 14" aria-hidden="true">
            <rect class=format!("shape {class}") x="0.5" y="0.5" width="19" height="13" rx="2" />
        </svg>
    }
}

#[component]
pub fn Legend() -> impl IntoView {
    let data = use_data();
    let derived = use_derived();
    let i18n = use_i18n();
    let p = phrases(i18n);
    let names_with = move |status: Status| {
        let statuses = derived.statuses.get();
        data.dataset.with(|d| {
            let mut names: Vec<String> = d
                .ready()
                .map(|d| {
                    d.entities
                        .iter()
                        .filter(|e| statuses.get(&e.id) == Some(&status))
                        .map(|e| derived.name(&e.id, &e.name))
                        .collect()
                })
                .unwrap_or_default();
            sort_names(&mut names);
            names
        })
    };
    let rows = Status::SHOWN
        .into_iter()
        .map(|status| {
            // Once per change, for both the count and the names: each reading gathers, names
            // and sorts every entity of the status (175 of them with a large dataset).
            let names = Memo::new(move |_| names_with(status));
            view! {
                <li class="legend-row">
                    <Swatch class=format!("entity status-{}", status.key()) />
                    <span class="legend-label">
                        <strong>{p.legend_heading(status).to_owned()}</strong>
                        " (" {move || names.with(Vec::len)} ")"
                        <span class="legend-names">{move || names.with(|n| n.join(", "))}</span>
                    </span>
                </li>
            }
        })
        .collect_view();
    let title = {
        let p = p.clone();
        move || p.legend_title(derived.as_of_label().as_deref())
    };
    view! {
        <section class="legend" aria-labelledby="legend-title">
            {legend_patterns()}
            <h2 class="legend-title" id="legend-title">{title}</h2>
            <ul class="legend-list">
                {rows}
                <li class="legend-row">
                    <Swatch class="" />
                    <span class="legend-label"><strong>{p.legend_none.clone()}</strong></span>
                </li>
            </ul>
        </section>
    }
}
