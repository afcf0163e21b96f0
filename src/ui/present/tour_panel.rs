//! The tour beside the presented map: the slide's title, caption and source, where the deck
//! is, and the clicker's keys. Each slide sets the map through the same path as a link.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::clicker::{auto_advance, clicker, DEFAULT_AUTO};
use super::fullscreen;
use crate::core::check::tour::{
    check_against, parse_tour, Command, Deck, Slide, Tour, MAX_TOUR_BYTES,
};
use crate::core::link::UrlState;
use crate::core::model::lang::Lang;
use crate::core::write::format::safe_href;
use crate::i18n::*;
use crate::io::fetch::fetch_text;
use crate::ui::lazy::lazy_view;
use crate::ui::state::{use_data, use_derived, use_page, use_view, Data, Load};
use crate::ui::url_sync::{apply, current_view, Linked};

pub const TOUR_URL: &str = "assets/data/tour.json";

/// The tour file's text, or why it could not be fetched; none while it loads.
type TourText = RwSignal<Option<Result<String, String>>>;

/// Fetches the tour's file, once: a change of language or of mode keeps it. It is fetched
/// while the tour's pack loads; the pack checks it (`read_tour`), so that the checks are not
/// part of the app's first pack.
fn fetch_tour(text: TourText) {
    spawn_local(async move {
        let got = fetch_text(TOUR_URL, MAX_TOUR_BYTES).await;
        text.set(Some(got.map_err(|e| e.to_string())));
    });
}

/// Checks the tour once its file has come, and once only: each presentation of the page
/// mounts the panel again, and would list the tour's warnings again.
fn read_tour(data: Data, text: TourText, tour: RwSignal<Load<Arc<Tour>>>) {
    Effect::new(move || {
        let Some(got) = text.get() else {
            return;
        };
        if !tour.with_untracked(|t| matches!(t, Load::Loading)) {
            return;
        }
        let read = got.map_err(|e| vec![e]).and_then(|text| {
            parse_tour(&text).map_err(|problems| {
                problems
                    .iter()
                    .map(|p| format!("{TOUR_URL}: {p}"))
                    .collect()
            })
        });
        match read {
            Ok(t) => {
                let problems = data
                    .dataset
                    .with_untracked(|d| d.ready().map(|d| check_against(&t, d)))
                    .unwrap_or_default();
                data.warn(problems.iter().map(|p| format!("{TOUR_URL}: {p}")));
                tour.set(Load::Ready(Arc::new(t)));
            }
            Err(lines) => tour.set(Load::Failed(lines)),
        }
    });
}

/// Shows slide `index`: its view as if it came from a link, keeping the frame.
fn show_slide(s: Linked, tour: &Tour, index: usize) {
    let Some(slide) = tour.slides.get(index) else {
        return;
    };
    let mut url = slide.view.clone();
    url.frame = s.view.frame.get_untracked();
    url.frame.slide = Some(index + 1);
    apply(&s, url, false);
}

#[cfg_attr(feature = "split", lazy)]
async fn tour_chunk(text: TourText, tour: RwSignal<Load<Arc<Tour>>>) -> AnyView {
    view! { <TourPanel text tour /> }.into_any()
}

/// The tour's place beside the presented map: its code and its file load the first time the
/// page is presented, and stay for the rest of the visit.
#[component]
pub fn TourArea() -> impl IntoView {
    let view = use_view();
    let text: TourText = RwSignal::new(None);
    let tour = RwSignal::new(Load::<Arc<Tour>>::Loading);
    let asked = StoredValue::new(false);
    let present = Memo::new(move |_| view.frame.with(|f| f.present));
    Effect::new(move || {
        let on = present.get();
        if let Some(el) = crate::ui::map::svg::document().and_then(|d| d.get_element_by_id("tour"))
        {
            let _ = el.toggle_attribute_with_force("hidden", !on);
        }
        if on && !asked.get_value() {
            asked.set_value(true);
            fetch_tour(text);
        }
    });
    move || {
        present
            .get()
            .then(|| lazy_view(move || tour_chunk(text, tour)))
    }
}

/// "Showing Ecuador: back to the slide (R)", when the map shows another country than the
/// slide's.
fn exploring_note(
    slide: Slide,
    view: crate::ui::state::View,
    data: Data,
    derived: crate::ui::state::Derived,
    i18n: leptos_i18n::I18nContext<Locale>,
    back_to_slide: impl Fn() + Copy + 'static,
) -> Option<AnyView> {
    let selected = view.selected.get()?;
    (slide.view.country.as_deref() != Some(selected.as_str())).then(|| {
        let name = data
            .dataset
            .with(|d| d.ready().and_then(|d| d.entity(&selected)).map(|e| derived.name(&e.id, &e.name)))
            .or_else(|| derived.shape_name(&selected))
            .unwrap_or(selected);
        view! {
            <p class="exploring" role="status">
                {t_string!(i18n, present.showing, name = name)} " "
                <button type="button" class="link-button" on:click=move |_| back_to_slide()>{t_string!(i18n, present.back_to_slide)}</button>
                " (R)"
            </p>
        }
        .into_any()
    })
}

/// "Source: publisher, title, year", linked to the document.
fn slide_source(id: String, data: Data, i18n: leptos_i18n::I18nContext<Locale>) -> Option<AnyView> {
    data.dataset.with(|d| {
        let s = d.ready()?.source(&id)?.clone();
        let year = s.year.map(|y| format!(", {y}")).unwrap_or_default();
        Some(match s.url.as_deref().and_then(safe_href) {
            Some(href) => view! {
                <p class="slide-source">{t_string!(i18n, present.source)} " " <a href=href>{s.publisher.clone()} ", " {s.title.clone()}</a>{year}</p>
            }
            .into_any(),
            None => view! { <p class="slide-source">{t_string!(i18n, present.source)} " " {s.publisher.clone()} ", " {s.title.clone()} {year}</p> }.into_any(),
        })
    })
}

/// The deck follows the link: it opens on the link's slide, which sets the map unless the link
/// also holds a view of its own (a question explored during the talk, then shared or
/// reloaded); Back and Forward (or an edited link) move it, the link's view already shown.
fn deck_follows_link(s: Linked, tour: RwSignal<Load<Arc<Tour>>>, deck: RwSignal<Option<Deck>>) {
    let view = s.view;
    // The deck opens on the link's slide. The slide sets the map, unless the link also holds a
    // view of its own (a question explored during the talk, then shared or reloaded).
    Effect::new(move || {
        let Some(t) = tour.with(|t| t.ready().cloned()) else {
            return;
        };
        let (slide, own_view) = untrack(|| {
            let mut url = current_view(view);
            url.frame = Default::default();
            (view.frame.with(|f| f.slide), url != UrlState::default())
        });
        let d = Deck::new(t.slides.len(), slide);
        deck.set(Some(d));
        if slide.is_none() || !own_view {
            show_slide(s, &t, d.index());
        }
    });
    // Back and Forward (or an edited link) move the deck; the link's view is already shown.
    Effect::new(move || {
        let Some(n) = view.frame.with(|f| f.slide) else {
            return;
        };
        deck.maybe_update(|d| match d.as_mut().filter(|d| d.number() != n) {
            Some(d) => {
                *d = Deck::new(d.len(), Some(n));
                true
            }
            None => false,
        });
    });
}

/// Leaves the presentation for the normal page, on the same view.
fn exit_presentation(view: crate::ui::state::View) {
    fullscreen::exit();
    view.frame.update(|f| {
        f.present = false;
        f.slide = None;
        f.auto = None;
    });
}

/// The tour's own part of the panel: loading, the reasons it failed, or the slide with its
/// source and whether the map shows another country.
fn tour_body(
    load: Load<Arc<Tour>>,
    current: impl Fn() -> Option<Slide> + Copy + Send + Sync + 'static,
    lang: Lang,
    i18n: leptos_i18n::I18nContext<Locale>,
    source: impl Fn() -> Option<AnyView> + Copy + Send + Sync + 'static,
    exploring: impl Fn() -> Option<AnyView> + Copy + Send + Sync + 'static,
) -> AnyView {
    match load {
    Load::Loading => view! { <p role="status">{t_string!(i18n, present.loading)}</p> }.into_any(),
    Load::Failed(lines) => view! {
        <div class="alert alert-error" role="alert">
            <p><strong>{t_string!(i18n, present.failed)}</strong>" "{t_string!(i18n, present.failed_hint)}</p>
            // The problems come from the fetch and the tour's checks, in English.
            <ul class="problems" lang="en">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
        </div>
    }
    .into_any(),
    Load::Ready(t) => {
        let title = t.title.clone();
        view! {
            // The tour file's own title has no translations: it is marked as English.
            <p class="tour-title" lang="en">{title}</p>
            {move || current().map(|s| {
                let (title, title_lang) = s.title_in(lang);
                let (caption, caption_lang) = s.caption_in(lang);
                view! {
                    <h2 class="slide-title" lang=title_lang.code()>{title.to_owned()}</h2>
                    <p class="slide-caption" lang=caption_lang.code()>{caption.to_owned()}</p>
                }
            })}
            {source}
            {exploring}
        }
        .into_any()
    }
}
}

/// Whether the deck is at its first slide (`first`) or its last, or has none: the button
/// that would go past it is disabled.
fn at_end(deck: Option<Deck>, first: bool) -> bool {
    deck.is_none_or(|d| {
        if first {
            d.index() == 0
        } else {
            d.number() == d.len()
        }
    })
}

#[component]
pub fn TourPanel(text: TourText, tour: RwSignal<Load<Arc<Tour>>>) -> impl IntoView {
    let data = use_data();
    read_tour(data, text, tour);
    let (view, derived) = (use_view(), use_derived());
    let page = use_page();
    let i18n = use_i18n();
    let lang = derived.lang.get_untracked();
    let s = Linked::get();
    let deck = RwSignal::new(None::<Deck>);
    deck_follows_link(s, tour, deck);
    let current = move || {
        let i = deck.with(|d| d.map(|d| d.index()))?;
        tour.with(|t| t.ready().and_then(|t| t.slides.get(i).cloned()))
    };
    let back_to_slide = move || {
        if let (Some(i), Some(t)) = (
            deck.with_untracked(|d| d.map(|d| d.index())),
            tour.with_untracked(|t| t.ready().cloned()),
        ) {
            show_slide(s, &t, i);
        }
    };
    // A command moves the deck; a new slide sets the map.
    let command = move |c: Command| {
        let before = deck.with_untracked(|d| d.map(|d| d.index()));
        deck.update(|d| {
            if let Some(d) = d {
                d.apply(c);
            }
        });
        if deck.with_untracked(|d| d.map(|d| d.index())) != before {
            back_to_slide();
        }
    };

    let (playing, seconds) = auto_advance(view, deck, command);
    let toggle_auto = move |_| {
        let on = !playing.get_untracked();
        view.frame
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
    let exit = move |_| exit_presentation(view);

    clicker(refused, full_screen, back_to_slide, command);

    let exploring = move || exploring_note(current()?, view, data, derived, i18n, back_to_slide);
    let source = move || slide_source(current()?.source?, data, i18n);
    let body = move || tour_body(tour.get(), current, lang, i18n, source, exploring);
    let position = move || {
        deck.with(|d| d.map(|d| t_string!(i18n, present.position, n = d.number(), total = d.len())))
            .unwrap_or_default()
    };
    let at = move |first: bool| deck.with(|d| at_end(*d, first));
    // One live region that stays in the page: a region inserted with each slide is not read.
    let announcement = move || {
        let slide = current()?;
        Some(format!("{}: {}", position(), slide.title_in(lang).0))
    };
    view! {
        <section class="tour" aria-label=move || t_string!(i18n, present.region_label)>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{announcement}</p>
            {body}
            <div class="tour-nav">
                <button type="button" class="button" on:click=move |_| command(Command::Previous) disabled=move || at(true)>{t_string!(i18n, present.previous)}</button>
                <span class="slide-number">{position}</span>
                <button type="button" class="button" on:click=move |_| command(Command::Next) disabled=move || at(false)>{t_string!(i18n, present.next)}</button>
            </div>
            <div class="tour-tools">
                <button type="button" class="button" on:click=toggle_auto>
                    {move || if playing.get() { t_string!(i18n, present.auto_pause, seconds = seconds.get()) } else { t_string!(i18n, present.auto_start).to_owned() }}
                </button>
                <button type="button" class="button" on:click=move |_| full_screen()>{t_string!(i18n, present.full_screen)}</button>
                <button type="button" class="button" on:click=exit>{t_string!(i18n, present.exit)}</button>
                <Show when=move || page.offline_ready.get()>
                    <span class="offline-ready" role="status">{t_string!(i18n, present.offline_ready)}</span>
                </Show>
            </div>
            <Show when=move || refused.get()>
                <p class="note">{t_string!(i18n, present.refused)}</p>
            </Show>
            <p class="note keys-help">{t_string!(i18n, present.keys)}</p>
        </section>
        <super::slide_qr::SlideQr />
        <Show when=move || deck.with(|d| d.is_some_and(|d| d.blank))>
            <div class="blank-screen" role="img" aria-label=move || t_string!(i18n, present.blanked)></div>
        </Show>
    }
}
