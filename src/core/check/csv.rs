//! A person's own figures from a CSV file (a spreadsheet saved as CSV), checked against the
//! dataset and laid over it: one row per country and indicator, each with its value, year and
//! source, as every figure the app shows must carry them.
//!
//! The `csv` crate reads the records (quoted fields, line breaks inside quotes, `;` or tab
//! separators); this module only checks what the rows mean and says where a row is wrong.

use std::collections::HashMap;

mod row;
use row::{Fields, Row};

use crate::core::check::reader::{quoted, without_bom, Problem};
use crate::core::check::text::{control_problem, web_host};
use crate::core::model::dataset::{Certainty, Cite, Dataset, Figure, Source};

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
    let text = decode(bytes)?;
    let text = text.as_str();
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = delimiter_of(first_line);
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
    let mut problems = header_problems(&headers);
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut import = Import {
        file: file.to_owned(),
        figures: Vec::new(),
        sources: Vec::new(),
    };
    let mut seen: HashMap<(String, String), u64> = HashMap::new();
    let mut sources = Sources::default();
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
        let mut row = Row {
            line,
            problems: &mut problems,
        };
        let Some(fields) = row.fields(&record, &headers, dataset) else {
            continue;
        };
        let first = *seen
            .entry((fields.country.clone(), fields.indicator.clone()))
            .or_insert(line);
        if first != line {
            row.report(
                "country",
                format!(
                    "{} already has a {} figure on line {first}",
                    fields.country, fields.indicator
                ),
            );
            continue;
        }
        import
            .figures
            .push(sources.figure(fields, file, dataset, &mut import.sources));
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

/// A problem of the whole file.
fn whole(message: String) -> Vec<Problem> {
    vec![Problem {
        path: "(file)".to_owned(),
        message,
    }]
}

/// The file's text: within the size limit, UTF-8, without a byte order mark, lines ending in LF.
fn decode(bytes: &[u8]) -> Result<String, Vec<Problem>> {
    if bytes.len() > MAX_CSV_BYTES {
        return Err(whole(format!(
            "the file is {} bytes; the limit is {MAX_CSV_BYTES} bytes",
            bytes.len()
        )));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = 1 + bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        whole(format!(
            "line {line} is not UTF-8 text: save the file as \"CSV UTF-8\" (a spreadsheet's \
             plain \"CSV\" may use another encoding)"
        ))
    })?;
    // Spreadsheets write a byte order mark before UTF-8 CSV; it is not part of the first name.
    let text = without_bom(text);
    // The csv crate counts a CRLF line break when the next record starts, so Windows files
    // would be reported a line short (rust-csv issue 395): lines end in LF before reading.
    Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// The separator the first line uses most: spreadsheets in locales with a decimal comma
/// separate fields with `;`.
fn delimiter_of(first_line: &str) -> u8 {
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| first_line.bytes().filter(|b| b == d).count())
        .unwrap_or(b',')
}

/// What is wrong with the first line: a required column missing, a column not known.
fn header_problems(headers: &[String]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let missing: Vec<String> = REQUIRED
        .iter()
        .filter(|name| !headers.iter().any(|h| h == *name))
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
    problems
}

/// The sources of an import, one per title and address.
#[derive(Default)]
struct Sources(HashMap<(String, String), String>);

impl Sources {
    /// The figure of a row, citing its source (added to `out` the first time).
    fn figure(
        &mut self,
        f: Fields,
        file: &str,
        dataset: &Dataset,
        out: &mut Vec<Source>,
    ) -> (String, Figure) {
        // Without a publisher, the link is named by the site it goes to.
        let publisher = f
            .publisher
            .unwrap_or_else(|| web_host(&f.url).unwrap_or_else(|| file.to_owned()));
        let next = self.0.len() + 1;
        let (title, url, year) = (f.title, f.url, f.year);
        let source = self
            .0
            .entry((title.clone(), url.clone()))
            .or_insert_with(|| {
                // A colon never passes the dataset's id rule: no clash with its sources.
                let id = format!("import:{next}");
                out.push(Source {
                    id: id.clone(),
                    title,
                    publisher,
                    url: Some(url),
                    copy_consulted: None,
                    year: Some(year),
                    lang: None,
                });
                id
            })
            .clone();
        let unit = dataset
            .indicator(&f.indicator)
            .map(|d| d.unit.clone())
            .unwrap_or_default();
        (
            f.country,
            Figure {
                indicator: f.indicator,
                value: f.value,
                qualifier: f.qualifier,
                year,
                label: f.label.unwrap_or(unit),
                kind: f.kind,
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
        )
    }
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
#[cfg(test)]
mod tests;
