//! The questions the panels answer, asked of the built-in dataset and boundaries: filters,
//! status at each date, search, indicator classes, the data table and its CSV.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;

use sse_atlas::core::check::dataset::parse_dataset;
use sse_atlas::core::derive::filter::{self, Filter, Places};
use sse_atlas::core::derive::membership::{change_dates, latest_date, statuses_at};
use sse_atlas::core::derive::search::{search, HitKind};
use sse_atlas::core::derive::stats::{headline, ranked, Classes};
use sse_atlas::core::derive::table;
use sse_atlas::core::geo::geojson::parse_boundaries;
use sse_atlas::core::model::dataset::{Dataset, Status};
use sse_atlas::core::model::date::PartialDate;

const DATASET: &str = include_str!("../assets/data/ilg-sse.json");
const COUNTRIES: &str = include_str!("../assets/geo/countries-110m.geojson");
const QUEBEC: &str = include_str!("../assets/geo/quebec-50m.geojson");
const GOLDEN_CSV: &str = include_str!("fixtures/golden-table-sse-jobs.csv");

fn dataset() -> Dataset {
    parse_dataset(DATASET).unwrap_or_else(|e| panic!("{}", e.problems().join("\n")))
}

fn places(d: &Dataset) -> Places {
    let countries = parse_boundaries(COUNTRIES).expect("110m parses");
    let quebec = parse_boundaries(QUEBEC).expect("Quebec parses");
    let shapes = countries.shapes.iter().chain(&quebec.shapes);
    filter::places(
        Some(d),
        shapes.map(|s| (s.id.as_str(), s.region.as_deref(), s.subregion.as_deref())),
    )
}

fn date(s: &str) -> PartialDate {
    s.parse().expect("test date")
}

fn statuses(d: &Dataset, at: PartialDate) -> HashMap<String, Status> {
    statuses_at(d, at)
        .into_iter()
        .map(|(e, s)| (e.id.clone(), s))
        .collect()
}

fn ids(rows: &[(&sse_atlas::core::model::dataset::Entity, Status)]) -> Vec<String> {
    let mut ids: Vec<String> = rows.iter().map(|(e, _)| e.id.clone()).collect();
    ids.sort();
    ids
}

#[test]
fn the_timeline_steps_are_the_dated_changes() {
    let d = dataset();
    let steps: Vec<String> = change_dates(&d).iter().map(|d| d.to_string()).collect();
    assert_eq!(steps, ["2013-11", "2014-09-22", "2016-09-20", "2017-07-08"]);
}

#[test]
fn status_at_every_dated_change() {
    let d = dataset();
    let p = places(&d);
    // (date, members, observers, interested)
    let expect = [
        ("2013-11", 5, 1, 0),
        ("2014-09-22", 5, 1, 3),
        ("2016-09-20", 6, 2, 2),
        ("2017-07-08", 7, 2, 2),
    ];
    for (at, m, o, i) in expect {
        let s = statuses(&d, date(at));
        let counts = filter::status_counts(&d, &s, &p, &Filter::default());
        assert_eq!(
            counts,
            vec![
                (Status::Member, m),
                (Status::Observer, o),
                (Status::Interested, i)
            ],
            "at {at}"
        );
    }
    // A month means the state at its end: September 2016 includes the meeting of the 20th.
    let sep_2016 = statuses(&d, date("2016-09").end_of_period());
    assert_eq!(sep_2016.get("CRI"), Some(&Status::Member));
    assert_eq!(sep_2016.get("SEN"), Some(&Status::Observer));
    // Before the founding there is no group.
    assert!(statuses(&d, date("2013-10")).is_empty());
}

#[test]
fn filter_combinations_count_right() {
    let d = dataset();
    let p = places(&d);
    let s = statuses(&d, date("2014-09").end_of_period());
    let interested = Filter {
        statuses: vec![Status::Interested],
        ..Filter::default()
    };
    assert_eq!(
        ids(&filter::apply(&d, &s, &p, &interested)),
        ["MLI", "SEN", "TGO"]
    );

    let latest = statuses(&d, latest_date(&d).expect("dated"));
    let africa = Filter {
        region: Some("africa".into()),
        ..Filter::default()
    };
    assert_eq!(
        ids(&filter::apply(&d, &latest, &p, &africa)),
        ["MAR", "MLI", "SEN", "TGO"]
    );
    let west_africa_members = Filter {
        statuses: vec![Status::Member],
        region: Some("western-africa".into()),
        area: None,
    };
    assert!(filter::apply(&d, &latest, &p, &west_africa_members).is_empty());
    let americas = Filter {
        region: Some("americas".into()),
        ..Filter::default()
    };
    assert_eq!(
        ids(&filter::apply(&d, &latest, &p, &americas)),
        ["CA-QC", "COL", "CRI", "ECU"],
        "Quebec takes Canada's region"
    );

    let all = filter::apply(&d, &latest, &p, &Filter::default());
    assert_eq!(all.len(), 11);
    assert_eq!(
        filter::summarize(&all, &p).sentence(),
        "11 entities: 7 members, 2 observers, 2 interested — Africa: 4, Americas: 4, Europe: 3"
    );

    // Each issue area matches exactly the entities tagged with it.
    for area in &d.issue_areas {
        let f = Filter {
            area: Some(area.id.clone()),
            ..Filter::default()
        };
        for (e, _) in filter::apply(&d, &latest, &p, &f) {
            assert!(filter::entity_areas(e).contains(area.id.as_str()));
        }
    }
    let tagged = d
        .issue_areas
        .iter()
        .filter(|a| {
            let f = Filter {
                area: Some(a.id.clone()),
                ..Filter::default()
            };
            !filter::apply(&d, &latest, &p, &f).is_empty()
        })
        .count();
    assert!(
        tagged >= 3,
        "only {tagged} issue areas are tagged in the data"
    );
}

#[test]
fn search_ignores_accents_and_case() {
    let d = dataset();
    let first = |q: &str| search(&d, q, 8).into_iter().next();
    let quebec = first("quebec").expect("a hit for quebec");
    assert_eq!(
        (quebec.kind, quebec.target.as_deref()),
        (HitKind::Entity, Some("CA-QC"))
    );
    let coronado = first("coronado").expect("a hit for coronado");
    assert_eq!(coronado.kind, HitKind::Person);
    assert_eq!(coronado.target.as_deref(), Some("COL"));
    let pinheiro = first("PINHEIRO").expect("a hit for Pinheiro");
    assert_eq!(pinheiro.target, None, "agency speakers lead to the group");
    assert_eq!(
        first("stephane").map(|h| h.target),
        Some(Some("CA-QC".into()))
    );
    assert!(search(&d, "zzzz", 8).is_empty());
    assert!(search(&d, "  ", 8).is_empty());
    assert!(search(&d, &"a".repeat(10_000), 8).is_empty());
    assert!(search(&d, "e", 5).len() <= 5);
}

#[test]
fn indicators_classify_their_headline_figures() {
    let d = dataset();
    let all: Vec<_> = d.entities.iter().collect();
    let jobs = ranked(&all, "sse-jobs");
    let order: Vec<&str> = jobs.iter().map(|(e, _)| e.id.as_str()).collect();
    assert_eq!(
        order,
        ["FRA", "SEN", "CA-QC", "COL", "GRC", "ECU", "CRI", "LUX", "MLI"]
    );
    // No entity without a figure (Senegal, Costa Rica and Greece had none until 2026).
    for e in &d.entities {
        assert!(!e.figures.is_empty(), "{} has no figure", e.id);
    }
    // The newest dated figure stands for an entity.
    let fra = d.entity("FRA").expect("France");
    assert_eq!(headline(fra, "sse-jobs").map(|f| f.year), Some(2022));
    let values: Vec<f64> = jobs.iter().map(|(_, f)| f.value).collect();
    let classes = Classes::new(&values);
    assert_eq!(classes.ranges.len(), 5);
    assert_eq!(classes.class_of(2_600_000.0), Some(4));
    assert_eq!(classes.class_of(2223.0), Some(0));
    for indicator in &d.indicators {
        let figures = ranked(&all, &indicator.id);
        assert!(!figures.is_empty(), "{} has no figure", indicator.id);
    }
}

#[test]
fn the_csv_holds_exactly_the_table() {
    let d = dataset();
    let p = places(&d);
    let at = latest_date(&d).expect("dated");
    let s = statuses(&d, at);
    let rows = filter::apply(&d, &s, &p, &Filter::default());
    let mut t = table::build(&d, &rows, at, &p, d.indicator("sse-jobs"));
    t.sort(5, false);
    let csv = t.to_csv().expect("csv");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write("tests/fixtures/golden-table-sse-jobs.csv", &csv).expect("write golden");
    }
    assert_eq!(csv, GOLDEN_CSV);
    assert_eq!(csv.lines().count(), 1 + 11);
    assert!(
        csv.starts_with('\u{FEFF}'),
        "a byte-order mark for spreadsheets"
    );
    assert_eq!(csv.matches("\r\n").count(), 1 + 11, "CRLF line ends");
    let header = csv.lines().next().unwrap_or_default();
    assert!(header.contains("Year") && header.contains("Source URL"));
    assert!(header.contains("SSE jobs (jobs) qualifier,SSE jobs (jobs),"));
    // Colombia's figure is "up to 121,000": the qualifier has its own column.
    assert!(csv.contains(",up to,121000,2023,"), "{csv}");
}

#[test]
fn the_exported_image_names_the_sources_of_what_it_shows() {
    use sse_atlas::core::write::sheet::source_notes;
    let d = dataset();
    let entities: Vec<_> = d.entities.iter().collect();
    let latest = latest_date(&d);
    let status_notes = source_notes(&d, &entities, latest, None, 50);
    assert!(!status_notes.is_empty());
    assert!(status_notes
        .iter()
        .all(|l| l.starts_with("Source: ") && l.contains("http")));
    // Every source of a figure shown is named, each once.
    let jobs = source_notes(&d, &entities, latest, Some("sse-jobs"), 50);
    let expected: std::collections::BTreeSet<_> = ranked(&entities, "sse-jobs")
        .iter()
        .map(|(_, f)| f.cite.source.clone())
        .collect();
    assert!(jobs.len() >= expected.len(), "{jobs:#?}");
    for id in expected {
        let s = d.source(&id).expect("cited source exists");
        assert_eq!(
            jobs.iter()
                .filter(|l| l.contains(s.url.as_deref().unwrap_or("no link")))
                .count(),
            1,
            "{id}"
        );
    }
    let few = source_notes(&d, &entities, latest, None, 1);
    assert_eq!(few.len(), 2);
    assert!(few[1].contains("more sources"), "{few:?}");
}

#[test]
fn the_map_is_described_in_words() {
    use sse_atlas::core::derive::describe::describe;
    let d = dataset();
    let date: PartialDate = "2014-09-22".parse().expect("date");
    let rows: Vec<_> = {
        let mut r = statuses_at(&d, date);
        r.sort_by(|a, b| a.0.name.cmp(&b.0.name));
        r
    };
    let desc = describe(&d, &rows, None);
    assert_eq!(desc.total, 9);
    let names =
        |i: usize| -> Vec<&str> { desc.groups[i].1.iter().map(|e| e.name.as_str()).collect() };
    assert_eq!(desc.groups.len(), 3);
    assert_eq!(
        names(0),
        ["Colombia", "Ecuador", "France", "Luxembourg", "Morocco"]
    );
    assert_eq!(names(1), ["Quebec"]);
    assert_eq!(names(2), ["Mali", "Senegal", "Togo"]);
    assert_eq!(desc.groups[2].0, Status::Interested);
    let latest = latest_date(&d).expect("latest");
    let mut rows = statuses_at(&d, latest);
    rows.sort_by(|a, b| a.0.name.cmp(&b.0.name));
    let jobs = d.indicator("sse-jobs").expect("indicator");
    let part = describe(&d, &rows, Some(jobs))
        .indicator
        .expect("indicator part");
    let ((hi, fh), (lo, fl)) = part.extremes.expect("figures");
    assert_ne!(hi.id, lo.id);
    assert!(fh.value > fl.value);
    assert!(part.missing > 0, "some entities have no jobs figure");
    let empty = describe(&d, &[], None);
    assert_eq!((empty.total, empty.groups.len()), (0, 0));
}
