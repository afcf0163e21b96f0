//! Loading the app's files into the state: load → validate → index, off the render path.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::state::{AppState, Load};
use crate::core::check::config::{check_data_origin, parse_config, HostConfig, CONFIG_FILE};
use crate::core::check::dataset::{parse_dataset, MAX_DATASET_BYTES};
use crate::core::geo::geojson::{parse_boundaries, Boundaries, MAX_BOUNDARY_BYTES};
use crate::core::geo::{build_map, detail_inputs, project_shapes, MAP_WIDTH};
use crate::io::fetch::{fetch_text, fetch_text_checked};

/// Where the built-in files live, relative to the page.
pub const DATASET_URL: &str = "assets/data/ilg-sse.json";
pub const COUNTRIES_URL: &str = "assets/geo/countries-110m.geojson";
pub const PROVINCES_URL: &str = "assets/geo/quebec-50m.geojson";
pub const DETAIL_URL: &str = "assets/geo/countries-50m.geojson";

/// Where the dataset comes from: the built-in file, or a host's `data=` file if it is on this
/// origin or one listed in the host's config file.
async fn dataset_location(data: Option<String>) -> Result<(String, HostConfig), String> {
    let Some(data) = data else {
        return Ok((DATASET_URL.to_owned(), HostConfig::default()));
    };
    let location = window().location();
    let page = location.href().map_err(|_| "no page address".to_owned())?;
    let resolved = web_sys::Url::new_with_base(&data, &page)
        .map_err(|_| format!("The data file {data:?} was refused: not a valid address"))?;
    let page_origin = location.origin().unwrap_or_default();
    let origin = resolved.origin();
    // The config is only needed for another origin; a missing one allows nothing more.
    let config = if origin == page_origin {
        HostConfig::default()
    } else {
        match fetch_text(CONFIG_FILE, 64 * 1024).await {
            Ok(text) => parse_config(&text)?,
            Err(_) => HostConfig::default(),
        }
    };
    check_data_origin(&resolved.protocol(), &origin, &page_origin, &config)
        .map_err(|e| format!("{e} (data={data})"))?;
    Ok((resolved.href(), config))
}

/// Whether `address` may serve the dataset (after a redirect): this site or a listed origin.
fn allowed_address(address: &str, config: &HostConfig) -> bool {
    let Ok(url) = web_sys::Url::new(address) else {
        return false;
    };
    let page_origin = window().location().origin().unwrap_or_default();
    check_data_origin(&url.protocol(), &url.origin(), &page_origin, config).is_ok()
}

/// Starts loading the dataset and the boundaries; each fills its own signal when done, so a
/// broken dataset still leaves a working map and broken boundaries still leave the details.
pub fn start_loading(state: AppState) {
    let data = state.frame.with_untracked(|f| f.data.clone());
    spawn_local(async move {
        let (url, config) = match dataset_location(data).await {
            Ok(found) => found,
            Err(e) => return state.dataset.set(Load::Failed(vec![e])),
        };
        let allowed = |address: &str| allowed_address(address, &config);
        let result = match fetch_text_checked(&url, MAX_DATASET_BYTES, &allowed).await {
            Err(e) => Load::Failed(vec![e.to_string()]),
            Ok(text) => match parse_dataset(&text) {
                Ok(d) => Load::Ready(Arc::new(d)),
                Err(e) => {
                    let mut lines = vec![format!("{url}: {e}")];
                    if let crate::core::check::dataset::DatasetError::Invalid(_) = e {
                        lines.extend(e.problems());
                    }
                    Load::Failed(lines)
                }
            },
        };
        state.dataset.set(result);
    });
    spawn_local(async move {
        let (countries, provinces) = futures::join!(
            load_boundaries(COUNTRIES_URL),
            load_boundaries(PROVINCES_URL)
        );
        let mut warnings = Vec::new();
        let provinces = match provinces {
            Ok(b) => {
                warnings.extend(b.warnings.iter().map(|w| format!("{PROVINCES_URL}: {w}")));
                b.shapes
            }
            // The world map is still worth showing without the province overlay.
            Err(e) => {
                warnings.push(e);
                Vec::new()
            }
        };
        let map = match countries {
            Err(e) => Load::Failed(vec![e]),
            Ok(b) => {
                warnings.extend(b.warnings.iter().map(|w| format!("{COUNTRIES_URL}: {w}")));
                match build_map(&b.shapes, &provinces, MAP_WIDTH) {
                    Some(m) => Load::Ready(Arc::new(m)),
                    None => Load::Failed(vec![format!("{COUNTRIES_URL}: no shape could be drawn")]),
                }
            }
        };
        state.warnings.update(|w| w.extend(warnings));
        state.map.set(map);
    });
}

async fn load_boundaries(url: &str) -> Result<Boundaries, String> {
    let text = fetch_text(url, MAX_BOUNDARY_BYTES)
        .await
        .map_err(|e| e.to_string())?;
    parse_boundaries(&text).map_err(|e| format!("{url}: {e}"))
}

/// Lets the browser paint and handle input before more work (a macrotask, not a microtask).
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Shapes projected per slice of work while loading the detailed boundaries.
const DETAIL_BATCH: usize = 24;

/// Loads the 1:50m boundaries for the zoomed-in view, projected with the base map's transform,
/// in slices so that zooming and panning stay smooth meanwhile. On failure the map keeps the
/// 1:110m shapes and a warning says why.
pub fn load_detail(state: AppState) {
    spawn_local(async move {
        let Some(base) = state.map.with_untracked(|m| m.ready().cloned()) else {
            return;
        };
        let (countries, provinces) =
            futures::join!(load_boundaries(DETAIL_URL), load_boundaries(PROVINCES_URL));
        let countries = match countries {
            Ok(b) => b,
            Err(e) => {
                state.warnings.update(|w| {
                    w.push(format!("{e} (the map keeps its less detailed boundaries)"))
                });
                return;
            }
        };
        let provinces = provinces.map(|p| p.shapes).unwrap_or_default();
        let inputs = detail_inputs(&countries.shapes, &provinces);
        let mut detail = base.clone_empty();
        detail.units = crate::core::geo::path::DETAIL_UNITS;
        for batch in inputs.chunks(DETAIL_BATCH) {
            yield_to_browser().await;
            detail.shapes.extend(project_shapes(
                batch,
                &base.transform,
                crate::core::geo::path::DETAIL_UNITS,
            ));
        }
        yield_to_browser().await;
        state.detail.set(Some(Arc::new(detail)));
    });
}

pub const NAMES_URL: &str = "assets/data/names.json";

/// Loads the country and region names the first time the page is in a language other than
/// English (English pages never fetch them). A failure keeps the English names, with a warning.
/// Returns whether the names the page needs are settled (loaded, failed, or not needed).
pub fn load_names_when_needed(state: AppState) -> RwSignal<bool> {
    let started = StoredValue::new(false);
    let settled = RwSignal::new(false);
    Effect::new(move || {
        if state.lang.get() == crate::core::model::lang::Lang::En {
            settled.set(true);
            return;
        }
        if started.get_value() {
            return;
        }
        settled.set(false);
        started.set_value(true);
        spawn_local(async move {
            let names = fetch_text(NAMES_URL, crate::core::check::names::MAX_NAMES_BYTES)
                .await
                .map_err(|e| e.to_string())
                .and_then(|t| crate::core::check::names::Names::parse(&t));
            match names {
                Ok(n) => state.names.set(Arc::new(n)),
                Err(e) => state
                    .warnings
                    .update(|w| w.push(format!("{NAMES_URL}: {e} (names stay in English)"))),
            }
            settled.set(true);
        });
    });
    settled
}
