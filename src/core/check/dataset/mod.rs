//! Load-time check of a dataset file: JSON text in, the [`Dataset`] out with every problem
//! located. A problem leaves out the smallest part that holds it (a figure, a law, a quote, a
//! source's link, a translation; an entity only when its id, name or status history is
//! unusable), so that one typo never takes the group off the map. Only a file that cannot be
//! read, is of another format, or has no usable entity is refused.
//!
//! The JSON Schema in `assets/data/` is for editors; this module is what the app trusts (a
//! test holds the two to the same verdicts).

mod entity;
mod fast;
mod parts;
mod split;

use std::collections::{HashMap, HashSet};

use crate::core::check::ids::{is_slug, SLUG_RULE};
use crate::core::check::reader::{describe, read_json, Cx, Json, Obj, Problem, Unreadable};
use crate::core::check::text::text_problem;
use crate::core::model::dataset::*;
use crate::core::model::lang::Lang;
use split::{split_entities, Entities};

/// Largest dataset file the app will parse. The real file is ~70 KB; a larger one is almost
/// certainly a mistake, and parsing it would freeze the tab.
pub const MAX_DATASET_BYTES: usize = 5 * 1024 * 1024;

/// The only format this version reads.
pub const FORMAT: &str = "sse-atlas/1";

/// Why a dataset could not be used at all.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DatasetError {
    #[error("the file is {0} bytes; the limit is {MAX_DATASET_BYTES} bytes")]
    TooLarge(usize),
    #[error("the file is not valid JSON: {0}")]
    Json(String),
    #[error("the file has {} problem(s)", .0.len())]
    Invalid(Vec<Problem>),
}

impl DatasetError {
    /// Every problem, one per line, for display.
    pub fn problems(&self) -> Vec<String> {
        match self {
            DatasetError::Invalid(p) => p.iter().map(ToString::to_string).collect(),
            other => vec![other.to_string()],
        }
    }
}

/// A dataset as checked: what could be used, and what was wrong with the rest.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    pub dataset: Dataset,
    /// Every problem, located; each left out the part that holds it, or was ignored.
    pub problems: Vec<Problem>,
    /// How many parts of the file were left out.
    pub left_out: usize,
}

/// A fingerprint of a dataset file's text (64-bit FNV-1a, in hex): the first view is written
/// from the file as built, and the page redraws it if the file it loads differs.
pub fn fingerprint(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Reads a dataset file as the page does: everything usable, with the problems of the rest.
pub fn check_dataset(text: &str) -> Result<Checked, DatasetError> {
    if text.len() > MAX_DATASET_BYTES {
        return Err(DatasetError::TooLarge(text.len()));
    }
    // The entities apart from the top level first; any file that path cannot take (not an
    // object, a syntax error, nesting too deep inside an entity) is read whole, which words its
    // error exactly as before and locates it in the file.
    check_by_entity(text).unwrap_or_else(|| check_whole(text))
}

/// The file in one pass, its entities read as they come; or, if that reading declined any
/// part, in two, its entities kept as text and read one at a time.
fn check_by_entity(text: &str) -> Option<Result<Checked, DatasetError>> {
    check_split(text, true).or_else(|| check_split(text, false))
}

fn check_split(text: &str, read: bool) -> Option<Result<Checked, DatasetError>> {
    let (top, entities) = split_entities(text, read)?;
    let cx = Cx::default();
    let read = read_dataset(&top, Some(entities), &cx).ok()?;
    Some(checked(read, cx))
}

fn check_whole(text: &str) -> Result<Checked, DatasetError> {
    let value = read_json(text, MAX_DATASET_BYTES).map_err(|e| match e {
        Unreadable::TooLarge(n) => DatasetError::TooLarge(n),
        Unreadable::Json(m) => DatasetError::Json(m),
    })?;
    let cx = Cx::default();
    // With the whole tree parsed there is nothing left to parse, so no retry.
    let read = read_dataset(&value, None, &cx).unwrap_or(None);
    checked(read, cx)
}

fn checked(read: Option<Dataset>, cx: Cx) -> Result<Checked, DatasetError> {
    match read {
        Some(dataset) => Ok(Checked {
            dataset,
            problems: cx.problems(),
            left_out: cx.left_out(),
        }),
        None => Err(DatasetError::Invalid(cx.problems())),
    }
}

/// An entity that could not be parsed on its own: the file is read again whole.
struct Retry;

/// Reads a dataset file strictly, as `validate-data` and the tests do: any problem refuses it.
pub fn parse_dataset(text: &str) -> Result<Dataset, DatasetError> {
    let checked = check_dataset(text)?;
    if checked.problems.is_empty() {
        Ok(checked.dataset)
    } else {
        Err(DatasetError::Invalid(checked.problems))
    }
}

/// `entities`, when given, stand for the (empty) `entities` array of `v`.
fn read_dataset(
    v: &Json,
    entities: Option<Entities<'_>>,
    cx: &Cx,
) -> Result<Option<Dataset>, Retry> {
    let Some(o) = Obj::new(v, String::new(), cx) else {
        return Ok(None);
    };
    o.allow_only(&[
        "$schema",
        "format",
        "title",
        "updated",
        "sources",
        "issue_areas",
        "indicators",
        "group",
        "entities",
        "translations",
    ]);
    // A file of another format, or none, is not this file's kind: it is refused, once all of
    // its problems are listed.
    let format_ok = match o.get("format") {
        Some(Json::Str(f)) if f == FORMAT => true,
        Some(other) => {
            cx.note(
                "format",
                format!("expected {FORMAT:?}, got {}", describe(other)),
            );
            false
        }
        None => {
            cx.note(
                "format",
                format!("missing required field (expected {FORMAT:?})"),
            );
            false
        }
    };
    let (sources, issue_areas, indicators) = read_references(&o);
    let title = o.lenient_str("title");
    let updated = cx.part(|| o.opt_date("updated"));
    let group = parts::read_group(o.get("group"), o.at("group").into(), cx, title.as_deref());
    let entities = read_entities(&o, entities)?;
    if entities.is_empty() {
        cx.note("entities", "no usable entity: the file cannot be shown");
    }
    let translations = o
        .get("translations")
        .map(|t| read_translations(t, o.at("translations"), cx))
        .unwrap_or_default();
    if !format_ok || entities.is_empty() {
        return Ok(None);
    }
    Ok(Some(
        Dataset {
            title: title.unwrap_or_else(|| group.name.clone()),
            updated,
            sources,
            issue_areas,
            indicators,
            group,
            entities,
            translations,
            index: Default::default(),
        }
        .indexed(),
    ))
}

/// The entities, from the pass over the file (`entities`) or from the tree (`None`).
fn read_entities(o: &Obj<'_>, entities: Option<Entities<'_>>) -> Result<Vec<Entity>, Retry> {
    let cx = o.cx;
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    // The `i`th entity, its tree and, when read already, its figures.
    let mut read = |i: usize, v: &Json, figures: Option<Vec<Figure>>| {
        let path = format!("entities[{i}]");
        out.extend(cx.part(|| entity::read_entity(v, path.into(), cx, &mut seen, figures)));
    };
    match entities {
        Some(Entities::Read { parts, known }) => {
            // Resolved against other ids than the file's (a repeated key after `entities`).
            let ids = [&cx.sources, &cx.areas, &cx.indicators];
            if known.iter().zip(ids).any(|(k, r)| *k != *r.borrow()) {
                return Err(Retry);
            }
            for (i, p) in parts.into_iter().enumerate() {
                read(i, &p.entity, Some(p.figures));
            }
        }
        Some(Entities::Text(raw)) => {
            for (i, r) in raw.iter().enumerate() {
                match fast::parts(r.get(), cx) {
                    Some(p) => read(i, &p.entity, Some(p.figures)),
                    None => read(i, &serde_json::from_str(r.get()).map_err(|_| Retry)?, None),
                }
            }
        }
        None => {
            return Ok(o.list("entities", |v, p| {
                entity::read_entity(v, p, cx, &mut seen, None)
            }))
        }
    }
    Ok(out)
}

/// Sources, issue areas and indicators, read first: everything else refers to them. Their
/// ids are what references resolve to.
fn read_references(o: &Obj<'_>) -> (Vec<Source>, Vec<IssueArea>, Vec<Indicator>) {
    let cx = o.cx;
    let mut seen = HashSet::new();
    let sources = o.list("sources", |v, p| parts::read_source(v, p, cx, &mut seen));
    *cx.sources.borrow_mut() = sources.iter().map(|s| s.id.clone()).collect();
    let issue_areas = read_issue_areas(o);
    *cx.areas.borrow_mut() = issue_areas.iter().map(|a| a.id.clone()).collect();
    let indicators = read_indicators(o);
    *cx.indicators.borrow_mut() = indicators.iter().map(|i| i.id.clone()).collect();
    (sources, issue_areas, indicators)
}

fn read_issue_areas(o: &Obj<'_>) -> Vec<IssueArea> {
    let mut seen = HashSet::new();
    o.list("issue_areas", |v, p| {
        let a = Obj::new(v, p, o.cx)?;
        a.allow_only(&["id", "name", "source"]);
        // Every field is read before `?`, so that all problems get reported.
        let id = a.id(&mut seen, is_slug, SLUG_RULE);
        let name = a.str("name");
        let source = a.reference("source", "source", &o.cx.sources);
        Some(IssueArea {
            id: id?,
            name: name?,
            source: source?,
        })
    })
}

fn read_indicators(o: &Obj<'_>) -> Vec<Indicator> {
    let mut seen = HashSet::new();
    o.list("indicators", |v, p| {
        let a = Obj::new(v, p, o.cx)?;
        a.allow_only(&["id", "name", "unit", "definition"]);
        let id = a.id(&mut seen, is_slug, SLUG_RULE);
        let name = a.str("name");
        let unit = a.str("unit");
        let definition = a.str("definition");
        Some(Indicator {
            id: id?,
            name: name?,
            unit: unit?,
            definition: definition?,
        })
    })
}

/// Longest translated text accepted (a definition or a summary, not a document).
const MAX_TRANSLATION_CHARS: usize = 4000;

/// `{"fr": {"indicator.sse-jobs.name": "Emplois de l'ESS", …}, "es": {…}}`: a bad text is
/// left out (the English one shows instead).
fn read_translations(v: &Json, path: String, cx: &Cx) -> HashMap<Lang, HashMap<String, String>> {
    let mut out = HashMap::new();
    let Some(o) = cx.part(|| Obj::new(v, path, cx)) else {
        return out;
    };
    for (code, texts) in o.members() {
        let at = o.at(code);
        let Some(lang) = Lang::ALL.into_iter().find(|l| l.code() == code) else {
            cx.note(&at, "expected a language code: en, fr, es or pt; left out");
            continue;
        };
        let Some(texts) = cx.part(|| Obj::new(texts, at.clone(), cx)) else {
            continue;
        };
        let mut map = HashMap::new();
        for (key, text) in texts.members() {
            let at = format!("{at}.{key}");
            if let Some(s) = cx.part(|| read_translation(key, text, &at, cx)) {
                map.insert(key.to_owned(), s);
            }
        }
        out.insert(lang, map);
    }
    out
}

fn read_translation(key: &str, text: &Json, at: &str, cx: &Cx) -> Option<String> {
    let key_ok = !key.is_empty()
        && key.len() <= 120
        && !key.chars().any(|c| c.is_control() || c.is_whitespace());
    let problem = match text {
        _ if !key_ok => "a text key is a short dotted name without spaces".to_owned(),
        Json::Str(s) if s.trim().is_empty() => "empty text".to_owned(),
        Json::Str(s) if s.chars().count() > MAX_TRANSLATION_CHARS => {
            format!("longer than {MAX_TRANSLATION_CHARS} characters")
        }
        Json::Str(s) => match text_problem("text", s) {
            None => return Some(s.to_string()),
            Some(problem) => problem,
        },
        other => format!("expected a string, got {}", describe(other)),
    };
    cx.report(at, problem);
    None
}

#[cfg(test)]
mod tests;
