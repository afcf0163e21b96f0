//! The data table: the filtered entities, sortable, with a CSV download of exactly what it
//! shows.

use leptos::prelude::*;

use crate::core::table::{self, Table};
use crate::io::download::save_text;
use crate::ui::state::{use_app_state, AppState};

/// The table of what the filters leave (tracked), sorted by `column`.
pub fn table_of(state: &AppState, column: usize, ascending: bool) -> Option<Table> {
    let as_of = state.as_of.get()?;
    let statuses = state.statuses.get();
    let places = state.places.get();
    let indicator = state.indicator.get();
    let ids = state.result.get();
    state.dataset.with(|d| {
        let d = d.ready()?;
        let rows: Vec<_> = ids
            .iter()
            .filter_map(|id| Some((d.entity(id)?, *statuses.get(id)?)))
            .collect();
        let indicator = indicator.as_deref().and_then(|i| d.indicator(i));
        let mut t = table::build(d, &rows, as_of, &places, indicator);
        t.sort(column, ascending);
        Some(t)
    })
}

/// The CSV file's name: the date and the indicator it shows.
pub fn csv_name(state: &AppState) -> String {
    format!(
        "sse-atlas-{}{}.csv",
        state
            .as_of
            .get_untracked()
            .map_or_else(String::new, |d| d.to_string()),
        state
            .indicator
            .get_untracked()
            .map(|i| format!("-{i}"))
            .unwrap_or_default()
    )
}

#[component]
pub fn TableView() -> impl IntoView {
    let state = use_app_state();
    // Column and direction; ascending by name to start with.
    let sort = RwSignal::new((0usize, true));
    // Other indicators, other columns: back to sorting by name.
    Effect::new(move |previous: Option<Option<String>>| {
        let indicator = state.indicator.get();
        if previous.is_some_and(|p| p != indicator) {
            sort.set((0, true));
        }
        indicator
    });
    let model = Memo::new(move |_| {
        let (column, ascending) = sort.get();
        table_of(&state, column, ascending)
    });
    let error = RwSignal::new(None::<String>);
    let download = move |_| {
        let Some(csv) = model.with_untracked(|t| t.as_ref().map(Table::to_csv)) else {
            return;
        };
        let name = csv_name(&state);
        error.set(
            csv.and_then(|text| save_text(&name, "text/csv;charset=utf-8", &text))
                .err(),
        );
    };
    let head = move || {
        model.with(|t| {
            t.as_ref().map(|t| {
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
            })
        })
    };
    let body = move || {
        model.with(|t| {
            t.as_ref().map(|t| {
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
                                let inner = match cell.href.as_deref().and_then(crate::core::format::safe_href) {
                                    Some(href) => view! { <a href=href.to_owned() rel="noopener" target="_blank">{text}</a> }.into_any(),
                                    None => view! { {text} }.into_any(),
                                };
                                if i == 0 {
                                    let id = id.clone();
                                    view! {
                                        <th scope="row">
                                            <button type="button" class="link-button" on:click=move |_| state.selected.set(Some(id.clone()))>{inner}</button>
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
            })
        })
    };
    let caption = move || {
        let n = model.with(|t| t.as_ref().map_or(0, |t| t.rows.len()));
        let when = state
            .as_of_label()
            .map(|d| format!(", as of {d}"))
            .unwrap_or_default();
        let entities = if n == 1 { "entity" } else { "entities" };
        format!("{n} {entities} matching the filters{when}. Select a column heading to sort.")
    };
    view! {
        <div class="table-view">
            <div class="table-tools">
                <button type="button" class="button" on:click=download>"Download CSV"</button>
                <span class="note">"The CSV holds exactly the rows and columns below, with the sources' addresses."</span>
            </div>
            {move || error.get().map(|e| view! { <p role="alert" class="alert error">{format!("The CSV could not be saved: {e}")}</p> })}
            <div class="table-scroll" tabindex="0" role="region" aria-label="Data table (scrolls sideways)">
                <table class="data-table">
                    <caption>{caption}</caption>
                    <thead><tr>{head}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </div>
    }
}
