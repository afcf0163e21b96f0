//! SVG path strings from projected rings (d3-geo's `PathString` sink), and their bounds read
//! back from a path string.
//!
//! Paths are written in whole *path units* (a tenth of a map unit for the world map, a
//! hundredth for the detailed one), the first point of a ring absolute and the rest relative:
//! `M6605 1163l-30-13 1 43z`. The map draws them in a group scaled by the unit. Small integer
//! steps are about half the bytes of absolute coordinates with decimals, and they are written
//! with integer formatting only (no float formatting code in the WebAssembly). Consecutive
//! points that round to the same place are dropped: at world scale many of the source's
//! vertices collapse, which shrinks the DOM.

use std::fmt::Write;

use super::fit::Bounds;

/// Receives rings of screen points, the way d3-geo streams `lineStart/point/lineEnd`.
pub trait RingSink {
    fn ring_start(&mut self);
    fn point(&mut self, x: f64, y: f64);
    fn ring_end(&mut self);
}

/// Path units per map unit of the world map (0.1 map unit: a tenth of a pixel on a
/// 1000 px wide world).
pub const WORLD_UNITS: u32 = 10;
/// Path units per map unit of the detailed map, shown magnified up to 32 times.
pub const DETAIL_UNITS: u32 = 100;

/// Builds an SVG path `d` attribute in integer path units.
#[derive(Debug)]
pub struct PathString {
    out: String,
    ring: Vec<(i64, i64)>,
    units: f64,
}

impl Default for PathString {
    fn default() -> Self {
        Self::new(WORLD_UNITS)
    }
}

impl PathString {
    /// A path of `units` path units per map unit (1 to 10,000).
    pub fn new(units: u32) -> Self {
        Self {
            out: String::new(),
            ring: Vec::new(),
            units: f64::from(units.clamp(1, 10_000)),
        }
    }

    pub fn finish(self) -> String {
        self.out
    }

    /// `v` after the previous number: a space unless the minus sign separates it.
    fn number(&mut self, v: i64, first: bool) {
        if !first && v >= 0 {
            self.out.push(' ');
        }
        // Writing to a String cannot fail.
        let _ = write!(self.out, "{v}");
    }
}

impl RingSink for PathString {
    fn ring_start(&mut self) {
        self.ring.clear();
    }

    fn point(&mut self, x: f64, y: f64) {
        // Saturating float-to-int cast: NaN becomes 0 and huge values clamp, never panic.
        let p = (
            (x * self.units).round() as i64,
            (y * self.units).round() as i64,
        );
        if self.ring.last() != Some(&p) {
            self.ring.push(p);
        }
    }

    fn ring_end(&mut self) {
        let mut ring = std::mem::take(&mut self.ring);
        // The closing point repeats the first; "z" draws that edge.
        if ring.len() > 1 && ring.first() == ring.last() {
            ring.pop();
        }
        // A ring that collapsed to a point or a line at this scale draws nothing.
        if ring.len() >= 3 {
            let (x0, y0) = ring[0];
            self.out.push('M');
            self.number(x0, true);
            self.number(y0, false);
            self.out.push('l');
            let mut prev = (x0, y0);
            for (i, &(x, y)) in ring.iter().enumerate().skip(1) {
                self.number(x.saturating_sub(prev.0), i == 1);
                self.number(y.saturating_sub(prev.1), false);
                prev = (x, y);
            }
            self.out.push('z');
        }
        self.ring = ring;
    }
}

/// Collects the bounds of everything streamed into it.
impl RingSink for Bounds {
    fn ring_start(&mut self) {}
    fn point(&mut self, x: f64, y: f64) {
        self.add(x, y);
    }
    fn ring_end(&mut self) {}
}

/// The rings of a path string (`M`, `m`, `L`, `l`, `H`, `h`, `V`, `v`, `Z`, `z`, with
/// implicit repetition), in path units. Anything else ends the path: a path string this app
/// did not write draws what it can, and never panics.
pub fn rings(d: &str) -> Vec<Vec<(f64, f64)>> {
    let mut out: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut ring: Vec<(f64, f64)> = Vec::new();
    let (mut x, mut y, mut start) = (0.0, 0.0, (0.0, 0.0));
    let mut command = b'M';
    let mut numbers = Numbers::new(d);
    loop {
        match numbers.command() {
            Some(c @ (b'Z' | b'z')) => {
                if ring.len() > 1 {
                    out.push(std::mem::take(&mut ring));
                }
                ring.clear();
                (x, y) = start;
                command = c;
                continue;
            }
            Some(c) => command = c,
            None if numbers.done() => break,
            None => {}
        }
        let Some(a) = numbers.next() else { break };
        let relative = command.is_ascii_lowercase();
        let (dx, dy) = if relative { (x, y) } else { (0.0, 0.0) };
        match command.to_ascii_uppercase() {
            b'M' => {
                let Some(b) = numbers.next() else { break };
                if ring.len() > 1 {
                    out.push(std::mem::take(&mut ring));
                }
                ring.clear();
                (x, y) = (dx + a, dy + b);
                start = (x, y);
                ring.push((x, y));
                // Pairs after a moveto are linetos of the same kind.
                command = if relative { b'l' } else { b'L' };
            }
            b'L' => {
                let Some(b) = numbers.next() else { break };
                (x, y) = (dx + a, dy + b);
                ring.push((x, y));
            }
            b'H' => {
                x = dx + a;
                ring.push((x, y));
            }
            b'V' => {
                y = if relative { y + a } else { a };
                ring.push((x, y));
            }
            _ => break,
        }
    }
    if ring.len() > 1 {
        out.push(ring);
    }
    out
}

/// Numbers and command letters of a path string.
struct Numbers<'a> {
    s: &'a [u8],
    i: usize,
}

impl<'a> Numbers<'a> {
    fn new(d: &'a str) -> Self {
        Self {
            s: d.as_bytes(),
            i: 0,
        }
    }

    fn skip_separators(&mut self) {
        while self
            .s
            .get(self.i)
            .is_some_and(|c| c.is_ascii_whitespace() || *c == b',')
        {
            self.i += 1;
        }
    }

    fn done(&mut self) -> bool {
        self.skip_separators();
        self.i >= self.s.len()
    }

    /// The command letter here, if there is one.
    fn command(&mut self) -> Option<u8> {
        self.skip_separators();
        let c = *self.s.get(self.i)?;
        c.is_ascii_alphabetic().then(|| {
            self.i += 1;
            c
        })
    }

    fn next(&mut self) -> Option<f64> {
        self.skip_separators();
        let start = self.i;
        let mut seen_dot = false;
        while let Some(&c) = self.s.get(self.i) {
            let sign = (c == b'-' || c == b'+') && self.i == start;
            let dot = c == b'.' && !seen_dot;
            if !(c.is_ascii_digit() || sign || dot) {
                break;
            }
            seen_dot |= dot;
            self.i += 1;
        }
        let text = std::str::from_utf8(self.s.get(start..self.i)?).ok()?;
        text.parse::<f64>().ok().filter(|v| v.is_finite())
    }
}

/// Bounds of a path written in `units` path units per map unit, in map units: of everything,
/// and of its largest ring (by area: metropolitan France, mainland Ecuador), which is where a
/// marker goes and what "near the shape" means when picking. `None` for a path with no ring.
pub fn bounds_of(d: &str, units: u32) -> Option<(Bounds, Bounds)> {
    let scale = 1.0 / f64::from(units.max(1));
    let mut all = Bounds::EMPTY;
    let mut main = (f64::NEG_INFINITY, Bounds::EMPTY);
    for ring in rings(d) {
        let mut b = Bounds::EMPTY;
        for &(x, y) in &ring {
            b.add(x * scale, y * scale);
        }
        all.add(b.x0, b.y0);
        all.add(b.x1, b.y1);
        let area = shoelace(&ring);
        if area > main.0 {
            main = (area, b);
        }
    }
    (!all.is_empty()).then_some((all, main.1))
}

/// Twice the unsigned area of a ring.
fn shoelace(ring: &[(f64, f64)]) -> f64 {
    ring.iter()
        .zip(ring.iter().cycle().skip(1))
        .map(|(a, b)| a.0 * b.1 - b.0 * a.1)
        .sum::<f64>()
        .abs()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The path string of `rings`, as the map writes it (also for `written_bounds`'s tests).
    pub(crate) fn path(rings: &[&[(f64, f64)]]) -> String {
        let mut p = PathString::default();
        for ring in rings {
            p.ring_start();
            for &(x, y) in *ring {
                p.point(x, y);
            }
            p.ring_end();
        }
        p.finish()
    }

    const OUTER: &[(f64, f64)] = &[
        (0.0, 0.0),
        (10.0, 0.0),
        (10.0, 10.0),
        (0.0, 10.0),
        (0.0, 0.0),
    ];

    #[test]
    fn golden_square_with_hole() {
        let hole: &[(f64, f64)] = &[(2.25, 2.0), (2.0, 8.0), (8.0, 8.04), (2.25, 2.0)];
        assert_eq!(
            path(&[OUTER, hole]),
            "M0 0l100 0 0 100-100 0zM23 20l-3 60 60 0z"
        );
    }

    #[test]
    fn negative_coordinates_and_rounding() {
        let ring: &[(f64, f64)] = &[(-0.04, -1.25), (-10.96, 3.0), (5.0, -0.06)];
        // -0.04 rounds to 0, -1.25 to -13 tenths, -0.06 to -1.
        assert_eq!(path(&[ring]), "M0-13l-110 43 160-31z");
    }

    #[test]
    fn more_units_for_magnified_paths() {
        let mut p = PathString::new(DETAIL_UNITS);
        p.ring_start();
        for (x, y) in [(1.006, -0.05), (2.5, 3.0), (0.123, 7.891)] {
            p.point(x, y);
        }
        p.ring_end();
        assert_eq!(p.finish(), "M101-5l149 305-238 489z");
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

    #[test]
    fn written_paths_read_back() {
        let hole: &[(f64, f64)] = &[(2.0, 2.0), (2.0, 8.0), (8.0, 8.0), (2.0, 2.0)];
        let d = path(&[OUTER, hole]);
        let rings = rings(&d);
        assert_eq!(rings.len(), 2);
        assert_eq!(
            rings[0],
            [(0.0, 0.0), (100.0, 0.0), (100.0, 100.0), (0.0, 100.0)]
        );
        let (all, main) = bounds_of(&d, WORLD_UNITS).expect("rings");
        assert_eq!((all.x0, all.y0, all.x1, all.y1), (0.0, 0.0, 10.0, 10.0));
        assert_eq!(main, all, "the outer ring is the largest");
    }

    #[test]
    fn main_bounds_are_those_of_the_largest_ring() {
        let island: &[(f64, f64)] = &[(50.0, 0.0), (51.0, 0.0), (51.0, 1.0), (50.0, 0.0)];
        let (all, main) = bounds_of(&path(&[island, OUTER]), WORLD_UNITS).expect("rings");
        assert_eq!(all.x1, 51.0);
        assert_eq!(main.x1, 10.0);
    }

    #[test]
    fn other_path_syntax_is_read_or_ends_the_path() {
        let absolute = rings("M1,1 L5,1 L5,5 Z m1 1 h2 v2 H1 V0z");
        assert_eq!(absolute.len(), 2);
        assert_eq!(
            absolute[1],
            [(2.0, 2.0), (4.0, 2.0), (4.0, 4.0), (1.0, 4.0), (1.0, 0.0)]
        );
        for junk in [
            "",
            "Q1 2 3 4",
            "M1",
            "M1 2 L",
            "Mx",
            "M1e999 2 3 4 5 6",
            "—",
        ] {
            let _ = rings(junk);
            let _ = bounds_of(junk, 10);
        }
        assert_eq!(bounds_of("", 10), None);
    }
}
