//! The index stage: lookups by id, and each entity's headline figures, built once when a
//! dataset or a map loads. The map, the list, the table and the details look entities and
//! shapes up for every shape and row; a linear scan each time made a dataset of every country
//! slow.

use std::collections::HashMap;

/// Positions by id in one list of the model.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ids(HashMap<String, usize>);

impl Ids {
    /// The positions of `ids` (the first of duplicates wins; the check stage refuses them).
    pub fn of<'a>(ids: impl IntoIterator<Item = &'a str>) -> Self {
        let mut map = HashMap::new();
        for (i, id) in ids.into_iter().enumerate() {
            map.entry(id.to_owned()).or_insert(i);
        }
        Self(map)
    }

    /// The item with id `id` in `items`, found through the index; a stale index (the list
    /// changed without [`Ids::of`] again) falls back to a scan rather than a wrong item.
    pub fn find<'a, T>(
        &self,
        items: &'a [T],
        id: &str,
        id_of: impl Fn(&T) -> &str,
    ) -> Option<&'a T> {
        self.0
            .get(id)
            .and_then(|&i| items.get(i))
            .filter(|t| id_of(t) == id)
            .or_else(|| items.iter().find(|t| id_of(t) == id))
    }

    /// The position of `id`, which may be stale: check the item found there.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.0.get(id).copied()
    }

    pub fn contains(&self, id: &str) -> bool {
        self.0.contains_key(id)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Whether a figure of `year` and `value` stands for its entity and indicator rather than the
/// one chosen so far, of `best` year: the most recent finite value, the data file's first on a
/// tie.
pub fn newer_headline(year: i32, value: f64, best: Option<i32>) -> bool {
    value.is_finite() && best.is_none_or(|b| year > b)
}

/// Each entity's headline figure ([`newer_headline`]) for each indicator it has figures of:
/// by entity position, (indicator position, figure position) pairs.
///
/// An indicator change ranks, colours and labels every entity by its headline figure, and each
/// of the three scanned all of the entity's figures: 175 entities with 120 figures each made
/// it 63,000 comparisons a change. Built in one pass over the figures when the dataset is
/// indexed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Headlines(Vec<Vec<(usize, usize)>>);

impl Headlines {
    /// `entities`: each entity's figures, as (indicator, year, value).
    pub fn of<'a, F>(entities: impl IntoIterator<Item = F>, indicators: &Ids) -> Self
    where
        F: IntoIterator<Item = (&'a str, i32, f64)>,
    {
        Self(entities.into_iter().map(|e| one(e, indicators)).collect())
    }

    /// The position in its figures of entity `at`'s headline for indicator `indicator`:
    /// `Some(None)` when it has none, `None` when the index does not reach the entity.
    pub fn get(&self, at: usize, indicator: usize) -> Option<Option<usize>> {
        let slots = self.0.get(at)?;
        Some(slots.iter().find(|(i, _)| *i == indicator).map(|(_, k)| *k))
    }
}

/// An indicator met in an entity's figures: its position, and the best figure so far (its
/// position and year).
struct Met<'a> {
    indicator: &'a str,
    position: usize,
    best: Option<(usize, i32)>,
}

fn one<'a>(
    figures: impl IntoIterator<Item = (&'a str, i32, f64)>,
    ids: &Ids,
) -> Vec<(usize, usize)> {
    let mut met: Vec<Met> = Vec::new();
    let mut last = None;
    for (k, (indicator, year, value)) in figures.into_iter().enumerate() {
        // An indicator's figures mostly follow each other: the previous figure's first.
        let at = match last.filter(|&j: &usize| met[j].indicator == indicator) {
            Some(j) => j,
            None => match met.iter().position(|m| m.indicator == indicator) {
                Some(j) => j,
                None => {
                    let Some(position) = ids.position(indicator) else {
                        continue;
                    };
                    met.push(Met {
                        indicator,
                        position,
                        best: None,
                    });
                    met.len() - 1
                }
            },
        };
        last = Some(at);
        if newer_headline(year, value, met[at].best.map(|(_, y)| y)) {
            met[at].best = Some((k, year));
        }
    }
    met.into_iter()
        .filter_map(|m| Some((m.position, m.best?.0)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_by_id_and_survives_a_stale_index() {
        let items = vec!["FRA".to_owned(), "COL".to_owned()];
        let ids = Ids::of(items.iter().map(String::as_str));
        assert_eq!(ids.find(&items, "COL", |s| s), Some(&items[1]));
        assert_eq!(ids.find(&items, "XXX", |s| s), None);
        let changed = vec!["COL".to_owned()];
        assert_eq!(ids.find(&changed, "COL", |s| s), Some(&changed[0]));
        assert_eq!(ids.find(&changed, "FRA", |s| s), None);
    }
}
