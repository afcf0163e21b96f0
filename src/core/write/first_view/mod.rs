//! The first view, written at build time: the page's HTML holds the default view of the map
//! (its shapes coloured by status), the legend, the search and filters' rail and the group's
//! details, in every UI language, so that it paints before any WebAssembly has loaded. The
//! page's code then works on this very markup (the map) or replaces each screen area with its
//! live version (the rest), with nothing moving. Generated from the same core as the page:
//! the projection, the paths, the statuses, the phrases.

mod map;
mod panels;
mod shell;
mod text;

use std::collections::HashMap;

use crate::core::check::names::Names;
use crate::core::derive::membership;
use crate::core::geo::MapGeometry;
use crate::core::model::dataset::{Dataset, Status};
use crate::core::model::date::PartialDate;
use crate::core::model::lang::Lang;
use crate::core::write::phrases::Phrases;
use crate::core::write::words;

pub use text::{Locales, Ml};

/// What the first view is written from.
pub struct Inputs<'a> {
    pub dataset: &'a Dataset,
    /// The world map with its overlays (Quebec), as `core::geo::build_map` projects it.
    pub map: &'a MapGeometry,
    pub names: &'a Names,
    pub locales: &'a Locales,
    /// Where the page finds the detailed boundaries.
    pub detail_url: &'a str,
    /// A fingerprint of the dataset file: the page redraws if the file it loads differs.
    pub dataset_hash: &'a str,
    /// The areas the app's own components wrote (`ui::prerender`): per language, each area's
    /// element id and inner HTML.
    pub rendered: &'a [(Lang, Vec<(&'static str, String)>)],
}

/// The first view's parts, for `index.html`.
pub struct FirstView {
    /// Everything between `<body>` and the scripts: skip links, header, the app's screen
    /// areas, footer.
    pub body: String,
}

/// What the first view shows, derived once.
pub(crate) struct Scene<'a> {
    pub inputs: &'a Inputs<'a>,
    pub as_of: Option<PartialDate>,
    pub statuses: HashMap<String, Status>,
    pub phrases: Vec<(Lang, Phrases)>,
}

impl Scene<'_> {
    /// Area `id` as the components wrote it, once per language: the style sheet shows the
    /// page's, and `assets/first.js` keeps only it, unwrapped, so that the page holds what the
    /// app mounts over it.
    pub fn rendered(&self, id: &str) -> String {
        let mut out = String::new();
        for (lang, areas) in self.inputs.rendered {
            if let Some((_, html)) = areas.iter().find(|(a, _)| *a == id) {
                out.push_str(&format!(
                    "<div class=\"one-lang\" data-l=\"{}\">{html}</div>",
                    lang.code()
                ));
            }
        }
        out
    }

    pub fn t(&self, key: &str) -> Ml {
        self.inputs.locales.t(key)
    }

    pub fn phrases(&self, lang: Lang) -> &Phrases {
        &self
            .phrases
            .iter()
            .find(|(l, _)| *l == lang)
            .unwrap_or(&self.phrases[0])
            .1
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

/// Writes the first view.
pub fn render(inputs: &Inputs) -> FirstView {
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
    let scene = Scene {
        inputs,
        as_of,
        statuses,
        phrases: Lang::ALL
            .into_iter()
            .map(|l| (l, inputs.locales.phrases(l)))
            .collect(),
    };
    FirstView {
        body: shell::body(&scene),
    }
}
