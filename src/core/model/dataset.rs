//! The SSE dataset as the app uses it, after the check (see `core::check::dataset` for the
//! file format checks and `assets/data/README.md` for the format itself).

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use crate::core::index::{Headlines, Ids};
use crate::core::model::date::PartialDate;
use crate::core::model::lang::Lang;

/// The status of an entity in the International Leading Group on SSE.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    Member,
    Observer,
    /// Declared interest in joining.
    Interested,
    /// No (longer any) status in the group.
    None,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Member,
        Status::Observer,
        Status::Interested,
        Status::None,
    ];

    /// The statuses shown in the legend, in legend order.
    pub const SHOWN: [Status; 3] = [Status::Member, Status::Observer, Status::Interested];

    /// Stable key used in the data file, CSS classes and URLs.
    pub fn key(self) -> &'static str {
        match self {
            Status::Member => "member",
            Status::Observer => "observer",
            Status::Interested => "interested",
            Status::None => "none",
        }
    }

    /// English label used in accessible names ("France, member").
    pub fn label(self) -> &'static str {
        match self {
            Status::Member => "member",
            Status::Observer => "observer",
            Status::Interested => "interested in joining",
            Status::None => "not in the group",
        }
    }
}

impl FromStr for Status {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Status::ALL.into_iter().find(|st| st.key() == s).ok_or(())
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// How well a fact is established (the `[S]` / `[S*]` marks of the fact base).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Certainty {
    #[default]
    Sourced,
    /// Sources disagree, or the wording is ambiguous.
    Disputed,
    /// The source gives no reference year.
    Undated,
}

impl Certainty {
    pub const ALL: [Certainty; 3] = [Certainty::Sourced, Certainty::Disputed, Certainty::Undated];

    pub fn key(self) -> &'static str {
        match self {
            Certainty::Sourced => "sourced",
            Certainty::Disputed => "disputed",
            Certainty::Undated => "undated",
        }
    }
}

/// Who produced a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureKind {
    /// A statistics office, public register or government.
    Official,
    /// A federation's, researcher's or expert's estimate.
    Estimate,
}

impl FigureKind {
    pub const ALL: [FigureKind; 2] = [FigureKind::Official, FigureKind::Estimate];

    pub fn key(self) -> &'static str {
        match self {
            FigureKind::Official => "official",
            FigureKind::Estimate => "estimate",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntityKind {
    Country,
    Subnational,
}

impl EntityKind {
    pub const ALL: [EntityKind; 2] = [EntityKind::Country, EntityKind::Subnational];

    pub fn key(self) -> &'static str {
        match self {
            EntityKind::Country => "country",
            EntityKind::Subnational => "subnational",
        }
    }
}

/// Kinds of law or policy a data file may use.
pub const LAW_KINDS: [&str; 5] = ["constitution", "law", "decree", "policy", "draft"];
/// Kinds of national body a data file may use.
pub const BODY_KINDS: [&str; 6] = [
    "ministry",
    "agency",
    "supervisor",
    "council",
    "chamber",
    "federation",
];

/// A document cited by the data.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    /// Always `http:` or `https:` (checked at load); none when the file's was not.
    pub url: Option<String>,
    /// Where the text was read when that was a copy (a mirror or an archive): shown beside the
    /// publisher's address, never in its place.
    pub copy_consulted: Option<String>,
    pub year: Option<i32>,
    pub lang: Option<String>,
}

/// A reference to the sources of one fact.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cite {
    pub source: String,
    pub more_sources: Vec<String>,
    pub certainty: Certainty,
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct IssueArea {
    pub id: String,
    pub name: String,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Indicator {
    pub id: String,
    pub name: String,
    pub unit: String,
    pub definition: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub date: PartialDate,
    pub title: String,
    pub place: Option<String>,
    pub summary: String,
    pub cite: Cite,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Statement {
    pub person: String,
    pub role: String,
    pub organisation: Option<String>,
    pub on_behalf_of: Option<String>,
    pub date: PartialDate,
    pub summary: Option<String>,
    pub quotes: Vec<String>,
    pub lang: Option<String>,
    pub source: String,
    pub issue_areas: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Group {
    pub name: String,
    pub short_name: String,
    pub aliases: Vec<String>,
    pub summary: String,
    pub source: String,
    pub events: Vec<Event>,
    pub statements: Vec<Statement>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StatusChange {
    pub date: PartialDate,
    pub status: Status,
    pub cite: Cite,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Law {
    pub title: String,
    pub lang: Option<String>,
    pub kind: String,
    pub date: Option<PartialDate>,
    pub year: Option<i32>,
    pub summary: String,
    pub cite: Cite,
    pub issue_areas: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Body {
    pub name: String,
    pub lang: Option<String>,
    pub kind: String,
    pub since: Option<PartialDate>,
    pub summary: String,
    pub cite: Cite,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub indicator: String,
    pub value: f64,
    pub qualifier: Option<String>,
    /// Reference year of the data (the check leaves out a figure without one).
    pub year: i32,
    pub label: String,
    pub kind: FigureKind,
    pub stated_by: Option<String>,
    pub quote: Option<String>,
    pub lang: Option<String>,
    pub cite: Cite,
    pub issue_areas: Vec<String>,
}

/// A country or sub-national government with a status in the group.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// ISO 3166-1 alpha-3, or ISO 3166-2 for a sub-national entity (`CA-QC`).
    pub id: String,
    pub name: String,
    pub local_name: Option<String>,
    pub local_lang: Option<String>,
    pub kind: EntityKind,
    pub parent: Option<String>,
    /// Oldest first (checked at load).
    pub status_history: Vec<StatusChange>,
    pub statements: Vec<Statement>,
    pub laws: Vec<Law>,
    pub bodies: Vec<Body>,
    pub figures: Vec<Figure>,
}

/// A validated dataset.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    pub title: String,
    pub updated: Option<PartialDate>,
    pub sources: Vec<Source>,
    pub issue_areas: Vec<IssueArea>,
    pub indicators: Vec<Indicator>,
    pub group: Group,
    pub entities: Vec<Entity>,
    /// Texts in other languages, by language and then by text key (`indicator.sse-jobs.name`,
    /// `area.finance.name`, `qualifier.over`): see `assets/data/README.md`.
    pub translations: HashMap<Lang, HashMap<String, String>>,
    /// Lookups by id ([`Dataset::indexed`] builds them).
    pub index: DatasetIndex,
}

/// The dataset's lookups by id and its headline figures (`derive::stats::headline`): the
/// index stage, built once after the check.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DatasetIndex {
    pub(crate) entities: Ids,
    sources: Ids,
    pub(crate) indicators: Ids,
    areas: Ids,
    pub(crate) headlines: Headlines,
}

/// A text of the data in the language asked for, or in English when the data has no
/// translation: `lang` says which, so the page can mark the fallback with its own `lang`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Localized<'a> {
    pub text: &'a str,
    pub lang: Lang,
}

impl Dataset {
    /// The text `key` in `lang`, else `english` (the data file's own text).
    pub fn text<'a>(&'a self, lang: Lang, key: &str, english: &'a str) -> Localized<'a> {
        match self.translations.get(&lang).and_then(|t| t.get(key)) {
            Some(t) if lang != Lang::En => Localized { text: t, lang },
            _ => Localized {
                text: english,
                lang: Lang::En,
            },
        }
    }

    pub fn indicator_name<'a>(&'a self, lang: Lang, i: &'a Indicator) -> Localized<'a> {
        self.text(lang, &format!("indicator.{}.name", i.id), &i.name)
    }

    pub fn indicator_unit<'a>(&'a self, lang: Lang, i: &'a Indicator) -> Localized<'a> {
        self.text(lang, &format!("indicator.{}.unit", i.id), &i.unit)
    }

    pub fn indicator_definition<'a>(&'a self, lang: Lang, i: &'a Indicator) -> Localized<'a> {
        self.text(
            lang,
            &format!("indicator.{}.definition", i.id),
            &i.definition,
        )
    }

    pub fn area_name<'a>(&'a self, lang: Lang, a: &'a IssueArea) -> Localized<'a> {
        self.text(lang, &format!("area.{}.name", a.id), &a.name)
    }

    pub fn group_name(&self, lang: Lang) -> Localized<'_> {
        self.text(lang, "group.name", &self.group.name)
    }

    pub fn qualifier<'a>(&'a self, lang: Lang, q: &'a str) -> Localized<'a> {
        // Keys have no spaces: "up to" is `qualifier.up-to`.
        self.text(lang, &format!("qualifier.{}", q.replace(' ', "-")), q)
    }

    /// The same dataset with its lookups by id built: the check stage's last step, and again
    /// after a change of its lists (a person's own figures).
    pub fn indexed(mut self) -> Self {
        let indicators = Ids::of(self.indicators.iter().map(|i| i.id.as_str()));
        self.index = DatasetIndex {
            entities: Ids::of(self.entities.iter().map(|e| e.id.as_str())),
            sources: Ids::of(self.sources.iter().map(|s| s.id.as_str())),
            headlines: Headlines::of(
                self.entities
                    .iter()
                    .map(|e| (e.figures.iter()).map(|f| (f.indicator.as_str(), f.year, f.value))),
                &indicators,
            ),
            indicators,
            areas: Ids::of(self.issue_areas.iter().map(|a| a.id.as_str())),
        };
        self
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.index.sources.find(&self.sources, id, |s| &s.id)
    }

    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.index.entities.find(&self.entities, id, |e| &e.id)
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.index.indicators.find(&self.indicators, id, |i| &i.id)
    }

    pub fn issue_area(&self, id: &str) -> Option<&IssueArea> {
        self.index.areas.find(&self.issue_areas, id, |a| &a.id)
    }
}

impl Entity {
    /// Figures with the most recent reference year first; ties keep the data file's order.
    pub fn figures_newest_first(&self) -> Vec<&Figure> {
        let mut figures: Vec<&Figure> = self.figures.iter().collect();
        figures.sort_by_key(|f| std::cmp::Reverse(f.year));
        figures
    }
}
