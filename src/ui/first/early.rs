//! What the page did before this module arrived (`assets/first.js`): it kept the visitor's taps
//! and answered them with what it held. This module takes them over once it listens, and
//! answers later ones through the same page function, so the early answer has one writer.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::map::MapInstrument;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = atlasEarly, js_name = take, catch)]
    fn js_take() -> Result<js_sys::Array, JsValue>;
    #[wasm_bindgen(js_namespace = atlasEarly, js_name = answer, catch)]
    fn js_answer(id: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(js_namespace = atlasEarly, js_name = loading, catch)]
    fn js_loading() -> Result<(), JsValue>;
}

/// Shows `id` chosen at once: marked on the map, its name heading the details, the rest
/// loading. A page without the first view's script has nothing to show it in: then nothing.
pub fn answer(id: &str) {
    let _ = js_answer(id);
}

/// Says in the page that the rest of the app is on its way.
pub fn show_loading() {
    let _ = js_loading();
}

/// Carries out what the visitor did before this module listened, in order: a country chosen
/// is chosen on the map (which loads the app), a button is clicked again now that its
/// listeners are there.
pub fn replay(map: &MapInstrument) {
    let Ok(queue) = js_take() else { return };
    for el in queue
        .iter()
        .filter_map(|v| v.dyn_into::<web_sys::Element>().ok())
    {
        match el.get_attribute("data-id") {
            Some(id) if el.tag_name().eq_ignore_ascii_case("path") => map.select(Some(id)),
            _ => {
                if let Some(button) = el.dyn_ref::<web_sys::HtmlElement>() {
                    button.click();
                }
            }
        }
    }
}
