//! The page. `first` runs the first view with the map (`map`); `atlas` is the rest of the
//! app, loaded on demand: its state (`state`), loads (`load`), link (`url_sync`), and the
//! thin Leptos components of each screen area (`panels`, `legend`, `views`, `embed`,
//! `present`, `alerts`, `lang_menu`).

pub mod first;
pub mod handoff;
pub mod map;

pub mod alerts;
pub mod areas;
pub mod atlas;
pub mod browser;
pub mod card;
pub mod crash;
pub mod embed;
pub mod lang_menu;
pub mod lazy;
pub mod legend;
pub mod load;
pub mod locale;
pub mod page;
pub mod panels;
pub mod phrases;
#[cfg(feature = "prerender")]
pub mod prerender;
pub mod present;
pub mod state;
pub mod theme;
pub mod url_sync;
pub mod views;
