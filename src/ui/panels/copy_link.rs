//! "Copy link": the current address, which holds everything the visitor has set.

use std::time::Duration;

use leptos::prelude::*;

use crate::io::clipboard::copy_text;
use crate::ui::state::use_app_state;
use crate::ui::url_sync::current_href;

#[component]
pub fn CopyLink() -> impl IntoView {
    let state = use_app_state();
    let message = RwSignal::new(String::new());
    let copy = move |_| {
        let Some(href) = current_href(&state) else {
            return;
        };
        leptos::task::spawn_local(async move {
            match copy_text(&href).await {
                Ok(()) => {
                    message.set("Link copied.".into());
                    set_timeout(move || message.set(String::new()), Duration::from_secs(4));
                }
                // Stays, so that the link can be copied by hand.
                Err(e) => message.set(format!("{e} The link is {href}")),
            }
        });
    };
    view! {
        <div class="copy-link">
            <button type="button" class="button" on:click=copy>"Copy link to this view"</button>
            <span class="note" role="status">{move || message.get()}</span>
        </div>
    }
}
