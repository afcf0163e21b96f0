//! Details of one entity (or of a country with no status): status over time, statements,
//! laws, national bodies and figures, each with its source.

use std::sync::Arc;

use leptos::prelude::*;

use super::cite::CiteLine;
use super::fact_item::FactItem;
use super::statement::StatementCard;
use crate::core::derive::membership::status_at;
use crate::core::derive::stats::headline;
use crate::core::model::dataset::{Cite, Dataset, Entity, Figure, Law, Status};
use crate::core::model::lang::Lang;
use crate::i18n::*;
use crate::ui::locale;
use crate::ui::state::{use_derived, use_view};

/// "Member", "Declared interest in joining"… in the page's language.
pub fn status_sentence(status: Status) -> &'static str {
    let i18n = use_i18n();
    match status {
        Status::Member => t_string!(i18n, details.status_member),
        Status::Observer => t_string!(i18n, details.status_observer),
        Status::Interested => t_string!(i18n, details.status_interested),
        Status::None => t_string!(i18n, details.status_none),
    }
}

/// A law's or a body's kind (`law`, `ministry`…) in the page's language.
pub fn kind_label(kind: &str) -> String {
    let i18n = use_i18n();
    let s = match kind {
        "constitution" => t_string!(i18n, kinds.constitution),
        "law" => t_string!(i18n, kinds.law),
        "decree" => t_string!(i18n, kinds.decree),
        "policy" => t_string!(i18n, kinds.policy),
        "draft" => t_string!(i18n, kinds.draft),
        "ministry" => t_string!(i18n, kinds.ministry),
        "agency" => t_string!(i18n, kinds.agency),
        "supervisor" => t_string!(i18n, kinds.supervisor),
        "council" => t_string!(i18n, kinds.council),
        "chamber" => t_string!(i18n, kinds.chamber),
        "federation" => t_string!(i18n, kinds.federation),
        other => other,
    };
    s.to_owned()
}

/// Details of the shape `id`: the entity's full record, or a short note for other countries.
#[component]
pub fn EntityDetails(dataset: Arc<Dataset>, id: String) -> impl IntoView {
    match dataset.entity(&id).cloned() {
        Some(entity) => view! { <EntityRecord dataset entity /> }.into_any(),
        None => {
            let i18n = use_i18n();
            view! {
                <p class="status-line status-none">{t_string!(i18n, details.not_in_group)}</p>
                <p>{t_string!(i18n, details.no_facts)}</p>
            }
            .into_any()
        }
    }
}

/// An editors' summary of an entity's law or body, translated by the data file when it can
/// (`entity.FRA.laws.0.summary`), else English.
fn summary_of(
    dataset: &Dataset,
    entity: &str,
    lang: Lang,
    what: &str,
    i: usize,
    english: &str,
) -> (String, Lang) {
    let key = format!("entity.{entity}.{what}.{i}.summary");
    let l = dataset.text(lang, &key, english);
    (l.text.to_owned(), l.lang)
}

/// When a law was passed: its date, else its year.
pub fn law_when(law: &Law, lang: Lang) -> Option<String> {
    law.date
        .map(|d| locale::date(lang, &d))
        .or_else(|| law.year.map(|y| y.to_string()))
}

/// A law or a body as its list shows it.
struct Fact<'a> {
    title: &'a str,
    lang: &'a Option<String>,
    meta: String,
    summary: &'a str,
    cite: &'a Cite,
}

/// The entity's laws or bodies (`what`: the data's list, for the summaries' translations).
fn fact_list<'a>(
    dataset: &Arc<Dataset>,
    entity: &Entity,
    lang: Lang,
    what: &str,
    facts: impl Iterator<Item = Fact<'a>>,
) -> AnyView {
    facts
        .enumerate()
        .map(|(i, f)| {
            let (summary, summary_lang) = summary_of(dataset, &entity.id, lang, what, i, f.summary);
            view! {
                <FactItem
                    dataset=dataset.clone()
                    title=f.title.to_owned()
                    lang=f.lang.clone()
                    meta=f.meta
                    summary
                    summary_lang
                    cite=f.cite.clone()
                />
            }
        })
        .collect_view()
        .into_any()
}

/// The entity's SSE laws and policies, each with its kind and date.
fn laws_list(
    dataset: &Arc<Dataset>,
    entity: &Entity,
    lang: Lang,
    i18n: leptos_i18n::I18nContext<Locale>,
) -> AnyView {
    let facts = entity.laws.iter().map(|l| {
        let when = law_when(l, lang).unwrap_or_else(|| t_string!(i18n, figure.undated).to_owned());
        Fact {
            title: &l.title,
            lang: &l.lang,
            meta: format!("{} · {when}", kind_label(&l.kind)),
            summary: &l.summary,
            cite: &l.cite,
        }
    });
    fact_list(dataset, entity, lang, "laws", facts)
}

/// The entity's national SSE bodies, each with its kind and since when.
fn bodies_list(
    dataset: &Arc<Dataset>,
    entity: &Entity,
    lang: Lang,
    i18n: leptos_i18n::I18nContext<Locale>,
) -> AnyView {
    let facts = entity.bodies.iter().map(|b| Fact {
        title: &b.name,
        lang: &b.lang,
        meta: match b.since {
            Some(d) => t_string!(
                i18n,
                details.kind_since,
                kind = kind_label(&b.kind),
                date = locale::date(lang, &d)
            ),
            None => kind_label(&b.kind),
        },
        summary: &b.summary,
        cite: &b.cite,
    });
    fact_list(dataset, entity, lang, "bodies", facts)
}

/// One figure: the number and its year, what it counts, its kind, quote and sources.
fn figure_item(
    dataset: &Arc<Dataset>,
    f: &Figure,
    lang: Lang,
    i18n: leptos_i18n::I18nContext<Locale>,
) -> impl IntoView {
    let indicator = dataset.indicator(&f.indicator).map_or_else(
        || view! { <span>{f.indicator.clone()}</span> }.into_any(),
        |i| {
            let n = dataset.indicator_name(lang, i);
            view! { <span lang=n.lang.code()>{n.text.to_owned()}</span> }.into_any()
        },
    );
    let year = f.year.to_string();
    let kind = f.kind.key();
    let kind_text = match f.kind {
        crate::core::model::dataset::FigureKind::Official => t_string!(i18n, figure.official),
        crate::core::model::dataset::FigureKind::Estimate => t_string!(i18n, figure.estimate),
    };
    view! {
        <li class="figure">
            <p class="figure-value">
                <span class="figure-number">{locale::figure(lang, dataset, f)}</span>
                " " <span class="figure-year">"(" {year} ")"</span>
            </p>
            <p class="figure-label"><span lang="en">{f.label.clone()}</span> <span class="figure-indicator">" · " {indicator}</span></p>
            <p class="fact-meta">
                <span class=format!("badge badge-{kind}")>{kind_text}</span>
                {f.stated_by.clone().map(|p| t_string!(i18n, details.stated_by, person = p))}
            </p>
            {f.quote.clone().map(|q| view! { <blockquote lang=f.lang.clone()><p>{q}</p></blockquote> })}
            <CiteLine dataset=dataset.clone() cite=f.cite.clone() />
        </li>
    }
}

/// The figure the map shows for the chosen indicator, or plainly that there is none.
#[component]
fn ChosenFigure(dataset: Arc<Dataset>, entity: Entity) -> impl IntoView {
    let view = use_view();
    let derived = use_derived();
    let i18n = use_i18n();
    let lang = derived.lang.get_untracked();
    move || {
        let id = view.indicator.get()?;
        let indicator = dataset.indicator(&id)?;
        let name = dataset.indicator_name(lang, indicator).text.to_owned();
        let text = match headline(&entity, &id) {
            Some(f) => t_string!(
                i18n,
                details.chosen,
                indicator = name,
                figure = locale::figure(lang, &dataset, f),
                year = f.year.to_string()
            ),
            None => t_string!(
                i18n,
                details.chosen_none,
                indicator = name,
                name = derived.name(&entity.id, &entity.name)
            ),
        };
        Some(view! { <p class=crate::core::write::dom::CHOSEN_FIGURE>{text}</p> })
    }
}

#[component]
fn EntityRecord(dataset: Arc<Dataset>, entity: Entity) -> impl IntoView {
    let derived = use_derived();
    let i18n = use_i18n();
    let lang = derived.lang.get_untracked();
    let as_of = derived.as_of.get_untracked();
    let current = as_of.and_then(|d| status_at(&entity, d)).map(|s| {
        // "Since" is backed by the entry that starts the run; the history lists the others.
        let cite = s.first.cite.clone();
        view! {
            <p class=format!("status-line status-{}", s.status.key())>
                <strong>{status_sentence(s.status)}</strong>
                {(s.status != Status::None).then(|| t_string!(i18n, details.since, date = locale::date(lang, &s.since)))}
                {derived.as_of_label().map(|d| t_string!(i18n, details.as_of, date = d))}
            </p>
            <CiteLine dataset=dataset.clone() cite />
        }
    });
    let kind_note = entity.parent.as_ref().map(|p| {
        let parent = dataset
            .entity(p)
            .map_or_else(|| p.clone(), |e| derived.name(&e.id, &e.name));
        t_string!(i18n, details.subnational, parent = parent)
    });
    let local = entity.local_name.clone().map(|n| {
        view! { <p class="local-name" lang=entity.local_lang.clone()>{n}</p> }
    });

    let history = entity
        .status_history
        .iter()
        .map(|c| {
            view! {
                <li>
                    <time datetime=c.date.to_string()>{locale::date(lang, &c.date)}</time>
                    ": " {status_sentence(c.status)}
                    <CiteLine dataset=dataset.clone() cite=c.cite.clone() />
                </li>
            }
        })
        .collect_view();

    let statements = entity
        .statements
        .iter()
        .map(|s| view! { <StatementCard dataset=dataset.clone() statement=s.clone() /> })
        .collect_view();

    let laws = laws_list(&dataset, &entity, lang, i18n);
    let bodies = bodies_list(&dataset, &entity, lang, i18n);

    let figures = entity
        .figures_newest_first()
        .into_iter()
        .map(|f| figure_item(&dataset, f, lang, i18n))
        .collect_view();

    let name = derived.name(&entity.id, &entity.name);
    let none = |text: String| view! { <p class="none">{text}</p> };
    let (no_statement, no_law, no_body, no_figure) = (
        none(t_string!(i18n, details.no_statement, name = name.clone())),
        none(t_string!(i18n, details.no_law, name = name.clone())),
        none(t_string!(i18n, details.no_body, name = name.clone())),
        none(t_string!(i18n, details.no_figure, name = name.clone())),
    );
    view! {
        {local}
        {kind_note.map(|k| view! { <p class="kind-note">{k}</p> })}
        {current}
        <h3>{t_string!(i18n, details.h_statements)}</h3>
        {if entity.statements.is_empty() { no_statement.into_any() } else { statements.into_any() }}
        <h3>{t_string!(i18n, details.h_figures)}</h3>
        <ChosenFigure dataset=dataset.clone() entity=entity.clone() />
        {if entity.figures.is_empty() { no_figure.into_any() } else { view! { <ul class="figures">{figures}</ul> }.into_any() }}
        <h3>{t_string!(i18n, details.h_laws)}</h3>
        {if entity.laws.is_empty() { no_law.into_any() } else { view! { <ul class="facts">{laws}</ul> }.into_any() }}
        <h3>{t_string!(i18n, details.h_bodies)}</h3>
        {if entity.bodies.is_empty() { no_body.into_any() } else { view! { <ul class="facts">{bodies}</ul> }.into_any() }}
        <h3>{t_string!(i18n, details.h_history)}</h3>
        <ol class="history">{history}</ol>
    }
}
