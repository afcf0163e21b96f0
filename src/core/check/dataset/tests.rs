use serde_json::Value;

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
    let long = Json::Str("x".repeat(100_000).into());
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

/// The reader's tree keeps an object's members as a list; it must read them as serde_json's map
/// did, which the recorded messages follow: a repeated key counts once with its last value,
/// unknown keys are reported in sorted order, and a number is quoted as serde_json writes it.
#[test]
fn members_read_as_a_map_reads_them() {
    let twice = minimal().replacen("\"value\": ", "\"value\": -5, \"value\": ", 1);
    let checked = check_dataset(&twice).expect("used");
    assert!(checked.problems.is_empty(), "{:?}", checked.problems);
    let unknown = minimal().replacen(
        "\"value\": ",
        "\"zz\": 1, \"aa\": 2, \"zz\": 3, \"value\": ",
        1,
    );
    let paths: Vec<String> = check_dataset(&unknown)
        .expect("used")
        .problems
        .into_iter()
        .map(|p| p.path)
        .collect();
    assert_eq!(
        paths,
        ["entities[0].figures[0].aa", "entities[0].figures[0].zz"]
    );
    for year in ["2019.0", "1e300", "-3"] {
        let text = minimal().replacen("\"year\": 2019", &format!("\"year\": {year}"), 1);
        let problems = check_dataset(&text).expect("used").problems;
        let written = serde_json::from_str::<Value>(year)
            .expect("number")
            .to_string();
        let quoted = format!("got {written}");
        assert!(
            problems.iter().any(|p| p.message.ends_with(&quoted)),
            "{year}: {problems:?}"
        );
    }
}

/// The file read an entity at a time must say exactly what the whole-file reading says: the
/// same dataset, the same problems in the same order, the same count of parts left out.
fn same_both_ways(text: &str) {
    // Files a pass cannot take are read otherwise: nothing to compare.
    for read in [true, false] {
        if let Some(by_entity) = check_split(text, read) {
            assert_eq!(
                by_entity,
                check_whole(text),
                "read: {read}, {}",
                quoted(text)
            );
        }
    }
}

#[test]
fn entities_read_one_at_a_time_say_what_the_whole_file_says() {
    let built_in = include_str!("../../../../assets/data/ilg-sse.json");
    assert!(
        check_split(built_in, true).is_some(),
        "the built-in file is read in one pass"
    );
    same_both_ways(built_in);
    same_both_ways(&minimal());
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/dataset");
    for file in std::fs::read_dir(dir).expect("corpus") {
        let bytes = std::fs::read(file.expect("entry").path()).expect("file");
        same_both_ways(&String::from_utf8_lossy(&bytes));
    }
    // Duplicate keys (the last wins), a BOM, and an entity nested too deep for one tree.
    same_both_ways(&minimal().replacen('{', r#"{"entities": 5, "#, 1));
    same_both_ways(&format!("\u{FEFF}{}", minimal()));
    // Entities before the sources they cite (keys in order of name): the one pass cannot
    // resolve their references, and declines.
    let sorted = serde_json::from_str::<Value>(&minimal())
        .expect("fixture")
        .to_string();
    assert!(sorted.find("\"entities\"") < sorted.find("\"sources\""));
    assert!(check_split(&sorted, true).is_none(), "declined");
    same_both_ways(&sorted);
    // Indicators repeated after the entities (the last wins): read again with those.
    let end = minimal().trim_end().len() - 1;
    let again = format!(
        "{}, \"indicators\": [{{\"id\": \"x\"}}]}}",
        &minimal()[..end]
    );
    assert!(check_split(&again, true).is_none(), "read again");
    same_both_ways(&again);
    same_both_ways(&again);
    let deep = "[".repeat(200) + &"]".repeat(200);
    let nested = minimal().replacen("\"figures\": [", &format!("\"figures\": [{deep}, "), 1);
    assert!(check_by_entity(&nested).is_none(), "read whole instead");
    assert!(
        matches!(check_dataset(&nested), Err(DatasetError::Json(m)) if m.contains("recursion"))
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    /// A cut or spliced file: whatever the damage, both readings agree.
    #[test]
    fn a_damaged_file_reads_the_same_either_way(at in 0usize..4000, cut in 0usize..40, junk in "[\\[\\]{},:\"a-z0-9 ]{0,6}") {
        let text = minimal();
        let at = text.char_indices().map(|(i, _)| i).nth(at % text.chars().count()).unwrap_or(0);
        let end = text[at..].char_indices().map(|(i, _)| at + i).nth(cut).unwrap_or(text.len());
        let damaged = format!("{}{junk}{}", &text[..at], &text[end..]);
        same_both_ways(&damaged);
    }
}
