//! The handle of a phone's details sheet: pulled up to read, down to see the map; a tap (or
//! Enter) moves between the peek and the full sheet, and the arrow keys step between all three
//! sizes. Where the details are a side rail, the style sheet hides it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::*;
use crate::ui::map::svg::document;

/// The sheet's resting sizes, as heights of the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rest {
    /// Just its heading row: the map in full.
    Low,
    /// The heading and the start of the details, the selection framed above.
    Peek,
    /// Nearly the whole screen, to read.
    Full,
}

impl Rest {
    fn height(self) -> &'static str {
        match self {
            Rest::Low => "4.5rem",
            Rest::Peek => "42svh",
            Rest::Full => "88svh",
        }
    }

    /// The size a drag released at `share` of the screen's height rests at.
    fn nearest(share: f64) -> Rest {
        if share < 0.25 {
            Rest::Low
        } else if share < 0.65 {
            Rest::Peek
        } else {
            Rest::Full
        }
    }

    fn step(self, up: bool) -> Rest {
        match (self, up) {
            (Rest::Low, true) | (Rest::Full, false) => Rest::Peek,
            (Rest::Peek, true) | (Rest::Full, true) => Rest::Full,
            (Rest::Peek, false) | (Rest::Low, false) => Rest::Low,
        }
    }
}

/// Sets the sheet's height (a `--sheet` the style sheet reads).
fn set_height(value: &str) {
    if let Some(details) = document()
        .and_then(|d| d.get_element_by_id("details"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = details.style().set_property("--sheet", value);
    }
}

fn screen_height() -> f64 {
    web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(800.0)
        .max(1.0)
}

#[component]
pub fn SheetHandle() -> impl IntoView {
    let i18n = use_i18n();
    let rest = RwSignal::new(Rest::Peek);
    // Where a drag started (pointer y, sheet height in px) and whether it moved.
    let drag = StoredValue::new(None::<(f64, f64, bool)>);
    Effect::new(move || set_height(rest.get().height()));
    let height_now = || {
        document()
            .and_then(|d| d.get_element_by_id("details"))
            .map_or(0.0, |e| e.get_bounding_client_rect().height())
    };
    let down = move |e: leptos::ev::PointerEvent| {
        drag.set_value(Some((f64::from(e.client_y()), height_now(), false)));
        if let Some(t) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            let _ = t.set_pointer_capture(e.pointer_id());
        }
    };
    let moved = move |e: leptos::ev::PointerEvent| {
        let Some((y0, h0, _)) = drag.get_value() else {
            return;
        };
        let dy = y0 - f64::from(e.client_y());
        if dy.abs() < 4.0 {
            return;
        }
        drag.set_value(Some((y0, h0, true)));
        let h = (h0 + dy).clamp(48.0, 0.92 * screen_height());
        set_height(&format!("{h}px"));
    };
    let up = move |e: leptos::ev::PointerEvent| {
        let Some((y0, h0, dragged)) = drag.get_value() else {
            return;
        };
        drag.set_value(None);
        if dragged {
            let h = h0 + y0 - f64::from(e.client_y());
            let next = Rest::nearest(h / screen_height());
            // Always written back: the drag left a height in pixels.
            rest.set(next);
            set_height(next.height());
        }
    };
    // A tap (or Enter, Space) without a drag.
    let click = move |_| {
        if drag.with_value(|d| d.is_some_and(|(_, _, dragged)| dragged)) {
            return;
        }
        rest.update(|r| {
            *r = if *r == Rest::Full {
                Rest::Peek
            } else {
                Rest::Full
            }
        });
    };
    let key = move |e: leptos::ev::KeyboardEvent| {
        let up = match e.key().as_str() {
            "ArrowUp" => true,
            "ArrowDown" => false,
            _ => return,
        };
        e.prevent_default();
        rest.update(|r| *r = r.step(up));
    };
    view! {
        <button type="button" class="sheet-handle" aria-controls="details"
            aria-label=move || t_string!(i18n, details.sheet)
            aria-expanded=move || (rest.get() == Rest::Full).to_string()
            on:pointerdown=down on:pointermove=moved on:pointerup=up on:pointercancel=up
            on:click=click on:keydown=key
        ></button>
    }
}

#[cfg(test)]
mod tests {
    use super::Rest;

    #[test]
    fn a_drag_rests_at_the_nearest_size() {
        assert_eq!(Rest::nearest(0.1), Rest::Low);
        assert_eq!(Rest::nearest(0.45), Rest::Peek);
        assert_eq!(Rest::nearest(0.8), Rest::Full);
        assert_eq!(Rest::Peek.step(true), Rest::Full);
        assert_eq!(Rest::Peek.step(false), Rest::Low);
        assert_eq!(Rest::Full.step(false), Rest::Peek);
        assert_eq!(Rest::Low.step(false), Rest::Low);
    }
}
