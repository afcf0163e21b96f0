//! Small DOM helpers for the map: SVG elements and attributes written through `web-sys`.
//! Every call that can fail in the DOM API is allowed to fail quietly: a missing attribute is a
//! lesser evil than a panic, which stops the page.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

pub const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// The page's document (none where components are rendered natively: `ui::browser`).
pub fn document() -> Option<Document> {
    crate::ui::browser::document()
}

/// A new SVG element `tag`.
pub fn svg_element(doc: &Document, tag: &str) -> Option<Element> {
    doc.create_element_ns(Some(SVG_NS), tag).ok()
}

/// A new HTML element `tag` with `class`.
pub fn html_element(doc: &Document, tag: &str, class: &str) -> Option<web_sys::HtmlElement> {
    let el = doc.create_element(tag).ok()?;
    el.set_class_name(class);
    el.dyn_into().ok()
}

pub fn set(el: &Element, name: &str, value: &str) {
    if el.get_attribute(name).as_deref() != Some(value) {
        let _ = el.set_attribute(name, value);
    }
}

pub fn unset(el: &Element, name: &str) {
    if el.has_attribute(name) {
        let _ = el.remove_attribute(name);
    }
}

/// Sets or removes `name`.
pub fn set_opt(el: &Element, name: &str, value: Option<&str>) {
    match value {
        Some(v) => set(el, name, v),
        None => unset(el, name),
    }
}

/// The first element matching `selector` under `root`.
pub fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

/// Every element matching `selector` under `root`, in document order.
pub fn find_all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

pub use crate::core::write::format::num;
