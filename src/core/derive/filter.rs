//! Which entities match the visitor's filters (status, region, issue area) at the chosen date,
//! and the counts and one-line summary that describe the result.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::core::model::dataset::{Dataset, Entity, Status};

/// Where a shape lies in the UN M49 scheme, as the boundary files give it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub region: String,
    pub subregion: String,
}

/// Place of every shape (and entity) id.
pub type Places = HashMap<String, Place>;

/// URL- and id-safe form of a name: `"South-eastern Asia"` → `"south-eastern-asia"`.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Places of the drawn shapes, given as `(id, region, subregion)`. An entity whose shape has no
/// region (Quebec's province file has none) takes its parent's.
pub fn places<'a>(
    dataset: Option<&Dataset>,
    shapes: impl IntoIterator<Item = (&'a str, Option<&'a str>, Option<&'a str>)>,
) -> Places {
    let mut places: Places = shapes
        .into_iter()
        .filter_map(|(id, region, subregion)| {
            let region = region?.to_owned();
            let subregion = subregion.map_or_else(|| region.clone(), str::to_owned);
            Some((id.to_owned(), Place { region, subregion }))
        })
        .collect();
    for entity in dataset.map(|d| d.entities.as_slice()).unwrap_or_default() {
        if places.contains_key(&entity.id) {
            continue;
        }
        if let Some(place) = entity.parent.as_ref().and_then(|p| places.get(p)).cloned() {
            places.insert(entity.id.clone(), place);
        }
    }
    places
}

/// Regions the map does not draw (`core::geo::OMITTED` leaves Antarctica off), so none to pick.
const UNDRAWN_REGIONS: &[&str] = &["Antarctica"];

/// The places whose region can be picked.
fn pickable(places: &Places) -> impl Iterator<Item = &Place> {
    places
        .values()
        .filter(|p| !UNDRAWN_REGIONS.contains(&p.region.as_str()))
}

/// Regions with their sub-regions, sorted, for the region picker.
pub fn region_tree(places: &Places) -> Vec<(String, Vec<String>)> {
    let mut tree: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for p in pickable(places) {
        tree.entry(&p.region).or_default().insert(&p.subregion);
    }
    tree.into_iter()
        .map(|(r, subs)| (r.to_owned(), subs.into_iter().map(str::to_owned).collect()))
        .collect()
}

/// Whether `slug` (a link's `region=`) names a region or sub-region the picker offers.
pub fn is_region(places: &Places, region: &str) -> bool {
    pickable(places).any(|p| slug(&p.region) == region || slug(&p.subregion) == region)
}

/// What the visitor has chosen to see. The default shows everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Statuses shown, in [`Status::SHOWN`] order; empty means all of them.
    pub statuses: Vec<Status>,
    /// Slug of a region or sub-region.
    pub region: Option<String>,
    /// Id of an issue area.
    pub area: Option<String>,
}

impl Filter {
    pub fn shows_status(&self, status: Status) -> bool {
        status != Status::None && (self.statuses.is_empty() || self.statuses.contains(&status))
    }

    pub fn in_region(&self, place: Option<&Place>) -> bool {
        match (&self.region, place) {
            (None, _) => true,
            (Some(r), Some(p)) => slug(&p.region) == *r || slug(&p.subregion) == *r,
            (Some(_), None) => false,
        }
    }

    pub fn in_area(&self, entity: &Entity) -> bool {
        self.area
            .as_ref()
            .is_none_or(|a| entity_areas(entity).contains(a.as_str()))
    }

    /// Whether `entity`, with `status` at the chosen date, is in the result.
    pub fn matches(&self, entity: &Entity, status: Status, places: &Places) -> bool {
        self.shows_status(status) && self.in_region(places.get(&entity.id)) && self.in_area(entity)
    }

    /// Number of filters set (for "Filters (2)" on a phone).
    pub fn active_count(&self) -> usize {
        usize::from(!self.statuses.is_empty())
            + usize::from(self.region.is_some())
            + usize::from(self.area.is_some())
    }
}

/// Issue areas the dataset tags on an entity's statements, laws or figures. The tagging is
/// editorial: the data file says which area a text speaks to.
pub fn entity_areas(entity: &Entity) -> BTreeSet<&str> {
    let statements = entity.statements.iter().flat_map(|s| &s.issue_areas);
    let laws = entity.laws.iter().flat_map(|l| &l.issue_areas);
    let figures = entity.figures.iter().flat_map(|f| &f.issue_areas);
    statements
        .chain(laws)
        .chain(figures)
        .map(String::as_str)
        .collect()
}

/// Entities in the result with their status, sorted by name.
pub fn apply<'a>(
    dataset: &'a Dataset,
    statuses: &HashMap<String, Status>,
    places: &Places,
    filter: &Filter,
) -> Vec<(&'a Entity, Status)> {
    let mut rows: Vec<_> = dataset
        .entities
        .iter()
        .filter_map(|e| statuses.get(&e.id).map(|s| (e, *s)))
        .filter(|(e, s)| filter.matches(e, *s, places))
        .collect();
    rows.sort_by(|a, b| a.0.name.cmp(&b.0.name));
    rows
}

/// For each shown status, how many entities would match if only that status were chosen (the
/// count beside each status toggle: the other filters apply, the status filter does not).
pub fn status_counts(
    dataset: &Dataset,
    statuses: &HashMap<String, Status>,
    places: &Places,
    filter: &Filter,
) -> Vec<(Status, usize)> {
    let others = Filter {
        statuses: Vec::new(),
        ..filter.clone()
    };
    let rows = apply(dataset, statuses, places, &others);
    Status::SHOWN
        .into_iter()
        .map(|s| (s, rows.iter().filter(|(_, rs)| *rs == s).count()))
        .collect()
}

/// Counts that describe a result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub total: usize,
    /// Shown statuses with a non-zero count, in legend order.
    pub by_status: Vec<(Status, usize)>,
    /// Regions with a non-zero count, largest first, then by name.
    pub by_region: Vec<(String, usize)>,
}

pub fn summarize(rows: &[(&Entity, Status)], places: &Places) -> Summary {
    let by_status = Status::SHOWN
        .into_iter()
        .map(|s| (s, rows.iter().filter(|(_, rs)| *rs == s).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    let mut regions: BTreeMap<&str, usize> = BTreeMap::new();
    for (e, _) in rows {
        let region = places
            .get(&e.id)
            .map_or("Unknown region", |p| p.region.as_str());
        *regions.entry(region).or_default() += 1;
    }
    let mut by_region: Vec<(String, usize)> = regions
        .into_iter()
        .map(|(r, n)| (r.to_owned(), n))
        .collect();
    by_region.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Summary {
        total: rows.len(),
        by_status,
        by_region,
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Summary {
    /// "9 entities: 5 members, 1 observer, 3 interested — Africa: 4, Americas: 3, Europe: 2".
    pub fn sentence(&self) -> String {
        if self.total == 0 {
            return "No entity matches these filters.".into();
        }
        let statuses: Vec<String> = self
            .by_status
            .iter()
            .map(|(s, n)| match s {
                Status::Member => plural(*n, "member", "members"),
                Status::Observer => plural(*n, "observer", "observers"),
                _ => format!("{n} interested"),
            })
            .collect();
        let regions: Vec<String> = self
            .by_region
            .iter()
            .map(|(r, n)| format!("{r}: {n}"))
            .collect();
        format!(
            "{}: {} — {}",
            plural(self.total, "entity", "entities"),
            statuses.join(", "),
            regions.join(", ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lowercase_words_joined_by_hyphens() {
        assert_eq!(slug("South-eastern Asia"), "south-eastern-asia");
        assert_eq!(
            slug("Australia and New Zealand"),
            "australia-and-new-zealand"
        );
        assert_eq!(slug("  Africa! "), "africa");
        assert_eq!(slug("<script>"), "script");
    }

    #[test]
    fn a_summary_names_statuses_and_regions() {
        let s = Summary {
            total: 9,
            by_status: vec![
                (Status::Member, 5),
                (Status::Observer, 1),
                (Status::Interested, 3),
            ],
            by_region: vec![("Africa".into(), 4), ("Americas".into(), 3)],
        };
        assert_eq!(
            s.sentence(),
            "9 entities: 5 members, 1 observer, 3 interested — Africa: 4, Americas: 3"
        );
        let none = Summary {
            total: 0,
            by_status: vec![],
            by_region: vec![],
        };
        assert_eq!(none.sentence(), "No entity matches these filters.");
    }
}
