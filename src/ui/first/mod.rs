//! The first view at work: the page arrives with the default view drawn (`core::write::
//! first_view`), and this module, the only code that loads with it, makes it usable before
//! the rest of the app: the map zooms, pans, shows tooltips and takes the keyboard; the rails
//! fold; an embedding host hears the height. The first thing a visitor does that needs more
//! (a selection, the search, a filter, another language) loads the rest (`ui::atlas`), which
//! takes over with nothing moving. A link that asks for another view, or a dataset that is
//! not the one the first view was written from, loads it at once.

mod drop;
mod early;
mod intent;
mod link;
mod tips;

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::geo::gesture::Context;
use crate::core::link::parse;
use crate::core::model::lang::Lang;
use crate::ui::map::svg::document;
use crate::ui::map::{Hooks, MapInstrument};

use crate::core::write::dom;
use crate::ui::handoff::{Handoff, Intent};

thread_local! {
    static STARTED: RefCell<bool> = const { RefCell::new(false) };
    static DATASET: RefCell<Option<Result<String, String>>> = const { RefCell::new(None) };
}

/// The page's language, as the boot script chose it (the link's `lang=`, else the browser's).
pub fn page_lang() -> Lang {
    document()
        .and_then(|d| d.document_element())
        .and_then(|h| h.get_attribute("lang"))
        .and_then(|l| Lang::parse(&l))
        .unwrap_or_default()
}

/// Starts the first view. Falls back to loading the app at once where the page has none.
pub fn start() {
    crate::ui::crash::install_panic_hook();
    let Some(doc) = document() else { return };
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let (link_state, warnings) = parse(&search);
    let frame = link_state.frame.clone();
    crate::ui::theme::apply(&frame);
    if frame.embed && frame.card {
        crate::ui::embed::height::post_height_changes();
        return load_card(&doc);
    }
    let Some(map) = MapInstrument::adopt(&doc) else {
        // No first view in this page: the app draws everything itself.
        return load_atlas(Intent::Link);
    };
    map.set_context(Context {
        embedded: frame.embed,
        present: frame.present,
        mac: is_mac(),
    });
    map.set_texts(tips::hint_texts(&doc));
    map.set_detail_url(tips::detail_url(&doc));
    map.set_hooks(Hooks {
        select: Some(std::rc::Rc::new(|id: Option<String>| {
            if let Some(id) = id {
                load_atlas(Intent::Select(id));
            }
        })),
        settled: Some(std::rc::Rc::new(|()| link::write_view())),
        describe: Some(std::rc::Rc::new(tips::describe)),
        ..Hooks::default()
    });
    crate::ui::handoff::listen_folds(&doc);
    intent::listen(&doc);
    drop::listen(&doc);
    if frame.embed {
        crate::ui::embed::height::post_height_changes();
    }
    // What the visitor did before this module listened, now that it does.
    early::replay(&map);
    // The boot script has said whether the link asks for another view than the first one
    // (`waiting`: its rule, the only one); a link value the app must warn about loads it at once.
    let waiting = doc
        .document_element()
        .is_some_and(|h| h.class_list().contains(dom::WAITING));
    if !warnings.is_empty() {
        return load_atlas(Intent::Link);
    }
    if waiting {
        return after_link_view(&doc, map, frame.embed);
    }
    settle(frame.embed);
}

/// The home view's course, once the page shows its view: the built-in dataset is checked
/// against the one the page was written from, and the offline copy is asked for.
fn settle(embed: bool) {
    // Not with the first view, which needs none of it: once the page has settled (the first
    // view's script fetches it at idle; this finds it there).
    let built = document()
        .and_then(|d| d.get_element_by_id("page"))
        .and_then(|p| p.get_attribute("data-dataset-hash"));
    // A visitor who saves data gets it only when acting (the app fetches it then).
    if !crate::io::offline::saves_data() {
        crate::ui::browser::after(1500, move || check_dataset(built));
    }
    if !embed {
        register_offline_later();
    }
}

/// A link's view: the page shows it from the build's files (`assets/first.js`, classes
/// `early-view` and `details-shown`), if it can. Once they are on screen, the page no longer
/// waits and the map's colours are the link's; the app loads when the visitor acts, as on the
/// home view. If they do not come, or the link asks for more, the app loads for the link: after
/// them, if they come, for on a slow network the two would share its bandwidth.
fn after_link_view(doc: &web_sys::Document, map: MapInstrument, embed: bool) {
    let then = move || {
        let still_waiting = document()
            .and_then(|d| d.document_element())
            .is_none_or(|h| h.class_list().contains(dom::WAITING));
        if still_waiting {
            return load_atlas(Intent::Link);
        }
        map.adopt_looks();
        settle(embed);
    };
    let pending = doc.document_element().is_some_and(|h| {
        let c = h.class_list();
        c.contains(dom::EARLY_VIEW) && !c.contains(dom::DETAILS_SHOWN)
    });
    if !pending {
        return then();
    }
    let once = web_sys::AddEventListenerOptions::new();
    once.set_once(true);
    let then = Closure::once_into_js(then);
    let listening = doc.add_event_listener_with_callback_and_add_event_listener_options(
        dom::DETAILS_SHOWN,
        then.unchecked_ref(),
        &once,
    );
    if listening.is_err() {
        load_atlas(Intent::Link);
    }
}

/// A card instead of the map: the first view's markup goes (its map and rails are never shown
/// in a card, and take no memory), and the card's chunk loads at once.
fn load_card(doc: &web_sys::Document) {
    if let Some(app) = doc.get_element_by_id("app") {
        app.remove();
    }
    let (Some(body), Ok(card)) = (doc.body(), doc.create_element("main")) else {
        return;
    };
    card.set_id("card");
    card.set_class_name("card-page");
    let _ = body.append_child(&card);
    wasm_bindgen_futures::spawn_local(crate::ui::card::start_card(None));
}

fn is_mac() -> bool {
    web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .is_some_and(|ua| ua.contains("Mac"))
}

/// Fetches the built-in dataset and compares it with the one the first view was written from
/// (`built`, its fingerprint): an edited file loads the app at once, so that the page shows it.
fn check_dataset(built: Option<String>) {
    wasm_bindgen_futures::spawn_local(async move {
        let text = crate::io::fetch::fetch_text(
            crate::ui::load::DATASET_URL,
            crate::core::check::dataset::MAX_DATASET_BYTES,
        )
        .await;
        match text {
            Ok(text) => {
                let same =
                    built.as_deref() == Some(&crate::core::check::dataset::fingerprint(&text));
                DATASET.with(|d| *d.borrow_mut() = Some(Ok(text)));
                if !same {
                    load_atlas(Intent::Stale);
                }
            }
            // The app says why, in the page (without asking again: a file that did not arrive
            // within the time allowed is not waited for twice).
            Err(e) => {
                DATASET.with(|d| *d.borrow_mut() = Some(Err(e.to_string())));
                load_atlas(Intent::Stale);
            }
        }
    });
}

/// The offline copy (3 MB) is fetched once the page has settled: not in competition with the
/// first view. Not inside another site's page: its visitors did not come for it.
fn register_offline_later() {
    crate::ui::browser::after(2000, || {
        wasm_bindgen_futures::spawn_local(async {
            if crate::io::offline::register().await {
                OFFLINE.with(|o| *o.borrow_mut() = true);
            }
        });
    });
}

thread_local! {
    static OFFLINE: RefCell<bool> = const { RefCell::new(false) };
}

/// Whether the service worker has stored the app for use offline.
pub fn offline_ready() -> bool {
    OFFLINE.with(|o| *o.borrow())
}

/// Loads the rest of the app (once) and hands it `intent`. Says so in the page while it loads.
pub fn load_atlas(intent: Intent) {
    if let Intent::Select(id) = &intent {
        early::answer(id);
    }
    crate::ui::handoff::push(intent);
    if STARTED.with(|s| std::mem::replace(&mut *s.borrow_mut(), true)) {
        return;
    }
    early::show_loading();
    let handoff = Handoff {
        intent: crate::ui::handoff::take_first(),
        dataset: DATASET.with(|d| d.borrow_mut().take()),
    };
    wasm_bindgen_futures::spawn_local(async move {
        crate::ui::atlas::start_atlas(handoff).await;
    });
}
