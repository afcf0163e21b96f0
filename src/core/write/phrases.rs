//! The sentences the page composes from its translations (the summary line, the legend, the
//! map in words, the shapes' names for screen readers), written once here for both the first
//! view (written at build time from `locales/*.json`) and the page (from leptos_i18n's typed
//! keys): the same templates in, the same sentence out.
//!
//! `with_phrases!` lists the templates with their locale keys and variables; the core builds
//! [`Phrases`] from any lookup by key, the page builds it from its translations by filling each
//! template's variables with their own `{{ name }}`.

use crate::core::derive::describe::{Description, WithFigure};
use crate::core::derive::filter::Summary;
use crate::core::model::dataset::{Entity, Status};
use crate::core::model::lang::Lang;
use crate::core::write::words;

/// Calls `$callback!` with every template: `field: locale.key (variables)`.
#[macro_export]
macro_rules! with_phrases {
    ($callback:ident) => {
        $callback! {
            entities_sg: summary.entities_sg (n),
            entities_pl: summary.entities_pl (n),
            members_sg: summary.members_sg (n),
            members_pl: summary.members_pl (n),
            observers_sg: summary.observers_sg (n),
            observers_pl: summary.observers_pl (n),
            interested: summary.interested (n),
            as_of: details.as_of (date),
            list_empty: list.empty (),
            legend_title: legend.title (),
            legend_as_of: legend.as_of (date),
            legend_members: legend.members (),
            legend_observers: legend.observers (),
            legend_interested: legend.interested (),
            legend_none: legend.none (),
            describe_nothing: describe.nothing (date),
            describe_interested: describe.interested (n),
            describe_shows: describe.shows (date, count, groups),
            describe_shows_filtered: describe.shows_filtered (date, count, groups),
            describe_coloured: describe.coloured (name, highest, lowest),
            describe_coloured_only: describe.coloured_only (name, only),
            describe_coloured_none: describe.coloured_none (name),
            describe_missing: describe.missing (n),
            shape_member: shape.member (),
            shape_observer: shape.observer (),
            shape_interested: shape.interested (),
            status_member: details.status_member (),
            status_observer: details.status_observer (),
            status_interested: details.status_interested (),
            status_none: details.status_none (),
            status_since: tooltip.status_since (status, date),
            no_data: tooltip.no_data (name),
            map_title: map.title (date),
            map_title_by: map.title_by (date, name),
            map_title_plain: map.title_plain (),
        }
    };
}

macro_rules! define_phrases {
    ($($field:ident : $($seg:ident).+ ($($var:ident),*)),* $(,)?) => {
        /// The templates, with their `{{ variable }}` places.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct Phrases {
            $(pub $field: String,)*
        }

        impl Phrases {
            /// The templates from `lookup` (a locale key in, its text out; a missing key
            /// leaves the key itself, which a test keeps from happening).
            pub fn from_lookup(lookup: &dyn Fn(&str) -> Option<String>) -> Self {
                Self {
                    $($field: {
                        let key = [$(stringify!($seg)),+].join(".");
                        lookup(&key).unwrap_or(key)
                    },)*
                }
            }

            /// Every locale key used, for the check that each language has them.
            pub fn keys() -> Vec<String> {
                vec![$([$(stringify!($seg)),+].join(".")),*]
            }
        }
    };
}

crate::with_phrases!(define_phrases);

/// `template` with each `{{ name }}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{{ {name} }}}}"), value);
    }
    out
}

/// What the map shows, for its description in words: as of when, whether filters leave some
/// entities out, and the indicator that colours it (its name in the page's language).
#[derive(Clone, Copy, Debug)]
pub struct Shown<'a> {
    pub as_of: &'a str,
    pub filtered: bool,
    pub indicator: Option<&'a str>,
}

impl Phrases {
    fn count(&self, lang: Lang, n: usize, one: &str, many: &str) -> String {
        let template = if words::plural_one(lang, n) {
            one
        } else {
            many
        };
        fill(template, &[("n", &words::number(lang, n as f64))])
    }

    /// "3 members", "1 observer", "2 interested".
    pub fn status_count(&self, lang: Lang, status: Status, n: usize) -> String {
        match status {
            Status::Member => self.count(lang, n, &self.members_sg, &self.members_pl),
            Status::Observer => self.count(lang, n, &self.observers_sg, &self.observers_pl),
            _ => fill(&self.interested, &[("n", &words::number(lang, n as f64))]),
        }
    }

    /// "11 entities".
    pub fn entities(&self, lang: Lang, n: usize) -> String {
        self.count(lang, n, &self.entities_sg, &self.entities_pl)
    }

    /// "Member", "Declared interest in joining"…
    pub fn status_sentence(&self, status: Status) -> &str {
        match status {
            Status::Member => &self.status_member,
            Status::Observer => &self.status_observer,
            Status::Interested => &self.status_interested,
            Status::None => &self.status_none,
        }
    }

    /// "member" as a shape's accessible name says it: "France, member".
    pub fn shape_status(&self, status: Status) -> &str {
        match status {
            Status::Member => &self.shape_member,
            Status::Observer => &self.shape_observer,
            _ => &self.shape_interested,
        }
    }

    /// The legend's heading for a status.
    pub fn legend_heading(&self, status: Status) -> &str {
        match status {
            Status::Member => &self.legend_members,
            Status::Observer => &self.legend_observers,
            Status::Interested => &self.legend_interested,
            Status::None => &self.legend_none,
        }
    }

    /// The line under the search: "11 entities: 7 members, 2 observers, 2 interested —
    /// Africa: 4, Americas: 4, Europe: 3 (as of 8 Jul 2017)".
    pub fn summary_line(
        &self,
        lang: Lang,
        summary: &Summary,
        region_name: &dyn Fn(&str) -> String,
        as_of: Option<&str>,
    ) -> String {
        if summary.total == 0 {
            return self.list_empty.clone();
        }
        let statuses: Vec<String> = summary
            .by_status
            .iter()
            .map(|(s, n)| self.status_count(lang, *s, *n))
            .collect();
        let regions: Vec<String> = summary
            .by_region
            .iter()
            .map(|(r, n)| format!("{}: {}", region_name(r), words::number(lang, *n as f64)))
            .collect();
        let when = as_of
            .map(|d| fill(&self.as_of, &[("date", d)]))
            .unwrap_or_default();
        format!(
            "{}: {} — {}{when}",
            self.entities(lang, summary.total),
            statuses.join(", "),
            regions.join(", ")
        )
    }

    /// The legend's title: "Status in the group, as of 8 Jul 2017".
    pub fn legend_title(&self, as_of: Option<&str>) -> String {
        let when = as_of
            .map(|d| fill(&self.legend_as_of, &[("date", d)]))
            .unwrap_or_default();
        format!("{}{when}", self.legend_title)
    }

    /// The map in words: what it shows by status, with names, and the indicator's extremes.
    /// `name` gives an entity's name in the page's language, `figure` a figure's phrase and
    /// year ("2.6 million jobs, 2019").
    pub fn description(
        &self,
        lang: Lang,
        desc: &Description,
        shown: &Shown,
        name: &dyn Fn(&Entity) -> String,
        figure: &dyn Fn(WithFigure) -> String,
    ) -> String {
        let Shown {
            as_of,
            filtered,
            indicator: indicator_name,
        } = *shown;
        if desc.total == 0 {
            return fill(&self.describe_nothing, &[("date", as_of)]);
        }
        let groups: Vec<String> = desc
            .groups
            .iter()
            .map(|(s, entities)| {
                let names: Vec<String> = entities.iter().map(|e| name(e)).collect();
                let count = match s {
                    Status::Member | Status::Observer => {
                        self.status_count(lang, *s, entities.len())
                    }
                    _ => fill(
                        &self.describe_interested,
                        &[("n", &words::number(lang, entities.len() as f64))],
                    ),
                };
                format!("{count} ({})", words::list(lang, &names))
            })
            .collect();
        let template = if filtered {
            &self.describe_shows_filtered
        } else {
            &self.describe_shows
        };
        let mut text = fill(
            template,
            &[
                ("date", as_of),
                ("count", &self.entities(lang, desc.total)),
                ("groups", &words::list(lang, &groups)),
            ],
        );
        if let (Some(part), Some(ind)) = (&desc.indicator, indicator_name) {
            let with = |(e, f): WithFigure| format!("{} ({})", name(e), figure((e, f)));
            text.push(' ');
            text.push_str(&match part.extremes {
                Some((hi, lo)) if hi.0.id != lo.0.id => fill(
                    &self.describe_coloured,
                    &[("name", ind), ("highest", &with(hi)), ("lowest", &with(lo))],
                ),
                Some((only, _)) => fill(
                    &self.describe_coloured_only,
                    &[("name", ind), ("only", &with(only))],
                ),
                None => fill(&self.describe_coloured_none, &[("name", ind)]),
            });
            if part.missing > 0 {
                text.push(' ');
                text.push_str(&fill(
                    &self.describe_missing,
                    &[("n", &words::number(lang, part.missing as f64))],
                ));
            }
        }
        text
    }

    /// The map's accessible name: "World map of the International Leading Group on SSE, as of
    /// 8 Jul 2017[, coloured by SSE jobs]".
    pub fn map_title(&self, as_of: Option<&str>, indicator: Option<&str>) -> String {
        match (as_of, indicator) {
            (Some(d), None) => fill(&self.map_title, &[("date", d)]),
            (Some(d), Some(n)) => fill(&self.map_title_by, &[("date", d), ("name", n)]),
            (None, _) => self.map_title_plain.clone(),
        }
    }

    /// An entity shape's accessible name: "France, member[, SSE jobs: 2.6 million jobs (2019)]".
    pub fn shape_label(&self, name: &str, status: Status, figure: Option<&str>) -> String {
        let figure = figure.map(|f| format!(", {f}")).unwrap_or_default();
        format!("{name}, {}{figure}", self.shape_status(status))
    }
}

/// Names sorted as a reader sorts them, accents aside: "Équateur" between "Colombie" and
/// "France".
pub fn sort_names(names: &mut [String]) {
    names.sort_by_cached_key(|n| crate::core::derive::search::fold(n));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english() -> Phrases {
        let en: serde_json::Value =
            serde_json::from_str(include_str!("../../../locales/en.json")).expect("en.json");
        Phrases::from_lookup(&|key| {
            key.split('.')
                .try_fold(&en, |v, k| v.get(k))
                .and_then(|v| v.as_str())
                .map(str::to_owned)
        })
    }

    #[test]
    fn every_template_is_in_every_language() {
        for lang in ["en", "fr", "es", "pt"] {
            let text = std::fs::read_to_string(format!("locales/{lang}.json")).expect("locale");
            let v: serde_json::Value = serde_json::from_str(&text).expect("json");
            for key in Phrases::keys() {
                let found = key.split('.').try_fold(&v, |v, k| v.get(k));
                assert!(found.is_some_and(|v| v.is_string()), "{lang}: {key}");
            }
        }
    }

    #[test]
    fn sentences() {
        let p = english();
        assert_eq!(
            fill("{{ a }} and {{ b }}", &[("a", "1"), ("b", "2")]),
            "1 and 2"
        );
        let s = Summary {
            total: 3,
            by_status: vec![(Status::Member, 2), (Status::Observer, 1)],
            by_region: vec![("Europe".into(), 3)],
        };
        assert_eq!(
            p.summary_line(Lang::En, &s, &|r| r.to_owned(), Some("8 Jul 2017")),
            "3 entities: 2 members, 1 observer — Europe: 3 (as of 8 Jul 2017)"
        );
        assert_eq!(
            p.legend_title(Some("8 Jul 2017")),
            "Status in the group, as of 8 Jul 2017"
        );
        assert_eq!(
            p.shape_label("France", Status::Member, None),
            "France, member"
        );
    }
}
