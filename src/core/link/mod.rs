//! The public URL API: everything a visitor can set, as a query string, and back.
//!
//! `parse` checks each value's form and drops (with a warning) what it cannot use; `sanitize`
//! then drops ids the loaded data does not know. Printing leaves out defaults and writes keys
//! in a fixed order, so `parse(print(s)) == s` and equal states give equal links.

use std::collections::HashSet;

use crate::core::derive::filter::Filter;
use crate::core::derive::search::MAX_QUERY_CHARS;
use crate::core::model::dataset::Status;
use crate::core::model::date::PartialDate;
use crate::core::model::lang::Lang;
use crate::core::model::theme::{Rgb, Theme};

/// Longest value looked at; anything longer is junk and ignored.
pub const MAX_VALUE_CHARS: usize = 200;
/// Most entities a comparison takes.
pub const MAX_COMPARE: usize = 4;

/// The main view.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Map,
    Table,
    Chart,
}

impl View {
    pub const ALL: [View; 3] = [View::Map, View::Table, View::Chart];

    pub fn key(self) -> &'static str {
        match self {
            View::Map => "map",
            View::Table => "table",
            View::Chart => "chart",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            View::Map => "Map",
            View::Table => "Table",
            View::Chart => "Chart",
        }
    }
}

/// Everything the query string can hold.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlState {
    /// Selected entity or country (`FRA`, `CA-QC`).
    pub country: Option<String>,
    pub filter: Filter,
    /// "As of" date; a month or year means the state at its end. `None`: the latest.
    pub date: Option<PartialDate>,
    pub indicator: Option<String>,
    pub q: String,
    pub view: View,
    /// Entities picked for the comparison chart (2 to 4 make a comparison).
    pub compare: Vec<String>,
    /// Zoom factor (1 = whole world), rounded to 2 decimals.
    pub zoom: Option<f64>,
    /// Centre of the view as (latitude, longitude), rounded to 2 decimals.
    pub center: Option<(f64, f64)>,
    /// How the page is framed: embedded, presented, themed, fed another dataset.
    pub frame: Frame,
}

/// The page's frame: set by a host site or a speaker, not by what a visitor explores.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Frame {
    /// `embed=1`: compact layout for an iframe.
    pub embed: bool,
    /// `present=1`: presentation mode with the tour.
    pub present: bool,
    /// `card=1` (with `embed=1`): one entity's card instead of the map (`ui::card`).
    pub card: bool,
    /// `slide=N`: the tour's slide, counted from 1.
    pub slide: Option<usize>,
    /// `auto=S`: the tour advances by itself every S seconds (kiosk).
    pub auto: Option<u32>,
    pub theme: Option<Theme>,
    pub accent: Option<Rgb>,
    /// `data=path`: a dataset file to load instead of the built-in one (checked against the
    /// allowed origins before it is fetched).
    pub data: Option<String>,
    /// `boundaries=path`: a host's own country boundaries (GeoJSON) instead of the built-in
    /// map, checked like `data=`.
    pub boundaries: Option<String>,
    /// `lang=fr`: the UI language (else the browser's, if the UI speaks it).
    pub lang: Option<Lang>,
}

/// Seconds between slides that `auto=` accepts.
pub const AUTO_SECONDS: std::ops::RangeInclusive<u32> = 3..=600;

/// A `data=` value worth resolving: a path or http(s) URL, without spaces or control
/// characters. Where it points is checked later, against the page's origin.
fn plausible_location(s: &str) -> bool {
    !s.is_empty()
        && !s
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || c == '\\')
        && match s.split_once(':') {
            // A scheme: only the web's. A colon after a slash is part of a path.
            Some((scheme, _)) if !scheme.contains('/') => {
                scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http")
            }
            _ => true,
        }
}

fn flag(value: &str) -> Option<bool> {
    match value {
        "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

/// The dataset's own id rules (`check::ids`): every id a dataset accepts can be linked.
use crate::core::check::ids::{is_entity_id as valid_id, is_slug as valid_slug};

/// Rounds to 2 decimals, the precision links carry.
pub fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

fn number(s: &str) -> Option<f64> {
    s.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Most warnings one link gives; the rest are counted in a last one. A link of a million
/// junk parameters must not make a million lines in the page.
pub const MAX_WARNINGS: usize = 20;

/// Parses a query string (with or without the leading `?`). Unknown keys and unusable values
/// are ignored, each with a warning (at most [`MAX_WARNINGS`]).
pub fn parse(query: &str) -> (UrlState, Vec<String>) {
    let mut state = UrlState::default();
    let mut warnings = Vec::new();
    let mut unlisted = 0usize;
    let mut seen = HashSet::new();
    let query = query.strip_prefix('?').unwrap_or(query);
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let short_key: String = key.chars().take(40).collect();
        // The page shows these lines: a name with a control or bidi character is escaped.
        let short_key = if short_key.chars().all(|c| c.is_ascii_graphic()) {
            short_key
        } else {
            format!("{short_key:?}")
        };
        let mut warn = |why: &str| {
            if warnings.len() >= MAX_WARNINGS {
                unlisted += 1;
                return;
            }
            warnings.push(format!(
                "URL parameter {short_key}={} ignored: {why}",
                crate::core::check::reader::quoted(&value)
            ));
        };
        if !seen.insert(key.to_string()) {
            warn("given twice (the first one counts)");
            continue;
        }
        if value.chars().count() > MAX_VALUE_CHARS {
            warn("too long");
            continue;
        }
        let value = value.trim();
        if !read_view(&mut state, &key, value, &mut warn)
            && !read_frame(&mut state.frame, &key, value, &mut warn)
            && !key.is_empty()
        {
            warn("unknown parameter");
        }
    }
    if unlisted > 0 {
        warnings.push(format!("… and {unlisted} more URL parameters ignored"));
    }
    (state, warnings)
}

/// A key of the view (what is selected, filtered and shown) into `state`; whether `key` is one.
fn read_view(state: &mut UrlState, key: &str, value: &str, warn: &mut dyn FnMut(&str)) -> bool {
    match key {
        "country" => {
            let id = value.to_ascii_uppercase();
            if valid_id(&id) {
                state.country = Some(id);
            } else {
                warn("not a country code such as FRA or CA-QC");
            }
        }
        "status" => {
            for part in value.split(',').filter(|p| !p.is_empty()) {
                match part.parse::<Status>() {
                    Ok(s) if Status::SHOWN.contains(&s) => {
                        if !state.filter.statuses.contains(&s) {
                            state.filter.statuses.push(s);
                        }
                    }
                    _ => warn("statuses are member, observer and interested"),
                }
            }
            state.filter.statuses.sort();
        }
        "region" => {
            if valid_slug(value) {
                state.filter.region = Some(value.to_owned());
            } else {
                warn("not a region name such as africa or western-africa");
            }
        }
        "area" => {
            if valid_slug(value) {
                state.filter.area = Some(value.to_owned());
            } else {
                warn("not an issue area id");
            }
        }
        "date" => match value.parse::<PartialDate>() {
            Ok(d) => state.date = Some(d),
            Err(e) => warn(&e.to_string()),
        },
        "indicator" => {
            if valid_slug(value) {
                state.indicator = Some(value.to_owned());
            } else {
                warn("not an indicator id");
            }
        }
        "q" => {
            if value.chars().count() <= MAX_QUERY_CHARS {
                state.q = value.to_owned();
            } else {
                warn("search text too long");
            }
        }
        "view" => match View::ALL.into_iter().find(|v| v.key() == value) {
            Some(v) => state.view = v,
            None => warn("views are map, table and chart"),
        },
        "compare" => {
            for part in value.split(',').filter(|p| !p.is_empty()) {
                let id = part.to_ascii_uppercase();
                if !valid_id(&id) {
                    warn("not a list of country codes");
                } else if state.compare.len() >= MAX_COMPARE {
                    warn("at most 4 entities can be compared");
                    break;
                } else if !state.compare.contains(&id) {
                    state.compare.push(id);
                }
            }
        }
        "zoom" => match number(value) {
            Some(z) if (1.0..=32.0).contains(&z) => state.zoom = Some(round2(z)),
            _ => warn("zoom is a number from 1 to 32"),
        },
        "center" => {
            let mut parts = value.split(',').map(|p| number(p.trim()));
            match (parts.next().flatten(), parts.next().flatten(), parts.next()) {
                (Some(lat), Some(lon), None)
                    if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) =>
                {
                    state.center = Some((round2(lat), round2(lon)));
                }
                _ => warn("center is latitude,longitude in degrees"),
            }
        }
        _ => return false,
    }
    true
}

/// A key of the frame (how the page shows the view) into `frame`; whether `key` is one.
fn read_frame(frame: &mut Frame, key: &str, value: &str, warn: &mut dyn FnMut(&str)) -> bool {
    match key {
        "embed" | "present" | "card" => match flag(value) {
            Some(on) if key == "embed" => frame.embed = on,
            Some(on) if key == "card" => frame.card = on,
            Some(on) => frame.present = on,
            None => warn("use 1 to turn it on"),
        },
        "slide" => match value.parse::<usize>() {
            Ok(n) if (1..=10_000).contains(&n) => frame.slide = Some(n),
            _ => warn("slides are counted from 1"),
        },
        "auto" => match value.parse::<u32>() {
            Ok(n) if AUTO_SECONDS.contains(&n) => frame.auto = Some(n),
            _ => warn("auto is the seconds per slide, from 3 to 600"),
        },
        "theme" => match Theme::parse(value) {
            Some(t) => frame.theme = Some(t),
            None => warn("themes are light, dark and contrast"),
        },
        "accent" => match Rgb::parse(value) {
            Some(c) => frame.accent = Some(c),
            None => warn("not a colour such as #1f5fa8"),
        },
        "lang" => match Lang::parse(value) {
            Some(l) => frame.lang = Some(l),
            None => warn("languages are en, fr, es and pt"),
        },
        "data" | "boundaries" => {
            if !plausible_location(value) {
                warn("not a path or an http(s) address");
            } else if key == "data" {
                frame.data = Some(value.to_owned());
            } else {
                frame.boundaries = Some(value.to_owned());
            }
        }
        _ => return false,
    }
    true
}

/// What the loaded data knows, for [`sanitize`].
pub struct Known<'a> {
    pub is_country: &'a dyn Fn(&str) -> bool,
    pub is_entity: &'a dyn Fn(&str) -> bool,
    pub is_region: &'a dyn Fn(&str) -> bool,
    pub is_area: &'a dyn Fn(&str) -> bool,
    pub is_indicator: &'a dyn Fn(&str) -> bool,
}

/// Drops ids the data does not know, with a warning each.
pub fn sanitize(mut state: UrlState, known: &Known) -> (UrlState, Vec<String>) {
    let mut warnings = Vec::new();
    let mut check = |slot: &mut Option<String>, ok: &dyn Fn(&str) -> bool, key: &str| {
        if let Some(v) = slot.as_deref() {
            if !ok(v) {
                warnings.push(format!(
                    "URL parameter {key}={v:?} ignored: not in the data"
                ));
                *slot = None;
            }
        }
    };
    check(&mut state.country, known.is_country, "country");
    check(&mut state.filter.region, known.is_region, "region");
    check(&mut state.filter.area, known.is_area, "area");
    check(&mut state.indicator, known.is_indicator, "indicator");
    let before = state.compare.len();
    state.compare.retain(|id| (known.is_entity)(id));
    if state.compare.len() < before {
        warnings.push("URL parameter compare: unknown entities ignored".into());
    }
    (state, warnings)
}

mod print;
pub use print::print;

#[cfg(test)]
mod tests;
