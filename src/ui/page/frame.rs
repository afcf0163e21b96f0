//! The page's frame: skip links, header, the screen areas (each an element marked `data-area`,
//! holding its component's rendering in every language, `ui::areas`), the map's frame, footer.
//! Rendered at build time only; the app keeps it and mounts each area over its place.

use leptos::attr::custom::custom_attribute;
use leptos::html::inner_html;
use leptos::prelude::*;

use super::each::{each_attr, texts, Each, Langs, Text};
use super::map_frame::{FirstMap, MapFrame};
use crate::core::model::lang::Lang;
use crate::core::write::dom;
use crate::i18n::td_string;

/// A button that folds a screen area away (`aria-expanded`, `aria-controls`): the first
/// view's script and the page both flip it.
#[component]
fn Fold(id: &'static str, controls: &'static str, label: Text, expanded: bool) -> impl IntoView {
    view! {
        <button type="button" class="fold" id=id aria-expanded=expanded.to_string() aria-controls=controls>
            <span class="fold-label"><Each text=label /></span>
        </button>
    }
}

#[component]
pub fn PageFrame(
    /// Each area's element id and its renderings, in every language (`ui::prerender`).
    areas: Vec<(&'static str, String)>,
    map: FirstMap,
    /// A fingerprint of the dataset file: the page redraws if the file it loads differs.
    dataset_hash: String,
) -> impl IntoView {
    provide_context(Langs(Lang::ALL.to_vec()));
    let area = move |id: &str| {
        let html = areas.iter().find(|(a, _)| *a == id).map(|(_, h)| h.clone());
        html.unwrap_or_default()
    };
    let loading = |text: Text| each_attr(vec![(dom::DATA_LOADING, texts(text))]);
    // Where an area goes: marked for the scripts, filled with its renderings.
    let place = move |id: &str| (custom_attribute(dom::DATA_AREA, ""), inner_html(area(id)));
    view! {
        <a class=dom::SKIP_LINK id="skip-map" href=format!("#{}", dom::MAP_STAGE)><Each text=|l| td_string!(l, chrome.skip_map).to_string() /></a>
        <a class=dom::SKIP_LINK id="skip-details" href=format!("#{}", dom::DETAILS)><Each text=|l| td_string!(l, chrome.skip_details).to_string() /></a>
        <header class="site-header">
            <div class="brand">
                <h1 id="site-title">"SSE Atlas"</h1>
                <p class="subtitle" id="site-subtitle"><Each text=|l| td_string!(l, chrome.subtitle).to_string() /></p>
            </div>
            <nav class="lang-menu" id="lang-menu" aria-labelledby="lang-label">
                <span class="visually-hidden" id="lang-label"><Each text=|l| td_string!(l, lang.label).to_string() /></span>
                {view! { <ul id="lang-links"></ul> }.add_any_attr(place("lang-links"))}
            </nav>
        </header>
        <div id=dom::APP>
            <main class="page" id="page" data-dataset-hash=dataset_hash>
                <h1 class="mode-title">"SSE Atlas"</h1>
                {view! { <div class="alerts" id=dom::ALERTS></div> }
                    .add_any_attr((place(dom::ALERTS), loading(|l| td_string!(l, app.atlas_loading).to_string())))}
                <div class="layout" id=dom::LAYOUT>
                    <aside class="rail controls" id="controls" aria-labelledby="controls-title">
                        <div class="rail-head">
                            <h2 class="rail-title" id="controls-title"><Each text=|l| td_string!(l, controls.region_label).to_string() /></h2>
                            <Fold id=dom::CONTROLS_FOLD controls="controls-body" label=|l| td_string!(l, rail.fold_controls).to_string() expanded=true />
                        </div>
                        {view! { <div class="rail-body" id="controls-body"></div> }.add_any_attr(place("controls-body"))}
                    </aside>
                    <section class="stage" id="map-view" aria-labelledby="stage-title">
                        <h2 class="visually-hidden" id="stage-title"><Each text=|l| td_string!(l, views.region_label).to_string() /></h2>
                        {view! { <div class="view-bar" id="view-bar"></div> }.add_any_attr(place("view-bar"))}
                        <div class="map-stage" id=dom::MAP_STAGE tabindex="-1">
                            <MapFrame map />
                            {view! { <div class="legend-overlay" id="legend"></div> }.add_any_attr(place("legend"))}
                        </div>
                        {view! { <div class="views" id="views" hidden></div> }.add_any_attr(place("views"))}
                        <p class="visually-hidden" id="map-help">
                            <Each text=|l| td_string!(l, map.help).to_string() />" "
                            <Each text=|l| td_string!(l, map.help_enter).to_string() />
                        </p>
                    </section>
                    {view! {
                        <section class="rail details" id=dom::DETAILS tabindex="-1" aria-labelledby=dom::DETAILS_TITLE></section>
                    }
                        .add_any_attr((place(dom::DETAILS), loading(|l| td_string!(l, details.loading).to_string())))}
                    {view! { <section class="tour" id="tour" hidden></section> }.add_any_attr(place("tour"))}
                </div>
                <div class="embed-foot" id="embed-foot">
                    <Fold id="embed-toggle" controls="embed-drawer" label=|l| td_string!(l, app.embed_drawer).to_string() expanded=false />
                    {view! { <p class="embed-credit" id="embed-credit"></p> }.add_any_attr(place("embed-credit"))}
                </div>
            </main>
        </div>
        <footer class="site-footer">
            <p id="site-footnote"><Each text=|l| td_string!(l, chrome.footnote).to_string() /></p>
        </footer>
    }
}
