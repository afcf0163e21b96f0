//! The hostile-input corpus (`tests/corpus/`): every case read by the loader the app uses for
//! it, with its exact outcome checked against `tests/corpus/cases.json`. The end-to-end tests
//! (`tests/e2e/hostile.spec.mjs`) feed the same cases to the built app and check that the page
//! shows these messages and keeps working.
//!
//! After a deliberate change of messages, `UPDATE_CORPUS=1 cargo test --test hostile` rewrites
//! the outcomes in `cases.json`; review its diff before committing.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use serde::{Deserialize, Serialize};
use sse_atlas::core::check::csv::parse_figures_csv;
use sse_atlas::core::check::dataset::{check_dataset, parse_dataset};
use sse_atlas::core::check::tour::parse_tour;
use sse_atlas::core::derive::filter::slug;
use sse_atlas::core::geo::geojson::parse_boundaries;
use sse_atlas::core::link;

const MINIMAL: &str = include_str!("fixtures/minimal-dataset.json");
const COUNTRIES: &str = include_str!("../assets/geo/countries-110m.geojson");

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
struct Case {
    /// Which loader reads it: `dataset`, `geo`, `tour`, `csv` or `url`.
    entry: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    file: Option<String>,
    /// A case too large to keep as a file, made by [`generate`] (and by the e2e tests alike).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    generate: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    query: Option<String>,
    category: String,
    /// `accepted`, `partial` (used, with warnings) or `refused` (an error, nothing used).
    outcome: String,
    /// The messages, each as the page shows it.
    messages: Vec<String>,
    /// Shapes drawn (boundaries), entities or figures read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    count: Option<usize>,
}

fn corpus() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus"))
}

/// The large cases, made the same way by `tests/e2e/hostile.spec.mjs`.
fn generate(entry: &str, what: &str) -> Vec<u8> {
    let deep = |n: usize| "[".repeat(n) + &"]".repeat(n);
    let text = match (entry, what) {
        (_, "50 MB") => " ".repeat(50 << 20) + "{}",
        ("geo", "10,000-deep nesting") => {
            format!(
                r#"{{"type":"FeatureCollection","features":{}}}"#,
                deep(10_000)
            )
        }
        (_, "10,000-deep nesting") => deep(10_000),
        ("geo", "100,000 points") => {
            let features: Vec<String> = (0..100_000)
                .map(|i| {
                    format!(
                        r#"{{"type":"Feature","id":"P{i}","properties":{{}},"geometry":{{"type":"Point","coordinates":[{},{}]}}}}"#,
                        i % 360 - 180,
                        i % 180 - 90
                    )
                })
                .collect();
            format!(
                r#"{{"type":"FeatureCollection","features":[{}]}}"#,
                features.join(",")
            )
        }
        ("csv", "2 MB") => {
            let row = "FRA,jobs,1,2014,S,https://example.org/s\n";
            "country,indicator,value,year,source,source_url\n".to_owned()
                + &row.repeat((2 << 20) / row.len())
        }
        other => panic!("no generator for {other:?}"),
    };
    text.into_bytes()
}

/// What the app makes of a case, as the page would show it.
fn outcome(case: &Case) -> (String, Vec<String>, Option<usize>) {
    let bytes = match (&case.file, &case.generate) {
        (Some(f), _) => std::fs::read(corpus().join(f)).expect("corpus file"),
        (_, Some(g)) => generate(&case.entry, g),
        _ => case.query.clone().unwrap_or_default().into_bytes(),
    };
    // The browser decodes fetched text as UTF-8 with replacement characters; so does this.
    let text = String::from_utf8_lossy(&bytes);
    let refused = |m: Vec<String>| ("refused".to_owned(), m, None);
    match case.entry.as_str() {
        // Read as the page reads it: the usable part, with the problems of the rest.
        "dataset" => match check_dataset(&text) {
            Ok(c) => {
                let kind = if c.problems.is_empty() {
                    "accepted"
                } else {
                    "partial"
                };
                let messages = c.problems.iter().map(ToString::to_string).collect();
                (kind.into(), messages, Some(c.dataset.entities.len()))
            }
            Err(e) => refused(e.problems()),
        },
        "geo" => match parse_boundaries(&text) {
            Ok(b) => {
                let kind = if b.warnings.is_empty() {
                    "accepted"
                } else {
                    "partial"
                };
                (kind.into(), b.warnings, Some(b.shapes.len()))
            }
            Err(e) => refused(vec![e.to_string()]),
        },
        "tour" => match parse_tour(&text) {
            Ok(t) => ("accepted".into(), vec![], Some(t.slides.len())),
            Err(p) => refused(p.iter().map(ToString::to_string).collect()),
        },
        "csv" => {
            let dataset = parse_dataset(MINIMAL).expect("fixture");
            let name = case
                .file
                .as_deref()
                .map_or("generated.csv", |f| f.rsplit('/').next().unwrap_or(f));
            match parse_figures_csv(&bytes, name, &dataset) {
                Ok(i) => ("accepted".into(), vec![], Some(i.figures.len())),
                Err(p) => refused(p.iter().map(ToString::to_string).collect()),
            }
        }
        "url" => {
            // As the page reads a link: parsed, then checked against the data and the map (the
            // end-to-end test opens these links on the minimal dataset).
            let dataset = parse_dataset(MINIMAL).expect("fixture");
            let world = parse_boundaries(COUNTRIES).expect("110m");
            let (parsed, mut warnings) = link::parse(&text);
            let is_country = |id: &str| world.shapes.iter().any(|s| s.id == id) || id == "CA-QC";
            let is_entity = |id: &str| dataset.entity(id).is_some();
            let is_region = |r: &str| {
                world.shapes.iter().any(|s| {
                    [&s.region, &s.subregion]
                        .into_iter()
                        .flatten()
                        .any(|n| n != "Antarctica" && slug(n) == r)
                })
            };
            let is_area = |a: &str| dataset.issue_area(a).is_some();
            let is_indicator = |i: &str| dataset.indicator(i).is_some();
            let known = link::Known {
                is_country: &is_country,
                is_entity: &is_entity,
                is_region: &is_region,
                is_area: &is_area,
                is_indicator: &is_indicator,
            };
            let (_, more) = link::sanitize(parsed, &known);
            warnings.extend(more);
            let kind = if warnings.is_empty() {
                "accepted"
            } else {
                "partial"
            };
            (kind.into(), warnings, None)
        }
        other => panic!("unknown entry {other}"),
    }
}

#[test]
fn every_case_of_the_corpus_has_its_recorded_outcome() {
    let path = corpus().join("cases.json");
    let text = std::fs::read_to_string(&path).expect("cases.json");
    let cases: Vec<Case> = serde_json::from_str(&text).expect("cases.json is a list of cases");
    assert!(cases.len() >= 70, "the corpus shrank to {}", cases.len());
    let mut updated = Vec::new();
    let mut wrong = Vec::new();
    for case in &cases {
        let (outcome, messages, count) = outcome(case);
        let now = Case {
            outcome,
            messages,
            count,
            ..case.clone()
        };
        if &now != case {
            wrong.push(format!(
                "{}: recorded {} {:?} {:?}, got {} {:?} {:?}",
                case.file
                    .as_deref()
                    .or(case.generate.as_deref())
                    .or(case.query.as_deref().map(|q| q.get(..60).unwrap_or(q)))
                    .unwrap_or("?"),
                case.outcome,
                case.messages,
                case.count,
                now.outcome,
                now.messages,
                now.count
            ));
        }
        updated.push(now);
    }
    if std::env::var_os("UPDATE_CORPUS").is_some() {
        let json = serde_json::to_string_pretty(&updated).expect("serialises") + "\n";
        std::fs::write(&path, json).expect("cases.json written");
        return;
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_corpus_file_is_in_the_manifest() {
    let text = std::fs::read_to_string(corpus().join("cases.json")).expect("cases.json");
    for entry in ["dataset", "geo", "tour", "csv"] {
        for file in std::fs::read_dir(corpus().join(entry)).expect("corpus folder") {
            let name = file.expect("entry").file_name();
            let listed = format!("\"{entry}/{}\"", name.to_string_lossy());
            assert!(text.contains(&listed), "{listed} has no case in cases.json");
        }
    }
}
