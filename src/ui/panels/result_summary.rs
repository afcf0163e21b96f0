//! One line that says what the filters leave, read out by screen readers as it changes.

use leptos::prelude::*;

use crate::core::derive::filter;
use crate::core::model::dataset::Status;
use crate::i18n::*;
use crate::ui::locale;
use crate::ui::state::use_app_state;

#[component]
pub fn ResultSummary() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let lang = state.lang.get_untracked();
    let sentence = move || {
        state.dataset.with(|d| {
            let d = d.ready()?;
            let statuses = state.statuses.get();
            let places = state.places.get();
            let rows: Vec<_> = state.result.with(|r| {
                r.iter()
                    .filter_map(|id| Some((d.entity(id)?, *statuses.get(id)?)))
                    .collect()
            });
            let when = state
                .as_of_label()
                .map(|d| t_string!(i18n, details.as_of, date = d))
                .unwrap_or_default();
            let s = filter::summarize(&rows, &places);
            if s.total == 0 {
                return Some(t_string!(i18n, list.empty).to_owned());
            }
            let n = |v: usize| locale::number(lang, v as f64);
            let statuses: Vec<String> = s
                .by_status
                .iter()
                .map(|(st, c)| {
                    let one = locale::plural_one(lang, *c);
                    match (st, one) {
                        (Status::Member, true) => t_string!(i18n, summary.members_sg, n = n(*c)),
                        (Status::Member, false) => t_string!(i18n, summary.members_pl, n = n(*c)),
                        (Status::Observer, true) => {
                            t_string!(i18n, summary.observers_sg, n = n(*c))
                        }
                        (Status::Observer, false) => {
                            t_string!(i18n, summary.observers_pl, n = n(*c))
                        }
                        _ => t_string!(i18n, summary.interested, n = n(*c)),
                    }
                })
                .collect();
            let regions: Vec<String> = s
                .by_region
                .iter()
                .map(|(r, c)| format!("{}: {}", state.region_name(r), n(*c)))
                .collect();
            let total = if locale::plural_one(lang, s.total) {
                t_string!(i18n, summary.entities_sg, n = n(s.total))
            } else {
                t_string!(i18n, summary.entities_pl, n = n(s.total))
            };
            Some(format!(
                "{total}: {} — {}{when}",
                statuses.join(", "),
                regions.join(", ")
            ))
        })
    };
    view! { <p class="result-summary" role="status" aria-live="polite">{sentence}</p> }
}
