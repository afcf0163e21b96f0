//! The data table: the filtered entities, sortable, with a CSV download of exactly what it
//! shows.

use leptos::prelude::*;

use crate::core::derive::table::{self, Table};
use crate::core::model::dataset::{Entity, FigureKind, Indicator, Status};
use crate::core::model::date::PartialDate;
use crate::i18n::*;
use crate::io::download::save_text;
use crate::ui::locale;
use crate::ui::url_sync::Linked;

/// The table of what the filters leave (tracked), sorted by `column`, in the page's language
/// (its texts, and so the CSV's headers and words; the CSV's numbers and dates stay plain).
pub fn table_of(s: &Linked, column: usize, ascending: bool) -> Option<Table> {
    let (data, view, derived) = (s.data, s.view, s.derived);
    let lang = derived.lang.get();
    let loc = locale::locale_of(lang);
    let as_of = derived.as_of.get()?;
    let statuses = derived.statuses.get();
    let places = derived.places.get();
    let indicator = view.indicator.get();
    let ids = derived.result.get();
    data.dataset.with(|d| {
        let d = d.ready()?;
        let rows: Vec<_> = ids
            .iter()
            .filter_map(|id| Some((d.entity(id)?, *statuses.get(id)?)))
            .collect();
        let indicator = indicator.as_deref().and_then(|i| d.indicator(i));
        let status = |s: Status| -> String {
            match s {
                Status::Member => td_string!(loc, table.status_member),
                Status::Observer => td_string!(loc, table.status_observer),
                Status::Interested => td_string!(loc, table.status_interested),
                Status::None => td_string!(loc, table.status_none),
            }
            .to_owned()
        };
        let kind = |k: FigureKind| -> String {
            match k {
                FigureKind::Official => td_string!(loc, figure.official),
                FigureKind::Estimate => td_string!(loc, figure.estimate),
            }
            .to_owned()
        };
        let date = |p: &PartialDate| locale::date(lang, p);
        let number = |v: f64| locale::number(lang, v);
        let name = |e: &Entity| derived.name(&e.id, &e.name);
        let region = |r: &str| derived.region_name(r);
        let indicator_title = |i: &Indicator| {
            format!(
                "{} ({})",
                d.indicator_name(lang, i).text,
                d.indicator_unit(lang, i).text
            )
        };
        let qualifier = |q: &str| d.qualifier(lang, q).text.to_owned();
        let words = table::Words {
            columns: [
                td_string!(loc, table.col_country),
                td_string!(loc, table.col_status),
                td_string!(loc, table.col_since),
                td_string!(loc, table.col_region),
                td_string!(loc, table.col_status_source),
                td_string!(loc, table.col_year),
                td_string!(loc, table.col_definition),
                td_string!(loc, table.col_kind),
                td_string!(loc, table.col_source),
            ],
            no_data: td_string!(loc, table.no_data),
            status: &status,
            kind: &kind,
            date: &date,
            number: &number,
            name: &name,
            region: &region,
            indicator: &indicator_title,
            qualifier: &qualifier,
        };
        let mut t = table::build_with(d, &rows, as_of, &places, indicator, &words);
        t.sort(column, ascending);
        Some(t)
    })
}

/// The CSV file's name: the date and the indicator it shows.
pub fn csv_name(s: &Linked) -> String {
    format!(
        "sse-atlas-{}{}.csv",
        s.derived
            .as_of
            .get_untracked()
            .map_or_else(String::new, |d| d.to_string()),
        s.view
            .indicator
            .get_untracked()
            .map(|i| format!("-{i}"))
            .unwrap_or_default()
    )
}

/// The header row: each column a button that sorts by it (numbers largest first).
fn head_cells(t: &Table, sort: RwSignal<(usize, bool)>) -> AnyView {
    t.columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let state_of = move || {
                let (col, asc) = sort.get();
                match (col == i, asc) {
                    (false, _) => "none",
                    (true, true) => "ascending",
                    (true, false) => "descending",
                }
            };
            let numeric = c.numeric;
            view! {
                <th scope="col" aria-sort=state_of class:numeric=numeric>
                    <button type="button" class="sort" on:click=move |_| {
                        sort.update(|(col, asc)| {
                            if *col == i {
                                *asc = !*asc;
                            } else {
                                // Numbers read best largest first.
                                *col = i;
                                *asc = !numeric;
                            }
                        });
                    }>
                        {c.title.clone()}
                        <span class="sort-mark" aria-hidden="true">{move || match state_of() {
                            "ascending" => " ▲",
                            "descending" => " ▼",
                            _ => "",
                        }}</span>
                    </button>
                </th>
            }
        })
        .collect_view()
        .into_any()
}

/// The rows: the first cell of each selects its entity; sources are links.
fn body_rows(t: &Table, view: crate::ui::state::View) -> AnyView {
    t.rows
        .iter()
        .map(|r| {
            let id = r.id.clone();
            let cells = r
                .cells
                .iter()
                .zip(&t.columns)
                .enumerate()
                .map(|(i, (cell, col))| {
                    let text = cell.text.clone();
                    let inner = match cell.href.as_deref().and_then(crate::core::write::format::safe_href) {
                        Some(href) => view! { <a href=href.to_owned() rel="noopener" target="_blank">{text}</a> }.into_any(),
                        None => view! { {text} }.into_any(),
                    };
                    if i == 0 {
                        let id = id.clone();
                        view! {
                            <th scope="row">
                                <button type="button" class="link-button" on:click=move |_| view.selected.set(Some(id.clone()))>{inner}</button>
                            </th>
                        }
                        .into_any()
                    } else {
                        view! { <td class:numeric=col.numeric>{inner}</td> }.into_any()
                    }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view()
        .into_any()
}

#[component]
pub fn TableView() -> impl IntoView {
    let s = Linked::get();
    let (view, derived) = (s.view, s.derived);
    let i18n = use_i18n();
    let lang = derived.lang.get_untracked();
    // Column and direction; ascending by name to start with.
    let sort = RwSignal::new((0usize, true));
    // Other indicators, other columns: back to sorting by name.
    Effect::new(move |previous: Option<Option<String>>| {
        let indicator = view.indicator.get();
        if previous.is_some_and(|p| p != indicator) {
            sort.set((0, true));
        }
        indicator
    });
    let model = Memo::new(move |_| {
        let (column, ascending) = sort.get();
        table_of(&s, column, ascending)
    });
    let error = RwSignal::new(None::<String>);
    let download = move |_| {
        let Some(csv) = model.with_untracked(|t| t.as_ref().map(Table::to_csv)) else {
            return;
        };
        let name = csv_name(&s);
        error.set(
            csv.and_then(|text| save_text(&name, "text/csv;charset=utf-8", &text))
                .err(),
        );
    };
    let head = move || model.with(|t| t.as_ref().map(|t| head_cells(t, sort)));
    let body = move || model.with(|t| t.as_ref().map(|t| body_rows(t, view)));
    let caption = move || {
        let n = model.with(|t| t.as_ref().map_or(0, |t| t.rows.len()));
        let one = locale::plural_one(lang, n);
        let n = locale::number(lang, n as f64);
        match derived.as_of_label() {
            Some(date) if one => t_string!(i18n, table.caption_as_of_sg, n = n, date = date),
            Some(date) => t_string!(i18n, table.caption_as_of_pl, n = n, date = date),
            None if one => t_string!(i18n, table.caption_sg, n = n),
            None => t_string!(i18n, table.caption_pl, n = n),
        }
    };
    view! {
        <div class="table-view">
            <div class="table-tools">
                <button type="button" class="button" on:click=download>{t_string!(i18n, table.download)}</button>
                <span class="note">{t_string!(i18n, table.csv_note)}</span>
            </div>
            // The reason comes from the browser, in English.
            {move || error.get().map(|e| view! {
                <p role="alert" class="alert error">
                    {t!(i18n, table.save_failed, error = move || view! { <span lang="en">{e.clone()}</span> })}
                </p>
            })}
            <div class="table-scroll" tabindex="0" role="region" aria-label=move || t_string!(i18n, table.region_label)>
                <table class="data-table">
                    <caption>{caption}</caption>
                    <thead><tr>{head}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </div>
    }
}
