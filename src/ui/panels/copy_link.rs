//! "Copy link": the current address, which holds everything the visitor has set.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

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
        // `navigator.clipboard` is undefined outside secure contexts (plain http on a LAN).
        let navigator = window().navigator();
        let available =
            js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined());
        if !available {
            message.set(format!("Copying is not available here; the link is {href}"));
            return;
        }
        let clipboard = navigator.clipboard();
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
