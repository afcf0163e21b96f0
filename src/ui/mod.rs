//! The Leptos app: thin components over the core, grouped by screen area.

pub mod alerts;
pub mod app;
pub mod atlas;
pub mod crash;
pub mod embed;
pub mod lang_menu;
pub mod load;
pub mod locale;
pub mod map;
pub mod media;
pub mod panels;
pub mod present;
pub mod state;
pub mod theme;
pub mod url_sync;
pub mod views;
