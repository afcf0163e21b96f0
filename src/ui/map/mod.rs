//! The world map as an instrument: an SVG drawn once (by the first view at build time, or from
//! a boundary file), moved by one transform, its shapes restyled one class at a time when the
//! filters or the indicator change, and its gestures read by `core::geo::gesture`.
//!
//! Written against the DOM (`web-sys`) rather than as Leptos views: the map comes with the
//! page's first view and works before the rest of the app has loaded, and its 170 to 250
//! shapes need no reactive node each. The rest of the page drives it through [`MapInstrument`]
//! and hears from it through [`Hooks`].

mod adopt;
mod api;
mod camera;
mod detail;
mod events;
mod frame;
mod layer;
pub mod listen;
mod overlay;
pub mod svg;
mod tip;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

use crate::core::derive::look::{changes, Look};
use crate::core::geo::fit::Bounds;
use crate::core::geo::gesture::{Context, Gesture, HintClock};
use crate::core::geo::roving::west_to_east;
use crate::core::geo::viewport::{Limits, Viewport};
use crate::core::geo::MapGeometry;
use crate::core::model::dataset::Status;
use crate::core::write::dom;
use adopt::{bounds_attr, looks_of_classes, world_of};
use layer::Layer;
use svg::{find, set};

pub use listen::{now, Listener};

/// What a tooltip says about a shape.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tip {
    pub name: String,
    pub status: Option<String>,
    pub figure: Option<String>,
}

/// Texts the map shows itself, in the page's language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Texts {
    pub two_fingers: String,
    pub ctrl_scroll: String,
    pub cmd_scroll: String,
}

type Callback<T> = Option<Rc<dyn Fn(T)>>;
/// What the tooltip says of a shape, by its id.
type Describe = Option<Rc<dyn Fn(&str) -> Option<Tip>>>;

/// How the map tells the page what the visitor did.
#[derive(Clone, Default)]
pub struct Hooks {
    /// A click, a tap or Enter chose a shape; `None`: Esc cleared the selection.
    pub select: Callback<Option<String>>,
    /// The view stopped moving (the link may be written).
    pub settled: Callback<()>,
    /// What the tooltip of a shape says.
    pub describe: Describe,
    /// The detailed boundaries arrived (their number of shapes) or failed (why).
    pub detail: Callback<Result<usize, String>>,
    /// The keyboard or the pointer is on the map (the page may start loading what a
    /// selection will need).
    pub engaged: Callback<()>,
}

/// The map's elements.
pub(crate) struct Elements {
    doc: Document,
    frame: HtmlElement,
    svg: Element,
    zoom_g: Element,
    markers_g: Element,
    outline: Element,
    /// Pattern elements with their own transform and the path units of the layer they fill.
    patterns: RefCell<Vec<(Element, String, u32)>>,
    buttons: Vec<(Element, &'static str)>,
    hint: Element,
    tooltip: HtmlElement,
}

/// What the map is showing and doing.
pub(crate) struct State {
    base: Layer,
    detail: Option<Layer>,
    detail_requested: bool,
    detail_url: Option<String>,
    world: MapGeometry,
    view: Viewport,
    limits: Limits,
    /// CSS pixels per view-box unit.
    px: f64,
    /// CSS pixels of the frame's bottom that something lies over (a phone's details sheet).
    covered_px: f64,
    home: Bounds,
    gesture: Gesture,
    hints: HintClock,
    hover: Option<(String, f64, f64)>,
    /// Status and look of every entity, as applied to the shapes.
    looks: HashMap<String, (Status, Look)>,
    labels: HashMap<String, String>,
    order: Vec<String>,
    tab_stop: Option<String>,
    key_focus: Option<String>,
    has_focus: bool,
    selected: Option<String>,
    markers: Vec<overlay::Marker>,
    animation: u32,
    heading: Option<Viewport>,
    settle: u32,
    texts: Texts,
}

pub(crate) struct Inner {
    els: Elements,
    state: RefCell<State>,
    hooks: RefCell<Hooks>,
    listeners: RefCell<Vec<Listener>>,
}

/// The map. Cloning gives another handle on the same map.
#[derive(Clone)]
pub struct MapInstrument(Rc<Inner>);

thread_local! {
    static MAP: RefCell<Option<MapInstrument>> = const { RefCell::new(None) };
}

impl MapInstrument {
    /// The page's map, if one was started.
    pub fn current() -> Option<MapInstrument> {
        MAP.with(|m| m.borrow().clone())
    }

    /// Takes over the map of the page's first view (`.map-frame` with its `svg.world-map`).
    pub fn adopt(doc: &Document) -> Option<MapInstrument> {
        let frame: HtmlElement = doc
            .query_selector(".map-frame")
            .ok()
            .flatten()?
            .dyn_into()
            .ok()?;
        let svg = find(&frame, &format!("svg.{}", dom::WORLD_MAP))?;
        let world = world_of(&svg)?;
        let base = Layer::adopt(find(&svg, "g.shapes")?);
        let home = bounds_attr(&svg, "data-home").unwrap_or(Bounds {
            x0: 0.0,
            y0: 0.0,
            x1: world.width,
            y1: world.height,
        });
        let looks = looks_of_classes(&base);
        Self::start(doc, frame, svg, world, base, home, looks)
    }

    /// Builds a map frame for `map` (no first view in the page, or a host's own boundaries),
    /// its entities drawn with `looks`.
    pub fn build(
        doc: &Document,
        map: &MapGeometry,
        home: Bounds,
        looks: HashMap<String, (Status, Look)>,
    ) -> Option<MapInstrument> {
        let frame = overlay::build_frame(doc, map)?;
        let svg = find(&frame, &format!("svg.{}", dom::WORLD_MAP))?;
        let base = Layer::build(doc, map, "shapes", &|id| looks.get(id).copied())?;
        let zoom_g = find(&svg, "g.zoom")?;
        let _ = zoom_g.prepend_with_node_1(&base.group);
        Self::start(doc, frame, svg, map.clone_empty(), base, home, looks)
    }

    fn start(
        doc: &Document,
        frame: HtmlElement,
        svg: Element,
        world: MapGeometry,
        base: Layer,
        home: Bounds,
        looks: HashMap<String, (Status, Look)>,
    ) -> Option<MapInstrument> {
        let els = overlay::elements(doc, frame, svg)?;
        let limits = Limits::framed(world.width, world.height, world.height);
        let state = State {
            base,
            detail: None,
            detail_requested: false,
            detail_url: None,
            world,
            view: Viewport::IDENTITY,
            limits,
            px: 1.0,
            covered_px: 0.0,
            home,
            gesture: Gesture::default(),
            hints: HintClock::default(),
            hover: None,
            looks,
            labels: HashMap::new(),
            order: Vec::new(),
            tab_stop: None,
            key_focus: None,
            has_focus: false,
            selected: None,
            markers: Vec::new(),
            animation: 0,
            heading: None,
            settle: 0,
            texts: Texts::default(),
        };
        let map = MapInstrument(Rc::new(Inner {
            els,
            state: RefCell::new(state),
            hooks: RefCell::new(Hooks::default()),
            listeners: RefCell::new(Vec::new()),
        }));
        // The first view drew the home region fitted to the frame; the same picture, now
        // through the view transform the gestures move.
        map.measure();
        let home = map.state(|s| camera::fit_unclamped(&s.home, &s.limits));
        map.state_mut(|s| s.view = home);
        map.render();
        map.update_order();
        events::listen(&map);
        MAP.with(|m| *m.borrow_mut() = Some(map.clone()));
        Some(map)
    }

    fn weak(&self) -> Weak<Inner> {
        Rc::downgrade(&self.0)
    }

    fn from_weak(weak: &Weak<Inner>) -> Option<MapInstrument> {
        weak.upgrade().map(MapInstrument)
    }

    pub(crate) fn state<T>(&self, f: impl FnOnce(&State) -> T) -> T {
        f(&self.0.state.borrow())
    }

    pub(crate) fn state_mut<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        f(&mut self.0.state.borrow_mut())
    }

    /// Whether the state is borrowed now (an event the browser fired amid a change of it).
    pub(crate) fn busy(&self) -> bool {
        self.0.state.try_borrow_mut().is_err()
    }

    pub(crate) fn els(&self) -> &Elements {
        &self.0.els
    }

    fn hooks(&self) -> Hooks {
        self.0.hooks.borrow().clone()
    }

    /// The element holding the map, its controls and tooltip: the page moves it into its
    /// layout rather than drawing another map.
    pub fn frame(&self) -> HtmlElement {
        self.0.els.frame.clone()
    }

    pub fn set_hooks(&self, hooks: Hooks) {
        *self.0.hooks.borrow_mut() = hooks;
    }

    pub fn set_context(&self, context: Context) {
        self.state_mut(|s| s.gesture.context = context);
    }

    pub fn set_texts(&self, texts: Texts) {
        self.state_mut(|s| s.texts = texts);
    }

    /// The map's accessible name ("World map: status in the group as of 8 Jul 2017").
    pub fn set_title(&self, title: &str) {
        svg::unset(&self.0.els.svg, "aria-labelledby");
        set(&self.0.els.svg, "aria-label", title);
    }

    /// Where the detailed boundaries are, fetched when the map is zoomed in.
    pub fn set_detail_url(&self, url: Option<String>) {
        self.state_mut(|s| s.detail_url = url);
    }
}
