//! The map's frame: its size read back, each change painted, the view's rest told to the
//! page, and the keyboard order of the shapes.

use super::*;

impl MapInstrument {
    /// Reads the frame's size: the view box follows its proportions.
    pub(super) fn measure(&self) {
        let r = self.0.els.frame.get_bounding_client_rect();
        let (w, h) = (r.width(), r.height());
        if w <= 0.0 || h <= 0.0 {
            return;
        }
        self.state_mut(|s| {
            let view_h = s.world.width * h / w;
            let before = s.limits;
            s.limits = Limits::framed(s.world.width, s.world.height, view_h);
            s.px = w / s.world.width;
            // Keep the centre and the zoom relative to the whole world.
            let centre = s.view.invert(before.width / 2.0, before.height / 2.0);
            let k = s.view.k / before.min_k * s.limits.min_k;
            s.view = Viewport {
                k,
                x: s.limits.width / 2.0 - k * centre.0,
                y: s.limits.height / 2.0 - k * centre.1,
            };
            set(
                &self.0.els.svg,
                "viewBox",
                &format!(
                    "0 0 {} {}",
                    svg::num(s.limits.width),
                    svg::num(s.limits.height)
                ),
            );
        });
    }

    /// After the frame changed size (a drawer opened, an embedding host resized the frame).
    pub(super) fn resized(&self) {
        // The home region stays fitted to the frame, as the first view's `viewBox` kept it.
        let home = self.is_home();
        self.measure();
        self.state_mut(|s| {
            s.view = if home {
                camera::fit_unclamped(&s.home, &s.limits)
            } else {
                s.view.clamp(&s.limits)
            }
        });
        self.render();
    }

    pub(super) fn render(&self) {
        camera::render(self);
        overlay::markers(self);
        overlay::buttons(self);
        detail::maybe_load(self);
    }

    /// The view moved: tell the page once it rests.
    pub(super) fn changed(&self) {
        let generation = self.state_mut(|s| {
            s.settle = s.settle.wrapping_add(1);
            s.settle
        });
        let weak = self.weak();
        crate::ui::browser::after(300, move || {
            let Some(map) = MapInstrument::from_weak(&weak) else {
                return;
            };
            if map.state(|s| s.settle == generation) {
                if let Some(f) = map.hooks().settled {
                    f(());
                }
            }
        });
    }

    /// The entities in keyboard order, and the one Tab stop.
    pub(super) fn update_order(&self) {
        self.state_mut(|s| {
            let layer = super::layer::current_layer(s);
            let looks = &s.looks;
            s.order = west_to_east(
                layer
                    .shapes
                    .iter()
                    .filter(|d| looks.contains_key(&d.id))
                    .map(|d| (d.id.as_str(), &d.main)),
            );
        });
        self.update_tab_stop();
    }

    pub(super) fn update_tab_stop(&self) {
        self.state_mut(|s| {
            let known = |id: &Option<String>| id.clone().filter(|i| s.order.contains(i));
            let stop = known(&s.key_focus)
                .or_else(|| known(&s.selected))
                .or_else(|| s.order.first().cloned());
            for layer in std::iter::once(&s.base).chain(s.detail.as_ref()) {
                if let Some(old) = s.tab_stop.as_deref().and_then(|id| layer.get(id)) {
                    if s.looks.contains_key(&old.id) {
                        set(&old.el, "tabindex", "-1");
                    }
                }
                if let Some(new) = stop.as_deref().and_then(|id| layer.get(id)) {
                    set(&new.el, "tabindex", "0");
                }
            }
            set(
                &self.0.els.svg,
                "tabindex",
                if s.order.is_empty() { "0" } else { "-1" },
            );
            s.tab_stop = stop;
        });
    }
}
