//! The dataset's shared parts: sources, citations, the group, its events and statements.

use std::collections::HashSet;

use crate::core::check::ids::{is_slug, SLUG_RULE};
use crate::core::check::reader::{quoted, Cx, Json, Obj, Path};
use crate::core::check::text::{is_web_url, mirror_problem};
use crate::core::model::dataset::*;

/// A source; a link that is not `http:` or `https:` is left out, the source kept.
pub fn read_source(v: &Json, p: Path, cx: &Cx, seen: &mut HashSet<String>) -> Option<Source> {
    let s = Obj::new(v, p, cx)?;
    s.allow_only(&[
        "id",
        "title",
        "publisher",
        "url",
        "copy_consulted",
        "year",
        "lang",
    ]);
    let id = s.id(seen, is_slug, SLUG_RULE);
    let copy_consulted = cx.part(|| {
        s.opt_str("copy_consulted")
            .and_then(|u| web_link(&s, "copy_consulted", u))
    });
    // A publisher's document that is no longer online is cited by its publisher and title,
    // with the copy that was read: so the address may be left out only when a copy is given.
    let has_copy = s.present("copy_consulted").is_some();
    let url = cx.part(|| {
        let u = if has_copy {
            s.opt_str("url")?
        } else {
            s.str("url")?
        };
        let u = web_link(&s, "url", u)?;
        match mirror_problem(&u) {
            None => Some(u),
            Some(why) => {
                cx.report(
                    &s.at("url"),
                    format!("{why} (and the copy as \"copy_consulted\"); the link is left out"),
                );
                None
            }
        }
    });
    // A source stays citable when one of its texts is bad: a bad title gives way to the
    // publisher (or the link), so that the facts citing it are not left out with it.
    let year = cx.part(|| s.year("year").ok()).flatten();
    let publisher = cx.part(|| s.str("publisher"));
    let title = cx.part(|| s.str("title"));
    let lang = s.lenient_str("lang");
    let Some(title) = title.or_else(|| publisher.clone()).or_else(|| url.clone()) else {
        cx.report(
            &s.at("title"),
            "a source needs a title, a publisher or a link",
        );
        return None;
    };
    Some(Source {
        id: id?,
        title,
        publisher: publisher.unwrap_or_default(),
        url,
        copy_consulted,
        year,
        lang,
    })
}

/// `u` when it is an `http:` or `https:` address; else reported, and the link left out.
fn web_link(s: &Obj<'_>, key: &str, u: String) -> Option<String> {
    if is_web_url(&u) {
        return Some(u);
    }
    s.cx.report(
        &s.at(key),
        format!(
            "expected an http:// or https:// address, got {}; the link is left out",
            quoted(&u)
        ),
    );
    None
}

/// The sources of a fact: its source (required), further ones (a bad one is left out of the
/// list), its certainty and its note.
pub fn cite(o: &Obj<'_>) -> Option<Cite> {
    let source = o.reference("source", "source", &o.cx.sources);
    let more_sources = o.refs("more_sources", "source", &o.cx.sources);
    let certainty = match o.present("certainty") {
        None => Some(Certainty::Sourced),
        Some(_) => o.keyed("certainty", &Certainty::ALL, Certainty::key),
    };
    let note = o.opt_str("note");
    Some(Cite {
        source: source?,
        more_sources,
        certainty: certainty?,
        note,
    })
}

/// The group. Never left out whole: a field it cannot use is replaced (its name by the
/// file's title, a summary or source by none), so that its members stay on the map.
pub fn read_group(v: Option<&Json>, p: Path, cx: &Cx, title: Option<&str>) -> Group {
    let fallback = || {
        title
            .unwrap_or("International Leading Group on SSE")
            .to_owned()
    };
    let Some(g) = v.and_then(|v| cx.part(|| Obj::new(v, p.clone(), cx))) else {
        if v.is_none() {
            cx.note(
                &p.to_string(),
                "missing; the group is shown without its summary",
            );
        }
        return Group {
            name: fallback(),
            short_name: fallback(),
            ..Group::default()
        };
    };
    g.allow_only(&[
        "name",
        "short_name",
        "aliases",
        "summary",
        "source",
        "events",
        "statements",
    ]);
    let name = cx.part(|| g.str("name")).unwrap_or_else(fallback);
    Group {
        short_name: cx
            .part(|| g.str("short_name"))
            .unwrap_or_else(|| name.clone()),
        name,
        aliases: g.strings("aliases"),
        summary: cx.part(|| g.str("summary")).unwrap_or_default(),
        source: cx
            .part(|| g.reference("source", "source", &cx.sources))
            .unwrap_or_default(),
        events: g.list("events", |v, p| read_event(v, p, cx)),
        statements: g.list("statements", |v, p| read_statement(v, p, cx)),
    }
}

fn read_event(v: &Json, p: Path, cx: &Cx) -> Option<Event> {
    let e = Obj::new(v, p, cx)?;
    e.allow_only(&[
        "date",
        "title",
        "place",
        "summary",
        "source",
        "more_sources",
        "certainty",
        "note",
    ]);
    let date = e.date("date");
    let title = e.str("title");
    let place = e.lenient_str("place");
    let summary = e.str("summary");
    let cite = cite(&e);
    Some(Event {
        date: date?,
        title: title?,
        place,
        summary: summary?,
        cite: cite?,
    })
}

/// A statement; a bad quote is left out, and the statement with it only if nothing of what it
/// said is left (no quote and no summary).
pub fn read_statement(v: &Json, p: Path, cx: &Cx) -> Option<Statement> {
    let s = Obj::new(v, p, cx)?;
    s.allow_only(&[
        "person",
        "role",
        "organisation",
        "on_behalf_of",
        "date",
        "summary",
        "quotes",
        "lang",
        "source",
        "issue_areas",
    ]);
    let quotes = s.strings("quotes");
    let summary = s.lenient_str("summary");
    if quotes.is_empty() && summary.is_none() {
        cx.report(&s.at("summary"), "required when there is no quote");
    }
    let person = s.str("person");
    let role = s.str("role");
    let organisation = s.lenient_str("organisation");
    let on_behalf_of = s.lenient_str("on_behalf_of");
    let date = s.date("date");
    let lang = s.lenient_str("lang");
    let source = s.reference("source", "source", &cx.sources);
    let issue_areas = s.refs("issue_areas", "issue area", &cx.areas);
    Some(Statement {
        person: person?,
        role: role?,
        organisation,
        on_behalf_of,
        date: date?,
        summary,
        quotes,
        lang,
        source: source?,
        issue_areas,
    })
}
