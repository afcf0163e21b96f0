//! The root component: provides the state, starts loading, lays out the screen areas.

use leptos::prelude::*;

use super::alerts::LoadAlerts;
use super::header::Header;
use super::load::start_loading;
use super::map::legend::Legend;
use super::map::world_map::WorldMap;
use super::panels::details::DetailsPanel;
use super::state::provide_app_state;

#[component]
pub fn App() -> impl IntoView {
    let state = provide_app_state();
    start_loading(state);
    view! {
        <a class="skip-link" href="#details">"Skip to details"</a>
        <Header />
        <main class="page">
            <div class="alerts"><LoadAlerts /></div>
            <div class="layout">
                <section class="map-area" aria-label="Map">
                    <WorldMap />
                    <Legend />
                </section>
                <DetailsPanel />
            </div>
        </main>
        <footer class="site-footer">
            <p>
                "Boundaries: Natural Earth (public domain), with UN M49 regions. "
                "Quebec is shown as an observer of the group, drawn over Canada. "
                "Boundaries do not imply any position on the status of any territory. "
                "Data: see the source of each fact."
            </p>
        </footer>
    }
}
