//! The language menu's links: one real link per language (`?…&lang=fr`), each named in its
//! own language, so it can be opened in a new tab, shared, and read out with the right voice.
//! (The menu itself, `#lang-menu` in the header, comes with the first view.)

use leptos::prelude::*;

use super::state::{use_derived, use_view};
use super::url_sync::{current_view, relative_href};
use crate::core::model::lang::Lang;

#[component]
pub fn LanguageMenu() -> impl IntoView {
    let view = use_view();
    let derived = use_derived();
    Lang::ALL
        .into_iter()
        .map(|l| {
            let href = move || {
                let mut url = current_view(view);
                url.frame.lang = Some(l);
                relative_href(&url)
            };
            let current = move || (derived.lang.get() == l).then_some("page");
            // A plain click switches in place (keeping the zoom, which the link leaves out);
            // modified clicks open the link as usual.
            let on_click = move |e: leptos::ev::MouseEvent| {
                if e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
                    return;
                }
                e.prevent_default();
                view.frame.update(|f| f.lang = Some(l));
            };
            view! {
                <li>
                    <a href=href hreflang=l.code() lang=l.code() data-lang-link=l.code() aria-current=current on:click=on_click>
                        {l.endonym()}
                    </a>
                </li>
            }
        })
        .collect_view()
}
