//! The browser's window, or none: the app's components are also rendered natively at build
//! time (`ui::prerender`), where a call into the browser would panic. Code that may run while
//! a component renders asks here.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// The page's document.
pub fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// The scheduling the app's work is split with (the map's animations, the take-over's areas,
/// the fetches at idle).
/// Runs `f` once after `ms` milliseconds. The closure is handed to JavaScript, which frees it
/// after the call: a timer that fires late can never call a freed closure.
pub fn after(ms: i32, f: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(f);
    if let Some(w) = window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms);
    }
}

/// Runs `f` at the next animation frame.
pub fn next_frame(f: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(f);
    if let Some(w) = window() {
        let _ = w.request_animation_frame(callback.unchecked_ref());
    }
}

/// Runs `f` when the browser is idle: after the frame that shows a change is painted and the
/// input waiting is handled, within half a second at most. For work the visitor does not see,
/// such as the names assistive technology reads, so that it does not delay what they do see.
/// Without idle callbacks (Safari), a little later; at once in a page out of sight, whose
/// frames and idle periods wait until it is shown again.
pub fn when_idle(f: impl FnOnce() + 'static) {
    if hidden() {
        f();
        return;
    }
    let Some(w) = window() else {
        return;
    };
    let callback = Closure::once_into_js(f);
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(500);
    if w.request_idle_callback_with_options(callback.unchecked_ref(), &options)
        .is_err()
    {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 50);
    }
}

/// Whether the page is out of sight (a background tab), where timers are slowed to one a
/// second or less: work split into tasks for the visitor's sake is better done at once there.
pub fn hidden() -> bool {
    document().is_some_and(|d| d.hidden())
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
        if let Some(w) = window() {
            let _ = w.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
