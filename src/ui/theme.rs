//! The page's frame on the `<html>` element: embed and presentation classes, the theme (the
//! link's, else the projector-safe one in a presentation, else the visitor's system setting,
//! followed live), and a host's accent colour, so that the header and footer follow too.
//! Plain DOM: the first view uses it before the rest of the app has loaded.

use std::cell::RefCell;

use wasm_bindgen::JsCast;

use crate::core::link::Frame;
use crate::core::model::theme::{Rgb, Theme};
use crate::core::write::dom;
use crate::ui::map::svg::document;

thread_local! {
    // The frame last applied: a change of the system's setting re-applies it.
    static CURRENT: RefCell<Option<Frame>> = const { RefCell::new(None) };
    static FOLLOWING: RefCell<Vec<crate::ui::map::Listener>> = const { RefCell::new(Vec::new()) };
}

fn media_matches(query: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|m| m.matches())
}

const CONTRAST: &str = "(prefers-contrast: more)";
const DARK: &str = "(prefers-color-scheme: dark)";

/// The theme in force: the link's (a host's), else the projector-safe one in a
/// presentation, else the visitor's system setting (more contrast, or dark).
pub fn theme_of(frame: &Frame) -> Option<Theme> {
    frame
        .theme
        .or(frame.present.then_some(Theme::Contrast))
        .or_else(|| media_matches(CONTRAST).then_some(Theme::Contrast))
        .or_else(|| media_matches(DARK).then_some(Theme::Dark))
        .filter(|t| *t != Theme::Light)
}

/// Surface colour of each theme, to check a host's accent against (see `app.css`).
fn surface(theme: Option<Theme>) -> Rgb {
    match theme {
        Some(Theme::Dark) => Rgb(0x1c, 0x23, 0x2b),
        _ => Rgb(255, 255, 255),
    }
}

/// Writes `frame` on `<html>`: classes, `data-theme` and the accent's variables; and starts
/// following the system's dark and contrast settings, once.
pub fn apply(frame: &Frame) {
    CURRENT.with(|c| *c.borrow_mut() = Some(frame.clone()));
    write(frame);
    follow_system();
}

fn write(frame: &Frame) {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return;
    };
    let classes = root.class_list();
    let _ = classes.toggle_with_force(dom::EMBED, frame.embed);
    let _ = classes.toggle_with_force(dom::PRESENT, frame.present);
    let theme = theme_of(frame);
    match theme {
        Some(t) => {
            let _ = root.set_attribute("data-theme", t.key());
        }
        None => {
            let _ = root.remove_attribute("data-theme");
        }
    }
    // The accent fills buttons (with black or white text, whichever reads better) and colours
    // text only where it keeps 4.5:1 on the theme's surface. Set through the CSS object model,
    // which a strict style policy allows.
    let Some(style) = root.dyn_ref::<web_sys::HtmlElement>().map(|r| r.style()) else {
        return;
    };
    let set = |name: &str, value: Option<String>| {
        let _ = match value {
            Some(v) => style.set_property(name, &v),
            None => style.remove_property(name).map(drop),
        };
    };
    // Pressed buttons are told apart by the accent: below 3:1 on the surface it is not used.
    let given = frame.accent;
    let accent = given.filter(|c| c.contrast(surface(theme)) >= 3.0);
    if let (Some(c), None) = (given, accent) {
        web_sys::console::warn_1(
            &format!(
                "URL parameter accent={} ignored: below 3:1 contrast on this theme's background",
                c.to_hex()
            )
            .into(),
        );
    }
    let readable = accent.filter(|c| c.contrast(surface(theme)) >= 4.5);
    set("--brand", accent.map(Rgb::to_hex));
    set("--on-brand", accent.map(|c| c.text_on().to_hex()));
    set("--brand-text", readable.map(Rgb::to_hex));
}

/// Re-applies the current frame when the system's dark or contrast setting changes.
fn follow_system() {
    FOLLOWING.with(|f| {
        if !f.borrow().is_empty() {
            return;
        }
        let Some(w) = web_sys::window() else { return };
        let mut listeners = Vec::new();
        for query in [DARK, CONTRAST] {
            let Some(list) = w.match_media(query).ok().flatten() else {
                continue;
            };
            listeners.push(crate::ui::map::Listener::new(
                list.as_ref(),
                "change",
                true,
                |_| {
                    if let Some(frame) = CURRENT.with(|c| c.borrow().clone()) {
                        write(&frame);
                    }
                },
            ));
        }
        *f.borrow_mut() = listeners;
    });
}
