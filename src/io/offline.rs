//! Offline use: registers the service worker (`sw.js`, written at build time with the list of
//! files to keep, see `scripts/sw-precache.mjs`).

use wasm_bindgen_futures::JsFuture;

/// Registers the service worker and waits until one is active, i.e. until the app's files
/// are stored for use offline. `false` where there is no service worker (plain http on a
/// LAN, private modes, the test runner).
pub async fn register() -> bool {
    let navigator = leptos::prelude::window().navigator();
    // Not unasked for a visitor who pays by the byte (Save-Data): the copy is 3 MB.
    if saves_data() {
        return false;
    }
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return false;
    }
    let container = navigator.service_worker();
    // Relative: the worker's scope is the folder the app is served from.
    if JsFuture::from(container.register("sw.js")).await.is_err() {
        return false;
    }
    match container.ready() {
        Ok(ready) => JsFuture::from(ready).await.is_ok(),
        Err(_) => false,
    }
}

/// Whether the browser asks to save data (Save-Data, `navigator.connection.saveData`).
pub fn saves_data() -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    js_sys::Reflect::get(&navigator, &"connection".into())
        .ok()
        .filter(|c| c.is_object())
        .and_then(|c| js_sys::Reflect::get(&c, &"saveData".into()).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}
