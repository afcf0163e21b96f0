//! The first view's details: the group itself (what it is, its milestones, the agencies'
//! statements, the issue areas), with the same markup as `ui::panels::group_overview` and
//! its parts (`fact_item`, `statement`, `cite`).

use super::shell::toggle;
use super::text::Ml;
use super::Scene;
use crate::core::model::dataset::{Certainty, Cite, Statement};
use crate::core::model::lang::Lang;
use crate::core::write::embed::escape_attr;
use crate::core::write::format::safe_href;
use crate::core::write::phrases::fill;
use crate::core::write::words;

/// "Source: UN-NGLS, 2014" (linked), as `SourceLinks` writes it.
fn sources(s: &Scene, ids: &[String]) -> String {
    let d = s.inputs.dataset;
    let label = s.t(if ids.len() > 1 {
        "cite.sources"
    } else {
        "cite.source"
    });
    let links: Vec<String> = ids
        .iter()
        .map(|id| match d.source(id) {
            Some(src) => {
                let text = match src.year {
                    Some(y) => format!("{}, {y}", src.publisher),
                    None => src.publisher.clone(),
                };
                let copy = src
                    .copy_consulted
                    .as_deref()
                    .and_then(safe_href)
                    .map(|href| {
                        format!(
                            " (<a class=\"copy-consulted\" href=\"{}\" rel=\"noopener noreferrer\" target=\"_blank\">{}</a>)",
                            escape_attr(href),
                            s.t("cite.copy_consulted").html()
                        )
                    })
                    .unwrap_or_default();
                let main = match src.url.as_deref().and_then(safe_href) {
                    Some(href) => format!(
                        "<a href=\"{}\" title=\"{}\" rel=\"noopener noreferrer\" target=\"_blank\">{}</a>",
                        escape_attr(href),
                        escape_attr(&src.title),
                        escape_attr(&text)
                    ),
                    None => format!(
                        "<span title=\"{}\">{}</span>",
                        escape_attr(&src.title),
                        escape_attr(&text)
                    ),
                };
                format!("{main}{copy}")
            }
            None => format!("<span>{}</span>", escape_attr(id)),
        })
        .collect();
    format!(
        "<span class=\"sources\">{} {}</span>",
        label.html(),
        links.join("; ")
    )
}

/// A citation line, as `CiteLine` writes it.
fn cite_line(s: &Scene, cite: &Cite) -> String {
    let badge = match cite.certainty {
        Certainty::Sourced => String::new(),
        c => format!(
            "<span class=\"badge badge-{}\">{}</span>",
            c.key(),
            s.t(if c == Certainty::Disputed {
                "cite.disputed"
            } else {
                "cite.undated"
            })
            .html()
        ),
    };
    let mut ids = vec![cite.source.clone()];
    ids.extend(cite.more_sources.iter().cloned());
    let note = cite
        .note
        .as_ref()
        .map(|n| {
            format!(
                "<span class=\"cite-note\" lang=\"en\">{}</span>",
                escape_attr(n)
            )
        })
        .unwrap_or_default();
    format!("<p class=\"cite\">{badge}{}{note}</p>", sources(s, &ids))
}

/// A statement card, as `StatementCard` writes it.
fn statement(s: &Scene, st: &Statement) -> String {
    let d = s.inputs.dataset;
    let quote_lang = st.lang.clone().unwrap_or_else(|| "en".to_owned());
    let en = |t: &str| format!("<span lang=\"en\">{}</span>", escape_attr(t));
    let role = match (&st.organisation, &st.on_behalf_of) {
        (Some(org), _) => en(&format!("{}, {org}", st.role)),
        (None, Some(who)) => Ml::by(|l| {
            fill(
                &escape_attr(&s.inputs.locales.get(l, "statement.role_for")),
                &[("role", &en(&st.role)), ("who", &en(who))],
            )
        })
        .0
        .iter()
        .zip(Lang::ALL)
        .map(|((html, _), l)| format!("<span data-l=\"{}\">{html}</span>", l.code()))
        .collect(),
        (None, None) => en(&st.role),
    };
    let date = Ml::by(|l| words::date(l, &st.date));
    let quotes: String = st
        .quotes
        .iter()
        .map(|q| {
            format!(
                "<blockquote lang=\"{}\"><p>{}</p></blockquote>",
                escape_attr(&quote_lang),
                escape_attr(q)
            )
        })
        .collect();
    let areas: Vec<_> = st
        .issue_areas
        .iter()
        .filter_map(|a| d.issue_area(a))
        .collect();
    let tags = if areas.is_empty() {
        String::new()
    } else {
        // Per page language: the names joined, each marked with its own language.
        let list = Lang::ALL
            .iter()
            .map(|&l| {
                let parts: Vec<String> = areas
                    .iter()
                    .map(|a| {
                        let n = d.area_name(l, a);
                        format!(
                            "<span lang=\"{}\">{}</span>",
                            n.lang.code(),
                            escape_attr(n.text)
                        )
                    })
                    .collect();
                format!("<span data-l=\"{}\">{}</span>", l.code(), parts.join("; "))
            })
            .collect::<String>();
        format!(
            "<p class=\"tags\">{} {list}</p>",
            s.t("statement.issue_areas").html()
        )
    };
    format!(
        "<article class=\"statement\"><h4 class=\"statement-person\">{person}</h4>\
<p class=\"statement-role\">{role}, <time datetime=\"{dt}\">{date}</time></p>{summary}{quotes}{tags}\
<p class=\"cite\">{src}</p></article>",
        person = escape_attr(&st.person),
        dt = st.date,
        date = date.html(),
        summary = st
            .summary
            .as_ref()
            .map(|t| format!("<p class=\"statement-summary\" lang=\"en\">{}</p>", escape_attr(t)))
            .unwrap_or_default(),
        src = sources(s, std::slice::from_ref(&st.source)),
    )
}

/// The details rail with the group's overview.
pub fn details(s: &Scene) -> String {
    let d = s.inputs.dataset;
    let g = &d.group;
    let title = Ml::localized(|l| d.group_name(l));
    let lead = Ml::localized(|l| d.text(l, "group.summary", &g.summary));
    let aliases = if g.aliases.is_empty() {
        String::new()
    } else {
        let names = g.aliases.join(", ");
        format!(
            "<p class=\"aliases\">{}</p>",
            s.inputs
                .locales
                .t_with("overview.aliases", |_| vec![("names", names.clone())])
                .html()
        )
    };
    let events: String = g
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let title = Ml::localized(|l| d.text(l, &format!("event.{i}.title"), &e.title));
            let summary = Ml::localized(|l| d.text(l, &format!("event.{i}.summary"), &e.summary));
            let meta = Ml::by(|l| {
                let date = words::date(l, &e.date);
                match &e.place {
                    Some(p) => format!("{date} · {p}"),
                    None => date,
                }
            });
            format!(
                "<li class=\"fact\"><p class=\"fact-title\">{}</p><p class=\"fact-meta\">{}</p><p>{}</p>{}</li>",
                title.html(),
                meta.html(),
                summary.html(),
                cite_line(s, &e.cite)
            )
        })
        .collect();
    let statements: String = g.statements.iter().map(|st| statement(s, st)).collect();
    let areas: String = d
        .issue_areas
        .iter()
        .map(|a| format!("<li>{}</li>", Ml::localized(|l| d.area_name(l, a)).html()))
        .collect();
    let area_source = d
        .issue_areas
        .first()
        .map(|a| {
            format!(
                "<p class=\"cite\">{}</p>",
                sources(s, std::slice::from_ref(&a.source))
            )
        })
        .unwrap_or_default();
    format!(
        "<div class=\"details-head\"><h2 id=\"details-title\" tabindex=\"-1\">{title}</h2>{fold}</div>\
<div class=\"details-body\" id=\"details-body\"><p class=\"lead\">{lead}</p>{aliases}\
<p class=\"cite\">{source}</p><p class=\"hint\">{hint}</p>\
<h3>{milestones}</h3><ol class=\"events\">{events}</ol>\
<h3>{agencies}</h3>{statements}<h3>{areas_title}</h3><ol class=\"areas\">{areas}</ol>{area_source}</div>",
        title = title.html(),
        fold = toggle("details-fold", "details-body", &s.t("rail.fold_details"), true),
        lead = lead.html(),
        source = sources(s, std::slice::from_ref(&g.source)),
        hint = s.t("overview.hint").html(),
        milestones = s.t("overview.milestones").html(),
        agencies = s.t("overview.agencies").html(),
        areas_title = s.t("overview.areas").html(),
    )
}
