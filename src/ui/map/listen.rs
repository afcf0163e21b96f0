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

/// Runs `f` once after `ms` milliseconds. The closure is handed to JavaScript, which frees it
/// after the call: a timer that fires late can never call a freed closure.
pub fn after(ms: i32, f: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(f);
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms);
    }
}

/// Runs `f` at the next animation frame.
pub fn next_frame(f: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(f);
    if let Some(w) = web_sys::window() {
        let _ = w.request_animation_frame(callback.unchecked_ref());
    }
}

/// Whether the page is out of sight (a background tab), where timers are slowed to one a
/// second or less: work split into tasks for the visitor's sake is better done at once there.
pub fn hidden() -> bool {
    crate::ui::browser::document().is_some_and(|d| d.hidden())
}

/// Runs `f` in a task of its own, so that the browser may paint and handle input before it;
/// at once in a page out of sight (see [`hidden`]).
pub fn next_task(f: impl FnOnce() + 'static) {
    if hidden() {
        f();
    } else {
        after(0, f);
    }
}

/// Lets the browser paint and handle input before more work (a macrotask, not a microtask);
/// at once in a page out of sight (see [`hidden`]).
pub async fn yield_now() {
    if hidden() {
        return;
    }
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Milliseconds since the page started.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
