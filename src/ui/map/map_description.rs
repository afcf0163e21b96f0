//! The map in words (its text alternative), under the legend and as the map's description
//! for screen readers: the core's description, worded in the page's language.

use leptos::prelude::*;

use crate::core::derive::describe::describe;
use crate::core::model::dataset::Status;
use crate::i18n::*;
use crate::ui::locale;
use crate::ui::state::use_app_state;

#[component]
pub fn MapDescription() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let lang = state.lang.get_untracked();
    let text = move || {
        let as_of = state.as_of_label().unwrap_or_default();
        let statuses = state.statuses.get();
        let filtered = state.filter.with(|f| f.active_count() > 0);
        let indicator = state.indicator.get();
        state.dataset.with(|d| {
            let d = d.ready()?;
            let rows: Vec<_> = state.result.with(|r| {
                r.iter()
                    .filter_map(|id| Some((d.entity(id)?, *statuses.get(id)?)))
                    .collect()
            });
            let desc = describe(&rows, indicator.as_deref().and_then(|i| d.indicator(i)));
            if desc.total == 0 {
                return Some(t_string!(i18n, describe.nothing, date = as_of).to_string());
            }
            let n = |v: usize| locale::number(lang, v as f64);
            let groups: Vec<String> = desc
                .groups
                .iter()
                .map(|(s, entities)| {
                    let names: Vec<String> = entities
                        .iter()
                        .map(|e| state.name(&e.id, &e.name))
                        .collect();
                    let names = locale::list(lang, &names);
                    let one = locale::plural_one(lang, entities.len());
                    let count = match (s, one) {
                        (Status::Member, true) => {
                            t_string!(i18n, summary.members_sg, n = n(entities.len()))
                        }
                        (Status::Member, false) => {
                            t_string!(i18n, summary.members_pl, n = n(entities.len()))
                        }
                        (Status::Observer, true) => {
                            t_string!(i18n, summary.observers_sg, n = n(entities.len()))
                        }
                        (Status::Observer, false) => {
                            t_string!(i18n, summary.observers_pl, n = n(entities.len()))
                        }
                        _ => t_string!(i18n, describe.interested, n = n(entities.len())),
                    };
                    format!("{count} ({names})")
                })
                .collect();
            let count = if locale::plural_one(lang, desc.total) {
                t_string!(i18n, summary.entities_sg, n = n(desc.total))
            } else {
                t_string!(i18n, summary.entities_pl, n = n(desc.total))
            };
            let groups = locale::list(lang, &groups);
            let mut text = if filtered {
                t_string!(
                    i18n,
                    describe.shows_filtered,
                    date = as_of,
                    count = count,
                    groups = groups
                )
            } else {
                t_string!(
                    i18n,
                    describe.shows,
                    date = as_of,
                    count = count,
                    groups = groups
                )
            };
            if let Some(part) = desc.indicator {
                let name = d.indicator_name(lang, part.indicator).text.to_owned();
                let figure = |(e, f): (
                    &crate::core::model::dataset::Entity,
                    &crate::core::model::dataset::Figure,
                )| {
                    format!(
                        "{} ({}, {})",
                        state.name(&e.id, &e.name),
                        locale::figure(lang, d, f),
                        locale::year(lang, f)
                    )
                };
                text.push(' ');
                text.push_str(&match part.extremes {
                    Some((hi, lo)) if hi.0.id != lo.0.id => t_string!(
                        i18n,
                        describe.coloured,
                        name = name,
                        highest = figure(hi),
                        lowest = figure(lo)
                    ),
                    Some((only, _)) => {
                        t_string!(
                            i18n,
                            describe.coloured_only,
                            name = name,
                            only = figure(only)
                        )
                    }
                    None => t_string!(i18n, describe.coloured_none, name = name),
                });
                if part.missing > 0 {
                    text.push(' ');
                    text.push_str(&t_string!(i18n, describe.missing, n = n(part.missing)));
                }
            }
            Some(text)
        })
    };
    view! {
        <details class="map-description">
            <summary>{t_string!(i18n, describe.summary)}</summary>
            <p id="map-description">{text}</p>
        </details>
    }
}
