//! The page as it arrives, written by the app's own components (issue 20): rendered to HTML
//! natively at build time (`src/bin/first_view.rs`, feature `prerender`, which adds Leptos's
//! and leptos_i18n's `ssr`), in the default view's state, once per language. The app mounts
//! the same components over them when it takes over (`ui::atlas::take_over`), so the two
//! cannot disagree (`ui::areas` lists them). The frame around them and the map are written
//! by `core::write::first_view`.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::check::names::Names;
use crate::core::geo::MapGeometry;
use crate::core::link::Frame;
use crate::core::model::dataset::Dataset;
use crate::core::model::lang::Lang;
use crate::ui::areas::AREAS;
use crate::ui::locale::provide_locale;
use crate::ui::state::{provide_state, Load};

/// The built-in data the default view shows.
pub struct Loaded {
    pub dataset: Arc<Dataset>,
    pub map: Arc<MapGeometry>,
    pub names: Arc<Names>,
}

/// Each area's inner HTML in `lang` (`ui::areas`), as the app renders it once its data is there.
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
        AREAS
            .into_iter()
            .map(|(id, area)| (id, area().to_html()))
            .collect()
    })
}
