//! The details panel: a landmark region whose heading names what it shows (the group, or the
//! selected country, whose details load their code with the first selection).

use std::sync::Arc;

use leptos::html::H2;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::group_overview::GroupOverview;
use crate::core::model::dataset::Dataset;
use crate::core::write::dom;
use crate::i18n::*;
use crate::ui::lazy::lazy_view;
use crate::ui::state::{use_data, use_derived, use_view, Load};

#[cfg_attr(feature = "split", lazy)]
async fn entity_chunk(dataset: Arc<Dataset>, id: String) -> AnyView {
    view! { <super::entity_details::EntityDetails dataset id /> }.into_any()
}

/// Loads the code of a selection's details (its own chunk), so that a panel mounted with a
/// selection shows them at once, not its loading line for a frame first.
pub async fn load_selection_code() {
    #[cfg(feature = "split")]
    __preload_entity_chunk().await;
}

/// Whether the layout has area `class` folded away now (the first view may have folded it).
fn folded(class: &str) -> bool {
    crate::ui::map::svg::document()
        .and_then(|d| d.get_element_by_id(dom::LAYOUT))
        .is_some_and(|l| l.class_list().contains(class))
}

/// A fold button for a side rail (the first view flips it too, see `ui::handoff`).
#[component]
pub fn Fold(
    id: &'static str,
    controls: &'static str,
    class: &'static str,
    label: String,
) -> impl IntoView {
    view! {
        <button type="button" class="fold" id=id aria-expanded=(!folded(class)).to_string() aria-controls=controls>
            <span class="fold-label">{label}</span>
        </button>
    }
}

#[component]
pub fn DetailsPanel() -> impl IntoView {
    let data = use_data();
    let view = use_view();
    let derived = use_derived();
    let i18n = use_i18n();
    let heading = NodeRef::<H2>::new();

    // Name of the selection: the entity's dataset name, else the boundary file's name.
    let title = move || {
        let Some(id) = view.selected.get() else {
            return data.dataset.with(|d| match d {
                Load::Ready(d) => d.group_name(derived.lang.get()).text.to_owned(),
                Load::Loading => t_string!(i18n, details.loading).to_owned(),
                Load::Failed(_) => t_string!(i18n, details.title).to_owned(),
            });
        };
        let entity_name = data.dataset.with(|d| {
            d.ready()
                .and_then(|d| d.entity(&id))
                .map(|e| derived.name(&e.id, &e.name))
        });
        entity_name
            .or_else(|| derived.shape_name(&id))
            .unwrap_or(id)
    };

    // The group's name may be the data's English one on another page: then it says so.
    let title_lang = move || {
        if view.selected.with(Option::is_some) {
            return None;
        }
        let page = derived.lang.get();
        data.dataset.with(|d| {
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
        if let Some(id) = view.selected.get_untracked() {
            e.prevent_default();
            back_to_map.set_value(Some(id));
            view.selected.set(None);
        }
    };

    focus_follows_selection(view, heading, back_to_map);

    let body = move || {
        derived.lang.track();
        let selected = view.selected.get();
        match (data.dataset.get(), selected) {
            (Load::Ready(dataset), Some(id)) => {
                lazy_view(move || entity_chunk(dataset.clone(), id.clone())).into_any()
            }
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
        <super::sheet_handle::SheetHandle />
        <div class="details-head" on:keydown=on_key>
            <h2 id=dom::DETAILS_TITLE node_ref=heading tabindex="-1" lang=title_lang>{title}</h2>
            <Show when=move || view.selected.with(Option::is_some)>
                <button class="close" id="details-back" type="button" on:click=move |_| view.selected.set(None)>
                    {t_string!(i18n, details.back)}
                </button>
            </Show>
            {move || {
                derived.lang.track();
                view! { <Fold id="details-fold" controls=dom::DETAILS_BODY class="details-folded" label=t_string!(i18n, rail.fold_details).to_owned() /> }
            }}
        </div>
        <div class="details-body" id=dom::DETAILS_BODY on:keydown=on_key>{body}</div>
    }
}

/// Moving focus to the new heading tells screen readers what opened, and brings the
/// panel into view on a phone, where it sits below the map. A selection cleared from the
/// map (Esc there) leaves the focus on the map.
fn focus_follows_selection(
    view: crate::ui::state::View,
    heading: NodeRef<H2>,
    back_to_map: StoredValue<Option<String>>,
) {
    Effect::new(move |previous: Option<Option<String>>| {
        let current = view.selected.get();
        if previous.is_some_and(|p| p != current) {
            let returning = back_to_map.try_update_value(Option::take).flatten();
            if let Some(id) = returning.filter(|_| current.is_none()) {
                let shape = document()
                    .query_selector(&format!(
                        "svg.{} path[{}=\"{}\"]",
                        dom::WORLD_MAP,
                        dom::DATA_ID,
                        id.replace(['"', '\\'], "")
                    ))
                    .ok()
                    .flatten()
                    .and_then(|el| el.dyn_into::<web_sys::SvgElement>().ok());
                if let Some(el) = shape {
                    let _ = el.focus();
                }
            } else if current.is_some() || !map_has_focus() {
                if let Some(h) = heading.get_untracked() {
                    let _ = h.focus();
                }
            }
        }
        current
    });
}

/// Whether the keyboard is in the map.
fn map_has_focus() -> bool {
    document().active_element().is_some_and(|a| {
        a.closest(&format!("svg.{}", dom::WORLD_MAP))
            .ok()
            .flatten()
            .is_some()
    })
}
