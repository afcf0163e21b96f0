//! "Share or embed": the permalink, and the iframe snippet with the host page's resizing
//! script, for this view or for the default map.

use leptos::prelude::*;

use crate::core::link::UrlState;
use crate::core::write::embed::{card_url, embed_url, host_script, iframe_snippet};
use crate::i18n::*;
use crate::io::clipboard::copy_text;
use crate::ui::embed::share_qr::ShareQr;
use crate::ui::state::{use_data, use_derived, use_view};
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

/// What the embed snippet shows.
#[derive(Clone, Copy, PartialEq)]
enum What {
    /// This view: filters, date, indicator, selection.
    View,
    /// The default map.
    Default,
    /// The selected entity's card.
    Card,
}

/// The snippet's frame address for `what`, and the frame's title.
fn frame_of(
    what: What,
    base: &str,
    snapshot: &UrlState,
    card: Option<&(String, String)>,
) -> (String, Option<String>) {
    match (what, card) {
        (What::Card, Some((id, name))) => (card_url(base, id, snapshot), Some(name.clone())),
        (What::Default, _) => {
            // The default map, in the host's theme and the page's language if they are set.
            let mut plain = UrlState::default();
            plain.frame.theme = snapshot.frame.theme;
            plain.frame.accent = snapshot.frame.accent;
            plain.frame.lang = snapshot.frame.lang;
            (embed_url(base, &plain), None)
        }
        _ => (embed_url(base, snapshot), None),
    }
}

/// What the snippet embeds: this view, the default map, or the selected entity's card.
#[component]
fn EmbedChoice(what: RwSignal<What>, card: Memo<Option<(String, String)>>) -> impl IntoView {
    let i18n = use_i18n();
    let option = move |w: What, text: String| {
        view! {
            <label>
                <input type="radio" name="share-what" prop:checked=move || what.get() == w on:change=move |_| what.set(w) />
                " "{text}
            </label>
        }
    };
    view! {
        <fieldset class="choice">
            <legend>{t_string!(i18n, share.what)}</legend>
            {option(What::View, t_string!(i18n, share.this_view).to_owned())}
            {option(What::Default, t_string!(i18n, share.default_map).to_owned())}
            {move || card.get().map(|(_, name)| option(What::Card, t_string!(i18n, card.option, name = name)))}
        </fieldset>
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
    let what = RwSignal::new(What::View);
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
    // The selected entity, when there is one: its card can be embedded.
    let (data, derived) = (use_data(), use_derived());
    let card = Memo::new(move |_| {
        let id = snapshot.with(|s| s.country.clone())?;
        let english = data
            .dataset
            .with(|d| d.ready()?.entity(&id).map(|e| e.name.clone()))?;
        Some((id.clone(), derived.name(&id, &english)))
    });
    // A dialog opened again without a selection offers no card.
    Effect::new(move || {
        if card.with(Option::is_none) && what.get_untracked() == What::Card {
            what.set(What::View);
        }
    });
    let snippet = Signal::derive(move || {
        let (src, name) =
            card.with(|c| snapshot.with(|s| frame_of(what.get(), &base, s, c.as_ref())));
        // The iframe's accessible name on the host page, in the page's language (the embed URL
        // keeps `lang=` when the page has one: it is part of the frame).
        let title = match name {
            Some(name) => t_string!(i18n, card.frame_title, name = name),
            None => t_string!(i18n, share.frame_title).to_owned(),
        };
        format!("{}\n{}", iframe_snippet(&src, &title), host_script(&origin))
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
            <ShareQr link />
            <h3>{t_string!(i18n, share.embed_title)}</h3>
            <EmbedChoice what card />
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
