use proptest::prelude::*;
use serde_json::{json, Map, Value};

use super::*;
use crate::core::check::dataset::entity::read_figure;
use crate::core::check::reader::Path;

fn cx() -> Cx {
    let cx = Cx::default();
    let ids = |xs: &[&str]| xs.iter().map(|x| (*x).to_owned()).collect();
    *cx.sources.borrow_mut() = ids(&["src-a", "src-b"]);
    *cx.indicators.borrow_mut() = ids(&["sse-jobs", "sse-orgs"]);
    *cx.areas.borrow_mut() = ids(&["finance"]);
    cx
}

/// The reader's verdict on one figure: the figure, if it had no problem at all.
fn slow(text: &str) -> Option<Figure> {
    let cx = cx();
    let v: Json = serde_json::from_str(text).ok()?;
    let figure = cx.part(|| read_figure(&v, Path::from("f"), &cx));
    cx.problems().is_empty().then_some(figure).flatten()
}

/// The fast path's verdict on one figure, read as the one figure of an entity.
fn fast(text: &str) -> Option<Figure> {
    parts(&format!(r#"{{"figures": [{text}]}}"#), &cx())?
        .figures
        .pop()
}

fn good() -> Map<String, Value> {
    let v = json!({"indicator": "sse-jobs", "value": 1200, "year": 2019, "label": "Jobs in the SSE",
        "kind": "official", "source": "src-a"});
    v.as_object().cloned().unwrap_or_default()
}

#[test]
fn a_plain_figure_takes_the_fast_path_and_reads_as_the_reader_reads_it() {
    let mut f = good();
    f.insert("more_sources".into(), json!(["src-b"]));
    f.insert("issue_areas".into(), json!(["finance"]));
    f.insert("quote".into(), json!("« 12 000 emplois »"));
    f.insert("certainty".into(), json!("disputed"));
    let text = Value::Object(f).to_string();
    let read = fast(&text);
    assert!(read.is_some());
    assert_eq!(read, slow(&text));
}

#[test]
fn a_figure_with_any_problem_is_left_to_the_reader() {
    let cases = [
        ("year", json!(null)),
        ("year", json!(2019.5)),
        ("value", json!(-1)),
        ("indicator", json!("nope")),
        ("source", json!("  ")),
        ("kind", json!("guess")),
        ("label", json!("a\u{202E}b")),
        ("certainty", json!("undated")),
        ("more_sources", json!(["src-a", "gone"])),
        ("soruce", json!("src-a")),
    ];
    for (key, value) in cases {
        let mut f = good();
        f.insert(key.into(), value.clone());
        let text = Value::Object(f).to_string();
        assert_eq!(fast(&text), None, "{key}: {value}");
        assert_eq!(slow(&text), None, "the reader reports {key}: {value}");
    }
    // A repeated field: the reader keeps the last, and words nothing; the fast path declines.
    let text = r#"{"indicator":"sse-jobs","value":1,"value":2,"year":2019,"label":"L","kind":"official","source":"src-a"}"#;
    assert_eq!(fast(text), None);
}

#[test]
fn an_entity_with_a_bad_figure_is_read_whole_by_the_reader() {
    let good = Value::Object(good());
    let entity = |figures: Value| json!({"id": "FRA", "figures": figures}).to_string();
    let (two, cx) = (entity(json!([good, good])), cx());
    let parts = parts(&two, &cx).expect("an object");
    assert_eq!(parts.figures.len(), 2);
    assert!(matches!(&parts.entity, Json::Object(o) if o.get("figures").is_none()));
    let bad = entity(json!([good, {"value": "x"}]));
    assert!(parts_of(&bad).is_none(), "a figure of another shape");
    assert!(
        parts_of(&entity(json!("none"))).is_none(),
        "figures that are no list"
    );
    let twice = r#"{"id":"FRA","figures":[],"figures":[]}"#;
    assert!(parts_of(twice).is_none(), "figures given twice");
    assert_eq!(
        parts_of(&entity(json!(null))),
        Some(0),
        "null is no figures"
    );
}

fn parts_of(text: &str) -> Option<usize> {
    parts(text, &cx()).map(|p| p.figures.len())
}

/// Values a figure's field may be given: right, wrong, and of every JSON type.
fn field_value() -> impl Strategy<Value = Option<Value>> {
    prop_oneof![
        Just(None),
        Just(Some(json!(null))),
        prop::sample::select(vec![
            "sse-jobs",
            "sse-orgs",
            "src-a",
            "src-b",
            "finance",
            "official",
            "estimate",
            "sourced",
            "disputed",
            "undated",
            "fr",
            "A label",
            "",
            "   ",
            "nope",
            "a\u{7}b",
            "a\u{2066}b",
            "\u{FFFD}",
            "Société coopérative « Élan »",
            "quote \"in\" it",
        ])
        .prop_map(|s| Some(json!(s))),
        prop::sample::select(vec![
            json!(0),
            json!(-1),
            json!(12.5),
            json!(2019),
            json!(1799),
            json!(2101),
            json!(1e14),
            json!(4_000_000_000_u64),
            json!(true),
            json!({}),
            json!(["src-b"]),
            json!(["finance"]),
            json!(["nope"]),
            json!([1]),
            json!([]),
            json!("x".repeat(300)),
        ])
        .prop_map(Some),
    ]
}

/// A figure's fields, and one it may not hold.
fn fields() -> Vec<&'static str> {
    FIELDS.iter().copied().chain(["unknown"]).collect()
}

proptest! {
    // Each case is a few microseconds; the rare ones (one wrong field among right ones) need many.
    #![proptest_config(ProptestConfig::with_cases(5000))]

    /// The fast path gives a figure only when the reader gives the same one with no problem;
    /// and, for a text without escapes, whenever the reader does.
    #[test]
    fn the_fast_path_agrees_with_the_reader(
        base in any::<bool>(),
        changes in prop::collection::vec((prop::sample::select(fields()), field_value()), 0..4),
    ) {
        let mut f = if base { good() } else { Map::new() };
        for (key, value) in changes {
            match value {
                Some(v) => { f.insert(key.to_owned(), v); }
                None => { f.remove(key); }
            }
        }
        let text = Value::Object(f).to_string();
        let (fast, slow) = (fast(&text), slow(&text));
        if fast.is_some() {
            prop_assert_eq!(&fast, &slow, "{}", text);
        }
        if !text.contains('\\') {
            prop_assert_eq!(&fast, &slow, "{}", text);
        }
    }
}
