//! An entity's figures read straight into their fields, without the reader's tree.
//!
//! A large dataset is mostly figures: 175 countries with 6 indicators over 20 years is 21,000
//! of them. Building each figure's tree (a list of members, a value each) and dropping it
//! again was the largest part of reading such a file in the browser (profile, 2.7 MB at 4×
//! CPU). serde's derive reads a figure into borrowed fields in one pass instead.
//!
//! This path only *accepts*. A figure it would not take exactly as [`super::entity`] takes it
//! (an unknown or repeated field, a wrong type, a bad text, an unknown reference) sends the
//! whole entity back to the reader, which words and locates every problem (read in the one pass
//! over the file, the file is read again with its entities as text, in `split.rs`). So
//! messages have one source, and a test holds the two paths to the same verdicts and figures.

use std::cell::{Ref, RefCell};
use std::collections::HashSet;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, Error, MapAccess, SeqAccess, Visitor};

use crate::core::check::reader::{Cx, Json};
use crate::core::check::text::text_problem;
use crate::core::model::dataset::{Certainty, Cite, Figure, FigureKind};
use crate::core::model::date::PartialDate;

use super::entity::{FIGURE_FIELDS as FIELDS, MAX_FIGURE};

/// An entity's members as a tree, all but its `figures`, which are read.
pub(super) struct Parts<'a> {
    pub entity: Json<'a>,
    pub figures: Vec<Figure>,
}

/// `raw`'s parts, or `None` when anything in it is not for this path (the reader takes it).
pub(super) fn parts<'a>(raw: &'a str, cx: &Cx) -> Option<Parts<'a>> {
    let known = Known::new(cx);
    let mut de = serde_json::Deserializer::from_str(raw);
    let parts = EntitySeed(&known).deserialize(&mut de).ok()?;
    de.end().ok()?;
    Some(parts)
}

/// The error that sends an entity back to the reader; its words are never shown.
fn declined<E: Error>() -> E {
    E::custom("left to the reader")
}

/// A list of entities, each read as [`parts`] reads one; any part declined declines the list.
pub(super) struct EntitiesSeed<'k>(pub &'k Known<'k>);

impl<'de> DeserializeSeed<'de> for EntitiesSeed<'_> {
    type Value = Vec<Parts<'de>>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Vec<Parts<'de>>, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for EntitiesSeed<'_> {
    type Value = Vec<Parts<'de>>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of entities")
    }
    fn visit_seq<S: SeqAccess<'de>>(self, mut s: S) -> Result<Vec<Parts<'de>>, S::Error> {
        let mut out = Vec::new();
        while let Some(p) = s.next_element_seed(EntitySeed(self.0))? {
            out.push(p);
        }
        Ok(out)
    }
}

struct EntitySeed<'k>(&'k Known<'k>);

impl<'de> DeserializeSeed<'de> for EntitySeed<'_> {
    type Value = Parts<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Parts<'de>, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for EntitySeed<'_> {
    type Value = Parts<'de>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an entity object")
    }
    fn visit_map<M: MapAccess<'de>>(self, mut m: M) -> Result<Parts<'de>, M::Error> {
        let mut members = Vec::new();
        let mut figures = None;
        while let Some(key) = m.next_key::<&'de str>()? {
            if key != "figures" {
                members.push((key, m.next_value::<Json<'de>>()?));
            } else if figures.is_some() {
                // Which one counts is the reader's to say.
                return Err(declined());
            } else {
                figures = Some(m.next_value_seed(FiguresSeed(self.0))?);
            }
        }
        Ok(Parts {
            entity: Json::Object(members.into()),
            figures: figures.unwrap_or_default(),
        })
    }
}

/// A list of figures, or null for none, as the reader reads `figures`.
struct FiguresSeed<'k>(&'k Known<'k>);

impl<'de> DeserializeSeed<'de> for FiguresSeed<'_> {
    type Value = Vec<Figure>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Vec<Figure>, D::Error> {
        // Not `deserialize_any`, which brings the code for every kind of value (measured:
        // some kilobytes of WebAssembly).
        d.deserialize_option(self)
    }
}

impl<'de> Visitor<'de> for FiguresSeed<'_> {
    type Value = Vec<Figure>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of figures")
    }
    fn visit_none<E: Error>(self) -> Result<Vec<Figure>, E> {
        Ok(Vec::new())
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Vec<Figure>, D::Error> {
        d.deserialize_seq(self)
    }
    fn visit_seq<S: SeqAccess<'de>>(self, mut s: S) -> Result<Vec<Figure>, S::Error> {
        let mut out = Vec::new();
        while let Some(f) = s.next_element_seed(FigureSeed(self.0))? {
            out.push(f);
        }
        Ok(out)
    }
}

/// One figure: its members kept in slots rather than a list, so that reading one allocates
/// nothing until the figure itself.
struct FigureSeed<'k>(&'k Known<'k>);

impl<'de> DeserializeSeed<'de> for FigureSeed<'_> {
    type Value = Figure;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Figure, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for FigureSeed<'_> {
    type Value = Figure;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a figure object")
    }
    fn visit_map<M: MapAccess<'de>>(self, mut m: M) -> Result<Figure, M::Error> {
        let mut slots: [Option<Json<'de>>; FIELDS.len()] = Default::default();
        while let Some(key) = m.next_key::<&'de str>()? {
            // An unknown or repeated field is the reader's to word.
            let slot = FIELDS.iter().position(|f| *f == key).ok_or_else(declined)?;
            if slots[slot].is_some() {
                return Err(declined());
            }
            slots[slot] = Some(m.next_value()?);
        }
        accept(&slots, self.0).ok_or_else(declined)
    }
}

/// The ids references resolve to, with the last one found remembered: a dataset's figures
/// mostly repeat the indicator and source of the one before.
pub(super) struct Known<'c> {
    sources: Ids<'c>,
    indicators: Ids<'c>,
    areas: Ids<'c>,
}

impl<'c> Known<'c> {
    pub(super) fn new(cx: &'c Cx) -> Self {
        Known {
            sources: Ids::new(&cx.sources),
            indicators: Ids::new(&cx.indicators),
            areas: Ids::new(&cx.areas),
        }
    }
}

struct Ids<'c> {
    all: Ref<'c, HashSet<String>>,
    last: RefCell<String>,
}

impl<'c> Ids<'c> {
    fn new(all: &'c RefCell<HashSet<String>>) -> Self {
        Ids {
            all: all.borrow(),
            last: RefCell::new(String::new()),
        }
    }

    fn has(&self, id: &str) -> bool {
        if !id.is_empty() && *self.last.borrow() == id {
            return true;
        }
        let found = self.all.contains(id);
        if found {
            id.clone_into(&mut self.last.borrow_mut());
        }
        found
    }
}

/// A text the reader takes without a problem (`Obj::string_at`).
fn text<'v>(key: &str, v: Option<&'v Json>) -> Option<&'v str> {
    match v? {
        Json::Str(s) if !s.trim().is_empty() && text_problem(key, s).is_none() => Some(s),
        _ => None,
    }
}

/// An optional text (`Obj::opt_str`): absent or null is none; `None` if it has a problem.
fn optional(key: &str, v: Option<&Json>) -> Option<Option<String>> {
    match v {
        None | Some(Json::Null) => Some(None),
        v => text(key, v).map(|s| Some(s.to_owned())),
    }
}

/// A reference to a known id. The ids were read as slugs, which no text check refuses, so
/// looking the id up first spares the text check of every figure's indicator and source.
fn reference(v: Option<&Json>, ids: &Ids<'_>) -> Option<String> {
    match v? {
        Json::Str(id) if ids.has(id) => Some(id.to_string()),
        _ => None,
    }
}

/// An optional list of references (`Obj::refs`), none of which may lead nowhere.
fn references(v: Option<&Json>, ids: &Ids<'_>) -> Option<Vec<String>> {
    match v {
        None | Some(Json::Null) => Some(Vec::new()),
        Some(Json::Array(items)) => items.iter().map(|v| reference(Some(v), ids)).collect(),
        Some(_) => None,
    }
}

/// One of `all`, by its key (which no text check refuses, so none is made).
fn keyed<T: Copy>(v: Option<&Json>, all: &[T], name: fn(T) -> &'static str) -> Option<T> {
    match v? {
        Json::Str(s) => all.iter().copied().find(|t| name(*t) == s.as_ref()),
        _ => None,
    }
}

/// The figure `entity::read_figure` reads from these members, if it reads it with no problem.
fn accept(slots: &[Option<Json>; FIELDS.len()], known: &Known<'_>) -> Option<Figure> {
    // In `FIELDS`' order: a slip here reads one field as another, which the property test's
    // comparison of whole figures catches.
    let [indicator, value, qualifier, year, label, kind, stated_by, source, quote, lang, more_sources, certainty, note, issue_areas] =
        slots.each_ref().map(Option::as_ref);
    let value = value?
        .as_f64()
        .filter(|x| x.is_finite() && (0.0..=MAX_FIGURE).contains(x))?;
    let year = match year? {
        Json::Number(n) => n.as_i64().and_then(|y| i32::try_from(y).ok()),
        _ => None,
    }
    .filter(|y| (PartialDate::MIN_YEAR..=PartialDate::MAX_YEAR).contains(y))?;
    let certainty = match certainty {
        None | Some(Json::Null) => Certainty::Sourced,
        c => keyed(c, &Certainty::ALL, Certainty::key).filter(|c| *c != Certainty::Undated)?,
    };
    Some(Figure {
        indicator: reference(indicator, &known.indicators)?,
        value,
        qualifier: optional("qualifier", qualifier)?,
        year,
        label: text("label", label)?.to_owned(),
        kind: keyed(kind, &FigureKind::ALL, FigureKind::key)?,
        stated_by: optional("stated_by", stated_by)?,
        quote: optional("quote", quote)?,
        lang: optional("lang", lang)?,
        cite: Cite {
            source: reference(source, &known.sources)?,
            more_sources: references(more_sources, &known.sources)?,
            certainty,
            note: optional("note", note)?,
        },
        issue_areas: references(issue_areas, &known.areas)?,
    })
}

#[cfg(test)]
mod tests;
