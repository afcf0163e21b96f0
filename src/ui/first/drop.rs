//! A dataset file dropped on the map opens it (as "Open a dataset file" does). The first view
//! listens from the start: without it, a file dropped before the app has loaded would make
//! the browser leave the page for the file. A file chosen in the first view's inputs is kept
//! for the app's own inputs the same way.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::{Document, DragEvent, Element};

use super::load_atlas;
use crate::core::write::dom;
use crate::ui::handoff::{chosen, dropped, hand_over_chosen, handler_set, Intent};
use crate::ui::map::Listener;

thread_local! {
    static LISTENERS: RefCell<Vec<Listener>> = const { RefCell::new(Vec::new()) };
}

/// Listens on each of the first view's file inputs itself: the file dialog stays open while
/// the app loads and replaces the input, and the file chosen then comes from the input no
/// longer in the page (an event delegated to the page would not reach it).
fn listen_inputs(doc: &Document) -> Vec<Listener> {
    let Some(root) = doc.document_element() else {
        return Vec::new();
    };
    crate::ui::map::svg::find_all(&root, "input[type=file][id]")
        .into_iter()
        .map(|input| {
            let target = input.clone();
            Listener::new(input.as_ref(), "change", true, move |_| {
                let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() else {
                    return;
                };
                let Some(file) = input.files().and_then(|f| f.get(0)) else {
                    return;
                };
                chosen(input.id(), file);
                // Once the app is there, its own input takes the file at once.
                match (handler_set(), input.owner_document()) {
                    (true, Some(doc)) => hand_over_chosen(&doc),
                    _ => load_atlas(Intent::Engaged),
                }
            })
        })
        .collect()
}

/// The map's stage, if the event is over it.
fn stage_under(e: &DragEvent) -> Option<Element> {
    e.target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(&format!("#{}", dom::MAP_STAGE))
        .ok()
        .flatten()
}

/// Whether the drag carries files (not a text or a link dragged from the page).
fn has_files(e: &DragEvent) -> bool {
    e.data_transfer()
        .is_some_and(|d| d.types().includes(&"Files".into(), 0))
}

pub fn listen(doc: &Document) {
    let over = Listener::new(doc.as_ref(), "dragover", false, |e| {
        let Some(e) = e.dyn_ref::<DragEvent>() else {
            return;
        };
        if let (Some(stage), true) = (stage_under(e), has_files(e)) {
            e.prevent_default();
            if let Some(d) = e.data_transfer() {
                d.set_drop_effect("copy");
            }
            let _ = stage.class_list().add_1("dropping");
        }
    });
    let leave = Listener::new(doc.as_ref(), "dragleave", false, |e| {
        let Some(e) = e.dyn_ref::<DragEvent>() else {
            return;
        };
        if let Some(stage) = stage_under(e) {
            let _ = stage.class_list().remove_1("dropping");
        }
    });
    let drop = Listener::new(doc.as_ref(), "drop", false, |e| {
        let Some(e) = e.dyn_ref::<DragEvent>() else {
            return;
        };
        let Some(stage) = stage_under(e) else { return };
        e.prevent_default();
        let _ = stage.class_list().remove_1("dropping");
        let Some(file) = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        else {
            return;
        };
        if !dropped(file) {
            load_atlas(Intent::Engaged);
        }
    });
    let mut all = vec![over, leave, drop];
    all.extend(listen_inputs(doc));
    LISTENERS.with(|l| *l.borrow_mut() = all);
}
