//! The SVG world map: one `<path>` per shape, built once; only class attributes react to state.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::dataset::Status;
use crate::core::geo::MapGeometry;
use crate::ui::state::{use_app_state, Load};

/// Entities whose shape is smaller than this (map units, on a 1000-unit-wide world) also get
/// a circle marker so they can be seen and hit (Luxembourg is about 2 units wide).
const TINY: f64 = 8.0;
const MARKER_RADIUS: f64 = 5.0;

/// The world map, or its loading/failure state.
#[component]
pub fn WorldMap() -> impl IntoView {
    let state = use_app_state();
    let map = move || {
        match state.map.get() {
        Load::Loading => {
            view! { <p class="map-status" role="status">"Loading the map…"</p> }.into_any()
        }
        Load::Failed(_) => view! {
            <p class="map-status">"The map could not be drawn. The legend and the details still work."</p>
        }
        .into_any(),
        Load::Ready(geometry) => view! { <MapSvg geometry /> }.into_any(),
    }
    };
    // The frame keeps the map's proportions while it loads, so nothing below it jumps.
    view! { <div class="map-frame">{map}</div> }
}

/// The id of the shape or marker an event happened on, if any.
fn shape_id(ev: &web_sys::Event) -> Option<String> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest("[data-id]").ok()??.get_attribute("data-id")
}

#[component]
fn MapSvg(geometry: Arc<MapGeometry>) -> impl IntoView {
    let state = use_app_state();
    let status_of = move |id: &str| state.statuses.with(|s| s.get(id).copied());
    let name_of = move |id: &str, fallback: &str| {
        state.dataset.with(|d| {
            d.ready()
                .and_then(|d| d.entity(id))
                .map_or_else(|| fallback.to_owned(), |e| e.name.clone())
        })
    };

    let paths = geometry
        .shapes
        .iter()
        .map(|shape| {
            let id = shape.id.clone();
            // One memo per shape: its attributes update only when its own status changes.
            let status = {
                let id = id.clone();
                Memo::new(move |_| status_of(&id))
            };
            let label = {
                let (id, fallback) = (id.clone(), shape.name.clone());
                move || match status.get() {
                    Some(s) => format!("{}, {}", name_of(&id, &fallback), s.label()),
                    None => fallback.clone(),
                }
            };
            let class = move || match status.get() {
                Some(s) => format!("shape entity status-{}", s.key()),
                None => "shape".to_owned(),
            };
            let is_entity = move || status.with(Option::is_some);
            view! {
                <path
                    d=shape.d.clone()
                    data-id=id
                    class=class
                    aria-label=label
                    role=move || is_entity().then_some("button")
                    tabindex=move || is_entity().then_some("0")
                    aria-hidden=move || (!is_entity()).then_some("true")
                />
            }
        })
        .collect_view();

    let geometry_for_markers = geometry.clone();
    let markers = move || {
        geometry_for_markers
            .shapes
            .iter()
            .filter(|s| s.bounds.width() < TINY && s.bounds.height() < TINY)
            .filter_map(|s| {
                let status = status_of(&s.id)?;
                Some(view! {
                    <circle
                        class=format!("marker status-{}", status.key())
                        data-id=s.id.clone()
                        cx=format!("{:.1}", (s.bounds.x0 + s.bounds.x1) / 2.0)
                        cy=format!("{:.1}", (s.bounds.y0 + s.bounds.y1) / 2.0)
                        r=MARKER_RADIUS
                        aria-hidden="true"
                    />
                })
            })
            .collect_view()
    };

    let geometry_for_outline = geometry.clone();
    let outline = move || {
        let selected = state.selected.get()?;
        let shape = geometry_for_outline
            .shapes
            .iter()
            .find(|s| s.id == selected)?;
        Some(view! { <path class="selection-outline" d=shape.d.clone() aria-hidden="true" /> })
    };

    let on_click = move |ev: web_sys::MouseEvent| {
        if let Some(id) = shape_id(&ev) {
            state.selected.set(Some(id));
        }
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if matches!(ev.key().as_str(), "Enter" | " ") {
            if let Some(id) = shape_id(&ev) {
                ev.prevent_default();
                state.selected.set(Some(id));
            }
        }
    };
    let title = move || match state.as_of.get() {
        Some(date) => format!(
            "World map of the International Leading Group on SSE, as of {}",
            date.display_en()
        ),
        None => "World map".to_owned(),
    };

    view! {
        <svg
            class="world-map"
            viewBox=format!("0 0 {} {}", geometry.width, geometry.height)
            role="group"
            aria-label=title
            on:click=on_click
            on:keydown=on_keydown
        >
            <defs>
                <pattern id="hatch-observer" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect class="pattern-bg-observer" width="6" height="6" />
                    <line class="pattern-line" x1="0" y1="0" x2="0" y2="6" />
                </pattern>
                <pattern id="dots-interested" width="5" height="5" patternUnits="userSpaceOnUse">
                    <rect class="pattern-bg-interested" width="5" height="5" />
                    <circle class="pattern-dot" cx="2.5" cy="2.5" r="1.1" />
                </pattern>
            </defs>
            <g class="shapes">{paths}</g>
            <g class="markers">{markers}</g>
            <g class="selection">{outline}</g>
        </svg>
    }
}

/// The status class used for a status in the legend swatches (same styling as the map).
pub fn status_class(status: Status) -> String {
    format!("status-{}", status.key())
}
