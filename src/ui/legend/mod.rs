//! The map's legend, a compact overlay on the map: the statuses (or, with an indicator, its
//! classes), and the map in words, its text alternative.

pub mod choropleth_legend;
pub mod map_description;
pub mod status_legend;

use leptos::prelude::*;

use crate::ui::state::use_derived;

#[component]
pub fn LegendOverlay() -> impl IntoView {
    let derived = use_derived();
    let has_indicator = move || derived.choropleth.with(Option::is_some);
    move || {
        derived.lang.track();
        view! {
            <Show when=has_indicator fallback=|| view! { <status_legend::Legend /> }>
                <choropleth_legend::ChoroplethLegend />
            </Show>
            <map_description::MapDescription />
        }
    }
}
