//! The card itself: the entity's name, its status and since when, the latest figure of each
//! indicator with its year and source, its SSE law, and a link to the whole atlas in a new
//! tab. A missing or unknown code, or a dataset that failed, is said in the card.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::derive::card::{card, Card};
use crate::core::model::dataset::{Dataset, Law, Status};
use crate::core::model::lang::Lang;
use crate::i18n::*;
use crate::ui::locale;
use crate::ui::panels::cite::SourceLinks;
use crate::ui::panels::entity_details::{kind_label, law_when, status_sentence};
use crate::ui::state::{use_data, use_derived, Derived, Load};
use crate::ui::url_sync::page_base;

/// The atlas on `id` (or the default map), in the card's language: opened in a new tab.
fn atlas_href(id: Option<&str>, lang: Lang) -> String {
    let state = crate::core::link::UrlState {
        country: id.map(str::to_owned),
        frame: crate::core::link::Frame {
            lang: Some(lang),
            ..Default::default()
        },
        ..Default::default()
    };
    crate::ui::url_sync::href_of(&page_base().unwrap_or_default(), &state)
}

fn open_link(href: String, text: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="card-open">
            <a href=href target="_blank" rel="noopener">{text}<span class="visually-hidden">" " {t_string!(i18n, card.new_tab)}</span>" ↗"</a>
        </p>
    }
}

/// Why there is no card, with the way to the whole atlas.
fn no_card(message: String, lang: Lang) -> AnyView {
    let i18n = use_i18n();
    view! {
        <p class="card-group">{t_string!(i18n, card.group)}</p>
        <p class="card-problem" role="alert">{message}</p>
        {open_link(atlas_href(None, lang), t_string!(i18n, card.open_atlas).to_owned())}
    }
    .into_any()
}

fn law_view(dataset: &Arc<Dataset>, law: &Law, lang: Lang) -> impl IntoView {
    let meta = match law_when(law, lang) {
        Some(w) => format!("{} · {w}", kind_label(&law.kind)),
        None => kind_label(&law.kind),
    };
    view! {
        <p class="card-law-title" lang=law.lang.clone() title=law.title.clone()>{law.title.clone()}</p>
        <p class="card-meta">{meta} " · " <SourceLinks dataset=dataset.clone() ids=vec![law.cite.source.clone()] /></p>
    }
}

fn figures_view(dataset: &Arc<Dataset>, c: &Card, lang: Lang) -> impl IntoView {
    c.figures
        .iter()
        .map(|f| {
            let indicator = dataset
                .indicator(&f.indicator)
                .map(|i| dataset.indicator_name(lang, i))
                .map(|n| view! { <span lang=n.lang.code()>{n.text.to_owned()}</span> });
            view! {
                <li>
                    <span class="card-figure">{locale::figure(lang, dataset, f)} " (" {f.year} ")"</span>
                    <span class="card-meta">{indicator} " · " <SourceLinks dataset=dataset.clone() ids=vec![f.cite.source.clone()] /></span>
                </li>
            }
        })
        .collect_view()
}

fn card_view(dataset: &Arc<Dataset>, c: &Card, derived: Derived, lang: Lang) -> AnyView {
    let i18n = use_i18n();
    let name = derived.name(&c.entity.id, &c.entity.name);
    let status = c.status.as_ref().map(|s| {
        let since = (s.status != Status::None)
            .then(|| t_string!(i18n, details.since, date = locale::date(lang, &s.since)));
        view! {
            <p class=format!("card-status status-line status-{}", s.status.key())>
                <span class="card-swatch" aria-hidden="true"></span>
                <span><strong>{status_sentence(s.status)}</strong> {since}</span>
            </p>
        }
    });
    let figures = if c.figures.is_empty() {
        view! { <p class="card-meta">{t_string!(i18n, card.no_figures, name = name.clone())}</p> }
            .into_any()
    } else {
        view! { <ul class="card-figures">{figures_view(dataset, c, lang)}</ul> }.into_any()
    };
    let law = match c.law {
        Some(l) => law_view(dataset, l, lang).into_any(),
        None => {
            view! { <p class="card-meta">{t_string!(i18n, card.no_law, name = name.clone())}</p> }
                .into_any()
        }
    };
    let open = t_string!(i18n, card.open, name = name.clone());
    view! {
        <p class="card-group">{t_string!(i18n, card.group)}</p>
        <h1 class="card-name">{name}</h1>
        {status}
        <h2 class="card-heading">{t_string!(i18n, card.figures)}</h2>
        {figures}
        <h2 class="card-heading">{t_string!(i18n, card.law)}</h2>
        {law}
        {open_link(atlas_href(Some(&c.entity.id), lang), open)}
    }
    .into_any()
}

#[component]
pub fn CountryCard(id: Option<String>) -> impl IntoView {
    let data = use_data();
    let derived = use_derived();
    let i18n = use_i18n();
    let body = move || {
        let lang = derived.lang.get();
        match data.dataset.get() {
            Load::Loading => {
                view! { <p role="status">{t_string!(i18n, card.loading)}</p> }.into_any()
            }
            Load::Failed(lines) => no_card(lines.join(" "), lang),
            Load::Ready(dataset) => {
                let Some(id) = id.as_deref() else {
                    return no_card(t_string!(i18n, card.missing).to_owned(), lang);
                };
                match card(&dataset, id, derived.as_of.get()) {
                    Some(c) => card_view(&dataset, &c, derived, lang),
                    None => no_card(t_string!(i18n, card.unknown, code = id.to_owned()), lang),
                }
            }
        }
    };
    view! { <article class="country-card">{body}</article> }
}
