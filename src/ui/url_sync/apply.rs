//! Link to state: a link's query string read against the loaded data (what it cannot show
//! is dropped and said), and put into the app.

use leptos::prelude::*;

use super::Linked;
use crate::core::derive::filter;
use crate::core::geo::viewport::Viewport;
use crate::core::geo::{wants_detail, MapGeometry};
use crate::core::link::{self, Known, UrlState};
use crate::ui::map::MapInstrument;
use crate::ui::state::Data;

/// Logs what of the link was ignored and lists it in the page's warnings, once each: a person
/// who followed a mangled link learns why the view is not the one they were sent.
fn warn(data: Data, messages: Vec<String>) {
    for m in &messages {
        leptos::logging::warn!("{m}");
    }
    data.warn(messages);
}

/// Reads a query string into a state the loaded data can show.
pub(super) fn read(s: &Linked, search: &str) -> UrlState {
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
pub(super) fn drop_unknown_selection(s: Linked) {
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
