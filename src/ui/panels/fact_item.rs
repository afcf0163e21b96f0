//! One sourced fact in a list: a title (in its own language), a meta line, a summary and
//! the citation. Laws, national bodies and the group's milestones share it.

use std::sync::Arc;

use leptos::prelude::*;

use super::cite::CiteLine;
use crate::core::model::dataset::{Cite, Dataset};
use crate::core::model::lang::Lang;

#[component]
pub fn FactItem(
    dataset: Arc<Dataset>,
    /// Name of the law, body or event.
    title: String,
    /// Language of `title` when it is not English.
    #[prop(default = None)]
    lang: Option<String>,
    /// Kind and date, e.g. "law · 31 Jul 2014".
    meta: String,
    /// The summary, in the page's language if the data translates it (else English).
    summary: String,
    #[prop(default = Lang::En)] summary_lang: Lang,
    cite: Cite,
) -> impl IntoView {
    // No `lang` means English, which the page may not be in.
    let lang = lang.unwrap_or_else(|| "en".to_owned());
    let summary_lang = summary_lang.code();
    view! {
        <li class="fact">
            <p class="fact-title"><span lang=lang>{title}</span></p>
            <p class="fact-meta">{meta}</p>
            <p lang=summary_lang>{summary}</p>
            <CiteLine dataset cite />
        </li>
    }
}
