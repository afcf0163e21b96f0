//! The map, driven by the app's state: the looks of the entities (one memo, only changed
//! shapes touched), their accessible names, the selection, the title, and what the map hears
//! from the visitor (a selection, a rest after moving, the detailed boundaries).

use std::collections::HashMap;
use std::rc::Rc;

use leptos::prelude::*;

use crate::core::derive::membership::status_at;
use crate::core::geo::gesture::Context;
use crate::core::geo::home_region;
use crate::core::model::dataset::{Dataset, Status};
use crate::core::write::dom;
use crate::core::write::phrases::{fill, Phrases};
use crate::i18n::*;
use crate::ui::locale;
use crate::ui::map::{Hooks, MapInstrument, Texts, Tip};
use crate::ui::phrases::phrases;
use crate::ui::state::Load;
use crate::ui::url_sync::Linked;

/// "SSE jobs: 121,000 jobs (2023)", or that the indicator has no comparable figure.
fn figure_part(s: &Linked, p: &Phrases, d: &Dataset, id: &str, indicator: &str) -> Option<String> {
    let lang = s.derived.lang.get();
    let i = d.indicator(indicator)?;
    let name = d.indicator_name(lang, i).text;
    Some(match d.entity(id).and_then(|e| d.headline(e, indicator)) {
        Some(f) => format!("{name}: {} ({})", locale::figure(lang, d, f), f.year),
        None => fill(&p.no_data, &[("name", name)]),
    })
}

/// What the tooltip says about shape `id` (untracked: read on hover).
pub(crate) fn tip(s: &Linked, p: &Phrases, id: &str) -> Option<Tip> {
    untrack(|| {
        let lang = s.derived.lang.get();
        let d = s.derived.dataset();
        let entity = d.as_ref().and_then(|d| d.entity(id).map(|e| (d, e)));
        let Some((d, e)) = entity else {
            return Some(Tip {
                name: s.derived.shape_name(id)?,
                status: Some(p.status_sentence(Status::None).to_owned()),
                figure: None,
            });
        };
        let status = s
            .derived
            .as_of
            .get()
            .and_then(|date| status_at(e, date))
            .map(|at| {
                fill(
                    &p.status_since,
                    &[
                        ("status", p.status_sentence(at.status)),
                        ("date", &locale::date(lang, &at.since)),
                    ],
                )
            });
        // With an indicator chosen, its figure and definition; else the newest figure.
        let chosen = s.view.indicator.get();
        let figure = match &chosen {
            Some(i) => match d.headline(e, i) {
                Some(f) => Some(format!(
                    "{} ({}) — {}",
                    locale::figure(lang, d, f),
                    f.year,
                    f.label
                )),
                None => figure_part(s, p, d, id, i),
            },
            None => e
                .figures_newest_first()
                .first()
                .map(|f| format!("{} ({})", locale::figure(lang, d, f), f.year)),
        };
        Some(Tip {
            name: s.derived.name(&e.id, &e.name),
            status,
            figure,
        })
    })
}

/// Starts driving the page's map from the state, once the map is there.
pub fn wire(s: Linked) {
    let i18n = use_i18n();
    let ready = Memo::new(move |_| s.data.map.with(|m| matches!(m, Load::Ready(_))));
    // The templates follow the language.
    let templates = Memo::new(move |_| {
        s.derived.lang.track();
        phrases(i18n)
    });
    context(s, ready);
    hooks(s, ready, templates);
    looks(s, ready);
    labels(s, ready, templates);
    titles(s, ready, templates);
    home(s, ready);
    selection(s, ready);
    super::sheet::follow(s);
}

/// The gestures' context: embedded, presenting, the keyboard's platform.
fn context(s: Linked, ready: Memo<bool>) {
    Effect::new(move || {
        if !ready.get() {
            return;
        }
        let Some(map) = MapInstrument::current() else {
            return;
        };
        let frame = s.view.frame.get();
        map.set_context(Context {
            embedded: frame.embed,
            present: frame.present,
            mac: window()
                .navigator()
                .user_agent()
                .is_ok_and(|ua| ua.contains("Mac")),
        });
    });
}

/// What the map tells the app: a selection, a rest, a tooltip's text, the detailed
/// boundaries.
fn hooks(s: Linked, ready: Memo<bool>, templates: Memo<Phrases>) {
    Effect::new(move || {
        if !ready.get() {
            return;
        }
        let Some(map) = MapInstrument::current() else {
            return;
        };
        let owner = Owner::current();
        let describe = move |id: &str| {
            let run = || templates.with_untracked(|p| tip(&s, p, id));
            match &owner {
                Some(o) => o.with(run),
                None => run(),
            }
        };
        let detail = move |result: Result<usize, String>| match result {
            Ok(_) => s.data.detail.set(
                MapInstrument::current().and_then(|m| m.detail_geometry().map(std::sync::Arc::new)),
            ),
            Err(e) => s
                .data
                .warn([format!("{e} (the map keeps its less detailed boundaries)")]),
        };
        map.set_hooks(Hooks {
            select: Some(Rc::new(move |id: Option<String>| {
                // A country chosen on an embedded map shows its details (a link's choice
                // leaves the drawer as the host's visitor finds it).
                if id.is_some() {
                    crate::ui::handoff::unfold("embed-toggle");
                }
                crate::ui::handoff::forget_selection();
                s.view.selected.set(id);
            })),
            settled: Some(Rc::new(move |()| {
                s.page.settled.update(|n| *n = n.wrapping_add(1))
            })),
            describe: Some(Rc::new(describe)),
            detail: Some(Rc::new(detail)),
            engaged: None,
        });
        map.set_detail_url(Some(crate::ui::load::DETAIL_PATHS_URL.to_owned()));
    });
}

/// One memo of every entity's look; the map touches only the shapes that changed.
fn looks(s: Linked, ready: Memo<bool>) {
    Effect::new(move || {
        let looks = s.derived.looks.get();
        if ready.get() {
            if let Some(map) = MapInstrument::current() {
                map.set_looks(looks);
            }
        }
    });
}

/// The shapes' accessible names: "France, member[, SSE jobs: … (2019)]". They are heard, not
/// seen: written when the browser is idle, after the frame that shows a change. A change of
/// indicator or date names every entity again, with its figure (a fifth of the change's script
/// on the growth probe's 175 entities, 4x CPU), which delayed the map's repaint.
fn labels(s: Linked, ready: Memo<bool>, templates: Memo<Phrases>) {
    let scheduled = StoredValue::new(false);
    Effect::new(move || {
        // What the names read (`shape_labels`); they are written from the state as it is then.
        s.view.indicator.track();
        s.derived.statuses.track();
        s.derived.lang.track();
        s.data.dataset.track();
        s.data.names.track();
        templates.track();
        if !ready.get() || scheduled.get_value() {
            return;
        }
        scheduled.set_value(true);
        crate::ui::browser::when_idle(move || {
            // Nothing to name once the page's state is gone (a component test unmounted it).
            if scheduled.try_set_value(false).is_some() {
                return;
            }
            let Some(map) = MapInstrument::current() else {
                return;
            };
            map.set_labels(untrack(|| templates.with(|p| shape_labels(&s, p))));
        });
    });
}

/// Each entity's accessible name on the map (tracked).
pub(crate) fn shape_labels(s: &Linked, p: &Phrases) -> HashMap<String, String> {
    let indicator = s.view.indicator.get();
    let statuses = s.derived.statuses.get();
    s.data.dataset.with(|d| {
        let Some(d) = d.ready() else {
            return HashMap::new();
        };
        statuses
            .iter()
            .filter_map(|(id, status)| {
                let e = d.entity(id)?;
                let figure = indicator
                    .as_deref()
                    .and_then(|i| figure_part(s, p, d, id, i));
                let name = s.derived.name(&e.id, &e.name);
                Some((id.clone(), p.shape_label(&name, *status, figure.as_deref())))
            })
            .collect()
    })
}

/// The map's name, and its own texts.
fn titles(s: Linked, ready: Memo<bool>, templates: Memo<Phrases>) {
    let i18n = use_i18n();
    Effect::new(move || {
        if !ready.get() {
            return;
        }
        let Some(map) = MapInstrument::current() else {
            return;
        };
        map.set_title(&templates.with(|p| map_title(&s, p)));
        map.set_texts(Texts {
            two_fingers: t_string!(i18n, map.hint_two_fingers).to_owned(),
            ctrl_scroll: t_string!(i18n, map.hint_ctrl_scroll).to_owned(),
            cmd_scroll: t_string!(i18n, map.hint_cmd_scroll).to_owned(),
        });
    });
}

/// The map's name: its date and indicator (tracked).
pub(crate) fn map_title(s: &Linked, p: &Phrases) -> String {
    let lang = s.derived.lang.get();
    let indicator = s.view.indicator.get().and_then(|i| {
        s.data.dataset.with(|d| {
            let d = d.ready()?;
            Some(d.indicator_name(lang, d.indicator(&i)?).text.to_owned())
        })
    });
    p.map_title(s.derived.as_of_label().as_deref(), indicator.as_deref())
}

/// The region the map opens on follows the dataset (a host's own may be elsewhere).
fn home(s: Linked, ready: Memo<bool>) {
    Effect::new(move || {
        if !ready.get() {
            return;
        }
        let Some(map) = MapInstrument::current() else {
            return;
        };
        let ids: Vec<String> = s.derived.statuses.with(|st| st.keys().cloned().collect());
        // Before the dataset is there, the first view's own region stands.
        if ids.is_empty() {
            return;
        }
        let at_home = map.is_home();
        let g = map.geometry();
        map.set_home(home_region(&g, ids.iter().map(String::as_str)));
        if at_home {
            map.go_to(map.home_view(), false);
        }
    });
}

/// The selection: outlined, brought into view, its details unfolded.
fn selection(s: Linked, ready: Memo<bool>) {
    Effect::new(move |previous: Option<Option<String>>| {
        let selected = s.view.selected.get();
        // The layout shows a selection's details as a sheet on phones (assets/app.css). Not
        // until the link has been applied: until then the page's own answer stands (a tap or
        // the link's country, `assets/first.js`), which would lose its sheet and get it back.
        let applied = s.page.ready.get();
        if let Some(layout) = crate::ui::map::svg::document()
            .and_then(|d| d.get_element_by_id(dom::LAYOUT))
            .filter(|_| applied)
        {
            let _ = layout
                .class_list()
                .toggle_with_force(dom::SELECTED, selected.is_some());
        }
        if !ready.get() {
            return selected;
        }
        let Some(map) = MapInstrument::current() else {
            return selected;
        };
        map.set_selected(selected.clone());
        if previous.is_some() && selected.is_some() && previous.flatten() != selected {
            if let Some(id) = &selected {
                if s.derived.statuses.with_untracked(|st| st.contains_key(id)) {
                    // The sheet may have just opened over the map: framed above it.
                    super::sheet::measure(&map);
                    map.focus_on(id);
                }
                crate::ui::handoff::unfold("details-fold");
            }
        }
        selected
    });
}
