//! What was loaded: the dataset (and the visitor's own overlay on it), the boundaries, the
//! names in other languages, and the problems met on the way.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::check::csv::{apply, Import};
use crate::core::check::names::Names;
use crate::core::geo::MapGeometry;
use crate::core::model::dataset::Dataset;

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
    pub fn failed(&self) -> bool {
        matches!(self, Load::Failed(_))
    }

    pub fn ready(&self) -> Option<&T> {
        match self {
            Load::Ready(t) => Some(t),
            _ => None,
        }
    }
}

/// The problems of a dataset file that was used: the parts left out, located.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LeftOut {
    /// The file's address or name.
    pub file: String,
    /// How many parts were left out (the other lines are fields that were ignored).
    pub parts: usize,
    /// Every problem, "path: message".
    pub lines: Vec<String>,
}

/// What a visitor laid over the loaded dataset, in this tab only.
#[derive(Clone, Debug, PartialEq)]
pub enum Overlay {
    /// Their own figures (a CSV file) over the dataset's.
    Figures { file: String, import: Arc<Import> },
    /// A whole dataset file opened from their disk, shown instead of the loaded one.
    File {
        file: String,
        dataset: Arc<Dataset>,
        left_out: LeftOut,
    },
}

impl Overlay {
    pub fn file(&self) -> &str {
        match self {
            Overlay::Figures { file, .. } | Overlay::File { file, .. } => file,
        }
    }
}

/// The loaded files. All fields are `Copy` handles.
#[derive(Clone, Copy)]
pub struct Data {
    /// The dataset as loaded from the site (or a host's `data=`).
    pub loaded: RwSignal<Load<Arc<Dataset>>>,
    /// What was left out of the loaded dataset file.
    pub loaded_left_out: RwSignal<LeftOut>,
    /// The visitor's own figures or file, if any.
    pub overlay: RwSignal<Option<Overlay>>,
    /// A file the visitor opened that could not be used: its name and why.
    pub open_failed: RwSignal<Option<(String, Vec<String>)>>,
    /// The dataset the page shows: the loaded one with the overlay. Derived, never stored.
    pub dataset: Memo<Load<Arc<Dataset>>>,
    /// The world map (1:110m) as drawn: ids, names, regions and bounds.
    pub map: RwSignal<Load<Arc<MapGeometry>>>,
    /// The detailed map (1:50m), once the map has loaded it.
    pub detail: RwSignal<Option<Arc<MapGeometry>>>,
    /// Country and region names in the other languages (empty until needed and loaded).
    pub names: RwSignal<Arc<Names>>,
    /// Non-fatal problems (a skipped boundary feature, an entity with no shape, a link value).
    pub warnings: RwSignal<Vec<String>>,
}

impl Data {
    pub fn new() -> Self {
        let loaded = RwSignal::new(Load::<Arc<Dataset>>::Loading);
        let overlay = RwSignal::new(None::<Overlay>);
        let dataset = Memo::new_with_compare(
            move |_| {
                overlay.with(|o| match o {
                    Some(Overlay::File { dataset, .. }) => Load::Ready(dataset.clone()),
                    Some(Overlay::Figures { import, .. }) => loaded.with(|l| match l {
                        Load::Ready(d) => Load::Ready(Arc::new(apply(d, import))),
                        other => other.clone(),
                    }),
                    None => loaded.get(),
                })
            },
            // The same dataset is the same allocation: no deep comparison of the whole file.
            |a: Option<&Load<Arc<Dataset>>>, b: Option<&Load<Arc<Dataset>>>| match (a, b) {
                (Some(Load::Ready(a)), Some(Load::Ready(b))) => !Arc::ptr_eq(a, b),
                (a, b) => a != b,
            },
        );
        Self {
            loaded,
            loaded_left_out: RwSignal::new(LeftOut::default()),
            overlay,
            open_failed: RwSignal::new(None),
            dataset,
            map: RwSignal::new(Load::Loading),
            detail: RwSignal::new(None),
            names: RwSignal::new(Arc::new(Names::default())),
            warnings: RwSignal::new(Vec::new()),
        }
    }

    /// What was left out of the dataset the page shows.
    pub fn left_out(&self) -> LeftOut {
        match self.overlay.get() {
            Some(Overlay::File { left_out, .. }) => left_out,
            _ => self.loaded_left_out.get(),
        }
    }

    /// Adds problems to the page's warnings, once each.
    pub fn warn(&self, messages: impl IntoIterator<Item = String>) {
        self.warnings.update(|w| {
            for m in messages {
                if !w.contains(&m) {
                    w.push(m);
                }
            }
        });
    }
}

impl Default for Data {
    fn default() -> Self {
        Self::new()
    }
}
