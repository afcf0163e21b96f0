//! The page as it arrives, written by the app's own components (issue 20): rendered to HTML
//! natively at build time (`src/bin/first_view.rs`, feature `prerender`, which adds Leptos's
//! and leptos_i18n's `ssr`), in the default view's state, once per language. The app mounts
//! the same components over them when it takes over (`ui::atlas::take_over`), so the two
//! cannot disagree (`ui::areas` lists them). Then the frame around them (`ui::page`), once,
//! with every language's texts, around the default view's map (`core::write::first_view`).

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::check::names::Names;
use crate::core::derive::look::shape_class;
use crate::core::geo::MapGeometry;
use crate::core::link::Frame;
use crate::core::model::dataset::Dataset;
use crate::core::model::lang::Lang;
use crate::core::write::dom;
use crate::core::write::first_view::{self, Inputs};
use crate::core::write::phrases::Phrases;
use crate::i18n::use_i18n;
use crate::ui::areas::AREAS;
use crate::ui::locale::provide_locale;
use crate::ui::page::frame::PageFrame;
use crate::ui::page::map_frame::FirstMap;
use crate::ui::panels::details::DetailsPanel;
use crate::ui::panels::entity_details::EntityDetails;
use crate::ui::phrases::phrases;
use crate::ui::state::{provide_state, use_view, Load};

/// The built-in data the default view shows.
pub struct Loaded {
    pub dataset: Arc<Dataset>,
    pub map: Arc<MapGeometry>,
    pub names: Arc<Names>,
}

/// One language's rendering: each area's inner HTML (`ui::areas`), as the app renders it once
/// its data is there, and the sentence templates the map is written with.
pub struct Rendered {
    pub areas: Vec<(&'static str, String)>,
    pub phrases: Phrases,
}

/// The page's body: the frame with every language's areas, around the map written with
/// `Inputs`.
pub fn page(loaded: &Loaded, detail: &str, dataset_hash: &str) -> String {
    let rendered: Vec<(Lang, Rendered)> = Lang::ALL.map(|l| (l, render(loaded, l))).into();
    let phrases: Vec<(Lang, Phrases)> = rendered
        .iter()
        .map(|(l, r)| (*l, r.phrases.clone()))
        .collect();
    let view = first_view::map(&Inputs {
        dataset: &loaded.dataset,
        map: &loaded.map,
        names: &loaded.names,
        phrases: &phrases,
    });
    // Each area in every language, a `display: contents` wrapper each: the style sheet shows
    // the page's, and `assets/first.js` keeps only it, unwrapped.
    let areas = AREAS
        .map(|(id, _)| {
            let copies = rendered.iter().filter_map(|(l, r)| {
                let html = &r.areas.iter().find(|(a, _)| *a == id)?.1;
                Some(format!(
                    "<div class=\"{}\" {}=\"{}\">{html}</div>",
                    dom::ONE_LANG,
                    dom::DATA_L,
                    l.code()
                ))
            });
            (id, copies.collect::<String>())
        })
        .to_vec();
    let map = FirstMap {
        view,
        detail: detail.to_owned(),
    };
    let hash = dataset_hash.to_owned();
    Owner::new().with(|| view! { <PageFrame areas map dataset_hash=hash /> }.to_html())
}

/// The page's title and description in each language, as the app sets them
/// (`ui::locale::translate_page_chrome`): the boot script sets the page's before the first
/// paint, for the head is written once, in English.
pub fn head_texts() -> Vec<(Lang, String, String)> {
    use crate::i18n::td_string;
    Lang::ALL
        .map(|l| {
            let locale = crate::ui::locale::locale_of(l);
            (
                l,
                td_string!(locale, chrome.title).to_string(),
                td_string!(locale, chrome.description).to_string(),
            )
        })
        .into()
}

/// Each area's inner HTML in `lang` (`ui::areas`), and the phrases.
pub fn render(loaded: &Loaded, lang: Lang) -> Rendered {
    in_state(loaded, lang, None, || Rendered {
        areas: AREAS
            .into_iter()
            .map(|(id, area)| (id, area().to_html()))
            .collect(),
        phrases: phrases(use_i18n()),
    })
}

/// The details area's inner HTML in `lang` with shape `selected` chosen, as the app renders it
/// once that selection's code is there (`ui::panels::details`). The page fetches it for a
/// country chosen before the app has taken over (`assets/first.js`), so that the selection is
/// answered whole while the app's packs still load.
///
/// The one line that depends on the map's indicator (`chosen-figure`) is there for each
/// indicator, a `<template data-indicator>` each, where the line goes: the page keeps the
/// link's and drops the others.
pub fn details(loaded: &Loaded, lang: Lang, selected: &str) -> String {
    let plain = details_with(loaded, lang, selected, None);
    // Each indicator's line, where it goes: the renderings agree up to it.
    let mut at = None;
    let templates: String = loaded
        .dataset
        .indicators
        .iter()
        .filter_map(|i| {
            let with = details_with(loaded, lang, selected, Some(&i.id));
            let from = with.find(&format!("<p class=\"{}\">", dom::CHOSEN_FIGURE))?;
            let to = from + with[from..].find("</p>")? + "</p>".len();
            (plain.get(..from) == with.get(..from)).then_some(())?;
            at = Some(from);
            Some(format!(
                "<template {}=\"{}\">{}</template>",
                dom::DATA_INDICATOR,
                crate::core::write::embed::escape_attr(&i.id),
                &with[from..to]
            ))
        })
        .collect();
    match at {
        Some(at) => format!("{}{templates}{}", &plain[..at], &plain[at..]),
        None => plain,
    }
}

/// The view of a link to indicator `indicator` in `lang`, as the app renders it: each area that
/// differs from the default view's (`ui::areas`), a `<template data-area="…">` each, and the
/// map's entities, an element each in a `<template data-shapes>` with the shape's classes,
/// accessible name and tooltip figure, the map's name on the template. The page draws it for
/// such a link before the app has loaded (`assets/first.js`), so that the link needs no app.
/// `default` is `render(loaded, lang).areas`, rendered once for all of a language's indicators.
pub fn indicator_view(
    loaded: &Loaded,
    lang: Lang,
    default: &[(&str, String)],
    indicator: &str,
) -> String {
    in_state(loaded, lang, None, || {
        use_view().indicator.set(Some(indicator.to_owned()));
        let mut out = String::new();
        for (id, area) in AREAS {
            let html = area().to_html();
            if default.iter().all(|(a, h)| *a != id || *h != html) {
                out.push_str(&format!(
                    "<template {}=\"{id}\">{html}</template>",
                    dom::DATA_AREA
                ));
            }
        }
        let s = crate::ui::url_sync::Linked::get();
        let p = phrases(use_i18n());
        let labels = crate::ui::atlas::map::shape_labels(&s, &p);
        let looks = s.derived.looks.get();
        let mut ids: Vec<&String> = looks.keys().collect();
        ids.sort();
        let esc = crate::core::write::embed::escape_attr;
        let shapes: String = ids
            .into_iter()
            .map(|id| {
                let tip = crate::ui::atlas::map::tip(&s, &p, id);
                let figure = tip
                    .and_then(|t| t.figure)
                    .map_or_else(String::new, |f| format!(" data-figure=\"{}\"", esc(&f)));
                format!(
                    "<i {}=\"{}\" class=\"{}\" aria-label=\"{}\"{figure}></i>",
                    dom::DATA_ID,
                    esc(id),
                    shape_class(looks.get(id).copied()),
                    esc(labels.get(id).map_or("", String::as_str)),
                )
            })
            .collect();
        out.push_str(&format!(
            "<template {}=\"{}\">{shapes}</template>",
            dom::DATA_SHAPES,
            esc(&crate::ui::atlas::map::map_title(&s, &p))
        ));
        out
    })
}

fn details_with(loaded: &Loaded, lang: Lang, selected: &str, indicator: Option<&str>) -> String {
    in_state(loaded, lang, Some(selected), || {
        if let Some(i) = indicator {
            use_view().indicator.set(Some(i.to_owned()));
        }
        let panel = view! { <DetailsPanel /> }.to_html();
        // The selection's part is a lazy chunk behind a `Suspense`, whose `to_html` writes the
        // fallback: its component, rendered alone, goes in the fallback's place (the body is
        // the panel's last element).
        let body =
            view! { <EntityDetails dataset=loaded.dataset.clone() id=selected.to_owned() /> }
                .to_html();
        let open = format!("id=\"{}\"", dom::DETAILS_BODY);
        let inside = panel
            .find(&open)
            .and_then(|at| Some(at + panel[at..].find('>')? + 1));
        match (inside, panel.rfind("</div>")) {
            (Some(from), Some(to)) if from <= to => {
                format!("{}{body}{}", &panel[..from], &panel[to..])
            }
            _ => panel,
        }
    })
}

/// `f` run in the app's state in `lang`, with the built-in data loaded and `selected` chosen.
/// An executor that never runs what it is given (see `in_state`).
struct Unrun;

impl any_spawner::CustomExecutor for Unrun {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

fn in_state<T>(loaded: &Loaded, lang: Lang, selected: Option<&str>, f: impl FnOnce() -> T) -> T {
    // Effects and tasks do not run here; they are the app's, in the browser. Dropped unrun:
    // with a thread pool, leptos_i18n's effect ran after the rendering's owner was gone, and
    // its thread panicked (harmless, but printed in every build).
    let _ = any_spawner::Executor::init_custom_executor(Unrun);
    let owner = Owner::new();
    owner.with(|| {
        let frame = Frame {
            lang: Some(lang),
            ..Frame::default()
        };
        let (data, view, derived, _) = provide_state(frame, lang);
        provide_locale(derived.lang);
        data.loaded.set(Load::Ready(loaded.dataset.clone()));
        data.map.set(Load::Ready(loaded.map.clone()));
        data.names.set(loaded.names.clone());
        view.selected.set(selected.map(str::to_owned));
        // Rendered once, never updated: their reads need no tracking (Leptos would warn of
        // each in a debug build).
        let _once = leptos::reactive::diagnostics::SpecialNonReactiveZone::enter();
        f()
    })
}
