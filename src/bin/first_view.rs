//! `first-view DIST`: writes the built app's first view (a Trunk hook after the build). Into
//! `DIST/index.html` go the default view's map, legend, rails and details, in every UI language,
//! and the map's colours; into `DIST/assets/geo/` the pre-projected world and detailed maps.
//! Everything comes from the sources in `assets/` and `locales/`, through the app's own core
//! and components (`ui::prerender`).

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use sse_atlas::core::check::dataset::{fingerprint, parse_dataset};
use sse_atlas::core::check::names::Names;
use sse_atlas::core::geo::geojson::parse_boundaries;
use sse_atlas::core::geo::{build_detail, build_map, compact, MAP_WIDTH};
use sse_atlas::core::model::lang::Lang;
use sse_atlas::core::model::theme::palette_css;
use sse_atlas::core::write::dom;
use sse_atlas::ui::prerender::{self, Loaded};

/// Where the page finds the pre-projected maps (relative to it), and where they are written.
const WORLD_PATHS: &str = "assets/geo/countries-110m.paths";
const DETAIL_PATHS: &str = "assets/geo/countries-50m.paths";

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))
}

fn run(dist: &Path) -> Result<(), String> {
    let dataset_text = read("assets/data/ilg-sse.json")?;
    let dataset = parse_dataset(&dataset_text)
        .map_err(|e| format!("assets/data/ilg-sse.json: {e}: {:?}", e.problems()))?;
    let boundaries = |path: &str| -> Result<_, String> {
        let b = parse_boundaries(&read(path)?).map_err(|e| format!("{path}: {e}"))?;
        Ok(b.shapes)
    };
    let world = boundaries("assets/geo/countries-110m.geojson")?;
    let quebec = boundaries("assets/geo/quebec-50m.geojson")?;
    let detail = boundaries("assets/geo/countries-50m.geojson")?;
    let map =
        build_map(&world, &quebec, MAP_WIDTH).ok_or("the world map could not be projected")?;
    let detail = build_detail(&map, &detail, &quebec);
    let write = |rel: &str, text: &str| {
        let path = dist.join(rel);
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
    };
    write(WORLD_PATHS, &compact::write(&map))?;
    write(DETAIL_PATHS, &compact::write(&detail))?;

    let names = Names::parse(&read("assets/data/names.json")?)?;
    let loaded = Loaded {
        dataset: Arc::new(dataset),
        map: Arc::new(map.clone()),
        names: Arc::new(names),
    };
    let body = prerender::page(&loaded, DETAIL_PATHS, &fingerprint(&dataset_text));
    let with_details = write_details(dist, &loaded)?;
    let with_views = write_views(dist, &loaded)?;

    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    // The place index.html keeps for the first view (the minifier may drop the quotes).
    let marker = [
        "<template id=\"first-view\"></template>",
        "<template id=first-view></template>",
    ]
    .into_iter()
    .find(|m| html.contains(m))
    .ok_or_else(|| {
        format!(
            "{}: no <template id=first-view> (already written?)",
            index.display()
        )
    })?;
    // The colours go before the style sheet, so that its themes' variables still win.
    let style = html
        .find("<style")
        .ok_or_else(|| format!("{}: no inlined style sheet", index.display()))?;
    let mut html = format!(
        "{}<style>{}</style>{}",
        &html[..style],
        palette_css(),
        &html[style..]
    );
    html = html.replacen(marker, &body, 1);
    // The names the inline scripts share with the Rust, at the head of the first of them (an
    // inline script more would need its own hash in the page's policy).
    let first_script = html
        .find("<script>")
        .ok_or_else(|| format!("{}: no inline script", index.display()))?;
    // With them, the countries whose details the build wrote (`write_details`), for the boot
    // script to fetch a link's with the page.
    // And the indicators whose view it wrote (`write_views`).
    let ids = serde_json::to_string(&with_details).map_err(|e| e.to_string())?;
    let indicators = serde_json::to_string(&with_views).map_err(|e| e.to_string())?;
    // And the page's title and description in each language (the head is English).
    let head: std::collections::BTreeMap<&str, [String; 2]> = prerender::head_texts()
        .into_iter()
        .map(|(l, title, description)| (l.code(), [title, description]))
        .collect();
    let head = serde_json::to_string(&head)
        .map_err(|e| e.to_string())?
        .replace('<', "\\u003c");
    html.insert_str(
        first_script + "<script>".len(),
        &format!(
            "{}window.atlasDetails={ids};window.atlasIndicators={indicators};window.atlasHead={head};",
            dom::script()
        ),
    );
    std::fs::write(&index, &html).map_err(|e| format!("{}: {e}", index.display()))?;
    println!(
        "first-view: {} shapes, {} bytes of index.html; {} detailed shapes; {} countries' details; {} indicators' views",
        map.shapes.len(),
        html.len(),
        detail.shapes.len(),
        with_details.len(),
        with_views.len()
    );
    Ok(())
}

/// Each entity's details in every language, as `DETAILS_DIR/{lang}/{id}.html`: what
/// `assets/first.js` shows for a country chosen before the app has taken over (only the
/// group's countries are buttons of the first view's map). Returns their ids.
fn write_details<'a>(dist: &Path, loaded: &'a Loaded) -> Result<Vec<&'a str>, String> {
    let ids: Vec<&str> = loaded
        .dataset
        .entities
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    write_each(dist, dom::DETAILS_DIR, &ids, |lang, id| {
        prerender::details(loaded, lang, id)
    })?;
    Ok(ids)
}

/// The view of a link to each indicator in every language, as `VIEWS_DIR/{lang}/{id}.html`:
/// what `assets/first.js` draws for such a link before the app is there, so that a shared link
/// needs the app no more than the home view does. Only ids that are safe as a file's name and
/// in a URL as they are (the built-in data's are); a link to another indicator waits for the
/// app. Returns their ids.
fn write_views<'a>(dist: &Path, loaded: &'a Loaded) -> Result<Vec<&'a str>, String> {
    let ids: Vec<&str> = loaded
        .dataset
        .indicators
        .iter()
        .map(|i| i.id.as_str())
        .filter(|id| {
            !id.is_empty()
                && id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
        .collect();
    let defaults = Lang::ALL.map(|lang| prerender::render(loaded, lang).areas);
    write_each(dist, dom::VIEWS_DIR, &ids, |lang, id| {
        let at = Lang::ALL
            .iter()
            .position(|l| *l == lang)
            .unwrap_or_default();
        prerender::indicator_view(loaded, lang, &defaults[at], id)
    })?;
    Ok(ids)
}

/// `render(lang, id)` for each id in every language, as `{dir}/{lang}/{id}.html` under `dist`.
fn write_each(
    dist: &Path,
    dir: &str,
    ids: &[&str],
    render: impl Fn(Lang, &str) -> String,
) -> Result<(), String> {
    for lang in Lang::ALL {
        let dir = dist.join(dir).join(lang.code());
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for id in ids {
            let path = dir.join(format!("{id}.html"));
            std::fs::write(&path, render(lang, id))
                .map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let Some(dist) = std::env::args().nth(1) else {
        eprintln!("usage: first-view DIST");
        return ExitCode::from(2);
    };
    match run(Path::new(&dist)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("first-view: {e}");
            ExitCode::FAILURE
        }
    }
}
