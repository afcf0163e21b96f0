//! Moving the map's view: immediately, or smoothly over a few frames (jumping instead when the
//! person prefers reduced motion); any gesture cancels a running animation. And writing the
//! view into the SVG: one transform, the patterns' scale, the level of detail.

use super::layer::{shape, wants_detail};
use super::listen::now;
use super::svg::{num, set};
use super::{MapInstrument, State};
use crate::core::geo::fit::Bounds;
use crate::core::geo::viewport::{Limits, Viewport};
use crate::ui::browser::next_frame;

const DURATION_MS: f64 = 450.0;

/// The view that shows `region` fitted to the view box, without the bounds' correction: the
/// picture the first view's `viewBox` drew, before any gesture.
pub fn fit_unclamped(region: &Bounds, limits: &Limits) -> Viewport {
    if region.is_empty() {
        return Viewport::IDENTITY.clamp(limits);
    }
    let k =
        (limits.width / region.width().max(1e-9)).min(limits.height / region.height().max(1e-9));
    let (cx, cy) = ((region.x0 + region.x1) / 2.0, (region.y0 + region.y1) / 2.0);
    Viewport {
        k,
        x: limits.width / 2.0 - k * cx,
        y: limits.height / 2.0 - k * cy,
    }
}

/// Writes the view into the SVG.
pub fn render(map: &MapInstrument) {
    let els = map.els();
    let (view, detail_shown, had_detail) = map.state(|s| {
        (
            s.view,
            s.detail.is_some() && wants_detail(s),
            s.detail.is_some(),
        )
    });
    set(&els.zoom_g, "transform", &view.to_svg());
    // Patterns keep their on-screen size at every zoom, like the strokes.
    for (el, base, units) in els.patterns.borrow().iter() {
        set(
            el,
            "patternTransform",
            &format!("{base} scale({})", num(f64::from(*units) / view.k)),
        );
    }
    if had_detail {
        let switched = map.state(|s| {
            let Some(d) = &s.detail else { return false };
            let (show, hide) = if detail_shown {
                (&d.group, &s.base.group)
            } else {
                (&s.base.group, &d.group)
            };
            let was_hidden = show.has_attribute("hidden");
            super::svg::unset(show, "hidden");
            set(hide, "hidden", "");
            was_hidden
        });
        if switched {
            map.update_order();
            super::overlay::outline(map);
        }
    }
}

fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// Stops any running animation (a gesture takes over).
pub fn cancel(map: &MapInstrument) {
    map.state_mut(|s| {
        s.animation = s.animation.wrapping_add(1);
        s.heading = None;
    });
}

/// The view to build the next step on: the running animation's goal, else the current view
/// (three quick "+" make 1.5³, not less).
pub fn base(map: &MapInstrument) -> Viewport {
    map.state(|s| s.heading.unwrap_or(s.view))
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
pub fn animate_to(map: &MapInstrument, target: Viewport) {
    cancel(map);
    let (from, limits) = map.state(|s| (s.view, s.limits));
    let target = target.clamp(&limits);
    if prefers_reduced_motion() || from == target {
        map.state_mut(|s| s.view = target);
        map.render();
        map.changed();
        return;
    }
    let generation = map.state_mut(|s| {
        s.heading = Some(target);
        s.animation
    });
    step(map.weak(), from, target, now(), generation);
}

fn step(
    weak: std::rc::Weak<super::Inner>,
    from: Viewport,
    to: Viewport,
    start: f64,
    generation: u32,
) {
    next_frame(move || {
        let Some(map) = MapInstrument::from_weak(&weak) else {
            return;
        };
        if map.state(|s| s.animation != generation) {
            return;
        }
        let t = ((now() - start) / DURATION_MS).min(1.0);
        map.state_mut(|s| s.view = from.interpolate(&to, ease(t), &s.limits));
        map.render();
        if t < 1.0 {
            step(weak, from, to, start, generation);
        } else {
            map.state_mut(|s| s.heading = None);
            map.changed();
        }
    });
}

/// Zooms by `factor` about the centre of the view (buttons and keys).
pub fn zoom_by(map: &MapInstrument, factor: f64) {
    let l = map.limits();
    let v = base(map);
    animate_to(map, v.zoom_at(factor, l.width / 2.0, l.height / 2.0, &l));
}

/// Pans by a share of the view (keys): positive `fx` shows more of the east.
pub fn pan_by(map: &MapInstrument, fx: f64, fy: f64) {
    let l = map.limits();
    let v = base(map);
    animate_to(map, v.pan(-fx * l.width, -fy * l.height, &l));
}

/// Back to the whole world.
pub fn reset(map: &MapInstrument) {
    let l = map.limits();
    animate_to(
        map,
        Viewport {
            k: l.min_k,
            x: 0.0,
            y: 0.0,
        },
    );
}

/// Whether bounds `b` (map units) lie inside the view.
fn inside(view: &Viewport, limits: &Limits, b: &Bounds) -> bool {
    let (x0, y0) = view.apply(b.x0, b.y0);
    let (x1, y1) = view.apply(b.x1, b.y1);
    x0 >= 0.0 && y0 >= 0.0 && x1 <= limits.width && y1 <= limits.height
}

/// Pans (at the same zoom) so that shape `id`'s main polygon is in view, if it is not: the
/// keyboard's focus must never be off screen.
pub fn bring_into_view(map: &MapInstrument, id: &str) {
    let target = map.state(|s| {
        let b = shape(s, id)?.main;
        if inside(&s.view, &s.limits, &b) {
            return None;
        }
        let (cx, cy) = ((b.x0 + b.x1) / 2.0, (b.y0 + b.y1) / 2.0);
        Some(Viewport {
            k: s.view.k,
            x: s.limits.width / 2.0 - s.view.k * cx,
            y: s.limits.height / 2.0 - s.view.k * cy,
        })
    });
    if let Some(t) = target {
        animate_to(map, t);
    }
}

/// The part of the view (view-box units, top and bottom) that nothing lies over.
pub fn uncovered(s: &State) -> (f64, f64) {
    let covered = s.covered_px / s.px.max(1e-9);
    (0.0, s.limits.height - covered)
}

/// Zooms to show shape `id`'s main polygon (metropolitan France, not French Guiana too) in the
/// part of the view left uncovered, unless it is already comfortably there.
pub fn focus_on(map: &MapInstrument, id: &str) {
    let target = map.state(|s| {
        let b = shape(s, id)?.main;
        let band = uncovered(s);
        let (x0, y0) = s.view.apply(b.x0, b.y0);
        let (x1, y1) = s.view.apply(b.x1, b.y1);
        let large = (x1 - x0).max(y1 - y0) >= 0.15 * s.limits.width.min(band.1 - band.0);
        if s.view.shows_in_band(&b, &s.limits, band) && large {
            return None;
        }
        Some(Viewport::fit_band(&b, &s.limits, 0.5, band))
    });
    if let Some(t) = target {
        animate_to(map, t);
    }
}
