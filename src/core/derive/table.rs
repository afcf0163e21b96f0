//! The data table: the filtered entities with their status and, when an indicator is chosen,
//! its headline figure, each with source and year. The CSV download is built from the same
//! model, so it holds exactly what the table shows (plus the links' addresses).

use std::cmp::Ordering;

use crate::core::derive::filter::Places;
use crate::core::derive::membership::status_at;
use crate::core::model::dataset::{Dataset, Entity, FigureKind, Indicator, Status};
use crate::core::model::date::PartialDate;
use crate::core::write::format::format_number;

/// How a column sorts.
#[derive(Clone, Debug, PartialEq)]
pub enum SortKey {
    Text(String),
    Number(f64),
    /// No value: always sorts last.
    Missing,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    /// As shown in the table.
    pub text: String,
    /// As written to the CSV (plain numbers, ISO dates).
    pub raw: String,
    pub sort: SortKey,
    /// Address of a link (sources); the CSV gets it in an extra column.
    pub href: Option<String>,
    /// A figure's qualifier ("up to", "over"), shown before the number; the CSV gets it in an
    /// extra column so the number column stays numeric.
    pub qualifier: Option<String>,
}

impl Cell {
    fn text(text: impl Into<String>) -> Self {
        let text = text.into();
        Self {
            raw: text.clone(),
            sort: SortKey::Text(text.to_lowercase()),
            text,
            href: None,
            qualifier: None,
        }
    }

    fn empty() -> Self {
        Self {
            text: "–".into(),
            raw: String::new(),
            sort: SortKey::Missing,
            href: None,
            qualifier: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub title: String,
    /// Whether cells of this column carry links (adds a "… URL" column to the CSV).
    pub links: bool,
    pub numeric: bool,
    /// Whether cells may carry a qualifier (adds a "… qualifier" column to the CSV).
    pub qualified: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: String,
    pub cells: Vec<Cell>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

fn source_cell(dataset: &Dataset, id: &str) -> Cell {
    match dataset.source(id) {
        // Short in the table (as the panels cite it), in full in the CSV.
        Some(s) => Cell {
            text: match s.year {
                Some(y) => format!("{}, {y}", s.publisher),
                None => s.publisher.clone(),
            },
            raw: format!("{} ({})", s.title, s.publisher),
            sort: SortKey::Text(s.publisher.to_lowercase()),
            href: s.url.clone(),
            qualifier: None,
        },
        None => Cell::text(id),
    }
}

/// The words and formats of the table, in the page's language (the page gives its own;
/// [`Words::english`] serves the native tests).
pub struct Words<'a> {
    /// Country or government, Status, Since, Region, Status source, Year, Definition, Kind,
    /// Source.
    pub columns: [&'a str; 9],
    pub no_data: &'a str,
    pub status: &'a dyn Fn(Status) -> String,
    pub kind: &'a dyn Fn(FigureKind) -> String,
    pub date: &'a dyn Fn(&PartialDate) -> String,
    pub number: &'a dyn Fn(f64) -> String,
    pub name: &'a dyn Fn(&Entity) -> String,
    pub region: &'a dyn Fn(&str) -> String,
    /// The indicator's column title, `SSE jobs (jobs)`.
    pub indicator: &'a dyn Fn(&Indicator) -> String,
    pub qualifier: &'a dyn Fn(&str) -> String,
}

impl Words<'static> {
    pub fn english() -> Self {
        Words {
            columns: [
                "Country or government",
                "Status",
                "Since",
                "Region",
                "Status source",
                "Year",
                "Definition",
                "Kind",
                "Source",
            ],
            no_data: "no comparable data",
            status: &|s| s.label().to_owned(),
            kind: &|k| k.key().to_owned(),
            date: &|d| d.display_en(),
            number: &format_number,
            name: &|e| e.name.clone(),
            region: &|r| r.to_owned(),
            indicator: &|i| format!("{} ({})", i.name, i.unit),
            qualifier: &|q| q.to_owned(),
        }
    }
}

/// The table for `rows` (entities with their status at `date`), with the indicator's columns
/// when one is chosen, in English.
pub fn build(
    dataset: &Dataset,
    rows: &[(&Entity, Status)],
    date: PartialDate,
    places: &Places,
    indicator: Option<&Indicator>,
) -> Table {
    build_with(dataset, rows, date, places, indicator, &Words::english())
}

/// [`build`] in the words of `w`.
pub fn build_with(
    dataset: &Dataset,
    rows: &[(&Entity, Status)],
    date: PartialDate,
    places: &Places,
    indicator: Option<&Indicator>,
    w: &Words,
) -> Table {
    let col = |title: &str, links: bool, numeric: bool| Column {
        title: title.to_owned(),
        links,
        numeric,
        qualified: false,
    };
    let mut columns = vec![
        col(w.columns[0], false, false),
        col(w.columns[1], false, false),
        col(w.columns[2], false, false),
        col(w.columns[3], false, false),
        col(w.columns[4], true, false),
    ];
    if let Some(i) = indicator {
        columns.push(Column {
            qualified: true,
            ..col(&(w.indicator)(i), false, true)
        });
        columns.push(col(w.columns[5], false, true));
        columns.push(col(w.columns[6], false, false));
        columns.push(col(w.columns[7], false, false));
        columns.push(col(w.columns[8], true, false));
    }
    let rows = rows
        .iter()
        .map(|(e, status)| {
            let at = status_at(e, date);
            let since = at.as_ref().map_or_else(Cell::empty, |s| Cell {
                text: (w.date)(&s.since),
                raw: s.since.to_string(),
                sort: SortKey::Text(s.since.to_string()),
                href: None,
                qualifier: None,
            });
            let status_source = at
                .as_ref()
                .map_or_else(Cell::empty, |s| source_cell(dataset, &s.first.cite.source));
            let region = places
                .get(&e.id)
                .map_or_else(Cell::empty, |p| Cell::text((w.region)(&p.subregion)));
            let mut cells = vec![
                Cell::text((w.name)(e)),
                Cell::text((w.status)(*status)),
                since,
                region,
                status_source,
            ];
            if let Some(i) = indicator {
                match dataset.headline(e, &i.id) {
                    Some(f) => {
                        let number = (w.number)(f.value);
                        cells.push(Cell {
                            text: match &f.qualifier {
                                Some(q) => format!("{} {number}", (w.qualifier)(q)),
                                None => number,
                            },
                            raw: f.value.to_string(),
                            sort: SortKey::Number(f.value),
                            href: None,
                            qualifier: f.qualifier.clone(),
                        });
                        cells.push(Cell {
                            sort: SortKey::Number(f64::from(f.year)),
                            ..Cell::text(f.year.to_string())
                        });
                        cells.push(Cell::text(f.label.clone()));
                        cells.push(Cell::text((w.kind)(f.kind)));
                        cells.push(source_cell(dataset, &f.cite.source));
                    }
                    None => {
                        cells.push(Cell {
                            text: w.no_data.into(),
                            ..Cell::empty()
                        });
                        cells.extend((0..4).map(|_| Cell::empty()));
                    }
                }
            }
            Row {
                id: e.id.clone(),
                cells,
            }
        })
        .collect();
    Table { columns, rows }
}

fn compare_keys(a: &SortKey, b: &SortKey) -> Ordering {
    match (a, b) {
        (SortKey::Text(a), SortKey::Text(b)) => a.cmp(b),
        (SortKey::Number(a), SortKey::Number(b)) => a.partial_cmp(b).unwrap_or(Ordering::Equal),
        (SortKey::Missing, SortKey::Missing) => Ordering::Equal,
        (SortKey::Missing, _) => Ordering::Greater,
        (_, SortKey::Missing) => Ordering::Less,
        (SortKey::Number(_), SortKey::Text(_)) => Ordering::Less,
        (SortKey::Text(_), SortKey::Number(_)) => Ordering::Greater,
    }
}

impl Table {
    /// Sorts by `column` (ignored if out of range); missing values stay last either way, and
    /// ties keep their order (by name).
    pub fn sort(&mut self, column: usize, ascending: bool) {
        if column >= self.columns.len() {
            return;
        }
        self.rows.sort_by(|a, b| {
            let (ka, kb) = (&a.cells[column].sort, &b.cells[column].sort);
            match (ka, kb) {
                (SortKey::Missing, _) | (_, SortKey::Missing) => compare_keys(ka, kb),
                _ if ascending => compare_keys(ka, kb),
                _ => compare_keys(kb, ka),
            }
        });
    }

    /// The table as CSV (RFC 4180: CRLF line ends; UTF-8 with a byte-order mark, which
    /// spreadsheets need to read accents): one column per table column, plus the qualifier of
    /// each figure column and the address of each link column.
    pub fn to_csv(&self) -> Result<String, String> {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer("\u{FEFF}".as_bytes().to_vec());
        let mut header = Vec::new();
        for c in &self.columns {
            if c.qualified {
                header.push(format!("{} qualifier", c.title));
            }
            header.push(c.title.clone());
            if c.links {
                header.push(format!("{} URL", c.title));
            }
        }
        w.write_record(&header).map_err(|e| e.to_string())?;
        for row in &self.rows {
            let mut record = Vec::with_capacity(header.len());
            for (c, cell) in self.columns.iter().zip(&row.cells) {
                if c.qualified {
                    record.push(cell.qualifier.as_deref().unwrap_or(""));
                }
                record.push(cell.raw.as_str());
                if c.links {
                    record.push(cell.href.as_deref().unwrap_or(""));
                }
            }
            w.write_record(&record).map_err(|e| e.to_string())?;
        }
        let bytes = w.into_inner().map_err(|e| e.to_string())?;
        String::from_utf8(bytes).map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_values_sort_last_both_ways() {
        let row = |id: &str, key: SortKey| Row {
            id: id.into(),
            cells: vec![Cell {
                sort: key,
                ..Cell::text(id)
            }],
        };
        let mut t = Table {
            columns: vec![Column {
                title: "v".into(),
                links: false,
                numeric: true,
                qualified: false,
            }],
            rows: vec![
                row("a", SortKey::Missing),
                row("b", SortKey::Number(2.0)),
                row("c", SortKey::Number(10.0)),
            ],
        };
        t.sort(0, true);
        let ids = |t: &Table| t.rows.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&t), ["b", "c", "a"]);
        t.sort(0, false);
        assert_eq!(ids(&t), ["c", "b", "a"]);
        t.sort(7, true);
        assert_eq!(ids(&t), ["c", "b", "a"]);
    }
}
