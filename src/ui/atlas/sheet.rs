//! On a phone the details open as a sheet over the map's lower part: the map frames the
//! selection in the part left visible, and again whenever the sheet is pulled up or down or
//! the screen turns.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::browser::after;
use crate::ui::map::svg::document;
use crate::ui::map::MapInstrument;
use crate::ui::url_sync::Linked;

/// How many pixels of the map's frame the details lie over: none where they are a rail.
fn covered_px() -> f64 {
    let Some(doc) = document() else {
        return 0.0;
    };
    let (Some(details), Some(frame)) = (
        doc.get_element_by_id("details"),
        doc.query_selector(".map-frame").ok().flatten(),
    ) else {
        return 0.0;
    };
    let floats = web_sys::window()
        .and_then(|w| w.get_computed_style(&details).ok().flatten())
        .and_then(|style| style.get_property_value("position").ok())
        .is_some_and(|p| p == "fixed");
    if !floats {
        return 0.0;
    }
    let (d, f) = (
        details.get_bounding_client_rect(),
        frame.get_bounding_client_rect(),
    );
    // Folded away (an embed's drawer) it covers nothing.
    if d.height() <= 0.0 || d.width() <= 0.0 {
        return 0.0;
    }
    (f.bottom() - d.top()).clamp(0.0, f.height())
}

/// Reads what the sheet covers now into the map (before framing a new selection).
pub fn measure(map: &MapInstrument) -> bool {
    map.set_covered(covered_px())
}

/// Frames the selection again when what the sheet covers changed.
fn reframe(s: Linked) {
    let Some(map) = MapInstrument::current() else {
        return;
    };
    if !measure(&map) {
        return;
    }
    let shown = s
        .view
        .selected
        .get_untracked()
        .filter(|id| s.derived.statuses.with_untracked(|st| st.contains_key(id)));
    if let Some(id) = shown {
        map.focus_on(&id);
    }
}

/// Watches the details' size for as long as the page lives. A drag resizes the sheet at every
/// frame: the map follows once it rests (150 ms).
pub fn follow(s: Linked) {
    let Some(details) = document().and_then(|d| d.get_element_by_id("details")) else {
        return;
    };
    let generation = std::rc::Rc::new(std::cell::Cell::new(0u32));
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| {
        let mine = generation.get().wrapping_add(1);
        generation.set(mine);
        let current = generation.clone();
        after(150, move || {
            if current.get() == mine {
                reframe(s);
            }
        });
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&details);
        // The observer and its callback live as long as the page, like the app's root.
        std::mem::forget(observer);
        callback.forget();
    }
}
