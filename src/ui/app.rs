//! The root component: provides the state, starts loading, lays out the screen areas.

use leptos::prelude::*;

use super::alerts::LoadAlerts;
use super::load::start_loading;
use super::map::legend::Legend;
use super::map::world_map::WorldMap;
use super::panels::details::DetailsPanel;
use super::state::{provide_app_state, Load};

#[component]
pub fn App() -> impl IntoView {
    let state = provide_app_state();
    start_loading(state);
    // Show the screen areas together once both loads have settled: areas that fill in one by
    // one push each other around (layout shift), which is worse than a short wait.
    let settled = move || {
        !state.dataset.with(|d| matches!(d, Load::Loading))
            && !state.map.with(|m| matches!(m, Load::Loading))
    };
    view! {
        <main class="page">
            <div class="alerts"><LoadAlerts /></div>
            <Show when=settled fallback=|| view! {
                <div class="layout">
                    <div class="map-area">
                        <div class="map-frame">
                            <p class="map-status" role="status">"Loading the map and the data…"</p>
                        </div>
                    </div>
                </div>
            }>
                <div class="layout">
                    <section class="map-area" aria-label="Map">
                        <WorldMap />
                        <Legend />
                    </section>
                    <DetailsPanel />
                </div>
            </Show>
        </main>
    }
}
