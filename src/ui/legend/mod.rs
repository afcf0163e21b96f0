//! The map's legend, a compact overlay on the map: the statuses (or, with an indicator, its
//! classes), and the map in words, its text alternative.

pub mod choropleth_legend;
pub mod map_description;
pub mod status_legend;

use leptos::prelude::*;

use crate::i18n::*;
use crate::ui::page::patterns::Patterns;
use crate::ui::phrases::phrases;
use crate::ui::state::{use_data, use_derived};

#[component]
pub fn LegendOverlay() -> impl IntoView {
    let (data, derived, i18n) = (use_data(), use_derived(), use_i18n());
    // Once per language, not at each status or date change (each step of the timeline's play).
    let templates = Memo::new(move |_| {
        derived.lang.track();
        phrases(i18n)
    });
    // One text for the whole legend, set at once (see `core::write::legend`).
    let content = move || {
        derived.lang.track();
        choropleth_legend::choropleth_markup(data, derived, i18n)
            .unwrap_or_else(|| templates.with(|p| status_legend::status_markup(data, derived, p)))
    };
    view! {
        // The legend's own patterns: the map's follow its zoom, the swatches keep theirs.
        <svg class="pattern-defs" width="0" height="0" aria-hidden="true">
            <Patterns prefix="legend-" />
        </svg>
        <section class="legend" aria-labelledby="legend-title" inner_html=content></section>
        <map_description::MapDescription />
    }
}
