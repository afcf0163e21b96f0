//! The rest of the app, loaded when the first view needs it (its own chunk of WebAssembly):
//! the state, the loads, the link, the map's wiring, and each screen area's live version,
//! mounted over the first view's once the data is there, so that nothing moves.

pub(crate) mod map;
mod sheet;
pub mod take_over;

use std::cell::RefCell;

use leptos::prelude::*;

use crate::core::link::parse;
use crate::ui::handoff::Handoff;
use crate::ui::load::{load_map, provide_loaded};
use crate::ui::locale::translate_page_chrome;
use crate::ui::url_sync::{sync_url, Linked};

thread_local! {
    // The app's root: its contexts and effects live as long as the page.
    static ROOT: RefCell<Option<Owner>> = const { RefCell::new(None) };
}

/// Loads the app over the first view (the first view calls it once).
#[cfg_attr(feature = "split", lazy)]
pub async fn start_atlas(handoff: Handoff) {
    start(handoff);
}

/// Starts the app: every context, the loads and the link; the screen areas follow once the
/// data has arrived.
pub fn start(handoff: Handoff) {
    // The first view spawns nothing, so the executor is set up here, before the first
    // effect; a second call (tests mount more than once) only reports it was done.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.with(|| {
        let search = window().location().search().unwrap_or_default();
        let (link, _) = parse(&search);
        let frame = link.frame;
        let (data, view, derived, page, names_settled) =
            provide_loaded(frame.clone(), handoff.dataset);
        translate_page_chrome(derived.lang);
        Effect::new(move || view.frame.with(crate::ui::theme::apply));
        load_map(data, frame);
        let linked = Linked {
            data,
            view,
            derived,
            page,
        };
        sync_url(linked);
        map::wire(linked);
        take_over::when_ready(linked, names_settled);
        offline_later(linked);
    });
    ROOT.with(|r| *r.borrow_mut() = Some(owner));
}

/// Offline use, once the page has settled (the first view may have asked already: asking
/// again is harmless, and says when the copy is ready).
fn offline_later(s: Linked) {
    let asked = StoredValue::new(false);
    Effect::new(move || {
        if !s.page.ready.get() || asked.get_value() || s.view.frame.with_untracked(|f| f.embed) {
            return;
        }
        asked.set_value(true);
        set_timeout(
            move || {
                leptos::task::spawn_local(async move {
                    if crate::io::offline::register().await {
                        s.page.offline_ready.set(true);
                    }
                });
            },
            std::time::Duration::from_secs(2),
        );
    });
}
