//! What a visitor sees when the WebAssembly panics: a panic stops the app for good (the
//! release build aborts), so instead of a page that silently stops responding, a message says so
//! and offers a reload. Built with plain DOM calls: the reactive system may be what failed.

use crate::i18n::{td_string, Locale};

/// Logs every panic to the console (with its message and place) and shows the message.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_message();
    }));
}

/// The page's language, as `<html lang>` says (the panic may have come before the app's state).
fn page_locale(doc: &web_sys::Document) -> Locale {
    let lang = doc
        .document_element()
        .and_then(|h| h.get_attribute("lang"))
        .unwrap_or_default();
    crate::ui::locale::locale_of(crate::core::model::lang::Lang::parse(&lang).unwrap_or_default())
}

/// Puts "Something went wrong — reload" at the top of the page, once.
pub fn show_crash_message() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if doc.get_element_by_id("crash").is_some() {
        return;
    }
    let locale = page_locale(&doc);
    let (Ok(alert), Ok(text), Ok(link)) = (
        doc.create_element("div"),
        doc.create_element("p"),
        doc.create_element("a"),
    ) else {
        return;
    };
    alert.set_id("crash");
    alert.set_class_name("alert alert-error crash");
    let _ = alert.set_attribute("role", "alert");
    text.set_text_content(Some(td_string!(locale, crash.message)));
    // The same address: the view in the link comes back after the reload.
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_else(|| "./".into());
    let _ = link.set_attribute("href", &href);
    // Not for the router (its click handler is in the stopped WebAssembly): a real navigation.
    let _ = link.set_attribute("rel", "external");
    link.set_text_content(Some(td_string!(locale, crash.reload)));
    let _ = text.append_with_str_1(" ");
    let _ = text.append_child(&link);
    let _ = alert.append_child(&text);
    if let Some(body) = doc.body() {
        let _ = body.prepend_with_node_1(&alert);
    }
}
