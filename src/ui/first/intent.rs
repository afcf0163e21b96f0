//! What a visitor does before the rest of the app has loaded: the first such action loads it,
//! and each is carried out once it has taken over (a button's click is clicked again on its
//! live twin, a language is switched to, a selection is made).

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, MouseEvent};

use super::load_atlas;
use crate::core::model::lang::Lang;
use crate::ui::handoff::{keep_listeners, Intent};
use crate::ui::map::Listener;

/// Listens for the first actions that need the app.
pub fn listen(doc: &Document) {
    let mut listeners = Vec::new();
    if let Some(page) = doc.get_element_by_id("page") {
        listeners.push(Listener::new(page.as_ref(), "click", false, on_click));
        listeners.push(Listener::new(page.as_ref(), "focusin", true, on_focus));
        listeners.push(Listener::new(page.as_ref(), "input", true, on_focus));
    }
    if let Some(menu) = doc.get_element_by_id("lang-menu") {
        listeners.push(Listener::new(menu.as_ref(), "click", false, on_click));
    }
    keep_listeners(listeners);
}

/// The element an event came from, if it is one of the first view's controls outside the
/// map (which works on its own) and the fold buttons (which the first view flips itself).
fn control(e: &Event) -> Option<Element> {
    let target = e.target()?.dyn_into::<Element>().ok()?;
    let live = format!(
        ".map-frame, .fold, [{}]",
        crate::core::write::dom::DATA_LIVE
    );
    if target.closest(&live).ok().flatten().is_some() {
        return None;
    }
    target
        .closest(&format!(
            "button, summary, input, select, a[{}]",
            crate::core::write::dom::DATA_LANG_LINK
        ))
        .ok()
        .flatten()
}

fn on_click(e: Event) {
    let Some(el) = control(&e) else { return };
    let plain = e.dyn_ref::<MouseEvent>().is_some_and(|m| {
        !(m.ctrl_key() || m.meta_key() || m.shift_key() || m.alt_key()) && m.button() == 0
    });
    if let Some(code) = el.get_attribute(crate::core::write::dom::DATA_LANG_LINK) {
        // A plain click switches in place; a modified one opens the link as usual.
        if plain {
            e.prevent_default();
            if let Some(l) = Lang::parse(&code) {
                load_atlas(Intent::Lang(l));
            }
        }
        return;
    }
    if let (true, Some(id)) = (
        el.class_list().contains("entity-row"),
        el.get_attribute("data-id"),
    ) {
        return load_atlas(Intent::Select(id));
    }
    match el.tag_name().to_ascii_lowercase().as_str() {
        // A drawer opens by itself; its contents come with the app.
        "summary" => load_atlas(Intent::Engaged),
        // The fold buttons flip their area at once (`rails`): not to be clicked again.
        "button" if el.class_list().contains("fold") => load_atlas(Intent::Engaged),
        "button" if !el.id().is_empty() => load_atlas(Intent::Click(el.id())),
        _ => load_atlas(Intent::Engaged),
    }
}

fn on_focus(e: Event) {
    if let Some(el) = control(&e) {
        if ["input", "select"]
            .iter()
            .any(|t| el.tag_name().eq_ignore_ascii_case(t))
        {
            load_atlas(Intent::Engaged);
        }
    }
}
