//! Parts of the page whose code loads when they are first shown (their own chunk of
//! WebAssembly, see `scripts/split.mjs`): a status line says so meanwhile.

use std::future::Future;

use leptos::prelude::*;

use crate::core::write::dom;
use crate::i18n::*;

/// The view `load` resolves to, with "Loading…" until then.
pub fn lazy_view<F, Fut>(load: F) -> impl IntoView
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = AnyView> + Send + 'static,
{
    let i18n = use_i18n();
    view! {
        <Suspense fallback=move || view! { <p class=dom::PENDING role="status">{t_string!(i18n, details.loading)}</p> }>
            {move || Suspend::new(load())}
        </Suspense>
    }
}
