//! A citation: the source of a fact, as a link when its address is a web address.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::model::dataset::{Certainty, Cite, Dataset};
use crate::core::write::format::safe_href;
use crate::i18n::*;

/// "Source: UN-NGLS, 2014" (linked), plus further sources, a certainty badge and the note.
#[component]
pub fn CiteLine(dataset: Arc<Dataset>, cite: Cite) -> impl IntoView {
    let i18n = use_i18n();
    let certainty = match cite.certainty {
        Certainty::Sourced => None,
        c => {
            let text = match c {
                Certainty::Disputed => t_string!(i18n, cite.disputed),
                _ => t_string!(i18n, cite.undated),
            };
            Some(view! {
                <span class=format!("badge badge-{}", c.key())>{text}</span>
            })
        }
    };
    let mut ids = vec![cite.source.clone()];
    ids.extend(cite.more_sources.iter().cloned());
    view! {
        <p class="cite">
            {certainty}
            <SourceLinks dataset ids />
            // The editors' note, in English.
            {cite.note.map(|n| view! { <span class="cite-note" lang="en">{n}</span> })}
        </p>
    }
}

/// "Source: A, 2014; B, 2016": each linked to its document.
#[component]
pub fn SourceLinks(dataset: Arc<Dataset>, ids: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    let label = if ids.len() > 1 {
        t_string!(i18n, cite.sources)
    } else {
        t_string!(i18n, cite.source)
    };
    let links = ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let sep = (i > 0).then_some("; ");
            let link = match dataset.source(id) {
                Some(s) => {
                    let text = match s.year {
                        Some(y) => format!("{}, {y}", s.publisher),
                        None => s.publisher.clone(),
                    };
                    let copy = s.copy_consulted.as_deref().and_then(safe_href).map(|href| {
                        view! {
                            " (" <a class="copy-consulted" href=href.to_owned() rel="noopener noreferrer" target="_blank">{t_string!(i18n, cite.copy_consulted)}</a> ")"
                        }
                    });
                    let main = match s.url.as_deref().and_then(safe_href) {
                        Some(href) => view! {
                            <a href=href.to_owned() title=s.title.clone() rel="noopener noreferrer" target="_blank">{text}</a>
                        }
                        .into_any(),
                        None => view! { <span title=s.title.clone()>{text}</span> }.into_any(),
                    };
                    view! { {main} {copy} }.into_any()
                }
                None => view! { <span>{id.clone()}</span> }.into_any(),
            };
            view! { {sep} {link} }
        })
        .collect_view();
    view! { <span class="sources">{label} " " {links}</span> }
}
