//! `validate-data FILE...`: checks dataset files with the app's own validator and prints every
//! problem with its path. Exit code 1 if any file has problems.

use std::process::ExitCode;

use sse_atlas::core::check::dataset::parse_dataset;

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: validate-data FILE.json...");
        return ExitCode::from(2);
    }
    let mut ok = true;
    for file in files {
        match std::fs::read_to_string(&file) {
            Err(e) => {
                eprintln!("{file}: cannot read: {e}");
                ok = false;
            }
            Ok(text) => match parse_dataset(&text) {
                Ok(d) => println!(
                    "{file}: ok ({} entities, {} figures, {} sources)",
                    d.entities.len(),
                    d.entities.iter().map(|e| e.figures.len()).sum::<usize>(),
                    d.sources.len()
                ),
                Err(e) => {
                    ok = false;
                    eprintln!("{file}: {e}");
                    for p in e.problems() {
                        eprintln!("  {p}");
                    }
                }
            },
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
