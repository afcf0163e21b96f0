//! The page header: what this map is, and the date it shows.

use leptos::prelude::*;

use crate::ui::state::use_app_state;

#[component]
pub fn Header() -> impl IntoView {
    let state = use_app_state();
    let subtitle = move || {
        let date = state.as_of.get().map(|d| d.display_en());
        match date {
            Some(d) => format!("Members, observers and interested states of the International Leading Group on Social and Solidarity Economy, as of {d}"),
            None => "Members, observers and interested states of the International Leading Group on Social and Solidarity Economy".to_owned(),
        }
    };
    view! {
        <header class="site-header">
            <h1>"SSE Atlas"</h1>
            <p class="subtitle">{subtitle}</p>
        </header>
    }
}
