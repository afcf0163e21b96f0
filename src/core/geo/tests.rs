use super::*;

/// A square country of `size` degrees from (`lon0`, `lat0`), named by its id (also for the
/// compact files' tests).
pub(super) fn square(id: &str, lon0: f64, lat0: f64, size: f64) -> Shape {
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
fn home_is_the_group_with_a_margin_inside_the_world() {
    let base = [
        square("AAA", -10.0, -10.0, 20.0),
        square("BBB", 100.0, 40.0, 20.0),
        square("CCC", 20.0, 20.0, 0.5),
    ];
    let map = build_map(&base, &[], 1000.0).expect("fits");
    let world = home_region(&map, []);
    assert_eq!(
        (world.x0, world.y0, world.x1, world.y1),
        (0.0, 0.0, 1000.0, map.height)
    );
    let a = map.shapes[0].main_bounds;
    let home = home_region(&map, ["AAA"]);
    assert!(home.x0 < a.x0 && home.x1 > a.x1 && home.y0 < a.y0 && home.y1 > a.y1);
    assert!(home.x0 >= 0.0 && home.x1 <= 1000.0 && home.y0 >= 0.0 && home.y1 <= map.height);
    let tiny = home_region(&map, ["CCC"]);
    assert!(tiny.width() >= 200.0 - 1e-9, "{tiny:?}");
    let both = home_region(&map, ["AAA", "BBB", "ZZZ"]);
    assert!(both.width() > home.width());
}

#[test]
fn detail_waits_for_a_zoom_past_the_first_view() {
    // A laptop's first view: 1.6 px per map unit already, but not zoomed in.
    assert!(!wants_detail(2.3, 0.7, 2.3, false));
    assert!(wants_detail(3.0, 0.7, 2.3, false));
    assert!(wants_detail(2.6, 0.7, 2.3, true), "loaded a little before");
    // A phone: zoomed in past home, but a map unit is still under 1.6 px.
    assert!(!wants_detail(3.5, 0.39, 2.3, false));
    assert!(wants_detail(4.2, 0.39, 2.3, false));
}

#[test]
fn nothing_to_fit() {
    assert_eq!(build_map(&[], &[], 1000.0), None);
}
