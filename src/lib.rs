//! SSE Atlas: an interactive map of the International Leading Group on Social and Solidarity
//! Economy. `core` is pure and tested natively; `io` fetches; `ui` is the page: the first view
//! (`ui::first`, with the map, `ui::map`), then the rest of the app (`ui::atlas`, Leptos).

// Data and input never `unwrap`: a panic in WebAssembly stops the page (tests may).
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

pub mod core;
pub mod io;
pub mod ui;

// The `i18n` module leptos_i18n generates from `locales/*.json` (see build.rs).
include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));
