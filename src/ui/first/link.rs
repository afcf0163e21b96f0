//! The link while only the first view runs: a zoom or a pan is written into the address (the
//! current entry replaced), so that a reload or a copied address keeps it.

use crate::core::link::{parse, print};
use crate::ui::map::MapInstrument;

/// Replaces the address with the current zoom and centre.
pub fn write_view() {
    let (Some(map), Some(w)) = (MapInstrument::current(), web_sys::window()) else {
        return;
    };
    let location = w.location();
    let (mut state, _) = parse(&location.search().unwrap_or_default());
    (state.zoom, state.center) = map.zoom_and_centre();
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
