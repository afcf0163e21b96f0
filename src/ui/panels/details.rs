//! The details panel: a landmark region whose heading names what it shows.

use leptos::html::H2;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::entity_details::EntityDetails;
use super::group_overview::GroupOverview;
use crate::i18n::*;
use crate::ui::state::{use_app_state, Load};

#[component]
pub fn DetailsPanel() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let heading = NodeRef::<H2>::new();

    // Name of the selection: the entity's dataset name, else the boundary file's name.
    let title = move || {
        let Some(id) = state.selected.get() else {
            return state.dataset.with(|d| match d {
                Load::Ready(d) => d.group_name(state.lang.get()).text.to_owned(),
                Load::Loading => t_string!(i18n, details.loading).to_owned(),
                Load::Failed(_) => t_string!(i18n, details.title).to_owned(),
            });
        };
        let entity_name = state.dataset.with(|d| {
            d.ready()
                .and_then(|d| d.entity(&id))
                .map(|e| state.name(&e.id, &e.name))
        });
        entity_name.or_else(|| state.shape_name(&id)).unwrap_or(id)
    };

    // The group's name may be the data's English one on another page: then it says so.
    let title_lang = move || {
        if state.selected.with(Option::is_some) {
            return None;
        }
        let page = state.lang.get();
        state.dataset.with(|d| {
            d.ready()
                .map(|d| d.group_name(page).lang)
                .filter(|l| *l != page)
                .map(|l| l.code())
        })
    };

    // Esc in the panel closes it and returns the keyboard to the country on the map.
    let back_to_map = StoredValue::new(None::<String>);
    let on_key = move |e: leptos::ev::KeyboardEvent| {
        if e.key() != "Escape" {
            return;
        }
        if let Some(id) = state.selected.get_untracked() {
            e.prevent_default();
            back_to_map.set_value(Some(id));
            state.selected.set(None);
        }
    };

    // Moving focus to the new heading tells screen readers what opened, and brings the
    // panel into view on a phone, where it sits below the map. A selection cleared from the
    // map (Esc there) leaves the focus on the map.
    Effect::new(move |previous: Option<Option<String>>| {
        let current = state.selected.get();
        if previous.is_some_and(|p| p != current) {
            let returning = back_to_map.try_update_value(Option::take).flatten();
            if let Some(id) = returning.filter(|_| current.is_none()) {
                let shape = document()
                    .query_selector(&format!("svg.world-map path[data-id=\"{id}\"]"))
                    .ok()
                    .flatten()
                    .and_then(|el| el.dyn_into::<web_sys::SvgElement>().ok());
                if let Some(el) = shape {
                    let _ = el.focus();
                }
            } else if current.is_some() || !state.map_has_focus.get_untracked() {
                if let Some(h) = heading.get_untracked() {
                    let _ = h.focus();
                }
            }
        }
        current
    });

    // The panel's long text is built just after the first paint, so the map shows sooner.
    let deferred = RwSignal::new(false);
    set_timeout(move || deferred.set(true), std::time::Duration::ZERO);

    let body = move || {
        if !deferred.get() {
            return view! { <p role="status">{t_string!(i18n, details.loading_details)}</p> }
                .into_any();
        }
        let selected = state.selected.get();
        match (state.dataset.get(), selected) {
            (Load::Ready(dataset), Some(id)) => view! { <EntityDetails dataset id /> }.into_any(),
            (Load::Ready(dataset), None) => view! { <GroupOverview dataset /> }.into_any(),
            (Load::Loading, _) => {
                view! { <p role="status">{t_string!(i18n, details.loading_dataset)}</p> }.into_any()
            }
            (Load::Failed(_), _) => view! {
                <p>{t_string!(i18n, details.failed)}</p>
            }
            .into_any(),
        }
    };

    view! {
        <section id="details" class="details" aria-labelledby="details-title" on:keydown=on_key>
            <div class="details-head">
                <h2 id="details-title" node_ref=heading tabindex="-1" lang=title_lang>{title}</h2>
                <Show when=move || state.selected.with(Option::is_some)>
                    <button class="close" type="button" on:click=move |_| state.selected.set(None)>
                        {t_string!(i18n, details.back)}
                    </button>
                </Show>
            </div>
            {body}
        </section>
    }
}
