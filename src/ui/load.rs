//! Loading the app's files into `Data`: load → check → index, off the render path. Each file
//! fills its own signal when done, so a broken dataset still leaves a working map and broken
//! boundaries still leave the details.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::locale::{browser_lang, provide_locale};
use super::state::{provide_state, Data, Derived, LeftOut, Load, Page, View};
use crate::core::check::config::{check_data_origin, parse_config, HostConfig, CONFIG_FILE};
use crate::core::check::dataset::{check_dataset, DatasetError, MAX_DATASET_BYTES};
use crate::core::check::names::{Names, MAX_NAMES_BYTES};
use crate::core::geo::compact::{self, MAX_COMPACT_BYTES};
use crate::core::geo::geojson::{parse_boundaries, Boundaries, MAX_BOUNDARY_BYTES};
use crate::core::geo::{build_map, home_region, MapGeometry, MAP_WIDTH};
use crate::core::link::Frame;
use crate::core::model::dataset::Dataset;
use crate::core::model::lang::Lang;
use crate::io::fetch::{fetch_text, fetch_text_checked};
use crate::ui::browser::yield_now;
use crate::ui::map::MapInstrument;

/// Where the built-in files live, relative to the page.
pub const DATASET_URL: &str = "assets/data/ilg-sse.json";
/// The world map, pre-projected, for a page that did not come with its first view.
pub const WORLD_PATHS_URL: &str = "assets/geo/countries-110m.paths";
/// The detailed map, pre-projected, loaded by the map when zoomed in.
pub const DETAIL_PATHS_URL: &str = "assets/geo/countries-50m.paths";
/// Quebec over a host's own country boundaries (`boundaries=`).
pub const PROVINCES_URL: &str = "assets/geo/quebec-50m.geojson";
pub const NAMES_URL: &str = "assets/data/names.json";

/// Where a host's file comes from: this origin, or one listed in the host's config file.
async fn location(given: &str, what: &str) -> Result<(String, HostConfig), String> {
    let location = window().location();
    let page = location.href().map_err(|_| "no page address".to_owned())?;
    let resolved = web_sys::Url::new_with_base(given, &page)
        .map_err(|_| format!("The {what} file {given:?} was refused: not a valid address"))?;
    let page_origin = location.origin().unwrap_or_default();
    let origin = resolved.origin();
    // The config is only needed for another origin; a missing one allows nothing more.
    let config = if origin == page_origin {
        HostConfig::default()
    } else {
        host_config().await?
    };
    check_data_origin(&resolved.protocol(), &origin, &page_origin, &config)
        .map_err(|e| format!("{e} ({what}={given})"))?;
    Ok((resolved.href(), config))
}

/// The host's `atlas-config.json`: a missing file configures nothing; a broken one is an error.
pub async fn host_config() -> Result<HostConfig, String> {
    match fetch_text(CONFIG_FILE, 64 * 1024).await {
        Ok(text) => parse_config(&text),
        Err(_) => Ok(HostConfig::default()),
    }
}

/// Whether `address` may serve a host's file (after a redirect): this site or a listed origin.
fn allowed_address(address: &str, config: &HostConfig) -> bool {
    let Ok(url) = web_sys::Url::new(address) else {
        return false;
    };
    let page_origin = window().location().origin().unwrap_or_default();
    check_data_origin(&url.protocol(), &url.origin(), &page_origin, config).is_ok()
}

/// The dataset's text: the first view's copy when it fetched the built-in file already.
async fn dataset_text(
    frame: &Frame,
    fetched: Option<Result<String, String>>,
) -> Result<(String, String), String> {
    let Some(given) = &frame.data else {
        return match fetched {
            Some(text) => text.map(|t| (DATASET_URL.to_owned(), t)),
            None => fetch_text(DATASET_URL, MAX_DATASET_BYTES)
                .await
                .map(|t| (DATASET_URL.to_owned(), t))
                .map_err(|e| e.to_string()),
        };
    };
    let (url, config) = location(given, "data").await?;
    let allowed = |address: &str| allowed_address(address, &config);
    let text = fetch_text_checked(&url, MAX_DATASET_BYTES, &allowed)
        .await
        .map_err(|e| e.to_string())?;
    Ok((url, text))
}

/// A dataset file's text checked into the page's dataset and what was left out of it, or the
/// lines saying why none of it could be used.
pub fn checked(file: &str, text: &str) -> Result<(Arc<Dataset>, LeftOut), Vec<String>> {
    match check_dataset(text) {
        Ok(c) => Ok((
            Arc::new(c.dataset),
            LeftOut {
                file: file.to_owned(),
                parts: c.left_out,
                lines: c.problems.iter().map(ToString::to_string).collect(),
            },
        )),
        Err(e) => {
            let mut lines = vec![format!("{file}: {e}")];
            if let DatasetError::Invalid(_) = e {
                lines.extend(e.problems());
            }
            Err(lines)
        }
    }
}

/// The state every page of the app starts from (the atlas, a card): its contexts, the
/// translations, and the loads of the dataset and, in another language, the names. Returns the
/// state and whether the names the page needs are settled.
pub fn provide_loaded(
    frame: Frame,
    fetched: Option<Result<String, String>>,
) -> (Data, View, Derived, Page, RwSignal<bool>) {
    let (data, view, derived, page) = provide_state(frame.clone(), browser_lang());
    provide_locale(derived.lang);
    let names_settled = load_names_when_needed(data, derived.lang);
    load_dataset(data, frame, fetched);
    (data, view, derived, page, names_settled)
}

/// Starts loading the dataset (`fetched`: its text, if the first view already has it).
pub fn load_dataset(data: Data, frame: Frame, fetched: Option<Result<String, String>>) {
    spawn_local(async move {
        let result = match dataset_text(&frame, fetched).await {
            Ok((url, text)) => {
                // The check in a task of its own, between the app's start and the page's answer
                // to the data: each is long on a slow phone, and together they blocked input
                // for 150–200 ms at a quarter of a laptop's speed.
                yield_now().await;
                let result = checked(&url, &text);
                yield_now().await;
                result
            }
            Err(e) => Err(vec![e]),
        };
        match result {
            Ok((dataset, left_out)) => {
                data.loaded_left_out.set(left_out);
                data.loaded.set(Load::Ready(dataset));
            }
            Err(lines) => data.loaded.set(Load::Failed(lines)),
        }
    });
}

async fn geojson(url: &str) -> Result<Boundaries, String> {
    let text = fetch_text(url, MAX_BOUNDARY_BYTES)
        .await
        .map_err(|e| e.to_string())?;
    parse_boundaries(&text).map_err(|e| format!("{url}: {e}"))
}

/// A host's own boundaries (`boundaries=`), through the GeoJSON loader and its checks, with
/// Quebec drawn over them as on the built-in map. A chunk of its own: the GeoJSON reader and
/// the projection serve no other path of the app (the built-in maps come projected).
#[cfg_attr(feature = "split", lazy)]
async fn host_map(data: Data, given: String) -> Result<MapGeometry, Vec<String>> {
    let given = given.as_str();
    let (url, _) = location(given, "boundaries").await.map_err(|e| vec![e])?;
    let (countries, provinces) = futures::join!(geojson(&url), geojson(PROVINCES_URL));
    let countries = countries.map_err(|e| vec![e])?;
    let mut warnings: Vec<String> = countries
        .warnings
        .iter()
        .map(|w| format!("{given}: {w}"))
        .collect();
    let provinces = match provinces {
        Ok(p) => p.shapes,
        Err(e) => {
            warnings.push(e);
            Vec::new()
        }
    };
    data.warn(warnings);
    build_map(&countries.shapes, &provinces, MAP_WIDTH)
        .ok_or_else(|| vec![format!("{given}: no shape could be drawn")])
}

/// The built-in world map without a first view (a page of the app's components alone).
async fn built_in_map() -> Result<MapGeometry, Vec<String>> {
    let text = fetch_text(WORLD_PATHS_URL, MAX_COMPACT_BYTES)
        .await
        .map_err(|e| vec![e.to_string()])?;
    compact::read(&text)
        .map(|c| c.map)
        .map_err(|e| vec![format!("{WORLD_PATHS_URL}: {e}")])
}

/// Starts loading the boundaries: the first view's map as it is, a host's own, or the
/// built-in world map drawn here.
pub fn load_map(data: Data, frame: Frame) {
    let Some(doc) = crate::ui::map::svg::document() else {
        return;
    };
    if let (Some(map), None) = (MapInstrument::current(), &frame.boundaries) {
        data.map.set(Load::Ready(Arc::new(map.geometry())));
        return;
    }
    spawn_local(async move {
        let built = match &frame.boundaries {
            Some(given) => host_map(data, given.clone()).await,
            None => built_in_map().await,
        };
        let geometry = match built {
            Ok(g) => g,
            Err(lines) => return data.map.set(Load::Failed(lines)),
        };
        match MapInstrument::current() {
            Some(map) => map.replace_geometry(&geometry),
            None => {
                let home = home_region(&geometry, []);
                let looks = Default::default();
                if MapInstrument::build(&doc, &geometry, home, looks).is_none() {
                    return data
                        .map
                        .set(Load::Failed(vec!["the map could not be drawn".into()]));
                }
            }
        }
        let drawn = MapInstrument::current().map(|m| m.geometry());
        data.map.set(match drawn {
            Some(g) => Load::Ready(Arc::new(g)),
            None => Load::Failed(vec!["the map could not be drawn".into()]),
        });
    });
}

/// Loads the country and region names the first time the page is in a language other than
/// English (English pages never fetch them). A failure keeps the English names, with a warning.
/// Returns whether the names the page needs are settled (loaded, failed, or not needed).
pub fn load_names_when_needed(data: Data, lang: Memo<Lang>) -> RwSignal<bool> {
    let started = StoredValue::new(false);
    let settled = RwSignal::new(false);
    Effect::new(move || {
        if lang.get() == Lang::En {
            settled.set(true);
            return;
        }
        if started.get_value() {
            return;
        }
        settled.set(false);
        started.set_value(true);
        spawn_local(async move {
            let names = fetch_text(NAMES_URL, MAX_NAMES_BYTES)
                .await
                .map_err(|e| e.to_string())
                .and_then(|t| Names::parse(&t));
            match names {
                Ok(n) => data.names.set(Arc::new(n)),
                Err(e) => data.warn([format!("{NAMES_URL}: {e} (names stay in English)")]),
            }
            settled.set(true);
        });
    });
    settled
}
