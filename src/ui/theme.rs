//! The page's frame on the `<html>` element: embed and presentation classes, the theme, and a
//! host's accent colour, so that the static header and footer follow too.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::media::media_matches;
use super::state::AppState;
use crate::core::link;
use crate::core::model::theme::{Rgb, Theme};

/// Reads the frame from the address before anything loads: a host's theme paints from the
/// start, and `data=` decides which dataset is fetched.
pub fn read_initial_frame(state: AppState) {
    let search = window().location().search().unwrap_or_default();
    // The warnings are given once, when the whole link is read (`url_sync`).
    let (parsed, _) = link::parse(&search);
    state.frame.set(parsed.frame);
}

/// The theme in force: the link's (a host's), else the projector-safe one in a
/// presentation, else the visitor's system setting (more contrast, or dark).
pub fn theme_of(frame: &link::Frame) -> Option<Theme> {
    frame
        .theme
        .or(frame.present.then_some(Theme::Contrast))
        .or_else(|| media_matches("(prefers-contrast: more)").then_some(Theme::Contrast))
        .or_else(|| media_matches("(prefers-color-scheme: dark)").then_some(Theme::Dark))
        .filter(|t| *t != Theme::Light)
}

/// Surface colour of each theme, to check a host's accent against (see `app.css`).
fn surface(theme: Option<Theme>) -> Rgb {
    match theme {
        Some(Theme::Dark) => Rgb(0x1c, 0x23, 0x2b),
        _ => Rgb(255, 255, 255),
    }
}

/// Keeps `<html>`'s classes, `data-theme` and accent variables in step with the frame.
pub fn apply_frame(state: AppState) {
    // A memo: the slide changes the frame too, and must not re-style the page.
    let look = Memo::new(move |_| {
        state
            .frame
            .with(|f| (f.embed, f.present, theme_of(f), f.accent))
    });
    Effect::new(move || {
        let (embed, present, theme, given) = look.get();
        let Some(root) = document().document_element() else {
            return;
        };
        let classes = root.class_list();
        let _ = classes.toggle_with_force("embed", embed);
        let _ = classes.toggle_with_force("present", present);
        match theme {
            Some(t) => {
                let _ = root.set_attribute("data-theme", t.key());
            }
            None => {
                let _ = root.remove_attribute("data-theme");
            }
        }
        // The accent fills buttons (with black or white text, whichever reads better) and
        // colours text only where it keeps 4.5:1 on the theme's surface.
        // Set through the CSS object model, which a strict style policy allows.
        let Some(style) = root.dyn_ref::<web_sys::HtmlElement>().map(|r| r.style()) else {
            return;
        };
        let set = |name: &str, value: Option<String>| {
            let _ = match value {
                Some(v) => style.set_property(name, &v),
                None => style.remove_property(name).map(drop),
            };
        };
        // Pressed buttons are told apart by the accent: below 3:1 on the surface it is not
        // used at all.
        let accent = given.filter(|c| c.contrast(surface(theme)) >= 3.0);
        if let (Some(c), None) = (given, accent) {
            leptos::logging::warn!(
                "URL parameter accent={} ignored: below 3:1 contrast on this theme's background",
                c.to_hex()
            );
        }
        let readable = accent.filter(|c| c.contrast(surface(theme)) >= 4.5);
        set("--brand", accent.map(Rgb::to_hex));
        set("--on-brand", accent.map(|c| c.text_on().to_hex()));
        set("--brand-text", readable.map(Rgb::to_hex));
    });
}
