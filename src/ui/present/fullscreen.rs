//! The Fullscreen API, which a browser may refuse (no user gesture, iframes, kiosk settings):
//! the presentation layout fills the window anyway.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Whether the page is in full screen now.
pub fn is_fullscreen() -> bool {
    document().fullscreen_element().is_some()
}

/// Asks for full screen; `false` if the browser refused.
pub async fn enter() -> bool {
    let Some(root) = document().document_element() else {
        return false;
    };
    // web-sys drops the promise that says whether the browser agreed: call it directly.
    let Some(request) = js_sys::Reflect::get(&root, &"requestFullscreen".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return false;
    };
    match request.call0(&root) {
        Ok(p) => match p.dyn_into::<js_sys::Promise>() {
            Ok(p) => JsFuture::from(p).await.is_ok(),
            Err(_) => is_fullscreen(),
        },
        Err(_) => false,
    }
}

pub fn exit() {
    if is_fullscreen() {
        document().exit_fullscreen();
    }
}
