//! Details of one entity (or of a country with no status): status over time, statements,
//! laws, national bodies and figures, each with its source.

use std::sync::Arc;

use leptos::prelude::*;

use super::cite::CiteLine;
use super::fact_item::FactItem;
use super::statement::StatementCard;
use crate::core::dataset::{Dataset, Entity, Status};
use crate::core::format::format_figure;
use crate::core::membership::status_at;
use crate::core::stats::headline;
use crate::ui::state::use_app_state;

fn status_sentence(status: Status) -> &'static str {
    match status {
        Status::Member => "Member",
        Status::Observer => "Observer",
        Status::Interested => "Declared interest in joining",
        Status::None => "Not in the group",
    }
}

/// Details of the shape `id`: the entity's full record, or a short note for other countries.
#[component]
pub fn EntityDetails(dataset: Arc<Dataset>, id: String) -> impl IntoView {
    match dataset.entity(&id).cloned() {
        Some(entity) => view! { <EntityRecord dataset entity /> }.into_any(),
        None => view! {
            <p class="status-line status-none">
                "Not a member, observer or declared candidate of the group in this dataset."
            </p>
            <p>"The dataset has no SSE law, body or figure for this country."</p>
        }
        .into_any(),
    }
}

#[component]
fn EntityRecord(dataset: Arc<Dataset>, entity: Entity) -> impl IntoView {
    let state = use_app_state();
    let as_of = state.as_of.get_untracked();
    let current = as_of.and_then(|d| status_at(&entity, d)).map(|s| {
        // "Since" is backed by the entry that starts the run; the history lists the others.
        let cite = s.first.cite.clone();
        view! {
            <p class=format!("status-line status-{}", s.status.key())>
                <strong>{status_sentence(s.status)}</strong>
                {(s.status != Status::None).then(|| format!(" since {}", s.since.display_en()))}
                {state.as_of_label().map(|d| format!(" (as of {d})"))}
            </p>
            <CiteLine dataset=dataset.clone() cite />
        }
    });
    let kind_note = entity.parent.as_ref().map(|p| {
        let parent = dataset
            .entity(p)
            .map_or_else(|| p.clone(), |e| e.name.clone());
        format!("Sub-national government ({parent}).")
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
                    <time datetime=c.date.to_string()>{c.date.display_en()}</time>
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

    let laws = entity
        .laws
        .iter()
        .map(|l| {
            let when = l
                .date
                .map(|d| d.display_en())
                .or_else(|| l.year.map(|y| y.to_string()))
                .unwrap_or_else(|| "undated".into());
            view! {
                <FactItem
                    dataset=dataset.clone()
                    title=l.title.clone()
                    lang=l.lang.clone()
                    meta=format!("{} · {when}", l.kind)
                    summary=l.summary.clone()
                    cite=l.cite.clone()
                />
            }
        })
        .collect_view();

    let bodies = entity
        .bodies
        .iter()
        .map(|b| {
            let meta = match b.since {
                Some(d) => format!("{} · since {}", b.kind, d.display_en()),
                None => b.kind.clone(),
            };
            view! {
                <FactItem
                    dataset=dataset.clone()
                    title=b.name.clone()
                    lang=b.lang.clone()
                    meta
                    summary=b.summary.clone()
                    cite=b.cite.clone()
                />
            }
        })
        .collect_view();

    let figures = entity
        .figures_newest_first()
        .into_iter()
        .map(|f| {
            let unit = dataset.indicator(&f.indicator).map_or("", |i| i.unit.as_str());
            let indicator = dataset
                .indicator(&f.indicator)
                .map_or_else(|| f.indicator.clone(), |i| i.name.clone());
            let year = f.year_label();
            let kind = f.kind.key();
            view! {
                <li class="figure">
                    <p class="figure-value">
                        <span class="figure-number">{format_figure(f, unit)}</span>
                        " " <span class="figure-year">"(" {year} ")"</span>
                    </p>
                    <p class="figure-label">{f.label.clone()} <span class="figure-indicator">" · " {indicator}</span></p>
                    <p class="fact-meta">
                        <span class=format!("badge badge-{kind}")>{kind}</span>
                        {f.stated_by.clone().map(|p| format!(" stated by {p}"))}
                    </p>
                    {f.quote.clone().map(|q| view! { <blockquote lang=f.lang.clone()><p>{q}</p></blockquote> })}
                    <CiteLine dataset=dataset.clone() cite=f.cite.clone() />
                </li>
            }
        })
        .collect_view();

    // The figure the map shows for the chosen indicator, or plainly that there is none.
    let chosen = {
        let (dataset, entity) = (dataset.clone(), entity.clone());
        move || {
            let id = state.indicator.get()?;
            let indicator = dataset.indicator(&id)?;
            let text = match headline(&entity, &id) {
                Some(f) => {
                    let year = f.year_label();
                    format!(
                        "{}: {} ({year}), the figure the map shows.",
                        indicator.name,
                        format_figure(f, &indicator.unit)
                    )
                }
                None => format!(
                    "{}: no comparable data for {} in this dataset.",
                    indicator.name, entity.name
                ),
            };
            Some(view! { <p class="chosen-figure">{text}</p> })
        }
    };
    let name = entity.name.clone();
    let none = move |what: &str| view! { <p class="none">{format!("No {what} for {name} in this dataset.")}</p> };
    let (no_statement, no_law, no_body, no_figure) = (
        none("statement at the group's meetings"),
        none("SSE law or policy"),
        none("national SSE body"),
        none("comparable SSE figure"),
    );
    view! {
        {local}
        {kind_note.map(|k| view! { <p class="kind-note">{k}</p> })}
        {current}
        <h3>"Statements"</h3>
        {if entity.statements.is_empty() { no_statement.into_any() } else { statements.into_any() }}
        <h3>"SSE figures"</h3>
        {chosen}
        {if entity.figures.is_empty() { no_figure.into_any() } else { view! { <ul class="figures">{figures}</ul> }.into_any() }}
        <h3>"Laws and policies"</h3>
        {if entity.laws.is_empty() { no_law.into_any() } else { view! { <ul class="facts">{laws}</ul> }.into_any() }}
        <h3>"National bodies"</h3>
        {if entity.bodies.is_empty() { no_body.into_any() } else { view! { <ul class="facts">{bodies}</ul> }.into_any() }}
        <h3>"Status in the group over time"</h3>
        <ol class="history">{history}</ol>
    }
}
