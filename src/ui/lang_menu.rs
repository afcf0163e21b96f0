//! The language menu: one real link per language (`?…&lang=fr`), each named in its own
//! language, so it can be opened in a new tab, shared, and read out with the right voice.

use leptos::prelude::*;

use super::state::use_app_state;
use super::url_sync::{current_view, href_of, page_base};
use crate::core::model::lang::Lang;
use crate::i18n::*;

#[component]
pub fn LanguageMenu() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let base = page_base().unwrap_or_default();
    let links = Lang::ALL
        .into_iter()
        .map(|l| {
            let base = base.clone();
            let href = move || {
                let mut url = current_view(&state);
                url.frame = state.frame.get();
                url.frame.lang = Some(l);
                href_of(&base, &url)
            };
            let current = move || (state.lang.get() == l).then_some("page");
            // A plain click switches in place (keeping the zoom, which the link leaves out);
            // modified clicks open the link as usual.
            let on_click = move |e: leptos::ev::MouseEvent| {
                if e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
                    return;
                }
                e.prevent_default();
                state.frame.update(|f| f.lang = Some(l));
            };
            view! {
                <li>
                    <a href=href hreflang=l.code() lang=l.code() aria-current=current on:click=on_click>
                        {l.endonym()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="lang-menu" aria-label=move || t_string!(i18n, lang.label)>
            <ul>{links}</ul>
        </nav>
    }
}
