//! Keyboard order of the map's entities: the map is one Tab stop, and inside it the arrow keys
//! move from entity to entity, west to east (ties north to south), the order a sighted reader
//! scans a world map in. Pure, so the order is tested natively.

use crate::core::geo::fit::Bounds;

/// A move the arrow, Home and End keys ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Next,
    Previous,
    First,
    Last,
}

impl Move {
    /// The move of a key (`KeyboardEvent.key`): → and ↓ go east, ← and ↑ go west.
    pub fn of_key(key: &str) -> Option<Move> {
        match key {
            "ArrowRight" | "ArrowDown" => Some(Move::Next),
            "ArrowLeft" | "ArrowUp" => Some(Move::Previous),
            "Home" => Some(Move::First),
            "End" => Some(Move::Last),
            _ => None,
        }
    }
}

/// Ids sorted west to east by the centre of each main polygon (metropolitan France, not
/// French Guiana), ties north to south, then by id: the same input always gives one order.
pub fn west_to_east<'a>(entities: impl IntoIterator<Item = (&'a str, &'a Bounds)>) -> Vec<String> {
    let mut items: Vec<(f64, f64, &str)> = entities
        .into_iter()
        .map(|(id, b)| ((b.x0 + b.x1) / 2.0, (b.y0 + b.y1) / 2.0, id))
        .filter(|(x, y, _)| x.is_finite() && y.is_finite())
        .collect();
    items.sort_by(|a, b| {
        a.0.total_cmp(&b.0)
            .then(a.1.total_cmp(&b.1))
            .then(a.2.cmp(b.2))
    });
    items.into_iter().map(|(_, _, id)| id.to_owned()).collect()
}

/// Where a move from `current` lands in `order`; from nowhere (or an id not in the order),
/// `Next` starts at the first and `Previous` at the last. The ends do not wrap: a screen
/// reader user hears that the end is reached.
pub fn step<'a>(order: &'a [String], current: Option<&str>, m: Move) -> Option<&'a str> {
    let last = order.len().checked_sub(1)?;
    let at = current.and_then(|c| order.iter().position(|id| id == c));
    let i = match (m, at) {
        (Move::First, _) | (Move::Next, None) => 0,
        (Move::Last, _) | (Move::Previous, None) => last,
        (Move::Next, Some(i)) => (i + 1).min(last),
        (Move::Previous, Some(i)) => i.saturating_sub(1),
    };
    order.get(i).map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn b(x: f64, y: f64) -> Bounds {
        Bounds {
            x0: x - 1.0,
            y0: y - 1.0,
            x1: x + 1.0,
            y1: y + 1.0,
        }
    }

    #[test]
    fn entities_are_ordered_west_to_east_then_north_to_south() {
        let (col, fra, mar, lux, bad) = (
            b(300.0, 250.0),
            b(480.0, 120.0),
            b(470.0, 170.0),
            b(480.0, 110.0),
            b(f64::NAN, 0.0),
        );
        let order = west_to_east([
            ("FRA", &fra),
            ("COL", &col),
            ("MAR", &mar),
            ("LUX", &lux),
            ("ZZZ", &bad),
        ]);
        assert_eq!(order, ["COL", "MAR", "LUX", "FRA"]);
    }

    #[test]
    fn steps_stop_at_the_ends() {
        let order: Vec<String> = ["COL", "MAR", "FRA"].map(String::from).to_vec();
        assert_eq!(step(&order, None, Move::Next), Some("COL"));
        assert_eq!(step(&order, None, Move::Previous), Some("FRA"));
        assert_eq!(step(&order, Some("COL"), Move::Next), Some("MAR"));
        assert_eq!(step(&order, Some("FRA"), Move::Next), Some("FRA"));
        assert_eq!(step(&order, Some("COL"), Move::Previous), Some("COL"));
        assert_eq!(step(&order, Some("MAR"), Move::Last), Some("FRA"));
        assert_eq!(step(&order, Some("XYZ"), Move::Next), Some("COL"));
        assert_eq!(step(&[], Some("COL"), Move::Next), None);
        assert_eq!(Move::of_key("ArrowDown"), Some(Move::Next));
        assert_eq!(Move::of_key("a"), None);
    }

    proptest! {
        #[test]
        fn next_then_previous_returns_except_at_the_end(n in 1usize..30, i in 0usize..30) {
            let order: Vec<String> = (0..n).map(|k| format!("E{k:02}")).collect();
            let i = i % n;
            let here = order[i].as_str();
            let there = step(&order, Some(here), Move::Next);
            prop_assert!(there.is_some());
            let back = step(&order, there, Move::Previous);
            if i + 1 < n {
                prop_assert_eq!(back, Some(here));
            }
        }
    }
}
