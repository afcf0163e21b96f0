//! Zoom and pan of the map: a viewport transform from map units into the SVG's `viewBox`
//! units, with the bounds a person expects from a map (the whole world fits at the minimum zoom
//! and can never be panned off-screen, in a frame of any proportions), zoom about a point, fit
//! to a shape, and the tiny-shape rules.
//! Like d3-zoom's `ZoomTransform` with `scaleExtent` and `translateExtent`, as plain values.

use crate::core::geo::fit::Bounds;

/// `screen = k · map + (x, y)`, all in map units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub k: f64,
    pub x: f64,
    pub y: f64,
}

impl Default for Viewport {
    fn default() -> Self {
        Self::IDENTITY
    }
}

/// The view box (the SVG's `viewBox`, as wide as the world and as tall as the map's frame
/// makes it), the world inside it, and the allowed zoom range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    pub width: f64,
    pub height: f64,
    pub world_width: f64,
    pub world_height: f64,
    pub min_k: f64,
    pub max_k: f64,
}

/// How far in the map zooms, past the whole world: at 32, Luxembourg (about 2 map units wide)
/// spans about 60 units, a clearly visible shape.
pub const MAX_ZOOM: f64 = 32.0;

impl Limits {
    /// A view box of exactly the world's size: the whole world at 1.
    pub fn world(width: f64, height: f64) -> Self {
        Self::framed(width, height, height)
    }

    /// The world (`world_width` × `world_height` map units) seen through a view box as wide
    /// as the world and `view_height` tall: the whole world fits at the minimum zoom, whatever
    /// the frame's proportions.
    pub fn framed(world_width: f64, world_height: f64, view_height: f64) -> Self {
        let sane = |v: f64, d: f64| if v.is_finite() && v > 0.0 { v } else { d };
        let world_width = sane(world_width, 1000.0);
        let world_height = sane(world_height, world_width);
        let height = sane(view_height, world_height);
        let min_k = (height / world_height).min(1.0);
        Self {
            width: world_width,
            height,
            world_width,
            world_height,
            min_k,
            max_k: MAX_ZOOM * min_k,
        }
    }

    /// The zoom a link writes (`zoom=`): 1 for the whole world, whatever the frame.
    pub fn link_zoom(&self, k: f64) -> f64 {
        k / self.min_k
    }

    /// The inverse of [`Limits::link_zoom`].
    pub fn from_link_zoom(&self, zoom: f64) -> f64 {
        zoom * self.min_k
    }
}

/// `band` within the view, at least a quarter of its height (a sheet pulled up to the top
/// still leaves a strip of map to frame the selection in).
fn visible_band(limits: &Limits, band: (f64, f64)) -> (f64, f64) {
    let top = band.0.clamp(0.0, limits.height);
    let bottom = band.1.clamp(top, limits.height);
    let least = limits.height / 4.0;
    if bottom - top >= least {
        (top, bottom)
    } else {
        (
            top.min(limits.height - least),
            (top + least).min(limits.height),
        )
    }
}

impl Viewport {
    pub const IDENTITY: Viewport = Viewport {
        k: 1.0,
        x: 0.0,
        y: 0.0,
    };

    pub fn apply(&self, mx: f64, my: f64) -> (f64, f64) {
        (self.k * mx + self.x, self.k * my + self.y)
    }

    pub fn invert(&self, sx: f64, sy: f64) -> (f64, f64) {
        ((sx - self.x) / self.k, (sy - self.y) / self.k)
    }

    /// The SVG `transform` attribute of the zoomed group.
    pub fn to_svg(&self) -> String {
        format!(
            "translate({:.3},{:.3}) scale({:.5})",
            self.x, self.y, self.k
        )
    }

    /// Within `limits`: zoom in range, the world covering the view where it is larger than
    /// the view (it cannot be panned away), and centred along an axis where it is smaller.
    pub fn clamp(self, limits: &Limits) -> Self {
        let k = if self.k.is_finite() {
            self.k.clamp(limits.min_k, limits.max_k)
        } else {
            limits.min_k
        };
        let axis = |t: f64, view: f64, world: f64| {
            let spare = view - k * world;
            if spare >= 0.0 {
                spare / 2.0
            } else if t.is_finite() {
                t.clamp(spare, 0.0)
            } else {
                0.0
            }
        };
        Self {
            k,
            x: axis(self.x, limits.width, limits.world_width),
            y: axis(self.y, limits.height, limits.world_height),
        }
    }

    /// Zooms by `factor` keeping the map point under screen point `(px, py)` where it is
    /// (unless the bounds push it).
    pub fn zoom_at(self, factor: f64, px: f64, py: f64, limits: &Limits) -> Self {
        let k = (self.k * factor).clamp(limits.min_k, limits.max_k);
        let (mx, my) = self.invert(px, py);
        Self {
            k,
            x: px - k * mx,
            y: py - k * my,
        }
        .clamp(limits)
    }

    pub fn pan(self, dx: f64, dy: f64, limits: &Limits) -> Self {
        Self {
            x: self.x + dx,
            y: self.y + dy,
            ..self
        }
        .clamp(limits)
    }

    /// The viewport that shows `bounds` (map units) centred, filling at most `fill` of the
    /// view, never zooming in past the limits.
    pub fn fit(bounds: &Bounds, limits: &Limits, fill: f64) -> Self {
        Self::fit_band(bounds, limits, fill, (0.0, limits.height))
    }

    /// [`Self::fit`] into the band `(top, bottom)` of the view (view-box units): the part left
    /// visible when something lies over the rest, as a phone's details sheet over the map's
    /// lower part. The band is at least a quarter of the view high.
    pub fn fit_band(bounds: &Bounds, limits: &Limits, fill: f64, band: (f64, f64)) -> Self {
        if bounds.is_empty() {
            return Self::IDENTITY;
        }
        let (top, bottom) = visible_band(limits, band);
        let w = bounds.width().max(1e-9);
        let h = bounds.height().max(1e-9);
        let k =
            (fill * (limits.width / w).min((bottom - top) / h)).clamp(limits.min_k, limits.max_k);
        let (cx, cy) = ((bounds.x0 + bounds.x1) / 2.0, (bounds.y0 + bounds.y1) / 2.0);
        Self {
            k,
            x: limits.width / 2.0 - k * cx,
            y: (top + bottom) / 2.0 - k * cy,
        }
        .clamp(limits)
    }

    /// Whether `bounds` lies wholly in the band `(top, bottom)` of the view.
    pub fn shows_in_band(&self, bounds: &Bounds, limits: &Limits, band: (f64, f64)) -> bool {
        let (top, bottom) = visible_band(limits, band);
        let (x0, y0) = self.apply(bounds.x0, bounds.y0);
        let (x1, y1) = self.apply(bounds.x1, bounds.y1);
        let (y0, y1) = (y0.min(y1), y0.max(y1));
        x0 >= 0.0 && x1 <= limits.width && y0 >= top && y1 <= bottom
    }

    /// The view between `self` (t = 0) and `to` (t = 1) for a smooth zoom: the scale moves
    /// geometrically and the centre of the view linearly, so the motion looks even.
    pub fn interpolate(&self, to: &Viewport, t: f64, limits: &Limits) -> Self {
        let t = t.clamp(0.0, 1.0);
        let k = self.k * (to.k / self.k).powf(t);
        let centre = |v: &Viewport| v.invert(limits.width / 2.0, limits.height / 2.0);
        let (a, b) = (centre(self), centre(to));
        let (cx, cy) = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
        Self {
            k,
            x: limits.width / 2.0 - k * cx,
            y: limits.height / 2.0 - k * cy,
        }
        .clamp(limits)
    }
}

/// Smallest comfortable target, in CSS pixels (WCAG 2.2 target size).
pub const MIN_TARGET_PX: f64 = 24.0;

/// Whether a shape of `bounds` (map units) needs a marker to be seen and hit: its larger side
/// is under [`MIN_TARGET_PX`] on screen at zoom `k`, with `px_per_unit` CSS pixels per map unit.
pub fn needs_marker(bounds: &Bounds, k: f64, px_per_unit: f64) -> bool {
    bounds.width().max(bounds.height()) * k * px_per_unit < MIN_TARGET_PX
}

/// Distance from a point to a box (0 inside).
fn distance_to(b: &Bounds, x: f64, y: f64) -> f64 {
    let dx = (b.x0 - x).max(0.0).max(x - b.x1);
    let dy = (b.y0 - y).max(0.0).max(y - b.y1);
    dx.hypot(dy)
}

/// The candidate nearest to map point `(x, y)` within `max_distance` map units, measured to
/// each candidate's bounding box (so a pointer near a tiny country finds it). Ties go to the
/// smaller shape, the harder one to hit.
pub fn nearest<'a>(
    candidates: impl IntoIterator<Item = (&'a str, &'a Bounds)>,
    x: f64,
    y: f64,
    max_distance: f64,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|(id, b)| (id, distance_to(b, x, y), b.width() * b.height()))
        .filter(|(_, d, _)| *d <= max_distance)
        .min_by(|a, b| a.1.total_cmp(&b.1).then(a.2.total_cmp(&b.2)))
        .map(|(id, _, _)| id)
}

#[cfg(test)]
mod tests;
