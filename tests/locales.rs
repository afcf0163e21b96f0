//! The translation files: every UI key in all four languages, nothing left untranslated, and
//! the same `{{ values }}` in each translation as in English (a missing one would show a raw
//! key or drop a number). The build refuses missing keys too (build.rs); this says which.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

const LANGS: [&str; 4] = ["en", "fr", "es", "pt"];

fn flatten(v: &Value, prefix: &str, out: &mut BTreeMap<String, String>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                flatten(v, &format!("{prefix}{k}."), out);
            }
        }
        Value::String(s) => {
            out.insert(prefix.trim_end_matches('.').to_owned(), s.clone());
        }
        other => panic!("{prefix}: expected text, got {other}"),
    }
}

fn locale(lang: &str) -> BTreeMap<String, String> {
    let path = format!("{}/locales/{lang}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out = BTreeMap::new();
    flatten(&serde_json::from_str(&text).unwrap(), "", &mut out);
    out
}

fn placeholders(s: &str) -> BTreeSet<String> {
    s.split("{{")
        .skip(1)
        .filter_map(|p| p.split_once("}}"))
        .map(|(name, _)| name.trim().to_owned())
        .collect()
}

#[test]
fn every_key_exists_in_all_four_languages() {
    let en = locale("en");
    assert!(en.len() > 150, "only {} keys in English", en.len());
    for lang in &LANGS[1..] {
        let other = locale(lang);
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang}.json lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang}.json has keys English lacks: {extra:?}"
        );
    }
}

#[test]
fn translations_are_done_and_keep_their_values() {
    let en = locale("en");
    for lang in &LANGS[1..] {
        for (key, text) in locale(lang) {
            assert!(!text.trim().is_empty(), "{lang}: {key} is empty");
            assert!(!text.starts_with("TODO"), "{lang}: {key} is not translated");
            assert_eq!(
                placeholders(&text),
                placeholders(&en[&key]),
                "{lang}: {key} has other values than English"
            );
        }
    }
}

#[test]
fn the_other_languages_are_not_english() {
    // A file copied from English would pass the tests above: most texts must differ.
    let en = locale("en");
    for lang in &LANGS[1..] {
        let other = locale(lang);
        let same = en.iter().filter(|(k, v)| other.get(*k) == Some(v)).count();
        assert!(
            same * 5 < en.len(),
            "{lang}: {same} of {} texts are the same as in English",
            en.len()
        );
    }
}
