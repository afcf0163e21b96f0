//! The main view area, showing what the view switch says.

use leptos::prelude::*;

use super::chart_view::ChartView;
use super::export_menu::ExportMenu;
use super::import_figures::ImportFigures;
use super::table_view::TableView;
use super::view_tabs::ViewTabs;
use crate::core::link::View;
use crate::i18n::*;
use crate::ui::embed::share_dialog::ShareDialog;
use crate::ui::map::choropleth_legend::ChoroplethLegend;
use crate::ui::map::legend::Legend;
use crate::ui::map::map_description::MapDescription;
use crate::ui::map::world_map::WorldMap;
use crate::ui::panels::copy_link::CopyLink;
use crate::ui::present::present_button::PresentButton;
use crate::ui::state::use_app_state;

#[component]
pub fn MainView() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let has_indicator = move || state.choropleth.with(Option::is_some);
    let body = move || match state.view.get() {
        View::Map => view! {
            <WorldMap />
            <Show when=has_indicator fallback=|| view! { <Legend /> }>
                <ChoroplethLegend />
            </Show>
            <MapDescription />
        }
        .into_any(),
        View::Table => view! { <TableView /> }.into_any(),
        View::Chart => view! { <ChartView /> }.into_any(),
    };
    view! {
        <section id="map-view" class="map-area" class:is-map=move || state.view.get() == View::Map aria-label=move || t_string!(i18n, views.region_label)>
            <div class="view-bar">
                <ViewTabs />
            </div>
            {body}
            // Below the view, so that on a phone the map comes first.
            <div class="share-bar">
                <div class="share-row">
                    <CopyLink />
                    <ShareDialog />
                    <PresentButton />
                </div>
                <ExportMenu />
                <ImportFigures />
            </div>
        </section>
    }
}
