//! A fuzzer of the loaders: the dataset validator, the GeoJSON reader, the tour reader, the
//! CSV import and the link parser, fed mutations of the corpus and of the real files. Any
//! panic fails the run and leaves its input in `target/fuzz-crashes/`.
//!
//! `cargo test` runs a fixed number of inputs from a fixed seed: the same inputs on every
//! machine, so that a loaded CI machine cannot fail at random. The open-ended exploration,
//! time-boxed and seeded from the clock, has its own command: `scripts/fuzz [SECONDS]`
//! (`FUZZ_SECONDS`).
//!
//! Why not cargo-fuzz (libFuzzer) or AFL: both need a nightly compiler or their own toolchain
//! and rebuild every dependency with coverage instrumentation, which a clean CI run has no time
//! for. This is a mutation fuzzer without coverage feedback; in its place, an input is kept for
//! further mutation when it brings a message no earlier input brought (new validator paths
//! show as new messages). proptest's random generator drives it; its seed is printed, so
//! that a failing run can be repeated with `FUZZ_SEED`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::time::{Duration, Instant};

use proptest::prelude::Rng;
use proptest::test_runner::{RngAlgorithm, TestRng};
use sse_atlas::core::check::csv::parse_figures_csv;
use sse_atlas::core::check::dataset::parse_dataset;
use sse_atlas::core::check::tour::parse_tour;
use sse_atlas::core::geo::geojson::parse_boundaries;
use sse_atlas::core::link;

/// Pieces that make JSON, GeoJSON, CSV and links go wrong in interesting ways.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"",
    ",",
    ":",
    ";",
    "\n",
    "\r\n",
    "null",
    "true",
    "-1",
    "0",
    "1e308",
    "1e400",
    "NaN",
    "-0",
    "2014-13-45",
    "2014-02-29",
    "\"\u{202e}\"",
    "<script>",
    "\u{FEFF}",
    "\u{0}",
    "\\u0000",
    "\"\"",
    "{}",
    "[]",
    "%",
    "&",
    "=",
    "%E2%80%AE",
    "\"id\"",
    "\"FRA\"",
    "\"entities\"",
    "\"figures\"",
    "\"value\"",
    "\"coordinates\"",
    "[[[0,0],[1,0],[1,1],[0,0]]]",
    "\"Polygon\"",
    "\"MultiPolygon\"",
    "[180,0]",
    "[-180,0]",
    "[0,91]",
    "\"slides\"",
    "\"view\"",
    "country=",
    "zoom=",
    "center=",
    "date=",
    "\"https://x.org\"",
    "\"javascript:alert(1)\"",
];

#[derive(Clone, Copy, Debug)]
enum Target {
    Dataset,
    Geo,
    Tour,
    Csv,
    Url,
}

const TARGETS: [Target; 5] = [
    Target::Dataset,
    Target::Geo,
    Target::Tour,
    Target::Csv,
    Target::Url,
];

/// Runs one input through a loader; returns the first message (for novelty), never panics
/// unless the loader does.
fn run(target: Target, bytes: &[u8], minimal: &sse_atlas::core::model::dataset::Dataset) -> String {
    let text = String::from_utf8_lossy(bytes);
    let first = |v: Vec<String>| v.into_iter().next().unwrap_or_default();
    match target {
        Target::Dataset => match parse_dataset(&text) {
            Ok(d) => format!("ok {}", d.entities.len()),
            Err(e) => first(e.problems()),
        },
        Target::Geo => match parse_boundaries(&text) {
            Ok(b) => first(b.warnings),
            Err(e) => e.to_string(),
        },
        Target::Tour => match parse_tour(&text) {
            Ok(t) => format!("ok {}", t.slides.len()),
            Err(p) => first(p.iter().map(ToString::to_string).collect()),
        },
        Target::Csv => match parse_figures_csv(bytes, "fuzz.csv", minimal) {
            Ok(i) => format!("ok {}", i.figures.len()),
            Err(p) => first(p.iter().map(ToString::to_string).collect()),
        },
        Target::Url => {
            let (state, warnings) = link::parse(&text);
            // What the app writes back must read back the same.
            let printed = link::print(&state);
            let (again, more) = link::parse(&printed);
            assert_eq!(again, state, "round trip of {printed:?}");
            assert!(more.is_empty(), "{more:?}");
            first(warnings)
        }
    }
}

/// The message without its numbers and quoted values, so that novelty means a new kind of
/// problem rather than a new line number.
fn shape(message: &str) -> String {
    let mut out = String::new();
    let mut quoted = false;
    for c in message.chars().take(120) {
        match c {
            '"' => quoted = !quoted,
            _ if quoted || c.is_ascii_digit() => {}
            _ => out.push(c),
        }
    }
    out
}

fn mutate(rng: &mut TestRng, input: &[u8], pool: &[Vec<u8>]) -> Vec<u8> {
    let mut out = input.to_vec();
    let below = |rng: &mut TestRng, n: usize| (rng.next_u64() % n.max(1) as u64) as usize;
    for _ in 0..1 + below(rng, 8) {
        let at = below(rng, out.len() + 1);
        match below(rng, 7) {
            0 if !out.is_empty() => {
                let i = below(rng, out.len());
                out[i] ^= 1 << below(rng, 8);
            }
            1 => out.insert(at, rng.next_u32() as u8),
            2 if !out.is_empty() => {
                let end = (at + 1 + below(rng, 64)).min(out.len());
                out.drain(at.min(end)..end);
            }
            3 if !out.is_empty() => {
                let start = below(rng, out.len());
                let end = (start + 1 + below(rng, 256)).min(out.len());
                let piece = out[start..end].to_vec();
                out.splice(at..at, piece);
            }
            4 => {
                let other = &pool[below(rng, pool.len())];
                if !other.is_empty() {
                    let start = below(rng, other.len());
                    let end = (start + 1 + below(rng, 512)).min(other.len());
                    out.splice(at..at, other[start..end].iter().copied());
                }
            }
            5 if at < out.len() => out.truncate(at),
            _ => {
                let token = TOKENS[below(rng, TOKENS.len())].as_bytes();
                out.splice(at..at, token.iter().copied());
            }
        }
    }
    out
}

/// Longest a loader may take on one input (the inputs are at most a few hundred kB).
const MAX_TIME: Duration = Duration::from_secs(2);
/// In the fixed run of `cargo test`: a freeze, not a slow machine.
const MAX_TIME_FIXED: Duration = Duration::from_secs(20);
/// The fixed run's seed and its inputs per loader.
const FIXED_SEED: u64 = 20_140_922;
const FIXED_RUNS: u64 = 20_000;

/// Keeps an input that failed, for `FUZZ_SEED` reruns and a corpus case; returns its path.
fn save(root: &Path, target: Target, seed: u64, input: &[u8]) -> String {
    let dir = root.join("target/fuzz-crashes");
    let _ = std::fs::create_dir_all(&dir);
    let file = dir.join(format!("{target:?}-{seed}.bin"));
    let _ = std::fs::write(&file, input);
    file.display().to_string()
}

fn seeds(root: &Path) -> Vec<(Target, Vec<u8>)> {
    let mut seeds = Vec::new();
    let read = |p: &Path| std::fs::read(p).unwrap_or_default();
    for (folder, target) in [
        ("tests/corpus/dataset", Target::Dataset),
        ("tests/corpus/geo", Target::Geo),
        ("tests/corpus/tour", Target::Tour),
        ("tests/corpus/csv", Target::Csv),
    ] {
        for entry in std::fs::read_dir(root.join(folder))
            .into_iter()
            .flatten()
            .flatten()
        {
            seeds.push((target, read(&entry.path())));
        }
    }
    for (file, target) in [
        ("tests/fixtures/minimal-dataset.json", Target::Dataset),
        ("assets/data/ilg-sse.json", Target::Dataset),
        ("tests/fixtures/three-countries.geojson", Target::Geo),
        ("assets/geo/quebec-50m.geojson", Target::Geo),
        ("assets/data/tour.json", Target::Tour),
        ("tests/fixtures/golden-table-sse-jobs.csv", Target::Csv),
    ] {
        seeds.push((target, read(&root.join(file))));
    }
    for q in [
        "country=FRA&indicator=sse-jobs&date=2014-09&zoom=2.5&center=10,20&view=table",
        "status=member,observer&region=europe&area=finance&q=loi&compare=FRA,ECU",
        "embed=1&present=1&slide=3&auto=20&theme=dark&accent=%23aa5511&lang=fr&data=d.json",
    ] {
        seeds.push((Target::Url, q.as_bytes().to_vec()));
    }
    seeds
}

fn main() {
    // Exploring (`scripts/fuzz`): for a time, from the clock's seed. Else the fixed run.
    let seconds: Option<u64> = std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok());
    let seed: u64 = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| match seconds {
            Some(_) => std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64),
            None => FIXED_SEED,
        });
    let max_time = if seconds.is_some() {
        MAX_TIME
    } else {
        MAX_TIME_FIXED
    };
    let mut key = [0u8; 32];
    key[..8].copy_from_slice(&seed.to_le_bytes());
    let mut rng = TestRng::from_seed(RngAlgorithm::ChaCha, &key);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let minimal = parse_dataset(include_str!("fixtures/minimal-dataset.json"))
        .expect("the minimal fixture is valid");
    let seeds = seeds(root);
    for (i, t) in TARGETS.iter().enumerate() {
        assert!(
            seeds.iter().any(|(s, b)| *s as usize == i && !b.is_empty()),
            "no seed for {t:?}: are tests/corpus and assets/ there?"
        );
    }
    let all: Vec<Vec<u8>> = seeds.iter().map(|(_, b)| b.clone()).collect();
    // Inputs that found a new kind of message are mutated further: the stand-in for coverage.
    let mut pools: Vec<Vec<Vec<u8>>> = TARGETS.iter().map(|_| Vec::new()).collect();
    for (t, b) in &seeds {
        pools[*t as usize].push(b.clone());
    }
    let mut seen: HashSet<(usize, String)> = HashSet::new();
    let mut runs = [0u64; 5];
    let start = Instant::now();
    let mut slowest = (Duration::ZERO, Target::Dataset);
    let more = |runs: &[u64; 5]| match seconds {
        Some(s) => start.elapsed() < Duration::from_secs(s),
        None => runs[0] < FIXED_RUNS,
    };
    while more(&runs) {
        for (i, &target) in TARGETS.iter().enumerate() {
            let pool = &pools[i];
            let parent = &pool[(rng.next_u64() % pool.len() as u64) as usize];
            let input = mutate(&mut rng, parent, &all);
            let started = Instant::now();
            let result = catch_unwind(AssertUnwindSafe(|| run(target, &input, &minimal)));
            let took = started.elapsed();
            runs[i] += 1;
            if took > slowest.0 {
                slowest = (took, target);
            }
            // A loader that takes this long on a file of this size would freeze the tab.
            if took > max_time {
                let file = save(root, target, seed, &input);
                panic!("{target:?} took {took:?} on the input saved in {file} (FUZZ_SEED={seed})");
            }
            match result {
                Ok(message) => {
                    if pools[i].len() < 4_000 && seen.insert((i, shape(&message))) {
                        pools[i].push(input);
                    }
                }
                Err(panic) => {
                    let why = panic
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_default();
                    let file = save(root, target, seed, &input);
                    eprintln!(
                        "fuzz: {target:?} panicked ({why}) on the input saved in {file} (FUZZ_SEED={seed})"
                    );
                    std::process::exit(1);
                }
            }
        }
    }
    let total: u64 = runs.iter().sum();
    println!(
        "fuzz: {total} executions in {:.1} s, no panic (dataset {}, boundaries {}, tour {}, CSV {}, link {}; \
         {} message kinds found; slowest input {:.1} ms ({:?}); FUZZ_SEED={seed})",
        start.elapsed().as_secs_f64(),
        runs[0],
        runs[1],
        runs[2],
        runs[3],
        runs[4],
        seen.len(),
        slowest.0.as_secs_f64() * 1000.0,
        slowest.1
    );
}
