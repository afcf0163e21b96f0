//! Search as you type (entities, people, laws), as an ARIA combobox: arrow keys move through
//! the results, Enter picks one, Escape closes the list.

use leptos::prelude::*;

use crate::core::derive::search::{search_named, Hit, HitKind};
use crate::core::model::lang::Lang;
use crate::i18n::*;
use crate::ui::locale;
use crate::ui::state::{use_data, use_derived, use_view};

const MAX_RESULTS: usize = 8;

/// The option an arrow key reaches among `n`, from the active one: down from none is the first,
/// up from none the last, and both wrap around.
fn step(active: Option<usize>, n: usize, down: bool) -> usize {
    match (active, down) {
        (None, true) => 0,
        (None, false) => n - 1,
        (Some(i), true) => (i + 1) % n,
        (Some(i), false) => (i + n - 1) % n,
    }
}

/// "3 results", or that nothing matched, for the status screen readers hear.
fn results_status(n: usize, lang: Lang, i18n: leptos_i18n::I18nContext<Locale>) -> String {
    match n {
        0 => t_string!(i18n, search.no_match).to_owned(),
        n if locale::plural_one(lang, n) => {
            t_string!(i18n, search.results_sg, n = locale::number(lang, n as f64))
        }
        n => t_string!(i18n, search.results_pl, n = locale::number(lang, n as f64)),
    }
}

/// The results of the query, and the place in them of the hit the arrow keys reached.
fn results(
    data: crate::ui::state::Data,
    view: crate::ui::state::View,
    derived: crate::ui::state::Derived,
    active_hit: RwSignal<Option<Hit>>,
) -> (Memo<Vec<Hit>>, Memo<Option<usize>>) {
    let hits = Memo::new(move |_| {
        let query = view.query.get();
        data.dataset.with(|d| {
            d.ready()
                .map(|d| search_named(d, &query, MAX_RESULTS, &|e| derived.name(&e.id, &e.name)))
                .unwrap_or_default()
        })
    });
    let active = Memo::new(move |_| {
        active_hit.with(|a| {
            a.as_ref()
                .and_then(|a| hits.with(|h| h.iter().position(|x| x == a)))
        })
    });
    (hits, active)
}

/// Result `i` of the list: its label, kind and context; picked with the pointer down.
fn option_item(
    i: usize,
    hit: Hit,
    active: Memo<Option<usize>>,
    pick: impl Fn(Hit) + Copy + 'static,
    i18n: leptos_i18n::I18nContext<Locale>,
) -> impl IntoView {
    let chosen = hit.clone();
    let selected = move || active.get() == Some(i);
    // Not `HitKind::label()`: that is English.
    let kind = match hit.kind {
        HitKind::Entity => t_string!(i18n, search.kind_entity),
        HitKind::Person => t_string!(i18n, search.kind_person),
        HitKind::Law => t_string!(i18n, search.kind_law),
        HitKind::Body => t_string!(i18n, search.kind_body),
    };
    view! {
        <li
            id=format!("search-option-{i}")
            role="option"
            class="search-option"
            aria-selected=move || selected().to_string()
            // Pointer down, not click: the input keeps the focus.
            on:mousedown=move |e| {
                e.prevent_default();
                pick(chosen.clone());
            }
        >
            <span class="search-label">{hit.label.clone()}</span>
            <span class="search-meta">{kind} {(!hit.context.is_empty()).then(|| format!(" · {}", hit.context))}</span>
        </li>
    }
}

#[component]
pub fn SearchBox() -> impl IntoView {
    let data = use_data();
    let view = use_view();
    let derived = use_derived();
    let i18n = use_i18n();
    let lang = derived.lang.get_untracked();
    let open = RwSignal::new(false);
    // The option the arrow keys reached, kept as itself: the index follows from the results, and
    // results without it have no active option (derived, not reset by an effect).
    let active_hit = RwSignal::new(None::<Hit>);
    let (hits, active) = results(data, view, derived, active_hit);
    let move_to = move |i: usize| active_hit.set(hits.with_untracked(|h| h.get(i).cloned()));
    let pick = move |hit: Hit| {
        view.selected.set(hit.target);
        view.query.set(String::new());
        open.set(false);
        active_hit.set(None);
    };
    let on_key = move |e: leptos::ev::KeyboardEvent| {
        let n = hits.with(Vec::len);
        match e.key().as_str() {
            "ArrowDown" | "ArrowUp" if n > 0 => {
                e.prevent_default();
                open.set(true);
                move_to(step(active.get_untracked(), n, e.key() == "ArrowDown"));
            }
            "Enter" => {
                let chosen = active
                    .get_untracked()
                    .or((n == 1).then_some(0))
                    .and_then(|i| hits.with_untracked(|h| h.get(i).cloned()));
                if let Some(hit) = chosen {
                    e.prevent_default();
                    pick(hit);
                }
            }
            "Escape" => {
                if open.get_untracked() {
                    e.prevent_default();
                    open.set(false);
                    active_hit.set(None);
                } else {
                    view.query.set(String::new());
                }
            }
            _ => {}
        }
    };
    let expanded = move || open.get() && !view.query.with(|q| q.trim().is_empty());
    let options = move || {
        hits.get()
            .into_iter()
            .enumerate()
            .map(|(i, hit)| option_item(i, hit, active, pick, i18n))
            .collect_view()
            .into_any()
    };
    let status = move || {
        if !expanded() {
            return String::new();
        }
        results_status(hits.with(Vec::len), lang, i18n)
    };
    view! {
        <div class="search">
            <label for="search-input">{t_string!(i18n, search.label)}</label>
            <input
                id="search-input"
                type="search"
                role="combobox"
                autocomplete="off"
                maxlength="100"
                spellcheck="false"
                aria-autocomplete="list"
                aria-controls="search-results"
                aria-expanded=move || (expanded() && !hits.with(Vec::is_empty)).to_string()
                aria-activedescendant=move || active.get().filter(|_| expanded()).map(|i| format!("search-option-{i}"))
                prop:value=move || view.query.get()
                on:input=move |e| {
                    view.query.set(event_target_value(&e));
                    open.set(true);
                    active_hit.set(None);
                }
                on:focus=move |_| open.set(true)
                on:blur=move |_| open.set(false)
                on:keydown=on_key
            />
            <ul id="search-results" role="listbox" aria-label=move || t_string!(i18n, search.results_label) class="search-results" hidden=move || !expanded() || hits.with(Vec::is_empty)>
                {options}
            </ul>
            <Show when=move || expanded() && hits.with(Vec::is_empty)>
                <p class="search-empty search-results">{t_string!(i18n, search.empty)}</p>
            </Show>
            <p class="visually-hidden" role="status">{status}</p>
        </div>
    }
}
