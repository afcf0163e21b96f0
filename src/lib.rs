//! SSE Atlas: an interactive map of the International Leading Group on Social and Solidarity
//! Economy. `core` is pure and tested natively; `io` fetches; `ui` is the Leptos app.

pub mod core;
pub mod io;
pub mod ui;

pub use ui::app::App;
