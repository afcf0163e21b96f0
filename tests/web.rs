//! Component tests in a real browser (wasm-bindgen-test in headless Chromium): components
//! mounted with state set up by hand, clicked, and read back from the DOM; and the map
//! instrument fed DOM events.
#![cfg(target_arch = "wasm32")]

use std::collections::HashMap;
use std::sync::Arc;

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use sse_atlas::core::check::dataset::parse_dataset;
use sse_atlas::core::derive::look::Look;
use sse_atlas::core::geo::geojson::parse_boundaries;
use sse_atlas::core::geo::{build_map, home_region};
use sse_atlas::core::link::Frame;
use sse_atlas::core::model::dataset::Status;
use sse_atlas::core::model::lang::Lang;
use sse_atlas::ui::legend::LegendOverlay;
use sse_atlas::ui::locale::provide_locale;
use sse_atlas::ui::map::{Hooks, MapInstrument};
use sse_atlas::ui::panels::details::DetailsPanel;
use sse_atlas::ui::panels::entity_list::EntityList;
use sse_atlas::ui::panels::status_filter::StatusFilter;
use sse_atlas::ui::state::{provide_state, Load};
use sse_atlas::ui::url_sync::Linked;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const DATASET: &str = include_str!("../assets/data/ilg-sse.json");
const COUNTRIES: &str = include_str!("fixtures/three-countries.geojson");

fn container() -> web_sys::HtmlElement {
    let doc = document();
    let el = doc.create_element("div").expect("div");
    doc.body().expect("body").append_child(&el).expect("append");
    el.unchecked_into()
}

/// Mounts `view` under fresh contexts filled with the real dataset and a small map.
fn mount_with_data<V: IntoView + 'static>(view: fn() -> V) -> (web_sys::HtmlElement, Linked) {
    mount_in(None, view)
}

/// [`mount_with_data`] in the UI language `lang` (else English).
fn mount_in<V: IntoView + 'static>(
    lang: Option<Lang>,
    view: fn() -> V,
) -> (web_sys::HtmlElement, Linked) {
    let el = container();
    let state_cell = std::rc::Rc::new(std::cell::Cell::new(None));
    let cell = state_cell.clone();
    let handle = mount_to(el.clone(), move || {
        let frame = Frame {
            lang,
            ..Frame::default()
        };
        let (data, view_state, derived, page) = provide_state(frame, Lang::En);
        provide_locale(derived.lang);
        let dataset = parse_dataset(DATASET).expect("valid dataset");
        data.loaded.set(Load::Ready(Arc::new(dataset)));
        let shapes = parse_boundaries(COUNTRIES).expect("fixture").shapes;
        data.map.set(Load::Ready(Arc::new(
            build_map(&shapes, &[], 1000.0).expect("map"),
        )));
        cell.set(Some(Linked {
            data,
            view: view_state,
            derived,
            page,
        }));
        view()
    });
    handle.forget();
    (el, state_cell.get().expect("state"))
}

/// Waits for a macrotask: what the app defers past the first paint has run then.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    tick().await;
}

fn text(el: &web_sys::HtmlElement, selector: &str) -> String {
    el.query_selector(selector)
        .expect("selector")
        .and_then(|n| n.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_click_on_a_shape_of_the_group_reaches_the_page_and_others_are_plain() {
    let shapes = parse_boundaries(COUNTRIES).expect("fixture").shapes;
    let geometry = build_map(&shapes, &[], 1000.0).expect("map");
    let looks = HashMap::from([("FRA".to_owned(), (Status::Member, Look::Plain))]);
    let home = home_region(&geometry, ["FRA"]);
    let map = MapInstrument::build(&document(), &geometry, home, looks).expect("the map is built");
    let el = container();
    el.set_attribute("style", "width: 800px; height: 500px; position: relative")
        .expect("style");
    el.append_child(&map.frame()).expect("append");
    let chosen = std::rc::Rc::new(std::cell::RefCell::new(None::<Option<String>>));
    let seen = chosen.clone();
    map.set_hooks(Hooks {
        select: Some(std::rc::Rc::new(move |id| *seen.borrow_mut() = Some(id))),
        ..Hooks::default()
    });
    // The patterns, the same component's as the first view's and the legends', in the SVG's
    // namespace and the map's path units.
    let pattern = el
        .query_selector("svg.world-map > defs > pattern#hatch-observer")
        .expect("selector")
        .expect("the patterns are drawn");
    assert_eq!(
        pattern.namespace_uri().as_deref(),
        Some("http://www.w3.org/2000/svg")
    );
    let units = geometry.units.to_string();
    assert_eq!(pattern.get_attribute("data-units"), Some(units));
    let france = el
        .query_selector("path[data-id=\"FRA\"]")
        .expect("selector")
        .expect("France is drawn");
    assert_eq!(france.get_attribute("role").as_deref(), Some("button"));
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    let click = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).expect("event");
    france.dispatch_event(&click).expect("dispatch");
    next_task().await;
    assert_eq!(*chosen.borrow(), Some(Some("FRA".to_owned())));
    // A country outside the group is a plain shape, hidden from assistive technology.
    let brazil = el
        .query_selector("path[data-id=\"BRA\"]")
        .expect("selector")
        .expect("Brazil is drawn");
    assert_eq!(brazil.get_attribute("role"), None);
    assert_eq!(brazil.get_attribute("aria-hidden").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn a_selection_opens_its_details() {
    let (el, s) = mount_with_data(|| view! { <DetailsPanel /> });
    tick().await;
    s.view.selected.set(Some("FRA".to_owned()));
    next_task().await;
    next_task().await;
    assert_eq!(text(&el, "#details-title"), "France");
    // The entity's part of the panel, its own chunk in the built app.
    let body = el.text_content().unwrap_or_default();
    assert!(body.contains("Annick Girardin"), "{body}");
}

#[wasm_bindgen_test]
async fn the_legend_counts_each_status() {
    let (el, _) = mount_with_data(|| view! { <LegendOverlay /> });
    tick().await;
    let legend = text(&el, ".legend");
    assert!(legend.contains("Member states (7)"), "{legend}");
    assert!(legend.contains("Observers (2)"), "{legend}");
    assert!(
        legend.contains("Declared interest in joining (2)"),
        "{legend}"
    );
    assert!(legend.contains("as of 8 Jul 2017"), "{legend}");
}

fn names_in_list(el: &web_sys::HtmlElement) -> Vec<String> {
    let nodes = el.query_selector_all(".entity-name").expect("selector");
    (0..nodes.length())
        .filter_map(|i| nodes.item(i).and_then(|n| n.text_content()))
        .collect()
}

fn click(el: &web_sys::HtmlElement, selector: &str) {
    let target: web_sys::HtmlElement = el
        .query_selector(selector)
        .expect("selector")
        .expect("element to click")
        .unchecked_into();
    target.click();
}

#[wasm_bindgen_test]
async fn a_status_toggle_filters_the_list_and_counts_stay() {
    let (el, _) = mount_with_data(|| {
        view! {
            <StatusFilter />
            <EntityList />
        }
    });
    tick().await;
    assert_eq!(names_in_list(&el).len(), 11);
    click(&el, ".toggle-interested");
    tick().await;
    assert_eq!(names_in_list(&el), ["Mali", "Togo"]);
    // The counts beside the toggles ignore the status filter itself.
    assert_eq!(text(&el, ".toggle-member .count"), "7");
    click(&el, ".toggle-interested");
    tick().await;
    assert_eq!(names_in_list(&el).len(), 11);
}

#[wasm_bindgen_test]
async fn a_list_row_selects_its_entity() {
    let (el, s) = mount_with_data(|| view! { <EntityList /> });
    tick().await;
    click(&el, "[data-id=\"SEN\"]");
    tick().await;
    assert_eq!(s.view.selected.get_untracked().as_deref(), Some("SEN"));
    let row = el
        .query_selector("[data-id=\"SEN\"]")
        .expect("selector")
        .expect("row");
    assert_eq!(row.get_attribute("aria-current").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
fn folding_in_the_browser_matches_the_native_folding() {
    use sse_atlas::core::derive::search::fold;
    assert_eq!(fold("Québec"), "quebec");
    assert_eq!(fold("ÉQUATEUR"), "equateur");
    assert_eq!(fold("Carlos Andrés"), "carlos andres");
    assert_eq!(fold("São Tomé"), "sao tome");
    assert_eq!(fold("İstanbul"), "istanbul");
}

#[wasm_bindgen_test]
async fn the_legend_and_the_numbers_speak_french() {
    let (el, s) = mount_in(Some(Lang::Fr), || view! { <LegendOverlay /> });
    next_task().await;
    let legend = text(&el, ".legend");
    assert!(legend.contains("Statut dans le groupe"), "{legend}");
    assert!(legend.contains("États membres (7)"), "{legend}");
    assert!(
        legend.contains("Colombia"),
        "English names until the names arrive: {legend}"
    );
    let names =
        sse_atlas::core::check::names::Names::parse(include_str!("../assets/data/names.json"))
            .expect("names");
    s.data.names.set(Arc::new(names));
    next_task().await;
    let legend = text(&el, ".legend");
    assert!(
        legend.contains("Colombie, Costa Rica, Équateur, France"),
        "{legend}"
    );
    assert_eq!(s.derived.lang.get_untracked(), Lang::Fr);
    // The browser's Intl groups French thousands with a narrow no-break space.
    assert_eq!(
        sse_atlas::ui::locale::number(Lang::Fr, 215_000.0),
        "215\u{202f}000"
    );
    assert_eq!(
        sse_atlas::ui::locale::number(Lang::Es, 2_600_000.0),
        "2.600.000"
    );
    assert_eq!(
        sse_atlas::ui::locale::number(Lang::En, 2_600_000.0),
        "2,600,000"
    );
    let d = "2014-09-22".parse().expect("date");
    assert_eq!(sse_atlas::ui::locale::date(Lang::En, &d), "22 Sep 2014");
    assert!(sse_atlas::ui::locale::date(Lang::Fr, &d).contains("sept."));
    assert!(sse_atlas::ui::locale::plural_one(Lang::Fr, 0));
    assert!(!sse_atlas::ui::locale::plural_one(Lang::En, 0));
    assert_eq!(
        document()
            .document_element()
            .and_then(|h| h.get_attribute("lang"))
            .as_deref(),
        Some("fr")
    );
}

/// A panic stops the WebAssembly for good; the message the panic hook shows says so, in the
/// page's language, with a link that reloads the same view. (The release build has no way to
/// panic on purpose: the end-to-end tests check that it ships no such hook.)
#[wasm_bindgen_test]
fn the_crash_message_offers_a_reload_of_the_same_view_in_the_pages_language() {
    let html = document().document_element().expect("html");
    let before = html.get_attribute("lang");
    html.set_attribute("lang", "fr").expect("lang");
    sse_atlas::ui::crash::show_crash_message();
    // Once only, whatever panics follow.
    sse_atlas::ui::crash::show_crash_message();
    let alerts = document()
        .query_selector_all("#crash[role=alert]")
        .expect("query");
    assert_eq!(alerts.length(), 1);
    let alert = document()
        .get_element_by_id("crash")
        .expect("crash message");
    let text = alert.text_content().unwrap_or_default();
    assert!(text.contains("Une erreur"), "{text}");
    let link = alert
        .query_selector("a")
        .expect("query")
        .expect("reload link");
    assert_eq!(link.text_content().as_deref(), Some("Recharger la page"));
    let here = web_sys::window()
        .expect("window")
        .location()
        .href()
        .expect("href");
    assert_eq!(link.get_attribute("href"), Some(here));
    alert.remove();
    match before {
        Some(l) => html.set_attribute("lang", &l).expect("lang"),
        None => html.remove_attribute("lang").expect("lang"),
    }
}

/// The core's number and date rules (`write::words`, needed where no browser runs: the first
/// view is written at build time) against the browser's own `Intl`, value by value.
#[wasm_bindgen_test]
fn numbers_and_dates_follow_the_browsers_intl() {
    use js_sys::{Array, Function, Object, Reflect};
    let options = |pairs: &[(&str, wasm_bindgen::JsValue)]| {
        let o = Object::new();
        for (k, v) in pairs {
            Reflect::set(&o, &(*k).into(), v).expect("option");
        }
        o
    };
    let call = |f: Function, v: wasm_bindgen::JsValue| {
        f.call1(&wasm_bindgen::JsValue::NULL, &v)
            .expect("format")
            .as_string()
            .expect("text")
    };
    for (lang, tag) in [
        (Lang::En, "en-US"),
        (Lang::Fr, "fr"),
        (Lang::Es, "es"),
        (Lang::Pt, "pt"),
    ] {
        let fmt = js_sys::Intl::NumberFormat::new(
            &Array::of1(&tag.into()),
            &options(&[("maximumFractionDigits", 2.into())]),
        );
        for v in [
            0.0,
            7.0,
            1234.0,
            12_345.0,
            215_000.0,
            2_600_000.0,
            10.5,
            0.8,
            13.9,
            1_234_567.891,
        ] {
            assert_eq!(
                sse_atlas::ui::locale::number(lang, v),
                call(fmt.format(), v.into()),
                "{tag} {v}"
            );
        }
    }
    // English dates keep the house style ("22 Sep 2014"); the others are CLDR's short dates.
    for (lang, tag) in [(Lang::Fr, "fr"), (Lang::Es, "es"), (Lang::Pt, "pt")] {
        let fmt = js_sys::Intl::DateTimeFormat::new(
            &Array::of1(&tag.into()),
            &options(&[
                ("day", "numeric".into()),
                ("month", "short".into()),
                ("year", "numeric".into()),
                ("timeZone", "UTC".into()),
            ]),
        );
        for (y, m, d) in [
            (2014_i32, 9_i32, 22_u32),
            (2017, 7, 8),
            (2013, 11, 1),
            (2024, 12, 19),
        ] {
            let date: sse_atlas::core::model::date::PartialDate =
                format!("{y:04}-{m:02}-{d:02}").parse().expect("date");
            let js = js_sys::Date::new(&js_sys::Date::utc(f64::from(y), f64::from(m - 1)).into());
            js.set_utc_date(d);
            assert_eq!(
                sse_atlas::ui::locale::date(lang, &date),
                call(fmt.format(), js.into()),
                "{tag} {y}-{m}-{d}"
            );
        }
    }
}

/// A stream of five chunks of 100,000 bytes, as a network body comes.
fn chunked_body() -> web_sys::ReadableStream {
    let make = js_sys::Function::new_with_args(
        "",
        "return new ReadableStream({ start(c) { \
           for (let i = 0; i < 5; i++) c.enqueue(new Uint8Array(100000).fill(97)); c.close(); } })",
    );
    make.call0(&wasm_bindgen::JsValue::NULL)
        .expect("a stream")
        .unchecked_into()
}

/// A body that comes in chunks is held in one buffer of its size: grown chunk by chunk (a
/// compressed body's declared size is not its size), its buffers doubled past it, and the
/// page's memory kept their peak. Past the limit, the reading stops.
#[wasm_bindgen_test]
async fn a_body_read_in_chunks_is_held_in_one_buffer_of_its_size() {
    use sse_atlas::io::fetch::{read_at_most, ReadError};
    let Ok(bytes) = read_at_most(chunked_body(), 1 << 20).await else {
        panic!("the body was not read");
    };
    assert_eq!(bytes.len(), 500_000);
    assert_eq!(bytes.capacity(), 500_000);
    assert!(matches!(
        read_at_most(chunked_body(), 250_000).await,
        Err(ReadError::TooLarge)
    ));
}
