//! The SVG world map: paths built once per level of detail; zoom and pan move one transform;
//! only class attributes react to state.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::camera;
use super::gestures::{self, Frame, Gesture};
use super::markers::Markers;
use super::tooltip::Tooltip;
use super::zoom_controls::ZoomControls;
use crate::core::derive::stats::headline;
use crate::core::geo::roving::{step, west_to_east, Move};
use crate::core::geo::MapGeometry;
use crate::core::model::dataset::Status;
use crate::i18n::*;
use crate::ui::load::load_detail;
use crate::ui::locale;
use crate::ui::state::{use_app_state, AppState, Load, MapHint};

/// Zoom from which the 1:50m boundaries replace the 1:110m ones (the coarse coastlines show).
pub const DETAIL_K: f64 = 2.5;

/// The world map, or its loading/failure state, with its controls and tooltip.
#[component]
pub fn WorldMap() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let map = move || {
        match state.map.get() {
            Load::Loading => {
                view! { <p class="map-status" role="status">{t_string!(i18n, map.loading)}</p> }
                    .into_any()
            }
            Load::Failed(_) => view! {
                <p class="map-status">{t_string!(i18n, map.failed)}</p>
            }
            .into_any(),
            Load::Ready(geometry) => view! {
                <MapSvg geometry />
                <ZoomControls />
                <Tooltip />
                // Always in the page, so that screen readers hear the note when it appears.
                <div class="map-hint-region" role="status">
                    {move || state.map_hint.get().map(|h| {
                        let text = match h {
                            MapHint::TwoFingers => t_string!(i18n, map.hint_two_fingers),
                            MapHint::CtrlScroll => t_string!(i18n, map.hint_ctrl_scroll),
                            MapHint::CmdScroll => t_string!(i18n, map.hint_cmd_scroll),
                        };
                        view! { <p class="map-hint">{text}</p> }
                    })}
                </div>
            }
            .into_any(),
        }
    };
    // Esc dismisses the tooltip wherever the focus is.
    let esc = window_event_listener(ev::keydown, move |e| {
        if e.key() == "Escape" {
            state.hover.set(None);
        }
    });
    on_cleanup(move || esc.remove());
    // The frame keeps the map's proportions while it loads, so nothing below it jumps.
    view! {
        <div class="map-frame">{map}</div>
        <p id="map-help" class="visually-hidden">
            {move || if state.frame.with(|f| f.present) {
                t_string!(i18n, map.help_present)
            } else {
                t_string!(i18n, map.help)
            }}
            " " {t_string!(i18n, map.help_enter)}
        </p>
    }
}

/// How an entity is drawn beyond its status: faded when the filters leave it out; coloured by
/// class, or hatched for "no data", when an indicator is chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    Plain,
    Faded,
    Class(usize),
    NoData,
}

impl Look {
    pub fn class(&self) -> String {
        match self {
            Look::Plain => String::new(),
            Look::Faded => " faded".into(),
            Look::Class(i) => format!(" choro choro-{i}"),
            Look::NoData => " choro no-data".into(),
        }
    }
}

/// The look of entity `id` under the current filters and indicator (tracked).
pub fn look_of(state: AppState, id: &str) -> Look {
    if !state.in_result(id) {
        return Look::Faded;
    }
    state.choropleth.with(|c| match c {
        None => Look::Plain,
        Some(c) => c.palette.get(id).map_or(Look::NoData, |i| Look::Class(*i)),
    })
}

/// ", SSE jobs: 121,000 jobs (2023)" for the accessible name of an entity's shape, when an
/// indicator colours the map (tracked).
fn figure_label(state: AppState, id: &str) -> String {
    let i18n = use_i18n();
    let lang = state.lang.get_untracked();
    let Some(indicator) = state.indicator.get() else {
        return String::new();
    };
    state.dataset.with(|d| {
        let Some(d) = d.ready() else {
            return String::new();
        };
        let Some(i) = d.indicator(&indicator) else {
            return String::new();
        };
        match d.entity(id).and_then(|e| headline(e, &indicator)) {
            Some(f) => format!(
                ", {}: {} ({})",
                d.indicator_name(lang, i).text,
                locale::figure(lang, d, f),
                locale::year(lang, f)
            ),
            None => format!(
                ", {}",
                t_string!(
                    i18n,
                    tooltip.no_data,
                    name = d.indicator_name(lang, i).text.to_owned()
                )
            ),
        }
    })
}

/// A status as a shape's accessible name says it: "France, member".
fn shape_status(status: Status) -> &'static str {
    let i18n = use_i18n();
    match status {
        Status::Member => t_string!(i18n, shape.member),
        Status::Observer => t_string!(i18n, shape.observer),
        _ => t_string!(i18n, shape.interested),
    }
}

fn shape_paths(
    state: AppState,
    geometry: &MapGeometry,
    tab_stop: Memo<Option<String>>,
) -> impl IntoView + use<> {
    let status_of = move |id: &str| state.statuses.with(|s| s.get(id).copied());
    let name_of = move |id: &str, fallback: &str| {
        state.dataset.with(|d| {
            d.ready().and_then(|d| d.entity(id)).map_or_else(
                || state.shape_name(id).unwrap_or_else(|| fallback.to_owned()),
                |e| state.name(&e.id, &e.name),
            )
        })
    };
    geometry
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
                    Some(s) => format!(
                        "{}, {}{}",
                        name_of(&id, &fallback),
                        shape_status(s),
                        figure_label(state, &id)
                    ),
                    None => fallback.clone(),
                }
            };
            // One Tab stop for the whole map (roving tabindex): the arrows move it.
            let tabindex = {
                let id = id.clone();
                move || {
                    status.with(Option::is_some).then(|| {
                        if tab_stop.with(|t| t.as_deref() == Some(id.as_str())) {
                            "0"
                        } else {
                            "-1"
                        }
                    })
                }
            };
            // How the filters and the indicator style this shape, if it is an entity.
            let look = {
                let id = id.clone();
                Memo::new(move |_| status.with(Option::is_some).then(|| look_of(state, &id)))
            };
            let class = move || match status.get() {
                Some(s) => format!(
                    "shape entity status-{}{}",
                    s.key(),
                    look.with(|l| l.as_ref().map(Look::class).unwrap_or_default())
                ),
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
                    tabindex=tabindex
                    aria-hidden=move || (!is_entity()).then_some("true")
                />
            }
        })
        .collect_view()
}

#[component]
fn MapSvg(geometry: Arc<MapGeometry>) -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let (width, height) = (geometry.width, geometry.height);
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let gesture = StoredValue::new(Gesture::default());

    // The level of detail shown: 1:50m once loaded and zoomed in, else the base map.
    let use_detail = Memo::new(move |_| {
        state.viewport.with(|v| v.k >= DETAIL_K) && state.detail.with(Option::is_some)
    });
    let base = geometry.clone();
    let current = Signal::derive(move || {
        if use_detail.get() {
            state.detail.get().unwrap_or_else(|| base.clone())
        } else {
            base.clone()
        }
    });
    // Fetch the detailed boundaries shortly before they are needed, once.
    let requested = StoredValue::new(false);
    Effect::new(move || {
        if state.viewport.with(|v| v.k >= DETAIL_K * 0.8) && !requested.get_value() {
            requested.set_value(true);
            load_detail(state);
        }
    });

    // The keyboard's order of the entities drawn, and the one that takes the Tab stop: where
    // the arrows last went, else the selection, else the westernmost.
    let order = Memo::new(move |_| {
        let g = current.get();
        state.statuses.with(|s| {
            west_to_east(
                g.shapes
                    .iter()
                    .filter(|sh| s.contains_key(&sh.id))
                    .map(|sh| (sh.id.as_str(), &sh.main_bounds)),
            )
        })
    });
    let tab_stop = Memo::new(move |_| {
        let known = |id: &String| order.with(|o| o.contains(id));
        state
            .key_focus
            .get()
            .filter(known)
            .or_else(|| state.selected.get().filter(known))
            .or_else(|| order.with(|o| o.first().cloned()))
    });
    // Arrows, Home and End move the keyboard from entity to entity (Shift + arrows pan).
    let move_focus = move |e: &web_sys::KeyboardEvent| -> bool {
        if e.shift_key() || e.ctrl_key() || e.alt_key() || e.meta_key() {
            return false;
        }
        if state.frame.with_untracked(|f| f.present) && e.key().starts_with("Arrow") {
            return false;
        }
        let Some(m) = Move::of_key(&e.key()) else {
            return false;
        };
        let from = gestures::target_id(e).or_else(|| tab_stop.get_untracked());
        let Some(to) = order.with_untracked(|o| step(o, from.as_deref(), m).map(str::to_owned))
        else {
            return false;
        };
        state.key_focus.set(Some(to.clone()));
        camera::bring_into_view(state, &current.get_untracked(), &to);
        let target = svg_ref
            .get_untracked()
            .and_then(|svg| {
                svg.query_selector(&format!("path[data-id=\"{to}\"]"))
                    .ok()
                    .flatten()
            })
            .and_then(|el| el.dyn_into::<web_sys::SvgElement>().ok());
        if let Some(el) = target {
            let _ = el.focus();
        }
        true
    };

    let frame = move || {
        svg_ref
            .get_untracked()
            .map(|svg| Frame::new(svg.unchecked_into(), width, height))
    };

    // Once mounted: the non-passive wheel listener (so the page does not scroll while zooming),
    // and the map's size in CSS px, kept current on resize.
    let attached = StoredValue::new(false);
    Effect::new(move || {
        let Some(svg) = svg_ref.get() else {
            return;
        };
        if let Some(f) = frame() {
            state.px_per_unit.set(f.px_per_unit());
        }
        if attached.get_value() {
            return;
        }
        attached.set_value(true);
        let on_wheel =
            Closure::<dyn FnMut(web_sys::WheelEvent)>::new(move |e: web_sys::WheelEvent| {
                if let Some(f) = frame() {
                    gestures::on_wheel(state, &f, &e);
                }
            });
        let options = web_sys::AddEventListenerOptions::new();
        options.set_passive(false);
        let _ = svg.add_event_listener_with_callback_and_add_event_listener_options(
            "wheel",
            on_wheel.as_ref().unchecked_ref(),
            &options,
        );
        // The listener lives as long as the map, which lives as long as the page.
        on_wheel.forget();
    });
    let resize = window_event_listener(ev::resize, move |_| {
        if let Some(f) = frame() {
            state.px_per_unit.set(f.px_per_unit());
        }
    });
    on_cleanup(move || resize.remove());

    // Selecting an entity brings it into view.
    Effect::new(move |previous: Option<Option<String>>| {
        let selected = state.selected.get();
        if previous.is_some() {
            if let Some(id) = &selected {
                if state.statuses.with_untracked(|s| s.contains_key(id)) {
                    camera::focus_on(state, &current.get_untracked(), id);
                }
            }
        }
        selected
    });

    let outline = move || {
        let selected = state.selected.get()?;
        let geometry = current.get();
        let shape = geometry.shapes.iter().find(|s| s.id == selected)?;
        Some(view! { <path class="selection-outline" d=shape.d.clone() aria-hidden="true" /> })
    };
    let with_gesture = move |f: &mut dyn FnMut(&mut Gesture, &Frame)| {
        if let Some(fr) = frame() {
            gesture.update_value(|g| f(g, &fr));
        }
    };
    // Patterns keep their on-screen size at every zoom, like the strokes.
    let pattern_scale = move || format!("{:.4}", 1.0 / state.viewport.with(|v| v.k));
    let title = move || {
        let indicator = state.indicator.get().and_then(|i| {
            state.dataset.with(|d| {
                let d = d.ready()?;
                let i = d.indicator(&i)?;
                Some(
                    d.indicator_name(state.lang.get_untracked(), i)
                        .text
                        .to_owned(),
                )
            })
        });
        match (state.as_of_label(), indicator) {
            (Some(date), None) => t_string!(i18n, map.title, date = date),
            (Some(date), Some(name)) => t_string!(i18n, map.title_by, date = date, name = name),
            (None, _) => t_string!(i18n, map.title_plain).to_owned(),
        }
    };

    view! {
        <svg
            node_ref=svg_ref
            class="world-map"
            viewBox=format!("0 0 {width} {height}")
            role="group"
            aria-label=title
            aria-describedby="map-description map-help"
            // Reached through its entities (one Tab stop); focusable itself only when it has none.
            tabindex=move || if order.with(Vec::is_empty) { "0" } else { "-1" }
            on:focusin=move |e| {
                state.map_has_focus.set(true);
                if let Some(id) = gestures::target_id(&e) {
                    if state.statuses.with_untracked(|s| s.contains_key(&id)) {
                        state.key_focus.set(Some(id));
                    }
                }
            }
            on:focusout=move |_| state.map_has_focus.set(false)
            on:pointerdown=move |e| with_gesture(&mut |g, f| gestures::on_pointer_down(g, f, &e))
            on:pointermove=move |e| with_gesture(&mut |g, f| gestures::on_pointer_move(state, g, f, &e))
            on:pointerup=move |e| with_gesture(&mut |g, f| gestures::on_pointer_up(state, g, f, &e))
            on:pointercancel=move |e| with_gesture(&mut |g, f| gestures::on_pointer_up(state, g, f, &e))
            on:pointerleave=move |e| {
                if e.pointer_type() == "mouse" {
                    state.hover.set(None);
                }
            }
            on:click=move |e| with_gesture(&mut |g, f| gestures::on_click(state, g, f, &e))
            on:dblclick=move |e| with_gesture(&mut |g, f| gestures::on_double_click(state, g, f, &e))
            on:keydown=move |e| {
                if move_focus(&e) || gestures::on_key(state, &e) {
                    e.prevent_default();
                }
            }
        >
            <defs>
                <pattern id="hatch-observer" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform=move || format!("rotate(45) scale({})", pattern_scale())>
                    <rect class="pattern-bg-observer" width="6" height="6" />
                    <line class="pattern-line" x1="0" y1="0" x2="0" y2="6" />
                </pattern>
                <pattern id="hatch-nodata" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform=move || format!("rotate(-45) scale({})", pattern_scale())>
                    <rect class="pattern-bg-nodata" width="5" height="5" />
                    <line class="pattern-line-nodata" x1="0" y1="0" x2="0" y2="5" />
                </pattern>
                <pattern id="dots-interested" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform=move || format!("scale({})", pattern_scale())>
                    <rect class="pattern-bg-interested" width="5" height="5" />
                    <circle class="pattern-dot" cx="2.5" cy="2.5" r="1.1" />
                </pattern>
            </defs>
            <g class="zoom" transform=move || state.viewport.with(|v| v.to_svg())>
                <g class="shapes">{move || shape_paths(state, &current.get(), tab_stop).into_any()}</g>
                <g class="selection">{outline}</g>
            </g>
            <g class="markers"><Markers geometry=current /></g>
        </svg>
    }
}

/// The status class used for a status in the legend swatches (same styling as the map).
pub fn status_class(status: Status) -> String {
    format!("status-{}", status.key())
}
