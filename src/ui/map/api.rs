//! What the page asks of the map: its geometry and view, the looks, names and selection of
//! its shapes, another boundary file.

use std::collections::HashMap;

use super::*;
use crate::core::link::round2;

impl MapInstrument {
    /// The world map (ids, names, regions, bounds) as drawn; paths stay in the page.
    pub fn geometry(&self) -> MapGeometry {
        self.state(|s| s.base.geometry(&s.world))
    }

    /// The detailed map, once it has loaded.
    pub fn detail_geometry(&self) -> Option<MapGeometry> {
        self.state(|s| s.detail.as_ref().map(|d| d.geometry(&s.world)))
    }

    /// Whether the detailed map is the one shown.
    pub fn shows_detail(&self) -> bool {
        self.state(|s| s.detail.is_some() && super::layer::wants_detail(s))
    }

    /// The path data of the shapes the view shows, in drawing order, with the path units.
    pub fn visible_paths(&self) -> (u32, Vec<(String, String)>) {
        self.state(|s| {
            let layer = super::layer::current_layer(s);
            let (x0, y0) = s.view.invert(0.0, 0.0);
            let (x1, y1) = s.view.invert(s.limits.width, s.limits.height);
            let paths = layer
                .shapes
                .iter()
                .filter(|d| {
                    d.bounds.x1 >= x0 && d.bounds.x0 <= x1 && d.bounds.y1 >= y0 && d.bounds.y0 <= y1
                })
                .filter_map(|d| Some((d.id.clone(), d.el.get_attribute("d")?)))
                .collect();
            (layer.units, paths)
        })
    }

    pub fn view(&self) -> Viewport {
        self.state(|s| s.view)
    }

    pub fn limits(&self) -> Limits {
        self.state(|s| s.limits)
    }

    /// CSS pixels per view-box unit.
    pub fn px_per_unit(&self) -> f64 {
        self.state(|s| s.px)
    }

    /// The view the map opens on: the home region fitted to the frame.
    pub fn home_view(&self) -> Viewport {
        self.state(|s| Viewport::fit(&s.home, &s.limits, 1.0))
    }

    /// Whether the map shows its home region: as the first view drew it (fitted without the
    /// bounds' correction) or as "home" returns to it; a link leaves zoom and centre out then.
    pub fn is_home(&self) -> bool {
        let near = |a: &Viewport, b: &Viewport| {
            (a.k - b.k).abs() <= 1e-3 * b.k && (a.x - b.x).abs() <= 0.5 && (a.y - b.y).abs() <= 0.5
        };
        self.state(|s| {
            near(&s.view, &Viewport::fit(&s.home, &s.limits, 1.0))
                || near(&s.view, &camera::fit_unclamped(&s.home, &s.limits))
        })
    }

    pub fn set_home(&self, home: Bounds) {
        self.state_mut(|s| s.home = home);
    }

    /// Moves to `v`, animated unless `animate` is false or reduced motion is preferred.
    pub fn go_to(&self, v: Viewport, animate: bool) {
        if animate {
            camera::animate_to(self, v);
        } else {
            camera::cancel(self);
            self.state_mut(|s| s.view = v.clamp(&s.limits));
            self.render();
            self.changed();
        }
    }

    /// Tells the map how many CSS pixels of its frame's bottom something lies over (a phone's
    /// details sheet): a selection is framed in the part above. Whether the view changed.
    pub fn set_covered(&self, px: f64) -> bool {
        let px = if px.is_finite() { px.max(0.0) } else { 0.0 };
        self.state_mut(|s| {
            let changed = (s.covered_px - px).abs() >= 4.0;
            s.covered_px = px;
            changed
        })
    }

    /// Brings shape `id` into view, zoomed in on it, unless it shows well already.
    pub fn focus_on(&self, id: &str) {
        camera::focus_on(self, id);
    }

    /// The view that shows shape `id` (a link's `country=` opening on it).
    pub fn view_of(&self, id: &str) -> Option<Viewport> {
        self.state(|s| {
            let shape = super::layer::shape(s, id)?;
            Some(Viewport::fit_band(
                &shape.main,
                &s.limits,
                0.5,
                camera::uncovered(s),
            ))
        })
    }

    /// The status and look of every entity: only the shapes whose look changed are touched.
    pub fn set_looks(&self, looks: HashMap<String, (Status, Look)>) {
        let changed = self.state(|s| {
            changes(&s.looks, &looks)
                .into_iter()
                .map(|(id, v)| (id.to_owned(), v))
                .collect::<Vec<_>>()
        });
        if changed.is_empty() {
            return;
        }
        self.state_mut(|s| {
            let refs: Vec<(&str, Option<(Status, Look)>)> =
                changed.iter().map(|(id, v)| (id.as_str(), *v)).collect();
            s.base.restyle(&refs, &s.looks);
            if let Some(d) = &s.detail {
                d.restyle(&refs, &s.looks);
            }
            s.looks = looks;
        });
        self.update_order();
        overlay::markers(self);
    }

    /// Takes the looks the page's shapes now have as its own: the build's view of a link was
    /// drawn on them after the map was adopted (`ui::first`), and the markers and the detailed
    /// boundaries follow its looks.
    pub fn adopt_looks(&self) {
        let looks = self.state(|s| super::adopt::looks_of_classes(&s.base));
        self.set_looks(looks);
    }

    /// The accessible names of the entities' shapes.
    pub fn set_labels(&self, labels: HashMap<String, String>) {
        self.state_mut(|s| {
            let changed: HashMap<String, String> = labels
                .iter()
                .filter(|(k, v)| s.labels.get(*k) != Some(*v))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            s.base.relabel(&changed);
            if let Some(d) = &s.detail {
                d.relabel(&changed);
            }
            s.labels = labels;
        });
    }

    /// Chooses shape `id` (or none) as a visitor's tap would: outlined, and the page told.
    pub fn select(&self, id: Option<String>) {
        super::events::select(self, id);
    }

    /// The map's zoom and centre as a link writes them; nothing at the view the map opens on.
    pub fn zoom_and_centre(&self) -> (Option<f64>, Option<(f64, f64)>) {
        if self.is_home() {
            return (None, None);
        }
        let (v, l) = (self.view(), self.limits());
        let center = self
            .geometry()
            .centre_of(&v, &l)
            .map(|(lon, lat)| (round2(lat), round2(lon)));
        (Some(round2(l.link_zoom(v.k))), center)
    }

    /// Outlines shape `id` (the selection), or nothing.
    pub fn set_selected(&self, id: Option<String>) {
        if self.state(|s| s.selected == id) {
            return;
        }
        self.state_mut(|s| s.selected = id);
        overlay::outline(self);
        self.update_tab_stop();
    }

    /// Replaces the world map by another one (a host's own boundaries).
    pub fn replace_geometry(&self, map: &MapGeometry) {
        let doc = self.0.els.doc.clone();
        let looks = self.state(|s| s.looks.clone());
        let Some(layer) = Layer::build(&doc, map, "shapes", &|id| looks.get(id).copied()) else {
            return;
        };
        self.state_mut(|s| {
            let _ = s.base.group.replace_with_with_node_1(&layer.group);
            if let Some(d) = s.detail.take() {
                d.group.remove();
            }
            s.base = layer;
            s.world = map.clone_empty();
            s.detail_requested = true;
        });
        self.measure();
        self.render();
        self.update_order();
        overlay::outline(self);
        let labels = self.state(|s| s.labels.clone());
        self.state_mut(|s| s.labels.clear());
        self.set_labels(labels);
    }
}
