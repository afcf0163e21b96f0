//! The embedded page's side of the height protocol (see `core::write::embed` and the README): it
//! posts its content height to the host page whenever that height changes, and only then.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::write::embed::height_message;
use crate::ui::state::AppState;

/// The host page, if the app runs in a frame.
fn host() -> Option<web_sys::Window> {
    let me = window();
    let parent = me.parent().ok().flatten()?;
    let (a, b): (&JsValue, &JsValue) = (parent.as_ref(), me.as_ref());
    (a != b).then_some(parent)
}

/// Starts posting height changes, once the embed frame is known.
pub fn post_height_changes(state: AppState) {
    let started = StoredValue::new(false);
    Effect::new(move || {
        if !state.frame.with(|f| f.embed) || started.get_value() {
            return;
        }
        let (Some(host), Some(root)) = (host(), document().document_element()) else {
            return;
        };
        started.set_value(true);
        let last = StoredValue::new(0u32);
        let observed = root.clone();
        let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |_| {
            let height = observed.get_bounding_client_rect().height();
            let Some(message) = height_message(height) else {
                return;
            };
            let px = height.ceil() as u32;
            if last.get_value() == px {
                return;
            }
            last.set_value(px);
            if let Ok(data) = js_sys::JSON::parse(&message) {
                // Any host may embed the map, and a height is no secret: "*" is the target.
                let _ = host.post_message(&data, "*");
            }
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            observer.observe(&root);
        }
        // Observes for the page's lifetime.
        on_resize.forget();
    });
}
