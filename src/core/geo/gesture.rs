//! The map's gestures as a pure state machine: pointer, wheel and key events in, actions out
//! (pan, zoom at a point, hover, select, hints). Wheel zoom at the pointer, drag to pan, pinch
//! and two-finger pan, double-click and double-tap zoom, the keys when the map has focus.
//! The page feeds it DOM events and carries out the actions; the rules are tested natively,
//! like the tour's `Deck`.

use super::roving::Move;

mod hint;
mod io;
pub use hint::{HintClock, HINT_MS};
pub use io::{Action, Context, Hint, Input, Pointer};

/// Movement (CSS px) after which a press becomes a drag instead of a click.
pub const DRAG_THRESHOLD_PX: f64 = 4.0;
const DOUBLE_TAP_MS: f64 = 300.0;
const DOUBLE_TAP_PX: f64 = 30.0;
/// How long after a double tap the browser's own `dblclick` for it is ignored.
const TAP_DBLCLICK_MS: f64 = 600.0;
/// Pan step of the arrow keys with Shift, as a share of the view.
const KEY_PAN: f64 = 0.125;
/// Zoom step of the + and − keys.
const KEY_ZOOM: f64 = 1.5;

/// What the pointers are doing; kept between events.
#[derive(Clone, Debug, Default)]
pub struct Gesture {
    pub context: Context,
    /// Active pointers: id and last client position.
    pointers: Vec<(i32, f64, f64)>,
    /// Where the single-pointer press started.
    press: Option<(f64, f64)>,
    moved: bool,
    /// A drag just ended: the click that follows is not a selection.
    swallow_click: bool,
    /// Distance and midpoint of the last two-pointer position.
    pinch: Option<(f64, f64, f64)>,
    /// Time and place of the last tap, for double-tap zoom.
    last_tap: Option<(f64, f64, f64)>,
    /// When a double tap last zoomed.
    tap_zoomed_at: Option<f64>,
    /// Whether the tooltip shows (Esc hides it before it clears the selection).
    pub tooltip_shown: bool,
}

impl Gesture {
    pub fn new(context: Context) -> Self {
        Self {
            context,
            ..Self::default()
        }
    }

    /// Whether a pointer is pressed (a drag or a pinch may be under way).
    pub fn pressed(&self) -> bool {
        !self.pointers.is_empty()
    }

    /// The actions for `input`, and whether the page should keep the browser from its own
    /// handling of the event (scrolling, the key's default).
    pub fn feed(&mut self, input: Input) -> (Vec<Action>, bool) {
        match input {
            Input::Down {
                id,
                x,
                y,
                pointer,
                secondary,
            } => (self.down(id, x, y, pointer, secondary), false),
            Input::Move { id, x, y, pointer } => (self.moved_to(id, x, y, pointer), false),
            Input::Up {
                id,
                x,
                y,
                pointer,
                t,
            } => (self.up(id, x, y, pointer, t), false),
            Input::Click { x, y } => {
                if std::mem::take(&mut self.swallow_click) {
                    (Vec::new(), false)
                } else {
                    (vec![Action::Select { x, y }], false)
                }
            }
            Input::DoubleClick { x, y, shift, t } => {
                if self
                    .tap_zoomed_at
                    .take()
                    .is_some_and(|t0| t - t0 < TAP_DBLCLICK_MS)
                {
                    return (Vec::new(), true);
                }
                let factor = if shift { 0.5 } else { 2.0 };
                (
                    vec![Action::ZoomAt {
                        factor,
                        x,
                        y,
                        animate: true,
                    }],
                    true,
                )
            }
            Input::Wheel {
                dy,
                mode,
                ctrl,
                meta,
                x,
                y,
            } => self.wheel(dy, mode, ctrl, meta, x, y),
            Input::Key {
                key,
                shift,
                command,
            } => {
                let actions = self.key(&key, shift, command);
                let used = !actions.is_empty();
                (actions, used)
            }
        }
    }

    fn down(&mut self, id: i32, x: f64, y: f64, pointer: Pointer, secondary: bool) -> Vec<Action> {
        if pointer == Pointer::Mouse && secondary {
            return Vec::new();
        }
        let mut out = vec![Action::Cancel];
        self.pointers.retain(|p| p.0 != id);
        self.pointers.push((id, x, y));
        match self.pointers.len() {
            1 => {
                self.press = Some((x, y));
                self.moved = false;
            }
            2 => {
                self.pinch = Some(pinch_of(&self.pointers));
                // Two fingers always mean a gesture, never a tap.
                self.moved = true;
                out.push(Action::Capture(id));
            }
            _ => {}
        }
        out
    }

    fn moved_to(&mut self, id: i32, x: f64, y: f64, pointer: Pointer) -> Vec<Action> {
        let Some(i) = self.pointers.iter().position(|p| p.0 == id) else {
            // Not pressed: hover (mouse and pen; touch has no hover).
            return if pointer == Pointer::Touch {
                Vec::new()
            } else {
                vec![Action::Hover { x, y }]
            };
        };
        let (_, px, py) = self.pointers[i];
        self.pointers[i] = (id, x, y);
        if self.pointers.len() >= 2 {
            let (d, mx, my) = pinch_of(&self.pointers);
            let mut out = Vec::new();
            if let Some((d0, mx0, my0)) = self.pinch {
                if d0 > 0.0 {
                    out.push(Action::ZoomAt {
                        factor: d / d0,
                        x: mx,
                        y: my,
                        animate: false,
                    });
                }
                out.push(Action::Pan {
                    dx: mx - mx0,
                    dy: my - my0,
                });
            }
            self.pinch = Some((d, mx, my));
            return out;
        }
        let far = |(sx, sy): (f64, f64)| (x - sx).hypot(y - sy) > DRAG_THRESHOLD_PX;
        // Embedded, one finger scrolls the host page (CSS `touch-action`); two move the map.
        if pointer == Pointer::Touch && self.context.embedded {
            if self.press.is_some_and(far) && !self.moved {
                // Not a tap either: the page scrolled.
                self.moved = true;
                return vec![Action::Hint(Hint::TwoFingers)];
            }
            return Vec::new();
        }
        let mut out = Vec::new();
        if let Some(start) = self.press {
            if !self.moved && far(start) {
                self.moved = true;
                // Captured only once it is a drag, so that a plain click still reaches the
                // shape.
                out.push(Action::Capture(id));
                out.push(Action::HideTooltip);
            }
            if self.moved {
                out.push(Action::Pan {
                    dx: x - px,
                    dy: y - py,
                });
            }
        }
        out
    }

    fn up(&mut self, id: i32, x: f64, y: f64, pointer: Pointer, t: f64) -> Vec<Action> {
        let was_drag = self.moved;
        self.pointers.retain(|p| p.0 != id);
        if self.pointers.len() < 2 {
            self.pinch = None;
        }
        if !self.pointers.is_empty() {
            return Vec::new();
        }
        self.press = None;
        self.moved = false;
        if was_drag {
            self.swallow_click = true;
            return Vec::new();
        }
        if pointer != Pointer::Touch {
            return Vec::new();
        }
        match self.last_tap {
            Some((t0, x0, y0))
                if t - t0 < DOUBLE_TAP_MS && (x - x0).hypot(y - y0) < DOUBLE_TAP_PX =>
            {
                self.last_tap = None;
                self.tap_zoomed_at = Some(t);
                vec![Action::ZoomAt {
                    factor: 2.0,
                    x,
                    y,
                    animate: true,
                }]
            }
            _ => {
                self.last_tap = Some((t, x, y));
                // A tap shows the tooltip of what it touched.
                vec![Action::Hover { x, y }]
            }
        }
    }

    /// Wheel and trackpad: zoom at the pointer (d3-zoom's wheel delta). Embedded in another
    /// page, a plain wheel scrolls that page: zooming needs Ctrl (or ⌘), as on embedded maps
    /// elsewhere.
    fn wheel(
        &mut self,
        dy: f64,
        mode: u32,
        ctrl: bool,
        meta: bool,
        x: f64,
        y: f64,
    ) -> (Vec<Action>, bool) {
        if self.context.embedded && !(ctrl || meta) {
            let hint = if self.context.mac {
                Hint::CmdScroll
            } else {
                Hint::CtrlScroll
            };
            return (vec![Action::Hint(hint)], false);
        }
        let unit = match mode {
            1 => 0.05,
            2 => 1.0,
            _ => 0.002,
        };
        let boost = if ctrl { 10.0 } else { 1.0 };
        let factor = 2f64.powf(-dy * unit * boost);
        // The boost is for pinch gestures (small deltas); Ctrl with a notched mouse wheel, as
        // an embedded map asks for, would otherwise jump 4× per notch.
        let factor = if ctrl { factor.clamp(0.5, 2.0) } else { factor };
        if !factor.is_finite() {
            return (Vec::new(), true);
        }
        (
            vec![Action::ZoomAt {
                factor,
                x,
                y,
                animate: false,
            }],
            true,
        )
    }

    fn key(&mut self, key: &str, shift: bool, command: bool) -> Vec<Action> {
        if command {
            return Vec::new();
        }
        // In a presentation the arrows and Esc belong to the clicker and the tour.
        if self.context.present && (key.starts_with("Arrow") || key == "Escape") {
            return Vec::new();
        }
        if !shift {
            if let Some(m) = Move::of_key(key) {
                return vec![Action::Roving(m)];
            }
        }
        let action = match key {
            "Enter" | " " => Action::Activate,
            "+" | "=" => Action::ZoomBy(KEY_ZOOM),
            "-" | "_" => Action::ZoomBy(1.0 / KEY_ZOOM),
            "0" => Action::Reset,
            "ArrowLeft" => Action::PanBy(-KEY_PAN, 0.0),
            "ArrowRight" => Action::PanBy(KEY_PAN, 0.0),
            "ArrowUp" => Action::PanBy(0.0, -KEY_PAN),
            "ArrowDown" => Action::PanBy(0.0, KEY_PAN),
            "Escape" => Action::Escape,
            _ => return Vec::new(),
        };
        vec![action]
    }
}

fn pinch_of(p: &[(i32, f64, f64)]) -> (f64, f64, f64) {
    let (a, b) = (p[0], p[1]);
    (
        (a.1 - b.1).hypot(a.2 - b.2),
        (a.1 + b.1) / 2.0,
        (a.2 + b.2) / 2.0,
    )
}

#[cfg(test)]
mod tests;
