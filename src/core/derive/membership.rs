//! Membership over time: the status of an entity at a date, from its dated status changes.

use crate::core::model::dataset::{Dataset, Entity, Status, StatusChange};
use crate::core::model::date::PartialDate;

/// An entity's status at a date, with when that status began and the entry that states it.
#[derive(Clone, Debug, PartialEq)]
pub struct StatusAt<'a> {
    pub status: Status,
    /// Start of the unbroken run of this status ("member since Nov 2013").
    pub since: PartialDate,
    /// The entry that starts the run: its source is the evidence for "since".
    pub first: &'a StatusChange,
    /// The latest entry on or before the date (its source is the freshest evidence).
    pub latest: &'a StatusChange,
}

/// The status of `entity` on `date`: from the latest entry on or before it. `None` before its
/// first entry (the entity had no status yet).
pub fn status_at(entity: &Entity, date: PartialDate) -> Option<StatusAt<'_>> {
    let history = &entity.status_history;
    // History is sorted oldest first (checked at load), so entries up to `date` form a prefix.
    let upto = history.partition_point(|c| c.date <= date);
    let latest = history[..upto].last()?;
    let run_start = history[..upto]
        .iter()
        .rposition(|c| c.status != latest.status)
        .map_or(0, |i| i + 1);
    Some(StatusAt {
        status: latest.status,
        since: history[run_start].date,
        first: &history[run_start],
        latest,
    })
}

/// The latest date any status entry knows: the map opens on the newest state of the group.
pub fn latest_date(dataset: &Dataset) -> Option<PartialDate> {
    dataset
        .entities
        .iter()
        .filter_map(|e| e.status_history.last().map(|c| c.date))
        .max()
}

/// The distinct dates of status changes, oldest first (the steps a timeline can stop at).
pub fn change_dates(dataset: &Dataset) -> Vec<PartialDate> {
    let mut dates: Vec<_> = dataset
        .entities
        .iter()
        .flat_map(|e| e.status_history.iter().map(|c| c.date))
        .collect();
    dates.sort();
    dates.dedup();
    dates
}

/// Entities and their status at `date`, leaving out those with no status then.
pub fn statuses_at(dataset: &Dataset, date: PartialDate) -> Vec<(&Entity, Status)> {
    dataset
        .entities
        .iter()
        .filter_map(|e| status_at(e, date).map(|s| (e, s.status)))
        .filter(|(_, s)| *s != Status::None)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::dataset::{Cite, EntityKind};

    fn change(date: &str, status: Status) -> StatusChange {
        StatusChange {
            date: date.parse().expect("test date"),
            status,
            cite: Cite::default(),
        }
    }

    fn entity(history: Vec<StatusChange>) -> Entity {
        Entity {
            id: "SEN".into(),
            name: "Senegal".into(),
            local_name: None,
            local_lang: None,
            kind: EntityKind::Country,
            parent: None,
            status_history: history,
            statements: vec![],
            laws: vec![],
            bodies: vec![],
            figures: vec![],
        }
    }

    fn d(s: &str) -> PartialDate {
        s.parse().expect("test date")
    }

    #[test]
    fn status_follows_the_dated_changes() {
        let sen = entity(vec![
            change("2014-09-22", Status::Interested),
            change("2016-09-20", Status::Observer),
            change("2017-07-08", Status::Observer),
        ]);
        assert_eq!(status_at(&sen, d("2014-01")), None);
        let s2015 = status_at(&sen, d("2015")).expect("status in 2015");
        assert_eq!(
            (s2015.status, s2015.since),
            (Status::Interested, d("2014-09-22"))
        );
        let s2018 = status_at(&sen, d("2018")).expect("status in 2018");
        assert_eq!(s2018.status, Status::Observer);
        // A repeated entry confirms the status: "observer since 2016", not since 2017.
        assert_eq!(s2018.since, d("2016-09-20"));
        assert_eq!(s2018.first.date, d("2016-09-20"));
        assert_eq!(s2018.latest.date, d("2017-07-08"));
    }

    #[test]
    fn status_on_the_exact_day_of_a_change_is_the_new_one() {
        let sen = entity(vec![
            change("2014-09-22", Status::Interested),
            change("2016-09-20", Status::Observer),
        ]);
        let s = status_at(&sen, d("2016-09-20")).expect("status");
        assert_eq!(s.status, Status::Observer);
    }

    #[test]
    fn leaving_and_rejoining_restarts_since() {
        let e = entity(vec![
            change("2013-11", Status::Member),
            change("2015", Status::None),
            change("2017", Status::Member),
        ]);
        let s = status_at(&e, d("2020")).expect("status");
        assert_eq!((s.status, s.since), (Status::Member, d("2017")));
    }
}
