//! The group itself: what it is, its milestones, the agencies' statements, the issue areas.

use std::sync::Arc;

use leptos::prelude::*;

use super::cite::SourceLinks;
use super::fact_item::FactItem;
use super::statement::StatementCard;
use crate::core::dataset::Dataset;

#[component]
pub fn GroupOverview(dataset: Arc<Dataset>) -> impl IntoView {
    let group = dataset.group.clone();
    let events = group
        .events
        .iter()
        .map(|e| {
            let meta = match &e.place {
                Some(p) => format!("{} · {p}", e.date.display_en()),
                None => e.date.display_en(),
            };
            view! {
                <FactItem
                    dataset=dataset.clone()
                    title=e.title.clone()
                    meta
                    summary=e.summary.clone()
                    cite=e.cite.clone()
                />
            }
        })
        .collect_view();
    let statements = group
        .statements
        .iter()
        .map(|s| view! { <StatementCard dataset=dataset.clone() statement=s.clone() /> })
        .collect_view();
    let areas = dataset
        .issue_areas
        .iter()
        .map(|a| view! { <li>{a.name.clone()}</li> })
        .collect_view();
    let area_source = dataset.issue_areas.first().map(|a| a.source.clone());
    let aliases = (!group.aliases.is_empty())
        .then(|| format!("Also known as: {}.", group.aliases.join(", ")));
    view! {
        <p class="lead">{group.summary.clone()}</p>
        {aliases.map(|a| view! { <p class="aliases">{a}</p> })}
        <p class="cite"><SourceLinks dataset=dataset.clone() ids=vec![group.source.clone()] /></p>
        <p class="hint">"Select a country on the map to see its status, its statements, laws and SSE figures."</p>
        <h3>"Milestones"</h3>
        <ol class="events">{events}</ol>
        <h3>"UN agencies at the first meeting"</h3>
        {statements}
        <h3>"The UNTFSSE's issue areas"</h3>
        <ol class="areas">{areas}</ol>
        {area_source.map(|id| view! { <p class="cite"><SourceLinks dataset=dataset.clone() ids=vec![id] /></p> })}
    }
}
