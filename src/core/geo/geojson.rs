//! Boundary files (GeoJSON FeatureCollections of Polygon/MultiPolygon features) read into
//! plain shapes. Features that cannot be drawn are skipped with a warning that names them, so
//! one bad feature never costs the whole map.

use geojson::{FeatureCollection, GeometryValue, Position};

use crate::core::check::text::text_problem;

/// Largest boundary file the app will parse (the 50m world is 1.9 MB).
pub const MAX_BOUNDARY_BYTES: usize = 20 * 1024 * 1024;
/// Largest number of positions kept from one file (the 50m world has ~100,000).
pub const MAX_POSITIONS: usize = 2_000_000;

/// A polygon: its exterior ring then its holes, in degrees `[lon, lat]`.
pub type Polygon = Vec<Vec<[f64; 2]>>;

/// One drawable feature.
#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    /// `iso_a3` for countries, `iso_3166_2` for provinces (`CA-QC`).
    pub id: String,
    pub name: String,
    pub region: Option<String>,
    pub subregion: Option<String>,
    pub polygons: Vec<Polygon>,
}

/// The shapes of a file, and what had to be skipped.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Boundaries {
    pub shapes: Vec<Shape>,
    pub warnings: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BoundaryError {
    #[error("the file is {0} bytes; the limit is {MAX_BOUNDARY_BYTES} bytes")]
    TooLarge(usize),
    #[error("not a GeoJSON FeatureCollection: {0}")]
    Parse(String),
    #[error("the file has more than {MAX_POSITIONS} coordinates")]
    TooManyPositions,
    #[error("no feature could be drawn ({0} skipped)")]
    Empty(usize),
}

/// Whether `s` can be a shape's id. Ids go into attributes and messages: ISO-like codes only.
pub fn is_shape_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 16 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Reads a boundary file. `Err` only when nothing usable is in it.
pub fn parse_boundaries(text: &str) -> Result<Boundaries, BoundaryError> {
    if text.len() > MAX_BOUNDARY_BYTES {
        return Err(BoundaryError::TooLarge(text.len()));
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let fc: FeatureCollection = text
        .parse()
        .map_err(|e: geojson::Error| BoundaryError::Parse(e.to_string()))?;
    let mut out = Boundaries::default();
    let mut positions = 0usize;
    // Consumed feature by feature, so each parsed feature is freed once converted: the peak
    // memory of the 1:50m file stays near its parsed size instead of parsed + converted.
    for (i, feature) in fc.features.into_iter().enumerate() {
        let prop = |k: &str| {
            feature
                .properties
                .as_ref()
                .and_then(|p| p.get(k))
                .and_then(|v| v.as_str())
                .map(str::to_owned)
        };
        let id = match &feature.id {
            Some(geojson::feature::Id::String(s)) => Some(s.clone()),
            _ => None,
        }
        .or_else(|| prop("iso_a3"))
        .or_else(|| prop("iso_3166_2"));
        let Some(id) = id.filter(|s| is_shape_id(s)) else {
            out.warnings
                .push(format!("features[{i}]: no usable id; skipped"));
            continue;
        };
        let name = match prop("name") {
            None => id.clone(),
            Some(n) => match text_problem("name", &n) {
                None => n,
                Some(why) => {
                    out.warnings.push(format!(
                        "features[{i}] ({id}): the name {why}; the code is shown instead"
                    ));
                    id.clone()
                }
            },
        };
        let at = format!("features[{i}] ({id})");
        let Some(polygons) = drawable(feature.geometry.as_ref(), &at, &mut out.warnings) else {
            continue;
        };
        positions += polygons.iter().flatten().map(Vec::len).sum::<usize>();
        if positions > MAX_POSITIONS {
            return Err(BoundaryError::TooManyPositions);
        }
        out.shapes.push(Shape {
            id,
            name,
            region: prop("region"),
            subregion: prop("subregion"),
            polygons,
        });
    }
    if out.shapes.is_empty() {
        return Err(BoundaryError::Empty(out.warnings.len()));
    }
    Ok(out)
}

/// The polygons of a feature that can be drawn: one unusable part of a multipolygon costs that
/// part, not the whole country. `None`, with a warning at `at`, when nothing is left.
fn drawable(
    geometry: Option<&geojson::Geometry>,
    at: &str,
    warnings: &mut Vec<String>,
) -> Option<Vec<Polygon>> {
    let polygons = match geometry.map(|g| &g.value) {
        Some(GeometryValue::Polygon { coordinates }) => vec![convert(coordinates)],
        Some(GeometryValue::MultiPolygon { coordinates }) => {
            coordinates.iter().map(|p| convert(p)).collect()
        }
        Some(other) => {
            warnings.push(format!(
                "{at}: {} geometry cannot be drawn as an area; skipped",
                other.type_name()
            ));
            return None;
        }
        None => {
            warnings.push(format!("{at}: no geometry; skipped"));
            return None;
        }
    };
    // One unusable part of a multipolygon costs that part, not the whole country.
    let parts = polygons.len();
    let mut usable_parts = Vec::with_capacity(parts);
    let mut first_problem = None;
    for (k, polygon) in polygons.into_iter().enumerate() {
        match polygon {
            Ok(p) => usable_parts.push(p),
            Err(why) => {
                first_problem.get_or_insert((k, why));
            }
        }
    }
    if let Some((k, why)) = first_problem {
        if usable_parts.is_empty() {
            warnings.push(format!("{at}: {why}; skipped"));
            return None;
        }
        warnings.push(format!(
            "{at}: polygon {k} of {parts}: {why}; that part skipped"
        ));
    }
    let polygons = usable_parts;
    let polygons: Vec<Polygon> = polygons
        .into_iter()
        .filter(|p| p.first().is_some_and(|r| r.len() >= 4))
        .collect();
    if polygons.is_empty() {
        warnings.push(format!("{at}: empty geometry; skipped"));
        return None;
    }
    Some(polygons)
}

/// Why a polygon cannot be drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Unusable {
    OutOfRange,
    Antimeridian(f64, f64),
}

impl std::fmt::Display for Unusable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unusable::OutOfRange => {
                write!(
                    f,
                    "coordinates outside longitude -180..180 / latitude -90..90"
                )
            }
            Unusable::Antimeridian(a, b) => write!(
                f,
                "a ring crosses the antimeridian (longitude {a} to {b}); split it at ±180 as \
                 Natural Earth does"
            ),
        }
    }
}

/// Rings in degrees. A ring that jumps more than 180° of longitude between two positions
/// crosses the antimeridian: drawn as is, it would smear across the whole map, and clipping it
/// needs the cut at ±180 that the app's own files already have.
fn convert(rings: &[Vec<Position>]) -> Result<Polygon, Unusable> {
    rings
        .iter()
        .map(|ring| {
            let ring = ring
                .iter()
                .map(|p| match p.as_slice() {
                    [lon, lat, ..]
                        if (-180.0..=180.0).contains(lon) && (-90.0..=90.0).contains(lat) =>
                    {
                        Ok([*lon, *lat])
                    }
                    _ => Err(Unusable::OutOfRange),
                })
                .collect::<Result<Vec<_>, _>>()?;
            // From -180 to 180 is an edge along the cut itself (Antarctica's ring runs so
            // along the pole), not a crossing.
            let crossing = |w: &&[[f64; 2]]| {
                (w[0][0] - w[1][0]).abs() > 180.0
                    && !(w[0][0].abs() == 180.0 && w[1][0].abs() == 180.0)
            };
            match ring.windows(2).find(crossing) {
                Some(w) => Err(Unusable::Antimeridian(w[0][0], w[1][0])),
                None => Ok(ring),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SQUARE: &str = r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}"#;

    fn fc(features: &[String]) -> String {
        format!(
            r#"{{"type":"FeatureCollection","features":[{}]}}"#,
            features.join(",")
        )
    }

    fn feature(id: &str, geometry: &str) -> String {
        format!(
            r#"{{"type":"Feature","id":"{id}","properties":{{"name":"N {id}","region":"Europe"}},"geometry":{geometry}}}"#
        )
    }

    #[test]
    fn reads_ids_names_and_regions() {
        let b = parse_boundaries(&fc(&[feature("FRA", SQUARE)])).expect("valid");
        assert_eq!(b.shapes[0].id, "FRA");
        assert_eq!(b.shapes[0].name, "N FRA");
        assert_eq!(b.shapes[0].region.as_deref(), Some("Europe"));
        assert!(b.warnings.is_empty());
    }

    #[test]
    fn skips_what_cannot_be_drawn_and_says_so() {
        let text = fc(&[
            feature("FRA", SQUARE),
            feature("PNT", r#"{"type":"Point","coordinates":[1,2]}"#),
            feature(
                "OUT",
                r#"{"type":"Polygon","coordinates":[[[0,0],[500,0],[1,1],[0,0]]]}"#,
            ),
            feature("EMP", r#"{"type":"MultiPolygon","coordinates":[]}"#),
            r#"{"type":"Feature","properties":{},"geometry":null}"#.to_string(),
        ]);
        let b = parse_boundaries(&text).expect("one usable feature");
        assert_eq!(b.shapes.len(), 1);
        assert_eq!(b.warnings.len(), 4, "{:?}", b.warnings);
        assert!(b.warnings[0].contains("PNT") && b.warnings[0].contains("Point"));
        assert!(b.warnings[1].contains("outside longitude"));
    }

    #[test]
    fn refuses_files_with_nothing_usable() {
        assert!(matches!(
            parse_boundaries("{\"type\":"),
            Err(BoundaryError::Parse(_))
        ));
        assert!(matches!(
            parse_boundaries("[]"),
            Err(BoundaryError::Parse(_))
        ));
        assert_eq!(parse_boundaries(&fc(&[])), Err(BoundaryError::Empty(0)));
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_text_never_panics(s in "\\PC{0,300}") {
            let _ = parse_boundaries(&s);
        }

        #[test]
        fn arbitrary_coordinates_never_panic(ring in proptest::collection::vec((-400.0f64..400.0, -100.0f64..100.0), 0..12)) {
            let coords: Vec<String> = ring.iter().map(|(x, y)| format!("[{x},{y}]")).collect();
            let text = fc(&[feature("ABC", &format!(r#"{{"type":"Polygon","coordinates":[[{}]]}}"#, coords.join(",")))]);
            let _ = parse_boundaries(&text);
        }
    }
}
