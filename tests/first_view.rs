//! The map the page arrives with (`core::write::first_view`): what its shapes carry for the
//! tooltips before the app has loaded.
#![cfg(not(target_arch = "wasm32"))]

use sse_atlas::core::check::dataset::parse_dataset;
use sse_atlas::core::check::names::Names;
use sse_atlas::core::geo::geojson::parse_boundaries;
use sse_atlas::core::geo::{build_map, MAP_WIDTH};
use sse_atlas::core::model::lang::Lang;
use sse_atlas::core::write::first_view::{self, Inputs};
use sse_atlas::core::write::phrases::Phrases;

/// The attribute `name` of the shape `id` in `html`, as written (escaped).
fn shape_attr(html: &str, id: &str, name: &str) -> Option<String> {
    let at = html.find(&format!("data-id=\"{id}\""))?;
    let start = html[..at].rfind("<path")?;
    let tag = &html[start..start + html[start..].find("/>")?];
    let key = format!(" {name}=\"");
    let from = tag.find(&key)? + key.len();
    Some(tag[from..from + tag[from..].find('"')?].to_owned())
}

/// The map's shapes as the build writes them from `dataset` and `map`, with the templates of
/// `locales/*.json`.
fn shapes(
    dataset: &sse_atlas::core::model::dataset::Dataset,
    map: &sse_atlas::core::geo::MapGeometry,
) -> String {
    let phrases: Vec<(Lang, Phrases)> = Lang::ALL
        .map(|l| {
            let path = format!("{}/locales/{}.json", env!("CARGO_MANIFEST_DIR"), l.code());
            let texts: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
            let lookup = |key: &str| {
                let v = key.split('.').try_fold(&texts, |v, k| v.get(k))?;
                v.as_str().map(str::to_owned)
            };
            (l, Phrases::from_lookup(&lookup))
        })
        .into();
    first_view::map(&Inputs {
        dataset,
        map,
        names: &Names::default(),
        phrases: &phrases,
    })
    .paths
}

/// The boundaries of the fixture, its first shape made France and named `name`.
fn france_named(name: &str) -> sse_atlas::core::geo::MapGeometry {
    let mut geo: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/three-countries.geojson")).unwrap();
    geo["features"][0]["id"] = "FRA".into();
    geo["features"][0]["properties"]["iso_a3"] = "FRA".into();
    geo["features"][0]["properties"]["name"] = name.into();
    let shapes = parse_boundaries(&geo.to_string()).unwrap().shapes;
    build_map(&shapes, &[], MAP_WIDTH).unwrap()
}

#[test]
fn a_tooltip_text_with_a_bar_is_kept_whole() {
    // Issue 20: the status and the figure were packed into one attribute, split at `|`.
    let mut data: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/minimal-dataset.json")).unwrap();
    data["indicators"][0]["unit"] = "jobs | posts".into();
    let dataset = parse_dataset(&data.to_string()).unwrap();
    let html = shapes(&dataset, &france_named("France"));
    let figure = shape_attr(&html, "FRA", "data-figure").expect("a figure");
    assert!(figure.contains("2,600,000 jobs | posts (2019)"), "{figure}");
    let status = shape_attr(&html, "FRA", "data-status").expect("a status");
    assert!(status.starts_with("Member"), "{status}");
    assert!(!status.contains('|'), "{status}");
}

#[test]
fn a_hostile_name_stays_in_its_attributes() {
    let dataset = parse_dataset(include_str!("fixtures/minimal-dataset.json")).unwrap();
    let html = shapes(&dataset, &france_named("x\" onmouseover=\"alert(1)"));
    let label = shape_attr(&html, "FRA", "aria-label").expect("a label");
    assert!(
        label.starts_with("x&quot; onmouseover=&quot;alert(1)"),
        "{label}"
    );
    assert!(shape_attr(&html, "FRA", "onmouseover").is_none());
    // The name is the same in every language here; the label, the status and the figure are
    // not: the script swaps those three, by one list.
    assert!(shape_attr(&html, "FRA", "data-fr-data-name").is_none());
    assert!(shape_attr(&html, "FRA", "data-fr-aria-label").is_some());
    assert_eq!(
        shape_attr(&html, "FRA", "data-l10n").as_deref(),
        Some("aria-label data-status data-figure")
    );
}
