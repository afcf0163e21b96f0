//! App-wide state: a few signals provided once at the root and read where they are needed.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::dataset::{Dataset, Status};
use crate::core::date::PartialDate;
use crate::core::geo::MapGeometry;
use crate::core::membership;
use crate::core::viewport::Viewport;

/// What the pointer is over, for the tooltip: a shape id and where (CSS px in the map frame).
#[derive(Clone, Debug, PartialEq)]
pub struct Hover {
    pub id: String,
    pub x: f64,
    pub y: f64,
}

/// Something that arrives asynchronously and may fail.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Load<T> {
    #[default]
    Loading,
    Ready(T),
    /// What went wrong, one message per line, for the page.
    Failed(Vec<String>),
}

impl<T> Load<T> {
    pub fn ready(&self) -> Option<&T> {
        match self {
            Load::Ready(t) => Some(t),
            _ => None,
        }
    }
}

/// The state every screen area shares. All fields are `Copy` handles.
#[derive(Clone, Copy)]
pub struct AppState {
    pub dataset: RwSignal<Load<Arc<Dataset>>>,
    pub map: RwSignal<Load<Arc<MapGeometry>>>,
    /// Non-fatal problems (a skipped boundary feature, an entity with no shape).
    pub warnings: RwSignal<Vec<String>>,
    /// Id of the selected shape (an entity or any other country), if any.
    pub selected: RwSignal<Option<String>>,
    /// The date the map shows: the latest date the dataset knows.
    pub as_of: Memo<Option<PartialDate>>,
    /// Status of each entity at `as_of` (entities without a status then are absent).
    pub statuses: Memo<HashMap<String, Status>>,
    /// Zoom and pan of the map.
    pub viewport: RwSignal<Viewport>,
    /// The detailed boundaries (1:50m), loaded in the background once the map is zoomed in.
    pub detail: RwSignal<Option<Arc<MapGeometry>>>,
    /// CSS pixels per map unit at the map's current size (for on-screen sizes of shapes).
    pub px_per_unit: RwSignal<f64>,
    /// The shape under the pointer (or last tapped), for the tooltip.
    pub hover: RwSignal<Option<Hover>>,
}

impl AppState {
    pub fn new() -> Self {
        let dataset = RwSignal::new(Load::Loading);
        let as_of = Memo::new(move |_| {
            dataset
                .with(|d: &Load<Arc<Dataset>>| d.ready().and_then(|d| membership::latest_date(d)))
        });
        let statuses = Memo::new(move |_| {
            dataset.with(|d| match (d.ready(), as_of.get()) {
                (Some(d), Some(date)) => membership::statuses_at(d, date)
                    .into_iter()
                    .map(|(e, s)| (e.id.clone(), s))
                    .collect(),
                _ => HashMap::new(),
            })
        });
        Self {
            dataset,
            map: RwSignal::new(Load::Loading),
            warnings: RwSignal::new(Vec::new()),
            selected: RwSignal::new(None),
            as_of,
            statuses,
            viewport: RwSignal::new(Viewport::IDENTITY),
            detail: RwSignal::new(None),
            px_per_unit: RwSignal::new(1.0),
            hover: RwSignal::new(None),
        }
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

/// Provides a fresh [`AppState`] to the component tree below the caller.
pub fn provide_app_state() -> AppState {
    let state = AppState::new();
    provide_context(state);
    state
}

/// The [`AppState`] provided at the root.
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
