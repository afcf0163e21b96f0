//! What a speaker said: person, role, quotes in their language, summary and source.

use std::sync::Arc;

use leptos::prelude::*;

use super::cite::SourceLinks;
use crate::core::dataset::{Dataset, Statement};

#[component]
pub fn StatementCard(dataset: Arc<Dataset>, statement: Statement) -> impl IntoView {
    let lang = statement.lang.clone();
    let role = match (&statement.organisation, &statement.on_behalf_of) {
        (Some(org), _) => format!("{}, {org}", statement.role),
        (None, Some(who)) => format!("{}, for {who}", statement.role),
        (None, None) => statement.role.clone(),
    };
    let quotes = statement
        .quotes
        .iter()
        .map(|q| view! { <blockquote lang=lang.clone()><p>{q.clone()}</p></blockquote> })
        .collect_view();
    let areas: Vec<String> = statement
        .issue_areas
        .iter()
        .filter_map(|a| dataset.issue_area(a).map(|a| a.name.clone()))
        .collect();
    view! {
        <article class="statement">
            <h4 class="statement-person">{statement.person.clone()}</h4>
            <p class="statement-role">{role} ", " <time datetime=statement.date.to_string()>{statement.date.display_en()}</time></p>
            {statement.summary.clone().map(|s| view! { <p class="statement-summary">{s}</p> })}
            {quotes}
            {(!areas.is_empty()).then(|| view! { <p class="tags">"Issue areas: " {areas.join("; ")}</p> })}
            <p class="cite"><SourceLinks dataset ids=vec![statement.source.clone()] /></p>
        </article>
    }
}
