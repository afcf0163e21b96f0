//! Raw map projections: radians in, unit-less plane coordinates out (y up), as d3-geo's
//! `*Raw` functions. Scale and translation live in [`super::fit::Transform`], not here.

/// A raw projection of longitude/latitude in radians.
pub trait Projection {
    fn project(&self, lambda: f64, phi: f64) -> (f64, f64);
    /// The inverse, or `None` outside the projection's domain.
    fn invert(&self, x: f64, y: f64) -> Option<(f64, f64)>;
}

/// Equal Earth (Šavrič, Patterson & Jenny 2018, "The Equal Earth map projection",
/// International Journal of Geographical Information Science 33(3)), an equal-area
/// pseudo-cylindrical projection: country areas on the map compare truthfully, which a map
/// of where the SSE is present should not distort. Same constants as d3-geo's `geoEqualEarthRaw`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct EqualEarth;

const A1: f64 = 1.340264;
const A2: f64 = -0.081106;
const A3: f64 = 0.000893;
const A4: f64 = 0.003796;
const EPSILON: f64 = 1e-12;
const ITERATIONS: usize = 12;

fn m() -> f64 {
    3f64.sqrt() / 2.0
}

impl Projection for EqualEarth {
    fn project(&self, lambda: f64, phi: f64) -> (f64, f64) {
        let l = (m() * phi.sin()).asin();
        let l2 = l * l;
        let l6 = l2 * l2 * l2;
        (
            lambda * l.cos() / (m() * (A1 + 3.0 * A2 * l2 + l6 * (7.0 * A3 + 9.0 * A4 * l2))),
            l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2)),
        )
    }

    fn invert(&self, x: f64, y: f64) -> Option<(f64, f64)> {
        if !x.is_finite() || !y.is_finite() {
            return None;
        }
        // Newton's method on the polynomial in l (the parametric latitude), as in d3-geo.
        let mut l = y;
        let mut l2 = l * l;
        let mut l6 = l2 * l2 * l2;
        for _ in 0..ITERATIONS {
            let fy = l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2)) - y;
            let fpy = A1 + 3.0 * A2 * l2 + l6 * (7.0 * A3 + 9.0 * A4 * l2);
            let delta = fy / fpy;
            l -= delta;
            l2 = l * l;
            l6 = l2 * l2 * l2;
            if delta.abs() < EPSILON {
                break;
            }
        }
        let sin_phi = l.sin() / m();
        if !(-1.0..=1.0).contains(&sin_phi) {
            return None;
        }
        let lambda = m() * x * (A1 + 3.0 * A2 * l2 + l6 * (7.0 * A3 + 9.0 * A4 * l2)) / l.cos();
        if lambda.abs() > std::f64::consts::PI + 1e-9 {
            return None;
        }
        Some((lambda, sin_phi.asin()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::f64::consts::{FRAC_PI_2, PI};

    fn close(a: f64, b: f64, eps: f64) -> bool {
        (a - b).abs() < eps
    }

    #[test]
    fn known_values_match_d3_geo() {
        // d3.geoEqualEarthRaw(λ, φ) reference values (radians in, unit plane out).
        let (x, y) = EqualEarth.project(0.0, 0.0);
        assert_eq!((x, y), (0.0, 0.0));
        let (x, _) = EqualEarth.project(PI, 0.0);
        assert!(close(x, PI / (m() * A1), 1e-12), "{x}");
        let (_, y) = EqualEarth.project(0.0, FRAC_PI_2);
        assert!(close(y, 1.3173627591574133, 1e-12), "{y}");
    }

    #[test]
    fn the_projection_is_symmetric() {
        let (x1, y1) = EqualEarth.project(0.5, 0.3);
        let (x2, y2) = EqualEarth.project(-0.5, -0.3);
        assert!(close(x1, -x2, 1e-15) && close(y1, -y2, 1e-15));
    }

    #[test]
    fn invert_refuses_points_off_the_map() {
        assert_eq!(EqualEarth.invert(10.0, 0.0), None);
        assert_eq!(EqualEarth.invert(0.0, 5.0), None);
        assert_eq!(EqualEarth.invert(f64::NAN, 0.0), None);
    }

    proptest! {
        #[test]
        fn round_trip(lon in -179.9f64..179.9, lat in -89.0f64..89.0) {
            let (x, y) = EqualEarth.project(lon.to_radians(), lat.to_radians());
            let (l, p) = EqualEarth.invert(x, y).expect("point on the map");
            prop_assert!(close(l.to_degrees(), lon, 1e-6), "lon {} -> {}", lon, l.to_degrees());
            prop_assert!(close(p.to_degrees(), lat, 1e-6), "lat {} -> {}", lat, p.to_degrees());
        }
    }
}
