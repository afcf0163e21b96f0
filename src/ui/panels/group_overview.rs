//! The group itself: what it is, its milestones, the agencies' statements, the issue areas.

use std::sync::Arc;

use leptos::prelude::*;

use super::cite::SourceLinks;
use super::fact_item::FactItem;
use super::statement::StatementCard;
use crate::core::model::dataset::Dataset;
use crate::i18n::*;
use crate::ui::locale;

#[component]
pub fn GroupOverview(dataset: Arc<Dataset>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = crate::ui::state::use_derived().lang.get_untracked();
    let group = dataset.group.clone();
    let events = group
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let title = dataset.text(lang, &format!("event.{i}.title"), &e.title);
            let summary = dataset.text(lang, &format!("event.{i}.summary"), &e.summary);
            let date = locale::date(lang, &e.date);
            let meta = match &e.place {
                Some(p) => format!("{date} · {p}"),
                None => date,
            };
            view! {
                <FactItem
                    dataset=dataset.clone()
                    title=title.text.to_owned()
                    lang=Some(title.lang.code().to_owned())
                    meta
                    summary=summary.text.to_owned()
                    summary_lang=summary.lang
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
        .map(|a| {
            let name = dataset.area_name(lang, a);
            view! { <li lang=name.lang.code()>{name.text.to_owned()}</li> }
        })
        .collect_view();
    let area_source = dataset.issue_areas.first().map(|a| a.source.clone());
    let aliases = (!group.aliases.is_empty())
        .then(|| t_string!(i18n, overview.aliases, names = group.aliases.join(", ")));
    view! {
        // The editors' English.
        {
            let s = dataset.text(lang, "group.summary", &group.summary);
            view! { <p class="lead" lang=s.lang.code()>{s.text.to_owned()}</p> }
        }
        {aliases.map(|a| view! { <p class="aliases">{a}</p> })}
        <p class="cite"><SourceLinks dataset=dataset.clone() ids=vec![group.source.clone()] /></p>
        <p class="hint">{t_string!(i18n, overview.hint)}</p>
        <h3>{t_string!(i18n, overview.milestones)}</h3>
        <ol class="events">{events}</ol>
        <h3>{t_string!(i18n, overview.agencies)}</h3>
        {statements}
        <h3>{t_string!(i18n, overview.areas)}</h3>
        <ol class="areas">{areas}</ol>
        {area_source.map(|id| view! { <p class="cite"><SourceLinks dataset=dataset.clone() ids=vec![id] /></p> })}
    }
}
