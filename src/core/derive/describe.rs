//! The map in words: what it currently shows, as the parts of one paragraph (the text
//! alternative of a picture that cannot be read out, WCAG 1.1.1). Built from the same rows as
//! the map; the page words it in its language (`ui::map::map_description`).

use crate::core::derive::stats::ranked_by;
use crate::core::model::dataset::{Dataset, Entity, Figure, Indicator, Status};

/// What the paragraph says.
#[derive(Clone, Debug, PartialEq)]
pub struct Description<'a> {
    /// Entities the filters leave.
    pub total: usize,
    /// For each shown status with entities: the entities, sorted as `rows` were.
    pub groups: Vec<(Status, Vec<&'a Entity>)>,
    /// With an indicator: its highest and lowest figures.
    pub indicator: Option<IndicatorPart<'a>>,
}

/// An entity with one of its figures.
pub type WithFigure<'a> = (&'a Entity, &'a Figure);

#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorPart<'a> {
    pub indicator: &'a Indicator,
    /// Highest figure first; the same entity twice when only one has a figure; empty when
    /// none has.
    pub extremes: Option<(WithFigure<'a>, WithFigure<'a>)>,
    /// Entities without a comparable figure (0 when none has one: then all lack it).
    pub missing: usize,
}

/// `rows` are the entities the filters leave, sorted by name; `d` finds their figures.
pub fn describe<'a>(
    d: &'a Dataset,
    rows: &[(&'a Entity, Status)],
    indicator: Option<&'a Indicator>,
) -> Description<'a> {
    let groups = Status::SHOWN
        .into_iter()
        .map(|s| {
            let entities: Vec<&Entity> = rows
                .iter()
                .filter(|(_, rs)| *rs == s)
                .map(|(e, _)| *e)
                .collect();
            (s, entities)
        })
        .filter(|(_, e)| !e.is_empty())
        .collect();
    let indicator = indicator.filter(|_| !rows.is_empty()).map(|i| {
        let entities: Vec<&Entity> = rows.iter().map(|(e, _)| *e).collect();
        let figures = ranked_by(&entities, &|e| d.headline(e, &i.id));
        let missing = entities.len() - figures.len();
        IndicatorPart {
            indicator: i,
            extremes: figures.first().zip(figures.last()).map(|(a, b)| (*a, *b)),
            missing: if figures.is_empty() { 0 } else { missing },
        }
    });
    Description {
        total: rows.len(),
        groups,
        indicator,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::check::dataset::parse_dataset;

    #[test]
    fn groups_by_status_and_finds_the_extremes() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/data/ilg-sse.json"
        ))
        .unwrap();
        let d = parse_dataset(&text).unwrap();
        let rows: Vec<(&Entity, Status)> = d
            .entities
            .iter()
            .filter(|e| ["COL", "FRA", "SEN"].contains(&e.id.as_str()))
            .map(|e| {
                (
                    e,
                    if e.id == "SEN" {
                        Status::Interested
                    } else {
                        Status::Member
                    },
                )
            })
            .collect();
        let jobs = d.indicator("sse-jobs");
        let desc = describe(&d, &rows, jobs);
        assert_eq!(desc.total, 3);
        assert_eq!(desc.groups.len(), 2);
        assert_eq!(desc.groups[0].0, Status::Member);
        assert_eq!(desc.groups[0].1.len(), 2);
        let part = desc.indicator.unwrap();
        let ((hi, fh), (lo, fl)) = part.extremes.unwrap();
        assert!(
            fh.value >= fl.value,
            "{} {} / {} {}",
            hi.id,
            fh.value,
            lo.id,
            fl.value
        );
        assert_eq!(describe(&d, &[], jobs).indicator, None);
    }
}
