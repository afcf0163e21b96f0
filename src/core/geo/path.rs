//! SVG path strings from projected rings: d3-geo's `PathString` sink, with fixed precision.
//!
//! Coordinates are written as integers of tenths through integer formatting (no float
//! formatting code in the WebAssembly), and consecutive points that round to the same place
//! are dropped: at world scale many of the source's vertices collapse, which shrinks the DOM.

use std::fmt::Write;

/// Receives rings of screen points, the way d3-geo streams `lineStart/point/lineEnd`.
pub trait RingSink {
    fn ring_start(&mut self);
    fn point(&mut self, x: f64, y: f64);
    fn ring_end(&mut self);
}

/// Builds an SVG path `d` attribute: `M1.5,2L3,4.1Z` per ring, with a fixed number of decimals.
#[derive(Debug)]
pub struct PathString {
    out: String,
    ring: Vec<(i64, i64)>,
    /// 10^decimals: coordinates are kept as integer multiples of 1/scale.
    scale: u64,
}

impl Default for PathString {
    fn default() -> Self {
        Self::new()
    }
}

impl PathString {
    /// One decimal: enough for the world map at its own size.
    pub fn new() -> Self {
        Self::with_decimals(1)
    }

    /// `decimals` (0 to 4) after the point, for paths that will be shown magnified.
    pub fn with_decimals(decimals: u32) -> Self {
        Self {
            out: String::new(),
            ring: Vec::new(),
            scale: 10u64.pow(decimals.min(4)),
        }
    }

    pub fn finish(self) -> String {
        self.out
    }

    fn write_coord(&mut self, units: i64) {
        if units < 0 {
            self.out.push('-');
        }
        let abs = units.unsigned_abs();
        // Writing to a String cannot fail.
        let _ = write!(self.out, "{}", abs / self.scale);
        let mut frac = abs % self.scale;
        if frac != 0 {
            // Leading zeros kept, trailing zeros dropped: 0.05 → ".05", 0.50 → ".5".
            let mut width = self.scale.ilog10() as usize;
            while frac.is_multiple_of(10) {
                frac /= 10;
                width -= 1;
            }
            let _ = write!(self.out, ".{frac:0width$}");
        }
    }

    fn units(&self, v: f64) -> i64 {
        // Saturating float-to-int cast: NaN becomes 0 and huge values clamp, never panic.
        (v * self.scale as f64).round() as i64
    }
}

impl RingSink for PathString {
    fn ring_start(&mut self) {
        self.ring.clear();
    }

    fn point(&mut self, x: f64, y: f64) {
        let p = (self.units(x), self.units(y));
        if self.ring.last() != Some(&p) {
            self.ring.push(p);
        }
    }

    fn ring_end(&mut self) {
        let mut ring = std::mem::take(&mut self.ring);
        // The closing point repeats the first; "Z" draws that edge.
        if ring.len() > 1 && ring.first() == ring.last() {
            ring.pop();
        }
        // A ring that collapsed to a point or a line at this scale draws nothing.
        if ring.len() >= 3 {
            for (i, &(x, y)) in ring.iter().enumerate() {
                self.out.push(if i == 0 { 'M' } else { 'L' });
                self.write_coord(x);
                self.out.push(',');
                self.write_coord(y);
            }
            self.out.push('Z');
        }
        self.ring = ring;
    }
}

/// Collects the bounds of everything streamed into it.
impl RingSink for super::fit::Bounds {
    fn ring_start(&mut self) {}
    fn point(&mut self, x: f64, y: f64) {
        self.add(x, y);
    }
    fn ring_end(&mut self) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(rings: &[&[(f64, f64)]]) -> String {
        let mut p = PathString::new();
        for ring in rings {
            p.ring_start();
            for &(x, y) in *ring {
                p.point(x, y);
            }
            p.ring_end();
        }
        p.finish()
    }

    #[test]
    fn golden_square_with_hole() {
        let outer: &[(f64, f64)] = &[
            (0.0, 0.0),
            (10.0, 0.0),
            (10.0, 10.0),
            (0.0, 10.0),
            (0.0, 0.0),
        ];
        let hole: &[(f64, f64)] = &[(2.25, 2.0), (2.0, 8.0), (8.0, 8.04), (2.25, 2.0)];
        assert_eq!(path(&[outer, hole]), "M0,0L10,0L10,10L0,10ZM2.3,2L2,8L8,8Z");
    }

    #[test]
    fn negative_coordinates_and_rounding() {
        let ring: &[(f64, f64)] = &[(-0.04, -1.25), (-10.96, 3.0), (5.0, -0.06)];
        // -0.04 rounds to 0 (no "-0"), -1.25 to -1.3, -0.06 to -0.1.
        assert_eq!(path(&[ring]), "M0,-1.3L-11,3L5,-0.1Z");
    }

    #[test]
    fn more_decimals_for_magnified_paths() {
        let mut p = PathString::with_decimals(2);
        p.ring_start();
        for (x, y) in [(1.006, -0.05), (2.5, 3.0), (0.123, 7.891)] {
            p.point(x, y);
        }
        p.ring_end();
        assert_eq!(p.finish(), "M1.01,-0.05L2.5,3L0.12,7.89Z");
    }

    #[test]
    fn collapsed_rings_draw_nothing() {
        let tiny: &[(f64, f64)] = &[(1.0, 1.0), (1.01, 1.02), (1.04, 0.99), (1.0, 1.0)];
        assert_eq!(path(&[tiny]), "");
        let line: &[(f64, f64)] = &[(1.0, 1.0), (5.0, 1.0), (1.0, 1.0)];
        assert_eq!(path(&[line]), "");
    }

    #[test]
    fn non_finite_points_do_not_panic() {
        let bad: &[(f64, f64)] = &[(f64::NAN, 1.0), (f64::INFINITY, 2.0), (3.0, -f64::INFINITY)];
        let _ = path(&[bad]);
    }
}
