//! Presentation tours: a data file of slides, each a title, a caption, its source and the view
//! to show (written in the public URL API's query syntax), and the clicker navigation state.
//!
//! Groundwork for the presentation mode: the file check reports every problem with its path,
//! like the dataset's, and navigation is a pure state machine.

use std::collections::HashMap;

use crate::core::check::reader::{read_json, Cx, Json, Obj, Path, Problem, Unreadable};
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

/// Reads a tour file with the dataset's reader (`check::reader`); every problem is reported,
/// located by its path, and any problem refuses the tour: a presenter fixes it before the
/// talk rather than meet a slide missing in front of the room.
pub fn parse_tour(input: &str) -> Result<Tour, Vec<Problem>> {
    let file_problem = |message: String| {
        vec![Problem {
            path: "(file)".into(),
            message,
        }]
    };
    let root = read_json(input, MAX_TOUR_BYTES).map_err(|e| match e {
        Unreadable::TooLarge(_) => file_problem(format!("larger than {MAX_TOUR_BYTES} bytes")),
        Unreadable::Json(m) => file_problem(format!("not valid JSON: {m}")),
    })?;
    let cx = Cx::default();
    let tour = read_tour(&root, &cx);
    let problems = cx.problems();
    match tour {
        Some(tour) if problems.is_empty() => Ok(tour),
        _ => Err(problems),
    }
}

fn read_tour(root: &Json, cx: &Cx) -> Option<Tour> {
    let o = Obj::new(root, String::new(), cx)?;
    o.allow_only(&["$schema", "format", "title", "slides"]);
    if o.get("format").and_then(Json::as_str) != Some(TOUR_FORMAT) {
        cx.report("format", format!("must be \"{TOUR_FORMAT}\""));
    }
    let title = limited(&o, "title", MAX_TITLE, true);
    let count = o
        .required("slides")
        .and_then(Json::as_array)
        .map(<[_]>::len);
    match count {
        Some(0) => cx.report("slides", "needs at least one slide"),
        Some(n) if n > MAX_SLIDES => cx.report("slides", format!("more than {MAX_SLIDES} slides")),
        Some(_) => {}
        None => cx.report("slides", "required: a list of slides"),
    }
    if count.is_none_or(|n| n > MAX_SLIDES) {
        return None;
    }
    let slides = o.list("slides", |v, p| read_slide(v, p, cx));
    Some(Tour {
        title: title.unwrap_or_default(),
        slides,
    })
}

/// A text held to `max` characters (a slide is read from the back of a room).
fn limited(o: &Obj<'_>, key: &str, max: usize, required: bool) -> Option<String> {
    let text = if required { o.str(key) } else { o.opt_str(key) }?;
    if text.chars().count() > max {
        o.cx.report(&o.at(key), format!("longer than {max} characters"));
        return None;
    }
    Some(text)
}

fn read_slide(v: &Json, path: Path, cx: &Cx) -> Option<Slide> {
    let o = Obj::new(v, path, cx)?;
    o.allow_only(&["title", "caption", "source", "view", "translations"]);
    // A null title or caption is a problem like any other: it is reported, never a slide
    // dropped unsaid with the later ones renumbered.
    let title = limited(&o, "title", MAX_TITLE, true);
    let caption = limited(&o, "caption", MAX_CAPTION, true);
    let source = limited(&o, "source", MAX_TITLE, false);
    let view = match limited(&o, "view", link::MAX_VALUE_CHARS * 4, false) {
        Some(q) => {
            let (state, warnings) = link::parse(&q);
            for w in warnings {
                cx.report(&o.at("view"), w);
            }
            state
        }
        None => UrlState::default(),
    };
    let translations = read_translations(&o);
    Some(Slide {
        title: title?,
        caption: caption?,
        source,
        view,
        translations,
    })
}

/// `"translations": {"fr": {"title": "…", "caption": "…"}, "es": {…}}`.
fn read_translations(slide: &Obj<'_>) -> HashMap<Lang, SlideText> {
    let cx = slide.cx;
    let mut out = HashMap::new();
    let Some(v) = slide.present("translations") else {
        return out;
    };
    let Some(langs) = Obj::new(v, slide.at("translations"), cx) else {
        return out;
    };
    for (code, texts) in langs.members() {
        let at = langs.at(code);
        let Some(lang) = Lang::ALL.into_iter().find(|l| l.code() == code) else {
            cx.report(&at, "expected a language code: en, fr, es or pt");
            continue;
        };
        let Some(texts) = Obj::new(texts, at, cx) else {
            continue;
        };
        texts.allow_only(&["title", "caption"]);
        let title = limited(&texts, "title", MAX_TITLE, false);
        let caption = limited(&texts, "caption", MAX_CAPTION, false);
        out.insert(lang, SlideText { title, caption });
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
mod tests;
