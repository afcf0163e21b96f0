//! An entity of the dataset and what it holds: its status history, laws, bodies, figures.

use std::collections::HashSet;

use super::parts::{cite, read_statement};
use crate::core::check::ids::{is_entity_id, ENTITY_RULE};
use crate::core::check::reader::{describe, Cx, Json, Obj, Path, Reported};
use crate::core::model::dataset::*;

/// An entity; left out only when its id, name, kind or status history is unusable. A bad
/// statement, law, body or figure is left out on its own. `figures`, when given, are the
/// entity's figures as already read (see `fast`), and `v` has none.
pub fn read_entity(
    v: &Json,
    p: Path,
    cx: &Cx,
    seen: &mut HashSet<String>,
    figures: Option<Vec<Figure>>,
) -> Option<Entity> {
    let e = Obj::new(v, p, cx)?;
    e.allow_only(&[
        "id",
        "name",
        "local_name",
        "local_lang",
        "kind",
        "parent",
        "status_history",
        "statements",
        "laws",
        "bodies",
        "figures",
    ]);
    let id = e.id(seen, is_entity_id, ENTITY_RULE);
    let kind = e.keyed("kind", &EntityKind::ALL, EntityKind::key);
    let parent = e.opt_str("parent");
    if kind == Some(EntityKind::Subnational) && parent.is_none() {
        cx.report(
            &e.at("parent"),
            "required for a subnational entity (the id of its country)",
        );
    }
    let status_history = read_history(&e);
    // Every field is read before `?`, so that all problems get reported.
    let name = e.str("name");
    let local_name = e.lenient_str("local_name");
    let local_lang = e.lenient_str("local_lang");
    let statements = e.list("statements", |v, p| read_statement(v, p, cx));
    let laws = e.list("laws", |v, p| read_law(v, p, cx));
    let bodies = e.list("bodies", |v, p| read_body(v, p, cx));
    let figures = figures.unwrap_or_else(|| e.list("figures", |v, p| read_figure(v, p, cx)));
    Some(Entity {
        id: id?,
        name: name?,
        local_name,
        local_lang,
        kind: kind?,
        parent,
        status_history: status_history?,
        statements,
        laws,
        bodies,
        figures,
    })
}

/// The status history, oldest first: without a usable entry, or out of order, the entity
/// cannot be placed in time and is left out.
fn read_history(e: &Obj<'_>) -> Option<Vec<StatusChange>> {
    let cx = e.cx;
    let present = e.required("status_history").is_some();
    let history = e.list("status_history", |v, p| read_status_change(v, p, cx));
    if present && history.is_empty() {
        cx.report(&e.at("status_history"), "needs at least one usable entry");
        return None;
    }
    for (i, pair) in history.windows(2).enumerate() {
        if pair[1].date < pair[0].date {
            cx.report(
                &format!("{}[{}].date", e.at("status_history"), i + 1),
                format!(
                    "entries must be oldest first ({} comes after {})",
                    pair[1].date, pair[0].date
                ),
            );
            return None;
        }
    }
    present.then_some(history)
}

fn read_status_change(v: &Json, p: Path, cx: &Cx) -> Option<StatusChange> {
    let s = Obj::new(v, p, cx)?;
    s.allow_only(&[
        "date",
        "status",
        "source",
        "more_sources",
        "certainty",
        "note",
    ]);
    let date = s.date("date");
    let status = s.keyed("status", &Status::ALL, Status::key);
    let cite = cite(&s);
    Some(StatusChange {
        date: date?,
        status: status?,
        cite: cite?,
    })
}

/// A law's year may be null only when the law is marked undated.
fn check_undated(o: &Obj<'_>, year: &Result<Option<i32>, Reported>, cite: &Option<Cite>) {
    if let (Ok(None), Some(c)) = (year, cite) {
        if c.certainty != Certainty::Undated {
            o.cx.report(
                &o.at("year"),
                "null is only allowed with \"certainty\": \"undated\"",
            );
        }
    }
}

fn read_law(v: &Json, p: Path, cx: &Cx) -> Option<Law> {
    let l = Obj::new(v, p, cx)?;
    l.allow_only(&[
        "title",
        "lang",
        "kind",
        "date",
        "year",
        "summary",
        "source",
        "more_sources",
        "certainty",
        "note",
        "issue_areas",
    ]);
    let kind = l.one_of("kind", &LAW_KINDS);
    let date = l.opt_date("date");
    let year = l.year("year");
    let cite = cite(&l);
    check_undated(&l, &year, &cite);
    let title = l.str("title");
    let lang = l.lenient_str("lang");
    let summary = l.str("summary");
    let issue_areas = l.refs("issue_areas", "issue area", &cx.areas);
    Some(Law {
        title: title?,
        lang,
        kind: kind?,
        date,
        year: year.ok()?,
        summary: summary?,
        cite: cite?,
        issue_areas,
    })
}

fn read_body(v: &Json, p: Path, cx: &Cx) -> Option<Body> {
    let b = Obj::new(v, p, cx)?;
    b.allow_only(&[
        "name",
        "lang",
        "kind",
        "since",
        "summary",
        "source",
        "more_sources",
        "certainty",
        "note",
    ]);
    let kind = b.one_of("kind", &BODY_KINDS);
    let name = b.str("name");
    let lang = b.lenient_str("lang");
    let since = b.opt_date("since");
    let summary = b.str("summary");
    let cite = cite(&b);
    Some(Body {
        name: name?,
        lang,
        kind: kind?,
        since,
        summary: summary?,
        cite: cite?,
    })
}

/// A figure's reference year, which every figure shown carries: one whose year is not known
/// is left out (an editor finds the year in a better source, or drops the figure).
fn reference_year(f: &Obj<'_>) -> Option<i32> {
    match f.year("year") {
        Ok(Some(y)) => Some(y),
        Ok(None) => {
            f.cx.report(
                &f.at("year"),
                "a figure needs its reference year (the year its data describe), not null; \
                 a figure whose year is not known is left out",
            );
            None
        }
        Err(_) => None,
    }
}

/// Figures beyond this are typing mistakes (the world has ~8e9 people).
pub(super) const MAX_FIGURE: f64 = 1e13;

/// What a figure may hold (`fast` keeps a figure's members in slots in this order).
pub(super) const FIGURE_FIELDS: [&str; 14] = [
    "indicator",
    "value",
    "qualifier",
    "year",
    "label",
    "kind",
    "stated_by",
    "source",
    "quote",
    "lang",
    "more_sources",
    "certainty",
    "note",
    "issue_areas",
];

pub(super) fn read_figure(v: &Json, p: Path, cx: &Cx) -> Option<Figure> {
    let f = Obj::new(v, p, cx)?;
    f.allow_only(&FIGURE_FIELDS);
    let indicator = f.reference("indicator", "indicator", &cx.indicators);
    let value = f.required("value").and_then(|v| match v.as_f64() {
        Some(x) if x.is_finite() && (0.0..=MAX_FIGURE).contains(&x) => Some(x),
        _ => {
            cx.report(
                &f.at("value"),
                format!(
                    "expected a number from 0 to {MAX_FIGURE:e}, got {}",
                    describe(v)
                ),
            );
            None
        }
    });
    let year = reference_year(&f);
    let kind = f.keyed("kind", &FigureKind::ALL, FigureKind::key);
    let cite = cite(&f);
    if cite
        .as_ref()
        .is_some_and(|c| c.certainty == Certainty::Undated)
    {
        cx.report(
            &f.at("certainty"),
            "a figure cannot be \"undated\": every figure shown carries its reference year",
        );
    }
    let qualifier = f.opt_str("qualifier");
    let label = f.str("label");
    let stated_by = f.lenient_str("stated_by");
    let quote = f.lenient_str("quote");
    let lang = f.lenient_str("lang");
    let issue_areas = f.refs("issue_areas", "issue area", &cx.areas);
    Some(Figure {
        indicator: indicator?,
        value: value?,
        qualifier,
        year: year?,
        label: label?,
        kind: kind?,
        stated_by,
        quote,
        lang,
        cite: cite?,
        issue_areas,
    })
}
