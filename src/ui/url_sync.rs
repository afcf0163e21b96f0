//! Keeps the address bar and the app state in step (the public URL API of `core::link`).
//!
//! The link is read once both files have loaded (ids are checked against them), and again on
//! Back/Forward. Every change of state writes the link: a new selection or view pushes a
//! history entry, anything else (filters, typing, zoom and pan) replaces the current one,
//! after a short pause so an animation does not flood the history API.

use std::time::Duration;

use std::cell::RefCell;

use leptos::prelude::*;

use super::state::{Data, Derived, Load, Page, View};
use crate::core::link::{self, UrlState};
use crate::ui::map::MapInstrument;

mod apply;

pub use apply::apply;
use apply::{drop_unknown_selection, read};

/// Pause before zoom, pan, typing or a filter is written to the link.
const SETTLE: Duration = Duration::from_millis(300);

/// The contexts the link mirrors.
#[derive(Clone, Copy)]
pub struct Linked {
    pub data: Data,
    pub view: View,
    pub derived: Derived,
    pub page: Page,
}

impl Linked {
    pub fn get() -> Self {
        Self {
            data: super::state::use_data(),
            view: super::state::use_view(),
            derived: super::state::use_derived(),
            page: super::state::use_page(),
        }
    }
}

/// The app's address without query (origin and path), for links and snippets.
pub fn page_base() -> Option<String> {
    let location = crate::ui::browser::window()?.location();
    Some(format!(
        "{}{}",
        location.origin().ok()?,
        location.pathname().ok()?
    ))
}

/// The link of `url` on this page.
pub fn href_of(base: &str, url: &UrlState) -> String {
    let query = link::print(url);
    if query.is_empty() {
        base.to_owned()
    } else {
        format!("{base}?{query}")
    }
}

/// The link of `url` relative to this page (`?…`, or `./` for the default view): the same
/// where the page is rendered at build time (`ui::prerender`) and in the browser.
pub fn relative_href(url: &UrlState) -> String {
    let query = link::print(url);
    if query.is_empty() {
        "./".to_owned()
    } else {
        format!("?{query}")
    }
}

/// The address of the current view (for "copy link": the address bar may lag behind by
/// `SETTLE`, the pause before the link is written).
pub fn current_href(view: View) -> Option<String> {
    Some(href_of(&page_base()?, &untrack(|| current(view))))
}

/// The current state as a link, without zoom and centre (tracked: does not wake on every
/// frame of a camera move).
pub fn current_view(view: View) -> UrlState {
    UrlState {
        country: view.selected.get(),
        filter: view.filter.get(),
        date: view.date.get(),
        indicator: view.indicator.get(),
        q: view.query.get(),
        view: view.tab.get(),
        compare: view.compare.get(),
        zoom: None,
        center: None,
        frame: view.frame.get(),
    }
}

/// The current state as a link (tracked, but for the map's view).
pub fn current(view: View) -> UrlState {
    let (zoom, center) = MapInstrument::current()
        .map(|m| m.zoom_and_centre())
        .unwrap_or_default();
    UrlState {
        zoom,
        center,
        ..current_view(view)
    }
}

thread_local! {
    static POPSTATE: RefCell<Option<crate::ui::map::Listener>> = const { RefCell::new(None) };
}

/// The address's query string, following Back and Forward. The page is one view whose state
/// is the query string: the browser's History API does all of it (a router's path matching and
/// link interception are not needed, and the latter took the skip links' clicks).
fn location_search() -> RwSignal<String> {
    let read = || window().location().search().unwrap_or_default();
    let search = RwSignal::new(read());
    let listener = crate::ui::map::Listener::new(window().as_ref(), "popstate", true, move |_| {
        search.set(read());
    });
    POPSTATE.with(|p| *p.borrow_mut() = Some(listener));
    search
}

/// Writes `href` into the address: a new history entry, or in place of the current one.
fn navigate(search: RwSignal<String>, href: &str, replace: bool) {
    let Ok(history) = window().history() else {
        return;
    };
    let _ = if replace {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
    };
    search.set(window().location().search().unwrap_or_default());
}

/// Link to state: the link the page opened with, once both files have loaded; then Back and
/// Forward. `written` is the query string last written or applied, with its state.
fn link_to_state(s: Linked, search: RwSignal<String>, written: StoredValue<(String, UrlState)>) {
    // The link, once both files have loaded.
    Effect::new(move || {
        let settled = !s.data.dataset.with(|d| matches!(d, Load::Loading))
            && !s.data.map.with(|m| matches!(m, Load::Loading));
        if !settled || s.page.ready.get_untracked() {
            return;
        }
        let search = search.get_untracked();
        let url = read(&s, &search);
        // The link as given: if it held junk, the first write replaces it with the clean one.
        written.set_value((search.trim_start_matches('?').to_owned(), url.clone()));
        apply(&s, url, true);
        s.page.ready.set(true);
    });

    // Back and Forward.
    Effect::new(move || {
        let search = search.get();
        if !s.page.ready.get_untracked() {
            return;
        }
        let query = search.trim_start_matches('?');
        if written.with_value(|(w, _)| w == query) {
            return;
        }
        let url = read(&s, query);
        written.set_value((query.to_owned(), url.clone()));
        apply(&s, url, false);
    });
}

/// Starts keeping link and state in step.
pub fn sync_url(s: Linked) {
    drop_unknown_selection(s);
    let search = location_search();
    let path = move || window().location().pathname().unwrap_or_default();
    // The query string last written or applied, and its selection and view.
    let written = StoredValue::new((String::new(), UrlState::default()));
    // Whether a replace is scheduled.
    let pending = StoredValue::new(false);
    // Whether changes came while the app took over the first view, not written yet.
    let held = StoredValue::new(false);

    link_to_state(s, search, written);

    // State to link. While the map moves, at most one write per pause (a throttle): no work
    // beyond one comparison per animation frame.
    let write = move |replace: bool, keep: Keep| {
        let mut url = untrack(|| current(s.view));
        if keep != Keep::Nothing {
            written.with_value(|(_, last)| {
                url.country.clone_from(&last.country);
                url.view = last.view;
                url.frame.clone_from(&last.frame);
                if keep == Keep::Place {
                    (url.zoom, url.center) = (last.zoom, last.center);
                }
            });
        }
        let query = link::print(&url);
        if written.with_value(|(w, _)| *w == query) {
            return;
        }
        let path = path();
        let href = if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        };
        written.set_value((query, url));
        navigate(search, &href, replace);
    };
    Effect::new(move || {
        if !s.page.ready.get() {
            return;
        }
        if s.page.taking.get() {
            held.set_value(true);
            return;
        }
        let v = s.view;
        let country = v.selected.get();
        let tab = v.tab.get();
        // Each slide of a presentation is a history entry, like a selection.
        let slide = v.frame.with(|f| f.slide);
        v.filter.track();
        v.date.track();
        v.indicator.track();
        v.query.track();
        v.compare.track();
        v.frame.track();
        s.page.settled.track();
        let push = written.with_value(|(_, last)| {
            last.country != country || last.view != tab || last.frame.slide != slide
        });
        let taken_over = held.get_value();
        held.set_value(false);
        if push {
            if taken_over {
                // What the visitor chose in the first view (a filter, say) before a country:
                // in the entry Back returns to, where the map still was (it has moved to
                // the country since).
                write(true, Keep::Place);
            } else if pending.get_value() {
                write(true, Keep::Selection);
            }
            write(false, Keep::Nothing);
        } else if !pending.get_value() {
            pending.set_value(true);
            set_timeout(
                move || {
                    pending.set_value(false);
                    // Written with the rest once the app has taken over.
                    if s.page.taking.get_untracked() {
                        held.set_value(true);
                    } else {
                        write(true, Keep::Nothing);
                    }
                },
                SETTLE,
            );
        }
    });
}

/// What of the last link a replace keeps, ahead of a new entry: the changes other than the
/// selection and the view belong to the entry before it.
#[derive(Clone, Copy, PartialEq)]
enum Keep {
    Nothing,
    /// The selection, the view (table, chart) and the frame's slide.
    Selection,
    /// Those, and the map's zoom and centre.
    Place,
}
