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
use crate::core::derive::filter;
use crate::core::geo::viewport::Viewport;
use crate::core::geo::{wants_detail, MapGeometry};
use crate::core::link::{self, Known, UrlState};
use crate::ui::map::MapInstrument;

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

/// Logs what of the link was ignored and lists it in the page's warnings, once each: a person
/// who followed a mangled link learns why the view is not the one they were sent.
fn warn(data: Data, messages: Vec<String>) {
    for m in &messages {
        leptos::logging::warn!("{m}");
    }
    data.warn(messages);
}

/// Reads a query string into a state the loaded data can show.
fn read(s: &Linked, search: &str) -> UrlState {
    let (parsed, warnings) = link::parse(search);
    warn(s.data, warnings);
    let dataset = s.data.dataset.get_untracked();
    let dataset = dataset.ready();
    let places = s.derived.places.get_untracked();
    let map = s.data.map.get_untracked();
    let map = map.ready();
    let is_entity = |id: &str| dataset.is_some_and(|d| d.entity(id).is_some());
    let detail = s.data.detail.get_untracked();
    let in_map = |m: &MapGeometry, id: &str| m.shapes.iter().any(|s| s.id == id);
    // Small countries (Andorra…) are only in the 1:50m map, which a zoomed-in link loads: keep
    // the id until it has loaded (`drop_unknown_selection` checks it then).
    let detail_coming = detail.is_none()
        && parsed.zoom.is_some_and(|z| {
            MapInstrument::current().is_some_and(|m| {
                let l = m.limits();
                wants_detail(l.from_link_zoom(z), m.px_per_unit(), m.home_view().k, true)
            })
        });
    let is_country = |id: &str| {
        is_entity(id)
            || map.is_some_and(|m| in_map(m, id))
            || detail.as_ref().is_some_and(|m| in_map(m, id))
            || detail_coming
    };
    let is_region = |r: &str| filter::is_region(&places, r);
    let is_area = |a: &str| dataset.is_some_and(|d| d.issue_area(a).is_some());
    let is_indicator = |i: &str| dataset.is_some_and(|d| d.indicator(i).is_some());
    let known = Known {
        is_country: &is_country,
        is_entity: &is_entity,
        is_region: &is_region,
        is_area: &is_area,
        is_indicator: &is_indicator,
    };
    let (clean, warnings) = link::sanitize(parsed, &known);
    warn(s.data, warnings);
    clean
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

fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.with_untracked(|v| *v != value) {
        signal.set(value);
    }
}

/// Where a link's view puts the map: its zoom and centre, else (the first time) its entity,
/// else the map's first view.
fn camera_for(s: &Linked, map: &MapInstrument, url: &UrlState, first: bool) -> Option<Viewport> {
    let selection_changes = s.view.selected.with_untracked(|sel| *sel != url.country);
    let is_entity = |id: &str| {
        s.data
            .dataset
            .with_untracked(|d| d.ready().is_some_and(|d| d.entity(id).is_some()))
    };
    let to_entity = url.country.as_deref().is_some_and(is_entity);
    let explicit = url.zoom.is_some() || url.center.is_some();
    // The first view wrote its own zoom and centre into the link (rounded): the map stays as
    // the visitor left it, not moved by the rounding.
    if explicit && first && map.zoom_and_centre() == (url.zoom, url.center) {
        return Some(map.view());
    }
    let l = map.limits();
    if explicit && (first || !selection_changes || !to_entity) {
        let g = map.geometry();
        let (lat, lon) = url.center.unwrap_or_else(|| {
            let here = g.centre_of(&map.view(), &l);
            here.map_or((0.0, 0.0), |(lon, lat)| (lat, lon))
        });
        let k = l.from_link_zoom(url.zoom.unwrap_or(1.0));
        return Some(g.viewport_at(k, lon, lat, &l));
    }
    if first {
        return Some(
            url.country
                .as_deref()
                .filter(|id| is_entity(id))
                .and_then(|id| map.view_of(id))
                .unwrap_or_else(|| map.view()),
        );
    }
    if selection_changes && to_entity {
        // The map's own selection effect zooms to the entity.
        return None;
    }
    Some(map.home_view())
}

/// Puts a link's state into the app. The first time, a selected entity is shown zoomed in
/// at once; later (Back/Forward, a tour's slide) the map animates there by itself.
pub fn apply(s: &Linked, url: UrlState, first: bool) {
    if let Some(map) = MapInstrument::current() {
        if let Some(v) = camera_for(s, &map, &url, first) {
            map.go_to(v, !first);
        }
    }
    let v = s.view;
    set_if_changed(v.selected, url.country);
    set_if_changed(v.filter, url.filter);
    set_if_changed(v.date, url.date);
    set_if_changed(v.indicator, url.indicator);
    set_if_changed(v.query, url.q);
    set_if_changed(v.tab, url.view);
    set_if_changed(v.compare, url.compare);
    set_if_changed(v.frame, url.frame);
}

/// Once the 1:50m map has loaded, a selection kept for it that it does not have is dropped.
fn drop_unknown_selection(s: Linked) {
    Effect::new(move || {
        let Some(detail) = s.data.detail.get() else {
            return;
        };
        let Some(id) = s.view.selected.get_untracked() else {
            return;
        };
        let in_map = |m: &MapGeometry| m.shapes.iter().any(|sh| sh.id == id);
        let known = s
            .data
            .dataset
            .with_untracked(|d| d.ready().is_some_and(|d| d.entity(&id).is_some()))
            || in_map(&detail)
            || s.data
                .map
                .with_untracked(|m| m.ready().is_some_and(|m| in_map(m)));
        if !known {
            warn(
                s.data,
                vec![format!(
                    "URL parameter country={id:?} ignored: not in the data"
                )],
            );
            s.view.selected.set(None);
        }
    });
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
