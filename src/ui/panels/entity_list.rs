//! The entities in the result, sorted by name, in step with the map: a click selects and
//! zooms; a selection on the map highlights its row and scrolls it into view.

use leptos::html::Ul;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::derive::membership::status_at;
use crate::core::write::list::{self as markup, Row};
use crate::i18n::*;
use crate::ui::locale;
use crate::ui::panels::entity_details::status_sentence;
use crate::ui::state::{use_data, use_derived, use_view};

#[component]
pub fn EntityList() -> impl IntoView {
    let data = use_data();
    let view = use_view();
    let derived = use_derived();
    let i18n = use_i18n();
    let lang = derived.lang.get_untracked();
    let list = NodeRef::<Ul>::new();
    // One text for all the rows, set at once (see `core::write::list`).
    let rows = move || {
        let as_of = derived.as_of.get();
        let ids = derived.result.get();
        let selected = view.selected.get_untracked();
        let rows: Vec<Row> = data.dataset.with(|d| {
            let Some(d) = d.ready() else {
                return Vec::new();
            };
            ids.iter()
                .filter_map(|id| d.entity(id))
                .map(|e| {
                    let at = as_of.and_then(|date| status_at(e, date));
                    let (status, since) = at.map_or(("none", String::new()), |s| {
                        (
                            s.status.key(),
                            t_string!(
                                i18n,
                                list.status_since,
                                status = status_sentence(s.status),
                                date = locale::date(lang, &s.since)
                            ),
                        )
                    });
                    Row {
                        id: e.id.clone(),
                        name: derived.name(&e.id, &e.name),
                        status,
                        since,
                        // Static per row, and moved by `follow_selection` on a selection.
                        current: selected.as_deref() == Some(e.id.as_str()),
                    }
                })
                .collect()
        });
        markup::rows(&rows, t_string!(i18n, list.empty))
    };
    follow_selection(view.selected, list);
    view! {
        <ul
            class="entity-list"
            node_ref=list
            aria-label=t_string!(i18n, list.label)
            on:click=move |ev| {
                if let Some(id) = row_of(&ev) {
                    view.selected.set(Some(id));
                }
            }
            inner_html=rows
        ></ul>
    }
}

/// Marks the selected row (`aria-current`) and keeps it visible inside the list.
fn follow_selection(selected: RwSignal<Option<String>>, list: NodeRef<Ul>) {
    // Scrolled by hand: `scrollIntoView` would also scroll the page, taking the map away from
    // under the visitor's pointer.
    Effect::new(move || {
        let selected = selected.get();
        let Some(ul) = list.get() else {
            return;
        };
        if let Ok(Some(old)) = ul.query_selector("[aria-current]") {
            let _ = old.remove_attribute("aria-current");
        }
        let Some(id) = selected else {
            return;
        };
        let selector = format!("[data-id=\"{}\"]", id.replace(['"', '\\'], ""));
        if let Ok(Some(row)) = ul.query_selector(&selector) {
            let _ = row.set_attribute("aria-current", "true");
            if let Ok(row) = row.dyn_into::<web_sys::HtmlElement>() {
                let list_box = ul.get_bounding_client_rect();
                let row_box = row.get_bounding_client_rect();
                let top = ul.scroll_top() as f64;
                if row_box.top() < list_box.top() {
                    ul.set_scroll_top((top - (list_box.top() - row_box.top())) as i32);
                } else if row_box.bottom() > list_box.bottom() {
                    ul.set_scroll_top((top + (row_box.bottom() - list_box.bottom())) as i32);
                }
            }
        }
    });
}

/// The id of the row a click on the list landed in, if any.
fn row_of(ev: &web_sys::MouseEvent) -> Option<String> {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest(".entity-row").ok().flatten())
        .and_then(|r| r.get_attribute("data-id"))
}
