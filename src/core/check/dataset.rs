//! Load-time check of a dataset file: JSON text in, [`Dataset`] or *every* problem out.
//!
//! Written by hand rather than with a JSON Schema crate or plain `serde` derive: serde stops at
//! the first error and its messages do not name the path, schema crates are large in WebAssembly
//! and cannot check what matters most here (that every cited source exists, that dates are real
//! dates, that ids are unique). The JSON Schema in `assets/data/` is for editors; this module is
//! what the app trusts.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::fmt;

use serde_json::{Map, Value};

use crate::core::model::dataset::*;
use crate::core::model::date::PartialDate;
use crate::core::model::lang::Lang;

/// Largest dataset file the app will parse. The real file is ~60 KB; a larger one is almost
/// certainly a mistake, and parsing it would freeze the tab.
pub const MAX_DATASET_BYTES: usize = 5 * 1024 * 1024;

/// The only format this version reads.
pub const FORMAT: &str = "sse-atlas/1";

/// One problem in a dataset file, located by its path (`entities[3].figures[1].year`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Why a dataset could not be used.
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

/// Parses and validates a dataset file.
pub fn parse_dataset(text: &str) -> Result<Dataset, DatasetError> {
    if text.len() > MAX_DATASET_BYTES {
        return Err(DatasetError::TooLarge(text.len()));
    }
    // A byte order mark (Windows editors add one) is not JSON, but means no harm.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    // serde_json limits nesting to 128 levels, so hostile deep nesting fails here cleanly.
    let value: Value = serde_json::from_str(text).map_err(|e| DatasetError::Json(e.to_string()))?;
    let cx = Cx::default();
    let dataset = read_dataset(&value, &cx);
    let problems = cx.problems.into_inner();
    match dataset {
        Some(d) if problems.is_empty() => Ok(d),
        _ => Err(DatasetError::Invalid(problems)),
    }
}

/// Ids that references must resolve to, collected before the parts that use them.
#[derive(Default)]
struct Cx {
    problems: RefCell<Vec<Problem>>,
    sources: RefCell<HashSet<String>>,
    indicators: RefCell<HashSet<String>>,
    areas: RefCell<HashSet<String>>,
}

impl Cx {
    fn report(&self, path: &str, message: impl Into<String>) {
        let path = if path.is_empty() { "(top level)" } else { path };
        self.problems.borrow_mut().push(Problem {
            path: path.to_owned(),
            message: message.into(),
        });
    }
}

/// A text as quoted in messages: escaped (no control or bidi character reaches the page as
/// such) and cut after 40 characters, never the whole of a huge string.
pub fn quoted(s: &str) -> String {
    let short: String = s.chars().take(40).collect();
    if short.len() < s.len() {
        format!("{short:?}…")
    } else {
        format!("{short:?}")
    }
}

/// How a JSON value is named in messages: short, and never the whole of a huge string.
fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => quoted(s),
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
    }
}

/// Longest name, title or label: more would not fit any heading, tooltip or table cell.
pub const MAX_NAME_CHARS: usize = 300;
/// Longest text of any other field (the longest summary in the data is ~1,400 characters).
pub const MAX_TEXT_CHARS: usize = 10_000;

/// Fields shown as headings, names or labels, held to [`MAX_NAME_CHARS`].
const NAME_FIELDS: &[&str] = &[
    "name",
    "person",
    "role",
    "organisation",
    "place",
    "aliases",
    "short_name",
    "local_name",
    "title",
    "label",
    "publisher",
    "stated_by",
    "unit",
];

/// What is wrong with a text of field `key`, if anything. Bidirectional overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069) are refused because they make a text read
/// differently from what it is ("Trojan Source"); other control characters except line
/// breaks and tabs have no place in display text.
pub fn text_problem(key: &str, s: &str) -> Option<String> {
    let limit = if NAME_FIELDS.contains(&key) {
        MAX_NAME_CHARS
    } else {
        MAX_TEXT_CHARS
    };
    let count = s.chars().count();
    if count > limit {
        return Some(format!("has {count} characters; the limit is {limit}"));
    }
    control_problem(s)
}

/// What is wrong with the characters of a display text, if anything (see [`text_problem`]).
pub fn control_problem(s: &str) -> Option<String> {
    if s.contains('\u{FFFD}') {
        return Some(
            "contains U+FFFD (\u{FFFD}), the mark of text that was not saved as UTF-8: save the file as UTF-8"
                .to_owned(),
        );
    }
    if let Some(c) = s
        .chars()
        .find(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
    {
        return Some(format!(
            "contains U+{:04X}, a bidirectional control that makes text read differently from \
             what it is",
            c as u32
        ));
    }
    let c = s
        .chars()
        .find(|&c| c.is_control() && c != '\n' && c != '\t' && c != '\r')?;
    Some(format!(
        "contains the control character U+{:04X}, which is not allowed in text",
        c as u32
    ))
}

/// A JSON object being read, with its path for messages.
struct Obj<'a> {
    map: &'a Map<String, Value>,
    path: String,
    cx: &'a Cx,
}

impl<'a> Obj<'a> {
    fn new(v: &'a Value, path: String, cx: &'a Cx) -> Option<Self> {
        match v {
            Value::Object(map) => Some(Self { map, path, cx }),
            other => {
                cx.report(
                    &path,
                    format!("expected an object, got {}", describe(other)),
                );
                None
            }
        }
    }

    fn at(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// Unknown keys are reported: a misspelt `soruce` must not silently drop a citation.
    fn allow_only(&self, keys: &[&str]) {
        for k in self.map.keys() {
            if !keys.contains(&k.as_str()) {
                self.cx.report(
                    &self.at(k),
                    format!("unknown field (expected one of: {})", keys.join(", ")),
                );
            }
        }
    }

    fn present(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn required(&self, key: &str) -> Option<&'a Value> {
        let v = self.map.get(key);
        if v.is_none() {
            self.cx.report(&self.at(key), "missing required field");
        }
        v
    }

    fn string_of(&self, key: &str, v: &Value) -> Option<String> {
        match v {
            Value::String(s) if !s.trim().is_empty() => match text_problem(key, s) {
                None => Some(s.clone()),
                Some(problem) => {
                    self.cx.report(&self.at(key), problem);
                    None
                }
            },
            Value::String(_) => {
                self.cx.report(&self.at(key), "must not be empty");
                None
            }
            other => {
                self.cx.report(
                    &self.at(key),
                    format!("expected a string, got {}", describe(other)),
                );
                None
            }
        }
    }

    fn str(&self, key: &str) -> Option<String> {
        self.required(key).and_then(|v| self.string_of(key, v))
    }

    fn opt_str(&self, key: &str) -> Option<String> {
        self.present(key).and_then(|v| self.string_of(key, v))
    }

    fn date_of(&self, key: &str, v: &Value) -> Option<PartialDate> {
        let s = self.string_of(key, v)?;
        s.parse()
            .map_err(|e: crate::core::model::date::DateError| {
                self.cx.report(&self.at(key), e.to_string())
            })
            .ok()
    }

    fn date(&self, key: &str) -> Option<PartialDate> {
        self.required(key).and_then(|v| self.date_of(key, v))
    }

    fn opt_date(&self, key: &str) -> Option<PartialDate> {
        self.present(key).and_then(|v| self.date_of(key, v))
    }

    /// A year or null. `Err(())` when the value is neither (already reported).
    fn year(&self, key: &str) -> Result<Option<i32>, ()> {
        let Some(v) = self.required(key) else {
            return Err(());
        };
        let range = PartialDate::MIN_YEAR..=PartialDate::MAX_YEAR;
        match v {
            Value::Null => Ok(None),
            Value::Number(n) => match n.as_i64().and_then(|y| i32::try_from(y).ok()) {
                Some(y) if range.contains(&y) => Ok(Some(y)),
                _ => {
                    self.cx.report(
                        &self.at(key),
                        format!("expected a year (integer 1800-2100) or null, got {n}"),
                    );
                    Err(())
                }
            },
            other => {
                self.cx.report(
                    &self.at(key),
                    format!(
                        "expected a year (integer 1800-2100) or null, got {}",
                        describe(other)
                    ),
                );
                Err(())
            }
        }
    }

    /// One of `all`, written in the file as its `name`.
    fn keyed<T: Copy>(&self, key: &str, all: &[T], name: fn(T) -> &'static str) -> Option<T> {
        let s = self.str(key)?;
        let found = all.iter().copied().find(|t| name(*t) == s);
        if found.is_none() {
            let names: Vec<_> = all.iter().map(|t| name(*t)).collect();
            self.cx.report(
                &self.at(key),
                format!("expected one of {}, got {s:?}", names.join(", ")),
            );
        }
        found
    }

    fn one_of(&self, key: &str, allowed: &[&'static str]) -> Option<String> {
        self.keyed(key, allowed, |s| s).map(str::to_owned)
    }

    /// A required array whose items are read by `item` (each with its `[i]` path).
    fn array<T>(&self, key: &str, item: impl FnMut(&'a Value, String) -> Option<T>) -> Vec<T> {
        match self.required(key) {
            Some(v) => self.items(key, v, item),
            None => Vec::new(),
        }
    }

    fn opt_array<T>(&self, key: &str, item: impl FnMut(&'a Value, String) -> Option<T>) -> Vec<T> {
        match self.present(key) {
            Some(v) => self.items(key, v, item),
            None => Vec::new(),
        }
    }

    fn items<T>(
        &self,
        key: &str,
        v: &'a Value,
        mut item: impl FnMut(&'a Value, String) -> Option<T>,
    ) -> Vec<T> {
        match v {
            Value::Array(items) => items
                .iter()
                .enumerate()
                .filter_map(|(i, v)| item(v, format!("{}[{i}]", self.at(key))))
                .collect(),
            other => {
                self.cx.report(
                    &self.at(key),
                    format!("expected an array, got {}", describe(other)),
                );
                Vec::new()
            }
        }
    }

    fn strings(&self, key: &str, required: bool) -> Vec<String> {
        let cx = self.cx;
        let read = |v: &Value, path: String| match v {
            Value::String(s) if !s.trim().is_empty() => match text_problem(key, s) {
                None => Some(s.clone()),
                Some(problem) => {
                    cx.report(&path, problem);
                    None
                }
            },
            other => {
                cx.report(
                    &path,
                    format!("expected a non-empty string, got {}", describe(other)),
                );
                None
            }
        };
        if required {
            self.array(key, read)
        } else {
            self.opt_array(key, read)
        }
    }

    /// The object's own `id`, checked against `valid` and for duplicates in `seen`.
    fn id(
        &self,
        seen: &mut HashSet<String>,
        valid: fn(&str) -> bool,
        rule: &str,
    ) -> Option<String> {
        let id = self.str("id")?;
        check_id(self.cx, &self.at("id"), &id, seen, valid(&id), rule);
        Some(id)
    }

    /// A reference to an id collected in `ids`.
    fn reference(&self, key: &str, what: &str, ids: &RefCell<HashSet<String>>) -> Option<String> {
        let id = self.str(key)?;
        self.check_ref(&self.at(key), &id, what, ids);
        Some(id)
    }

    fn check_ref(&self, path: &str, id: &str, what: &str, ids: &RefCell<HashSet<String>>) {
        if !ids.borrow().contains(id) {
            self.cx.report(path, format!("unknown {what} id {id:?}"));
        }
    }

    fn source(&self) -> Option<String> {
        self.reference("source", "source", &self.cx.sources)
    }

    fn refs(&self, key: &str, what: &str, ids: &RefCell<HashSet<String>>) -> Vec<String> {
        let list = self.strings(key, false);
        for (i, id) in list.iter().enumerate() {
            self.check_ref(&format!("{}[{i}]", self.at(key)), id, what, ids);
        }
        list
    }

    fn areas(&self) -> Vec<String> {
        self.refs("issue_areas", "issue area", &self.cx.areas)
    }

    fn cite(&self) -> Option<Cite> {
        let source = self.source();
        let more_sources = self.refs("more_sources", "source", &self.cx.sources);
        let certainty = match self.present("certainty") {
            None => Some(Certainty::Sourced),
            Some(_) => self.keyed("certainty", &Certainty::ALL, Certainty::key),
        };
        // Read every field before `?`, so that all problems get reported.
        let note = self.opt_str("note");
        Some(Cite {
            source: source?,
            more_sources,
            certainty: certainty?,
            note,
        })
    }
}

/// Checks that `id` fits `pattern` and was not seen before; returns whether it is usable.
fn check_id(cx: &Cx, path: &str, id: &str, seen: &mut HashSet<String>, ok: bool, rule: &str) {
    if !ok {
        cx.report(path, format!("{id:?} is not a valid id ({rule})"));
    } else if !seen.insert(id.to_owned()) {
        cx.report(path, format!("duplicate id {id:?}"));
    }
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// ISO 3166-1 alpha-3 (`FRA`) or ISO 3166-2 (`CA-QC`).
pub fn is_entity_id(s: &str) -> bool {
    let upper = |p: &str| {
        p.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    };
    match s.split_once('-') {
        None => s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase()),
        Some((country, sub)) => {
            country.len() == 2
                && country.bytes().all(|b| b.is_ascii_uppercase())
                && (1..=3).contains(&sub.len())
                && upper(sub)
        }
    }
}

/// An `http:` or `https:` address: the only links the app renders.
pub fn is_web_url(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && s.len() > "https://".len()
        && !s.chars().any(char::is_whitespace)
}

fn read_dataset(v: &Value, cx: &Cx) -> Option<Dataset> {
    let o = Obj::new(v, String::new(), cx)?;
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
    match o.str("format") {
        Some(f) if f == FORMAT => {}
        Some(f) => cx.report("format", format!("expected {FORMAT:?}, got {f:?}")),
        None => {}
    }
    // Sources, indicators and issue areas first: everything else refers to them.
    let mut seen = HashSet::new();
    let sources = o.array("sources", |v, p| read_source(v, p, cx, &mut seen));
    *cx.sources.borrow_mut() = seen;
    let mut seen = HashSet::new();
    let issue_areas = o.array("issue_areas", |v, p| {
        let a = Obj::new(v, p, cx)?;
        a.allow_only(&["id", "name", "source"]);
        let id = a.id(&mut seen, is_slug, "lowercase letters, digits, -");
        // Read every field before `?`, so that all problems get reported.
        let name = a.str("name");
        let source = a.source();
        Some(IssueArea {
            id: id?,
            name: name?,
            source: source?,
        })
    });
    *cx.areas.borrow_mut() = seen;
    let mut seen = HashSet::new();
    let indicators = o.array("indicators", |v, p| {
        let a = Obj::new(v, p, cx)?;
        a.allow_only(&["id", "name", "unit", "definition"]);
        let id = a.id(&mut seen, is_slug, "lowercase letters, digits, -");
        // Read every field before `?`, so that all problems get reported.
        let name = a.str("name");
        let unit = a.str("unit");
        let definition = a.str("definition");
        Some(Indicator {
            id: id?,
            name: name?,
            unit: unit?,
            definition: definition?,
        })
    });
    *cx.indicators.borrow_mut() = seen;

    let group = o
        .required("group")
        .and_then(|g| read_group(g, o.at("group"), cx));
    let mut seen = HashSet::new();
    let entities = o.array("entities", |v, p| read_entity(v, p, cx, &mut seen));
    // Read every field before `?`, so that all problems get reported.
    let title = o.str("title");
    let updated = o.date("updated");
    let translations = o
        .map
        .get("translations")
        .map(|t| read_translations(t, o.at("translations"), cx))
        .unwrap_or_default();
    Some(
        Dataset {
            title: title?,
            updated: updated?,
            sources,
            issue_areas,
            indicators,
            group: group?,
            entities,
            translations,
            index: Default::default(),
        }
        .indexed(),
    )
}

/// Longest translated text accepted (a definition or a summary, not a document).
const MAX_TRANSLATION_CHARS: usize = 4000;

/// `{"fr": {"indicator.sse-jobs.name": "Emplois de l'ESS", …}, "es": {…}}`.
fn read_translations(v: &Value, path: String, cx: &Cx) -> HashMap<Lang, HashMap<String, String>> {
    let mut out = HashMap::new();
    let Some(o) = Obj::new(v, path, cx) else {
        return out;
    };
    for (code, texts) in o.map {
        let at = o.at(code);
        let Some(lang) = Lang::ALL.into_iter().find(|l| l.code() == code) else {
            cx.report(&at, "expected a language code: en, fr, es or pt");
            continue;
        };
        let Some(texts) = Obj::new(texts, at.clone(), cx) else {
            continue;
        };
        let mut map = HashMap::new();
        for (key, text) in texts.map {
            let at = format!("{at}.{key}");
            let key_ok = !key.is_empty()
                && key.len() <= 120
                && !key.chars().any(|c| c.is_control() || c.is_whitespace());
            match text {
                _ if !key_ok => cx.report(&at, "a text key is a short dotted name without spaces"),
                Value::String(s) if s.trim().is_empty() => cx.report(&at, "empty text"),
                Value::String(s) if s.chars().count() > MAX_TRANSLATION_CHARS => cx.report(
                    &at,
                    format!("longer than {MAX_TRANSLATION_CHARS} characters"),
                ),
                Value::String(s) => match text_problem("text", s) {
                    None => {
                        map.insert(key.clone(), s.clone());
                    }
                    Some(problem) => cx.report(&at, problem),
                },
                other => cx.report(&at, format!("expected a string, got {}", describe(other))),
            }
        }
        out.insert(lang, map);
    }
    out
}

fn read_source(v: &Value, p: String, cx: &Cx, seen: &mut HashSet<String>) -> Option<Source> {
    let s = Obj::new(v, p, cx)?;
    s.allow_only(&["id", "title", "publisher", "url", "year", "lang"]);
    let id = s.id(seen, is_slug, "lowercase letters, digits, -");
    let url = s.str("url");
    if let Some(u) = &url {
        if !is_web_url(u) {
            cx.report(
                &s.at("url"),
                format!(
                    "expected an http:// or https:// address, got {}",
                    describe(&Value::String(u.clone()))
                ),
            );
        }
    }
    let year = s.year("year").ok();
    // Read every field before `?`, so that all problems get reported.
    let title = s.str("title");
    let publisher = s.str("publisher");
    let lang = s.opt_str("lang");
    Some(Source {
        id: id?,
        title: title?,
        publisher: publisher?,
        url: url?,
        year: year?,
        lang,
    })
}

fn read_group(v: &Value, p: String, cx: &Cx) -> Option<Group> {
    let g = Obj::new(v, p, cx)?;
    g.allow_only(&[
        "name",
        "short_name",
        "aliases",
        "summary",
        "source",
        "events",
        "statements",
    ]);
    let events = g.array("events", |v, p| read_event(v, p, cx));
    let statements = g.array("statements", |v, p| read_statement(v, p, cx));
    // Read every field before `?`, so that all problems get reported.
    let name = g.str("name");
    let short_name = g.str("short_name");
    let aliases = g.strings("aliases", false);
    let summary = g.str("summary");
    let source = g.source();
    Some(Group {
        name: name?,
        short_name: short_name?,
        aliases,
        summary: summary?,
        source: source?,
        events,
        statements,
    })
}

fn read_event(v: &Value, p: String, cx: &Cx) -> Option<Event> {
    let e = Obj::new(v, p, cx)?;
    e.allow_only(&[
        "date",
        "title",
        "place",
        "summary",
        "source",
        "more_sources",
        "certainty",
        "note",
    ]);
    // Read every field before `?`, so that all problems get reported.
    let date = e.date("date");
    let title = e.str("title");
    let place = e.opt_str("place");
    let summary = e.str("summary");
    let cite = e.cite();
    Some(Event {
        date: date?,
        title: title?,
        place,
        summary: summary?,
        cite: cite?,
    })
}

fn read_statement(v: &Value, p: String, cx: &Cx) -> Option<Statement> {
    let s = Obj::new(v, p, cx)?;
    s.allow_only(&[
        "person",
        "role",
        "organisation",
        "on_behalf_of",
        "date",
        "summary",
        "quotes",
        "lang",
        "source",
        "issue_areas",
    ]);
    let quotes = s.strings("quotes", true);
    let summary = s.opt_str("summary");
    if quotes.is_empty() && summary.is_none() && s.map.contains_key("quotes") {
        cx.report(&s.at("summary"), "required when there is no quote");
    }
    // Read every field before `?`, so that all problems get reported.
    let person = s.str("person");
    let role = s.str("role");
    let organisation = s.opt_str("organisation");
    let on_behalf_of = s.opt_str("on_behalf_of");
    let date = s.date("date");
    let lang = s.opt_str("lang");
    let source = s.source();
    let issue_areas = s.areas();
    Some(Statement {
        person: person?,
        role: role?,
        organisation,
        on_behalf_of,
        date: date?,
        summary,
        quotes,
        lang,
        source: source?,
        issue_areas,
    })
}

fn read_entity(v: &Value, p: String, cx: &Cx, seen: &mut HashSet<String>) -> Option<Entity> {
    let e = Obj::new(v, p, cx)?;
    e.allow_only(&[
        "id",
        "name",
        "local_name",
        "local_lang",
        "kind",
        "parent",
        "status_history",
        "statements",
        "laws",
        "bodies",
        "figures",
    ]);
    let id = e.id(
        seen,
        is_entity_id,
        "ISO 3166-1 alpha-3 like FRA, or ISO 3166-2 like CA-QC",
    );
    let kind = e.keyed("kind", &EntityKind::ALL, EntityKind::key);
    let parent = e.opt_str("parent");
    if kind == Some(EntityKind::Subnational) && parent.is_none() {
        cx.report(
            &e.at("parent"),
            "required for a subnational entity (the id of its country)",
        );
    }
    let history = e.array("status_history", |v, p| read_status_change(v, p, cx));
    if e.map
        .get("status_history")
        .and_then(Value::as_array)
        .is_some_and(Vec::is_empty)
    {
        cx.report(&e.at("status_history"), "needs at least one entry");
    }
    for (i, pair) in history.windows(2).enumerate() {
        if pair[1].date < pair[0].date {
            cx.report(
                &format!("{}[{}].date", e.at("status_history"), i + 1),
                format!(
                    "entries must be oldest first ({} comes after {})",
                    pair[1].date, pair[0].date
                ),
            );
        }
    }
    let statements = e.array("statements", |v, p| read_statement(v, p, cx));
    let laws = e.array("laws", |v, p| read_law(v, p, cx));
    let bodies = e.array("bodies", |v, p| read_body(v, p, cx));
    let figures = e.array("figures", |v, p| read_figure(v, p, cx));
    // Read every field before `?`, so that all problems get reported.
    let name = e.str("name");
    let local_name = e.opt_str("local_name");
    let local_lang = e.opt_str("local_lang");
    let status_history = history;
    Some(Entity {
        id: id?,
        name: name?,
        local_name,
        local_lang,
        kind: kind?,
        parent,
        status_history,
        statements,
        laws,
        bodies,
        figures,
    })
}

fn read_status_change(v: &Value, p: String, cx: &Cx) -> Option<StatusChange> {
    let s = Obj::new(v, p, cx)?;
    s.allow_only(&[
        "date",
        "status",
        "source",
        "more_sources",
        "certainty",
        "note",
    ]);
    let date = s.date("date");
    let status = s.keyed("status", &Status::ALL, Status::key);
    // Read every field before `?`, so that all problems get reported.
    let cite = s.cite();
    Some(StatusChange {
        date: date?,
        status: status?,
        cite: cite?,
    })
}

fn read_law(v: &Value, p: String, cx: &Cx) -> Option<Law> {
    let l = Obj::new(v, p, cx)?;
    l.allow_only(&[
        "title",
        "lang",
        "kind",
        "date",
        "year",
        "summary",
        "source",
        "more_sources",
        "certainty",
        "note",
        "issue_areas",
    ]);
    let kind = l.one_of("kind", &LAW_KINDS);
    let date = l.opt_date("date");
    let year = l.year("year");
    let cite = l.cite();
    if let (Ok(None), Some(c)) = (&year, &cite) {
        if c.certainty != Certainty::Undated {
            cx.report(
                &l.at("year"),
                "null is only allowed with \"certainty\": \"undated\"",
            );
        }
    }
    // Read every field before `?`, so that all problems get reported.
    let title = l.str("title");
    let lang = l.opt_str("lang");
    let year = year.ok();
    let summary = l.str("summary");
    let issue_areas = l.areas();
    Some(Law {
        title: title?,
        lang,
        kind: kind?,
        date,
        year: year?,
        summary: summary?,
        cite: cite?,
        issue_areas,
    })
}

fn read_body(v: &Value, p: String, cx: &Cx) -> Option<Body> {
    let b = Obj::new(v, p, cx)?;
    b.allow_only(&[
        "name",
        "lang",
        "kind",
        "since",
        "summary",
        "source",
        "more_sources",
        "certainty",
        "note",
    ]);
    let kind = b.one_of("kind", &BODY_KINDS);
    // Read every field before `?`, so that all problems get reported.
    let name = b.str("name");
    let lang = b.opt_str("lang");
    let since = b.opt_date("since");
    let summary = b.str("summary");
    let cite = b.cite();
    Some(Body {
        name: name?,
        lang,
        kind: kind?,
        since,
        summary: summary?,
        cite: cite?,
    })
}

/// Figures beyond this are typing mistakes (the world has ~8e9 people).
const MAX_FIGURE: f64 = 1e13;

fn read_figure(v: &Value, p: String, cx: &Cx) -> Option<Figure> {
    let f = Obj::new(v, p, cx)?;
    f.allow_only(&[
        "indicator",
        "value",
        "qualifier",
        "year",
        "label",
        "kind",
        "stated_by",
        "source",
        "quote",
        "lang",
        "more_sources",
        "certainty",
        "note",
        "issue_areas",
    ]);
    let indicator = f.reference("indicator", "indicator", &cx.indicators);
    let value = f.required("value").and_then(|v| match v.as_f64() {
        Some(x) if x.is_finite() && (0.0..=MAX_FIGURE).contains(&x) => Some(x),
        _ => {
            cx.report(
                &f.at("value"),
                format!(
                    "expected a number from 0 to {MAX_FIGURE:e}, got {}",
                    describe(v)
                ),
            );
            None
        }
    });
    let year = f.year("year");
    let kind = f.keyed("kind", &FigureKind::ALL, FigureKind::key);
    let cite = f.cite();
    if let (Ok(None), Some(c)) = (&year, &cite) {
        if c.certainty != Certainty::Undated {
            cx.report(
                &f.at("year"),
                "null is only allowed with \"certainty\": \"undated\"",
            );
        }
    }
    // Read every field before `?`, so that all problems get reported.
    let qualifier = f.opt_str("qualifier");
    let year = year.ok();
    let label = f.str("label");
    let stated_by = f.opt_str("stated_by");
    let quote = f.opt_str("quote");
    let lang = f.opt_str("lang");
    let issue_areas = f.areas();
    Some(Figure {
        indicator: indicator?,
        value: value?,
        qualifier,
        year: year?,
        label: label?,
        kind: kind?,
        stated_by,
        quote,
        lang,
        cite: cite?,
        issue_areas,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_ids() {
        for ok in ["FRA", "CA-QC", "XKX", "GB-ENG"] {
            assert!(is_entity_id(ok), "{ok}");
        }
        for bad in [
            "fra", "FR", "FRAN", "CA-", "C-QC", "CA-QUEB", "<script>", "",
        ] {
            assert!(!is_entity_id(bad), "{bad}");
        }
    }

    #[test]
    fn web_urls_only() {
        assert!(is_web_url("https://un-ngls.org/x"));
        assert!(is_web_url("HTTP://example.org"));
        for bad in [
            "javascript:alert(1)",
            "data:text/html,x",
            "https://",
            "//x.org",
            "https://a b",
        ] {
            assert!(!is_web_url(bad), "{bad}");
        }
    }

    #[test]
    fn describe_truncates_long_strings() {
        let long = Value::String("x".repeat(100_000));
        assert!(describe(&long).len() < 60);
    }
}
