//! The root component: the router that owns the address bar, around the atlas.

use leptos::prelude::*;
use leptos_router::components::Router;

use super::atlas::Atlas;

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <Atlas />
        </Router>
    }
}
