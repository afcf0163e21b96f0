//! The map's frame: its name, the SVG (the patterns, the zoomed group, the markers), the zoom
//! buttons, the hints' live region and the tooltip. Rendered at build time around the default
//! view's shapes (`core::write::first_view`), which `ui::map` takes over. (For a map that did
//! not come with the page, the instrument builds a bare frame itself, `ui::map::overlay`: this
//! component's translations in the app would cost every visitor 4.5 KB gzip.)

use leptos::prelude::*;

use super::each::{each_attr, given, spans, texts, Each, Text};
use super::patterns::Patterns;
use crate::core::write::dom;
use crate::core::write::first_view::MapView;
use crate::i18n::td_string;

/// The default view's map, as the page arrives with it.
pub struct FirstMap {
    pub view: MapView,
    /// Where the page finds the detailed boundaries.
    pub detail: String,
}

#[component]
pub fn MapFrame(map: FirstMap) -> impl IntoView {
    let none = texts(|l| td_string!(l, details.status_none).to_string());
    let hints = vec![
        (
            "data-two-fingers",
            texts(|l| td_string!(l, map.hint_two_fingers).to_string()),
        ),
        (
            "data-ctrl-scroll",
            texts(|l| td_string!(l, map.hint_ctrl_scroll).to_string()),
        ),
        (
            "data-cmd-scroll",
            texts(|l| td_string!(l, map.hint_cmd_scroll).to_string()),
        ),
    ];
    let FirstMap { view, detail } = map;
    let title = spans(given(|l| view.title.get(l).to_owned()));
    let [x0, y0, x1, y1] = view.home;
    let [width, height, k, tx, ty] = view.world;
    let units = view.units;
    let hint_region =
        view! { <div class="map-hint-region" role="status"></div> }.add_any_attr(each_attr(hints));
    let button = |which: &'static str, mark: &'static str, label: Text, title: Text| {
        view! {
            <button type="button" data-zoom=which>
                <span aria-hidden="true">{mark}</span>
                <span class="visually-hidden"><Each text=label /></span>
            </button>
        }
        .add_any_attr(each_attr(vec![("title", texts(title))]))
    };
    view! {
        <div class="map-frame">
            <span class="visually-hidden" id="map-title">{title}</span>
            // The numbers the map is taken over with, an attribute each.
            <svg class=dom::WORLD_MAP viewBox=view.view_box
                data-home-x0=x0 data-home-y0=y0 data-home-x1=x1 data-home-y1=y1
                data-world-width=width data-world-height=height data-world-k=k data-world-tx=tx data-world-ty=ty
                data-detail=detail role="group" aria-labelledby="map-title" aria-describedby="map-description map-help" tabindex="-1">
                <Patterns prefix="" units=units />
                <g class="zoom">
                    <g class="shapes" data-units=units.to_string() transform=view.scale inner_html=view.paths></g>
                </g>
                <g class="markers"></g>
            </svg>
            <div class="zoom-controls" role="group" aria-labelledby="zoom-label">
                <span class="visually-hidden" id="zoom-label"><Each text=|l| td_string!(l, zoom.group).to_string() /></span>
                {button("in", "+", |l| td_string!(l, zoom.zoom_in).to_string(), |l| td_string!(l, zoom.zoom_in_title).to_string())}
                {button("out", "−", |l| td_string!(l, zoom.zoom_out).to_string(), |l| td_string!(l, zoom.zoom_out_title).to_string())}
                {button("reset", "⟲", |l| td_string!(l, zoom.reset).to_string(), |l| td_string!(l, zoom.reset_title).to_string())}
            </div>
            {hint_region}
            <div class="map-tooltip" role="tooltip" hidden></div>
        </div>
    }
    .add_any_attr(each_attr(vec![("data-none", none)]))
}
