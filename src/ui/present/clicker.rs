//! The deck's controls beside the tour: the clicker's keys and auto-advance.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::fullscreen;
use crate::core::check::tour::{command_for_key, Command, Deck};

/// Seconds per slide when auto-advance is started without `auto=`.
pub(super) const DEFAULT_AUTO: u32 = 20;

/// Whether the key belongs to the focused element rather than to the clicker: typing in a
/// field, or Space and Enter on a button or link (which activate it themselves).
pub(super) fn key_is_for_focus(ev: &web_sys::KeyboardEvent) -> bool {
    let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    let activates = matches!(tag.as_str(), "button" | "a" | "summary")
        || el.get_attribute("role").as_deref() == Some("button");
    matches!(tag.as_str(), "input" | "select" | "textarea")
        || (activates && matches!(ev.key().as_str(), " " | "Enter"))
}

/// Auto-advance (kiosk): the deck moves every few seconds and loops back to the first slide
/// after the last. Whether it plays, and its pace.
pub(super) fn auto_advance(
    view: crate::ui::state::View,
    deck: RwSignal<Option<Deck>>,
    command: impl Fn(Command) + Copy + 'static,
) -> (RwSignal<bool>, Memo<u32>) {
    let playing = RwSignal::new(view.frame.with_untracked(|f| f.auto.is_some()));
    // A memo: the timer restarts when the pace changes, not on every slide.
    let seconds = Memo::new(move |_| view.frame.with(|f| f.auto).unwrap_or(DEFAULT_AUTO));
    let timer = StoredValue::new(None::<IntervalHandle>);
    Effect::new(move || {
        if let Some(h) = timer.get_value() {
            h.clear();
        }
        timer.set_value(None);
        if playing.get() {
            let step = move || {
                let Some(d) = deck.get_untracked().filter(|d| !d.blank) else {
                    return;
                };
                command(if d.number() == d.len() {
                    Command::First
                } else {
                    Command::Next
                });
            };
            timer.set_value(
                set_interval_with_handle(step, Duration::from_secs(seconds.get().into())).ok(),
            );
        }
    });
    on_cleanup(move || {
        if let Some(h) = timer.get_value() {
            h.clear();
        }
    });
    (playing, seconds)
}

/// The clicker: single keys are fine here, the presentation has the whole page.
pub(super) fn clicker(
    refused: RwSignal<bool>,
    full_screen: impl Fn() + Copy + 'static,
    back_to_slide: impl Fn() + Copy + 'static,
    command: impl Fn(Command) + Copy + 'static,
) {
    let asked = StoredValue::new(false);
    let keys = window_event_listener(ev::keydown, move |e| {
        if e.default_prevented() || e.ctrl_key() || e.alt_key() || e.meta_key() {
            return;
        }
        let key = e.key();
        if key_is_for_focus(&e) {
            return;
        }
        // The first clicker key is the speaker's gesture that full screen needs (a link
        // cannot ask for it): asked once, so that leaving full screen sticks.
        if !asked.get_value() && command_for_key(&key).is_some() && !fullscreen::is_fullscreen() {
            asked.set_value(true);
            spawn_local(async move {
                refused.set(!fullscreen::enter().await);
            });
        }
        match key.as_str() {
            "f" | "F" => full_screen(),
            "r" | "R" | "Escape" => back_to_slide(),
            k => match command_for_key(k) {
                Some(c) => command(c),
                None => return,
            },
        }
        e.prevent_default();
    });
    on_cleanup(move || keys.remove());
}
