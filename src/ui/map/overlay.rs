//! What the map draws over its shapes: markers for entities too small to see, the selection's
//! outline and the zoom buttons' state; and the frame itself when no first view brought one.
//! The tooltip and the hints are in `tip`.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

use super::layer::{current_layer, shape};
use super::svg::{find, find_all, html_element, num, set, svg_element, unset};
use super::{Elements, MapInstrument};
use crate::core::geo::viewport::{needs_marker, MIN_TARGET_PX};
use crate::core::geo::MapGeometry;
use crate::core::write::dom;
use crate::ui::page::patterns::Patterns;

/// Visible radius of a marker in CSS px; the hit area is the full minimum target.
const RADIUS_PX: f64 = 6.0;

/// A map frame with an empty SVG, for a map that did not come with the page.
pub fn build_frame(doc: &Document, map: &MapGeometry) -> Option<HtmlElement> {
    let frame = html_element(doc, "div", "map-frame")?;
    let svg = svg_element(doc, "svg")?;
    set(&svg, "class", dom::WORLD_MAP);
    set(
        &svg,
        "viewBox",
        &format!("0 0 {} {}", num(map.width), num(map.height)),
    );
    set(&svg, "role", "group");
    set(&svg, "aria-describedby", "map-description map-help");
    set(&svg, "tabindex", "-1");
    // The patterns are the component the first view and the legends draw them with; the rest
    // of the frame is the instrument's own, built here (no translated text: its zoom buttons
    // show their marks alone, as before).
    let units = map.units;
    std::mem::forget(leptos::mount::mount_to(
        svg.clone().unchecked_into(),
        move || leptos::view! { <Patterns prefix="" units=units /> },
    ));
    let zoom = svg_element(doc, "g")?;
    set(&zoom, "class", "zoom");
    let markers = svg_element(doc, "g")?;
    set(&markers, "class", "markers");
    for child in [&zoom, &markers] {
        svg.append_child(child).ok()?;
    }
    frame.append_child(&svg).ok()?;
    let buttons = html_element(doc, "div", "zoom-controls")?;
    set(&buttons, "role", "group");
    for (which, text) in [("in", "+"), ("out", "−"), ("reset", "⟲")] {
        let b = html_element(doc, "button", "")?;
        set(&b, "type", "button");
        set(&b, "data-zoom", which);
        b.set_text_content(Some(text));
        buttons.append_child(&b).ok()?;
    }
    frame.append_child(&buttons).ok()?;
    Some(frame)
}

/// The detailed layer's copies of the patterns (its paths are in finer units).
pub fn detail_patterns(svg: &Element, units: u32) -> Vec<(Element, String, u32)> {
    let Some(defs) = find(svg, "defs") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for p in find_all(&defs, "pattern") {
        let Some(id) = p.get_attribute("id") else {
            continue;
        };
        if id.ends_with("-d") {
            continue;
        }
        let Ok(copy) = p.clone_node_with_deep(true) else {
            continue;
        };
        let Ok(copy) = copy.dyn_into::<Element>() else {
            continue;
        };
        set(&copy, "id", &format!("{id}-d"));
        set(&copy, "data-units", &units.to_string());
        let _ = defs.append_child(&copy);
        let rotate = copy.get_attribute("data-rotate").unwrap_or_default();
        out.push((copy, rotate, units));
    }
    out
}

/// Finds the frame's parts, adding what a first view does not have.
pub fn elements(doc: &Document, frame: HtmlElement, svg: Element) -> Option<Elements> {
    let zoom_g = find(&svg, "g.zoom")?;
    let markers_g = match find(&svg, "g.markers") {
        Some(g) => g,
        None => {
            let g = svg_element(doc, "g")?;
            set(&g, "class", "markers");
            svg.append_child(&g).ok()?;
            g
        }
    };
    // The page may have outlined a country tapped before this code arrived (assets/first.js).
    let outline = match find(&svg, "path.selection-outline") {
        Some(o) => o,
        None => {
            let o = svg_element(doc, "path")?;
            set(&o, "class", dom::SELECTION_OUTLINE);
            set(&o, "aria-hidden", "true");
            o
        }
    };
    let patterns = find_all(&svg, "defs pattern")
        .into_iter()
        .map(|p| {
            let rotate = p.get_attribute("data-rotate").unwrap_or_default();
            let units = p
                .get_attribute("data-units")
                .and_then(|u| u.parse().ok())
                .unwrap_or(10);
            (p, rotate, units)
        })
        .collect();
    let buttons = find_all(frame.as_ref(), "button[data-zoom]")
        .into_iter()
        .filter_map(|b| {
            let which = match b.get_attribute("data-zoom")?.as_str() {
                "in" => "in",
                "out" => "out",
                _ => "reset",
            };
            Some((b, which))
        })
        .collect();
    let hint = match find(frame.as_ref(), ".map-hint-region") {
        Some(h) => h,
        None => {
            let h = html_element(doc, "div", "map-hint-region")?;
            set(&h, "role", "status");
            frame.append_child(&h).ok()?;
            h.into()
        }
    };
    let tooltip = match find(frame.as_ref(), ".map-tooltip").and_then(|t| t.dyn_into().ok()) {
        Some(t) => t,
        None => {
            let t = html_element(doc, "div", "map-tooltip")?;
            set(&t, "role", "tooltip");
            set(&t, "hidden", "");
            frame.append_child(&t).ok()?;
            t
        }
    };
    Some(Elements {
        doc: doc.clone(),
        frame,
        svg,
        zoom_g,
        markers_g,
        outline,
        patterns: std::cell::RefCell::new(patterns),
        buttons,
        hint,
        tooltip,
    })
}

/// The zoom buttons: "in" off at the deepest zoom, "out" and "reset" off at the whole world.
pub fn buttons(map: &MapInstrument) {
    let (k, l) = map.state(|s| (s.view.k, s.limits));
    for (b, which) in &map.els().buttons {
        let off = match *which {
            "in" => k >= l.max_k - 1e-9,
            _ => k <= l.min_k + 1e-9,
        };
        if off {
            set(b, "disabled", "");
        } else {
            unset(b, "disabled");
        }
    }
}

/// Circle markers for entities whose shape is too small to see or hit at this zoom
/// (Luxembourg is 2 px wide on a 1000 px world). They keep their on-screen size and go away
/// once the real shape is large enough.
pub fn markers(map: &MapInstrument) {
    let els = map.els();
    let wanted: Vec<(String, f64, f64, String)> = map.state(|s| {
        let layer = current_layer(s);
        let px = s.px;
        layer
            .shapes
            .iter()
            .filter_map(|d| {
                let (status, look) = s.looks.get(&d.id)?;
                let b = &d.main;
                needs_marker(b, s.view.k, px).then(|| {
                    let (x, y) = s.view.apply((b.x0 + b.x1) / 2.0, (b.y0 + b.y1) / 2.0);
                    let focused = s.has_focus && s.key_focus.as_deref() == Some(d.id.as_str());
                    let class = format!(
                        "marker status-{}{}{}",
                        status.key(),
                        look.class(),
                        if focused { " focused" } else { "" }
                    );
                    (d.id.clone(), x, y, class)
                })
            })
            .collect()
    });
    let px = map.px_per_unit().max(1e-9);
    let r = num(RADIUS_PX / px);
    let hit = num(MIN_TARGET_PX / 2.0 / px);
    map.state_mut(|s| {
        s.markers.retain(|m| {
            let keep = wanted.iter().any(|w| w.0 == m.id);
            if !keep {
                m.g.remove();
            }
            keep
        });
        for (id, x, y, class) in &wanted {
            let at = match s.markers.iter().position(|m| &m.id == id) {
                Some(at) => at,
                None => {
                    let Some(m) = marker(&els.doc, id) else {
                        continue;
                    };
                    let _ = els.markers_g.append_child(&m.g);
                    s.markers.push(m);
                    s.markers.len() - 1
                }
            };
            s.markers[at].draw([num(*x), num(*y), hit.clone(), r.clone(), class.clone()]);
        }
    });
}

/// A marker's circles, and what was last written to them: compared here rather than read back
/// from the page, which copied each attribute out of JavaScript at every frame.
pub(super) struct Marker {
    id: String,
    g: Element,
    hit: Element,
    dot: Element,
    /// Centre x and y, the hit circle's radius, the dot's radius and class.
    written: [String; 5],
}

impl Marker {
    fn draw(&mut self, now: [String; 5]) {
        const NAMES: [&str; 5] = ["cx", "cy", "r", "r", "class"];
        for (i, value) in now.into_iter().enumerate() {
            if self.written[i] == value {
                continue;
            }
            // The centre is on both circles; the rest on one each.
            let els: &[&Element] = match i {
                0 | 1 => &[&self.hit, &self.dot],
                2 => &[&self.hit],
                _ => &[&self.dot],
            };
            for el in els {
                let _ = el.set_attribute(NAMES[i], &value);
            }
            self.written[i] = value;
        }
    }
}

fn marker(doc: &Document, id: &str) -> Option<Marker> {
    let g = svg_element(doc, "g")?;
    set(&g, "class", "marker-group");
    set(&g, "data-id", id);
    set(&g, "aria-hidden", "true");
    let hit = svg_element(doc, "circle")?;
    set(&hit, "class", "marker-hit");
    let dot = svg_element(doc, "circle")?;
    g.append_child(&hit).ok()?;
    g.append_child(&dot).ok()?;
    Some(Marker {
        id: id.to_owned(),
        g,
        hit,
        dot,
        written: Default::default(),
    })
}

/// The selection's outline, drawn over the shapes of the layer shown.
pub fn outline(map: &MapInstrument) {
    let els = map.els();
    map.state(|s| {
        let target = s.selected.as_deref().and_then(|id| {
            let layer = current_layer(s);
            let d = layer.get(id).or_else(|| shape(s, id))?;
            Some((layer.group.clone(), d.el.get_attribute("d")?))
        });
        match target {
            Some((group, d)) => {
                set(&els.outline, "d", &d);
                let _ = group.append_child(&els.outline);
            }
            None => els.outline.remove(),
        }
    });
}
