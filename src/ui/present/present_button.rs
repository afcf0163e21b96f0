//! "Present": starts the presentation mode from the current page (a click is the gesture
//! full screen needs).

use leptos::prelude::*;

use super::fullscreen;
use crate::i18n::*;
use crate::ui::state::use_view;

#[component]
pub fn PresentButton() -> impl IntoView {
    let view = use_view();
    let i18n = use_i18n();
    let start = move |_| {
        // No slide yet: the tour opens on its first and shows it.
        view.frame.update(|f| {
            f.present = true;
            f.slide = None;
        });
        leptos::task::spawn_local(async move {
            fullscreen::enter().await;
        });
    };
    view! {
        <button type="button" class="button" id="present-start" on:click=start>{t_string!(i18n, present.start)}</button>
    }
}
