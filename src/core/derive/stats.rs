//! Statistics for the choropleth and the comparison chart: one headline figure per entity and
//! indicator, and classes for colouring.
//!
//! Figures from different years and national definitions are not comparable; they are shown
//! side by side with their year and definition, never merged or averaged.

use std::cmp::Ordering;
use std::collections::HashMap;

use crate::core::index::newer_headline;
use crate::core::model::dataset::{Dataset, Entity, Figure};
use crate::core::write::format::format_number;

/// Colour-blind-safe sequential palette (ColorBrewer YlGnBu, 5 classes), light to dark.
pub const PALETTE: [&str; 5] = crate::core::model::theme::CLASSES;

/// Most classes a choropleth uses.
pub const MAX_CLASSES: usize = PALETTE.len();

/// The figure that stands for `entity` on `indicator`: the most recent one (the data file's
/// first on a tie), found by scanning its figures. [`Dataset::headline`] looks it up.
pub fn headline<'a>(entity: &'a Entity, indicator: &str) -> Option<&'a Figure> {
    let mut best: Option<&Figure> = None;
    for f in entity.figures.iter().filter(|f| f.indicator == indicator) {
        if newer_headline(f.year, f.value, best.map(|b| b.year)) {
            best = Some(f);
        }
    }
    best
}

impl Dataset {
    /// [`headline`] through the index; an entity not of this dataset (a copy), scanned.
    pub fn headline<'a>(&self, e: &'a Entity, indicator: &str) -> Option<&'a Figure> {
        let index = &self.index;
        let at = index.entities.position(&e.id);
        let known = at.filter(|&a| self.entities.get(a).is_some_and(|x| std::ptr::eq(x, e)));
        match known.zip(index.indicators.position(indicator)) {
            Some((a, i)) => index.headlines.get(a, i)?.and_then(|k| e.figures.get(k)),
            None => headline(e, indicator),
        }
    }
}

/// Entities with a headline figure for `indicator`, largest value first (then by name).
pub fn ranked<'a>(entities: &[&'a Entity], indicator: &str) -> Vec<(&'a Entity, &'a Figure)> {
    ranked_by(entities, &|e| headline(e, indicator))
}

/// [`ranked`] with the headline figures given by `headline` (`Dataset::headline`). A `dyn`
/// rather than a generic: each caller's own copy of the sort cost WebAssembly bytes.
pub fn ranked_by<'a>(
    entities: &[&'a Entity],
    headline: &dyn Fn(&'a Entity) -> Option<&'a Figure>,
) -> Vec<(&'a Entity, &'a Figure)> {
    let mut rows: Vec<_> = entities
        .iter()
        .filter_map(|e| headline(e).map(|f| (*e, f)))
        .collect();
    rows.sort_by(|a, b| {
        b.1.value
            .partial_cmp(&a.1.value)
            .unwrap_or(Ordering::Equal)
            .then_with(|| a.0.name.cmp(&b.0.name))
    });
    rows
}

/// Smallest and largest reference year of some figures.
pub fn year_range<'a>(figures: impl IntoIterator<Item = &'a Figure>) -> Option<(i32, i32)> {
    figures
        .into_iter()
        .map(|f| f.year)
        .fold(None, |acc, y| match acc {
            None => Some((y, y)),
            Some((lo, hi)) => Some((lo.min(y), hi.max(y))),
        })
}

/// Classes of values by rank (quantiles): each class holds about as many distinct values as the
/// others, which suits a handful of values spread over orders of magnitude.
#[derive(Clone, Debug, PartialEq)]
pub struct Classes {
    /// Smallest and largest value of each class, ascending and disjoint.
    pub ranges: Vec<(f64, f64)>,
}

impl Classes {
    pub fn new(values: &[f64]) -> Self {
        let mut distinct: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
        distinct.sort_by(|a, b| a.partial_cmp(b).unwrap_or(Ordering::Equal));
        distinct.dedup();
        let n = distinct.len();
        let count = n.min(MAX_CLASSES);
        let ranges = (0..count)
            .map(|i| {
                let lo = distinct[i * n / count];
                let hi = distinct[(i + 1) * n / count - 1];
                (lo, hi)
            })
            .collect();
        Self { ranges }
    }

    /// Class of `value`, or `None` if it is not finite or outside every class.
    pub fn class_of(&self, value: f64) -> Option<usize> {
        if !value.is_finite() {
            return None;
        }
        self.ranges
            .iter()
            .position(|(lo, hi)| value >= *lo && value <= *hi)
    }

    /// Palette index of class `i`: spread over the palette so few classes still span light to
    /// dark.
    pub fn palette_index(&self, i: usize) -> usize {
        let n = self.ranges.len();
        let index = match n {
            0 | 1 => MAX_CLASSES / 2,
            _ => (i.min(n - 1) * (MAX_CLASSES - 1) + (n - 1) / 2) / (n - 1),
        };
        index.min(MAX_CLASSES - 1)
    }

    pub fn colour(&self, i: usize) -> &'static str {
        PALETTE[self.palette_index(i)]
    }
}

/// What the map shows for an indicator: the classes of the entities' headline figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Choropleth {
    pub indicator: String,
    pub classes: Classes,
    /// Palette index of each entity that has a figure.
    pub palette: HashMap<String, usize>,
    /// Reference years of the figures shown; none when no entity has a figure.
    pub years: Option<(i32, i32)>,
}

impl Choropleth {
    /// "figures of 2014–2023" (or of one year); `None` when there is no figure.
    pub fn years_label(&self) -> Option<String> {
        self.years.map(|(a, b)| {
            if a == b {
                format!("figures of {a}")
            } else {
                format!("figures of {a}–{b}")
            }
        })
    }

    /// Each class's range as the legends print it ("2,223 – 15,064", `suffix` after it).
    pub fn range_labels(&self, suffix: &str) -> Vec<String> {
        self.range_labels_with(suffix, &format_number)
    }

    /// [`Self::range_labels`] with numbers formatted by `number` (the page's language).
    pub fn range_labels_with(&self, suffix: &str, number: &dyn Fn(f64) -> String) -> Vec<String> {
        self.classes
            .ranges
            .iter()
            .map(|(lo, hi)| {
                if lo == hi {
                    format!("{}{suffix}", number(*lo))
                } else {
                    format!("{} – {}{suffix}", number(*lo), number(*hi))
                }
            })
            .collect()
    }

    /// The choropleth of `indicator` over `entities` (those the filters leave).
    pub fn new(entities: &[&Entity], indicator: &str) -> Self {
        Self::of_ranked(indicator, &ranked(entities, indicator))
    }

    /// The choropleth of `indicator` over its `figures`, ranked ([`ranked_by`]).
    pub fn of_ranked(indicator: &str, figures: &[(&Entity, &Figure)]) -> Self {
        let values: Vec<f64> = figures.iter().map(|(_, f)| f.value).collect();
        let classes = Classes::new(&values);
        let palette = figures
            .iter()
            .filter_map(|(e, f)| {
                let class = classes.class_of(f.value)?;
                Some((e.id.clone(), classes.palette_index(class)))
            })
            .collect();
        Self {
            indicator: indicator.to_owned(),
            years: year_range(figures.iter().map(|(_, f)| *f)),
            classes,
            palette,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn classes_split_distinct_values_by_rank() {
        let c = Classes::new(&[1.0, 10.0, 100.0, 1000.0, 10_000.0, 100_000.0, 5.0, 5.0]);
        assert_eq!(c.ranges.len(), 5);
        assert_eq!(c.class_of(1.0), Some(0));
        assert_eq!(c.class_of(100_000.0), Some(4));
        assert_eq!(c.class_of(f64::NAN), None);
        assert_eq!(c.colour(0), PALETTE[0]);
        assert_eq!(c.colour(4), PALETTE[4]);
        let two = Classes::new(&[3.0, 7.0]);
        assert_eq!(two.ranges, vec![(3.0, 3.0), (7.0, 7.0)]);
        assert_eq!((two.colour(0), two.colour(1)), (PALETTE[0], PALETTE[4]));
        assert!(Classes::new(&[]).ranges.is_empty());
        assert!(Classes::new(&[f64::INFINITY]).ranges.is_empty());
    }

    proptest! {
        #[test]
        fn every_finite_value_has_one_class_in_order(values in proptest::collection::vec(-1e9f64..1e9, 1..40)) {
            let c = Classes::new(&values);
            for v in &values {
                prop_assert!(c.class_of(*v).is_some());
            }
            for w in c.ranges.windows(2) {
                prop_assert!(w[0].1 < w[1].0);
            }
            let mut sorted = values.clone();
            sorted.sort_by(|a, b| a.partial_cmp(b).unwrap_or(Ordering::Equal));
            for w in sorted.windows(2) {
                prop_assert!(c.class_of(w[0]) <= c.class_of(w[1]));
            }
        }
    }

    use crate::core::check::dataset::parse_dataset;

    fn built_in() -> Dataset {
        let text = include_str!("../../../assets/data/ilg-sse.json");
        parse_dataset(text).expect("the built-in dataset")
    }

    /// A figure: which indicator (the last one unknown to the dataset), year, and value.
    fn figure() -> impl Strategy<Value = (usize, i32, f64)> {
        let value = prop_oneof![
            4 => 0.0..1e6,
            1 => Just(f64::NAN),
            1 => Just(f64::INFINITY),
        ];
        (0..4usize, 2000..2006i32, value)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        /// The index finds the very figure the scan finds, for every entity and indicator:
        /// the latest year, the file's first on a tie, no value that is not finite, nothing
        /// for an indicator the entity has no figure of.
        #[test]
        fn the_index_finds_what_the_scan_finds(
            figures in prop::collection::vec(prop::collection::vec(figure(), 0..12), 1..5)
        ) {
            let mut d = built_in();
            let template = d.entities.iter().flat_map(|e| &e.figures).next().unwrap().clone();
            let ids: Vec<String> = d.indicators.iter().take(3).map(|i| i.id.clone())
                .chain(["unknown".to_owned()]).collect();
            for (e, figs) in d.entities.iter_mut().zip(&figures) {
                e.figures = figs.iter().map(|&(i, year, value)| {
                    let mut f = template.clone();
                    (f.indicator, f.year, f.value) = (ids[i].clone(), year, value);
                    f
                }).collect();
            }
            let d = d.indexed();
            for e in &d.entities {
                for i in &ids {
                    let (indexed, scanned) = (d.headline(e, i), headline(e, i));
                    prop_assert!(
                        indexed.map(|f| f as *const _) == scanned.map(|f| f as *const _),
                        "{} {i}: {indexed:?} against {scanned:?}", e.id
                    );
                }
            }
        }
    }

    #[test]
    fn a_copy_of_an_entity_is_scanned_not_looked_up() {
        let d = built_in();
        let indicator = d.indicators[0].id.clone();
        let e = d
            .entities
            .iter()
            .find(|e| headline(e, &indicator).is_some())
            .unwrap();
        let mut copy = e.clone();
        copy.figures.reverse();
        assert_eq!(d.headline(&copy, &indicator), headline(&copy, &indicator));
        assert!(std::ptr::eq(
            d.headline(e, &indicator).unwrap(),
            headline(e, &indicator).unwrap()
        ));
    }
}
