//! "Share or embed": the permalink, and the iframe snippet with the host page's resizing
//! script, for this view or for the default map.

use leptos::prelude::*;

use crate::core::link::UrlState;
use crate::core::write::embed::{embed_url, host_script, iframe_snippet};
use crate::i18n::*;
use crate::io::clipboard::copy_text;
use crate::ui::state::use_app_state;
use crate::ui::url_sync::{href_of, page_base, state_untracked};

/// A copy button for the text of a field, with its outcome said next to it.
#[component]
fn CopyButton(text: Signal<String>, label: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    // None before the first copy; the error (from the browser, in English) otherwise.
    let message = RwSignal::new(None::<Result<(), String>>);
    let copy = move |_| {
        let text = text.get_untracked();
        leptos::task::spawn_local(async move {
            message.set(Some(copy_text(&text).await));
        });
    };
    let said = move || match message.get() {
        None => None,
        Some(Ok(())) => Some(view! { <span>{t_string!(i18n, share.copied)}</span> }.into_any()),
        Some(Err(e)) => Some(view! { <span lang="en">{e}</span> }.into_any()),
    };
    view! {
        <button type="button" class="button" on:click=copy>{label}</button>
        <span class="note" role="status">{said}</span>
    }
}

#[component]
pub fn ShareDialog() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
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
            // The default map, in the host's theme and the page's language if they are set.
            let mut plain = UrlState::default();
            plain.frame.theme = snapshot.with(|s| s.frame.theme);
            plain.frame.accent = snapshot.with(|s| s.frame.accent);
            plain.frame.lang = snapshot.with(|s| s.frame.lang);
            plain
        };
        // The iframe's accessible name on the host page, in the page's language (the embed URL
        // keeps `lang=` when the page has one: it is part of the frame).
        format!(
            "{}\n{}",
            iframe_snippet(&embed_url(&base, &url), t_string!(i18n, share.frame_title)),
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
        <button type="button" class="button" aria-haspopup="dialog" on:click=open>{t_string!(i18n, share.open)}</button>
        <dialog node_ref=dialog class="share-dialog" aria-labelledby="share-title">
            <div class="dialog-head">
                <h2 id="share-title">{t_string!(i18n, share.title)}</h2>
                <button type="button" class="close" on:click=close>{t_string!(i18n, share.close)}</button>
            </div>
            <label for="share-link">{t_string!(i18n, share.link_label)}</label>
            <input id="share-link" type="text" readonly prop:value=move || link.get() />
            <div class="copy-row"><CopyButton text=link label=t_string!(i18n, share.copy_link) /></div>
            <h3>{t_string!(i18n, share.embed_title)}</h3>
            <fieldset class="choice">
                <legend>{t_string!(i18n, share.what)}</legend>
                <label>
                    <input type="radio" name="share-what" prop:checked=move || this_view.get() on:change=move |_| this_view.set(true) />
                    " "{t_string!(i18n, share.this_view)}
                </label>
                <label>
                    <input type="radio" name="share-what" prop:checked=move || !this_view.get() on:change=move |_| this_view.set(false) />
                    " "{t_string!(i18n, share.default_map)}
                </label>
            </fieldset>
            <label for="share-snippet">{t_string!(i18n, share.snippet_label)}</label>
            <textarea id="share-snippet" readonly rows="7" prop:value=move || snippet.get()></textarea>
            <div class="copy-row"><CopyButton text=snippet label=t_string!(i18n, share.copy_html) /></div>
            <p class="note">
                {t!(
                    i18n,
                    share.note,
                    dark = || view! { <code>"theme=dark"</code> },
                    contrast = || view! { <code>"theme=contrast"</code> },
                    accent = || view! { <code>"accent=%231f5fa8"</code> }
                )}
            </p>
        </dialog>
    }
}
