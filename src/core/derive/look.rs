//! How each shape of the map is drawn: its status, and whether the filters leave it out or an
//! indicator colours it. One rule for the map on screen, its markers and the exported sheet.

use std::collections::HashMap;

use crate::core::derive::stats::Choropleth;
use crate::core::model::dataset::Status;

/// How an entity is drawn beyond its status: faded when the filters leave it out; coloured by
/// class, or hatched for "no data", when an indicator is chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    Plain,
    Faded,
    /// A palette index of the indicator's classes.
    Class(usize),
    NoData,
}

impl Look {
    /// The look of entity `id`: `in_result` whether the filters leave it; `choropleth` the
    /// chosen indicator's classes, if any.
    pub fn of(in_result: bool, choropleth: Option<&Choropleth>, id: &str) -> Look {
        match (in_result, choropleth) {
            (false, _) => Look::Faded,
            (true, None) => Look::Plain,
            (true, Some(c)) => c.palette.get(id).map_or(Look::NoData, |i| Look::Class(*i)),
        }
    }

    /// The classes the look adds to a shape's (`app.css` styles them).
    pub fn class(self) -> String {
        match self {
            Look::Plain => String::new(),
            Look::Faded => " faded".into(),
            Look::Class(i) => format!(" choro choro-{i}"),
            Look::NoData => " choro no-data".into(),
        }
    }
}

/// The `class` attribute of a shape: every shape is `shape`; an entity adds `entity`, its
/// status and its look.
pub fn shape_class(drawn: Option<(Status, Look)>) -> String {
    match drawn {
        Some((status, look)) => format!("shape entity status-{}{}", status.key(), look.class()),
        None => "shape".to_owned(),
    }
}

/// What a shape's `class` attribute says it is drawn as (the reverse of `shape_class`): the
/// page's map is read back from the classes the build wrote (`ui::map::adopt`).
pub fn drawn_of_class(class: &str) -> Option<(Status, Look)> {
    let mut status = None;
    let (mut faded, mut choro, mut no_data, mut index) = (false, false, false, None);
    for c in class.split_whitespace() {
        match c {
            "faded" => faded = true,
            "choro" => choro = true,
            "no-data" => no_data = true,
            _ => {
                if let Some(s) = c.strip_prefix("status-") {
                    status = s.parse::<Status>().ok();
                } else if let Some(i) = c.strip_prefix("choro-") {
                    index = i.parse().ok();
                }
            }
        }
    }
    let look = match (faded, choro, no_data, index) {
        (true, ..) => Look::Faded,
        (_, true, true, _) => Look::NoData,
        (_, true, _, Some(i)) => Look::Class(i),
        _ => Look::Plain,
    };
    Some((status?, look))
}

/// The status and look of every entity with a status at the date shown: the one derived map
/// the page, its markers and the export read.
pub fn looks(
    statuses: &HashMap<String, Status>,
    in_result: &dyn Fn(&str) -> bool,
    choropleth: Option<&Choropleth>,
) -> HashMap<String, (Status, Look)> {
    statuses
        .iter()
        .map(|(id, s)| (id.clone(), (*s, Look::of(in_result(id), choropleth, id))))
        .collect()
}

/// What changed between two derived maps: the ids whose class must be written again (`None`
/// for an id that no longer has a status). A filter change touches these shapes only.
pub fn changes<'a>(
    old: &'a HashMap<String, (Status, Look)>,
    new: &'a HashMap<String, (Status, Look)>,
) -> Vec<(&'a str, Option<(Status, Look)>)> {
    let mut out: Vec<(&str, Option<(Status, Look)>)> = new
        .iter()
        .filter(|(id, v)| old.get(*id) != Some(v))
        .map(|(id, v)| (id.as_str(), Some(*v)))
        .collect();
    out.extend(
        old.keys()
            .filter(|id| !new.contains_key(*id))
            .map(|id| (id.as_str(), None)),
    );
    out.sort_by(|a, b| a.0.cmp(b.0));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::derive::stats::Classes;

    fn choropleth(palette: &[(&str, usize)]) -> Choropleth {
        Choropleth {
            indicator: "jobs".into(),
            classes: Classes::new(&[1.0]),
            palette: palette.iter().map(|(id, i)| (id.to_string(), *i)).collect(),
            years: None,
        }
    }

    #[test]
    fn the_filters_fade_before_the_indicator_colours() {
        let c = choropleth(&[("FRA", 3)]);
        assert_eq!(Look::of(false, Some(&c), "FRA"), Look::Faded);
        assert_eq!(Look::of(true, Some(&c), "FRA"), Look::Class(3));
        assert_eq!(Look::of(true, Some(&c), "COL"), Look::NoData);
        assert_eq!(Look::of(true, None, "COL"), Look::Plain);
        assert_eq!(
            shape_class(Some((Status::Member, Look::Class(3)))),
            "shape entity status-member choro choro-3"
        );
        assert_eq!(shape_class(None), "shape");
        for drawn in [
            (Status::Member, Look::Class(3)),
            (Status::Observer, Look::Faded),
            (Status::Interested, Look::NoData),
            (Status::Member, Look::Plain),
        ] {
            assert_eq!(drawn_of_class(&shape_class(Some(drawn))), Some(drawn));
        }
        assert_eq!(drawn_of_class(&shape_class(None)), None);
    }

    #[test]
    fn only_changed_shapes_are_touched() {
        let statuses: HashMap<String, Status> =
            [("FRA", Status::Member), ("SEN", Status::Observer)]
                .into_iter()
                .map(|(id, s)| (id.to_owned(), s))
                .collect();
        let all = looks(&statuses, &|_| true, None);
        let only_fra = looks(&statuses, &|id| id == "FRA", None);
        assert_eq!(
            changes(&all, &only_fra),
            [("SEN", Some((Status::Observer, Look::Faded)))]
        );
        assert!(changes(&all, &all).is_empty());
        let fewer: HashMap<_, _> = all
            .iter()
            .filter(|(k, _)| *k == "FRA")
            .map(|(k, v)| (k.clone(), *v))
            .collect();
        assert_eq!(changes(&all, &fewer), [("SEN", None)]);
    }
}
