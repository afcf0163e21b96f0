//! What the visitor chose: the mirror of the link (`core::link::UrlState`), one signal per
//! part so that a change of one repaints only what depends on it.

use leptos::prelude::*;

use crate::core::derive::filter::Filter;
use crate::core::link::{Frame, View as Tab};
use crate::core::model::date::PartialDate;

#[derive(Clone, Copy)]
pub struct View {
    /// Id of the selected shape (an entity or any other country), if any.
    pub selected: RwSignal<Option<String>>,
    /// The date chosen on the timeline (or in the link); `None` means the latest.
    pub date: RwSignal<Option<PartialDate>>,
    /// Status, region and issue-area filters.
    pub filter: RwSignal<Filter>,
    /// The indicator the map is coloured by, if any.
    pub indicator: RwSignal<Option<String>>,
    /// Text in the search box.
    pub query: RwSignal<String>,
    /// Map, table or chart.
    pub tab: RwSignal<Tab>,
    /// Entities picked for the comparison chart.
    pub compare: RwSignal<Vec<String>>,
    /// Embedded, presented, themed, fed another dataset: read from the link before anything
    /// loads.
    pub frame: RwSignal<Frame>,
}

impl View {
    pub fn new(frame: Frame) -> Self {
        Self {
            selected: RwSignal::new(None),
            date: RwSignal::new(None),
            filter: RwSignal::new(Filter::default()),
            indicator: RwSignal::new(None),
            query: RwSignal::new(String::new()),
            tab: RwSignal::new(Tab::Map),
            compare: RwSignal::new(Vec::new()),
            frame: RwSignal::new(frame),
        }
    }
}
