//! The map's frame: its name, the SVG (the patterns, the zoomed group, the markers), the zoom
//! buttons, the hints' live region and the tooltip. Rendered at build time around the default
//! view's shapes (`core::write::first_view`), which `ui::map` takes over. (For a map that did
//! not come with the page, the instrument builds a bare frame itself, `ui::map::overlay`: this
//! component's translations in the app would cost every visitor 4.5 KB gzip.)

use leptos::prelude::*;

use super::each::{each_attr, given, spans, texts, Each, Langs, Text};
use super::patterns::Patterns;
use crate::core::model::lang::Lang;
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
pub fn MapFrame(
    /// The SVG's `viewBox` where no first map gives the region it opens on.
    view_box: String,
    units: u32,
    langs: Vec<Lang>,
    #[prop(optional)] first: Option<FirstMap>,
) -> impl IntoView {
    provide_context(Langs(langs));
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
    let title = first.as_ref().map(|f| {
        let title = given(|l| f.view.title.get(l).to_owned());
        view! { <span class="visually-hidden" id="map-title">{spans(title)}</span> }
    });
    let (view_box, home, world, detail, labelled, shapes) = match first {
        Some(FirstMap { view, detail }) => (
            view.view_box,
            Some(view.home),
            Some(view.world),
            Some(detail),
            Some("map-title"),
            Some(view! {
                <g class="shapes" data-units=units.to_string() transform=view.scale inner_html=view.paths></g>
            }),
        ),
        None => (view_box, None, None, None, None, None),
    };
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
            {title}
            <svg class=dom::WORLD_MAP viewBox=view_box data-home=home data-world=world data-detail=detail
                role="group" aria-labelledby=labelled aria-describedby="map-description map-help" tabindex="-1">
                <Patterns prefix="" units=units />
                <g class="zoom">{shapes}</g>
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
