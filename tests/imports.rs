//! No import circle among the modules of `src/` (issue 20): data flows one way, and the first
//! view, the hand-over and the app depend on each other in one direction only. A module's
//! references to its own ancestors (`super::…` from a child) are the tree, not a circle.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Graph = BTreeMap<String, BTreeSet<String>>;

/// Every module file under `src/` (not the binaries), by module path (`ui::first::drop`).
fn modules(dir: &Path, prefix: &[String], out: &mut BTreeMap<String, String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry
            .file_name()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_owned();
        if path.is_dir() {
            if prefix.is_empty() && name == "bin" {
                continue;
            }
            let mut p = prefix.to_vec();
            p.push(name);
            modules(&path, &p, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let root_file = prefix.is_empty() && (name == "lib" || name == "main");
            let mut p = prefix.to_vec();
            if name != "mod" {
                p.push(name);
            }
            if !p.is_empty() && !root_file {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                // Unit tests may reach anywhere.
                let text = text
                    .split("#[cfg(test)]")
                    .next()
                    .unwrap_or_default()
                    .to_owned();
                out.insert(p.join("::"), text);
            }
        }
    }
}

/// The paths `text` names from `crate::`, `super::` or `self::`, made absolute for `module`.
fn references(module: &str, text: &str) -> Vec<String> {
    let segs: Vec<&str> = module.split("::").collect();
    let mut out = Vec::new();
    for (head, base) in [
        ("crate::", Vec::new()),
        ("super::", segs[..segs.len() - 1].to_vec()),
        ("self::", segs.clone()),
    ] {
        for (i, _) in text.match_indices(head) {
            let before = text[..i].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let rest = &text[i + head.len()..];
            let path: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            let path = path.trim_end_matches(':');
            let mut full = base.clone();
            full.extend(path.split("::").filter(|s| !s.is_empty()));
            let full = full.join("::");
            // `use a::{b, c}`: each item too.
            if let Some(group) = rest[path.len()..].strip_prefix("::{") {
                for item in group.split('}').next().unwrap_or_default().split(',') {
                    let item = item.trim().split([' ', ':']).next().unwrap_or_default();
                    if !item.is_empty() && item != "self" {
                        out.push(format!("{full}::{item}"));
                    }
                }
            }
            out.push(full);
        }
    }
    out
}

fn graph() -> Graph {
    let mut files = BTreeMap::new();
    modules(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &[],
        &mut files,
    );
    let known: BTreeSet<String> = files.keys().cloned().collect();
    let resolve = |path: &str| {
        let mut parts: Vec<&str> = path.split("::").collect();
        while !parts.is_empty() {
            let m = parts.join("::");
            if known.contains(&m) {
                return Some(m);
            }
            parts.pop();
        }
        None
    };
    let mut g = Graph::new();
    for (module, text) in &files {
        let edges = g.entry(module.clone()).or_default();
        for r in references(module, text) {
            if let Some(t) = resolve(&r) {
                if t != *module && !module.starts_with(&format!("{t}::")) {
                    edges.insert(t);
                }
            }
        }
    }
    g
}

/// A circle of `g`, if there is one, as the modules along it.
fn circle(g: &Graph) -> Option<Vec<String>> {
    fn visit(
        g: &Graph,
        m: &str,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == m) {
            return Some(path[i..].to_vec());
        }
        if !done.insert(m.to_owned()) {
            return None;
        }
        path.push(m.to_owned());
        for t in g.get(m).into_iter().flatten() {
            if let Some(c) = visit(g, t, path, done) {
                return Some(c);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    g.keys()
        .find_map(|m| visit(g, m, &mut Vec::new(), &mut done))
}

#[test]
fn the_checker_finds_a_circle() {
    let mut g = Graph::new();
    g.entry("a".into()).or_default().insert("b".into());
    g.entry("b".into()).or_default().insert("c".into());
    assert_eq!(circle(&g), None);
    g.entry("c".into()).or_default().insert("a".into());
    assert_eq!(circle(&g), Some(vec!["a".into(), "b".into(), "c".into()]));
}

#[test]
fn no_import_circle_in_src() {
    let g = graph();
    assert!(g.len() > 80, "the modules were found: {}", g.len());
    // The graph is read right: the first view starts the app through the hand-over.
    assert!(g["ui::first"].contains("ui::atlas") && g["ui::atlas"].contains("ui::handoff"));
    assert_eq!(circle(&g), None, "an import circle");
}
