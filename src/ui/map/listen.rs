//! Event listeners owned by the map: each one is removed when its owner drops it, so nothing
//! is leaked when the page rebuilds the rest of the screen around the map.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{AddEventListenerOptions, EventTarget};

/// A listener on `target` (or a size observer), removed on drop.
pub enum Listener {
    Event {
        target: EventTarget,
        kind: &'static str,
        closure: Closure<dyn FnMut(web_sys::Event)>,
    },
    Size(web_sys::ResizeObserver, Closure<dyn FnMut(js_sys::Array)>),
}

impl Listener {
    /// Listens to `kind` on `target`; `passive: false` lets the handler prevent the default
    /// (a wheel that zooms the map must not also scroll the page).
    pub fn new(
        target: &EventTarget,
        kind: &'static str,
        passive: bool,
        handler: impl FnMut(web_sys::Event) + 'static,
    ) -> Self {
        let closure = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
        let options = AddEventListenerOptions::new();
        options.set_passive(passive);
        let _ = target.add_event_listener_with_callback_and_add_event_listener_options(
            kind,
            closure.as_ref().unchecked_ref(),
            &options,
        );
        Self::Event {
            target: target.clone(),
            kind,
            closure,
        }
    }

    /// Keeps a size observer and its callback, disconnected on drop.
    pub fn keep(
        observer: web_sys::ResizeObserver,
        callback: Closure<dyn FnMut(js_sys::Array)>,
    ) -> Self {
        Self::Size(observer, callback)
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        match self {
            Self::Event {
                target,
                kind,
                closure,
            } => {
                let _ = target
                    .remove_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
            }
            Self::Size(observer, _) => observer.disconnect(),
        }
    }
}

/// Milliseconds since the page started.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
