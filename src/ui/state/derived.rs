//! What the page shows, computed from what was loaded and what the visitor chose: memos, never
//! stored copies.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use super::{Data, View};
use crate::core::derive::filter::{self, Places};
use crate::core::derive::look::{looks, Look};
use crate::core::derive::membership;
use crate::core::derive::stats::{ranked_by, Choropleth};
use crate::core::geo::MapGeometry;
use crate::core::model::dataset::{Dataset, Status};
use crate::core::model::date::PartialDate;
use crate::core::model::lang::Lang;
use crate::core::write::words;

#[derive(Clone, Copy)]
pub struct Derived {
    data: Data,
    view: View,
    /// The UI language: the link's `lang=`, else the browser's.
    pub lang: Memo<Lang>,
    /// The date the map shows: the end of the chosen period, else the latest date the dataset
    /// knows.
    pub as_of: Memo<Option<PartialDate>>,
    /// Status of each entity at `as_of` (entities without a status then are absent).
    pub statuses: Memo<HashMap<String, Status>>,
    /// Region of every shape and entity.
    pub places: Memo<Arc<Places>>,
    /// Ids of the entities the filters leave at `as_of`, sorted by name.
    pub result: Memo<Arc<Vec<String>>>,
    /// Classes of the chosen indicator over `result`.
    pub choropleth: Memo<Option<Arc<Choropleth>>>,
    /// Status and look of every entity with a status: the one rule the map, its markers and
    /// the export paint with.
    pub looks: Memo<HashMap<String, (Status, Look)>>,
}

impl Derived {
    pub fn new(data: Data, view: View, browser: Lang) -> Self {
        let dataset = data.dataset;
        let lang = Memo::new(move |_| view.frame.with(|f| f.lang).unwrap_or(browser));
        let as_of = Memo::new(move |_| match view.date.get() {
            Some(d) => Some(d.end_of_period()),
            None => dataset.with(|d| d.ready().and_then(|d| membership::latest_date(d))),
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
        let places = Memo::new(move |_| {
            let places = dataset.with(|d| {
                data.map.with(|m| {
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
                        view.filter.with(|f| {
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
            let indicator = view.indicator.get()?;
            dataset.with(|d| {
                let d = d.ready()?;
                d.indicator(&indicator)?;
                let entities: Vec<_> =
                    result.with(|r| r.iter().filter_map(|id| d.entity(id)).collect());
                let figures = ranked_by(&entities, &|e| d.headline(e, &indicator));
                Some(Arc::new(Choropleth::of_ranked(&indicator, &figures)))
            })
        });
        let looks = Memo::new(move |_| {
            statuses.with(|s| {
                result.with(|r| {
                    let in_result: std::collections::HashSet<&str> =
                        r.iter().map(String::as_str).collect();
                    choropleth.with(|c| looks(s, &|id| in_result.contains(id), c.as_deref()))
                })
            })
        });
        Self {
            data,
            view,
            lang,
            as_of,
            statuses,
            places,
            result,
            choropleth,
            looks,
        }
    }

    /// The date shown, as people read it, with the precision it was chosen with ("Sep 2016"
    /// for a link's `date=2016-09`, although the statuses are those at its end).
    pub fn as_of_label(&self) -> Option<String> {
        self.view
            .date
            .get()
            .or_else(|| self.as_of.get())
            .map(|d| words::date(self.lang.get(), &d))
    }

    /// The name of `id` in the page's language, `english` (the data's name) when there is none.
    pub fn name(&self, id: &str, english: &str) -> String {
        let lang = self.lang.get();
        self.data
            .names
            .with(|n| n.country(lang, id).unwrap_or(english).to_owned())
    }

    /// The name of shape `id`: the dataset's entity, else the boundary file's (tracked).
    /// Small countries are only in the 1:50m map, so it is looked up there too.
    pub fn shape_name(&self, id: &str) -> Option<String> {
        let lang = self.lang.get();
        if let Some(n) = self
            .data
            .names
            .with(|n| n.country(lang, id).map(str::to_owned))
        {
            return Some(n);
        }
        let entity = self
            .data
            .dataset
            .with(|d| d.ready().and_then(|d| d.entity(id)).map(|e| e.name.clone()));
        let find = |m: &MapGeometry| m.shapes.iter().find(|s| s.id == id).map(|s| s.name.clone());
        entity
            .or_else(|| self.data.map.with(|m| m.ready().and_then(|m| find(m))))
            .or_else(|| self.data.detail.with(|m| m.as_ref().and_then(|m| find(m))))
    }

    /// A UN M49 region's name in the page's language.
    pub fn region_name(&self, english: &str) -> String {
        let lang = self.lang.get();
        self.data
            .names
            .with(|n| n.region(lang, english).unwrap_or(english).to_owned())
    }

    /// Whether entity `id` is in the filtered result.
    pub fn in_result(&self, id: &str) -> bool {
        self.result.with(|r| r.iter().any(|r| r == id))
    }

    /// The dataset shown, if it has loaded (tracked).
    pub fn dataset(&self) -> Option<Arc<Dataset>> {
        self.data.dataset.with(|d| d.ready().cloned())
    }
}
