//! The map's DOM events, fed to the gesture state machine, and its actions carried out.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent, MouseEvent, PointerEvent, WheelEvent};

use super::camera;
use super::layer::{current_layer, shape};
use super::listen::Listener;
use super::MapInstrument;
use super::{overlay, tip};
use crate::core::geo::gesture::{Action, Input, Pointer};
use crate::core::geo::roving::step;
use crate::core::geo::viewport::nearest;

/// How far (CSS px) from a tiny entity the pointer over the sea still picks it.
const PICK_RADIUS_PX: f64 = 8.0;

/// Starts listening: pointer, wheel, keys and focus on the map, clicks on the zoom buttons,
/// the frame's size, and Esc anywhere (it hides the tooltip).
pub fn listen(map: &MapInstrument) {
    let els = map.els();
    let svg: &web_sys::EventTarget = els.svg.as_ref();
    let mut listeners = Vec::new();
    let on = |kind: &'static str, passive: bool, f: fn(&MapInstrument, Event)| {
        let weak = map.weak();
        Listener::new(svg, kind, passive, move |e| {
            if let Some(map) = MapInstrument::from_weak(&weak) {
                f(&map, e);
            }
        })
    };
    listeners.push(on("pointerdown", true, pointer_down));
    listeners.push(on("pointermove", true, pointer_move));
    listeners.push(on("pointerup", true, pointer_up));
    listeners.push(on("pointercancel", true, pointer_up));
    listeners.push(on("pointerleave", true, pointer_leave));
    listeners.push(on("click", true, click));
    listeners.push(on("dblclick", false, double_click));
    // Not passive: a wheel that zooms the map must not also scroll the page.
    listeners.push(on("wheel", false, wheel));
    listeners.push(on("keydown", false, key));
    listeners.push(on("focusin", true, focus_in));
    listeners.push(on("focusout", true, focus_out));
    for (b, which) in &els.buttons {
        let weak = map.weak();
        let which = *which;
        listeners.push(Listener::new(b.as_ref(), "click", true, move |_| {
            let Some(map) = MapInstrument::from_weak(&weak) else {
                return;
            };
            match which {
                "in" => camera::zoom_by(&map, 2.0),
                "out" => camera::zoom_by(&map, 0.5),
                _ => camera::reset(&map),
            }
        }));
    }
    if let Some(w) = web_sys::window() {
        let weak = map.weak();
        listeners.push(Listener::new(w.as_ref(), "keydown", true, move |e| {
            let Some(map) = MapInstrument::from_weak(&weak) else {
                return;
            };
            if e.dyn_ref::<KeyboardEvent>()
                .is_some_and(|k| k.key() == "Escape")
            {
                tip::tooltip(&map, None);
            }
        }));
    }
    observe_size(map, &mut listeners);
    *map.0.listeners.borrow_mut() = listeners;
}

/// Follows the frame's size, not only the window's: a drawer that opens or an embedding host
/// that resizes the frame changes the map's box too.
fn observe_size(map: &MapInstrument, listeners: &mut Vec<Listener>) {
    let weak = map.weak();
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(move |_| {
        if let Some(map) = MapInstrument::from_weak(&weak) {
            map.resized();
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(map.els().frame.as_ref());
        // The observer and its closure live as long as the map (the page's lifetime); kept in
        // a listener slot so that they go together.
        listeners.push(Listener::keep(observer, callback));
    }
}

fn client(e: &MouseEvent) -> (f64, f64) {
    (f64::from(e.client_x()), f64::from(e.client_y()))
}

/// The shape id on the element an event happened on, if it is one of this map's.
fn target_id(e: &Event) -> Option<String> {
    let target = e.target()?.dyn_into::<Element>().ok()?;
    target.closest("[data-id]").ok()??.get_attribute("data-id")
}

fn pointer_input(e: &Event, f: impl FnOnce(&PointerEvent) -> Input) -> Option<Input> {
    e.dyn_ref::<PointerEvent>().map(f)
}

fn pointer_down(map: &MapInstrument, e: Event) {
    if let Some(hook) = map.hooks().engaged {
        hook(());
    }
    let input = pointer_input(&e, |p| {
        let (x, y) = client(p);
        Input::Down {
            id: p.pointer_id(),
            x,
            y,
            pointer: Pointer::of(&p.pointer_type()),
            secondary: p.button() != 0,
        }
    });
    feed(map, &e, input);
}

fn pointer_move(map: &MapInstrument, e: Event) {
    let input = pointer_input(&e, |p| {
        let (x, y) = client(p);
        Input::Move {
            id: p.pointer_id(),
            x,
            y,
            pointer: Pointer::of(&p.pointer_type()),
        }
    });
    feed(map, &e, input);
}

fn pointer_up(map: &MapInstrument, e: Event) {
    let input = pointer_input(&e, |p| {
        let (x, y) = client(p);
        Input::Up {
            id: p.pointer_id(),
            x,
            y,
            pointer: Pointer::of(&p.pointer_type()),
            t: super::now(),
        }
    });
    feed(map, &e, input);
}

fn pointer_leave(map: &MapInstrument, e: Event) {
    if e.dyn_ref::<PointerEvent>()
        .is_some_and(|p| p.pointer_type() == "mouse")
        && !map.state(|s| s.gesture.pressed())
    {
        tip::tooltip(map, None);
    }
}

fn click(map: &MapInstrument, e: Event) {
    let input = e.dyn_ref::<MouseEvent>().map(|m| {
        let (x, y) = client(m);
        Input::Click { x, y }
    });
    feed(map, &e, input);
}

fn double_click(map: &MapInstrument, e: Event) {
    let input = e.dyn_ref::<MouseEvent>().map(|m| {
        let (x, y) = client(m);
        Input::DoubleClick {
            x,
            y,
            shift: m.shift_key(),
            t: super::now(),
        }
    });
    feed(map, &e, input);
}

fn wheel(map: &MapInstrument, e: Event) {
    let input = e.dyn_ref::<WheelEvent>().map(|w| {
        let (x, y) = client(w);
        Input::Wheel {
            dy: w.delta_y(),
            mode: w.delta_mode(),
            ctrl: w.ctrl_key(),
            meta: w.meta_key(),
            x,
            y,
        }
    });
    feed(map, &e, input);
}

fn key(map: &MapInstrument, e: Event) {
    let input = e.dyn_ref::<KeyboardEvent>().map(|k| Input::Key {
        key: k.key(),
        shift: k.shift_key(),
        command: k.ctrl_key() || k.alt_key() || k.meta_key(),
    });
    feed(map, &e, input);
}

/// Runs `f` now, or once the map's state is free: the browser moves the focus (and fires
/// these events) in the middle of the map's own changes when they make the focused shape
/// unfocusable (a layer swapped out, a Tab stop moved).
fn when_free(map: &MapInstrument, f: impl FnOnce(&MapInstrument) + 'static) {
    if !map.busy() {
        return f(map);
    }
    let weak = map.weak();
    crate::ui::browser::after(0, move || {
        if let Some(map) = MapInstrument::from_weak(&weak) {
            f(&map);
        }
    });
}

fn focus_in(map: &MapInstrument, e: Event) {
    if let Some(hook) = map.hooks().engaged {
        hook(());
    }
    let target = target_id(&e);
    when_free(map, move |map| {
        let id = target.filter(|id| map.state(|s| s.looks.contains_key(id)));
        map.state_mut(|s| {
            s.has_focus = true;
            if id.is_some() {
                s.key_focus.clone_from(&id);
            }
        });
        overlay::markers(map);
    });
}

fn focus_out(map: &MapInstrument, _: Event) {
    when_free(map, |map| {
        map.state_mut(|s| s.has_focus = false);
        overlay::markers(map);
    });
}

fn feed(map: &MapInstrument, e: &Event, input: Option<Input>) {
    let Some(input) = input else { return };
    let (actions, prevent) = map.state_mut(|s| s.gesture.feed(input));
    if prevent {
        e.prevent_default();
    }
    let target = target_id(e);
    for action in actions {
        act(map, e, target.as_deref(), action);
    }
}

/// What the pointer at client `(cx, cy)` designates: the shape or marker it is on (a tiny
/// entity's marker covers its neighbours), else, over the sea, the nearest entity too small to
/// hit at this zoom, within a few pixels.
fn pick(map: &MapInstrument, on: Option<&str>, cx: f64, cy: f64) -> Option<String> {
    if let Some(id) = on {
        return Some(id.to_owned());
    }
    let (vx, vy) = to_view(map, cx, cy)?;
    map.state(|s| {
        let (mx, my) = s.view.invert(vx, vy);
        let tiny = current_layer(s)
            .shapes
            .iter()
            .filter(|d| {
                s.looks.contains_key(&d.id)
                    && crate::core::geo::viewport::needs_marker(&d.main, s.view.k, s.px)
            })
            .map(|d| (d.id.as_str(), &d.main));
        nearest(tiny, mx, my, PICK_RADIUS_PX / (s.px * s.view.k)).map(str::to_owned)
    })
}

/// Client px → view-box units.
fn to_view(map: &MapInstrument, cx: f64, cy: f64) -> Option<(f64, f64)> {
    let r = map.els().svg.get_bounding_client_rect();
    if r.width() <= 0.0 || r.height() <= 0.0 {
        return None;
    }
    let l = map.limits();
    Some((
        (cx - r.left()) * l.width / r.width(),
        (cy - r.top()) * l.height / r.height(),
    ))
}

/// Client px → CSS px in the map's frame.
fn to_local(map: &MapInstrument, cx: f64, cy: f64) -> (f64, f64) {
    let r = map.els().frame.get_bounding_client_rect();
    (cx - r.left(), cy - r.top())
}

fn act(map: &MapInstrument, e: &Event, target: Option<&str>, action: Action) {
    match action {
        Action::Cancel => camera::cancel(map),
        Action::Capture(id) => {
            let _ = map.els().svg.set_pointer_capture(id);
        }
        Action::Hover { x, y } => {
            let id = pick(map, target, x, y);
            let (lx, ly) = to_local(map, x, y);
            tip::tooltip(map, id.map(|id| (id, lx, ly)));
        }
        Action::HideTooltip => tip::tooltip(map, None),
        Action::Select { x, y } => {
            if let Some(id) = pick(map, target, x, y) {
                select(map, Some(id));
            }
        }
        Action::Pan { dx, dy } => {
            let s = 1.0 / map.px_per_unit().max(1e-9);
            map.state_mut(|st| st.view = st.view.pan(dx * s, dy * s, &st.limits));
            map.render();
            map.changed();
        }
        Action::ZoomAt {
            factor,
            x,
            y,
            animate,
        } => {
            let Some((vx, vy)) = to_view(map, x, y) else {
                return;
            };
            let l = map.limits();
            let from = if animate {
                camera::base(map)
            } else {
                map.view()
            };
            let target = from.zoom_at(factor, vx, vy, &l);
            map.go_to(target, animate);
        }
        Action::ZoomBy(f) => camera::zoom_by(map, f),
        Action::PanBy(fx, fy) => camera::pan_by(map, fx, fy),
        Action::Reset => camera::reset(map),
        Action::Roving(m) => {
            let from = target
                .filter(|id| map.state(|s| s.looks.contains_key(*id)))
                .map(str::to_owned)
                .or_else(|| map.state(|s| s.tab_stop.clone()));
            let to = map.state(|s| step(&s.order, from.as_deref(), m).map(str::to_owned));
            let Some(to) = to else { return };
            e.prevent_default();
            map.state_mut(|s| s.key_focus = Some(to.clone()));
            map.update_tab_stop();
            camera::bring_into_view(map, &to);
            let el = map.state(|s| shape(s, &to).map(|d| d.el.clone()));
            if let Some(el) = el.and_then(|el| el.dyn_into::<web_sys::SvgElement>().ok()) {
                let _ = el.focus();
            }
            overlay::markers(map);
        }
        Action::Activate => {
            if let Some(id) = target.filter(|id| map.state(|s| s.looks.contains_key(*id))) {
                select(map, Some(id.to_owned()));
            }
        }
        Action::Escape => {
            if map.state(|s| s.hover.is_some()) {
                tip::tooltip(map, None);
            } else {
                select(map, None);
            }
        }
        Action::Hint(h) => tip::hint(map, h),
    }
}

/// The visitor chose `id` (or cleared the selection): the outline shows at once, and the
/// page hears of it.
pub(super) fn select(map: &MapInstrument, id: Option<String>) {
    map.set_selected(id.clone());
    if let Some(hook) = map.hooks().select {
        hook(id);
    }
}
