//! The built-in dataset: it validates, and it holds every fact of the seed article.
#![cfg(not(target_arch = "wasm32"))]

use sse_atlas::core::check::dataset::parse_dataset;
use sse_atlas::core::check::text::mirror_problem;
use sse_atlas::core::derive::membership::{latest_date, status_at};
use sse_atlas::core::model::dataset::{Certainty, Dataset, EntityKind, Status};

const DATASET: &str = include_str!("../assets/data/ilg-sse.json");
const SEED: &str = include_str!("fixtures/seed-ungls-2014.txt");

fn dataset() -> Dataset {
    match parse_dataset(DATASET) {
        Ok(d) => d,
        Err(e) => panic!("built-in dataset is invalid:\n{}", e.problems().join("\n")),
    }
}

fn d(s: &str) -> sse_atlas::core::model::date::PartialDate {
    s.parse().expect("test date")
}

#[test]
fn every_seed_entity_has_its_2014_status() {
    let data = dataset();
    let first_meeting = d("2014-09-22");
    let expect = [
        ("FRA", Status::Member),
        ("ECU", Status::Member),
        ("COL", Status::Member),
        ("MAR", Status::Member),
        ("LUX", Status::Member),
        ("CA-QC", Status::Observer),
        ("SEN", Status::Interested),
        ("MLI", Status::Interested),
        ("TGO", Status::Interested),
    ];
    for (id, status) in expect {
        let e = data.entity(id).unwrap_or_else(|| panic!("{id} missing"));
        let s = status_at(e, first_meeting).unwrap_or_else(|| panic!("{id} has no 2014 status"));
        assert_eq!(s.status, status, "{id}");
        assert_eq!(
            s.latest.cite.source, "ungls-2014",
            "{id}: the seed is the 2014 source"
        );
    }
    let quebec = data.entity("CA-QC").expect("Quebec");
    assert_eq!(quebec.kind, EntityKind::Subnational);
    assert_eq!(quebec.parent.as_deref(), Some("CAN"));
}

#[test]
fn later_changes_are_dated_and_the_map_opens_on_the_latest() {
    let data = dataset();
    let latest = latest_date(&data).expect("a latest date");
    assert_eq!(latest, d("2017-07-08"));
    let at = |id: &str, date: &str| {
        data.entity(id)
            .and_then(|e| status_at(e, d(date)))
            .map(|s| s.status)
    };
    assert_eq!(at("CRI", "2014-09-22"), None);
    assert_eq!(at("CRI", "2016-09-20"), Some(Status::Member));
    assert_eq!(at("SEN", "2016-09-20"), Some(Status::Observer));
    assert_eq!(at("GRC", "2016-09-20"), None);
    assert_eq!(at("GRC", "2017-07-08"), Some(Status::Member));
    let fra = status_at(data.entity("FRA").expect("France"), latest).expect("status");
    assert_eq!(fra.since, d("2013-11"));
}

#[test]
fn every_seed_person_is_there_with_role_and_verbatim_quotes() {
    let data = dataset();
    let statements: Vec<_> = data
        .entities
        .iter()
        .flat_map(|e| e.statements.iter().map(move |s| (Some(e.id.as_str()), s)))
        .chain(data.group.statements.iter().map(|s| (None, s)))
        .collect();
    let people = [
        (
            "Annick Girardin",
            Some("FRA"),
            "Minister of State for Development and Francophony",
        ),
        (
            "Carlos Andrés Emmanuele Ortiz",
            Some("ECU"),
            "Advisor to the Minister of Social Development",
        ),
        ("Jean-Claude Knebeler", Some("LUX"), "Consul General"),
        ("Luis Eduardo Coronado", Some("COL"), "National Director"),
        (
            "Stéphane Falleker",
            Some("CA-QC"),
            "Director of Economic Affairs",
        ),
        ("Vinicius Pinheiro", None, "Deputy Director"),
        (
            "Peter Poschen",
            None,
            "Director of Job Creation and Enterprise Development",
        ),
        (
            "Wenyan Yang",
            None,
            "Social Perspective on Development Branch",
        ),
    ];
    for (person, entity, role) in people {
        let (owner, s) = statements
            .iter()
            .find(|(_, s)| s.person == person)
            .unwrap_or_else(|| panic!("{person} missing"));
        assert_eq!(*owner, entity, "{person} belongs to {entity:?}");
        assert!(
            s.role.contains(role) || role.contains(&s.role),
            "{person}: role {:?}",
            s.role
        );
        assert_eq!(s.date, d("2014-09-22"), "{person}");
        assert_eq!(s.source, "ungls-2014", "{person}");
    }
    for (_, s) in &statements {
        for q in &s.quotes {
            assert!(
                SEED.contains(q.as_str()),
                "{}: quote not verbatim in the seed: {q}",
                s.person
            );
        }
    }
    let girardin = statements
        .iter()
        .find(|(_, s)| s.person == "Annick Girardin")
        .expect("Girardin");
    assert!(girardin
        .1
        .quotes
        .iter()
        .any(|q| q.contains("Together, we must write a new page")));
}

#[test]
fn every_seed_figure_is_there_with_year_and_source() {
    let data = dataset();
    let find = |id: &str, value: f64| {
        data.entity(id)
            .and_then(|e| e.figures.iter().find(|f| f.value == value))
            .unwrap_or_else(|| panic!("{id}: figure {value} missing"))
    };
    for (id, value, year) in [
        ("ECU", 20_000.0, 2014),
        ("ECU", 30_000.0, 2014),
        ("COL", 215_000.0, 2014),
        ("COL", 5_000_000.0, 2014),
        ("CA-QC", 2.0, 2002),
    ] {
        let f = find(id, value);
        assert_eq!(f.year, year, "{id} {value}");
        assert_eq!(f.cite.source, "ungls-2014", "{id} {value}");
        assert!(
            f.stated_by.is_some(),
            "{id} {value}: a speaker's figure says who stated it"
        );
    }
}

#[test]
fn the_group_its_meeting_and_the_eight_issue_areas() {
    let data = dataset();
    assert_eq!(data.issue_areas.len(), 8);
    for area in [
        "The transition from informal economy to decent work",
        "Greening the economy and society",
        "Local economic development",
        "Sustainable cities and human settlements",
        "Women’s well-being and empowerment",
        "Food security and smallholder empowerment",
        "Universal health coverage",
        "Transformative finance",
    ] {
        let found = data
            .issue_areas
            .iter()
            .any(|a| a.name.replace('\'', "’") == area);
        assert!(found, "issue area {area:?} missing");
    }
    let dates: Vec<String> = data
        .group
        .events
        .iter()
        .map(|e| e.date.to_string())
        .collect();
    assert!(
        dates.contains(&"2013-11".to_owned()),
        "founding in Nov 2013"
    );
    let meeting = data
        .group
        .events
        .iter()
        .find(|e| e.date == d("2014-09-22"))
        .expect("first meeting");
    assert!(meeting.place.as_deref().unwrap_or("").contains("New York"));
}

#[test]
fn every_fact_cites_a_known_source_and_every_source_links_to_its_publisher() {
    let data = dataset();
    for e in &data.entities {
        for f in &e.figures {
            assert!(data.source(&f.cite.source).is_some());
            assert!(data.indicator(&f.indicator).is_some());
            assert_ne!(
                f.cite.certainty,
                Certainty::Undated,
                "{}: {}",
                e.id,
                f.label
            );
        }
    }
    for s in &data.sources {
        assert!(s.url.is_some() || s.copy_consulted.is_some(), "{}", s.id);
        if let Some(url) = &s.url {
            assert_eq!(mirror_problem(url), None, "{}", s.id);
        }
    }
    // The copies that were read are kept, beside the publishers' addresses.
    let consulted = data.sources.iter().filter(|s| s.copy_consulted.is_some());
    assert!(consulted.count() >= 5);
}

#[test]
fn a_card_shows_the_status_since_the_latest_figure_of_each_indicator_and_the_law() {
    use sse_atlas::core::derive::card::card;
    let data = dataset();
    let now = latest_date(&data);
    assert!(now.is_some());
    let sen = card(&data, "SEN", now).expect("Senegal is in the data");
    let status = sen.status.as_ref().expect("a status");
    assert_eq!(status.status, Status::Observer);
    let indicators: Vec<&str> = sen.figures.iter().map(|f| f.indicator.as_str()).collect();
    assert_eq!(
        indicators,
        ["sse-jobs", "sse-gdp-share"],
        "one figure per indicator, in the data's order"
    );
    for f in &sen.figures {
        let newest = data
            .entity("SEN")
            .unwrap()
            .figures
            .iter()
            .filter(|g| g.indicator == f.indicator)
            .map(|g| g.year)
            .max();
        assert_eq!(Some(f.year), newest, "{}: the latest year", f.indicator);
        assert!(data.source(&f.cite.source).is_some());
    }
    assert!(sen
        .law
        .expect("Senegal's law")
        .title
        .starts_with("Loi d'orientation"));
    // A law before the constitution (Ecuador); a draft where there is nothing else (Togo);
    // no law at all (Greece).
    assert_eq!(card(&data, "ECU", now).unwrap().law.unwrap().kind, "law");
    assert_eq!(card(&data, "TGO", now).unwrap().law.unwrap().kind, "draft");
    assert!(card(&data, "GRC", now).unwrap().law.is_none());
    assert!(card(&data, "XYZ", now).is_none());
    assert!(
        card(&data, "DEU", now).is_none(),
        "a country outside the group has no card"
    );
}
