//! "Present": starts the presentation mode from the current page (a click is the gesture
//! full screen needs).

use leptos::prelude::*;

use super::fullscreen;
use crate::i18n::*;
use crate::ui::state::use_app_state;

#[component]
pub fn PresentButton() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let start = move |_| {
        // No slide yet: the tour opens on its first and shows it.
        state.frame.update(|f| {
            f.present = true;
            f.slide = None;
        });
        leptos::task::spawn_local(async move {
            fullscreen::enter().await;
        });
    };
    view! {
        <button type="button" class="button" on:click=start>{t_string!(i18n, present.start)}</button>
    }
}
