//! "Share or embed": the permalink, and the iframe snippet with the host page's resizing
//! script, for this view or for the default map.

use leptos::prelude::*;

use crate::core::link::UrlState;
use crate::core::write::embed::{embed_url, host_script, iframe_snippet};
use crate::i18n::*;
use crate::io::clipboard::copy_text;
use crate::ui::state::use_view;
use crate::ui::url_sync::{current, href_of, page_base};

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

/// Opens the dialog with the current view (the "Share or embed…" button's click).
pub fn open() {
    if let Some(d) = crate::ui::map::svg::document()
        .and_then(|d| d.get_element_by_id("share-dialog"))
        .and_then(|d| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlDialogElement>(d).ok())
    {
        if let Ok(e) = web_sys::Event::new("sse-atlas:share") {
            let _ = d.dispatch_event(&e);
        }
        let _ = d.show_modal();
    }
}

/// Opens `d` once it is in the document: a dialog built in a chunk's suspense is mounted a
/// moment after its effect runs, and a detached dialog cannot open.
fn show_when_connected(d: web_sys::HtmlDialogElement, tries: u32) {
    if d.is_connected() {
        let _ = d.show_modal();
    } else if tries > 0 {
        set_timeout(
            move || show_when_connected(d, tries - 1),
            std::time::Duration::from_millis(16),
        );
    }
}

/// The dialog, opened at once: its code loads with the button's first click.
#[component]
pub fn ShareDialog() -> impl IntoView {
    let view = use_view();
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
    // Each opening takes the view being shared now.
    let refresh = move |_: leptos::ev::Event| snapshot.set(untrack(|| current(view)));
    Effect::new(move || {
        if let Some(d) = dialog.get() {
            snapshot.set(untrack(|| current(view)));
            show_when_connected(d, 10);
        }
    });
    let close = move |_| {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    view! {
        <dialog node_ref=dialog id="share-dialog" class="share-dialog" aria-labelledby="share-title" on:sse-atlas:share=refresh>
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
