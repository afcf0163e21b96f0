//! What a speaker said: person, role, quotes in their language, summary and source.

use std::sync::Arc;

use leptos::prelude::*;

use super::cite::SourceLinks;
use crate::core::model::dataset::{Dataset, Statement};
use crate::i18n::*;
use crate::ui::locale;

#[component]
pub fn StatementCard(dataset: Arc<Dataset>, statement: Statement) -> impl IntoView {
    let i18n = use_i18n();
    let page_lang = crate::ui::state::use_derived().lang.get_untracked();
    // The quotes' language; none means English (which the page may not be in).
    let lang = statement.lang.clone().unwrap_or_else(|| "en".to_owned());
    // The role, organisation and summary are the editors' English.
    let role = match (&statement.organisation, &statement.on_behalf_of) {
        (Some(org), _) => {
            view! { <span lang="en">{format!("{}, {org}", statement.role)}</span> }.into_any()
        }
        (None, Some(who)) => {
            let (r, w) = (statement.role.clone(), who.clone());
            view! {
                {t!(
                    i18n,
                    statement.role_for,
                    role = move || view! { <span lang="en">{r.clone()}</span> },
                    who = move || view! { <span lang="en">{w.clone()}</span> }
                )}
            }
            .into_any()
        }
        (None, None) => view! { <span lang="en">{statement.role.clone()}</span> }.into_any(),
    };
    let quotes = statement
        .quotes
        .iter()
        .map(|q| view! { <blockquote lang=lang.clone()><p>{q.clone()}</p></blockquote> })
        .collect_view();
    // Each area's name in the page's language, else in English (marked as such).
    let areas: Vec<_> = statement
        .issue_areas
        .iter()
        .filter_map(|a| dataset.issue_area(a))
        .enumerate()
        .map(|(i, a)| {
            let name = dataset.area_name(page_lang, a);
            view! {
                {(i > 0).then_some("; ")}
                <span lang=name.lang.code()>{name.text.to_owned()}</span>
            }
        })
        .collect();
    view! {
        <article class="statement">
            <h4 class="statement-person">{statement.person.clone()}</h4>
            <p class="statement-role">{role} ", " <time datetime=statement.date.to_string()>{locale::date(page_lang, &statement.date)}</time></p>
            {statement.summary.clone().map(|s| view! { <p class="statement-summary" lang="en">{s}</p> })}
            {quotes}
            {(!areas.is_empty()).then(|| view! { <p class="tags">{t_string!(i18n, statement.issue_areas)} " " {areas}</p> })}
            <p class="cite"><SourceLinks dataset ids=vec![statement.source.clone()] /></p>
        </article>
    }
}
