//! House rules a reviewer would otherwise count by hand.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

/// Every Rust file under `dir`, with its number of lines.
fn rust_files(dir: &Path, out: &mut Vec<(String, usize)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            out.push((path.display().to_string(), text.lines().count()));
        }
    }
}

/// Every Rust file of the crate's `src/`, with its number of lines.
fn sources() -> Vec<(String, usize)> {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    files
}

#[test]
fn no_rust_file_is_over_400_lines() {
    let files = sources();
    assert!(files.len() > 50, "the sources were found: {}", files.len());
    let long: Vec<_> = files.into_iter().filter(|(_, n)| *n > 400).collect();
    assert!(long.is_empty(), "split these files: {long:?}");
}

/// Whether `line` starts a function (`fn`, `pub fn`, `pub(crate) async fn`…).
fn starts_fn(line: &str) -> bool {
    let mut rest = line.trim_start();
    for prefix in ["pub(crate) ", "pub(super) ", "pub ", "const ", "async "] {
        rest = rest.strip_prefix(prefix).unwrap_or(rest);
    }
    rest = rest.strip_prefix("async ").unwrap_or(rest);
    rest.starts_with("fn ")
}

/// The braces of `line` that count: outside strings, characters and comments.
fn braces(line: &str) -> i32 {
    let code = line.split("//").next().unwrap_or("");
    let (mut depth, mut in_str, mut prev) = (0, false, ' ');
    for c in code.chars() {
        match c {
            '"' if prev != '\\' => in_str = !in_str,
            '{' if !in_str && prev != '\'' => depth += 1,
            '}' if !in_str && prev != '\'' => depth -= 1,
            _ => {}
        }
        prev = c;
    }
    depth
}

#[test]
fn no_function_is_over_100_lines() {
    let files = sources();
    let mut long = Vec::new();
    for (path, _) in &files {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if !starts_fn(line) {
                continue;
            }
            let (mut depth, mut opened) = (0, false);
            for (j, l) in lines.iter().enumerate().skip(i) {
                let d = braces(l);
                opened |= l.contains('{');
                depth += d;
                if !opened && l.trim_end().ends_with(';') {
                    break;
                }
                if opened && depth <= 0 {
                    if j - i + 1 > 100 {
                        long.push(format!("{path}:{} ({} lines)", i + 1, j - i + 1));
                    }
                    break;
                }
            }
        }
    }
    assert!(long.is_empty(), "split these functions: {long:#?}");
}
