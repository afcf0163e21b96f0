//! From the projection's plane to SVG user units: scale + translate, with y pointing down,
//! and `fit_extent`, d3-geo's `projection.fitExtent` for a raw projection.

/// Axis-aligned bounds `[x0, y0, x1, y1]` of points streamed into it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Default for Bounds {
    fn default() -> Self {
        Self::EMPTY
    }
}

impl Bounds {
    pub const EMPTY: Bounds = Bounds {
        x0: f64::INFINITY,
        y0: f64::INFINITY,
        x1: f64::NEG_INFINITY,
        y1: f64::NEG_INFINITY,
    };

    pub fn add(&mut self, x: f64, y: f64) {
        self.x0 = self.x0.min(x);
        self.y0 = self.y0.min(y);
        self.x1 = self.x1.max(x);
        self.y1 = self.y1.max(y);
    }

    pub fn is_empty(&self) -> bool {
        !(self.x0 <= self.x1 && self.y0 <= self.y1)
    }

    pub fn width(&self) -> f64 {
        self.x1 - self.x0
    }

    pub fn height(&self) -> f64 {
        self.y1 - self.y0
    }
}

/// Plane → screen: `(tx + k·x, ty − k·y)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Transform {
    pub k: f64,
    pub tx: f64,
    pub ty: f64,
}

impl Transform {
    pub fn apply(&self, x: f64, y: f64) -> (f64, f64) {
        (self.tx + self.k * x, self.ty - self.k * y)
    }

    pub fn invert(&self, sx: f64, sy: f64) -> (f64, f64) {
        ((sx - self.tx) / self.k, (self.ty - sy) / self.k)
    }
}

/// The transform that fits plane `bounds` (y up) centred inside the screen rectangle
/// `extent` (y down), keeping the aspect ratio. `None` for empty or degenerate bounds.
pub fn fit_extent(bounds: &Bounds, extent: &Bounds) -> Option<Transform> {
    if bounds.is_empty() || extent.is_empty() {
        return None;
    }
    let (w, h) = (extent.width(), extent.height());
    let k = (w / bounds.width()).min(h / bounds.height());
    if !k.is_finite() || k <= 0.0 {
        return None;
    }
    let tx = extent.x0 + (w - k * (bounds.x0 + bounds.x1)) / 2.0;
    let ty = extent.y0 + (h + k * (bounds.y0 + bounds.y1)) / 2.0;
    Some(Transform { k, tx, ty })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(x0: f64, y0: f64, x1: f64, y1: f64) -> Bounds {
        Bounds { x0, y0, x1, y1 }
    }

    #[test]
    fn fit_centres_and_flips_y() {
        let t = fit_extent(&b(-2.0, -1.0, 2.0, 1.0), &b(0.0, 0.0, 800.0, 400.0)).expect("fits");
        assert_eq!(t.k, 200.0);
        assert_eq!(t.apply(-2.0, 1.0), (0.0, 0.0)); // top-left of the plane → top-left corner
        assert_eq!(t.apply(2.0, -1.0), (800.0, 400.0));
        assert_eq!(t.apply(0.0, 0.0), (400.0, 200.0));
    }

    #[test]
    fn fit_keeps_aspect_ratio_in_a_tall_extent() {
        let t = fit_extent(&b(-2.0, -1.0, 2.0, 1.0), &b(10.0, 10.0, 410.0, 1010.0)).expect("fits");
        assert_eq!(t.k, 100.0);
        let (_, top) = t.apply(0.0, 1.0);
        let (_, bottom) = t.apply(0.0, -1.0);
        assert_eq!((top + bottom) / 2.0, 510.0); // vertically centred
    }

    #[test]
    fn invert_undoes_apply() {
        let t = Transform {
            k: 153.2,
            tx: 480.0,
            ty: 250.5,
        };
        let (sx, sy) = t.apply(0.7, -0.3);
        let (x, y) = t.invert(sx, sy);
        assert!((x - 0.7).abs() < 1e-12 && (y + 0.3).abs() < 1e-12);
    }

    #[test]
    fn degenerate_bounds_do_not_fit() {
        assert_eq!(fit_extent(&Bounds::EMPTY, &b(0.0, 0.0, 1.0, 1.0)), None);
        assert_eq!(
            fit_extent(&b(1.0, 1.0, 1.0, 1.0), &b(0.0, 0.0, 1.0, 1.0)),
            None
        );
    }
}
