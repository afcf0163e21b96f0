//! The dataset validator on broken input: every problem reported, each with its exact path.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::{json, Value};
use sse_atlas::core::check::dataset::{parse_dataset, DatasetError, MAX_DATASET_BYTES};

const MINIMAL: &str = include_str!("fixtures/minimal-dataset.json");
/// The last line when a file's only entity is left out.
const NO_ENTITY: &str = "entities: no usable entity: the file cannot be shown";

fn minimal() -> Value {
    serde_json::from_str(MINIMAL).expect("fixture is JSON")
}

/// The problems reported for `value`, as "path: message" lines.
fn problems(value: &Value) -> Vec<String> {
    match parse_dataset(&value.to_string()) {
        Ok(_) => vec![],
        Err(e) => e.problems(),
    }
}

fn with(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut v = minimal();
    edit(&mut v);
    problems(&v)
}

#[test]
fn the_minimal_fixture_is_valid() {
    let d = parse_dataset(MINIMAL).expect("valid");
    assert_eq!(d.entities[0].figures[0].value, 2_600_000.0);
}

#[test]
fn a_mistyped_year_is_reported_with_its_path() {
    let p = with(|v| v["entities"][0]["figures"][0]["year"] = json!("2o14"));
    assert_eq!(
        p,
        [r#"entities[0].figures[0].year: expected a year (integer 1800-2100) or null, got "2o14""#]
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let p = with(|v| {
        v["entities"][0]["id"] = json!("fra");
        v["entities"][0]["status_history"][0]["date"] = json!("2014-13-45");
        v["entities"][0]["status_history"][0]["status"] = json!("friend");
        v["entities"][0]["status_history"][0]["source"] = json!("nope");
        v["entities"][0]["figures"][0]["value"] = json!(-5);
        let law = v["entities"][0]["laws"][0].as_object_mut().expect("law");
        law.remove("source");
        law.insert("soruce".into(), json!("src"));
        v["sources"][0]["url"] = json!("javascript:alert(1)");
    });
    let expected = [
        r#"sources[0].url: expected an http:// or https:// address, got "javascript:alert(1)"; the link is left out"#,
        r#"entities[0].id: "fra" is not a valid id (ISO 3166-1 alpha-3 like FRA, or ISO 3166-2 like CA-QC)"#,
        r#"entities[0].status_history[0].date: "2014-13-45" is not a real date"#,
        r#"entities[0].status_history[0].status: expected one of member, observer, interested, none, got "friend""#,
        r#"entities[0].status_history[0].source: unknown source id "nope""#,
        "entities[0].figures[0].value: expected a number from 0 to 1e13, got -5",
    ];
    for e in expected {
        assert!(p.iter().any(|l| l == e), "missing {e:?} in {p:#?}");
    }
    assert!(
        p.iter()
            .any(|l| l.starts_with("entities[0].laws[0].soruce: unknown field")),
        "{p:#?}"
    );
    assert!(
        p.iter()
            .any(|l| l.starts_with("entities[0].laws[0].source: missing required field")),
        "{p:#?}"
    );
}

#[test]
fn references_must_resolve() {
    let p = with(|v| {
        v["entities"][0]["figures"][0]["indicator"] = json!("nope");
        v["entities"][0]["statements"][0]["issue_areas"] = json!(["finance", "nope"]);
        v["entities"][0]["figures"][0]["more_sources"] = json!(["src", "missing"]);
    });
    assert!(
        p.contains(&r#"entities[0].figures[0].indicator: unknown indicator id "nope""#.to_owned()),
        "{p:#?}"
    );
    assert!(
        p.contains(
            &r#"entities[0].statements[0].issue_areas[1]: unknown issue area id "nope""#.to_owned()
        ),
        "{p:#?}"
    );
    assert!(
        p.contains(
            &r#"entities[0].figures[0].more_sources[1]: unknown source id "missing""#.to_owned()
        ),
        "{p:#?}"
    );
}

#[test]
fn duplicate_ids_and_unsorted_history() {
    let p = with(|v| {
        let e = v["entities"][0].clone();
        v["entities"].as_array_mut().expect("array").push(e);
        v["entities"][0]["status_history"] = json!([
            {"date": "2016", "status": "member", "source": "src"},
            {"date": "2014", "status": "observer", "source": "src"}
        ]);
    });
    assert!(
        p.contains(&r#"entities[1].id: duplicate id "FRA""#.to_owned()),
        "{p:#?}"
    );
    assert!(p.contains(&"entities[0].status_history[1].date: entries must be oldest first (2014 comes after 2016)".to_owned()), "{p:#?}");
}

#[test]
fn a_figure_without_a_year_is_refused_even_when_marked_undated() {
    let no_year = "entities[0].figures[0].year: a figure needs its reference year (the year \
                   its data describe), not null; a figure whose year is not known is left out";
    let p = with(|v| v["entities"][0]["figures"][0]["year"] = Value::Null);
    assert_eq!(p, [no_year]);
    let p = with(|v| {
        v["entities"][0]["figures"][0]["year"] = Value::Null;
        v["entities"][0]["figures"][0]["certainty"] = json!("undated");
    });
    assert_eq!(
        p,
        [
            no_year,
            r#"entities[0].figures[0].certainty: a figure cannot be "undated": every figure shown carries its reference year"#
        ]
    );
    // A law may still be undated when it says so.
    let p = with(|v| {
        v["entities"][0]["laws"][0]["year"] = Value::Null;
        v["entities"][0]["laws"][0]["certainty"] = json!("undated");
    });
    assert_eq!(p, Vec::<String>::new());
}

#[test]
fn a_source_on_a_mirror_or_a_bare_ip_is_refused_and_its_copy_is_kept_apart() {
    let p = with(|v| {
        v["sources"][0]["url"] = json!("https://studylibfr.com/doc/1209380/l-economie");
    });
    assert_eq!(
        p,
        [
            r#"sources[0].url: studylibfr.com is a wiki, mirror or document-sharing site, not the publisher: give the publisher's address (and the copy as "copy_consulted"); the link is left out"#
        ]
    );
    let p = with(|v| v["sources"][0]["url"] = json!("http://213.219.61.110/unrisd/x"));
    assert_eq!(
        p,
        [
            r#"sources[0].url: 213.219.61.110 is a bare IP address, not a publisher's site: give the publisher's address (and the copy as "copy_consulted"); the link is left out"#
        ]
    );
    // The copy that was read may be a mirror: it is kept apart from the address.
    let p = with(|v| {
        v["sources"][0]["copy_consulted"] = json!("https://es.scribd.com/document/570846323/x");
    });
    assert_eq!(p, Vec::<String>::new());
    // A publisher's document no longer online: its publisher and title, and the copy.
    let p = with(|v| {
        let s = v["sources"][0].as_object_mut().expect("source");
        s.remove("url");
        s.insert(
            "copy_consulted".into(),
            json!("https://doczz.fr/doc/2402202/x"),
        );
    });
    assert_eq!(p, Vec::<String>::new());
    let p = with(|v| {
        v["sources"][0]
            .as_object_mut()
            .expect("source")
            .remove("url");
    });
    assert_eq!(p, ["sources[0].url: missing required field"]);
    let p = with(|v| v["sources"][0]["copy_consulted"] = json!("javascript:alert(1)"));
    assert_eq!(
        p,
        [
            r#"sources[0].copy_consulted: expected an http:// or https:// address, got "javascript:alert(1)"; the link is left out"#
        ]
    );
}

#[test]
fn subnational_entities_need_their_country() {
    let p = with(|v| {
        v["entities"][0]["id"] = json!("CA-QC");
        v["entities"][0]["kind"] = json!("subnational");
    });
    assert_eq!(
        p,
        [
            "entities[0].parent: required for a subnational entity (the id of its country)",
            NO_ENTITY
        ]
    );
}

#[test]
fn wrong_shapes_of_json() {
    assert!(matches!(
        parse_dataset("{\"format\": \"sse-atlas/1\""),
        Err(DatasetError::Json(_))
    ));
    assert_eq!(
        problems(&json!([])),
        ["(top level): expected an object, got an array"]
    );
    let p = problems(&json!({"format": "sse-atlas/2"}));
    assert!(
        p.contains(&r#"format: expected "sse-atlas/1", got "sse-atlas/2""#.to_owned()),
        "{p:#?}"
    );
    assert!(p.contains(&NO_ENTITY.to_owned()), "{p:#?}");
    let p = with(|v| v["entities"] = json!({"FRA": {}}));
    assert_eq!(
        p,
        [
            "entities: expected an array, got an object; left out",
            NO_ENTITY
        ]
    );
}

#[test]
fn hostile_sizes_and_depths_are_refused_cleanly() {
    let deep = "[".repeat(10_000) + &"]".repeat(10_000);
    assert!(matches!(parse_dataset(&deep), Err(DatasetError::Json(_))));
    let huge = " ".repeat(MAX_DATASET_BYTES + 1);
    assert_eq!(
        parse_dataset(&huge),
        Err(DatasetError::TooLarge(MAX_DATASET_BYTES + 1))
    );
    let p = with(|v| v["entities"][0]["name"] = json!("x".repeat(100_000)));
    assert_eq!(
        p,
        [
            "entities[0].name: has 100000 characters; the limit is 300",
            NO_ENTITY
        ],
        "a 100 kB name would swamp every heading and tooltip"
    );
    let p = with(|v| v["entities"][0]["name"] = json!("France\u{202E}gnp.exe"));
    assert_eq!(
        p,
        ["entities[0].name: contains U+202E, a bidirectional control that makes text read differently from what it is", NO_ENTITY]
    );
    let p = with(|v| v["entities"][0]["figures"][0]["value"] = json!(1e308));
    assert_eq!(
        p,
        ["entities[0].figures[0].value: expected a number from 0 to 1e13, got 1e+308"]
    );
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
        let _ = parse_dataset(&s);
    }

    #[test]
    fn arbitrary_edits_of_a_valid_file_never_panic(
        path in prop::sample::select(vec!["title", "updated", "sources", "entities", "group", "indicators"]),
        value in prop_oneof![
            Just(Value::Null), any::<bool>().prop_map(Value::from), any::<i64>().prop_map(Value::from),
            "\\PC{0,20}".prop_map(Value::from), Just(json!([1, "a", null])), Just(json!({"a": 1}))
        ],
    ) {
        let mut v = minimal();
        v[path] = value;
        let _ = parse_dataset(&v.to_string());
    }
}

#[test]
fn translations_are_checked_and_used_with_an_english_fallback() {
    use sse_atlas::core::model::lang::Lang;
    let p = with(|v| {
        v["translations"] = json!({
            "de": {"indicator.x.name": "X"},
            "fr": {"bad key": "x", "indicator.sse-jobs.name": 3, "qualifier.over": " "},
            "es": []
        })
    });
    assert_eq!(
        p,
        [
            "translations.de: expected a language code: en, fr, es or pt; left out",
            "translations.es: expected an object, got an array",
            "translations.fr.bad key: a text key is a short dotted name without spaces",
            "translations.fr.indicator.sse-jobs.name: expected a string, got 3",
            "translations.fr.qualifier.over: empty text",
        ]
    );
    let mut v = minimal();
    v["translations"] = json!({"fr": {"qualifier.up-to": "jusqu’à"}});
    let d = parse_dataset(&v.to_string()).expect("valid");
    let fr = d.qualifier(Lang::Fr, "up to");
    assert_eq!((fr.text, fr.lang), ("jusqu’à", Lang::Fr));
    // No Spanish text: the English one, said to be English.
    let es = d.qualifier(Lang::Es, "up to");
    assert_eq!((es.text, es.lang), ("up to", Lang::En));
}
