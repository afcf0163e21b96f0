//! "Share or embed": the permalink, and the iframe snippet with the host page's resizing
//! script, for this view or for the default map.

use leptos::prelude::*;

use crate::core::embed::{embed_url, host_script, iframe_snippet};
use crate::core::url::UrlState;
use crate::io::clipboard::copy_text;
use crate::ui::state::use_app_state;
use crate::ui::url_sync::{href_of, page_base, state_untracked};

/// The iframe's accessible name on the host page.
const FRAME_TITLE: &str =
    "SSE Atlas: map of the International Leading Group on Social and Solidarity Economy";

/// A copy button for the text of a field, with its outcome said next to it.
#[component]
fn CopyButton(text: Signal<String>, label: &'static str) -> impl IntoView {
    let message = RwSignal::new(String::new());
    let copy = move |_| {
        let text = text.get_untracked();
        leptos::task::spawn_local(async move {
            message.set(match copy_text(&text).await {
                Ok(()) => "Copied.".into(),
                Err(e) => e,
            });
        });
    };
    view! {
        <button type="button" class="button" on:click=copy>{label}</button>
        <span class="note" role="status">{move || message.get()}</span>
    }
}

#[component]
pub fn ShareDialog() -> impl IntoView {
    let state = use_app_state();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    // Taken when the dialog opens: the view being shared.
    let snapshot = RwSignal::new(UrlState::default());
    let this_view = RwSignal::new(true);
    let base = page_base().unwrap_or_default();
    let origin = window().location().origin().unwrap_or_default();
    let link = {
        let base = base.clone();
        Signal::derive(move || {
            let mut url = snapshot.get();
            url.frame.embed = false;
            href_of(&base, &url)
        })
    };
    let snippet = Signal::derive(move || {
        let url = if this_view.get() {
            snapshot.get()
        } else {
            // The default map, in the host's theme if one is set.
            let mut plain = UrlState::default();
            plain.frame.theme = snapshot.with(|s| s.frame.theme);
            plain.frame.accent = snapshot.with(|s| s.frame.accent);
            plain
        };
        format!(
            "{}\n{}",
            iframe_snippet(&embed_url(&base, &url), FRAME_TITLE),
            host_script(&origin)
        )
    });
    let open = move |_| {
        snapshot.set(state_untracked(&state));
        if let Some(d) = dialog.get_untracked() {
            let _ = d.show_modal();
        }
    };
    let close = move |_| {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    view! {
        <button type="button" class="button" aria-haspopup="dialog" on:click=open>"Share or embed…"</button>
        <dialog node_ref=dialog class="share-dialog" aria-labelledby="share-title">
            <div class="dialog-head">
                <h2 id="share-title">"Share or embed this map"</h2>
                <button type="button" class="close" on:click=close>"Close"</button>
            </div>
            <label for="share-link">"Link to this view"</label>
            <input id="share-link" type="text" readonly prop:value=move || link.get() />
            <div class="copy-row"><CopyButton text=link label="Copy link" /></div>
            <h3>"Embed on your site"</h3>
            <fieldset class="choice">
                <legend>"What the embedded map shows"</legend>
                <label>
                    <input type="radio" name="share-what" prop:checked=move || this_view.get() on:change=move |_| this_view.set(true) />
                    " This view (filters, date, indicator, selection)"
                </label>
                <label>
                    <input type="radio" name="share-what" prop:checked=move || !this_view.get() on:change=move |_| this_view.set(false) />
                    " The default map"
                </label>
            </fieldset>
            <label for="share-snippet">"HTML to paste into your page"</label>
            <textarea id="share-snippet" readonly rows="7" prop:value=move || snippet.get()></textarea>
            <div class="copy-row"><CopyButton text=snippet label="Copy HTML" /></div>
            <p class="note">
                "The script makes the frame as tall as the map's content. Add "
                <code>"theme=dark"</code>", "<code>"theme=contrast"</code>" or "<code>"accent=%231f5fa8"</code>
                " to the frame's address to match your site."
            </p>
        </dialog>
    }
}
