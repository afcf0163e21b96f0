//! The tour beside the presented map: the slide's title, caption and source, where the deck
//! is, and the clicker's keys. Each slide sets the map through the same path as a link.

use std::sync::Arc;
use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::fullscreen;
use crate::core::format::safe_href;
use crate::core::tour::{
    check_against, command_for_key, parse_tour, Command, Deck, Tour, MAX_TOUR_BYTES,
};
use crate::io::fetch::fetch_text;
use crate::ui::state::{use_app_state, AppState, Load};
use crate::ui::url_sync::apply;

pub const TOUR_URL: &str = "assets/data/tour.json";
/// Seconds per slide when auto-advance is started without `auto=`.
const DEFAULT_AUTO: u32 = 20;

fn load_tour(state: AppState, tour: RwSignal<Load<Arc<Tour>>>) {
    spawn_local(async move {
        let text = match fetch_text(TOUR_URL, MAX_TOUR_BYTES).await {
            Ok(t) => t,
            Err(e) => return tour.set(Load::Failed(vec![e.to_string()])),
        };
        match parse_tour(&text) {
            Ok(t) => {
                let problems = state
                    .dataset
                    .with_untracked(|d| d.ready().map(|d| check_against(&t, d)))
                    .unwrap_or_default();
                state.warnings.update(|w| {
                    w.extend(problems.iter().map(|p| format!("{TOUR_URL}: {p}")));
                });
                tour.set(Load::Ready(Arc::new(t)));
            }
            Err(problems) => tour.set(Load::Failed(
                problems
                    .iter()
                    .map(|p| format!("{TOUR_URL}: {p}"))
                    .collect(),
            )),
        }
    });
}

/// Shows slide `index`: its view as if it came from a link, keeping the frame.
fn show_slide(state: AppState, tour: &Tour, index: usize) {
    let Some(slide) = tour.slides.get(index) else {
        return;
    };
    let mut url = slide.view.clone();
    url.frame = state.frame.get_untracked();
    url.frame.slide = Some(index + 1);
    apply(&state, url, false);
}

/// Keys that a focused control handles itself (a button's Space and Enter).
fn control_has_focus(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(
                el.tag_name().to_ascii_lowercase().as_str(),
                "button" | "a" | "input" | "select" | "textarea" | "summary"
            ) || el.get_attribute("role").as_deref() == Some("button")
        })
}

#[component]
pub fn TourPanel() -> impl IntoView {
    let state = use_app_state();
    let tour = RwSignal::new(Load::<Arc<Tour>>::Loading);
    load_tour(state, tour);
    let deck = RwSignal::new(None::<Deck>);
    Effect::new(move || {
        if let Some(t) = tour.with(|t| t.ready().cloned()) {
            let slide = state.frame.with_untracked(|f| f.slide);
            deck.set(Some(Deck::new(t.slides.len(), slide)));
        }
    });
    // A new slide sets the map.
    Effect::new(move |previous: Option<Option<usize>>| {
        let index = deck.with(|d| d.map(|d| d.index()));
        if index != previous.flatten() {
            if let (Some(i), Some(t)) = (index, tour.with_untracked(|t| t.ready().cloned())) {
                show_slide(state, &t, i);
            }
        }
        index
    });
    let current = move || {
        let i = deck.with(|d| d.map(|d| d.index()))?;
        tour.with(|t| t.ready().and_then(|t| t.slides.get(i).cloned()))
    };
    let back_to_slide = move || {
        if let (Some(i), Some(t)) = (
            deck.with_untracked(|d| d.map(|d| d.index())),
            tour.with_untracked(|t| t.ready().cloned()),
        ) {
            show_slide(state, &t, i);
        }
    };
    let command = move |c: Command| {
        deck.update(|d| {
            if let Some(d) = d {
                d.apply(c);
            }
        })
    };

    // Auto-advance (kiosk): loops back to the first slide after the last.
    let playing = RwSignal::new(state.frame.with_untracked(|f| f.auto.is_some()));
    let seconds = move || state.frame.with(|f| f.auto).unwrap_or(DEFAULT_AUTO);
    let timer = StoredValue::new(None::<IntervalHandle>);
    Effect::new(move || {
        if let Some(h) = timer.get_value() {
            h.clear();
        }
        timer.set_value(None);
        if playing.get() {
            let step = move || {
                deck.update(|d| {
                    if let Some(d) = d {
                        if d.blank {
                            return;
                        }
                        let last = d.number() == d.len();
                        d.apply(if last { Command::First } else { Command::Next });
                    }
                })
            };
            timer.set_value(
                set_interval_with_handle(step, Duration::from_secs(seconds().into())).ok(),
            );
        }
    });
    on_cleanup(move || {
        if let Some(h) = timer.get_value() {
            h.clear();
        }
    });
    let toggle_auto = move |_| {
        let on = !playing.get_untracked();
        state
            .frame
            .update(|f| f.auto = on.then(|| f.auto.unwrap_or(DEFAULT_AUTO)));
        playing.set(on);
    };

    let refused = RwSignal::new(false);
    let full_screen = move || {
        spawn_local(async move {
            if fullscreen::is_fullscreen() {
                fullscreen::exit();
            } else {
                refused.set(!fullscreen::enter().await);
            }
        });
    };
    let exit = move |_| {
        fullscreen::exit();
        state.frame.update(|f| {
            f.present = false;
            f.slide = None;
            f.auto = None;
        });
    };

    // The clicker: single keys are fine here, the presentation has the whole page.
    let keys = window_event_listener(ev::keydown, move |e| {
        if e.default_prevented() || e.ctrl_key() || e.alt_key() || e.meta_key() {
            return;
        }
        let key = e.key();
        if matches!(key.as_str(), " " | "Enter") && control_has_focus(&e) {
            return;
        }
        if e.target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| {
                matches!(
                    el.tag_name().to_ascii_lowercase().as_str(),
                    "input" | "select" | "textarea"
                )
            })
        {
            return;
        }
        match key.as_str() {
            "f" | "F" => full_screen(),
            "r" | "R" | "Escape" => back_to_slide(),
            k => match command_for_key(k) {
                Some(c) => command(c),
                None => return,
            },
        }
        e.prevent_default();
    });
    on_cleanup(move || keys.remove());

    let exploring = move || {
        let slide = current()?;
        let selected = state.selected.get()?;
        (slide.view.country.as_deref() != Some(selected.as_str())).then(|| {
            let name = state
                .dataset
                .with(|d| d.ready().and_then(|d| d.entity(&selected)).map(|e| e.name.clone()))
                .or_else(|| state.shape_name(&selected))
                .unwrap_or(selected);
            view! {
                <p class="exploring" role="status">
                    "Showing " {name} ". "
                    <button type="button" class="link-button" on:click=move |_| back_to_slide()>"Back to the slide"</button>
                    " (R)"
                </p>
            }
        })
    };
    let source = move || {
        let id = current()?.source?;
        state.dataset.with(|d| {
            let s = d.ready()?.source(&id)?.clone();
            let year = s.year.map(|y| format!(", {y}")).unwrap_or_default();
            Some(match safe_href(&s.url) {
                Some(href) => view! {
                    <p class="slide-source">"Source: " <a href=href>{s.publisher.clone()} ", " {s.title.clone()}</a>{year}</p>
                }
                .into_any(),
                None => view! { <p class="slide-source">"Source: " {s.publisher.clone()} ", " {s.title.clone()} {year}</p> }.into_any(),
            })
        })
    };
    let body = move || {
        match tour.get() {
        Load::Loading => view! { <p role="status">"Loading the tour…"</p> }.into_any(),
        Load::Failed(lines) => view! {
            <div class="alert alert-error" role="alert">
                <p><strong>"The tour could not be loaded."</strong>" The map can still be explored."</p>
                <ul class="problems">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
            </div>
        }
        .into_any(),
        Load::Ready(t) => {
            let title = t.title.clone();
            view! {
                <p class="tour-title">{title}</p>
                {move || current().map(|s| view! {
                    <h2 class="slide-title" aria-live="polite">{s.title}</h2>
                    <p class="slide-caption">{s.caption}</p>
                })}
                {source}
                {exploring}
            }
            .into_any()
        }
    }
    };
    let position = move || {
        deck.with(|d| d.map(|d| format!("Slide {} of {}", d.number(), d.len())))
            .unwrap_or_default()
    };
    let at = move |first: bool| {
        deck.with(|d| {
            d.is_none_or(|d| {
                if first {
                    d.index() == 0
                } else {
                    d.number() == d.len()
                }
            })
        })
    };
    view! {
        <section class="tour" aria-label="Presentation">
            {body}
            <div class="tour-nav">
                <button type="button" class="button" on:click=move |_| command(Command::Previous) disabled=move || at(true)>"Previous"</button>
                <span class="slide-number">{position}</span>
                <button type="button" class="button" on:click=move |_| command(Command::Next) disabled=move || at(false)>"Next"</button>
            </div>
            <div class="tour-tools">
                <button type="button" class="button" on:click=toggle_auto>
                    {move || if playing.get() { format!("Pause auto-advance (every {} s)", seconds()) } else { "Start auto-advance".to_owned() }}
                </button>
                <button type="button" class="button" on:click=move |_| full_screen()>"Full screen (F)"</button>
                <button type="button" class="button" on:click=exit>"Exit presentation"</button>
                <Show when=move || state.offline_ready.get()>
                    <span class="offline-ready" role="status">"✓ Offline ready"</span>
                </Show>
            </div>
            <Show when=move || refused.get()>
                <p class="note">"The browser kept the window size; the presentation fills the window."</p>
            </Show>
            <p class="note keys-help">"Keys: PageDown, →, Space next · PageUp, ← previous · Home, End · B or . blank · R back to the slide"</p>
        </section>
        <Show when=move || deck.with(|d| d.is_some_and(|d| d.blank))>
            <div class="blank-screen" role="img" aria-label="Screen blanked: press any slide key to show it again"></div>
        </Show>
    }
}
