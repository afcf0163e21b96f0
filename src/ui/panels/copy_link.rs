//! "Copy link": the current address, which holds everything the visitor has set.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[component]
pub fn CopyLink() -> impl IntoView {
    let message = RwSignal::new(String::new());
    let copy = move |_| {
        let Ok(href) = window().location().href() else {
            return;
        };
        let clipboard = window().navigator().clipboard();
        leptos::task::spawn_local(async move {
            let done = JsFuture::from(clipboard.write_text(&href)).await;
            message.set(match done {
                Ok(_) => "Link copied.".into(),
                Err(_) => "Copying was refused; copy the address bar instead.".into(),
            });
            set_timeout(move || message.set(String::new()), Duration::from_secs(4));
        });
    };
    view! {
        <div class="copy-link">
            <button type="button" class="button" on:click=copy>"Copy link to this view"</button>
            <span class="note" role="status">{move || message.get()}</span>
        </div>
    }
}
