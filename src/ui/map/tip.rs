//! The map's words over its shapes: the tooltip beside the pointer, and the hints of a gesture
//! the map does not take ("use two fingers").

use web_sys::{Document, HtmlElement};

use super::layer::shape;
use super::svg::{html_element, set, unset};
use super::{Elements, MapInstrument, Tip};
use crate::core::geo::gesture::Hint;

/// Gap between the pointer and the tooltip, in CSS px.
const OFFSET: f64 = 14.0;

/// Shows the tooltip for shape `id` at `(x, y)` (CSS px in the frame), or hides it.
pub fn tooltip(map: &MapInstrument, at: Option<(String, f64, f64)>) {
    let els = map.els();
    let same = map.state(|s| s.hover == at);
    if same {
        return;
    }
    let Some((id, x, y)) = at.clone() else {
        set(&els.tooltip, "hidden", "");
        map.state_mut(|s| {
            s.hover = None;
            s.gesture.tooltip_shown = false;
        });
        return;
    };
    let new_id = map.state(|s| s.hover.as_ref().map(|h| &h.0) != Some(&id));
    if new_id {
        let tip = map.hooks().describe.and_then(|f| f(&id)).or_else(|| {
            map.state(|s| {
                shape(s, &id).map(|d| Tip {
                    name: d.name.clone(),
                    ..Tip::default()
                })
            })
        });
        let Some(tip) = tip else {
            return tooltip(map, None);
        };
        fill_tip(&els.doc, &els.tooltip, &tip);
    }
    let r = els.frame.get_bounding_client_rect();
    let (w, h) = (r.width(), r.height());
    // Right of and below the pointer, unless that side is the short one.
    let (left, below) = (x < w / 2.0, y < h / 2.0);
    let style = format!(
        "{}:{:.0}px;{}:{:.0}px",
        if left { "left" } else { "right" },
        if left { x + OFFSET } else { w - x + OFFSET },
        if below { "top" } else { "bottom" },
        if below { y + OFFSET } else { h - y + OFFSET },
    );
    set(&els.tooltip, "style", &style);
    unset(&els.tooltip, "hidden");
    map.state_mut(|s| {
        s.hover = at;
        s.gesture.tooltip_shown = true;
    });
}

fn fill_tip(doc: &Document, el: &HtmlElement, tip: &Tip) {
    el.set_text_content(None);
    let lines = [
        ("strong", "", Some(&tip.name)),
        ("span", "tooltip-status", tip.status.as_ref()),
        ("span", "tooltip-figure", tip.figure.as_ref()),
    ];
    for (tag, class, text) in lines {
        let Some(text) = text else { continue };
        if let Some(line) = html_element(doc, tag, class) {
            line.set_text_content(Some(text));
            let _ = el.append_child(&line);
        }
    }
}

/// Shows `hint` over the map for a moment; a newer hint is never cleared by an older one's
/// time running out.
pub fn hint(map: &MapInstrument, hint: Hint) {
    let now = super::now();
    if !map.state_mut(|s| s.hints.show(hint, now)) {
        return;
    }
    let text = map.state(|s| match hint {
        Hint::TwoFingers => s.texts.two_fingers.clone(),
        Hint::CtrlScroll => s.texts.ctrl_scroll.clone(),
        Hint::CmdScroll => s.texts.cmd_scroll.clone(),
    });
    show_hint(map.els(), Some(&text));
    let weak = map.weak();
    crate::ui::browser::after(crate::core::geo::gesture::HINT_MS as i32 + 20, move || {
        let Some(map) = MapInstrument::from_weak(&weak) else {
            return;
        };
        let now = super::now();
        if map.state_mut(|s| s.hints.at(now)).is_none() {
            show_hint(map.els(), None);
        }
    });
}

fn show_hint(els: &Elements, text: Option<&str>) {
    els.hint.set_text_content(None);
    if let Some(t) = text.filter(|t| !t.is_empty()) {
        if let Some(p) = html_element(&els.doc, "p", "map-hint") {
            p.set_text_content(Some(t));
            let _ = els.hint.append_child(&p);
        }
    }
}
