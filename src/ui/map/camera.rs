//! Moving the map's viewport: immediately, or smoothly over a few frames (jumping instead when
//! the person prefers reduced motion). Any gesture cancels a running animation.

use std::cell::Cell;

use leptos::prelude::*;

use crate::core::geo::viewport::{Limits, Viewport};
use crate::core::geo::MapGeometry;
use crate::ui::media::media_matches;
use crate::ui::state::AppState;

const DURATION_MS: f64 = 450.0;

thread_local! {
    // Generation of the running animation; bumping it stops older ones at their next frame.
    static GENERATION: Cell<u32> = const { Cell::new(0) };
    // Where the running animation is going: repeated key presses build on it, not on the
    // frame that happens to be showing (three quick "+" make 1.5³, not less).
    static HEADING: Cell<Option<Viewport>> = const { Cell::new(None) };
}

/// The view to build the next step on: the running animation's goal, else the current view.
fn base(state: &AppState) -> Viewport {
    HEADING
        .with(Cell::get)
        .unwrap_or_else(|| state.viewport.get_untracked())
}

/// The zoom limits of the loaded map.
pub fn limits(state: &AppState) -> Option<Limits> {
    state
        .map
        .with_untracked(|m| m.ready().map(|m| Limits::world(m.width, m.height)))
}

/// Stops any running animation (a gesture takes over).
pub fn cancel() {
    GENERATION.with(|g| g.set(g.get().wrapping_add(1)));
    HEADING.with(|h| h.set(None));
}

fn prefers_reduced_motion() -> bool {
    media_matches("(prefers-reduced-motion: reduce)")
}

fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

fn ease(t: f64) -> f64 {
    // Cubic in-out, as d3.easeCubicInOut.
    if t < 0.5 {
        4.0 * t * t * t
    } else {
        1.0 - (-2.0 * t + 2.0).powi(3) / 2.0
    }
}

/// Moves to `target`, animated unless reduced motion is preferred.
pub fn animate_to(state: AppState, target: Viewport) {
    let Some(limits) = limits(&state) else {
        return;
    };
    let target = target.clamp(&limits);
    cancel();
    let from = state.viewport.get_untracked();
    if prefers_reduced_motion() || from == target {
        state.viewport.set(target);
        return;
    }
    let generation = GENERATION.with(Cell::get);
    HEADING.with(|h| h.set(Some(target)));
    let start = now();
    fn frame(
        state: AppState,
        from: Viewport,
        to: Viewport,
        limits: Limits,
        start: f64,
        generation: u32,
    ) {
        if GENERATION.with(Cell::get) != generation {
            return;
        }
        let t = ((now() - start) / DURATION_MS).min(1.0);
        state.viewport.set(from.interpolate(&to, ease(t), &limits));
        if t < 1.0 {
            request_animation_frame(move || frame(state, from, to, limits, start, generation));
        } else {
            HEADING.with(|h| h.set(None));
        }
    }
    request_animation_frame(move || frame(state, from, target, limits, start, generation));
}

/// Zooms by `factor` about the centre of the view (buttons and keys).
pub fn zoom_by(state: AppState, factor: f64) {
    if let Some(l) = limits(&state) {
        let v = base(&state);
        animate_to(state, v.zoom_at(factor, l.width / 2.0, l.height / 2.0, &l));
    }
}

/// Pans by a fraction of the view (arrow keys): positive `fx` shows more of the east.
pub fn pan_by(state: AppState, fx: f64, fy: f64) {
    if let Some(l) = limits(&state) {
        let v = base(&state);
        animate_to(state, v.pan(-fx * l.width, -fy * l.height, &l));
    }
}

pub fn reset(state: AppState) {
    animate_to(state, Viewport::IDENTITY);
}

/// Pans (at the same zoom) so that the main polygon of shape `id` is in view, if it is not:
/// the keyboard's focus must never be off screen.
pub fn bring_into_view(state: AppState, geometry: &MapGeometry, id: &str) {
    let (Some(l), Some(shape)) = (limits(&state), geometry.shapes.iter().find(|s| s.id == id))
    else {
        return;
    };
    let b = &shape.main_bounds;
    let current = state.viewport.get_untracked();
    let (x0, y0) = current.apply(b.x0, b.y0);
    let (x1, y1) = current.apply(b.x1, b.y1);
    if x0 >= 0.0 && y0 >= 0.0 && x1 <= l.width && y1 <= l.height {
        return;
    }
    let (cx, cy) = ((b.x0 + b.x1) / 2.0, (b.y0 + b.y1) / 2.0);
    let target = Viewport {
        k: current.k,
        x: l.width / 2.0 - current.k * cx,
        y: l.height / 2.0 - current.k * cy,
    }
    .clamp(&l);
    animate_to(state, target);
}

/// The view that shows the main polygon of shape `id`.
pub fn focus_view(geometry: &MapGeometry, id: &str) -> Option<Viewport> {
    let shape = geometry.shapes.iter().find(|s| s.id == id)?;
    let l = Limits::world(geometry.width, geometry.height);
    Some(Viewport::fit(&shape.main_bounds, &l, 0.5))
}

/// Zooms to show the shape `id` of `geometry` (its main polygon: metropolitan France, not
/// French Guiana too), unless it is already comfortably in view.
pub fn focus_on(state: AppState, geometry: &MapGeometry, id: &str) {
    let (Some(l), Some(shape)) = (limits(&state), geometry.shapes.iter().find(|s| s.id == id))
    else {
        return;
    };
    let b = &shape.main_bounds;
    let target = focus_view(geometry, id).unwrap_or(Viewport::IDENTITY);
    let current = state.viewport.get_untracked();
    // Keep the view if the shape is visible and big enough in it already.
    let (x0, y0) = current.apply(b.x0, b.y0);
    let (x1, y1) = current.apply(b.x1, b.y1);
    let inside = x0 >= 0.0 && y0 >= 0.0 && x1 <= l.width && y1 <= l.height;
    let large = (x1 - x0).max(y1 - y0) >= 0.15 * l.width.min(l.height);
    if !(inside && large) {
        animate_to(state, target);
    }
}
