//! The status legend: each status with its styling, count and the entities that have it.

use leptos::prelude::*;

use crate::core::model::dataset::Status;
use crate::core::write::legend::{self as markup, StatusRow};
use crate::core::write::phrases::{sort_names, Phrases};
use crate::ui::state::{Data, Derived};

/// The legend's markup, read in a reactive scope: it follows the statuses, the date and the
/// language.
pub fn status_markup(data: Data, derived: Derived, p: &Phrases) -> String {
    let statuses = derived.statuses.get();
    // Gathered in one pass over the entities, then named and sorted once per status.
    let mut names: Vec<Vec<String>> = vec![Vec::new(); Status::SHOWN.len()];
    data.dataset.with(|d| {
        for e in d.ready().map(|d| d.entities.as_slice()).unwrap_or_default() {
            let shown = statuses
                .get(&e.id)
                .and_then(|s| Status::SHOWN.iter().position(|x| x == s));
            if let Some(i) = shown {
                names[i].push(derived.name(&e.id, &e.name));
            }
        }
    });
    let rows: Vec<StatusRow> = Status::SHOWN
        .into_iter()
        .zip(names)
        .map(|(status, mut names)| {
            sort_names(&mut names);
            StatusRow {
                key: status.key(),
                heading: p.legend_heading(status).to_owned(),
                names,
            }
        })
        .collect();
    markup::statuses(
        &p.legend_title(derived.as_of_label().as_deref()),
        &rows,
        &p.legend_none,
    )
}
