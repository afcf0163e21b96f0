//! The reader every data file goes through (the dataset, the tour): JSON text in, values read
//! field by field, each problem located by its path (`entities[3].figures[1].year`).
//!
//! Written by hand rather than with a JSON Schema crate or plain `serde` derive: serde stops at
//! the first error and its messages do not name the path, and schema crates are large in
//! WebAssembly. Above all, a file is read part by part: a problem leaves out the smallest part
//! that holds it ([`Cx::part`]), and the rest of the file is used.

mod cx;
mod path;

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;
use std::rc::Rc;

use serde_json_borrow::ObjectAsVec;

use crate::core::check::text::text_problem;
use crate::core::model::date::PartialDate;

pub use cx::Cx;
pub use path::Path;

/// One problem in a data file, located by its path.
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

/// Why a file could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Over the size limit (its size).
    TooLarge(usize),
    /// Not JSON: serde's message, which gives the line and column.
    Json(String),
}

/// A JSON value as the reader reads it: its texts borrowed from the file rather than copied,
/// and an object's members a list rather than a map. Building a `serde_json::Value`, which
/// copies every key and text, was over half of reading a large dataset.
pub type Json<'a> = serde_json_borrow::Value<'a>;

/// Parses `text` as JSON, once it is within `max_bytes`. A byte order mark (Windows editors
/// add one) is not JSON but means no harm. serde_json limits nesting to 128 levels, so hostile
/// deep nesting fails here cleanly.
pub fn read_json(text: &str, max_bytes: usize) -> Result<Json<'_>, Unreadable> {
    if text.len() > max_bytes {
        return Err(Unreadable::TooLarge(text.len()));
    }
    serde_json::from_str(without_bom(text)).map_err(|e| Unreadable::Json(e.to_string()))
}

/// `text` without the byte order mark a Windows editor may put before it.
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{FEFF}').unwrap_or(text)
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
pub fn describe(v: &Json) -> String {
    match v {
        Json::Null => "null".into(),
        Json::Bool(b) => b.to_string(),
        // A fraction as serde_json writes it (`1.0`, `1e300`), not as Rust's `Display` would
        // (`1`, three hundred digits).
        Json::Number(n) if n.is_f64() => n
            .as_f64()
            .and_then(serde_json::Number::from_f64)
            .map_or_else(|| n.to_string(), |n| n.to_string()),
        Json::Number(n) => n.to_string(),
        Json::Str(s) => quoted(s),
        Json::Array(_) => "an array".into(),
        Json::Object(_) => "an object".into(),
    }
}

/// A value that could not be read, its problem already reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reported;

/// A JSON object being read, with its path for messages.
pub struct Obj<'a> {
    map: &'a ObjectAsVec<'a>,
    pub path: Path,
    pub cx: &'a Cx,
}

impl<'a> Obj<'a> {
    pub fn new(v: &'a Json<'a>, path: impl Into<Path>, cx: &'a Cx) -> Option<Self> {
        let path = path.into();
        match v {
            Json::Object(map) => Some(Self { map, path, cx }),
            other => {
                cx.report(
                    &path.to_string(),
                    format!("expected an object, got {}", describe(other)),
                );
                None
            }
        }
    }

    pub fn at(&self, key: &str) -> String {
        if self.path == Path::Text(String::new()) {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// The member `key`; of several, the last, as `JSON.parse` reads a repeated key.
    pub fn get(&self, key: &str) -> Option<&'a Json<'a>> {
        // Compared byte by byte, lengths first: keys are a few bytes long, and the library
        // comparison (a call per key) was the largest part of a large file's reading.
        let key = key.as_bytes();
        let members = self.map.as_vec();
        members
            .iter()
            .rev()
            .find(|(k, _)| {
                let k = k.as_bytes();
                k.len() == key.len() && k.iter().zip(key).all(|(a, b)| a == b)
            })
            .map(|(_, v)| v)
    }

    /// The members in the order the messages give them (sorted by key, as serde_json's map
    /// kept them), each key once with its last value.
    pub fn members(&self) -> Vec<(&'a str, &'a Json<'a>)> {
        let mut out: Vec<(&'a str, &'a Json<'a>)> = Vec::with_capacity(self.map.len());
        for (k, v) in self.map.as_vec() {
            let k: &'a str = k;
            // A repeated key keeps its last value.
            match out.iter_mut().find(|(seen, _)| *seen == k) {
                Some(member) => member.1 = v,
                None => out.push((k, v)),
            }
        }
        out.sort_by(|a, b| a.0.cmp(b.0));
        out
    }

    /// Unknown keys are reported: a misspelt `soruce` must not drop a citation unsaid.
    pub fn allow_only(&self, keys: &[&str]) {
        // Sorted only when there is something to report: most objects are in order.
        if self.map.keys().all(|k| keys.contains(&k)) {
            return;
        }
        for (k, _) in self.members() {
            if !keys.contains(&k) {
                self.cx.note(
                    &self.at(k),
                    format!(
                        "unknown field, ignored (expected one of: {})",
                        keys.join(", ")
                    ),
                );
            }
        }
    }

    pub fn present(&self, key: &str) -> Option<&'a Json<'a>> {
        self.get(key).filter(|v| !v.is_null())
    }

    pub fn required(&self, key: &str) -> Option<&'a Json<'a>> {
        let v = self.get(key);
        if v.is_none() {
            self.cx.report(&self.at(key), "missing required field");
        }
        v
    }

    /// `path` is only written out for a problem: a large file has some hundred thousand
    /// texts, and formatting each one's path was a tenth of its reading.
    ///
    /// The text is borrowed from the file: a key or a reference is only compared, and the model
    /// copies only what it keeps.
    fn string_at(
        &self,
        path: impl FnOnce() -> String,
        key: &str,
        v: &'a Json<'a>,
    ) -> Option<&'a str> {
        let problem = match v {
            Json::Str(s) if !s.trim().is_empty() => match text_problem(key, s) {
                None => return Some(s),
                Some(problem) => problem,
            },
            Json::Str(_) => "must not be empty".to_owned(),
            other => format!("expected a string, got {}", describe(other)),
        };
        self.cx.report(&path(), problem);
        None
    }

    pub fn string_of(&self, key: &str, v: &'a Json<'a>) -> Option<String> {
        self.text_of(key, v).map(str::to_owned)
    }

    fn text_of(&self, key: &str, v: &'a Json<'a>) -> Option<&'a str> {
        self.string_at(|| self.at(key), key, v)
    }

    /// A required text, borrowed from the file.
    pub fn text(&self, key: &str) -> Option<&'a str> {
        self.required(key).and_then(|v| self.text_of(key, v))
    }

    pub fn str(&self, key: &str) -> Option<String> {
        self.text(key).map(str::to_owned)
    }

    pub fn opt_str(&self, key: &str) -> Option<String> {
        self.present(key).and_then(|v| self.string_of(key, v))
    }

    /// An optional text whose problem leaves out only the text.
    pub fn lenient_str(&self, key: &str) -> Option<String> {
        self.cx.part(|| self.opt_str(key))
    }

    fn date_of(&self, key: &str, v: &'a Json<'a>) -> Option<PartialDate> {
        let s = self.text_of(key, v)?;
        s.parse()
            .map_err(|e: crate::core::model::date::DateError| {
                self.cx.report(&self.at(key), e.to_string())
            })
            .ok()
    }

    pub fn date(&self, key: &str) -> Option<PartialDate> {
        self.required(key).and_then(|v| self.date_of(key, v))
    }

    pub fn opt_date(&self, key: &str) -> Option<PartialDate> {
        self.present(key).and_then(|v| self.date_of(key, v))
    }

    /// A year or null. `Err(Reported)` when the value is neither (its problem reported).
    pub fn year(&self, key: &str) -> Result<Option<i32>, Reported> {
        let Some(v) = self.required(key) else {
            return Err(Reported);
        };
        let range = PartialDate::MIN_YEAR..=PartialDate::MAX_YEAR;
        let year = match v {
            Json::Null => return Ok(None),
            Json::Number(n) => n.as_i64().and_then(|y| i32::try_from(y).ok()),
            _ => None,
        };
        match year {
            Some(y) if range.contains(&y) => Ok(Some(y)),
            _ => {
                self.cx.report(
                    &self.at(key),
                    format!(
                        "expected a year (integer 1800-2100) or null, got {}",
                        describe(v)
                    ),
                );
                Err(Reported)
            }
        }
    }

    /// One of `all`, written in the file as its `name`.
    pub fn keyed<T: Copy>(&self, key: &str, all: &[T], name: fn(T) -> &'static str) -> Option<T> {
        let s = self.text(key)?;
        let found = all.iter().copied().find(|t| name(*t) == s);
        if found.is_none() {
            let names: Vec<_> = all.iter().map(|t| name(*t)).collect();
            self.cx.report(
                &self.at(key),
                format!("expected one of {}, got {}", names.join(", "), quoted(s)),
            );
        }
        found
    }

    pub fn one_of(&self, key: &str, allowed: &[&'static str]) -> Option<String> {
        self.keyed(key, allowed, |s| s).map(str::to_owned)
    }

    /// An optional list (a missing one is empty) whose items are read by `item`, each with
    /// its `[i]` path, each a part of its own: a bad item is left out, not the list.
    pub fn list<T>(
        &self,
        key: &str,
        mut item: impl FnMut(&'a Json<'a>, Path) -> Option<T>,
    ) -> Vec<T> {
        let Some(v) = self.present(key) else {
            return Vec::new();
        };
        match v {
            Json::Array(items) => {
                let at: Rc<str> = self.at(key).into();
                items
                    .iter()
                    .enumerate()
                    .filter_map(|(i, v)| self.cx.part(|| item(v, Path::Item(at.clone(), i))))
                    .collect()
            }
            other => {
                self.cx.note(
                    &self.at(key),
                    format!("expected an array, got {}; left out", describe(other)),
                );
                Vec::new()
            }
        }
    }

    /// An optional list of texts; a bad one is left out.
    pub fn strings(&self, key: &str) -> Vec<String> {
        self.list(key, |v, path| {
            self.string_at(|| path.to_string(), key, v)
                .map(str::to_owned)
        })
    }

    /// The object's own `id`, checked against `valid` and for duplicates in `seen`.
    pub fn id(
        &self,
        seen: &mut HashSet<String>,
        valid: fn(&str) -> bool,
        rule: &str,
    ) -> Option<String> {
        let id = self.str("id")?;
        let path = self.at("id");
        if !valid(&id) {
            self.cx
                .report(&path, format!("{} is not a valid id ({rule})", quoted(&id)));
            None
        } else if !seen.insert(id.clone()) {
            self.cx
                .report(&path, format!("duplicate id {}", quoted(&id)));
            None
        } else {
            Some(id)
        }
    }

    /// A required reference to an id collected in `ids`.
    pub fn reference(
        &self,
        key: &str,
        what: &str,
        ids: &RefCell<HashSet<String>>,
    ) -> Option<String> {
        let id = self.text(key)?;
        if ids.borrow().contains(id) {
            Some(id.to_owned())
        } else {
            self.cx
                .report(&self.at(key), format!("unknown {what} id {}", quoted(id)));
            None
        }
    }

    /// An optional list of references: one that leads nowhere is left out of the list.
    pub fn refs(&self, key: &str, what: &str, ids: &RefCell<HashSet<String>>) -> Vec<String> {
        self.list(key, |v, path| {
            let id = self.string_at(|| path.to_string(), key, v)?;
            if ids.borrow().contains(id) {
                Some(id.to_owned())
            } else {
                self.cx.report(
                    &path.to_string(),
                    format!("unknown {what} id {}", quoted(id)),
                );
                None
            }
        })
    }
}
