//! The atlas: provides the state, starts loading, keeps the link in step, lays out the screen
//! areas.

use leptos::prelude::*;

use super::alerts::LoadAlerts;
use super::load::start_loading;
use super::panels::controls::Controls;
use super::panels::details::DetailsPanel;
use super::state::provide_app_state;
use super::url_sync::sync_url;
use super::views::main_view::MainView;

#[component]
pub fn Atlas() -> impl IntoView {
    let state = provide_app_state();
    start_loading(state);
    sync_url(state);
    // The screen areas appear together once both loads have settled and the link has been
    // applied: areas that fill in one by one push each other around (layout shift), which is
    // worse than a short wait.
    view! {
        <main class="page">
            <div class="alerts"><LoadAlerts /></div>
            <Show when=move || state.ready.get() fallback=|| view! {
                <div class="layout">
                    <div class="map-area">
                        <div class="map-frame">
                            <p class="map-status" role="status">"Loading the map and the data…"</p>
                        </div>
                    </div>
                </div>
            }>
                <div class="layout">
                    <Controls />
                    <MainView />
                    <DetailsPanel />
                </div>
            </Show>
        </main>
    }
}
