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

#[test]
fn no_rust_file_is_over_400_lines() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 50, "the sources were found: {}", files.len());
    let long: Vec<_> = files.into_iter().filter(|(_, n)| *n > 400).collect();
    assert!(long.is_empty(), "split these files: {long:?}");
}
