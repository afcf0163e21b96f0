//! The page as it arrives (`ui::prerender`): the frame around the areas the app mounts.
#![cfg(all(feature = "prerender", not(target_arch = "wasm32")))]

use std::sync::Arc;

use sse_atlas::core::check::dataset::parse_dataset;
use sse_atlas::core::check::names::Names;
use sse_atlas::core::geo::geojson::parse_boundaries;
use sse_atlas::core::geo::{build_map, MAP_WIDTH};
use sse_atlas::core::model::lang::Lang;
use sse_atlas::ui::areas::AREAS;
use sse_atlas::ui::prerender::{page, Loaded};

fn fixture_page() -> String {
    let dataset = parse_dataset(include_str!("fixtures/minimal-dataset.json")).unwrap();
    let shapes = parse_boundaries(include_str!("fixtures/three-countries.geojson"))
        .unwrap()
        .shapes;
    let loaded = Loaded {
        dataset: Arc::new(dataset),
        map: Arc::new(build_map(&shapes, &[], MAP_WIDTH).unwrap()),
        names: Arc::new(Names::default()),
    };
    page(&loaded, "detail.paths", "0")
}

#[test]
fn the_frame_has_a_place_for_every_area_the_app_mounts() {
    let html = fixture_page();
    assert_eq!(html.matches(" data-area").count(), AREAS.len());
    for (id, _) in AREAS {
        let at = html.find(&format!("id=\"{id}\"")).expect(id);
        let tag = &html[at..at + html[at..].find('>').unwrap()];
        assert!(tag.contains(" data-area"), "{id}: {tag}");
        // Each language's rendering, right inside it, in the languages' order.
        let inside = &html[at + tag.len() + 1..];
        assert!(
            inside.starts_with("<div class=\"one-lang\" data-l=\"en\">"),
            "{id}"
        );
        let order: Vec<usize> = ["en", "fr", "es", "pt"]
            .map(|l| inside.find(&format!("data-l=\"{l}\"")).expect(l))
            .into();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{id}: {order:?}");
    }
}

#[test]
fn the_frame_speaks_every_language_and_the_map_is_inside_it() {
    let html = fixture_page();
    // A frame text in each language, the page's kept by the style sheet and `first.js`.
    for skip in [
        "Skip to the map",
        "Aller à la carte",
        "Ir al mapa",
        "Ir para o mapa",
    ] {
        assert!(html.contains(skip), "{skip}");
    }
    // A localized attribute: English in place, the others beside it, one list to swap.
    assert!(html.contains("data-fr-title=\"Zoom avant (+)\""));
    let stage = html.find("id=\"map-stage\"").unwrap();
    let svg = html.find("class=\"world-map\"").unwrap();
    let legend = html.find("id=\"legend\"").unwrap();
    assert!(stage < svg && svg < legend);
    // The numbers the map is taken over with: an attribute each, not one packed list.
    let open = html[..svg].rfind("<svg").unwrap();
    let tag = &html[open..svg];
    for name in [
        "data-world-width",
        "data-world-k",
        "data-home-x0",
        "data-home-y1",
    ] {
        let at = tag.find(&format!("{name}=\"")).expect(name) + name.len() + 2;
        let value = &tag[at..at + tag[at..].find('"').unwrap()];
        assert!(value.parse::<f64>().is_ok(), "{name}={value}");
    }
    // The map's patterns, in its path units, and the legend's own.
    assert!(html.contains("id=\"hatch-observer\""));
    assert!(html.contains("patternTransform=\"rotate(45) scale(10)\""));
    assert!(html.contains("id=\"legend-hatch-observer\""));
}

fn fixture_loaded() -> Loaded {
    let dataset = parse_dataset(include_str!("fixtures/minimal-dataset.json")).unwrap();
    let shapes = parse_boundaries(include_str!("fixtures/three-countries.geojson"))
        .unwrap()
        .shapes;
    Loaded {
        dataset: Arc::new(dataset),
        map: Arc::new(build_map(&shapes, &[], MAP_WIDTH).unwrap()),
        names: Arc::new(Names::default()),
    }
}

#[test]
fn a_selections_details_are_rendered_whole_not_their_loading_line() {
    let loaded = fixture_loaded();
    let html = sse_atlas::ui::prerender::details(&loaded, Lang::Fr, "FRA");
    assert!(
        html.contains("id=\"details-title\" tabindex=\"-1\">France</h2>"),
        "{html}"
    );
    // The selection's own parts, not the "Loading…" line its lazy chunk shows meanwhile.
    assert!(!html.contains("class=\"pending\""), "{html}");
    assert!(
        html.contains("<strong>Membre</strong> depuis nov. 2013"),
        "{html}"
    );
    assert!(
        html.contains("<h3>Statut dans le groupe au fil du temps</h3>"),
        "{html}"
    );
    assert!(html.ends_with("</ol></div>"), "{html}");
    // The chosen indicator's line, once for each indicator, where it goes: after the figures'
    // heading.
    let line =
        "<h3>Chiffres de l’ESS</h3><template data-indicator=\"jobs\"><p class=\"chosen-figure\">";
    assert!(html.contains(line), "{html}");
    assert_eq!(
        html.matches("<template data-indicator=").count(),
        1,
        "{html}"
    );
}

#[test]
fn a_links_indicator_view_is_the_apps_areas_and_the_maps_colours() {
    let loaded = fixture_loaded();
    let html = sse_atlas::ui::prerender::indicator_view(
        &loaded,
        Lang::En,
        &sse_atlas::ui::prerender::render(&loaded, Lang::En).areas,
        "jobs",
    );
    // The legend is the indicator's, and only the areas the indicator changes are there.
    assert!(html.contains("<template data-area=\"legend\">"), "{html}");
    assert!(!html.contains("<template data-area=\"alerts\">"), "{html}");
    assert!(
        html.contains("<option value=\"jobs\" lang=\"en\" selected>"),
        "{html}"
    );
    // France has a figure: coloured by its class and named with it; the map says what it
    // shows.
    let france = html
        .split("<i ")
        .find(|s| s.starts_with("data-id=\"FRA\""))
        .unwrap_or_else(|| panic!("no FRA in {html}"));
    assert!(
        france.contains("class=\"shape entity status-member choro choro-"),
        "{france}"
    );
    assert!(france.contains("aria-label=\"France, "), "{france}");
    assert!(france.contains(" data-figure=\""), "{france}");
    assert!(html.contains("<template data-shapes=\""), "{html}");
    // The default view's page has neither.
    let plain = sse_atlas::ui::prerender::page(&loaded, "detail.paths", "0");
    assert!(!plain.contains("choro-"));
}
