//! What the gesture machine reads (the page's events, as plain values) and what it returns
//! (the actions the page carries out).

use crate::core::geo::roving::Move;

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
