//! The fold buttons of the first view's screen areas: the side rails on wide screens, the
//! drawer of an embedded map. They only change the layout, so the first view flips them
//! itself, and keeps doing so once the app has loaded.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use crate::core::write::dom;
use crate::ui::map::Listener;

thread_local! {
    static LISTENERS: RefCell<Vec<Listener>> = const { RefCell::new(Vec::new()) };
}

/// The fold buttons and the class each sets on the layout when folded (or open).
const FOLDS: [(&str, &str, bool); 3] = [
    (dom::CONTROLS_FOLD, dom::CONTROLS_FOLDED, false),
    ("details-fold", "details-folded", false),
    ("embed-toggle", "drawer-open", true),
];

/// Listens on the whole page: the app's live areas bring their own copies of the buttons.
pub fn listen(doc: &Document) {
    let listener = Listener::new(doc.as_ref(), "click", true, |e| {
        let Some(button) = e
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("button.fold").ok().flatten())
        else {
            return;
        };
        let id = button.id();
        if let Some((_, class, opens)) = FOLDS.iter().find(|(b, _, _)| *b == id) {
            let expanded = button.get_attribute("aria-expanded").as_deref() == Some("true");
            set(&button, class, *opens, !expanded);
        }
    });
    LISTENERS.with(|l| *l.borrow_mut() = vec![listener]);
}

/// Opens (`expanded`) or folds the area of fold button `button`.
fn set(button: &Element, class: &str, opens: bool, expanded: bool) {
    let _ = button.set_attribute("aria-expanded", if expanded { "true" } else { "false" });
    if let Some(layout) =
        crate::ui::map::svg::document().and_then(|d| d.get_element_by_id(dom::LAYOUT))
    {
        let _ = layout
            .class_list()
            .toggle_with_force(class, expanded == opens);
    }
}

/// Unfolds the area of fold button `id` (a selection shows its details).
pub fn unfold(id: &str) {
    let Some(doc) = crate::ui::map::svg::document() else {
        return;
    };
    let Some(button) = doc.get_element_by_id(id) else {
        return;
    };
    if let Some((_, class, opens)) = FOLDS.iter().find(|(b, _, _)| *b == id) {
        set(&button, class, *opens, true);
    }
}
