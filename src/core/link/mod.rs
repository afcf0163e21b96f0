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
    /// `slide=N`: the tour's slide, counted from 1.
    pub slide: Option<usize>,
    /// `auto=S`: the tour advances by itself every S seconds (kiosk).
    pub auto: Option<u32>,
    pub theme: Option<Theme>,
    pub accent: Option<Rgb>,
    /// `data=path`: a dataset file to load instead of the built-in one (checked against the
    /// allowed origins before it is fetched).
    pub data: Option<String>,
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

/// Country or sub-national id: ISO 3166-1 alpha-3 (`FRA`) or ISO 3166-2 (`CA-QC`).
pub fn valid_id(s: &str) -> bool {
    let b = s.as_bytes();
    let upper = |b: &[u8]| b.iter().all(u8::is_ascii_uppercase);
    match b.len() {
        3 => upper(b),
        4..=6 => {
            upper(&b[..2])
                && b[2] == b'-'
                && b[3..]
                    .iter()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        }
        _ => false,
    }
}

fn valid_slug(s: &str) -> bool {
    (1..=60).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

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
                crate::core::check::dataset::quoted(&value)
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
        match key.as_ref() {
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
            "embed" | "present" => match flag(value) {
                Some(on) if key == "embed" => state.frame.embed = on,
                Some(on) => state.frame.present = on,
                None => warn("use 1 to turn it on"),
            },
            "slide" => match value.parse::<usize>() {
                Ok(n) if (1..=10_000).contains(&n) => state.frame.slide = Some(n),
                _ => warn("slides are counted from 1"),
            },
            "auto" => match value.parse::<u32>() {
                Ok(n) if AUTO_SECONDS.contains(&n) => state.frame.auto = Some(n),
                _ => warn("auto is the seconds per slide, from 3 to 600"),
            },
            "theme" => match Theme::parse(value) {
                Some(t) => state.frame.theme = Some(t),
                None => warn("themes are light, dark and contrast"),
            },
            "accent" => match Rgb::parse(value) {
                Some(c) => state.frame.accent = Some(c),
                None => warn("not a colour such as #1f5fa8"),
            },
            "lang" => match Lang::parse(value) {
                Some(l) => state.frame.lang = Some(l),
                None => warn("languages are en, fr, es and pt"),
            },
            "data" => {
                if plausible_location(value) {
                    state.frame.data = Some(value.to_owned());
                } else {
                    warn("not a path or an http(s) address");
                }
            }
            "" => {}
            _ => warn("unknown parameter"),
        }
    }
    if unlisted > 0 {
        warnings.push(format!("… and {unlisted} more URL parameters ignored"));
    }
    (state, warnings)
}

/// The query string for `state` (without `?`; empty for the default state).
pub fn print(state: &UrlState) -> String {
    let mut q = form_urlencoded::Serializer::new(String::new());
    if let Some(c) = &state.country {
        q.append_pair("country", c);
    }
    if !state.filter.statuses.is_empty() {
        let keys: Vec<&str> = state.filter.statuses.iter().map(|s| s.key()).collect();
        q.append_pair("status", &keys.join(","));
    }
    if let Some(r) = &state.filter.region {
        q.append_pair("region", r);
    }
    if let Some(d) = &state.date {
        q.append_pair("date", &d.to_string());
    }
    if let Some(a) = &state.filter.area {
        q.append_pair("area", a);
    }
    if let Some(i) = &state.indicator {
        q.append_pair("indicator", i);
    }
    if !state.q.is_empty() {
        q.append_pair("q", &state.q);
    }
    if state.view != View::Map {
        q.append_pair("view", state.view.key());
    }
    if !state.compare.is_empty() {
        q.append_pair("compare", &state.compare.join(","));
    }
    if let Some(z) = state.zoom {
        q.append_pair("zoom", &round2(z).to_string());
    }
    if let Some((lat, lon)) = state.center {
        q.append_pair("center", &format!("{},{}", round2(lat), round2(lon)));
    }
    let f = &state.frame;
    if f.embed {
        q.append_pair("embed", "1");
    }
    if f.present {
        q.append_pair("present", "1");
    }
    if let Some(n) = f.slide {
        q.append_pair("slide", &n.to_string());
    }
    if let Some(n) = f.auto {
        q.append_pair("auto", &n.to_string());
    }
    if let Some(t) = f.theme {
        q.append_pair("theme", t.key());
    }
    if let Some(c) = f.accent {
        q.append_pair("accent", &c.to_hex());
    }
    if let Some(d) = &f.data {
        q.append_pair("data", d);
    }
    if let Some(l) = f.lang {
        q.append_pair("lang", l.code());
    }
    // Commas are safe in a query and keep lists readable.
    q.finish().replace("%2C", ",")
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_full_link_parses() {
        let (s, w) = parse("?country=col&status=observer,member&region=africa&date=2016-09&area=finance&indicator=sse-jobs&q=qu%C3%A9bec&view=table&compare=FRA,COL&zoom=2.5&center=4.6,-74.08");
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(s.country.as_deref(), Some("COL"));
        assert_eq!(s.filter.statuses, vec![Status::Member, Status::Observer]);
        assert_eq!(s.date, "2016-09".parse().ok());
        assert_eq!(s.q, "québec");
        assert_eq!(s.view, View::Table);
        assert_eq!(s.compare, vec!["FRA", "COL"]);
        assert_eq!(s.center, Some((4.6, -74.08)));
        assert_eq!(
            print(&s),
            "country=COL&status=member,observer&region=africa&date=2016-09&area=finance&indicator=sse-jobs&q=qu%C3%A9bec&view=table&compare=FRA,COL&zoom=2.5&center=4.6,-74.08"
        );
    }

    #[test]
    fn hostile_values_fall_back_to_defaults() {
        let long = "A".repeat(10_000);
        for q in [
            "country=<script>alert(1)</script>".to_owned(),
            "country=%3Cscript%3E".to_owned(),
            "date=9999-99".to_owned(),
            "date=2014-13-45".to_owned(),
            format!("country={long}"),
            format!("q={long}"),
            format!("region={long}"),
            "zoom=NaN&center=1e999,0".to_owned(),
            "zoom=-3&center=91,0".to_owned(),
            "view=javascript:alert(1)".to_owned(),
            "status=admin".to_owned(),
            "indicator=../../etc/passwd".to_owned(),
            "%FF%FE=%00".to_owned(),
            "&&&==&".to_owned(),
        ] {
            let (s, w) = parse(&q);
            assert_eq!(s, UrlState::default(), "{q:.60}");
            assert!(
                !w.is_empty() || q.starts_with('&'),
                "no warning for {q:.60}"
            );
            assert!(w.iter().all(|w| w.len() < 200), "{w:?}");
        }
    }

    #[test]
    fn unknown_ids_are_dropped_by_sanitize() {
        let (s, _) = parse("country=XYZ&indicator=sse-jobs&area=nope&compare=FRA,XYZ");
        let yes = |_: &str| true;
        let known = Known {
            is_country: &|id| id == "FRA",
            is_entity: &|id| id == "FRA",
            is_region: &yes,
            is_area: &|_| false,
            is_indicator: &|i| i == "sse-jobs",
        };
        let (s, w) = sanitize(s, &known);
        assert_eq!(s.country, None);
        assert_eq!(s.filter.area, None);
        assert_eq!(s.indicator.as_deref(), Some("sse-jobs"));
        assert_eq!(s.compare, vec!["FRA"]);
        assert_eq!(w.len(), 3);
    }

    #[test]
    fn frame_keys_parse_print_and_refuse_junk() {
        let (s, w) =
            parse("lang=FR-ca&embed=1&theme=dark&accent=%23A51&slide=3&present=1&auto=20&data=my/data.json");
        assert!(w.is_empty(), "{w:?}");
        assert!(s.frame.embed && s.frame.present);
        assert_eq!(s.frame.theme, Some(Theme::Dark));
        assert_eq!(s.frame.accent, Some(Rgb(0xaa, 0x55, 0x11)));
        assert_eq!(s.frame.slide, Some(3));
        assert_eq!(s.frame.data.as_deref(), Some("my/data.json"));
        assert_eq!(s.frame.lang, Some(Lang::Fr));
        assert_eq!(
            print(&s),
            "embed=1&present=1&slide=3&auto=20&theme=dark&accent=%23aa5511&data=my%2Fdata.json&lang=fr"
        );
        for junk in [
            "embed=maybe",
            "present=2",
            "slide=0",
            "slide=-1",
            "slide=1e3",
            "auto=1",
            "auto=99999",
            "theme=neon",
            "accent=red",
            "accent=%23fff;}body{",
            "data=javascript:alert(1)",
            "data=data:application/json,{}",
            "data=file:///etc/passwd",
            "data=a%20b.json",
            "data=%0A",
            "data=",
            "lang=de",
            "lang=",
            "lang=<script>",
        ] {
            let (s, w) = parse(junk);
            assert_eq!(s, UrlState::default(), "{junk}");
            assert_eq!(w.len(), 1, "{junk}: {w:?}");
        }
        let (s, w) = parse("data=https://data.example.org/ilg.json&embed=0");
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(
            s.frame.data.as_deref(),
            Some("https://data.example.org/ilg.json")
        );
        assert!(!s.frame.embed);
    }

    fn arb_state() -> impl Strategy<Value = UrlState> {
        let id = prop_oneof!["[A-Z]{3}", "[A-Z]{2}-[A-Z0-9]{1,3}"];
        let slug = "[a-z0-9-]{1,20}";
        let statuses = proptest::sample::subsequence(Status::SHOWN.to_vec(), 0..=3);
        (
            (
                proptest::option::of(id.clone()),
                statuses,
                proptest::option::of(slug),
                proptest::option::of(slug),
                proptest::option::of((1800i32..=2100, 0u8..=12)),
            ),
            (
                proptest::option::of(slug),
                "[^\\s]([^&]{0,30}[^\\s])?|",
                proptest::sample::select(View::ALL.to_vec()),
                proptest::collection::vec(id, 0..=4),
                proptest::option::of(100u32..=3200),
                proptest::option::of((-9000i32..=9000, -18000i32..=18000)),
            ),
            (
                any::<(bool, bool)>(),
                proptest::option::of(1usize..=10_000),
                proptest::option::of(AUTO_SECONDS),
                proptest::option::of(proptest::sample::select(Theme::ALL.to_vec())),
                proptest::option::of(any::<(u8, u8, u8)>()),
                proptest::option::of("(https://[a-z.]{1,20})?/?[a-zA-Z0-9._/-]{1,30}"),
                proptest::option::of(proptest::sample::select(Lang::ALL.to_vec())),
            ),
        )
            .prop_map(
                |(
                    (country, statuses, region, area, date),
                    (indicator, q, view, compare, zoom, center),
                    ((embed, present), slide, auto, theme, accent, data, lang),
                )| {
                    let mut compare_unique = Vec::new();
                    for c in compare {
                        if !compare_unique.contains(&c) {
                            compare_unique.push(c);
                        }
                    }
                    UrlState {
                        country,
                        filter: Filter {
                            statuses,
                            region,
                            area,
                        },
                        date: date.and_then(|(y, m)| match m {
                            0 => Some(PartialDate::year_only(y)),
                            m => PartialDate::year_month(y, m),
                        }),
                        indicator,
                        q,
                        view,
                        compare: compare_unique,
                        zoom: zoom.map(|z| f64::from(z) / 100.0),
                        center: center.map(|(a, o)| (f64::from(a) / 100.0, f64::from(o) / 100.0)),
                        frame: Frame {
                            embed,
                            present,
                            slide,
                            auto,
                            theme,
                            accent: accent.map(|(r, g, b)| Rgb(r, g, b)),
                            data,
                            lang,
                        },
                    }
                },
            )
    }

    proptest! {
        #[test]
        fn every_key_round_trips(s in arb_state()) {
            let printed = print(&s);
            let (back, warnings) = parse(&printed);
            prop_assert!(warnings.is_empty(), "{:?} from {}", warnings, printed);
            prop_assert_eq!(back, s);
        }

        #[test]
        fn parsing_never_panics(q in ".{0,300}") {
            let _ = parse(&q);
        }
    }
}
