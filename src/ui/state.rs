//! App-wide state: a few signals provided once at the root and read where they are needed.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::check::names::Names;
use crate::core::derive::filter::{self, Filter, Places};
use crate::core::derive::membership;
use crate::core::derive::stats::Choropleth;
use crate::core::geo::viewport::Viewport;
use crate::core::geo::MapGeometry;
use crate::core::link::{Frame, View};
use crate::core::model::dataset::{Dataset, Status};
use crate::core::model::date::PartialDate;
use crate::core::model::lang::Lang;

/// What the pointer is over, for the tooltip: a shape id and where (CSS px in the map frame).
#[derive(Clone, Debug, PartialEq)]
pub struct Hover {
    pub id: String,
    pub x: f64,
    pub y: f64,
}

/// A short note over the map on how to use it where it is embedded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapHint {
    TwoFingers,
    CtrlScroll,
    CmdScroll,
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
    /// The date chosen on the timeline (or in the link); `None` means the latest.
    pub date: RwSignal<Option<PartialDate>>,
    /// The date the map shows: the end of the chosen period, else the latest date the dataset
    /// knows.
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
    /// Status, region and issue-area filters.
    pub filter: RwSignal<Filter>,
    /// The indicator the map is coloured by, if any.
    pub indicator: RwSignal<Option<String>>,
    /// Text in the search box.
    pub query: RwSignal<String>,
    /// Map, table or chart.
    pub view: RwSignal<View>,
    /// Entities picked for the comparison chart.
    pub compare: RwSignal<Vec<String>>,
    /// Region of every shape and entity.
    pub places: Memo<Arc<Places>>,
    /// Ids of the entities the filters leave at `as_of`, sorted by name.
    pub result: Memo<Arc<Vec<String>>>,
    /// Classes of the chosen indicator over `result`.
    pub choropleth: Memo<Option<Arc<Choropleth>>>,
    /// Set once the link's state has been applied: the screen areas wait for it, so that a
    /// permalink opens on its own view rather than animating there.
    pub ready: RwSignal<bool>,
    /// Embedded, presented, themed: read from the link before anything loads.
    pub frame: RwSignal<Frame>,
    /// Whether a service worker has stored the app for use offline.
    pub offline_ready: RwSignal<bool>,
    /// A short note over the map on how to use it here ("Ctrl + scroll to zoom").
    pub map_hint: RwSignal<Option<MapHint>>,
    /// The entity the keyboard is on in the map (its one Tab stop), once the arrows have moved.
    pub key_focus: RwSignal<Option<String>>,
    /// Whether the keyboard focus is inside the map (for the focus ring on markers).
    pub map_has_focus: RwSignal<bool>,
    /// The UI language: the link's `lang=`, else the browser's (set by `ui::locale`).
    pub lang: Memo<Lang>,
    /// Country and region names in the other languages (empty until needed and loaded).
    pub names: RwSignal<Arc<Names>>,
    /// A person's own figures laid over the dataset, if any: here rather than in the import
    /// control, so that "Remove" survives the screen being rebuilt in another language.
    pub imported: RwSignal<Option<Imported>>,
}

/// The figures of a CSV file in use, and the dataset as loaded, to go back to.
#[derive(Clone, Debug)]
pub struct Imported {
    pub file: String,
    pub figures: usize,
    pub original: Arc<Dataset>,
}

impl AppState {
    pub fn new() -> Self {
        let dataset = RwSignal::new(Load::Loading);
        let map: RwSignal<Load<Arc<MapGeometry>>> = RwSignal::new(Load::Loading);
        let date: RwSignal<Option<PartialDate>> = RwSignal::new(None);
        let as_of = Memo::new(move |_| match date.get() {
            Some(d) => Some(d.end_of_period()),
            None => dataset
                .with(|d: &Load<Arc<Dataset>>| d.ready().and_then(|d| membership::latest_date(d))),
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
        let filter = RwSignal::new(Filter::default());
        let indicator = RwSignal::new(None::<String>);
        let places = Memo::new(move |_| {
            let places = dataset.with(|d| {
                map.with(|m| {
                    let shapes = m.ready().map(|m| m.shapes.as_slice()).unwrap_or_default();
                    filter::places(
                        d.ready().map(|d| d.as_ref()),
                        shapes
                            .iter()
                            .map(|s| (s.id.as_str(), s.region.as_deref(), s.subregion.as_deref())),
                    )
                })
            });
            Arc::new(places)
        });
        let result = Memo::new(move |_| {
            let ids = dataset.with(|d| {
                let Some(d) = d.ready() else {
                    return Vec::new();
                };
                statuses.with(|s| {
                    places.with(|p| {
                        filter.with(|f| {
                            filter::apply(d, s, p, f)
                                .into_iter()
                                .map(|(e, _)| e.id.clone())
                                .collect()
                        })
                    })
                })
            });
            Arc::new(ids)
        });
        let choropleth = Memo::new(move |_| {
            let indicator = indicator.get()?;
            dataset.with(|d| {
                let d = d.ready()?;
                d.indicator(&indicator)?;
                let entities: Vec<_> =
                    result.with(|r| r.iter().filter_map(|id| d.entity(id)).collect());
                Some(Arc::new(Choropleth::new(&entities, &indicator)))
            })
        });
        let frame = RwSignal::new(Frame::default());
        let browser = crate::ui::locale::browser_lang();
        let lang = Memo::new(move |_| frame.with(|f| f.lang).unwrap_or(browser));
        Self {
            dataset,
            map,
            date,
            warnings: RwSignal::new(Vec::new()),
            selected: RwSignal::new(None),
            as_of,
            statuses,
            viewport: RwSignal::new(Viewport::IDENTITY),
            detail: RwSignal::new(None),
            px_per_unit: RwSignal::new(1.0),
            hover: RwSignal::new(None),
            filter,
            indicator,
            query: RwSignal::new(String::new()),
            view: RwSignal::new(View::Map),
            compare: RwSignal::new(Vec::new()),
            places,
            result,
            choropleth,
            ready: RwSignal::new(false),
            frame,
            lang,
            names: RwSignal::new(Arc::new(Names::default())),
            offline_ready: RwSignal::new(false),
            map_hint: RwSignal::new(None),
            key_focus: RwSignal::new(None),
            map_has_focus: RwSignal::new(false),
            imported: RwSignal::new(None),
        }
    }
}

impl AppState {
    /// The date shown, as people read it, with the precision it was chosen with ("Sep 2016"
    /// for a link's `date=2016-09`, although the statuses are those at its end).
    pub fn as_of_label(&self) -> Option<String> {
        self.date
            .get()
            .or_else(|| self.as_of.get())
            .map(|d| crate::ui::locale::date(self.lang.get(), &d))
    }

    /// The boundary file's name of shape `id` (tracked). Small countries are only in the
    /// 1:50m map, so it is looked up there too.
    pub fn shape_name(&self, id: &str) -> Option<String> {
        if let Some(n) = self
            .names
            .with(|n| n.country(self.lang.get(), id).map(str::to_owned))
        {
            return Some(n);
        }
        let find = |m: &MapGeometry| m.shapes.iter().find(|s| s.id == id).map(|s| s.name.clone());
        self.map
            .with(|m| m.ready().and_then(|m| find(m)))
            .or_else(|| self.detail.with(|m| m.as_ref().and_then(|m| find(m))))
    }

    /// The name of `id` in the page's language, `english` (the data's name) when there is none.
    pub fn name(&self, id: &str, english: &str) -> String {
        self.names
            .with(|n| n.country(self.lang.get(), id).unwrap_or(english).to_owned())
    }

    /// A UN M49 region's name in the page's language.
    pub fn region_name(&self, english: &str) -> String {
        self.names.with(|n| {
            n.region(self.lang.get(), english)
                .unwrap_or(english)
                .to_owned()
        })
    }

    /// Whether entity `id` is in the filtered result.
    pub fn in_result(&self, id: &str) -> bool {
        self.result.with(|r| r.iter().any(|r| r == id))
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
