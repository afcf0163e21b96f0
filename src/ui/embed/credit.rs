//! The embedded map's credit line: what it shows, where the data comes from, and the way to
//! the full map.

use leptos::prelude::*;

use crate::i18n::*;
use crate::ui::state::use_app_state;
use crate::ui::url_sync::{current_view, href_of, page_base};

#[component]
pub fn EmbedCredit() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    // The full view of the same state, without the embed frame, opened outside the host page.
    let base = page_base().unwrap_or_default();
    let full = move || {
        // Without zoom and centre: the link need not be rebuilt on every frame of a move.
        let mut url = current_view(&state);
        url.frame.embed = false;
        href_of(&base, &url)
    };
    view! {
        <p class="embed-credit">
            {t_string!(i18n, credit.text)} " "
            <a href=full target="_blank" rel="noopener">{t_string!(i18n, credit.open)}<span class="visually-hidden">" "{t_string!(i18n, credit.new_tab)}</span></a>
        </p>
    }
}
