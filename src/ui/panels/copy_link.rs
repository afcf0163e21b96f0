//! "Copy link": the current address, which holds everything the visitor has set.

use std::time::Duration;

use leptos::prelude::*;

use crate::i18n::*;
use crate::io::clipboard::copy_text;
use crate::ui::state::use_view;
use crate::ui::url_sync::current_href;

#[component]
pub fn CopyLink() -> impl IntoView {
    let view = use_view();
    let i18n = use_i18n();
    // The outcome: copied, or why not (from the browser, in English) with the link to copy.
    let message = RwSignal::new(None::<Result<(), (String, String)>>);
    let copy = move |_| {
        let Some(href) = current_href(view) else {
            return;
        };
        leptos::task::spawn_local(async move {
            match copy_text(&href).await {
                Ok(()) => {
                    message.set(Some(Ok(())));
                    set_timeout(move || message.set(None), Duration::from_secs(4));
                }
                // Stays, so that the link can be copied by hand.
                Err(e) => message.set(Some(Err((e, href)))),
            }
        });
    };
    view! {
        <div class="copy-link">
            <button type="button" class="button" id="copy-link" on:click=copy>{t_string!(i18n, copy.button)}</button>
            <span class="note" role="status">{move || match message.get() {
                None => None,
                Some(Ok(())) => Some(view! { <span>{t_string!(i18n, copy.copied)}</span> }.into_any()),
                Some(Err((e, href))) => Some(view! {
                    <span lang="en">{e}</span>" "{t_string!(i18n, copy.link_is, href = href)}
                }.into_any()),
            }}</span>
        </div>
    }
}
