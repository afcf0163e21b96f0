//! The map the page arrives with (`core::write::first_view`): what its shapes carry for the
//! tooltips before the app has loaded.
#![cfg(not(target_arch = "wasm32"))]

use sse_atlas::core::check::dataset::parse_dataset;
use sse_atlas::core::check::names::Names;
use sse_atlas::core::geo::geojson::parse_boundaries;
use sse_atlas::core::geo::{build_map, MAP_WIDTH};
use sse_atlas::core::model::lang::Lang;
use sse_atlas::core::write::first_view::{render, Inputs, Locales};

/// The attribute `name` of the shape `id` in `html`, as written (escaped).
fn shape_attr(html: &str, id: &str, name: &str) -> Option<String> {
    let at = html.find(&format!("data-id=\"{id}\""))?;
    let start = html[..at].rfind("<path")?;
    let tag = &html[start..start + html[start..].find("/>")?];
    let key = format!(" {name}=\"");
    let from = tag.find(&key)? + key.len();
    Some(tag[from..from + tag[from..].find('"')?].to_owned())
}

/// The page's body as the build writes it from `dataset` and `map`, with `rendered` areas.
fn page(
    dataset: &sse_atlas::core::model::dataset::Dataset,
    map: &sse_atlas::core::geo::MapGeometry,
    rendered: &[(Lang, Vec<(&'static str, String)>)],
) -> String {
    let texts: Vec<(Lang, String)> = Lang::ALL
        .map(|l| {
            let path = format!("{}/locales/{}.json", env!("CARGO_MANIFEST_DIR"), l.code());
            (l, std::fs::read_to_string(path).unwrap())
        })
        .into();
    let refs: Vec<(Lang, &str)> = texts.iter().map(|(l, t)| (*l, t.as_str())).collect();
    let locales = Locales::parse(&refs).unwrap();
    render(&Inputs {
        dataset,
        map,
        names: &Names::default(),
        locales: &locales,
        detail_url: "detail.paths",
        dataset_hash: "0",
        rendered,
    })
    .body
}

#[test]
fn a_tooltip_text_with_a_bar_is_kept_whole() {
    // Issue 20: the status and the figure were packed into one attribute, split at `|`.
    let mut data: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/minimal-dataset.json")).unwrap();
    data["indicators"][0]["unit"] = "jobs | posts".into();
    let dataset = parse_dataset(&data.to_string()).unwrap();
    let mut geo: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/three-countries.geojson")).unwrap();
    geo["features"][0]["id"] = "FRA".into();
    geo["features"][0]["properties"]["iso_a3"] = "FRA".into();
    let shapes = parse_boundaries(&geo.to_string()).unwrap().shapes;
    let map = build_map(&shapes, &[], MAP_WIDTH).unwrap();
    let html = page(&dataset, &map, &[]);
    let figure = shape_attr(&html, "FRA", "data-figure").expect("a figure");
    assert!(figure.contains("2,600,000 jobs | posts (2019)"), "{figure}");
    let status = shape_attr(&html, "FRA", "data-status").expect("a status");
    assert!(status.starts_with("Member"), "{status}");
    assert!(!status.contains('|'), "{status}");
}

#[test]
fn the_frame_has_a_place_for_every_area_the_app_mounts() {
    let dataset = parse_dataset(include_str!("fixtures/minimal-dataset.json")).unwrap();
    let shapes = parse_boundaries(include_str!("fixtures/three-countries.geojson"))
        .unwrap()
        .shapes;
    let map = build_map(&shapes, &[], MAP_WIDTH).unwrap();
    let rendered: Vec<_> = Lang::ALL
        .map(|l| {
            let areas = sse_atlas::ui::areas::AREAS
                .map(|(id, _)| (id, format!("<i>{id} in {}</i>", l.code())));
            (l, areas.to_vec())
        })
        .into();
    let html = page(&dataset, &map, &rendered);
    assert_eq!(
        html.matches(" data-area").count(),
        sse_atlas::ui::areas::AREAS.len()
    );
    for (id, _) in sse_atlas::ui::areas::AREAS {
        let at = html.find(&format!("id=\"{id}\"")).expect(id);
        let tag = &html[at..at + html[at..].find('>').unwrap()];
        assert!(tag.contains(" data-area"), "{id}: {tag}");
        // Each language's rendering, right inside it.
        let inside = &html[at + tag.len() + 1..];
        assert!(inside.starts_with(&format!("<div class=\"one-lang\" data-l=\"en\"><i>{id} in en</i></div><div class=\"one-lang\" data-l=\"fr\">")), "{id}");
    }
}
