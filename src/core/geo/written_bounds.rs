//! Each shape's bounds as the first view writes them into its path (`data-bounds`), and read
//! back by the page's map as it starts: reading and parsing every path's `d` instead was a
//! third of the main module's start on a slow phone.

use std::fmt::Write;

use super::fit::Bounds;

/// The attribute in which the first view writes each shape's
/// [`bounds_of`](super::path::bounds_of), so that the page's map need not read and parse every
/// path's `d` (most of the page's bytes) as it starts.
pub const DATA_BOUNDS: &str = "data-bounds";

/// [`bounds_of`](super::path::bounds_of)'s answer in whole path units (integer formatting
/// only): `x0 y0 x1 y1`, then the largest ring's four where they differ.
pub fn write_bounds(all: &Bounds, main: &Bounds, units: u32) -> String {
    let u = f64::from(units.max(1));
    // Saturating float-to-int casts: the bounds are of integer path units, never huge.
    let ints = |b: &Bounds| [b.x0, b.y0, b.x1, b.y1].map(|v| (v * u).round() as i64);
    let mut out = String::new();
    let mut parts = ints(all).to_vec();
    if main != all {
        parts.extend(ints(main));
    }
    for (i, v) in parts.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let _ = write!(out, "{v}");
    }
    out
}

/// [`write_bounds`] read back, in map units: the same numbers
/// [`bounds_of`](super::path::bounds_of) gives for the path (its points are whole path units,
/// scaled the same way). `None` unless four or eight integers.
pub fn read_bounds(text: &str, units: u32) -> Option<(Bounds, Bounds)> {
    let scale = 1.0 / f64::from(units.max(1));
    let mut v = [0.0; 8];
    let mut n = 0;
    for part in text.split(' ') {
        *v.get_mut(n)? = part.parse::<i64>().ok()? as f64 * scale;
        n += 1;
    }
    let b = |i: usize| Bounds {
        x0: v[i],
        y0: v[i + 1],
        x1: v[i + 2],
        y1: v[i + 3],
    };
    match n {
        4 => Some((b(0), b(0))),
        8 => Some((b(0), b(4))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::geo::path::tests::path;
    use crate::core::geo::path::{bounds_of, WORLD_UNITS};

    #[test]
    fn bounds_read_back_are_those_of_the_path() {
        let island: &[(f64, f64)] = &[(90.0, 10.0), (91.0, 10.0), (91.0, 11.5)];
        let main: &[(f64, f64)] = &[(1.0, 2.0), (30.0, 2.0), (30.0, 40.0), (1.0, 40.0)];
        for d in [path(&[main]), path(&[island, main])] {
            let (all, largest) = bounds_of(&d, WORLD_UNITS).expect("rings");
            let text = write_bounds(&all, &largest, WORLD_UNITS);
            assert_eq!(
                read_bounds(&text, WORLD_UNITS),
                Some((all, largest)),
                "{text}"
            );
        }
        assert_eq!(
            write_bounds(
                &bounds_of(&path(&[main]), 10).expect("ring").0,
                &bounds_of(&path(&[main]), 10).expect("ring").1,
                10
            ),
            "10 20 300 400"
        );
        for junk in [
            "",
            "1 2 3",
            "1 2 3 4 5",
            "1 2 3 4 5 6 7 8 9",
            "a b c d",
            "1  2 3 4",
            "1.5 2 3 4",
        ] {
            assert_eq!(read_bounds(junk, 10), None, "{junk:?}");
        }
    }
}
