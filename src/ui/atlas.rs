//! The atlas: provides the state, starts loading, keeps the link in step, lays out the screen
//! areas for the page, an embedding site or a presentation.

use leptos::prelude::*;

use super::alerts::LoadAlerts;
use super::embed::credit::EmbedCredit;
use super::embed::height::post_height_changes;
use super::lang_menu::LanguageMenu;
use super::load::{load_names_when_needed, start_loading};
use super::locale::{provide_locale, translate_page_chrome};
use super::panels::controls::Controls;
use super::panels::details::DetailsPanel;
use super::present::tour_panel::TourPanel;
use super::state::provide_app_state;
use super::theme::{apply_frame, read_initial_frame};
use super::url_sync::sync_url;
use super::views::main_view::MainView;
use crate::i18n::t;
use crate::io::offline;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Page,
    Embed,
    Present,
}

impl Mode {
    /// The layout's classes: the loading frame and the screen areas share them, so nothing
    /// moves when the areas arrive.
    fn class(self) -> &'static str {
        match self {
            Mode::Page => "layout",
            Mode::Embed => "layout layout-embed",
            Mode::Present => "layout layout-present",
        }
    }
}

#[component]
pub fn Atlas() -> impl IntoView {
    let state = provide_app_state();
    read_initial_frame(state);
    provide_locale(state);
    let i18n = crate::i18n::use_i18n();
    translate_page_chrome(state);
    let names_settled = load_names_when_needed(state);
    apply_frame(state);
    start_loading(state);
    sync_url(state);
    post_height_changes(state);
    // The offline copy (3 MB) is fetched once the map is up and the page has settled: not in
    // competition with the first view. Not inside another site's page: its visitors did not
    // come for it.
    let registered = StoredValue::new(false);
    Effect::new(move || {
        if !state.ready.get() || registered.get_value() || state.frame.with_untracked(|f| f.embed) {
            return;
        }
        registered.set_value(true);
        set_timeout(
            move || {
                leptos::task::spawn_local(async move {
                    if offline::register().await {
                        state.offline_ready.set(true);
                    }
                });
            },
            std::time::Duration::from_secs(2),
        );
    });
    let mode = Memo::new(move |_| {
        state.frame.with(|f| match (f.present, f.embed) {
            (true, _) => Mode::Present,
            (false, true) => Mode::Embed,
            _ => Mode::Page,
        })
    });
    // Embedded, a selection opens the drawer with its details (the host's visitor would not
    // know they are there).
    let drawer = NodeRef::<leptos::html::Details>::new();
    Effect::new(move |previous: Option<Option<String>>| {
        let selected = state.selected.get();
        if previous.is_some() && selected.is_some() && selected != previous.flatten() {
            if let Some(d) = drawer.get_untracked() {
                d.set_open(true);
            }
        }
        selected
    });
    let layout = move || {
        // A new language rebuilds the screen areas: every text, number and date is then in
        // it, without each component having to follow the language. The state (selection,
        // filters, zoom) lives above and is kept.
        state.lang.track();
        match mode.get() {
        Mode::Page => view! {
            <div class=Mode::Page.class()>
                <Controls />
                <MainView />
                <DetailsPanel />
            </div>
        }
        .into_any(),
        // Map first; the panels fold away in one drawer so the host's page stays short.
        Mode::Embed => view! {
            <div class=Mode::Embed.class()>
                <MainView />
                <details class="drawer embed-drawer" node_ref=drawer>
                    <summary><span class="drawer-title">{t!(i18n, app.embed_drawer)}</span></summary>
                    <div class="embed-panels">
                        <Controls />
                        <DetailsPanel />
                    </div>
                </details>
                <EmbedCredit />
            </div>
        }
        .into_any(),
        Mode::Present => view! {
            <div class=Mode::Present.class()>
                <MainView />
                <TourPanel />
            </div>
        }
        .into_any(),
    }
    };
    // The screen areas appear together once both loads have settled and the link has been
    // applied: areas that fill in one by one push each other around (layout shift), which is
    // worse than a short wait.
    view! {
        <main class="page">
            <LanguageMenu />
            <div class="alerts"><LoadAlerts /></div>
            <Show when=move || state.ready.get() && names_settled.get() fallback=move || view! {
                // The same frame as the layout that follows, so that nothing moves.
                <div class=move || mode.get().class()>
                    <div class="map-area">
                        <div class="map-frame">
                            <p class="map-status" role="status">{t!(i18n, app.loading)}</p>
                        </div>
                    </div>
                </div>
            }>
                {layout}
            </Show>
        </main>
    }
}
