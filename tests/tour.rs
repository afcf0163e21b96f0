//! The built-in presentation tour: it reads, it matches the dataset, and it walks through the
//! first meeting (the group, each speaker, the interested states, the issue areas) and after.
#![cfg(not(target_arch = "wasm32"))]

use sse_atlas::core::check::dataset::parse_dataset;
use sse_atlas::core::check::tour::{check_against, parse_tour};
use sse_atlas::core::model::dataset::Status;

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

#[test]
fn slides_speak_four_languages_and_fall_back_to_english() {
    use sse_atlas::core::model::lang::Lang;
    let tour = parse_tour(TOUR).unwrap_or_else(|p| panic!("{p:#?}"));
    for s in &tour.slides {
        for lang in [Lang::Fr, Lang::Es, Lang::Pt] {
            assert_eq!(s.title_in(lang).1, lang, "{} in {lang:?}", s.title);
            assert_eq!(s.caption_in(lang).1, lang, "{} in {lang:?}", s.title);
        }
    }
    let broken = r#"{"format": "sse-atlas-tour/1", "title": "T", "slides": [
        {"title": "A", "caption": "B", "translations": {"fr": {"title": "Ä"}, "xx": {}, "es": {"caption": 3, "note": "n"}}}
    ]}"#;
    let problems: Vec<String> = parse_tour(broken)
        .expect_err("broken")
        .into_iter()
        .map(|p| format!("{}: {}", p.path, p.message))
        .collect();
    assert!(
        problems.contains(
            &"slides[0].translations.xx: expected a language code: en, fr, es or pt".to_owned()
        ),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("slides[0].translations.es.")),
        "{problems:?}"
    );
    let only_fr_title = r#"{"format": "sse-atlas-tour/1", "title": "T", "slides": [
        {"title": "A", "caption": "B", "translations": {"fr": {"title": "Ä"}}}
    ]}"#;
    let tour = parse_tour(only_fr_title).expect("valid");
    assert_eq!(tour.slides[0].title_in(Lang::Fr), ("Ä", Lang::Fr));
    assert_eq!(tour.slides[0].caption_in(Lang::Fr), ("B", Lang::En));
}
