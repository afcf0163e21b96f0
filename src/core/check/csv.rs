//! A person's own figures from a CSV file (a spreadsheet saved as CSV), checked against the
//! dataset and laid over it: one row per country and indicator, each with its value, year and
//! source, as every figure the app shows must carry them.
//!
//! The `csv` crate reads the records (quoted fields, line breaks inside quotes, `;` or tab
//! separators); this module only checks what the rows mean and says where a row is wrong.

use std::collections::HashMap;

use crate::core::check::dataset::{control_problem, is_web_url, quoted, text_problem, Problem};
use crate::core::model::dataset::{Certainty, Cite, Dataset, Figure, FigureKind, Source};

/// Largest CSV file read: a row is ~200 bytes, so this allows far more than [`MAX_ROWS`].
pub const MAX_CSV_BYTES: usize = 1024 * 1024;
/// Most rows read (the group has a few dozen members; a whole world is ~250 rows per indicator).
pub const MAX_ROWS: usize = 5_000;
/// Most problems listed: past this, the file is probably not a figures table at all.
const MAX_PROBLEMS: usize = 100;
/// Most columns in the first line (a figures table has 10 at most; a spreadsheet may add a few
/// empty ones).
const MAX_COLUMNS: usize = 50;

/// Columns a file must have.
pub const REQUIRED: [&str; 6] = [
    "country",
    "indicator",
    "value",
    "year",
    "source",
    "source_url",
];
/// Columns a file may have.
pub const OPTIONAL: [&str; 4] = ["label", "qualifier", "kind", "publisher"];

/// The figures of a file, ready to be laid over a dataset with [`apply`].
#[derive(Clone, Debug, PartialEq)]
pub struct Import {
    /// The file's name, for the sources' publisher and the figures' note.
    pub file: String,
    /// Entity id and its figure, in the file's order.
    pub figures: Vec<(String, Figure)>,
    pub sources: Vec<Source>,
}

/// Reads `bytes` (a CSV file named `file`) as figures for `dataset`'s entities and
/// indicators, or every problem, each located by its line and column.
pub fn parse_figures_csv(
    bytes: &[u8],
    file: &str,
    dataset: &Dataset,
) -> Result<Import, Vec<Problem>> {
    let file = &clean_name(file);
    let whole = |message: String| {
        vec![Problem {
            path: "(file)".to_owned(),
            message,
        }]
    };
    if bytes.len() > MAX_CSV_BYTES {
        return Err(whole(format!(
            "the file is {} bytes; the limit is {MAX_CSV_BYTES} bytes",
            bytes.len()
        )));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let line = 1 + bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            return Err(whole(format!(
                "line {line} is not UTF-8 text: save the file as \"CSV UTF-8\" (a spreadsheet's \
                 plain \"CSV\" may use another encoding)"
            )));
        }
    };
    // Spreadsheets write a byte order mark before UTF-8 CSV; it is not part of the first name.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    // The csv crate counts a CRLF line break when the next record starts, so Windows files
    // would be reported a line short (rust-csv issue 395): lines end in LF before reading.
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.as_str();
    let first_line = text.lines().next().unwrap_or_default();
    // Spreadsheets in locales with a decimal comma separate fields with `;`.
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| first_line.bytes().filter(|b| b == d).count())
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    if first_line.split(delimiter as char).count() > MAX_COLUMNS {
        return Err(vec![Problem {
            path: "line 1".to_owned(),
            message: format!("more than {MAX_COLUMNS} columns: this is not a table of figures"),
        }]);
    }
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|h| h.trim().to_lowercase()).collect(),
        Err(e) => return Err(whole(format!("the first line cannot be read: {e}"))),
    };
    if text.trim().is_empty() {
        return Err(whole("the file is empty".to_owned()));
    }
    let mut problems = Vec::new();
    let column = |name: &str| headers.iter().position(|h| h == name);
    let missing: Vec<String> = REQUIRED
        .iter()
        .filter(|name| column(name).is_none())
        .map(|name| format!("{name:?}"))
        .collect();
    if !missing.is_empty() {
        problems.push(Problem {
            path: "line 1".to_owned(),
            message: format!(
                "no {} column{} (the first line names the columns: {}; optional: {})",
                missing.join(", "),
                if missing.len() > 1 { "s" } else { "" },
                REQUIRED.join(", "),
                OPTIONAL.join(", ")
            ),
        });
    }
    for (i, h) in headers.iter().enumerate() {
        // Spreadsheets add empty columns after the last named one.
        let known = REQUIRED.contains(&h.as_str()) || OPTIONAL.contains(&h.as_str());
        if !h.is_empty() && !known {
            problems.push(Problem {
                path: format!("line 1, column {}", i + 1),
                message: format!("unknown column {}", quoted(h)),
            });
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut import = Import {
        file: file.to_owned(),
        figures: Vec::new(),
        sources: Vec::new(),
    };
    let mut seen: HashMap<(String, String), u64> = HashMap::new();
    let mut source_ids: HashMap<(String, String), String> = HashMap::new();
    for (n, record) in reader.records().enumerate() {
        if n >= MAX_ROWS {
            problems.push(Problem {
                path: "(file)".to_owned(),
                message: format!("more than {MAX_ROWS} rows"),
            });
            break;
        }
        if problems.len() >= MAX_PROBLEMS {
            break;
        }
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                problems.push(Problem {
                    path: format!("line {line}"),
                    message: format!("cannot be read: {e}"),
                });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        // A cell past the named columns is most often a number written with a thousands
        // comma (2,600,000), which shifts every cell after it.
        let unnamed = |(i, f): (usize, &str)| {
            !f.trim().is_empty() && headers.get(i).is_none_or(String::is_empty)
        };
        if record.iter().enumerate().any(unnamed) {
            problems.push(Problem {
                path: format!("line {line}"),
                message: format!(
                    "{} cells, but the first line names {} columns (put a cell that holds the \
                     separator in quotes)",
                    record.len(),
                    headers.iter().filter(|h| !h.is_empty()).count()
                ),
            });
            continue;
        }
        let mut row = Row {
            line,
            problems: &mut problems,
        };
        let get = |name: &str| {
            column(name)
                .and_then(|i| record.get(i))
                .map(str::trim)
                .filter(|s| !s.is_empty())
        };
        let country = row.required("country", get("country")).and_then(|c| {
            let found = dataset
                .entities
                .iter()
                .find(|e| e.id.eq_ignore_ascii_case(c) || e.name.eq_ignore_ascii_case(c));
            if found.is_none() {
                row.report(
                    "country",
                    format!(
                        "{} is not a country or government of the dataset (use its ISO code, \
                         such as FRA, or its name)",
                        quoted(c)
                    ),
                );
            }
            found.map(|e| e.id.clone())
        });
        let indicator = row.required("indicator", get("indicator")).and_then(|i| {
            let found = dataset.indicators.iter().find(|d| d.id == i);
            if found.is_none() {
                let ids: Vec<_> = dataset.indicators.iter().map(|d| d.id.as_str()).collect();
                row.report(
                    "indicator",
                    format!(
                        "unknown indicator {} (one of: {})",
                        quoted(i),
                        ids.join(", ")
                    ),
                );
            }
            found.map(|d| d.id.clone())
        });
        let value = row
            .required("value", get("value"))
            .and_then(|v| row.value(v));
        let year = row.required("year", get("year")).and_then(|y| row.year(y));
        let source = row
            .required("source", get("source"))
            .and_then(|s| row.text("source", s));
        let url = row.required("source_url", get("source_url")).and_then(|u| {
            if is_web_url(u) {
                row.text("source_url", u)
            } else {
                row.report(
                    "source_url",
                    format!("expected an http:// or https:// address, got {}", quoted(u)),
                );
                None
            }
        });
        let label = get("label").and_then(|l| row.text("label", l));
        let qualifier = get("qualifier").and_then(|q| row.text("qualifier", q));
        let publisher = get("publisher").and_then(|p| row.text("publisher", p));
        let kind = match get("kind") {
            None => Some(FigureKind::Estimate),
            Some(k) => {
                let found = FigureKind::ALL.into_iter().find(|f| f.key() == k);
                if found.is_none() {
                    row.report(
                        "kind",
                        format!("expected official or estimate, got {}", quoted(k)),
                    );
                }
                found
            }
        };
        let (
            Some(country),
            Some(indicator),
            Some(value),
            Some(year),
            Some(title),
            Some(url),
            Some(kind),
        ) = (country, indicator, value, year, source, url, kind)
        else {
            continue;
        };
        let first = *seen
            .entry((country.clone(), indicator.clone()))
            .or_insert(line);
        if first != line {
            row.report(
                "country",
                format!("{country} already has a {indicator} figure on line {first}"),
            );
            continue;
        }
        // Without a publisher, the link is named by the site it goes to.
        let publisher = publisher.unwrap_or_else(|| host(&url).unwrap_or(file).to_owned());
        let next = source_ids.len() + 1;
        let source = source_ids
            .entry((title.clone(), url.clone()))
            .or_insert_with(|| {
                // A colon never passes the dataset's id rule: no clash with its sources.
                let id = format!("import:{next}");
                import.sources.push(Source {
                    id: id.clone(),
                    title,
                    publisher,
                    url,
                    year: Some(year),
                    lang: None,
                });
                id
            })
            .clone();
        let unit = dataset
            .indicator(&indicator)
            .map(|d| d.unit.clone())
            .unwrap_or_default();
        import.figures.push((
            country,
            Figure {
                indicator,
                value,
                qualifier,
                year: Some(year),
                label: label.unwrap_or(unit),
                kind,
                stated_by: None,
                quote: None,
                lang: None,
                cite: Cite {
                    source,
                    more_sources: Vec::new(),
                    certainty: Certainty::Sourced,
                    note: Some(format!("From your file {file} (in this browser tab only).")),
                },
                issue_areas: Vec::new(),
            },
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if import.figures.is_empty() {
        return Err(whole(
            "no figures: the file has a header line but no rows".to_owned(),
        ));
    }
    Ok(import)
}

/// The dataset with the import's figures in place of its own for the same country and
/// indicator, and the import's sources added.
pub fn apply(dataset: &Dataset, import: &Import) -> Dataset {
    let mut out = dataset.clone();
    // Sources of an earlier import are replaced, not piled up.
    out.sources.extend(import.sources.iter().cloned());
    for (id, figure) in &import.figures {
        if let Some(entity) = out.entities.iter_mut().find(|e| &e.id == id) {
            entity.figures.retain(|f| f.indicator != figure.indicator);
            entity.figures.push(figure.clone());
        }
    }
    out.indexed()
}

/// The file's name as the page may show it: no control or bidi characters (a name such as
/// "figures\u{202E}vsc.exe" must not read as something else), at most 100 characters.
fn clean_name(name: &str) -> String {
    let clean: String = name
        .chars()
        .filter(|c| control_problem(c.encode_utf8(&mut [0; 4])).is_none())
        .take(100)
        .collect();
    if clean.trim().is_empty() {
        "your file".to_owned()
    } else {
        clean
    }
}

/// The host of an `http(s)://` address (`example.org` of `https://example.org/a`).
fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?;
    (!host.is_empty()).then_some(host)
}

/// One row being read, for located problems.
struct Row<'a> {
    line: u64,
    problems: &'a mut Vec<Problem>,
}

impl Row<'_> {
    fn report(&mut self, column: &str, message: String) {
        self.problems.push(Problem {
            path: format!("line {}, {column}", self.line),
            message,
        });
    }

    fn required<'v>(&mut self, column: &str, v: Option<&'v str>) -> Option<&'v str> {
        if v.is_none() {
            self.report(column, "empty".to_owned());
        }
        v
    }

    fn text(&mut self, column: &str, s: &str) -> Option<String> {
        let key = if column == "source" { "title" } else { column };
        match text_problem(key, s) {
            None => Some(s.to_owned()),
            Some(m) => {
                self.report(column, m);
                None
            }
        }
    }

    fn value(&mut self, v: &str) -> Option<f64> {
        // Digits with an optional point; thousands separators are left out, as "1,500" and
        // "1.500" mean different numbers in different countries.
        let plain = !v.is_empty()
            && v.chars().all(|c| c.is_ascii_digit() || c == '.')
            && v.chars().filter(|&c| c == '.').count() <= 1;
        match v.parse::<f64>() {
            Ok(x) if plain && x <= 1e13 => Some(x),
            Ok(x) if plain => {
                self.report("value", format!("{x:e} is beyond 1e13"));
                None
            }
            _ => {
                self.report(
                    "value",
                    format!(
                        "expected a number of 0 or more in digits with an optional point \
                         (2600000 or 12.5), got {}",
                        quoted(v)
                    ),
                );
                None
            }
        }
    }

    fn year(&mut self, y: &str) -> Option<i32> {
        match y.parse::<i32>() {
            Ok(y) if (1800..=2100).contains(&y) => Some(y),
            _ => {
                self.report(
                    "year",
                    format!("expected a year from 1800 to 2100, got {}", quoted(y)),
                );
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dataset() -> Dataset {
        crate::core::check::dataset::parse_dataset(include_str!(
            "../../../tests/fixtures/minimal-dataset.json"
        ))
        .expect("fixture is valid")
    }

    #[test]
    fn reads_rows_and_replaces_the_datasets_figure() {
        let csv = "country,indicator,value,year,source,source_url\nFRA,jobs,2700000,2021,Census,https://example.org/c\n";
        let import = parse_figures_csv(csv.as_bytes(), "mine.csv", &dataset()).expect("valid");
        let merged = apply(&dataset(), &import);
        let figures = &merged.entities[0].figures;
        assert_eq!(figures.len(), 1);
        assert_eq!(figures[0].value, 2_700_000.0);
        assert_eq!(figures[0].year, Some(2021));
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
        let p: Vec<String> = parse_figures_csv(csv.as_bytes(), "f.csv", &dataset())
            .expect_err("invalid")
            .iter()
            .map(ToString::to_string)
            .collect();
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
}
