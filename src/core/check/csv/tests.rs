use super::*;

fn dataset() -> Dataset {
    crate::core::check::dataset::parse_dataset(include_str!(
        "../../../../tests/fixtures/minimal-dataset.json"
    ))
    .expect("fixture is valid")
}

/// The problems of a CSV that is refused, as "line N, column: why".
fn problems(csv: &str) -> Vec<String> {
    parse_figures_csv(csv.as_bytes(), "f.csv", &dataset())
        .expect_err("invalid")
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn reads_rows_and_replaces_the_datasets_figure() {
    let csv = "country,indicator,value,year,source,source_url\nFRA,jobs,2700000,2021,Census,https://example.org/c\n";
    let import = parse_figures_csv(csv.as_bytes(), "mine.csv", &dataset()).expect("valid");
    let merged = apply(&dataset(), &import);
    let figures = &merged.entities[0].figures;
    assert_eq!(figures.len(), 1);
    assert_eq!(figures[0].value, 2_700_000.0);
    assert_eq!(figures[0].year, 2021);
    let source = merged
        .source(&figures[0].cite.source)
        .expect("source added");
    assert_eq!(
        (source.title.as_str(), source.publisher.as_str()),
        ("Census", "example.org")
    );
    assert_eq!(source.id, "import:1");
}

#[test]
fn problems_are_located_by_line_and_column() {
    let csv = "country;indicator;value;year;source;source_url\n\
               XXX;jobs;12,5;2014-13-45;S;javascript:alert(1)\n";
    let p = problems(csv);
    assert_eq!(
        p,
        [
            "line 2, country: \"XXX\" is not a country or government of the dataset (use its ISO code, such as FRA, or its name)",
            "line 2, value: expected a number of 0 or more in digits with an optional point (2600000 or 12.5), got \"12,5\"",
            "line 2, year: expected a year from 1800 to 2100, got \"2014-13-45\"",
            "line 2, source_url: expected an http:// or https:// address, got \"javascript:alert(1)\"",
        ]
    );
}

#[test]
fn a_source_url_on_a_mirror_is_refused_and_a_host_names_the_publisher() {
    let csv = "country,indicator,value,year,source,source_url\n\
               FRA,jobs,1,2021,S,https://fr.scribd.com/document/1\n";
    let p = problems(csv);
    assert_eq!(
        p,
        ["line 2, source_url: scribd.com is a wiki, mirror or document-sharing site, not the publisher: give the publisher's address"]
    );
    let csv = "country,indicator,value,year,source,source_url\n\
               FRA,jobs,1,2021,S,https://user@Stats.Example.org:8443/x\n";
    let import = parse_figures_csv(csv.as_bytes(), "f.csv", &dataset()).expect("valid");
    let merged = apply(&dataset(), &import);
    let source = merged
        .source(&merged.entities[0].figures[0].cite.source)
        .expect("source added");
    assert_eq!(source.publisher, "stats.example.org");
}

proptest::proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400)) {
        let _ = parse_figures_csv(&bytes, "p.csv", &dataset());
    }

    #[test]
    fn arbitrary_rows_never_panic(rows in proptest::collection::vec("[A-Za-z0-9 ,;\"\r\n.-]{0,60}", 0..8)) {
        let text = format!("country,indicator,value,year,source,source_url\n{}", rows.join("\n"));
        let _ = parse_figures_csv(text.as_bytes(), "p.csv", &dataset());
    }
}
