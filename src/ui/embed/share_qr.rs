//! The share dialog's QR code of the link it offers, with downloads for print (SVG, and PNG
//! at 16 pixels a module).

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::qr_code::{qr_chunk, QrCode};
use crate::i18n::*;
use crate::io::download::{save_png, save_text};

#[derive(Clone, Copy)]
enum Format {
    Svg,
    Png,
}

async fn save(format: Format, link: String, title: String) -> Result<(), String> {
    let qr = qr_chunk(link)
        .await
        .ok_or_else(|| "the link is too long".to_owned())?;
    let svg = qr.svg_file(&title);
    match format {
        Format::Svg => save_text("sse-atlas-qr.svg", "image/svg+xml", &svg),
        Format::Png => {
            let side = (qr.side * 8) as f64;
            save_png("sse-atlas-qr.png", &svg, side, side, 2.0).await
        }
    }
}

#[component]
pub fn ShareQr(#[prop(into)] link: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let failed = RwSignal::new(None::<String>);
    let label = Signal::derive(move || t_string!(i18n, qr.label).to_owned());
    let too_long = Signal::derive(move || t_string!(i18n, qr.too_long).to_owned());
    let run = move |format: Format| {
        let (link, title) = (link.get_untracked(), label.get_untracked());
        spawn_local(async move {
            failed.set(save(format, link, title).await.err());
        });
    };
    view! {
        <h3>{t_string!(i18n, qr.title)}</h3>
        <div class="share-qr">
            <QrCode link label too_long />
            <div role="group" aria-labelledby="qr-download-label" class="qr-downloads">
                <span id="qr-download-label">{t_string!(i18n, qr.download)}</span>
                <button type="button" class="button small" on:click=move |_| run(Format::Svg)>"SVG"</button>
                <button type="button" class="button small" on:click=move |_| run(Format::Png)>"PNG"</button>
            </div>
        </div>
        <p class="note" role="status">
            {move || failed.get().map(|e| t_string!(i18n, qr.save_failed, error = e))}
        </p>
    }
}
