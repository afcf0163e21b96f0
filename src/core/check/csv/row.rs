//! One row of the file: its cells read as a figure's fields, each problem located by line and
//! column.

use crate::core::check::reader::{quoted, Problem};
use crate::core::check::text::{is_web_url, mirror_problem, text_problem};
use crate::core::model::dataset::{Dataset, FigureKind};

/// The fields of a row that reads as a figure.
pub struct Fields {
    pub country: String,
    pub indicator: String,
    pub value: f64,
    pub year: i32,
    pub title: String,
    pub url: String,
    pub kind: FigureKind,
    pub label: Option<String>,
    pub qualifier: Option<String>,
    pub publisher: Option<String>,
}

/// One row being read, for located problems.
pub struct Row<'a> {
    pub line: u64,
    pub problems: &'a mut Vec<Problem>,
}

impl Row<'_> {
    /// The row's fields, or `None` with its problems reported (an empty row: `None` alone).
    pub fn fields(
        &mut self,
        record: &csv::StringRecord,
        headers: &[String],
        dataset: &Dataset,
    ) -> Option<Fields> {
        if record.iter().all(|f| f.trim().is_empty()) {
            return None;
        }
        // A cell past the named columns is most often a number written with a thousands
        // comma (2,600,000), which shifts every cell after it.
        let unnamed = |(i, f): (usize, &str)| {
            !f.trim().is_empty() && headers.get(i).is_none_or(String::is_empty)
        };
        if record.iter().enumerate().any(unnamed) {
            self.problems.push(Problem {
                path: format!("line {}", self.line),
                message: format!(
                    "{} cells, but the first line names {} columns (put a cell that holds the \
                     separator in quotes)",
                    record.len(),
                    headers.iter().filter(|h| !h.is_empty()).count()
                ),
            });
            return None;
        }
        let get = |name: &str| {
            headers
                .iter()
                .position(|h| h == name)
                .and_then(|i| record.get(i))
                .map(str::trim)
                .filter(|s| !s.is_empty())
        };
        let country = self
            .required("country", get("country"))
            .and_then(|c| self.country(c, dataset));
        let indicator = self
            .required("indicator", get("indicator"))
            .and_then(|i| self.indicator(i, dataset));
        let value = self
            .required("value", get("value"))
            .and_then(|v| self.value(v));
        let year = self
            .required("year", get("year"))
            .and_then(|y| self.year(y));
        let title = self
            .required("source", get("source"))
            .and_then(|s| self.text("source", s));
        let url = self
            .required("source_url", get("source_url"))
            .and_then(|u| {
                if let Some(why) = is_web_url(u).then(|| mirror_problem(u)).flatten() {
                    self.report("source_url", why);
                    None
                } else if is_web_url(u) {
                    self.text("source_url", u)
                } else {
                    self.report(
                        "source_url",
                        format!("expected an http:// or https:// address, got {}", quoted(u)),
                    );
                    None
                }
            });
        let label = get("label").and_then(|l| self.text("label", l));
        let qualifier = get("qualifier").and_then(|q| self.text("qualifier", q));
        let publisher = get("publisher").and_then(|p| self.text("publisher", p));
        let kind = self.kind(get("kind"));
        Some(Fields {
            country: country?,
            indicator: indicator?,
            value: value?,
            year: year?,
            title: title?,
            url: url?,
            kind: kind?,
            label,
            qualifier,
            publisher,
        })
    }

    fn country(&mut self, c: &str, dataset: &Dataset) -> Option<String> {
        let found = dataset
            .entities
            .iter()
            .find(|e| e.id.eq_ignore_ascii_case(c) || e.name.eq_ignore_ascii_case(c));
        if found.is_none() {
            self.report(
                "country",
                format!(
                    "{} is not a country or government of the dataset (use its ISO code, \
                     such as FRA, or its name)",
                    quoted(c)
                ),
            );
        }
        found.map(|e| e.id.clone())
    }

    fn indicator(&mut self, i: &str, dataset: &Dataset) -> Option<String> {
        let found = dataset.indicators.iter().find(|d| d.id == i);
        if found.is_none() {
            let ids: Vec<_> = dataset.indicators.iter().map(|d| d.id.as_str()).collect();
            self.report(
                "indicator",
                format!(
                    "unknown indicator {} (one of: {})",
                    quoted(i),
                    ids.join(", ")
                ),
            );
        }
        found.map(|d| d.id.clone())
    }

    fn kind(&mut self, k: Option<&str>) -> Option<FigureKind> {
        let Some(k) = k else {
            return Some(FigureKind::Estimate);
        };
        let found = FigureKind::ALL.into_iter().find(|f| f.key() == k);
        if found.is_none() {
            self.report(
                "kind",
                format!("expected official or estimate, got {}", quoted(k)),
            );
        }
        found
    }

    pub fn report(&mut self, column: &str, message: String) {
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
