//! One line that says what the filters leave, read out by screen readers as it changes.

use leptos::prelude::*;

use crate::core::derive::filter;
use crate::i18n::*;
use crate::ui::phrases::phrases;
use crate::ui::state::{use_data, use_derived};

#[component]
pub fn ResultSummary() -> impl IntoView {
    let data = use_data();
    let derived = use_derived();
    let i18n = use_i18n();
    let sentence = move || {
        let lang = derived.lang.get();
        data.dataset.with(|d| {
            let d = d.ready()?;
            let statuses = derived.statuses.get();
            let places = derived.places.get();
            let rows: Vec<_> = derived.result.with(|r| {
                r.iter()
                    .filter_map(|id| Some((d.entity(id)?, *statuses.get(id)?)))
                    .collect()
            });
            let summary = filter::summarize(&rows, &places);
            Some(phrases(i18n).summary_line(
                lang,
                &summary,
                &|r| derived.region_name(r),
                derived.as_of_label().as_deref(),
            ))
        })
    };
    view! { <p class="result-summary" role="status" aria-live="polite">{sentence}</p> }
}
