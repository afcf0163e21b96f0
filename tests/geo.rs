//! The real boundary files through the geometry pipeline.
#![cfg(not(target_arch = "wasm32"))]

use sse_atlas::core::geo::geojson::parse_boundaries;
use sse_atlas::core::geo::{build_map, MAP_WIDTH};

const COUNTRIES: &str = include_str!("../assets/geo/countries-110m.geojson");
const QUEBEC: &str = include_str!("../assets/geo/quebec-50m.geojson");

#[test]
fn the_world_projects_into_the_map_box() {
    let countries = parse_boundaries(COUNTRIES).expect("110m parses");
    assert_eq!(countries.shapes.len(), 175);
    assert!(countries.warnings.is_empty(), "{:?}", countries.warnings);
    let quebec = parse_boundaries(QUEBEC).expect("Quebec parses");
    assert_eq!(quebec.shapes[0].id, "CA-QC");

    let map = build_map(&countries.shapes, &quebec.shapes, MAP_WIDTH).expect("map");
    assert_eq!(
        map.shapes.len(),
        175,
        "174 countries without Antarctica, plus Quebec"
    );
    assert!(
        map.height > 380.0 && map.height < 520.0,
        "Equal Earth without Antarctica: {}",
        map.height
    );
    for s in &map.shapes {
        assert!(!s.d.is_empty(), "{} draws something", s.id);
        let b = s.bounds;
        assert!(
            b.x0 >= -0.01 && b.x1 <= MAP_WIDTH + 0.01,
            "{} inside horizontally: {b:?}",
            s.id
        );
        assert!(
            b.y0 >= -0.01 && b.y1 <= map.height + 0.01,
            "{} inside vertically: {b:?}",
            s.id
        );
    }
    let by_id = |id: &str| {
        map.shapes
            .iter()
            .find(|s| s.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    // Luxembourg is tiny at world scale: the reason for markers.
    let lux = by_id("LUX").bounds;
    assert!(lux.width() < 4.0 && lux.height() < 4.0, "{lux:?}");
    // Quebec lies inside Canada's box, in its east.
    let (can, qc) = (by_id("CAN").bounds, by_id("CA-QC").bounds);
    assert!(
        qc.x0 > can.x0 && qc.x1 <= can.x1 + 2.0 && qc.y0 >= can.y0 - 2.0,
        "{qc:?} in {can:?}"
    );
    // North is up: metropolitan France's top edge is above Ecuador's.
    assert!(by_id("FRA").bounds.y0 < by_id("ECU").bounds.y0);
}

#[test]
fn golden_path_of_a_country() {
    let countries = parse_boundaries(COUNTRIES).expect("110m parses");
    let map = build_map(&countries.shapes, &[], MAP_WIDTH).expect("map");
    let lux = map
        .shapes
        .iter()
        .find(|s| s.id == "LUX")
        .expect("Luxembourg");
    // Pinned output: changes to projection, fit or path writing show up here.
    assert_eq!(lux.d, include_str!("fixtures/golden-lux-110m.txt").trim());
}

#[test]
fn the_detailed_world_needs_no_skipping() {
    // The antimeridian check must not skip Russia or Fiji, which Natural Earth cuts at ±180.
    let detail =
        parse_boundaries(include_str!("../assets/geo/countries-50m.geojson")).expect("50m parses");
    assert!(detail.warnings.is_empty(), "{:?}", detail.warnings);
    assert!(detail.shapes.iter().any(|s| s.id == "FJI"));
}

#[test]
fn every_shapes_written_bounds_read_back_as_its_paths() {
    use sse_atlas::core::geo::path::bounds_of;
    use sse_atlas::core::geo::written_bounds::{read_bounds, write_bounds};
    let countries = parse_boundaries(COUNTRIES).expect("110m parses");
    let map = build_map(&countries.shapes, &[], MAP_WIDTH).expect("map");
    let mut differ = 0;
    for s in &map.shapes {
        // What the page's map computed from each path before the build wrote it, to the bit.
        let (all, main) = bounds_of(&s.d, map.units).expect("a ring");
        let text = write_bounds(&all, &main, map.units);
        assert_eq!(
            read_bounds(&text, map.units),
            Some((all, main)),
            "{}: {text}",
            s.id
        );
        differ += usize::from(all != main);
    }
    // Both forms are read: shapes of one ring, and of several (France, the United States).
    assert!(differ > 10 && differ < map.shapes.len(), "{differ}");
}
