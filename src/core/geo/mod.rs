//! Geometry: boundary files → projected SVG paths (d3-geo's design: raw projection, transform,
//! path sink). Paths are built once per layout, never on pointer moves.

pub mod fit;
pub mod geojson;
pub mod path;
pub mod projection;
pub mod roving;
pub mod viewport;

use crate::core::geo::viewport::{Limits, Viewport};
use fit::{fit_extent, Bounds, Transform};
use geojson::Shape;
use path::{PathString, RingSink};
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
    /// SVG path data in map units.
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
        shapes: project_shapes(&shapes, &transform, 1),
    })
}

/// A more detailed version of `map` (e.g. 1:50m instead of 1:110m) for the zoomed-in view:
/// the same transform, so it lines up exactly, and [`DETAIL_DECIMALS`], since it is shown
/// magnified. (The app does the same in slices: [`detail_inputs`], then [`project_shapes`].)
pub fn build_detail(map: &MapGeometry, base: &[Shape], overlays: &[Shape]) -> MapGeometry {
    MapGeometry {
        shapes: project_shapes(
            &detail_inputs(base, overlays),
            &map.transform,
            DETAIL_DECIMALS,
        ),
        ..map.clone_empty()
    }
}

/// Decimals of the detailed paths: 0.01 map units is under half a pixel at the deepest zoom.
pub const DETAIL_DECIMALS: u32 = 2;

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

    /// The view at zoom `k` centred (as far as the limits allow) on `lon`/`lat`.
    pub fn viewport_at(&self, k: f64, lon: f64, lat: f64) -> Viewport {
        let (mx, my) = self.to_map(lon, lat);
        Viewport {
            k,
            x: self.width / 2.0 - k * mx,
            y: self.height / 2.0 - k * my,
        }
        .clamp(&Limits::world(self.width, self.height))
    }

    /// Longitude/latitude at the centre of `view`, if it is on the globe.
    pub fn centre_of(&self, view: &Viewport) -> Option<(f64, f64)> {
        let (mx, my) = view.invert(self.width / 2.0, self.height / 2.0);
        self.to_lonlat(mx, my)
    }

    /// Same frame and transform, no shapes.
    pub fn clone_empty(&self) -> Self {
        Self {
            width: self.width,
            height: self.height,
            transform: self.transform,
            shapes: Vec::new(),
        }
    }
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

/// Projects `shapes` with `transform` into paths with `decimals` decimals.
pub fn project_shapes(shapes: &[&Shape], transform: &Transform, decimals: u32) -> Vec<ShapePath> {
    shapes
        .iter()
        .map(|shape| {
            let mut d = PathString::with_decimals(decimals);
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
mod tests {
    use super::*;

    fn square(id: &str, lon0: f64, lat0: f64, size: f64) -> Shape {
        let (a, b) = (lon0 + size, lat0 + size);
        Shape {
            id: id.into(),
            name: id.into(),
            region: None,
            subregion: None,
            polygons: vec![vec![vec![
                [lon0, lat0],
                [a, lat0],
                [a, b],
                [lon0, b],
                [lon0, lat0],
            ]]],
        }
    }

    #[test]
    fn base_fills_the_width_and_overlays_follow() {
        let base = [
            square("AAA", -10.0, -10.0, 20.0),
            square("ATA", -180.0, -90.0, 360.0),
        ];
        let overlay = [square("AA-B", 0.0, 0.0, 5.0)];
        let map = build_map(&base, &overlay, 1000.0).expect("fits");
        let ids: Vec<_> = map.shapes.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            ["AAA", "AA-B"],
            "Antarctica is omitted, overlay comes last"
        );
        let b = map.shapes[0].bounds;
        assert!(b.x0.abs() < 1e-9 && (b.x1 - 1000.0).abs() < 1e-9, "{b:?}");
        assert!(b.y0.abs() < 1.0 && (b.y1 - map.height).abs() < 1.0, "{b:?}");
        // The overlay's north-east corner is up and right of the centre.
        let o = map.shapes[1].bounds;
        assert!(o.x0 >= 499.9 && o.y1 <= map.height / 2.0 + 0.1, "{o:?}");
    }

    #[test]
    fn detail_lines_up_with_the_base() {
        let base = [square("AAA", -10.0, -10.0, 20.0)];
        let map = build_map(&base, &[], 1000.0).expect("fits");
        let detail_shapes = [
            square("AAA", -10.0, -10.0, 20.0),
            square("TNY", 0.0, 0.0, 0.01),
        ];
        let detail = build_detail(&map, &detail_shapes, &[]);
        assert_eq!(detail.transform, map.transform);
        assert_eq!(detail.shapes[0].bounds, map.shapes[0].bounds);
        assert_eq!(detail.shapes.len(), 2);
    }

    #[test]
    fn main_bounds_are_those_of_the_largest_polygon() {
        let mut shape = square("AAA", -10.0, -10.0, 20.0);
        shape
            .polygons
            .push(square("x", 50.0, 0.0, 1.0).polygons.remove(0));
        let map = build_map(&[shape], &[], 1000.0).expect("fits");
        let s = &map.shapes[0];
        assert!(
            s.main_bounds.x1 < s.bounds.x1,
            "the island is left out: {:?}",
            s.main_bounds
        );
        assert!((s.main_bounds.x0 - s.bounds.x0).abs() < 1e-9);
    }

    #[test]
    fn nothing_to_fit() {
        assert_eq!(build_map(&[], &[], 1000.0), None);
    }
}
