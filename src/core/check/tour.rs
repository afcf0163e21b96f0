//! Presentation tours: a data file of slides, each a title, a caption, its source and the view
//! to show (written in the public URL API's query syntax), and the clicker navigation state.
//!
//! Groundwork for the presentation mode: the file check reports every problem with its path,
//! like the dataset's, and navigation is a pure state machine.

use std::collections::HashMap;

use serde_json::Value;

use crate::core::check::dataset::Problem;
use crate::core::link::{self, UrlState};
use crate::core::model::dataset::Dataset;
use crate::core::model::lang::Lang;

pub const TOUR_FORMAT: &str = "sse-atlas-tour/1";
/// Largest tour file read; a real one is a few kilobytes.
pub const MAX_TOUR_BYTES: usize = 256 * 1024;
pub const MAX_SLIDES: usize = 200;
const MAX_TITLE: usize = 200;
const MAX_CAPTION: usize = 2000;

#[derive(Clone, Debug, PartialEq)]
pub struct Slide {
    pub title: String,
    pub caption: String,
    /// Id of a source in the dataset.
    pub source: Option<String>,
    /// What the map shows: selection, filters, date, indicator, zoom.
    pub view: UrlState,
    /// Title and caption in other languages (each may lack either).
    pub translations: HashMap<Lang, SlideText>,
}

/// A slide's texts in one language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SlideText {
    pub title: Option<String>,
    pub caption: Option<String>,
}

impl Slide {
    /// The title in `lang`, else the English one (marked so by the result's `lang`).
    pub fn title_in(&self, lang: Lang) -> (&str, Lang) {
        match self
            .translations
            .get(&lang)
            .and_then(|t| t.title.as_deref())
        {
            Some(t) => (t, lang),
            None => (&self.title, Lang::En),
        }
    }

    pub fn caption_in(&self, lang: Lang) -> (&str, Lang) {
        match self
            .translations
            .get(&lang)
            .and_then(|t| t.caption.as_deref())
        {
            Some(t) => (t, lang),
            None => (&self.caption, Lang::En),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tour {
    pub title: String,
    pub slides: Vec<Slide>,
}

fn text(
    obj: &serde_json::Map<String, Value>,
    key: &str,
    path: &str,
    max: usize,
    problems: &mut Vec<Problem>,
) -> Option<String> {
    let problem = |message: String| Problem {
        path: if path.is_empty() {
            key.to_owned()
        } else {
            format!("{path}.{key}")
        },
        message,
    };
    match obj.get(key) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.trim().is_empty() => {
            problems.push(problem("must not be empty".into()));
            None
        }
        Some(Value::String(s)) if s.chars().count() > max => {
            problems.push(problem(format!("longer than {max} characters")));
            None
        }
        Some(Value::String(s)) => match crate::core::check::dataset::control_problem(s) {
            None => Some(s.clone()),
            Some(m) => {
                problems.push(problem(m));
                None
            }
        },
        Some(other) => {
            let kind = match other {
                Value::Bool(_) => "a boolean",
                Value::Number(_) => "a number",
                Value::Array(_) => "an array",
                _ => "an object",
            };
            problems.push(problem(format!("expected text, got {kind}")));
            None
        }
    }
}

/// Reads a tour file; every problem is reported, located by its path.
pub fn parse_tour(input: &str) -> Result<Tour, Vec<Problem>> {
    let problem = |path: &str, message: &str| Problem {
        path: path.to_owned(),
        message: message.to_owned(),
    };
    if input.len() > MAX_TOUR_BYTES {
        return Err(vec![problem(
            "(file)",
            &format!("larger than {MAX_TOUR_BYTES} bytes"),
        )]);
    }
    let input = input.strip_prefix('\u{FEFF}').unwrap_or(input);
    let root: Value = serde_json::from_str(input)
        .map_err(|e| vec![problem("(file)", &format!("not valid JSON: {e}"))])?;
    let Some(root) = root.as_object() else {
        return Err(vec![problem("(file)", "expected an object")]);
    };
    let mut problems = Vec::new();
    if root.get("format").and_then(Value::as_str) != Some(TOUR_FORMAT) {
        problems.push(problem("format", &format!("must be \"{TOUR_FORMAT}\"")));
    }
    for key in root.keys() {
        if !["$schema", "format", "title", "slides"].contains(&key.as_str()) {
            problems.push(problem(key, "unknown field"));
        }
    }
    let title = text(root, "title", "", MAX_TITLE, &mut problems);
    if root.get("title").is_none() {
        problems.push(problem("title", "required"));
    }
    let slides = match root.get("slides") {
        Some(Value::Array(a)) if a.is_empty() => {
            problems.push(problem("slides", "needs at least one slide"));
            Vec::new()
        }
        Some(Value::Array(a)) if a.len() > MAX_SLIDES => {
            problems.push(problem("slides", &format!("more than {MAX_SLIDES} slides")));
            Vec::new()
        }
        Some(Value::Array(a)) => a
            .iter()
            .enumerate()
            .filter_map(|(i, v)| read_slide(v, &format!("slides[{i}]"), &mut problems))
            .collect(),
        _ => {
            problems.push(problem("slides", "required: a list of slides"));
            Vec::new()
        }
    };
    if problems.is_empty() {
        Ok(Tour {
            title: title.unwrap_or_default(),
            slides,
        })
    } else {
        Err(problems)
    }
}

fn read_slide(v: &Value, path: &str, problems: &mut Vec<Problem>) -> Option<Slide> {
    let Some(obj) = v.as_object() else {
        problems.push(Problem {
            path: path.to_owned(),
            message: "expected an object".into(),
        });
        return None;
    };
    for key in obj.keys() {
        if !["title", "caption", "source", "view", "translations"].contains(&key.as_str()) {
            problems.push(Problem {
                path: format!("{path}.{key}"),
                message: "unknown field".into(),
            });
        }
    }
    let title = text(obj, "title", path, MAX_TITLE, problems);
    let caption = text(obj, "caption", path, MAX_CAPTION, problems);
    for (key, value) in [("title", &title), ("caption", &caption)] {
        if value.is_none() && obj.get(key).is_none() {
            problems.push(Problem {
                path: format!("{path}.{key}"),
                message: "required".into(),
            });
        }
    }
    let source = text(obj, "source", path, MAX_TITLE, problems);
    let view = match text(obj, "view", path, link::MAX_VALUE_CHARS * 4, problems) {
        Some(q) => {
            let (state, warnings) = link::parse(&q);
            problems.extend(warnings.into_iter().map(|w| Problem {
                path: format!("{path}.view"),
                message: w,
            }));
            state
        }
        None => UrlState::default(),
    };
    let translations = read_translations(obj.get("translations"), path, problems);
    Some(Slide {
        title: title?,
        caption: caption?,
        source,
        view,
        translations,
    })
}

/// `"translations": {"fr": {"title": "…", "caption": "…"}, "es": {…}}`.
fn read_translations(
    v: Option<&Value>,
    path: &str,
    problems: &mut Vec<Problem>,
) -> HashMap<Lang, SlideText> {
    let mut out = HashMap::new();
    let mut problem = |at: String, message: &str| {
        problems.push(Problem {
            path: at,
            message: message.into(),
        })
    };
    let Some(v) = v else {
        return out;
    };
    let Some(langs) = v.as_object() else {
        problem(
            format!("{path}.translations"),
            "expected an object of languages",
        );
        return out;
    };
    for (code, texts) in langs {
        let at = format!("{path}.translations.{code}");
        let Some(lang) = Lang::ALL.into_iter().find(|l| l.code() == code) else {
            problem(at, "expected a language code: en, fr, es or pt");
            continue;
        };
        let Some(texts) = texts.as_object() else {
            problem(at, "expected an object with title and caption");
            continue;
        };
        if let Some(k) = texts.keys().find(|k| *k != "title" && *k != "caption") {
            problem(format!("{at}.{k}"), "unknown field");
            continue;
        }
        let mut inner = Vec::new();
        let title = text(texts, "title", &at, MAX_TITLE, &mut inner);
        let caption = text(texts, "caption", &at, MAX_CAPTION, &mut inner);
        if inner.is_empty() {
            out.insert(lang, SlideText { title, caption });
        } else {
            for p in inner {
                problem(p.path, &p.message);
            }
        }
    }
    out
}

/// Problems of a valid tour against the dataset it is shown with: sources, entities,
/// indicators and areas it names must exist there.
pub fn check_against(tour: &Tour, dataset: &Dataset) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (i, s) in tour.slides.iter().enumerate() {
        let mut missing = |key: &str, what: &str, id: &str| {
            problems.push(Problem {
                path: format!("slides[{i}].{key}"),
                message: format!("{what} {id:?} is not in the dataset"),
            });
        };
        if let Some(id) = &s.source {
            if dataset.source(id).is_none() {
                missing("source", "source", id);
            }
        }
        if let Some(id) = &s.view.country {
            if dataset.entity(id).is_none() {
                missing("view", "entity", id);
            }
        }
        if let Some(id) = &s.view.indicator {
            if dataset.indicator(id).is_none() {
                missing("view", "indicator", id);
            }
        }
        if let Some(id) = &s.view.filter.area {
            if dataset.issue_area(id).is_none() {
                missing("view", "issue area", id);
            }
        }
    }
    problems
}

/// What a presentation clicker or keyboard asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Next,
    Previous,
    First,
    Last,
    /// Blank the screen, or bring it back.
    Blank,
}

/// The command of a key (`KeyboardEvent.key`): clickers send PageDown/PageUp, some send the
/// arrows, Space, or `b`/`.` for their "blank" button.
pub fn command_for_key(key: &str) -> Option<Command> {
    match key {
        "PageDown" | "ArrowRight" | "ArrowDown" | " " | "Spacebar" | "Enter" => Some(Command::Next),
        "PageUp" | "ArrowLeft" | "ArrowUp" | "Backspace" => Some(Command::Previous),
        "Home" => Some(Command::First),
        "End" => Some(Command::Last),
        "b" | "B" | "." => Some(Command::Blank),
        _ => None,
    }
}

/// Where a presentation is: the slide (from 0) and whether the screen is blanked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deck {
    len: usize,
    index: usize,
    pub blank: bool,
}

impl Deck {
    /// A deck of `len` slides opened at `slide` (counted from 1, as in `slide=N`); out of
    /// range opens on the nearest slide.
    pub fn new(len: usize, slide: Option<usize>) -> Self {
        let index = slide
            .unwrap_or(1)
            .saturating_sub(1)
            .min(len.saturating_sub(1));
        Self {
            len,
            index,
            blank: false,
        }
    }

    pub fn index(&self) -> usize {
        self.index
    }

    /// The slide number for the link, counted from 1.
    pub fn number(&self) -> usize {
        self.index + 1
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Applies a command. A blank screen comes back on any command before anything moves, so
    /// a speaker never skips a slide unseen.
    pub fn apply(&mut self, command: Command) {
        if self.blank {
            self.blank = false;
            return;
        }
        let last = self.len.saturating_sub(1);
        match command {
            Command::Next => self.index = (self.index + 1).min(last),
            Command::Previous => self.index = self.index.saturating_sub(1),
            Command::First => self.index = 0,
            Command::Last => self.index = last,
            Command::Blank => self.blank = true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const GOOD: &str = r#"{
        "format": "sse-atlas-tour/1",
        "title": "The first meeting",
        "slides": [
            {"title": "The group", "caption": "Founded in November 2013.", "source": "ungls-2014", "view": "date=2014-09"},
            {"title": "Interested", "caption": "Senegal, Mali and Togo.", "view": "date=2014-09&status=interested"}
        ]
    }"#;

    #[test]
    fn a_good_tour_reads() {
        let tour = parse_tour(GOOD).expect("valid tour");
        assert_eq!(tour.slides.len(), 2);
        assert_eq!(tour.slides[1].view.filter.statuses.len(), 1);
        assert_eq!(tour.slides[0].source.as_deref(), Some("ungls-2014"));
    }

    #[test]
    fn every_problem_is_reported_with_its_path() {
        let bad = r#"{"format": "x", "slides": [
            {"title": "", "caption": 3, "view": "date=2014-13&zoom=99", "extra": 1},
            "oops",
            {"caption": "no title"}
        ]}"#;
        let problems = parse_tour(bad).expect_err("invalid");
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        for expected in [
            "format: must be \"sse-atlas-tour/1\"",
            "title: required",
            "slides[0].title: must not be empty",
            "slides[0].caption: expected text, got a number",
            "slides[0].extra: unknown field",
            "slides[1]: expected an object",
            "slides[2].title: required",
        ] {
            assert!(
                text.iter().any(|t| t == expected),
                "{expected} not in {text:#?}"
            );
        }
        assert!(text
            .iter()
            .any(|t| t.starts_with("slides[0].view: URL parameter date=")));
        assert!(text
            .iter()
            .any(|t| t.starts_with("slides[0].view: URL parameter zoom=")));
        assert!(parse_tour("{").is_err());
        assert!(parse_tour(&" ".repeat(MAX_TOUR_BYTES + 1)).is_err());
    }

    #[test]
    fn clicker_keys_move_through_the_deck() {
        let mut deck = Deck::new(3, Some(2));
        assert_eq!(deck.number(), 2);
        for key in ["PageDown", "ArrowRight", " "] {
            let mut d = deck;
            d.apply(command_for_key(key).expect("a command"));
            assert_eq!(d.number(), 3, "{key}");
        }
        deck.apply(Command::Last);
        deck.apply(Command::Next);
        assert_eq!(deck.number(), 3, "stays on the last slide");
        deck.apply(Command::Blank);
        assert!(deck.blank);
        deck.apply(Command::Previous);
        assert!(!deck.blank);
        assert_eq!(deck.number(), 3, "unblanking does not move");
        deck.apply(command_for_key("Home").expect("Home"));
        assert_eq!(deck.number(), 1);
        assert_eq!(command_for_key("x"), None);
        assert_eq!(Deck::new(3, Some(99)).number(), 3);
        assert_eq!(Deck::new(3, Some(0)).number(), 1);
    }

    proptest! {
        #[test]
        fn the_deck_stays_in_range(len in 1usize..20, start in 0usize..30, keys in proptest::collection::vec(0u8..5, 0..40)) {
            let mut deck = Deck::new(len, Some(start));
            for k in keys {
                deck.apply([Command::Next, Command::Previous, Command::First, Command::Last, Command::Blank][usize::from(k)]);
                prop_assert!(deck.index() < len);
            }
        }

        #[test]
        fn tour_parsing_never_panics(s in ".{0,200}") {
            let _ = parse_tour(&s);
        }
    }
}
