//! The embedded page's side of the height protocol (see `core::write::embed` and the README): it
//! posts its content height to the host page whenever that height changes, and only then.
//! Plain DOM: it starts with the first view.

use std::cell::{Cell, RefCell};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::write::embed::height_message;
use crate::ui::map::Listener;

thread_local! {
    static OBSERVING: RefCell<Option<Listener>> = const { RefCell::new(None) };
}

/// The host page, if the app runs in a frame.
fn host() -> Option<web_sys::Window> {
    let me = web_sys::window()?;
    let parent = me.parent().ok().flatten()?;
    let (a, b): (&JsValue, &JsValue) = (parent.as_ref(), me.as_ref());
    (a != b).then_some(parent)
}

/// Starts posting height changes (once).
pub fn post_height_changes() {
    if OBSERVING.with(|o| o.borrow().is_some()) {
        return;
    }
    let (Some(host), Some(root)) = (
        host(),
        crate::ui::map::svg::document().and_then(|d| d.document_element()),
    ) else {
        return;
    };
    let last = Cell::new(0u32);
    let observed = root.clone();
    let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |_| {
        let height = observed.get_bounding_client_rect().height();
        let Some(message) = height_message(height) else {
            return;
        };
        let px = height.ceil() as u32;
        if last.replace(px) == px {
            return;
        }
        if let Ok(data) = js_sys::JSON::parse(&message) {
            // Any host may embed the map, and a height is no secret: "*" is the target.
            let _ = host.post_message(&data, "*");
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&root);
        OBSERVING.with(|o| *o.borrow_mut() = Some(Listener::keep(observer, on_resize)));
    }
}
