use super::*;
use crate::core::check::reader::quoted;

fn minimal() -> String {
    include_str!("../../../../tests/fixtures/minimal-dataset.json").to_owned()
}

#[test]
fn a_bad_figure_leaves_out_the_figure_only() {
    let text = minimal().replacen("\"value\": ", "\"value\": -5, \"x_value\": ", 1);
    let checked = check_dataset(&text).expect("the file is used");
    assert!(checked.left_out >= 1, "{checked:?}");
    assert!(
        checked.problems.iter().any(|p| p.path.ends_with(".value")),
        "{:?}",
        checked.problems
    );
    assert!(!checked.dataset.entities.is_empty());
    assert!(parse_dataset(&text).is_err(), "strict reading refuses it");
}

#[test]
fn missing_collections_are_empty() {
    let v: Value = serde_json::from_str(&minimal()).expect("fixture");
    let mut v = v;
    for e in v["entities"].as_array_mut().expect("entities") {
        let o = e.as_object_mut().expect("entity");
        for key in ["statements", "laws", "bodies"] {
            o.remove(key);
        }
    }
    let d = parse_dataset(&v.to_string()).expect("still valid");
    assert!(d
        .entities
        .iter()
        .all(|e| e.laws.is_empty() && e.bodies.is_empty()));
}

#[test]
fn a_file_of_another_format_or_without_entities_is_refused() {
    let other = minimal().replace("sse-atlas/1", "sse-atlas/2");
    assert!(matches!(
        check_dataset(&other),
        Err(DatasetError::Invalid(_))
    ));
    let mut v: Value = serde_json::from_str(&minimal()).expect("fixture");
    v["entities"] = Value::Array(vec![]);
    assert!(matches!(
        check_dataset(&v.to_string()),
        Err(DatasetError::Invalid(_))
    ));
}

#[test]
fn describe_truncates_long_strings() {
    let long = Value::String("x".repeat(100_000));
    assert!(describe(&long).len() < 60);
    assert_eq!(quoted("ab"), "\"ab\"");
}

#[test]
fn one_bad_figure_in_the_real_dataset_leaves_out_one_part() {
    let real = include_str!("../../../../assets/data/ilg-sse.json");
    let checked = check_dataset(real).expect("the real dataset is used");
    assert_eq!(checked.left_out, 0, "{:?}", checked.problems);
    assert!(checked.problems.is_empty(), "{:?}", checked.problems);
    let mut v: Value = serde_json::from_str(real).expect("json");
    v["entities"][0]["figures"][0]["value"] = Value::from(-5);
    let checked = check_dataset(&v.to_string()).expect("still used");
    assert_eq!(checked.left_out, 1, "{:?}", checked.problems);
    assert_eq!(checked.problems.len(), 1, "{:?}", checked.problems);
}
