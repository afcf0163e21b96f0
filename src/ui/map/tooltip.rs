//! The hover (and tap) tooltip: name, status and one key figure. It sits beside the pointer on
//! the side with more room, so it never covers the country pointed at nor leaves the map.

use leptos::prelude::*;

use crate::core::derive::membership::status_at;
use crate::core::derive::stats::headline;
use crate::i18n::*;
use crate::ui::locale;
use crate::ui::panels::entity_details::status_sentence;
use crate::ui::state::use_app_state;

/// Gap between the pointer and the tooltip, in CSS px.
const OFFSET: f64 = 14.0;

#[component]
pub fn Tooltip() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let lang = state.lang.get_untracked();
    // The text depends only on which shape is hovered; the position follows every pointer
    // move without rebuilding the text.
    let hovered = Memo::new(move |_| state.hover.with(|h| h.as_ref().map(|h| h.id.clone())));
    let content = Memo::new(move |_| {
        let id = hovered.get()?;
        let as_of = state.as_of.get();
        let (name, status, figure) = state.dataset.with(|d| {
            let entity = d.ready().and_then(|d| d.entity(&id).map(|e| (d, e)));
            match entity {
                Some((d, e)) => {
                    let status = as_of.and_then(|date| status_at(e, date)).map(|s| {
                        t_string!(
                            i18n,
                            tooltip.status_since,
                            status = status_sentence(s.status),
                            date = locale::date(lang, &s.since)
                        )
                    });
                    // With an indicator chosen, its figure and definition; else the newest figure.
                    let chosen = state.indicator.get();
                    let figure = match &chosen {
                        Some(i) => headline(e, i),
                        None => e.figures_newest_first().first().copied(),
                    };
                    let figure = match figure {
                        Some(f) => {
                            let year = locale::year(lang, f);
                            let definition = chosen
                                .as_ref()
                                .map(|_| format!(" — {}", f.label))
                                .unwrap_or_default();
                            Some(format!(
                                "{} ({year}){definition}",
                                locale::figure(lang, d, f)
                            ))
                        }
                        None => chosen.as_ref().map(|i| {
                            let name = d
                                .indicator(i)
                                .map_or(i.as_str(), |i| d.indicator_name(lang, i).text);
                            t_string!(i18n, tooltip.no_data, name = name.to_owned())
                        }),
                    };
                    (Some(state.name(&e.id, &e.name)), status, figure)
                }
                None => (
                    None,
                    Some(status_sentence(crate::core::model::dataset::Status::None).to_owned()),
                    None,
                ),
            }
        });
        let name = name.or_else(|| state.shape_name(&id))?;
        Some((name, status, figure))
    });
    let style = move || {
        let hover = state.hover.get()?;
        let size = state.map.with(|m| m.ready().map(|m| (m.width, m.height)));
        let px = state.px_per_unit.get();
        let (w, h) = size.map_or((1000.0, 440.0), |(w, h)| (w * px, h * px));
        // Right of and below the pointer, unless that side is the short one.
        let left = hover.x < w / 2.0;
        let below = hover.y < h / 2.0;
        Some(format!(
            "{}:{:.0}px;{}:{:.0}px",
            if left { "left" } else { "right" },
            if left {
                hover.x + OFFSET
            } else {
                w - hover.x + OFFSET
            },
            if below { "top" } else { "bottom" },
            if below {
                hover.y + OFFSET
            } else {
                h - hover.y + OFFSET
            },
        ))
    };
    view! {
        <Show when=move || content.with(Option::is_some)>
            <div class="map-tooltip" role="tooltip" style=move || style().unwrap_or_default()>
                {move || {
                    content.get().map(|(name, status, figure)| view! {
                        <strong>{name}</strong>
                        {status.map(|s| view! { <span class="tooltip-status">{s}</span> })}
                        {figure.map(|f| view! { <span class="tooltip-figure">{f}</span> })}
                    })
                }}
            </div>
        </Show>
    }
}
