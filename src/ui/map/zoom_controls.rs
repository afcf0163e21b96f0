//! On-screen zoom buttons: in, out, and back to the whole world.

use leptos::prelude::*;

use super::camera;
use crate::ui::state::use_app_state;

#[component]
pub fn ZoomControls() -> impl IntoView {
    let state = use_app_state();
    let limits = move || camera::limits(&state);
    let at_max = move || limits().is_some_and(|l| state.viewport.with(|v| v.k >= l.max_k));
    let at_min = move || limits().is_some_and(|l| state.viewport.with(|v| v.k <= l.min_k));
    view! {
        <div class="zoom-controls" role="group" aria-label="Zoom">
            <button type="button" aria-label="Zoom in" title="Zoom in (+)" disabled=at_max
                on:click=move |_| camera::zoom_by(state, 2.0)>"+"</button>
            <button type="button" aria-label="Zoom out" title="Zoom out (−)" disabled=at_min
                on:click=move |_| camera::zoom_by(state, 0.5)>"−"</button>
            <button type="button" aria-label="Show the whole world" title="Whole world (0)" disabled=at_min
                on:click=move |_| camera::reset(state)>"⟲"</button>
        </div>
    }
}
