//! Pointer, wheel and keyboard gestures on the map: wheel zoom at the pointer, drag to pan,
//! pinch and two-finger pan, double-click/double-tap zoom, keys when the map has focus, and
//! hover/tap picking (with the nearest tiny entity within a few pixels).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, PointerEvent};

use super::camera;
use crate::core::geo::viewport::{nearest, needs_marker};
use crate::ui::state::{AppState, Hover, MapHint};

/// Movement (CSS px) after which a press becomes a drag instead of a click.
const DRAG_THRESHOLD_PX: f64 = 4.0;
/// How far (CSS px) from a tiny entity the pointer over the sea still picks it.
const PICK_RADIUS_PX: f64 = 8.0;
const DOUBLE_TAP_MS: f64 = 300.0;
const DOUBLE_TAP_PX: f64 = 30.0;

/// What the pointers are doing; kept between events.
#[derive(Clone, Debug, Default)]
pub struct Gesture {
    /// Active pointers: id and last client position.
    pointers: Vec<(i32, f64, f64)>,
    /// Where the single-pointer press started.
    press: Option<(f64, f64)>,
    moved: bool,
    /// A drag just ended: the click that follows is not a selection.
    swallow_click: bool,
    /// Distance and midpoint of the last two-pointer position.
    pinch: Option<(f64, f64, f64)>,
    /// Time and place of the last tap, for double-tap zoom.
    last_tap: Option<(f64, f64, f64)>,
    /// When a double tap last zoomed: the browser's own `dblclick` for it is then ignored.
    tap_zoomed_at: Option<f64>,
}

/// The map's `<svg>` as laid out for one event: converts client pixels to map units
/// (`viewBox` units). Its box is read once per event, not once per conversion (pointer moves
/// convert several times).
#[derive(Clone)]
pub struct Frame {
    pub svg: Element,
    pub width: f64,
    pub height: f64,
    left: f64,
    top: f64,
    css_width: f64,
    css_height: f64,
}

impl Frame {
    /// `svg` showing a map of `width` × `height` map units.
    pub fn new(svg: Element, width: f64, height: f64) -> Self {
        let r = svg.get_bounding_client_rect();
        Self {
            svg,
            width,
            height,
            left: r.left(),
            top: r.top(),
            css_width: r.width().max(1.0),
            css_height: r.height().max(1.0),
        }
    }

    /// Client px → map units of the view (before the zoom transform).
    pub fn to_view(&self, cx: f64, cy: f64) -> (f64, f64) {
        (
            (cx - self.left) * self.width / self.css_width,
            (cy - self.top) * self.height / self.css_height,
        )
    }

    /// Client px → px relative to the map's top-left corner.
    pub fn to_local(&self, cx: f64, cy: f64) -> (f64, f64) {
        (cx - self.left, cy - self.top)
    }

    /// CSS px per map unit.
    pub fn px_per_unit(&self) -> f64 {
        self.css_width / self.width
    }
}

/// The event's position in client (CSS) pixels.
fn client(ev: &web_sys::MouseEvent) -> (f64, f64) {
    (f64::from(ev.client_x()), f64::from(ev.client_y()))
}

fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// The shape id on the element an event happened on.
pub fn target_id(ev: &web_sys::Event) -> Option<String> {
    let target = ev.target()?.dyn_into::<Element>().ok()?;
    target.closest("[data-id]").ok()??.get_attribute("data-id")
}

/// What the pointer at client `(cx, cy)` designates: the shape or marker it is on (a tiny
/// entity's marker covers its neighbours), else, over the sea, the nearest entity too small to
/// hit at this zoom, within a few pixels.
pub fn pick(
    state: &AppState,
    frame: &Frame,
    on: Option<String>,
    cx: f64,
    cy: f64,
) -> Option<String> {
    if on.is_some() {
        return on;
    }
    let is_entity = |id: &str| state.statuses.with_untracked(|s| s.contains_key(id));
    let v = state.viewport.get_untracked();
    let px = frame.px_per_unit();
    let (vx, vy) = frame.to_view(cx, cy);
    let (mx, my) = v.invert(vx, vy);
    let geometry = state
        .detail
        .get_untracked()
        .filter(|_| v.k >= super::world_map::DETAIL_K);
    let geometry = geometry.or_else(|| state.map.with_untracked(|m| m.ready().cloned()))?;
    let tiny = geometry
        .shapes
        .iter()
        .filter(|s| is_entity(&s.id) && needs_marker(&s.main_bounds, v.k, px))
        .map(|s| (s.id.as_str(), &s.main_bounds));
    nearest(tiny, mx, my, PICK_RADIUS_PX / (px * v.k)).map(str::to_owned)
}

fn zoom_at_client(state: AppState, frame: &Frame, factor: f64, cx: f64, cy: f64, animate: bool) {
    let Some(limits) = camera::limits(&state) else {
        return;
    };
    let (vx, vy) = frame.to_view(cx, cy);
    let target = state
        .viewport
        .get_untracked()
        .zoom_at(factor, vx, vy, &limits);
    if animate {
        camera::animate_to(state, target);
    } else {
        camera::cancel();
        state.viewport.set(target);
    }
}

fn pan_client(state: AppState, frame: &Frame, dx: f64, dy: f64) {
    let Some(limits) = camera::limits(&state) else {
        return;
    };
    let s = 1.0 / frame.px_per_unit();
    state
        .viewport
        .update(|v| *v = v.pan(dx * s, dy * s, &limits));
}

pub fn on_pointer_down(g: &mut Gesture, frame: &Frame, ev: &PointerEvent) {
    if ev.pointer_type() == "mouse" && ev.button() != 0 {
        return;
    }
    camera::cancel();
    let (x, y) = client(ev);
    g.pointers.retain(|p| p.0 != ev.pointer_id());
    g.pointers.push((ev.pointer_id(), x, y));
    match g.pointers.len() {
        1 => {
            g.press = Some((x, y));
            g.moved = false;
        }
        2 => {
            g.pinch = Some(pinch_of(&g.pointers));
            // Two fingers always mean a gesture, never a tap.
            g.moved = true;
            let _ = frame.svg.set_pointer_capture(ev.pointer_id());
        }
        _ => {}
    }
}

fn pinch_of(p: &[(i32, f64, f64)]) -> (f64, f64, f64) {
    let (a, b) = (p[0], p[1]);
    (
        (a.1 - b.1).hypot(a.2 - b.2),
        (a.1 + b.1) / 2.0,
        (a.2 + b.2) / 2.0,
    )
}

pub fn on_pointer_move(state: AppState, g: &mut Gesture, frame: &Frame, ev: &PointerEvent) {
    let (x, y) = client(ev);
    let Some(i) = g.pointers.iter().position(|p| p.0 == ev.pointer_id()) else {
        // Not pressed: hover (mouse and pen; touch has no hover).
        if ev.pointer_type() != "touch" {
            set_hover(state, frame, pick(&state, frame, target_id(ev), x, y), x, y);
        }
        return;
    };
    let (_, px, py) = g.pointers[i];
    g.pointers[i] = (ev.pointer_id(), x, y);
    if g.pointers.len() >= 2 {
        let (d, mx, my) = pinch_of(&g.pointers);
        if let Some((d0, mx0, my0)) = g.pinch {
            if d0 > 0.0 {
                zoom_at_client(state, frame, d / d0, mx, my, false);
            }
            pan_client(state, frame, mx - mx0, my - my0);
        }
        g.pinch = Some((d, mx, my));
        return;
    }
    // Embedded, one finger scrolls the host page (CSS `touch-action`); two move the map.
    if ev.pointer_type() == "touch" && embedded(state) {
        if g.press
            .is_some_and(|(sx, sy)| (x - sx).hypot(y - sy) > DRAG_THRESHOLD_PX)
        {
            // Not a tap either: the page scrolled.
            g.moved = true;
            hint(state, MapHint::TwoFingers);
        }
        return;
    }
    if let Some((sx, sy)) = g.press {
        if !g.moved && (x - sx).hypot(y - sy) > DRAG_THRESHOLD_PX {
            g.moved = true;
            // Captured only once it is a drag, so that a plain click still reaches the shape.
            let _ = frame.svg.set_pointer_capture(ev.pointer_id());
            state.hover.set(None);
        }
        if g.moved {
            pan_client(state, frame, x - px, y - py);
        }
    }
}

pub fn on_pointer_up(state: AppState, g: &mut Gesture, frame: &Frame, ev: &PointerEvent) {
    let was_drag = g.moved;
    g.pointers.retain(|p| p.0 != ev.pointer_id());
    if g.pointers.len() < 2 {
        g.pinch = None;
    }
    if !g.pointers.is_empty() {
        return;
    }
    g.press = None;
    g.moved = false;
    if was_drag {
        g.swallow_click = true;
        return;
    }
    if ev.pointer_type() == "touch" {
        let (x, y) = client(ev);
        let t = now();
        match g.last_tap {
            Some((t0, x0, y0))
                if t - t0 < DOUBLE_TAP_MS && (x - x0).hypot(y - y0) < DOUBLE_TAP_PX =>
            {
                g.last_tap = None;
                g.tap_zoomed_at = Some(t);
                zoom_at_client(state, frame, 2.0, x, y, true);
            }
            _ => {
                g.last_tap = Some((t, x, y));
                // A tap shows the tooltip of what it touched.
                set_hover(state, frame, pick(&state, frame, target_id(ev), x, y), x, y);
            }
        }
    }
}

/// A click selects what it designates, unless it ends a drag.
pub fn on_click(state: AppState, g: &mut Gesture, frame: &Frame, ev: &web_sys::MouseEvent) {
    if std::mem::take(&mut g.swallow_click) {
        return;
    }
    let (x, y) = client(ev);
    if let Some(id) = pick(&state, frame, target_id(ev), x, y) {
        state.selected.set(Some(id));
    }
}

pub fn on_double_click(state: AppState, g: &mut Gesture, frame: &Frame, ev: &web_sys::MouseEvent) {
    ev.prevent_default();
    if g.tap_zoomed_at.take().is_some_and(|t| now() - t < 600.0) {
        return;
    }
    let factor = if ev.shift_key() { 0.5 } else { 2.0 };
    let (x, y) = client(ev);
    zoom_at_client(state, frame, factor, x, y, true);
}

/// Shows `text` over the map for a moment.
fn hint(state: AppState, text: MapHint) {
    if state.map_hint.get_untracked() == Some(text) {
        return;
    }
    state.map_hint.set(Some(text));
    leptos::prelude::set_timeout(
        move || state.map_hint.set(None),
        std::time::Duration::from_millis(1500),
    );
}

fn embedded(state: AppState) -> bool {
    state.frame.with_untracked(|f| f.embed)
}

/// Wheel and trackpad: zoom at the pointer (d3-zoom's wheel delta). Embedded in another
/// page, a plain wheel scrolls that page: zooming needs Ctrl (or ⌘), as on embedded maps
/// elsewhere.
pub fn on_wheel(state: AppState, frame: &Frame, ev: &web_sys::WheelEvent) {
    if embedded(state) && !(ev.ctrl_key() || ev.meta_key()) {
        let mac = leptos::prelude::window()
            .navigator()
            .user_agent()
            .is_ok_and(|ua| ua.contains("Mac"));
        hint(
            state,
            if mac {
                MapHint::CmdScroll
            } else {
                MapHint::CtrlScroll
            },
        );
        return;
    }
    ev.prevent_default();
    let unit = match ev.delta_mode() {
        1 => 0.05,
        2 => 1.0,
        _ => 0.002,
    };
    let boost = if ev.ctrl_key() { 10.0 } else { 1.0 };
    let factor = 2f64.powf(-ev.delta_y() * unit * boost);
    // The boost is for pinch gestures (small deltas); Ctrl with a notched mouse wheel, as an
    // embedded map asks for, would otherwise jump 4× per notch.
    let factor = if ev.ctrl_key() {
        factor.clamp(0.5, 2.0)
    } else {
        factor
    };
    let (x, y) = client(ev);
    zoom_at_client(state, frame, factor, x, y, false);
}

/// Keys while the map has focus. Returns whether the key was used.
pub fn on_key(state: AppState, ev: &web_sys::KeyboardEvent) -> bool {
    const STEP: f64 = 0.125;
    let key = ev.key();
    // In a presentation the arrows and Esc belong to the clicker and the tour.
    if state.frame.with_untracked(|f| f.present) && (key.starts_with("Arrow") || key == "Escape") {
        return false;
    }
    match key.as_str() {
        "Enter" | " " => match target_id(ev) {
            Some(id) => {
                state.selected.set(Some(id));
                true
            }
            None => false,
        },
        "+" | "=" => {
            camera::zoom_by(state, 1.5);
            true
        }
        "-" | "_" => {
            camera::zoom_by(state, 1.0 / 1.5);
            true
        }
        "0" => {
            camera::reset(state);
            true
        }
        "ArrowLeft" => {
            camera::pan_by(state, -STEP, 0.0);
            true
        }
        "ArrowRight" => {
            camera::pan_by(state, STEP, 0.0);
            true
        }
        "ArrowUp" => {
            camera::pan_by(state, 0.0, -STEP);
            true
        }
        "ArrowDown" => {
            camera::pan_by(state, 0.0, STEP);
            true
        }
        "Escape" => {
            if state.hover.get_untracked().is_some() {
                state.hover.set(None);
            } else {
                state.selected.set(None);
            }
            true
        }
        _ => false,
    }
}

fn set_hover(state: AppState, frame: &Frame, id: Option<String>, cx: f64, cy: f64) {
    let next = id.map(|id| {
        let (x, y) = frame.to_local(cx, cy);
        Hover { id, x, y }
    });
    if state.hover.with_untracked(|h| *h != next) {
        state.hover.set(next);
    }
}
