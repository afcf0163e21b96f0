//! The embedded map's credit line: what it shows, where the data comes from, and the way to
//! the full map (the same state, without the embed frame, in a new tab).

use leptos::prelude::*;

use crate::i18n::*;
use crate::ui::state::{use_derived, use_view};
use crate::ui::url_sync::{current_view, relative_href};

#[component]
pub fn EmbedCredit() -> impl IntoView {
    let view = use_view();
    let derived = use_derived();
    let i18n = use_i18n();
    let full = move || {
        // Without zoom and centre: the link need not be rebuilt on every frame of a move.
        let mut url = current_view(view);
        url.frame.embed = false;
        relative_href(&url)
    };
    move || {
        derived.lang.track();
        view! {
            {t_string!(i18n, credit.text)} " "
            <a href=full target="_blank" rel="noopener">{t_string!(i18n, credit.open)}<span class="visually-hidden">" "{t_string!(i18n, credit.new_tab)}</span></a>
        }
    }
}
