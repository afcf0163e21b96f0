//! The map's gestures as a pure state machine: pointer, wheel and key events in, actions out
//! (pan, zoom at a point, hover, select, hints). Wheel zoom at the pointer, drag to pan, pinch
//! and two-finger pan, double-click and double-tap zoom, the keys when the map has focus.
//! The page feeds it DOM events and carries out the actions; the rules are tested natively,
//! like the tour's `Deck`.

use super::roving::Move;

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

/// What kind of pointer an event comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pointer {
    Mouse,
    Pen,
    Touch,
}

impl Pointer {
    /// `PointerEvent.pointerType`.
    pub fn of(kind: &str) -> Pointer {
        match kind {
            "touch" => Pointer::Touch,
            "pen" => Pointer::Pen,
            _ => Pointer::Mouse,
        }
    }
}

/// A short note over the map on how to use it where it is embedded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hint {
    TwoFingers,
    CtrlScroll,
    CmdScroll,
}

/// Where the map is: in the page, in another site's page, or in a presentation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Context {
    /// In another site's page: one finger and a plain wheel scroll that page.
    pub embedded: bool,
    /// In a presentation: the arrows and Esc belong to the clicker.
    pub present: bool,
    /// On a Mac (the hint says ⌘ rather than Ctrl).
    pub mac: bool,
}

/// An event, in client CSS pixels and milliseconds.
#[derive(Clone, Debug, PartialEq)]
pub enum Input {
    Down {
        id: i32,
        x: f64,
        y: f64,
        pointer: Pointer,
        /// Not the main mouse button (a right or middle click is not a gesture).
        secondary: bool,
    },
    Move {
        id: i32,
        x: f64,
        y: f64,
        pointer: Pointer,
    },
    Up {
        id: i32,
        x: f64,
        y: f64,
        pointer: Pointer,
        t: f64,
    },
    Click {
        x: f64,
        y: f64,
    },
    DoubleClick {
        x: f64,
        y: f64,
        shift: bool,
        t: f64,
    },
    /// `WheelEvent.deltaY` and `deltaMode`.
    Wheel {
        dy: f64,
        mode: u32,
        ctrl: bool,
        meta: bool,
        x: f64,
        y: f64,
    },
    Key {
        key: String,
        shift: bool,
        /// Ctrl, Alt or Meta: the browser's and the system's keys, not the map's.
        command: bool,
    },
}

/// What the page does about an event.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Stop a running animation (a gesture takes over).
    Cancel,
    /// Capture the pointer (a drag or a pinch has begun).
    Capture(i32),
    /// Show the tooltip of what is at this point (hover, or a tap).
    Hover {
        x: f64,
        y: f64,
    },
    HideTooltip,
    /// Select what is at this point.
    Select {
        x: f64,
        y: f64,
    },
    /// Move the map by client pixels.
    Pan {
        dx: f64,
        dy: f64,
    },
    /// Zoom by `factor` keeping the point under `(x, y)` in place.
    ZoomAt {
        factor: f64,
        x: f64,
        y: f64,
        animate: bool,
    },
    /// Zoom about the centre of the view (keys), animated.
    ZoomBy(f64),
    /// Pan by a share of the view (keys), animated: positive shows more of the east/south.
    PanBy(f64, f64),
    /// Back to the whole world.
    Reset,
    /// Move the keyboard from entity to entity.
    Roving(Move),
    /// Select the entity the keyboard is on.
    Activate,
    /// Hide the tooltip if one shows, else clear the selection.
    Escape,
    Hint(Hint),
}

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

/// The hint shown over the map, and until when: a newer hint replaces an older one, and the
/// older one's time running out does not clear the newer.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct HintClock {
    shown: Option<(Hint, f64)>,
}

/// How long a hint shows, in milliseconds.
pub const HINT_MS: f64 = 1500.0;

impl HintClock {
    /// Shows `hint` from `now`; `false` when it already shows (nothing to do).
    pub fn show(&mut self, hint: Hint, now: f64) -> bool {
        let already = self
            .shown
            .is_some_and(|(h, until)| h == hint && now < until);
        if !already {
            self.shown = Some((hint, now + HINT_MS));
        }
        !already
    }

    /// The hint showing at `now`, clearing one whose time is over.
    pub fn at(&mut self, now: f64) -> Option<Hint> {
        match self.shown {
            Some((h, until)) if now < until => Some(h),
            _ => {
                self.shown = None;
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn down(g: &mut Gesture, id: i32, x: f64, y: f64, pointer: Pointer) -> Vec<Action> {
        g.feed(Input::Down {
            id,
            x,
            y,
            pointer,
            secondary: false,
        })
        .0
    }
    fn mv(g: &mut Gesture, id: i32, x: f64, y: f64, pointer: Pointer) -> Vec<Action> {
        g.feed(Input::Move { id, x, y, pointer }).0
    }
    fn up(g: &mut Gesture, id: i32, x: f64, y: f64, pointer: Pointer, t: f64) -> Vec<Action> {
        g.feed(Input::Up {
            id,
            x,
            y,
            pointer,
            t,
        })
        .0
    }

    #[test]
    fn a_press_that_moves_is_a_drag_and_its_click_selects_nothing() {
        let mut g = Gesture::default();
        assert_eq!(
            down(&mut g, 1, 10.0, 10.0, Pointer::Mouse),
            [Action::Cancel]
        );
        assert!(
            mv(&mut g, 1, 12.0, 11.0, Pointer::Mouse).is_empty(),
            "under the threshold"
        );
        assert_eq!(
            mv(&mut g, 1, 20.0, 10.0, Pointer::Mouse),
            [
                Action::Capture(1),
                Action::HideTooltip,
                Action::Pan { dx: 8.0, dy: -1.0 }
            ]
        );
        assert!(up(&mut g, 1, 20.0, 10.0, Pointer::Mouse, 0.0).is_empty());
        assert!(g.feed(Input::Click { x: 20.0, y: 10.0 }).0.is_empty());
        // The next click is a selection again.
        assert_eq!(
            g.feed(Input::Click { x: 5.0, y: 5.0 }).0,
            [Action::Select { x: 5.0, y: 5.0 }]
        );
    }

    #[test]
    fn hover_is_for_mice_and_pens() {
        let mut g = Gesture::default();
        assert_eq!(
            mv(&mut g, 1, 3.0, 4.0, Pointer::Pen),
            [Action::Hover { x: 3.0, y: 4.0 }]
        );
        assert!(mv(&mut g, 2, 3.0, 4.0, Pointer::Touch).is_empty());
        assert!(down(&mut g, 3, 0.0, 0.0, Pointer::Mouse).len() == 1);
        let secondary = g.feed(Input::Down {
            id: 4,
            x: 0.0,
            y: 0.0,
            pointer: Pointer::Mouse,
            secondary: true,
        });
        assert!(secondary.0.is_empty(), "a right click is not a gesture");
    }

    #[test]
    fn taps_show_the_tooltip_and_a_double_tap_zooms() {
        let mut g = Gesture::default();
        down(&mut g, 1, 50.0, 50.0, Pointer::Touch);
        assert_eq!(
            up(&mut g, 1, 50.0, 50.0, Pointer::Touch, 1000.0),
            [Action::Hover { x: 50.0, y: 50.0 }]
        );
        down(&mut g, 2, 55.0, 52.0, Pointer::Touch);
        assert_eq!(
            up(&mut g, 2, 55.0, 52.0, Pointer::Touch, 1200.0),
            [Action::ZoomAt {
                factor: 2.0,
                x: 55.0,
                y: 52.0,
                animate: true
            }]
        );
        // The browser's dblclick for the same taps is ignored.
        let (actions, prevent) = g.feed(Input::DoubleClick {
            x: 55.0,
            y: 52.0,
            shift: false,
            t: 1300.0,
        });
        assert!(actions.is_empty() && prevent);
        // A later double click zooms; Shift zooms out.
        let (actions, _) = g.feed(Input::DoubleClick {
            x: 1.0,
            y: 2.0,
            shift: true,
            t: 5000.0,
        });
        assert_eq!(
            actions,
            [Action::ZoomAt {
                factor: 0.5,
                x: 1.0,
                y: 2.0,
                animate: true
            }]
        );
    }

    #[test]
    fn two_fingers_pinch_and_pan() {
        let mut g = Gesture::default();
        down(&mut g, 1, 0.0, 0.0, Pointer::Touch);
        assert_eq!(
            down(&mut g, 2, 100.0, 0.0, Pointer::Touch),
            [Action::Cancel, Action::Capture(2)]
        );
        assert_eq!(
            mv(&mut g, 2, 200.0, 0.0, Pointer::Touch),
            [
                Action::ZoomAt {
                    factor: 2.0,
                    x: 100.0,
                    y: 0.0,
                    animate: false
                },
                Action::Pan { dx: 50.0, dy: 0.0 }
            ]
        );
        up(&mut g, 2, 200.0, 0.0, Pointer::Touch, 0.0);
        assert!(
            up(&mut g, 1, 0.0, 0.0, Pointer::Touch, 10.0).is_empty(),
            "the end of a pinch is not a tap"
        );
    }

    #[test]
    fn embedded_one_finger_and_a_plain_wheel_belong_to_the_page() {
        let mut g = Gesture::new(Context {
            embedded: true,
            ..Context::default()
        });
        down(&mut g, 1, 0.0, 0.0, Pointer::Touch);
        assert_eq!(
            mv(&mut g, 1, 0.0, 40.0, Pointer::Touch),
            [Action::Hint(Hint::TwoFingers)]
        );
        assert!(mv(&mut g, 1, 0.0, 80.0, Pointer::Touch).is_empty(), "once");
        let wheel = |ctrl, meta| Input::Wheel {
            dy: 100.0,
            mode: 0,
            ctrl,
            meta,
            x: 0.0,
            y: 0.0,
        };
        assert_eq!(
            g.feed(wheel(false, false)),
            (vec![Action::Hint(Hint::CtrlScroll)], false)
        );
        let (actions, prevent) = g.feed(wheel(true, false));
        assert!(prevent);
        assert!(matches!(actions[..], [Action::ZoomAt { factor, .. }] if factor == 0.5));
        g.context.mac = true;
        assert_eq!(
            g.feed(wheel(false, false)).0,
            [Action::Hint(Hint::CmdScroll)]
        );
    }

    #[test]
    fn wheel_deltas_zoom_like_d3() {
        let mut g = Gesture::default();
        let zoom = |g: &mut Gesture, dy, mode| match &g
            .feed(Input::Wheel {
                dy,
                mode,
                ctrl: false,
                meta: false,
                x: 0.0,
                y: 0.0,
            })
            .0[..]
        {
            [Action::ZoomAt { factor, .. }] => *factor,
            other => panic!("{other:?}"),
        };
        assert!((zoom(&mut g, -500.0, 0) - 2.0).abs() < 1e-12);
        assert!((zoom(&mut g, 20.0, 1) - 0.5).abs() < 1e-12);
        assert!(g
            .feed(Input::Wheel {
                dy: f64::NAN,
                mode: 0,
                ctrl: false,
                meta: false,
                x: 0.0,
                y: 0.0
            })
            .0
            .is_empty());
    }

    #[test]
    fn keys() {
        let mut g = Gesture::default();
        let key = |g: &mut Gesture, k: &str, shift: bool| {
            g.feed(Input::Key {
                key: k.into(),
                shift,
                command: false,
            })
            .0
        };
        assert_eq!(
            key(&mut g, "ArrowRight", false),
            [Action::Roving(Move::Next)]
        );
        assert_eq!(key(&mut g, "ArrowRight", true), [Action::PanBy(0.125, 0.0)]);
        assert_eq!(key(&mut g, "+", false), [Action::ZoomBy(1.5)]);
        assert_eq!(key(&mut g, "0", false), [Action::Reset]);
        assert_eq!(key(&mut g, "Enter", false), [Action::Activate]);
        assert_eq!(key(&mut g, "Escape", false), [Action::Escape]);
        assert!(key(&mut g, "a", false).is_empty());
        g.context.present = true;
        assert!(key(&mut g, "ArrowRight", false).is_empty(), "the clicker's");
        assert!(key(&mut g, "Escape", false).is_empty());
        assert!(g
            .feed(Input::Key {
                key: "+".into(),
                shift: false,
                command: true
            })
            .0
            .is_empty());
    }

    #[test]
    fn an_older_hint_never_clears_a_newer_one() {
        let mut clock = HintClock::default();
        assert!(clock.show(Hint::CtrlScroll, 0.0));
        assert!(!clock.show(Hint::CtrlScroll, 100.0), "already showing");
        assert!(clock.show(Hint::TwoFingers, 1000.0));
        // The first hint's time is over at 1500; the second shows until 2500.
        assert_eq!(clock.at(1600.0), Some(Hint::TwoFingers));
        assert_eq!(clock.at(2600.0), None);
    }
}
