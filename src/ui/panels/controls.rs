//! The rail of search and filters: the search, the live summary, and the drawers: the filters
//! and the list (open on wide screens, as the first view shows them), and your own data (its
//! file check loads with the first file).

use leptos::prelude::*;

use super::result_summary::ResultSummary;
use super::search_box::SearchBox;
use crate::core::write::dom;
use crate::i18n::*;
use crate::ui::state::{use_derived, use_view};

/// A drawer (`<details>`) whose body is built the first time it opens.
#[component]
fn Drawer(
    id: &'static str,
    class: &'static str,
    open: RwSignal<bool>,
    #[prop(into)] title: Signal<String>,
    #[prop(optional, into)] extra: Option<Signal<Option<String>>>,
    body: fn() -> AnyView,
) -> impl IntoView {
    let opened = RwSignal::new(open.get_untracked());
    view! {
        <details
            class=format!("drawer {class}")
            id=id
            // An attribute, not the property: the page as it arrives has it too.
            open=move || open.get()
            on:toggle=move |e| {
                let now = event_target::<web_sys::HtmlDetailsElement>(&e).open();
                open.set(now);
                if now {
                    opened.set(true);
                }
            }
        >
            <summary><span class="drawer-title">{move || title.get()}</span>{move || extra.and_then(|e| e.get())}</summary>
            <Show when=move || opened.get()>{body()}</Show>
        </details>
    }
}

/// A phone starts with the drawers folded (the first view's script folds them alike).
fn narrow() -> bool {
    crate::ui::browser::window()
        .and_then(|w| w.match_media("(max-width: 820px)").ok())
        .flatten()
        .is_some_and(|m| m.matches())
}

#[component]
pub fn Controls() -> impl IntoView {
    let view = use_view();
    let derived = use_derived();
    let i18n = use_i18n();
    // Kept here, above the language's rebuild of the texts: a switch keeps the drawers open.
    let wide = !narrow();
    // As the first view showed them, when the app takes over from one.
    let start = |id: &str, default: bool| {
        RwSignal::new(crate::ui::handoff::open_in_first_view(id).unwrap_or(default))
    };
    let (filters, list, data) = (
        start(dom::FILTERS_DRAWER, wide),
        start(dom::LIST_DRAWER, wide),
        start("data-drawer", false),
    );
    // A link that sets a filter shows the filters.
    let active = move || {
        view.filter.with(|f| f.active_count())
            + usize::from(view.date.with(Option::is_some))
            + usize::from(view.indicator.with(Option::is_some))
    };
    if active() > 0 {
        filters.set(true);
    }
    let active_note = Signal::derive(move || {
        let n = active();
        (n > 0).then(|| t_string!(i18n, controls.n_set, n = n))
    });
    let count = Signal::derive(move || Some(format!(" ({})", derived.result.with(|r| r.len()))));
    move || {
        derived.lang.track();
        view! {
            <SearchBox />
            <ResultSummary />
            <Drawer id=dom::FILTERS_DRAWER class="filters" open=filters
                title=Signal::derive(move || t_string!(i18n, controls.filters).to_owned())
                extra=active_note
                body=|| view! { <super::filters::Filters /> }.into_any() />
            <Drawer id=dom::LIST_DRAWER class="list" open=list
                title=Signal::derive(move || t_string!(i18n, controls.entities).to_owned())
                extra=count
                body=|| view! { <super::entity_list::EntityList /> }.into_any() />
            <Drawer id="data-drawer" class="your-data" open=data
                title=Signal::derive(move || t_string!(i18n, yourdata.title).to_owned())
                body=|| crate::ui::lazy::lazy_view(crate::ui::views::your_data::data_chunk).into_any() />
        }
    }
}
