//! The country card (`?embed=1&card=1&country=XXX`): one entity's status, key figures and SSE
//! law, for an NGO's page. The first view starts it in place of the map: it is its own chunk,
//! and it loads the dataset (and, in another language, the names) but never the boundaries.
//! The app's own state, loads and translations serve it.

mod country_card;

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::link::parse;
use crate::ui::load::provide_loaded;

thread_local! {
    static ROOT: RefCell<Option<Owner>> = const { RefCell::new(None) };
}

/// Loads the card's code and shows the card (the first view calls it once, in a card frame).
#[cfg_attr(feature = "split", lazy)]
pub async fn start_card(fetched: Option<Result<String, String>>) {
    start(fetched);
}

/// Mounts the card into `#card`, with the state and loads it needs.
pub fn start(fetched: Option<Result<String, String>>) {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let Some(el) = document()
        .get_element_by_id("card")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let owner = Owner::new();
    owner.with(|| {
        let search = window().location().search().unwrap_or_default();
        let (link, _) = parse(&search);
        let _ = provide_loaded(link.frame.clone(), fetched);
        while let Some(child) = el.first_child() {
            let _ = el.remove_child(&child);
        }
        let id = link.country;
        leptos::mount::mount_to(el, move || view! { <country_card::CountryCard id /> }).forget();
        // The placeholder the style sheet shows until now goes.
        if let Some(root) = document().document_element() {
            let _ = root.class_list().add_1("card-ready");
        }
    });
    ROOT.with(|r| *r.borrow_mut() = Some(owner));
}
