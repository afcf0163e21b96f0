//! Pre-projected boundaries: the built-in maps projected at build time by [`super::build_map`]
//! and written as ready-made SVG paths, one shape per line, so that the browser parses no
//! GeoJSON and projects nothing for them. GeoJSON stays the interchange format: a host's own
//! boundaries go through [`super::geojson`] with its checks.
//!
//! ```text
//! sse-atlas-paths/1 <width> <height> <k> <tx> <ty> <units>
//! <id> TAB <name> TAB <region> TAB <subregion> TAB <path>
//! ```
//!
//! The header gives the map box, the plane-to-map transform (for longitudes and latitudes in
//! links) and the path units per map unit. The reader never trusts the file: a bad line is
//! skipped with a warning that names it, like a bad GeoJSON feature.

use super::fit::Transform;
use super::geojson::is_shape_id;
use super::path::bounds_of;
use super::{MapGeometry, ShapePath};
use crate::core::check::text::text_problem;

/// The format's name and version, the first word of the file.
pub const FORMAT: &str = "sse-atlas-paths/1";

/// Largest compact file read (the detailed world is about 1 MB).
pub const MAX_COMPACT_BYTES: usize = 8 * 1024 * 1024;

/// Writes `map` in the compact format.
pub fn write(map: &MapGeometry) -> String {
    let t = map.transform;
    let mut out = format!(
        "{FORMAT} {} {} {} {} {} {}\n",
        map.width, map.height, t.k, t.tx, t.ty, map.units
    );
    for s in &map.shapes {
        let field = |v: &Option<String>| v.clone().unwrap_or_default();
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\n",
            s.id,
            clean(&s.name),
            clean(&field(&s.region)),
            clean(&field(&s.subregion)),
            s.d
        ));
    }
    out
}

/// Tabs and line breaks would break the line format; names never have them.
fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

/// Why a compact file could not be used at all.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CompactError {
    #[error("the file is {0} bytes; the limit is {MAX_COMPACT_BYTES} bytes")]
    TooLarge(usize),
    #[error("line 1: expected \"{FORMAT} width height k tx ty units\"")]
    Header,
    #[error("no shape could be drawn ({0} skipped)")]
    Empty(usize),
}

/// The map of a compact file, and the lines that had to be skipped.
#[derive(Clone, Debug, PartialEq)]
pub struct Compact {
    pub map: MapGeometry,
    pub warnings: Vec<String>,
}

/// Reads a compact file.
pub fn read(text: &str) -> Result<Compact, CompactError> {
    if text.len() > MAX_COMPACT_BYTES {
        return Err(CompactError::TooLarge(text.len()));
    }
    let mut lines = text.lines();
    let mut map = read_header(lines.next().unwrap_or_default()).ok_or(CompactError::Header)?;
    let mut warnings = Vec::new();
    for (i, line) in lines.enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match read_line(line, map.units) {
            Ok(shape) => map.shapes.push(shape),
            Err(why) => warnings.push(format!("line {}: {why}; skipped", i + 2)),
        }
    }
    if map.shapes.is_empty() {
        return Err(CompactError::Empty(warnings.len()));
    }
    Ok(Compact { map, warnings })
}

/// The map frame of a compact file's first line, with no shapes yet.
pub fn read_header(line: &str) -> Option<MapGeometry> {
    let mut words = line.split_whitespace();
    if words.next() != Some(FORMAT) {
        return None;
    }
    let mut number = || words.next()?.parse::<f64>().ok().filter(|v| v.is_finite());
    let (width, height, k, tx, ty, units) = (
        number()?,
        number()?,
        number()?,
        number()?,
        number()?,
        number()?,
    );
    let sane = width > 0.0 && height > 0.0 && k > 0.0 && (1.0..=10_000.0).contains(&units);
    sane.then(|| MapGeometry {
        width,
        height,
        transform: Transform { k, tx, ty },
        units: units as u32,
        shapes: Vec::new(),
    })
}

/// One shape line; `Err` says why it cannot be drawn.
pub fn read_line(line: &str, units: u32) -> Result<ShapePath, String> {
    let fields: Vec<&str> = line.split('\t').collect();
    let [id, name, region, subregion, d] = fields[..] else {
        return Err(format!("expected 5 fields, got {}", fields.len()));
    };
    if !is_shape_id(id) {
        return Err("no usable id".into());
    }
    let text = |v: &str| (!v.is_empty() && text_problem("name", v).is_none()).then(|| v.to_owned());
    let (bounds, main_bounds) = bounds_of(d, units).ok_or_else(|| format!("{id}: no path"))?;
    Ok(ShapePath {
        id: id.to_owned(),
        name: text(name).unwrap_or_else(|| id.to_owned()),
        region: text(region),
        subregion: text(subregion),
        d: d.to_owned(),
        bounds,
        main_bounds,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::geo::build_map;
    use crate::core::geo::geojson::Shape;

    fn square(id: &str, lon0: f64, lat0: f64, size: f64) -> Shape {
        Shape {
            name: format!("Land {id}"),
            region: Some("Europe".into()),
            ..crate::core::geo::tests::square(id, lon0, lat0, size)
        }
    }

    #[test]
    fn a_map_reads_back_as_written() {
        let map = build_map(
            &[
                square("AAA", -10.0, -10.0, 20.0),
                square("BBB", 20.0, 0.0, 5.0),
            ],
            &[],
            1000.0,
        )
        .expect("fits");
        let back = read(&write(&map)).expect("reads");
        assert!(back.warnings.is_empty(), "{:?}", back.warnings);
        assert_eq!(back.map.units, map.units);
        assert_eq!(back.map.transform, map.transform);
        for (a, b) in map.shapes.iter().zip(&back.map.shapes) {
            assert_eq!(
                (&a.id, &a.name, &a.region, &a.d),
                (&b.id, &b.name, &b.region, &b.d)
            );
            // Bounds come back from the rounded path: within half a path unit.
            for (x, y) in [(a.bounds.x0, b.bounds.x0), (a.bounds.y1, b.bounds.y1)] {
                assert!((x - y).abs() <= 0.05 + 1e-9, "{x} {y}");
            }
        }
    }

    #[test]
    fn bad_lines_cost_only_themselves() {
        let text = format!(
            "{FORMAT} 1000 440 150 500 220 10\nFRA\tFrance\tEurope\tWestern Europe\tM0 0l10 0 0 10z\n\
             <b>\tx\t\t\tM0 0l1 0 0 1z\nESP\tSpain\n\nPRT\t\u{202e}Portugal\t\t\tM5 5l1 0 0 1z\nITA\tItaly\t\t\tQ\n"
        );
        let c = read(&text).expect("usable");
        let ids: Vec<_> = c.map.shapes.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["FRA", "PRT"]);
        assert_eq!(
            c.map.shapes[1].name, "PRT",
            "a name breaking the text rules"
        );
        assert_eq!(
            c.warnings,
            [
                "line 3: no usable id; skipped",
                "line 4: expected 5 fields, got 2; skipped",
                "line 7: ITA: no path; skipped"
            ]
        );
    }

    #[test]
    fn unusable_files_are_refused() {
        assert_eq!(read(""), Err(CompactError::Header));
        assert_eq!(read("sse-atlas-paths/1 1000 x"), Err(CompactError::Header));
        assert_eq!(
            read(&format!("{FORMAT} 1000 440 1 0 0 10\nA\tb\n")),
            Err(CompactError::Empty(1))
        );
        assert!(matches!(
            read(&" ".repeat(MAX_COMPACT_BYTES + 1)),
            Err(CompactError::TooLarge(_))
        ));
    }
}
