//! The slide's view as a QR code in a corner of the map, for the room to open on their
//! phones: the same selection, indicator and date, in the normal layout (not the
//! presentation). It follows the slides; Q or its button hides it and brings it back. From the
//! speaker's own computer it points at the public site that `atlas-config.json` names.

use leptos::ev;
use leptos::prelude::*;

use super::clicker::key_is_for_focus;
use crate::core::write::embed::{audience_url, only_this_computer};
use crate::i18n::*;
use crate::ui::embed::qr_code::QrCode;
use crate::ui::load::host_config;
use crate::ui::state::use_view;
use crate::ui::url_sync::{current_view, page_base};

#[component]
pub fn SlideQr() -> impl IntoView {
    let view = use_view();
    let i18n = use_i18n();
    let shown = RwSignal::new(true);
    let base = page_base().unwrap_or_default();
    // Served from the speaker's computer, the code points at the host's public site if
    // atlas-config.json names one: the room's phones cannot open the laptop's address.
    let public = RwSignal::new(None::<String>);
    if only_this_computer(&base) {
        leptos::task::spawn_local(async move {
            public.set(host_config().await.ok().and_then(|c| c.public_url));
        });
    }
    let link = Memo::new(move |_| {
        let state = current_view(view);
        public.with(|p| audience_url(p.as_deref().unwrap_or(&base), &state))
    });
    let keys = window_event_listener(ev::keydown, move |e| {
        let plain = !(e.default_prevented() || e.ctrl_key() || e.alt_key() || e.meta_key());
        if plain && !key_is_for_focus(&e) && e.key().eq_ignore_ascii_case("q") {
            shown.update(|s| *s = !*s);
            e.prevent_default();
        }
    });
    on_cleanup(move || keys.remove());
    let label = Signal::derive(move || t_string!(i18n, qr.slide_label).to_owned());
    let too_long = Signal::derive(move || t_string!(i18n, qr.too_long).to_owned());
    view! {
        <aside class="slide-qr" class:folded=move || !shown.get() aria-label=move || t_string!(i18n, qr.region)>
            <Show when=move || shown.get()>
                <QrCode link label too_long />
                <p class="qr-caption">{t_string!(i18n, qr.scan)}</p>
                <Show when=move || only_this_computer(&link.get())>
                    <p class="qr-warning">{t_string!(i18n, qr.local)}</p>
                </Show>
            </Show>
            <button type="button" class="button small qr-toggle" aria-expanded=move || shown.get().to_string()
                on:click=move |_| shown.update(|s| *s = !*s)>
                {move || if shown.get() { t_string!(i18n, qr.hide) } else { t_string!(i18n, qr.show) }}
            </button>
        </aside>
    }
}
