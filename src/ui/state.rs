//! App-wide state: a few signals provided once at the root and read where they are needed.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::dataset::{Dataset, Status};
use crate::core::date::PartialDate;
use crate::core::geo::MapGeometry;
use crate::core::membership;

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
