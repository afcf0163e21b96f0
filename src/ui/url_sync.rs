//! Keeps the address bar and the app state in step (the public URL API of `core::url`).
//!
//! The link is read once both files have loaded (ids are checked against them), and again on
//! Back/Forward. Every change of state writes the link: a new selection or view pushes a
//! history entry, anything else (filters, typing, zoom and pan) replaces the current one,
//! after a short pause so an animation does not flood the history API.

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use super::map::camera::{self, focus_view};
use super::map::world_map::DETAIL_K;
use super::state::{AppState, Load};
use crate::core::derive::filter::slug;
use crate::core::geo::viewport::Viewport;
use crate::core::geo::MapGeometry;
use crate::core::link::{self, round2, Known, UrlState};

/// Pause before zoom, pan, typing or a filter is written to the link.
const SETTLE: Duration = Duration::from_millis(300);

/// Logs what of the link was ignored and lists it in the page's warnings, once each: a person
/// who followed a mangled link learns why the view is not the one they were sent.
fn warn(state: &AppState, messages: &[String]) {
    if messages.is_empty() {
        return;
    }
    for m in messages {
        leptos::logging::warn!("{m}");
    }
    state.warnings.update(|w| {
        for m in messages {
            if !w.contains(m) {
                w.push(m.clone());
            }
        }
    });
}

/// Reads a query string into a state the loaded data can show.
fn read(state: &AppState, search: &str) -> UrlState {
    let (parsed, warnings) = link::parse(search);
    warn(state, &warnings);
    let dataset = state.dataset.get_untracked();
    let dataset = dataset.ready();
    let places = state.places.get_untracked();
    let map = state.map.get_untracked();
    let map = map.ready();
    let is_entity = |id: &str| dataset.is_some_and(|d| d.entity(id).is_some());
    let detail = state.detail.get_untracked();
    let in_map = |m: &MapGeometry, id: &str| m.shapes.iter().any(|s| s.id == id);
    // Small countries (Andorra…) are only in the 1:50m map, which a zoomed-in link loads: keep
    // the id until it has loaded (`drop_unknown_selection` checks it then).
    let detail_coming = detail.is_none() && parsed.zoom.is_some_and(|z| z >= DETAIL_K * 0.8);
    let is_country = |id: &str| {
        is_entity(id)
            || map.is_some_and(|m| in_map(m, id))
            || detail.as_ref().is_some_and(|m| in_map(m, id))
            || detail_coming
    };
    let is_region = |r: &str| {
        places
            .values()
            .filter(|p| p.region != "Antarctica")
            .any(|p| slug(&p.region) == r || slug(&p.subregion) == r)
    };
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
    warn(state, &warnings);
    clean
}

/// The app's address without query (origin and path), for links and snippets.
pub fn page_base() -> Option<String> {
    let location = window().location();
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

/// The address of the current view (for "copy link": the address bar may lag behind by
/// `SETTLE`, the pause before the link is written).
pub fn current_href(state: &AppState) -> Option<String> {
    Some(href_of(&page_base()?, &state_untracked(state)))
}

/// The current state as a link.
pub fn state_untracked(state: &AppState) -> UrlState {
    untrack(|| current(state))
}

/// The current state as a link, without zoom and centre (tracked: does not wake on every
/// frame of a camera move).
pub fn current_view(state: &AppState) -> UrlState {
    UrlState {
        country: state.selected.get(),
        filter: state.filter.get(),
        date: state.date.get(),
        indicator: state.indicator.get(),
        q: state.query.get(),
        view: state.view.get(),
        compare: state.compare.get(),
        zoom: None,
        center: None,
        frame: state.frame.get(),
    }
}

/// The current state as a link (tracked).
pub fn current(state: &AppState) -> UrlState {
    let viewport = state.viewport.get();
    let zoomed = viewport.k > 1.001;
    let center = if zoomed {
        state.map.with(|m| {
            m.ready()
                .and_then(|m| m.centre_of(&viewport, &m.limits(m.height)))
                .map(|(lon, lat)| (round2(lat), round2(lon)))
        })
    } else {
        None
    };
    UrlState {
        zoom: zoomed.then(|| round2(viewport.k)),
        center,
        ..current_view(state)
    }
}

fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.with_untracked(|v| *v != value) {
        signal.set(value);
    }
}

/// Puts a link's state into the app. The first time, a selected entity is shown zoomed in
/// at once; later (Back/Forward, a tour's slide) the map animates there by itself.
pub fn apply(state: &AppState, url: UrlState, first: bool) {
    let selection_changes = state.selected.with_untracked(|s| *s != url.country);
    let is_entity = |id: &str| {
        state
            .dataset
            .with_untracked(|d| d.ready().is_some_and(|d| d.entity(id).is_some()))
    };
    let to_entity = url.country.as_deref().is_some_and(is_entity);
    let geometry = state.map.with_untracked(|m| m.ready().cloned());
    if let Some(g) = &geometry {
        let explicit = url.zoom.is_some() || url.center.is_some();
        let target = if explicit && (first || !selection_changes || !to_entity) {
            let (lat, lon) = url.center.unwrap_or_else(|| {
                let here = g.centre_of(&state.viewport.get_untracked(), &g.limits(g.height));
                here.map_or((0.0, 0.0), |(lon, lat)| (lat, lon))
            });
            Some(g.viewport_at(url.zoom.unwrap_or(1.0), lon, lat, &g.limits(g.height)))
        } else if first {
            url.country
                .as_deref()
                .filter(|id| is_entity(id))
                .and_then(|id| focus_view(g, id))
        } else if selection_changes && to_entity {
            // The map's own selection effect zooms to the entity.
            None
        } else {
            Some(Viewport::IDENTITY)
        };
        match target {
            Some(v) if first => set_if_changed(state.viewport, v),
            Some(v) => camera::animate_to(*state, v),
            None => {}
        }
    }
    set_if_changed(state.selected, url.country);
    set_if_changed(state.filter, url.filter);
    set_if_changed(state.date, url.date);
    set_if_changed(state.indicator, url.indicator);
    set_if_changed(state.query, url.q);
    set_if_changed(state.view, url.view);
    set_if_changed(state.compare, url.compare);
    set_if_changed(state.frame, url.frame);
}

/// Once the 1:50m map has loaded, a selection kept for it that it does not have is dropped.
fn drop_unknown_selection(state: AppState) {
    Effect::new(move || {
        let Some(detail) = state.detail.get() else {
            return;
        };
        let Some(id) = state.selected.get_untracked() else {
            return;
        };
        let known = state
            .dataset
            .with_untracked(|d| d.ready().is_some_and(|d| d.entity(&id).is_some()))
            || detail.shapes.iter().any(|s| s.id == id)
            || state.map.with_untracked(|m| {
                m.ready()
                    .is_some_and(|m| m.shapes.iter().any(|s| s.id == id))
            });
        if !known {
            warn(
                &state,
                &[format!(
                    "URL parameter country={id:?} ignored: not in the data"
                )],
            );
            state.selected.set(None);
        }
    });
}

/// Starts keeping link and state in step. Call inside the `<Router>`.
pub fn sync_url(state: AppState) {
    drop_unknown_selection(state);
    let location = use_location();
    let navigate = use_navigate();
    // The query string last written or applied, and its selection and view.
    let written = StoredValue::new((String::new(), UrlState::default()));
    // Whether a replace is scheduled.
    let pending = StoredValue::new(false);

    // The link, once both files have loaded.
    Effect::new(move || {
        let settled = !state.dataset.with(|d| matches!(d, Load::Loading))
            && !state.map.with(|m| matches!(m, Load::Loading));
        if !settled || state.ready.get_untracked() {
            return;
        }
        let search = location.search.get_untracked();
        let url = read(&state, &search);
        // The link as given: if it held junk, the first write replaces it with the clean one.
        written.set_value((search.trim_start_matches('?').to_owned(), url.clone()));
        apply(&state, url, true);
        state.ready.set(true);
    });

    // Back and Forward.
    Effect::new(move || {
        let search = location.search.get();
        if !state.ready.get_untracked() {
            return;
        }
        let query = search.trim_start_matches('?');
        if written.with_value(|(w, _)| w == query) {
            return;
        }
        let url = read(&state, query);
        written.set_value((query.to_owned(), url.clone()));
        apply(&state, url, false);
    });

    // State to link. While the map moves, at most one write per pause (a throttle): no work
    // beyond one comparison per animation frame.
    let write = {
        let navigate = navigate.clone();
        // `keep_selection`: write the other changes under the previous selection and view (a
        // pending replace that a new selection would otherwise lose).
        move |replace: bool, keep_selection: bool| {
            let mut url = state_untracked(&state);
            if keep_selection {
                written.with_value(|(_, last)| {
                    url.country.clone_from(&last.country);
                    url.view = last.view;
                    url.frame.clone_from(&last.frame);
                });
            }
            let query = link::print(&url);
            if written.with_value(|(w, _)| *w == query) {
                return;
            }
            let path = location.pathname.get_untracked();
            let href = if query.is_empty() {
                path
            } else {
                format!("{path}?{query}")
            };
            written.set_value((query, url));
            navigate(
                &href,
                NavigateOptions {
                    resolve: false,
                    replace,
                    scroll: false,
                    ..NavigateOptions::default()
                },
            );
        }
    };
    Effect::new(move || {
        if !state.ready.get() {
            return;
        }
        let country = state.selected.get();
        let view = state.view.get();
        // Each slide of a presentation is a history entry, like a selection.
        let slide = state.frame.with(|f| f.slide);
        state.filter.track();
        state.date.track();
        state.indicator.track();
        state.query.track();
        state.compare.track();
        state.viewport.track();
        state.frame.track();
        let push = written.with_value(|(_, last)| {
            last.country != country || last.view != view || last.frame.slide != slide
        });
        if push {
            if pending.get_value() {
                write(true, true);
            }
            write(false, false);
        } else if !pending.get_value() {
            pending.set_value(true);
            let write = write.clone();
            set_timeout(
                move || {
                    pending.set_value(false);
                    write(true, false);
                },
                SETTLE,
            );
        }
    });
}
