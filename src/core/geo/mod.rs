//! Geometry: boundary files → projected SVG paths (d3-geo's design: raw projection, transform,
//! path sink). Paths are built once per layout, never on pointer moves.

pub mod compact;
pub mod fit;
pub mod geojson;
pub mod gesture;
pub mod path;
pub mod projection;
pub mod roving;
pub mod viewport;
pub mod written_bounds;

use crate::core::geo::viewport::{Limits, Viewport};
use fit::{fit_extent, Bounds, Transform};
use geojson::Shape;
use path::{PathString, RingSink, DETAIL_UNITS, WORLD_UNITS};
use projection::{EqualEarth, Projection};

/// Features left off the world map. Antarctica has no SSE data and would take a fifth of the
/// height, shrinking every country that matters here.
pub const OMITTED: &[&str] = &["ATA"];

/// Width of the map in SVG user units; the SVG scales to its box through `viewBox`.
pub const MAP_WIDTH: f64 = 1000.0;

/// One drawn shape.
#[derive(Clone, Debug, PartialEq)]
pub struct ShapePath {
    pub id: String,
    pub name: String,
    pub region: Option<String>,
    pub subregion: Option<String>,
    /// SVG path data, in path units (see [`MapGeometry::units`]).
    pub d: String,
    /// Screen bounds in map units.
    pub bounds: Bounds,
    /// Bounds of the largest polygon (metropolitan France, mainland Ecuador): where a marker
    /// goes and what "near the shape" means when picking.
    pub main_bounds: Bounds,
}

/// The projected world: what the map component draws.
#[derive(Clone, Debug, PartialEq)]
pub struct MapGeometry {
    pub width: f64,
    pub height: f64,
    pub transform: Transform,
    /// Path units per map unit of the shapes' paths ([`path::WORLD_UNITS`] or
    /// [`path::DETAIL_UNITS`]): the map draws them in a group scaled by its inverse.
    pub units: u32,
    /// Base shapes first, then overlays (drawn on top, e.g. Quebec over Canada).
    pub shapes: Vec<ShapePath>,
}

/// Streams a shape's rings through the projection and transform into `sink`.
pub fn stream_shape(shape: &Shape, t: &Transform, sink: &mut impl RingSink) {
    for polygon in &shape.polygons {
        for ring in polygon {
            sink.ring_start();
            for &[lon, lat] in ring {
                let (x, y) = EqualEarth.project(lon.to_radians(), lat.to_radians());
                let (sx, sy) = t.apply(x, y);
                sink.point(sx, sy);
            }
            sink.ring_end();
        }
    }
}

const IDENTITY: Transform = Transform {
    k: 1.0,
    tx: 0.0,
    ty: 0.0,
};

/// Projects `base` (fitted to `width`, keeping the aspect ratio) and `overlays` (drawn with the
/// same transform, after the base). `None` when nothing can be fitted.
pub fn build_map(base: &[Shape], overlays: &[Shape], width: f64) -> Option<MapGeometry> {
    let shown = |s: &&Shape| !OMITTED.contains(&s.id.as_str());
    let mut plane = Bounds::EMPTY;
    for shape in base.iter().filter(shown) {
        // Identity transform flips y; undo it so `plane` is in the projection's own y-up plane.
        stream_shape(shape, &IDENTITY, &mut plane);
    }
    let plane = Bounds {
        x0: plane.x0,
        y0: -plane.y1,
        x1: plane.x1,
        y1: -plane.y0,
    };
    if plane.is_empty() || plane.width() <= 0.0 {
        return None;
    }
    let height = (width * plane.height() / plane.width()).ceil();
    let extent = Bounds {
        x0: 0.0,
        y0: 0.0,
        x1: width,
        y1: height,
    };
    let transform = fit_extent(&plane, &extent)?;
    let shapes: Vec<&Shape> = base.iter().filter(shown).chain(overlays).collect();
    Some(MapGeometry {
        width,
        height,
        transform,
        units: WORLD_UNITS,
        shapes: project_shapes(&shapes, &transform, WORLD_UNITS),
    })
}

/// A more detailed version of `map` (e.g. 1:50m instead of 1:110m) for the zoomed-in view:
/// the same transform, so it lines up exactly, and [`DETAIL_UNITS`] (0.01 map units, under
/// half a pixel at the deepest zoom), since it is shown magnified.
pub fn build_detail(map: &MapGeometry, base: &[Shape], overlays: &[Shape]) -> MapGeometry {
    MapGeometry {
        units: DETAIL_UNITS,
        shapes: project_shapes(&detail_inputs(base, overlays), &map.transform, DETAIL_UNITS),
        ..map.clone_empty()
    }
}

/// The shapes a detailed map draws, in drawing order.
pub fn detail_inputs<'a>(base: &'a [Shape], overlays: &'a [Shape]) -> Vec<&'a Shape> {
    base.iter()
        .filter(|s| !OMITTED.contains(&s.id.as_str()))
        .chain(overlays)
        .collect()
}

impl MapGeometry {
    /// Map units of a longitude/latitude in degrees.
    pub fn to_map(&self, lon: f64, lat: f64) -> (f64, f64) {
        let (x, y) = EqualEarth.project(lon.to_radians(), lat.to_radians());
        self.transform.apply(x, y)
    }

    /// Longitude/latitude in degrees of a point in map units; `None` off the globe.
    pub fn to_lonlat(&self, mx: f64, my: f64) -> Option<(f64, f64)> {
        let (x, y) = self.transform.invert(mx, my);
        EqualEarth
            .invert(x, y)
            .map(|(l, p)| (l.to_degrees(), p.to_degrees()))
    }

    /// The view at zoom `k` centred (as far as `limits` allow) on `lon`/`lat`.
    pub fn viewport_at(&self, k: f64, lon: f64, lat: f64, limits: &Limits) -> Viewport {
        let (mx, my) = self.to_map(lon, lat);
        Viewport {
            k,
            x: limits.width / 2.0 - k * mx,
            y: limits.height / 2.0 - k * my,
        }
        .clamp(limits)
    }

    /// Longitude/latitude at the centre of `view` (in a view box of `limits`), if it is on
    /// the globe.
    pub fn centre_of(&self, view: &Viewport, limits: &Limits) -> Option<(f64, f64)> {
        let (mx, my) = view.invert(limits.width / 2.0, limits.height / 2.0);
        self.to_lonlat(mx, my)
    }

    /// The limits of this map seen through a view box `view_height` map units tall.
    pub fn limits(&self, view_height: f64) -> Limits {
        Limits::framed(self.width, self.height, view_height)
    }

    /// Same frame and transform, no shapes.
    pub fn clone_empty(&self) -> Self {
        Self {
            width: self.width,
            height: self.height,
            transform: self.transform,
            units: self.units,
            shapes: Vec::new(),
        }
    }
}

/// The share of the home region's height added under it, for the legend over the map.
pub const LEGEND_ROOM: f64 = 0.3;

/// The region the map opens on: the main polygons of `entities` (the group's members,
/// observers and interested states) with a margin, inside the world; the whole world when
/// there are none. The first view fits it to the frame, whatever its proportions, instead of
/// a whole world letterboxed in ocean.
pub fn home_region<'a>(map: &MapGeometry, entities: impl IntoIterator<Item = &'a str>) -> Bounds {
    let world = Bounds {
        x0: 0.0,
        y0: 0.0,
        x1: map.width,
        y1: map.height,
    };
    let wanted: std::collections::HashSet<&str> = entities.into_iter().collect();
    let mut b = Bounds::EMPTY;
    for s in map.shapes.iter().filter(|s| wanted.contains(s.id.as_str())) {
        b.add(s.main_bounds.x0, s.main_bounds.y0);
        b.add(s.main_bounds.x1, s.main_bounds.y1);
    }
    if b.is_empty() {
        return world;
    }
    // A margin, and never less than a fifth of the world across: one tiny entity alone is
    // shown with its surroundings.
    let min_w = map.width / 5.0;
    let min_h = min_w * map.height / map.width;
    let w = (b.width() * 1.16 + 20.0).max(min_w);
    let h = (b.height() * 1.16 + 20.0).max(min_h);
    // Room below the entities for the legend, which lies over the map's lower-left corner
    // (assets/app.css): it must not hide the southernmost members.
    let below = LEGEND_ROOM * h;
    let h = h + below;
    let (cx, cy) = ((b.x0 + b.x1) / 2.0, (b.y0 + b.y1) / 2.0 + below / 2.0);
    let inside = |c: f64, half: f64, size: f64| {
        if 2.0 * half >= size {
            (0.0, size)
        } else {
            let c = c.clamp(half, size - half);
            (c - half, c + half)
        }
    };
    let (x0, x1) = inside(cx, w / 2.0, map.width);
    let (y0, y1) = inside(cy, h / 2.0, map.height);
    Bounds { x0, y0, x1, y1 }
}

/// Whether the detailed boundaries should show (or, with `prefetch`, start loading) at zoom
/// `k` with `px_per_unit` CSS pixels per view-box unit: once the map is zoomed in past its
/// first view (`home_k`) and a map unit spans enough pixels for the coarse coastlines to show.
/// The first view itself never needs them: they are a megabyte, for those who zoom.
pub fn wants_detail(k: f64, px_per_unit: f64, home_k: f64, prefetch: bool) -> bool {
    let (past_home, px) = if prefetch { (1.1, 1.3) } else { (1.25, 1.6) };
    k > home_k * past_home && k * px_per_unit >= px
}

/// Bounds of the polygon of `shape` with the largest projected exterior-ring area (shoelace).
fn largest_polygon_bounds(shape: &Shape, t: &Transform) -> Bounds {
    let mut best = (f64::NEG_INFINITY, Bounds::EMPTY);
    for polygon in &shape.polygons {
        let Some(ring) = polygon.first() else {
            continue;
        };
        let points: Vec<(f64, f64)> = ring
            .iter()
            .map(|&[lon, lat]| {
                let (x, y) = EqualEarth.project(lon.to_radians(), lat.to_radians());
                t.apply(x, y)
            })
            .collect();
        let area = points
            .iter()
            .zip(points.iter().cycle().skip(1))
            .map(|(a, b)| a.0 * b.1 - b.0 * a.1)
            .sum::<f64>()
            .abs()
            / 2.0;
        if area > best.0 {
            let mut b = Bounds::EMPTY;
            for &(x, y) in &points {
                b.add(x, y);
            }
            best = (area, b);
        }
    }
    best.1
}

/// Projects `shapes` with `transform` into paths of `units` path units per map unit.
pub fn project_shapes(shapes: &[&Shape], transform: &Transform, units: u32) -> Vec<ShapePath> {
    shapes
        .iter()
        .map(|shape| {
            let mut d = PathString::new(units);
            let mut bounds = Bounds::EMPTY;
            stream_shape(shape, transform, &mut d);
            stream_shape(shape, transform, &mut bounds);
            let main_bounds = largest_polygon_bounds(shape, transform);
            ShapePath {
                id: shape.id.clone(),
                name: shape.name.clone(),
                region: shape.region.clone(),
                subregion: shape.subregion.clone(),
                d: d.finish(),
                bounds,
                main_bounds,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
