//! The names the page's Rust, scripts and style sheet share (`core::write::dom`): the scripts
//! ask only for names that are there, and the style sheet selects only ids the page has.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::Path;

use sse_atlas::core::write::dom::{script, ALL};

fn read(rel: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).unwrap()
}

/// The keys a script reads from `window.atlasDom` (as `N.key`).
fn keys_asked(js: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (at, _) in js.match_indices("N.") {
        let before = js[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
            continue;
        }
        let key: String = js[at + 2..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        out.insert(key);
    }
    out
}

#[test]
fn every_name_a_script_asks_for_is_there() {
    let known: BTreeSet<&str> = ALL.iter().map(|(k, _)| *k).collect();
    for file in ["assets/boot.js", "assets/first.js"] {
        let js = read(file);
        assert!(js.contains("var N = window.atlasDom;"), "{file}");
        let asked = keys_asked(&js);
        assert!(asked.len() > 3, "{file}: {asked:?}");
        for key in &asked {
            assert!(known.contains(key.as_str()), "{file} asks for N.{key}");
        }
    }
    // The finder itself: a key that is not there is found.
    assert!(keys_asked("x(N.nope, foo.N.no)").contains("nope"));
    assert!(!keys_asked("foo.N.no").contains("no"));
}

#[test]
fn each_name_once_and_the_script_object_is_valid() {
    let keys: BTreeSet<&str> = ALL.iter().map(|(k, _)| *k).collect();
    let values: BTreeSet<&str> = ALL.iter().map(|(_, v)| *v).collect();
    assert_eq!(keys.len(), ALL.len());
    assert_eq!(values.len(), ALL.len());
    let s = script();
    let body = s
        .strip_prefix("window.atlasDom=")
        .and_then(|b| b.strip_suffix(';'))
        .unwrap();
    // Every key is a JavaScript identifier and every value a plain name: the object is also
    // JSON once its keys are quoted.
    let quoted = ALL.iter().fold(body.to_owned(), |b, (k, _)| {
        b.replacen(&format!("{k}:"), &format!("\"{k}\":"), 1)
    });
    let parsed: serde_json::Value = serde_json::from_str(&quoted).unwrap();
    assert_eq!(parsed["detailsTitle"], "details-title");
}

/// Every string literal of the Rust sources.
fn rust_literals(dir: &Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_literals(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            out.extend(text.split('"').skip(1).step_by(2).map(str::to_owned));
        }
    }
}

#[test]
fn every_id_the_style_sheet_selects_is_one_the_page_has() {
    let css = read("assets/app.css");
    // Selectors only: the text without the declaration blocks (the innermost braces; an
    // at-rule's block keeps its selectors).
    let mut selectors = String::new();
    let mut open: Option<usize> = None;
    for c in css.chars() {
        match c {
            '{' => {
                open = Some(selectors.len());
                selectors.push(c);
            }
            '}' => match open.take() {
                Some(at) => selectors.truncate(at),
                None => selectors.push(c),
            },
            c => selectors.push(c),
        }
    }
    let mut literals = BTreeSet::new();
    rust_literals(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut literals,
    );
    literals.extend(ALL.iter().map(|(_, v)| (*v).to_owned()));
    let ids: BTreeSet<String> = selectors
        .split('#')
        .skip(1)
        .map(|s| {
            s.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect()
        })
        .filter(|id: &String| id.starts_with(|c: char| c.is_ascii_lowercase()))
        .collect();
    assert!(ids.contains("details-title"), "{ids:?}");
    for id in &ids {
        assert!(
            literals.contains(id),
            "app.css selects #{id}, which no Rust names"
        );
    }
}
