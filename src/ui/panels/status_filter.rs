//! Status toggles with counts. None pressed means no status filter; pressing one or more
//! shows only those statuses.

use leptos::prelude::*;

use crate::core::derive::filter;
use crate::core::model::dataset::Status;
use crate::i18n::*;
use crate::ui::state::{use_data, use_derived, use_view};

#[component]
pub fn StatusFilter() -> impl IntoView {
    let data = use_data();
    let view = use_view();
    let derived = use_derived();
    let i18n = use_i18n();
    let counts = Memo::new(move |_| {
        data.dataset.with(|d| {
            d.ready()
                .map(|d| {
                    derived.statuses.with(|s| {
                        derived
                            .places
                            .with(|p| view.filter.with(|f| filter::status_counts(d, s, p, f)))
                    })
                })
                .unwrap_or_default()
        })
    });
    let toggle = move |status: Status| {
        view.filter.update(|f| {
            if let Some(i) = f.statuses.iter().position(|s| *s == status) {
                f.statuses.remove(i);
            } else {
                f.statuses.push(status);
                f.statuses.sort();
            }
            // All of them is the same as none: no filter.
            if f.statuses.len() == Status::SHOWN.len() {
                f.statuses.clear();
            }
        });
    };
    let buttons = Status::SHOWN
        .into_iter()
        .map(|status| {
            let pressed = move || view.filter.with(|f| f.statuses.contains(&status));
            let count = move || {
                counts.with(|c| c.iter().find(|(s, _)| *s == status).map_or(0, |(_, n)| *n))
            };
            view! {
                <button
                    type="button"
                    id=format!("status-{}", status.key())
                    class=format!("toggle status-toggle toggle-{}", status.key())
                    aria-pressed=move || pressed().to_string()
                    on:click=move |_| toggle(status)
                >
                    <span class=format!("dot status-{}", status.key()) aria-hidden="true"></span>
                    {move || match status {
                        Status::Member => t_string!(i18n, status.members),
                        Status::Observer => t_string!(i18n, status.observers),
                        _ => t_string!(i18n, status.interested),
                    }}
                    <span class="count">{count}</span>
                </button>
            }
        })
        .collect_view();
    view! {
        <fieldset class="filter-group">
            <legend>{t_string!(i18n, status.legend)}</legend>
            <div class="toggles">{buttons}</div>
        </fieldset>
    }
}
