//! A QR code of a link, drawn in the page and offline: black on white whatever the theme
//! (readers want dark modules on a light ground), named as the QR code of the link. The
//! encoder (`core::write::qr`, the `qrcode` crate) is its own chunk, fetched when the first
//! code is shown.

use leptos::prelude::*;

use crate::core::write::qr::Qr;

/// The code of `text`, or `None` when it is too long for one.
#[cfg_attr(feature = "split", lazy)]
pub async fn qr_chunk(text: String) -> Option<Qr> {
    Qr::of(&text)
}

/// The QR code of `link`, redrawn when it changes; `label` is its accessible name. The box
/// keeps its size while the code loads, so nothing moves.
#[component]
pub fn QrCode(
    #[prop(into)] link: Signal<String>,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] too_long: Signal<String>,
) -> impl IntoView {
    // Not a resource: the first code waits for the chunk, and a link changed meanwhile (a
    // slide applied as the tour opens) must not be overwritten by the older code resolving last.
    let code = RwSignal::new(None::<Option<Qr>>);
    Effect::new(move || {
        let text = link.get();
        leptos::task::spawn_local(async move {
            let qr = qr_chunk(text.clone()).await;
            if link.with_untracked(|l| *l == text) {
                code.set(Some(qr));
            }
        });
    });
    let drawn = move || {
        code.get().map(|qr| match qr {
            Some(qr) => {
                let side = qr.side;
                view! {
                    <svg class="qr" role="img" aria-label=move || label.get() data-link=move || link.get()
                        viewBox=format!("0 0 {side} {side}") shape-rendering="crispEdges">
                        <rect width=side height=side fill="#fff" />
                        <path d=qr.path() fill="#000" />
                    </svg>
                }
                .into_any()
            }
            None => view! { <p class="note">{move || too_long.get()}</p> }.into_any(),
        })
    };
    view! { <div class="qr-box">{drawn}</div> }
}
