//! On-screen zoom buttons: in, out, and back to the whole world.

use leptos::prelude::*;

use super::camera;
use crate::i18n::*;
use crate::ui::state::use_app_state;

#[component]
pub fn ZoomControls() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let limits = move || camera::limits(&state);
    let at_max = move || limits().is_some_and(|l| state.viewport.with(|v| v.k >= l.max_k));
    let at_min = move || limits().is_some_and(|l| state.viewport.with(|v| v.k <= l.min_k));
    view! {
        <div class="zoom-controls" role="group" aria-label=t_string!(i18n, zoom.group)>
            <button type="button" aria-label=t_string!(i18n, zoom.zoom_in) title=t_string!(i18n, zoom.zoom_in_title) disabled=at_max
                on:click=move |_| camera::zoom_by(state, 2.0)>"+"</button>
            <button type="button" aria-label=t_string!(i18n, zoom.zoom_out) title=t_string!(i18n, zoom.zoom_out_title) disabled=at_min
                on:click=move |_| camera::zoom_by(state, 0.5)>"−"</button>
            <button type="button" aria-label=t_string!(i18n, zoom.reset) title=t_string!(i18n, zoom.reset_title) disabled=at_min
                on:click=move |_| camera::reset(state)>"⟲"</button>
        </div>
    }
}
