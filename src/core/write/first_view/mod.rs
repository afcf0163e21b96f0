//! The first view's map, written at build time: every shape of the default view (coloured by
//! status, named in every UI language) as the page's HTML holds it, so that it paints before
//! any WebAssembly has loaded, and the page's map takes this very markup over. The page around
//! it, and the markup around the shapes, are the app's own components rendered at build time
//! (`ui::prerender`, `ui::page`). Written from the same core as the page: the projection, the
//! paths, the statuses, the phrases.

mod map;
mod ml;

use std::collections::HashMap;

use crate::core::check::names::Names;
use crate::core::derive::membership;
use crate::core::geo::MapGeometry;
use crate::core::model::dataset::{Dataset, Status};
use crate::core::model::date::PartialDate;
use crate::core::model::lang::Lang;
use crate::core::write::phrases::Phrases;
use crate::core::write::words;

pub use map::MapView;
pub use ml::Ml;

/// What the first view's map is written from.
pub struct Inputs<'a> {
    pub dataset: &'a Dataset,
    /// The world map with its overlays (Quebec), as `core::geo::build_map` projects it.
    pub map: &'a MapGeometry,
    pub names: &'a Names,
    /// The sentence templates in each UI language (`ui::phrases`).
    pub phrases: &'a [(Lang, Phrases)],
}

/// What the first view shows, derived once.
pub(crate) struct Scene<'a> {
    pub inputs: &'a Inputs<'a>,
    pub as_of: Option<PartialDate>,
    pub statuses: HashMap<String, Status>,
    /// For a language `Inputs` lacks (none, as the build gives them).
    pub fallback: Phrases,
}

impl Scene<'_> {
    pub fn phrases(&self, lang: Lang) -> &Phrases {
        let mut all = self.inputs.phrases.iter();
        all.find(|(l, _)| *l == lang)
            .map_or(&self.fallback, |p| &p.1)
    }

    /// A country's name in `lang` (CLDR's), else the data's or the boundary file's English.
    pub fn name(&self, lang: Lang, id: &str, english: &str) -> String {
        self.inputs
            .names
            .country(lang, id)
            .unwrap_or(english)
            .to_owned()
    }

    pub fn as_of_label(&self, lang: Lang) -> Option<String> {
        self.as_of.map(|d| words::date(lang, &d))
    }
}

/// The default view's map: its shapes, and the numbers and texts of its frame.
pub fn map(inputs: &Inputs) -> MapView {
    let d = inputs.dataset;
    let as_of = membership::latest_date(d);
    let statuses: HashMap<String, Status> = as_of
        .map(|date| {
            membership::statuses_at(d, date)
                .into_iter()
                .map(|(e, s)| (e.id.clone(), s))
                .collect()
        })
        .unwrap_or_default();
    map::view(&Scene {
        inputs,
        as_of,
        statuses,
        fallback: Phrases::default(),
    })
}
