//! "As of" timeline over the dated membership changes in the dataset, with play/pause.

use std::time::Duration;

use leptos::prelude::*;

use crate::core::derive::membership::change_dates;
use crate::core::model::date::PartialDate;
use crate::core::model::lang::Lang;
use crate::i18n::*;
use crate::ui::locale;
use crate::ui::state::{use_data, use_derived, use_view};

/// Time each step stays on screen while playing.
const STEP: Duration = Duration::from_millis(1600);

/// A tick's label: month and year (the steps are months apart; the day is in the accessible
/// name and the caption).
fn short(lang: Lang, d: &PartialDate) -> String {
    match d.month() {
        Some(m) => PartialDate::year_month(d.year(), m)
            .map_or_else(|| d.year().to_string(), |ym| locale::date(lang, &ym)),
        None => d.year().to_string(),
    }
}

/// Play and pause: the steps in turn every `STEP`, from the first when at the last. The
/// playing state, and the stop and play actions.
fn playback(
    steps: Memo<Vec<PartialDate>>,
    index: Memo<Option<usize>>,
    set_index: impl Fn(usize) + Copy + 'static,
) -> (
    RwSignal<bool>,
    impl Fn() + Copy + 'static,
    impl Fn() + Copy + 'static,
) {
    let playing = RwSignal::new(false);
    let timer = StoredValue::new(None::<IntervalHandle>);
    let stop = move || {
        if let Some(h) = timer.get_value() {
            h.clear();
        }
        timer.set_value(None);
        playing.set(false);
    };
    let play = move || {
        let n = steps.with_untracked(Vec::len);
        if n < 2 {
            return;
        }
        if index.get_untracked().is_none_or(|i| i + 1 >= n) {
            set_index(0);
        }
        playing.set(true);
        let handle = set_interval_with_handle(
            move || {
                let next = index.get_untracked().map_or(0, |i| i + 1);
                set_index(next);
                if next + 1 >= steps.with_untracked(Vec::len) {
                    stop();
                }
            },
            STEP,
        );
        timer.set_value(handle.ok());
    };
    on_cleanup(move || {
        if let Some(h) = timer.get_value() {
            h.clear();
        }
    });
    (playing, stop, play)
}

/// Step `i` of the timeline, a button pressed when it is the date shown.
fn tick(
    i: usize,
    d: PartialDate,
    index: Memo<Option<usize>>,
    lang: Lang,
    i18n: leptos_i18n::I18nContext<Locale>,
    pick: impl Fn(usize) + Copy + 'static,
) -> impl IntoView {
    let current = move || index.get() == Some(i);
    view! {
        <li>
            <button
                type="button"
                id=format!("tick-{i}")
                class="tick"
                aria-pressed=move || current().to_string()
                aria-label=t_string!(i18n, timeline.as_of_date, date = locale::date(lang, &d))
                on:click=move |_| pick(i)
            >{short(lang, &d)}</button>
        </li>
    }
}

/// The title of the group's milestone in the month of `d`, if any.
fn event_title(data: crate::ui::state::Data, d: PartialDate) -> Option<String> {
    data.dataset.with(|ds| {
        ds.ready().and_then(|ds| {
            ds.group
                .events
                .iter()
                .find(|e| e.date.year() == d.year() && e.date.month() == d.month())
                .map(|e| e.title.clone())
        })
    })
}

#[component]
pub fn Timeline() -> impl IntoView {
    let data = use_data();
    let view = use_view();
    let derived = use_derived();
    let i18n = use_i18n();
    let lang = derived.lang.get_untracked();
    let steps = Memo::new(move |_| {
        data.dataset
            .with(|d| d.ready().map(|d| change_dates(d)).unwrap_or_default())
    });
    // The step chosen, else the last step the date covers (a link may give any date).
    let index = Memo::new(move |_| {
        let chosen = view.date.get();
        let exact = chosen.and_then(|c| steps.with(|s| s.iter().position(|d| *d == c)));
        exact.or_else(|| {
            let at = derived.as_of.get()?;
            steps.with(|s| s.iter().rposition(|d| *d <= at))
        })
    });
    let set_index = move |i: usize| {
        let n = steps.with_untracked(Vec::len);
        if n == 0 {
            return;
        }
        let i = i.min(n - 1);
        // The last step is the latest state: the default, which the link leaves out.
        let date = (i + 1 < n).then(|| steps.with_untracked(|s| s[i]));
        view.date.set(date);
    };
    let event_at = move |d: PartialDate| event_title(data, d);
    let caption = move || {
        let i = index.get()?;
        let d = steps.with(|s| s.get(i).copied())?;
        Some(match event_at(d) {
            Some(t) => format!("{}: {t}", locale::date(lang, &d)),
            None => locale::date(lang, &d),
        })
    };

    let (playing, stop, play) = playback(steps, index, set_index);

    let ticks = move || {
        steps
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, d)| {
                tick(i, d, index, lang, i18n, move |i| {
                    stop();
                    set_index(i);
                })
            })
            .collect_view()
            .into_any()
    };
    let max = move || steps.with(Vec::len).saturating_sub(1);
    view! {
        <fieldset class="filter-group timeline">
            <legend>{t_string!(i18n, timeline.legend)}</legend>
            <div class="timeline-row">
                <button
                    type="button"
                    id="timeline-play"
                    class="play"
                    on:click=move |_| if playing.get_untracked() { stop() } else { play() }
                >
                    {move || if playing.get() { t_string!(i18n, timeline.pause) } else { t_string!(i18n, timeline.play) }}
                </button>
                <input
                    type="range"
                    min="0"
                    max=max
                    step="1"
                    aria-label=t_string!(i18n, timeline.slider)
                    aria-valuetext=move || caption().unwrap_or_default()
                    // The attribute for the page as rendered at build time; the property after.
                    value=index.get_untracked().unwrap_or(0).to_string()
                    prop:value=move || index.get().unwrap_or(0).to_string()
                    on:input=move |e| {
                        stop();
                        if let Ok(i) = event_target_value(&e).parse::<usize>() {
                            set_index(i);
                        }
                    }
                />
            </div>
            <ol class="ticks">{ticks}</ol>
            // The event's title is the data's, in English: marked so on other pages.
            <p class="note timeline-caption">{move || {
                let i = index.get()?;
                let d = steps.with(|s| s.get(i).copied())?;
                let title = event_at(d).map(|t| {
                    let en = (lang != Lang::En).then_some("en");
                    view! { ": " <span lang=en>{t}</span> }
                });
                Some(view! { {locale::date(lang, &d)} {title} })
            }}</p>
        </fieldset>
    }
}
