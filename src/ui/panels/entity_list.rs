//! The entities in the result, sorted by name, in step with the map: a click selects and
//! zooms; a selection on the map highlights its row and scrolls it into view.

use leptos::html::Ul;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::derive::membership::status_at;
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
    let rows = move || {
        let as_of = derived.as_of.get();
        let ids = derived.result.get();
        data.dataset.with(|d| {
            let d = d.ready()?;
            Some(
                ids.iter()
                    .filter_map(|id| d.entity(id))
                    .map(|e| {
                        let id = e.id.clone();
                        let at = as_of.and_then(|date| status_at(e, date));
                        let (key, text) = at.map_or(("none", String::new()), |s| {
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
                        let current = {
                            let id = id.clone();
                            move || view.selected.with(|s| s.as_deref() == Some(id.as_str()))
                        };
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="entity-row"
                                    data-id=id.clone()
                                    aria-current=move || current().then_some("true")
                                    on:click=move |_| view.selected.set(Some(id.clone()))
                                >
                                    <span class=format!("dot status-{key}") aria-hidden="true"></span>
                                    <span class="entity-name">{derived.name(&e.id, &e.name)}</span>
                                    <span class="entity-status">{text}</span>
                                </button>
                            </li>
                        }
                    })
                    .collect_view()
                    .into_any(),
            )
        })
    };
    // Keep the selected row visible inside the list. Set by hand: `scrollIntoView` would also
    // scroll the page, taking the map away from under the visitor's pointer.
    Effect::new(move || {
        let Some(id) = view.selected.get() else {
            return;
        };
        let Some(ul) = list.get() else {
            return;
        };
        let selector = format!("[data-id=\"{}\"]", id.replace(['"', '\\'], ""));
        if let Ok(Some(row)) = ul.query_selector(&selector) {
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
    view! {
        <ul class="entity-list" node_ref=list aria-label=t_string!(i18n, list.label)>
            {rows}
            <Show when=move || derived.result.with(|r| r.is_empty())>
                <li class="none">{t_string!(i18n, list.empty)}</li>
            </Show>
        </ul>
    }
}
