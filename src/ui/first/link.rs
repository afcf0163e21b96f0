//! The link while only the first view runs: a zoom or a pan is written into the address (the
//! current entry replaced), so that a reload or a copied address keeps it.

use crate::core::link::{parse, print, round2};
use crate::ui::map::MapInstrument;

/// The map's zoom and centre as a link writes them; nothing at the view the map opens on.
pub fn zoom_and_centre(map: &MapInstrument) -> (Option<f64>, Option<(f64, f64)>) {
    if map.is_home() {
        return (None, None);
    }
    let (v, l) = (map.view(), map.limits());
    let center = map
        .geometry()
        .centre_of(&v, &l)
        .map(|(lon, lat)| (round2(lat), round2(lon)));
    (Some(round2(l.link_zoom(v.k))), center)
}

/// Replaces the address with the current zoom and centre.
pub fn write_view() {
    let (Some(map), Some(w)) = (MapInstrument::current(), web_sys::window()) else {
        return;
    };
    let location = w.location();
    let (mut state, _) = parse(&location.search().unwrap_or_default());
    (state.zoom, state.center) = zoom_and_centre(&map);
    let query = print(&state);
    let path = location.pathname().unwrap_or_default();
    let href = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
    }
}
