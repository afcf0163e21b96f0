//! The index stage: lookups by id, built once when a dataset or a map loads. The map, the list,
//! the table and the details look entities and shapes up for every shape and row; a linear
//! scan each time made a dataset of every country slow.

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
