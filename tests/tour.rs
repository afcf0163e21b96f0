//! The built-in presentation tour: it reads, it matches the dataset, and it walks through the
//! first meeting (the group, each speaker, the interested states, the issue areas) and after.
#![cfg(not(target_arch = "wasm32"))]

use sse_atlas::core::dataset::Status;
use sse_atlas::core::tour::{check_against, parse_tour};
use sse_atlas::core::validate::parse_dataset;

const DATASET: &str = include_str!("../assets/data/ilg-sse.json");
const TOUR: &str = include_str!("../assets/data/tour.json");

#[test]
fn the_default_tour_reads_and_matches_the_dataset() {
    let dataset = parse_dataset(DATASET).unwrap_or_else(|e| panic!("{}", e.problems().join("\n")));
    let tour = parse_tour(TOUR).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(check_against(&tour, &dataset), vec![]);
    assert!(
        tour.slides.iter().all(|s| s.source.is_some()),
        "every slide cites its source"
    );

    // Every speaker of the first meeting has a slide.
    let speakers = dataset
        .entities
        .iter()
        .flat_map(|e| &e.statements)
        .chain(&dataset.group.statements)
        .map(|s| s.person.as_str());
    for person in speakers {
        assert!(
            tour.slides.iter().any(|s| s.title.contains(person)),
            "no slide for {person}"
        );
    }
    // A slide shows the interested states of September 2014.
    assert!(tour
        .slides
        .iter()
        .any(|s| s.view.filter.statuses == [Status::Interested]
            && s.view.date.is_some_and(|d| d.year() == 2014)));
    // The issue areas, by name.
    let areas = tour
        .slides
        .iter()
        .find(|s| s.title.contains("issue areas"))
        .expect("an issue-area slide");
    for a in &dataset.issue_areas {
        assert!(areas.caption.contains(&a.name), "{} missing", a.name);
    }
}
