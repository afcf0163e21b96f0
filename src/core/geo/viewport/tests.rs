use super::*;
use proptest::prelude::*;

const L: Limits = Limits {
    width: 1000.0,
    height: 440.0,
    world_width: 1000.0,
    world_height: 440.0,
    min_k: 1.0,
    max_k: 32.0,
};

fn close(a: (f64, f64), b: (f64, f64)) -> bool {
    (a.0 - b.0).abs() < 1e-6 && (a.1 - b.1).abs() < 1e-6
}

#[test]
fn zoom_at_a_point_keeps_that_point_fixed() {
    let v = Viewport::IDENTITY.zoom_at(2.0, 300.0, 200.0, &L);
    assert_eq!(v.k, 2.0);
    assert!(close(v.apply(300.0, 200.0), (300.0, 200.0)));
    let w = v.zoom_at(3.0, 700.0, 100.0, &L);
    let m = v.invert(700.0, 100.0);
    assert!(close(w.apply(m.0, m.1), (700.0, 100.0)));
}

#[test]
fn zoom_is_bounded() {
    let out = Viewport::IDENTITY.zoom_at(0.1, 500.0, 220.0, &L);
    assert_eq!(
        out,
        Viewport::IDENTITY,
        "the world fits at the minimum zoom"
    );
    let deep = Viewport::IDENTITY.zoom_at(1e6, 500.0, 220.0, &L);
    assert_eq!(deep.k, 32.0);
}

#[test]
fn the_world_cannot_be_panned_off_screen() {
    let v = Viewport::IDENTITY.zoom_at(4.0, 500.0, 220.0, &L);
    let far = v.pan(1e6, -1e6, &L);
    assert_eq!((far.x, far.y), (0.0, 440.0 - 4.0 * 440.0));
    // In a frame taller than the world, the world at its smallest is centred.
    let tall = Limits::framed(1000.0, 440.0, 900.0);
    assert_eq!(tall.min_k, 1.0);
    let v = Viewport::IDENTITY.pan(0.0, 1e6, &tall);
    assert_eq!((v.x, v.y), (0.0, 230.0));
    // In a frame wider than the world, the whole world needs less than 1.
    let wide = Limits::framed(1000.0, 440.0, 220.0);
    assert_eq!((wide.min_k, wide.max_k), (0.5, 16.0));
    let v = Viewport {
        k: 0.1,
        ..Viewport::IDENTITY
    }
    .clamp(&wide);
    assert_eq!((v.k, v.x, v.y), (0.5, 250.0, 0.0));
    assert_eq!(wide.link_zoom(1.0), 2.0);
    assert_eq!(Viewport::IDENTITY.pan(50.0, 50.0, &L), Viewport::IDENTITY);
    let nan = Viewport {
        k: f64::NAN,
        x: f64::NAN,
        y: f64::INFINITY,
    }
    .clamp(&L);
    assert_eq!(nan, Viewport::IDENTITY);
}

#[test]
fn fit_centres_a_small_shape() {
    let lux = Bounds {
        x0: 513.3,
        y0: 68.6,
        x1: 514.6,
        y1: 70.6,
    };
    let v = Viewport::fit(&lux, &L, 0.5);
    assert_eq!(v.k, 32.0, "capped by the maximum zoom");
    let (cx, cy) = v.apply(513.95, 69.6);
    assert!((cx - 500.0).abs() < 1e-6, "{cx}");
    // Near the top edge the bounds win over centring.
    assert!(cy <= 220.0 + 1e-6, "{cy}");
    let big = Bounds {
        x0: 100.0,
        y0: 100.0,
        x1: 300.0,
        y1: 200.0,
    };
    let v = Viewport::fit(&big, &L, 0.8);
    assert!((v.k - 3.52).abs() < 1e-9, "{}", v.k);
}

#[test]
fn interpolation_ends_where_it_should() {
    let a = Viewport::IDENTITY;
    let b = Viewport::IDENTITY.zoom_at(8.0, 200.0, 100.0, &L);
    assert_eq!(a.interpolate(&b, 0.0, &L), a);
    let end = a.interpolate(&b, 1.0, &L);
    assert!((end.k - b.k).abs() < 1e-9 && (end.x - b.x).abs() < 1e-6 && (end.y - b.y).abs() < 1e-6);
    let mid = a.interpolate(&b, 0.5, &L);
    assert!(
        (mid.k - 8f64.sqrt()).abs() < 1e-9,
        "scale moves geometrically"
    );
}

#[test]
fn marker_rule() {
    let lux = Bounds {
        x0: 0.0,
        y0: 0.0,
        x1: 1.3,
        y1: 2.0,
    };
    assert!(needs_marker(&lux, 1.0, 1.28), "2 units × 1.28 px = 2.6 px");
    assert!(needs_marker(&lux, 8.0, 1.28), "20 px is still under 24");
    assert!(!needs_marker(&lux, 10.0, 1.28), "25.6 px is enough");
}

#[test]
fn nearest_entity_pick() {
    let lux = Bounds {
        x0: 513.3,
        y0: 68.6,
        x1: 514.6,
        y1: 70.6,
    };
    let fra = Bounds {
        x0: 480.0,
        y0: 60.0,
        x1: 512.0,
        y1: 100.0,
    };
    let c = [("LUX", &lux), ("FRA", &fra)];
    assert_eq!(nearest(c, 514.0, 69.0, 3.0), Some("LUX"), "inside");
    assert_eq!(nearest(c, 516.0, 69.0, 3.0), Some("LUX"), "1.4 units away");
    assert_eq!(nearest(c, 520.0, 69.0, 3.0), None, "too far");
    assert_eq!(
        nearest(c, 512.9, 69.0, 3.0),
        Some("LUX"),
        "closer to LUX than FRA"
    );
    let inside_both = [("BIG", &fra), ("LUX", &lux)];
    let overlap = Bounds {
        x0: 490.0,
        y0: 70.0,
        x1: 491.0,
        y1: 71.0,
    };
    let c = [("BIG", &fra), ("SMALL", &overlap)];
    assert_eq!(
        nearest(c, 490.5, 70.5, 3.0),
        Some("SMALL"),
        "ties go to the smaller shape"
    );
    assert_eq!(nearest(inside_both, 600.0, 300.0, 3.0), None);
}

proptest! {
    #[test]
    fn clamped_views_always_cover_the_map(k in 0.01f64..100.0, x in -1e5f64..1e5, y in -1e5f64..1e5) {
        let v = Viewport { k, x, y }.clamp(&L);
        prop_assert!(v.k >= L.min_k && v.k <= L.max_k);
        let (x0, y0) = v.apply(0.0, 0.0);
        let (x1, y1) = v.apply(L.width, L.height);
        prop_assert!(x0 <= 1e-9 && y0 <= 1e-9 && x1 >= L.width - 1e-9 && y1 >= L.height - 1e-9);
    }

    #[test]
    fn framed_views_cover_or_centre_the_world(
        h in 50f64..3000.0, k in 0.01f64..100.0, x in -1e5f64..1e5, y in -1e5f64..1e5
    ) {
        let l = Limits::framed(1000.0, 440.0, h);
        let v = Viewport { k, x, y }.clamp(&l);
        prop_assert!(v.k >= l.min_k - 1e-12 && v.k <= l.max_k + 1e-12);
        for (t, view, world) in [(v.x, l.width, l.world_width), (v.y, l.height, l.world_height)] {
            let (a, b) = (t, t + v.k * world);
            if v.k * world <= view {
                prop_assert!((a - (view - b)).abs() < 1e-6, "centred: {a} {b} in {view}");
            } else {
                prop_assert!(a <= 1e-9 && b >= view - 1e-9, "covers: {a} {b} in {view}");
            }
        }
    }

    #[test]
    fn zoom_keeps_the_pointer_point_unless_a_bound_stops_it(
        px in 0f64..1000.0, py in 0f64..440.0, f in 0.25f64..4.0
    ) {
        let start = Viewport::IDENTITY.zoom_at(4.0, 500.0, 220.0, &L);
        let zoomed = start.zoom_at(f, px, py, &L);
        let m = start.invert(px, py);
        let k = (start.k * f).clamp(L.min_k, L.max_k);
        let unclamped = Viewport { k, x: px - k * m.0, y: py - k * m.1 };
        if unclamped.clamp(&L) == unclamped {
            prop_assert!(close(zoomed.apply(m.0, m.1), (px, py)));
        }
    }
}

#[test]
fn fit_band_frames_a_shape_in_the_part_left_visible() {
    // Colombia-like bounds in the middle of the map; a sheet covers the lower 45 %.
    let col = Bounds {
        x0: 300.0,
        y0: 200.0,
        x1: 330.0,
        y1: 240.0,
    };
    let band = (0.0, 0.55 * L.height);
    let v = Viewport::fit_band(&col, &L, 0.5, band);
    assert!(v.shows_in_band(&col, &L, band), "{v:?}");
    let (_, cy) = v.apply(315.0, 220.0);
    assert!(
        (cy - band.1 / 2.0).abs() < 1e-6,
        "centred in the band: {cy}"
    );
    // The whole view's fit puts its centre under the sheet.
    let whole = Viewport::fit(&col, &L, 0.5);
    assert!(!whole.shows_in_band(&col, &L, band));
    assert_eq!(Viewport::fit_band(&col, &L, 0.5, (0.0, L.height)), whole);
}

#[test]
fn a_band_is_never_less_than_a_quarter_of_the_view() {
    let b = Bounds {
        x0: 300.0,
        y0: 60.0,
        x1: 330.0,
        y1: 80.0,
    };
    let v = Viewport::fit_band(&b, &L, 0.5, (0.0, 10.0));
    let (_, cy) = v.apply(315.0, 70.0);
    assert!((cy - L.height / 8.0).abs() < 1e-6, "{cy}");
    assert!(v.shows_in_band(&b, &L, (0.0, 10.0)));
}

proptest! {
    #[test]
    fn fit_band_keeps_any_shape_in_its_band(
        x in 0.0f64..990.0, y in 0.0f64..430.0, w in 0.5f64..200.0, h in 0.5f64..150.0,
        bottom in 0.3f64..1.0,
    ) {
        let b = Bounds { x0: x, y0: y, x1: (x + w).min(1000.0), y1: (y + h).min(440.0) };
        let band = (0.0, bottom * L.height);
        let v = Viewport::fit_band(&b, &L, 0.5, band);
        // The bounds of the world may keep a shape at its edge from the band's centre, but a
        // shape that fits is shown whole.
        let (cx, cy) = v.apply((b.x0 + b.x1) / 2.0, (b.y0 + b.y1) / 2.0);
        prop_assert!((0.0..=L.width).contains(&cx) && (0.0..=L.height).contains(&cy));
    }
}
