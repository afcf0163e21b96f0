//! One level of detail of the map: a group of `<path>` elements in path units, each with its
//! bounds. The 1:110m world comes with the page (the first view) or is built from a boundary
//! file; the 1:50m one is built when the map is zoomed in.

use std::collections::HashMap;

use web_sys::{Document, Element};

use super::svg::{find_all, set, svg_element};
use super::State;
use crate::core::derive::look::{shape_class, Look};
use crate::core::geo::fit::Bounds;
use crate::core::geo::path::bounds_of;
use crate::core::geo::viewport::Viewport;
use crate::core::geo::wants_detail as detail_rule;
use crate::core::geo::written_bounds::{read_bounds, DATA_BOUNDS};
use crate::core::geo::{MapGeometry, ShapePath};
use crate::core::index::Ids;
use crate::core::model::dataset::Status;
use crate::core::write::dom;

/// A drawn shape.
pub struct Drawn {
    pub id: String,
    pub el: Element,
    pub name: String,
    pub region: Option<String>,
    pub subregion: Option<String>,
    pub bounds: Bounds,
    pub main: Bounds,
}

/// A group of drawn shapes.
pub struct Layer {
    pub group: Element,
    /// Path units per map unit.
    pub units: u32,
    pub shapes: Vec<Drawn>,
    index: Ids,
}

impl Layer {
    /// The shapes of the first view's `<g class="shapes">`, as written at build time.
    pub fn adopt(group: Element) -> Self {
        let units = group
            .get_attribute("data-units")
            .and_then(|u| u.parse().ok())
            .unwrap_or(crate::core::geo::path::WORLD_UNITS);
        let shapes = find_all(&group, "path[data-id]")
            .into_iter()
            .filter_map(|el| {
                let id = el.get_attribute("data-id")?;
                // The bounds the build wrote; a path's own `d` where it wrote none.
                let (bounds, main) = el
                    .get_attribute(DATA_BOUNDS)
                    .and_then(|b| read_bounds(&b, units))
                    .or_else(|| bounds_of(&el.get_attribute("d")?, units))?;
                let name = el
                    .get_attribute(dom::DATA_NAME)
                    .or_else(|| el.get_attribute("aria-label"))
                    .unwrap_or_else(|| id.clone());
                Some(Drawn {
                    name,
                    region: el.get_attribute("data-region"),
                    subregion: el.get_attribute("data-subregion"),
                    bounds,
                    main,
                    id,
                    el,
                })
            })
            .collect();
        Self::new(group, units, shapes)
    }

    /// A new group of `map`'s shapes, each drawn with the look `drawn` gives it.
    pub fn build(
        doc: &Document,
        map: &MapGeometry,
        class: &str,
        drawn: &dyn Fn(&str) -> Option<(Status, Look)>,
    ) -> Option<Self> {
        let group = svg_element(doc, "g")?;
        set(&group, "class", class);
        set(&group, "data-units", &map.units.to_string());
        set(
            &group,
            "transform",
            &format!(
                "scale({})",
                super::svg::num(1.0 / f64::from(map.units.max(1)))
            ),
        );
        let shapes = map
            .shapes
            .iter()
            .filter_map(|s| {
                let el = path_element(doc, s, drawn(&s.id))?;
                let _ = group.append_child(&el);
                Some(drawn_of(s, el))
            })
            .collect();
        Some(Self::new(group, map.units, shapes))
    }

    /// An empty group to fill slice by slice ([`Layer::push`]), for the detailed map.
    pub fn empty(doc: &Document, units: u32, class: &str) -> Option<Self> {
        let group = svg_element(doc, "g")?;
        set(&group, "class", class);
        set(&group, "data-units", &units.to_string());
        set(
            &group,
            "transform",
            &format!("scale({})", super::svg::num(1.0 / f64::from(units.max(1)))),
        );
        Some(Self::new(group, units, Vec::new()))
    }

    /// Adds `s`, drawn with `drawn`'s look. Call [`Layer::reindex`] after the last.
    pub fn push(&mut self, doc: &Document, s: &ShapePath, drawn: Option<(Status, Look)>) {
        if let Some(el) = path_element(doc, s, drawn) {
            let _ = self.group.append_child(&el);
            self.shapes.push(drawn_of(s, el));
        }
    }

    pub fn reindex(&mut self) {
        self.index = Ids::of(self.shapes.iter().map(|s| s.id.as_str()));
    }

    fn new(group: Element, units: u32, shapes: Vec<Drawn>) -> Self {
        let mut layer = Self {
            group,
            units,
            shapes,
            index: Ids::default(),
        };
        layer.reindex();
        layer
    }

    pub fn get(&self, id: &str) -> Option<&Drawn> {
        self.index.find(&self.shapes, id, |s| &s.id)
    }

    /// The map of this layer, for the rest of the page (ids, names, regions, bounds; the
    /// paths stay in the page, see [`Layer::path`]).
    pub fn geometry(&self, template: &MapGeometry) -> MapGeometry {
        MapGeometry {
            units: self.units,
            shapes: self
                .shapes
                .iter()
                .map(|s| ShapePath {
                    id: s.id.clone(),
                    name: s.name.clone(),
                    region: s.region.clone(),
                    subregion: s.subregion.clone(),
                    d: String::new(),
                    bounds: s.bounds,
                    main_bounds: s.main,
                })
                .collect(),
            ..template.clone_empty()
        }
    }

    /// Writes the classes, role and keyboard attributes of the shapes whose look changed.
    /// `before`: how the entities were drawn until now.
    pub fn restyle(
        &self,
        changes: &[(&str, Option<(Status, Look)>)],
        before: &HashMap<String, (Status, Look)>,
    ) {
        for (id, drawn) in changes {
            let Some(s) = self.get(id) else { continue };
            // An entity that stays one keeps its role and tab stop: only its class changes,
            // one call rather than five (a change of indicator restyles every entity).
            if drawn.is_some() && before.contains_key(*id) {
                let _ = s.el.set_attribute("class", &shape_class(*drawn));
            } else {
                style(&s.el, *drawn);
            }
        }
    }

    /// Writes the accessible names of the entities (`label` gives them; others keep their
    /// country name, hidden from assistive technology with the rest of the decoration).
    pub fn relabel(&self, labels: &HashMap<String, String>) {
        for (id, label) in labels {
            if let Some(s) = self.get(id) {
                set(&s.el, "aria-label", label);
            }
        }
    }
}

fn drawn_of(s: &ShapePath, el: Element) -> Drawn {
    Drawn {
        id: s.id.clone(),
        el,
        name: s.name.clone(),
        region: s.region.clone(),
        subregion: s.subregion.clone(),
        bounds: s.bounds,
        main: s.main_bounds,
    }
}

fn path_element(doc: &Document, s: &ShapePath, drawn: Option<(Status, Look)>) -> Option<Element> {
    let el = svg_element(doc, "path")?;
    set(&el, "d", &s.d);
    set(&el, "data-id", &s.id);
    set(&el, "aria-label", &s.name);
    style(&el, drawn);
    Some(el)
}

/// A shape's class, and whether it is a button of the map (an entity) or decoration.
pub fn style(el: &Element, drawn: Option<(Status, Look)>) {
    set(el, "class", &shape_class(drawn));
    if drawn.is_some() {
        set(el, "role", "button");
        super::svg::unset(el, "aria-hidden");
        if !el.has_attribute("tabindex") {
            set(el, "tabindex", "-1");
        }
    } else {
        super::svg::unset(el, "role");
        super::svg::unset(el, "tabindex");
        set(el, "aria-hidden", "true");
    }
}

/// Whether the detailed map is wanted at the current view.
pub fn wants_detail(s: &State) -> bool {
    let home_k = Viewport::fit(&s.home, &s.limits, 1.0).k;
    detail_rule(s.view.k, s.px, home_k, false)
}

/// The layer shown now: the detailed one once loaded and zoomed in.
pub fn current_layer(s: &State) -> &Layer {
    match &s.detail {
        Some(d) if wants_detail(s) => d,
        _ => &s.base,
    }
}

/// Shape `id` in the current layer, else in the other one.
pub fn shape<'a>(s: &'a State, id: &str) -> Option<&'a Drawn> {
    current_layer(s)
        .get(id)
        .or_else(|| s.base.get(id))
        .or_else(|| s.detail.as_ref().and_then(|d| d.get(id)))
}
