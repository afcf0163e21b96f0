//! The page as it arrives, written by the app's own components (issue 20): rendered to HTML
//! natively at build time (`src/bin/first_view.rs`, feature `prerender`, which adds Leptos's
//! and leptos_i18n's `ssr`), in the default view's state, once per language. The app mounts
//! the same components over them when it takes over (`ui::atlas::take_over`), so the two
//! cannot disagree. The frame around them and the map are written by `core::write::first_view`.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::check::names::Names;
use crate::core::geo::MapGeometry;
use crate::core::link::Frame;
use crate::core::model::dataset::Dataset;
use crate::core::model::lang::Lang;
use crate::ui::alerts::LoadAlerts;
use crate::ui::embed::credit::EmbedCredit;
use crate::ui::lang_menu::LanguageMenu;
use crate::ui::legend::LegendOverlay;
use crate::ui::locale::provide_locale;
use crate::ui::panels::controls::Controls;
use crate::ui::panels::details::DetailsPanel;
use crate::ui::state::{provide_state, Load};
use crate::ui::views::view_bar::ViewBar;

/// A screen area's component, rendered to HTML.
type Render = fn() -> String;

/// The page's areas (by element id) that the components write, in the order of the page.
pub const AREAS: [(&str, Render); 7] = [
    ("alerts", || view! { <LoadAlerts /> }.to_html()),
    ("lang-links", || view! { <LanguageMenu /> }.to_html()),
    ("controls-body", || view! { <Controls /> }.to_html()),
    ("view-bar", || view! { <ViewBar /> }.to_html()),
    ("legend", || view! { <LegendOverlay /> }.to_html()),
    ("details", || view! { <DetailsPanel /> }.to_html()),
    ("embed-credit", || view! { <EmbedCredit /> }.to_html()),
];

/// The built-in data the default view shows.
pub struct Loaded {
    pub dataset: Arc<Dataset>,
    pub map: Arc<MapGeometry>,
    pub names: Arc<Names>,
}

/// Each of `AREAS`' inner HTML in `lang`, as the app renders it once its data is there.
pub fn render(loaded: &Loaded, lang: Lang) -> Vec<(&'static str, String)> {
    // Effects do not run here; they are the app's, in the browser.
    let _ = any_spawner::Executor::init_futures_executor();
    let owner = Owner::new();
    owner.with(|| {
        let frame = Frame {
            lang: Some(lang),
            ..Frame::default()
        };
        let (data, _, derived, _) = provide_state(frame, lang);
        provide_locale(derived.lang);
        data.loaded.set(Load::Ready(loaded.dataset.clone()));
        data.map.set(Load::Ready(loaded.map.clone()));
        data.names.set(loaded.names.clone());
        // Rendered once, never updated: their reads need no tracking (Leptos would warn of
        // each in a debug build).
        let _once = leptos::reactive::diagnostics::SpecialNonReactiveZone::enter();
        AREAS.into_iter().map(|(id, write)| (id, write())).collect()
    })
}
