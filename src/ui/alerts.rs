//! Load failures and warnings, in the page: never a blank page.

use leptos::prelude::*;

use crate::core::model::dataset::Entity;
use crate::core::model::lang::Lang;
use crate::i18n::*;
use crate::ui::locale;
use crate::ui::state::{use_data, use_derived, Data, Load};
use crate::ui::views::open_dataset::shown_file;

/// How many warning lines to list before summarising the rest.
const MAX_LINES: usize = 50;

/// A problem line: from the core and the loaders (in English), or written here (in the page's
/// language).
#[derive(Clone, PartialEq)]
struct Line {
    text: String,
    english: bool,
}

fn english(lines: Vec<String>) -> Vec<Line> {
    lines
        .into_iter()
        .map(|text| Line {
            text,
            english: true,
        })
        .collect()
}

/// Problem lines from the core (in English), listed as the load alerts list them: for other
/// alerts of the page, such as a refused CSV file.
pub fn english_lines_view(
    lines: Vec<String>,
    i18n: leptos_i18n::I18nContext<Locale>,
    lang: Lang,
) -> impl IntoView {
    lines_view(english(lines), i18n, lang)
}

fn lines_view(
    lines: Vec<Line>,
    i18n: leptos_i18n::I18nContext<Locale>,
    lang: Lang,
) -> impl IntoView {
    let more = lines.len().saturating_sub(MAX_LINES);
    let items = lines
        .into_iter()
        .take(MAX_LINES)
        .map(|l| view! { <li lang=l.english.then_some("en")>{l.text}</li> })
        .collect_view();
    view! {
        <ul class="problems">{items}</ul>
        {(more > 0).then(|| view! { <p>{t_string!(i18n, alerts.more, n = locale::number(lang, more as f64))}</p> })}
    }
}

/// Whether the page has anything to say here: a load that failed, a warning, a part left out,
/// the visitor's own file, or an entity the map cannot draw.
fn anything(data: Data) -> bool {
    data.dataset.with(Load::failed)
        || data.map.with(Load::failed)
        || data.warnings.with(|w| !w.is_empty())
        || data.open_failed.with(Option::is_some)
        || shown_file(data).is_some()
        || !data.left_out().lines.is_empty()
        || !unmatched(data, |_| ()).is_empty()
}

/// `each` of the entities the map cannot draw (no boundary has their code), once both are
/// loaded: listed, so that an editor learns of a mistyped code. (Asked only whether there are
/// any, `each` returns nothing and the list allocates nothing.)
fn unmatched<T>(data: Data, each: impl Fn(&Entity) -> T) -> Vec<T> {
    let dataset = data.dataset.get();
    let map = data.map.get();
    let (Some(d), Some(m)) = (dataset.ready(), map.ready()) else {
        return Vec::new();
    };
    d.entities
        .iter()
        .filter(|e| !m.shapes.iter().any(|s| s.id == e.id))
        .map(each)
        .collect()
}

/// The load alerts. Most visits have none, so their code is a pack of its own, fetched the
/// first time there is something to say (it was part of the app's first pack, which every
/// visitor who acts fetches). Nothing shows while it loads: a "Loading…" line would only
/// move the page twice.
#[component]
pub fn LoadAlerts() -> impl IntoView {
    let data = use_data();
    // Once wanted, kept: the alerts then follow the page's state themselves.
    let wanted = Memo::new(move |was: Option<&bool>| was == Some(&true) || anything(data));
    move || {
        wanted
            .get()
            .then(|| view! { <Suspense>{move || Suspend::new(alerts_chunk())}</Suspense> })
    }
}

#[cfg_attr(feature = "split", lazy)]
pub async fn alerts_chunk() -> AnyView {
    view! { <Alerts /> }.into_any()
}

#[component]
fn Alerts() -> impl IntoView {
    let data = use_data();
    let derived = use_derived();
    let i18n = use_i18n();
    let lang = derived.lang.get_untracked();
    let dataset_error = move || match data.dataset.get() {
        Load::Failed(lines) => Some(view! {
            <div class="alert alert-error" role="alert">
                <p><strong>{t_string!(i18n, alerts.dataset_failed)}</strong>" "{t_string!(i18n, alerts.dataset_failed_hint)}</p>
                {lines_view(english(lines), i18n, lang)}
            </div>
        }),
        _ => None,
    };
    let map_error = move || match data.map.get() {
        Load::Failed(lines) => Some(view! {
            <div class="alert alert-error" role="alert">
                <p><strong>{t_string!(i18n, alerts.map_failed)}</strong></p>
                {lines_view(english(lines), i18n, lang)}
            </div>
        }),
        _ => None,
    };
    let unmatched = move || {
        unmatched(data, |e| Line {
            text: t_string!(
                i18n,
                alerts.no_boundary,
                name = derived.name(&e.id, &e.name),
                id = e.id.clone()
            ),
            english: false,
        })
    };
    // A memo: a new dataset (an imported CSV) or map with the same warnings must not rebuild
    // the alert, which would read them all out again and fold what the person unfolded.
    let lines = Memo::new(move |_| {
        let mut all = english(data.warnings.get());
        all.extend(unmatched());
        all
    });
    let warnings = move || {
        let all = lines.get();
        let n = all.len();
        let summary = if locale::plural_one(lang, n) {
            t_string!(i18n, alerts.warnings_sg, n = locale::number(lang, n as f64))
        } else {
            t_string!(i18n, alerts.warnings_pl, n = locale::number(lang, n as f64))
        };
        (!all.is_empty()).then(|| {
            // An alert, like the errors: something in the data or the link was not used, and
            // the person should know why the page differs from what they expected. A few lines
            // show at once; more stay folded under their count.
            view! {
                <div role="alert">
                    <details class="alert alert-warning" open=n < 4>
                        <summary>{summary}</summary>
                        {lines_view(all, i18n, lang)}
                    </details>
                </div>
            }
        })
    };
    view! { {dataset_error} {map_error} {left_out_notice} {opened} {open_failed} {warnings} }
}

/// What was left out of the dataset: one polite line, which opens into the located list.
fn left_out_notice() -> impl IntoView {
    let data = use_data();
    let derived = use_derived();
    let i18n = use_i18n();
    let lang = derived.lang.get_untracked();
    let left_out = Memo::new(move |_| data.left_out());
    move || {
        let l = left_out.get();
        if l.lines.is_empty() {
            return None;
        }
        let (n, one) = if l.parts > 0 {
            (l.parts, locale::plural_one(lang, l.parts))
        } else {
            (l.lines.len(), locale::plural_one(lang, l.lines.len()))
        };
        let n_text = locale::number(lang, n as f64);
        let text = match (l.parts > 0, one) {
            (true, true) => t_string!(i18n, alerts.left_out_sg, n = n_text).to_owned(),
            (true, false) => t_string!(i18n, alerts.left_out_pl, n = n_text).to_owned(),
            (false, true) => t_string!(i18n, alerts.ignored_sg, n = n_text).to_owned(),
            (false, false) => t_string!(i18n, alerts.ignored_pl, n = n_text).to_owned(),
        };
        Some(view! {
            <div class="notice" role="status">
                <details id="left-out">
                    <summary>{text}" "<span class="notice-more">{t_string!(i18n, alerts.details)}</span></summary>
                    <p>{t_string!(i18n, alerts.in_file, file = l.file.clone())}</p>
                    {lines_view(english(l.lines), i18n, lang)}
                </details>
            </div>
        })
    }
}

/// The visitor's own dataset file, while the page shows it.
fn opened() -> impl IntoView {
    use crate::ui::views::open_dataset::remove_file;
    let data = use_data();
    let derived = use_derived();
    let i18n = use_i18n();
    let lang = derived.lang.get_untracked();
    move || {
        shown_file(data).map(|(file, n)| {
            let count = locale::number(lang, n as f64);
            let text = if locale::plural_one(lang, n) {
                t_string!(i18n, open.showing_sg, file = file, n = count).to_owned()
            } else {
                t_string!(i18n, open.showing_pl, file = file, n = count).to_owned()
            };
            view! {
                <div class="notice notice-file" role="status">
                    <p>{text}</p>
                    <button type="button" class="button small" id="open-remove" on:click=move |_| remove_file(data)>
                        {t_string!(i18n, open.remove)}
                    </button>
                </div>
            }
        })
    }
}

/// A file the visitor opened that could not be used.
fn open_failed() -> impl IntoView {
    let data = use_data();
    let derived = use_derived();
    let i18n = use_i18n();
    let lang = derived.lang.get_untracked();
    move || {
        data.open_failed.get().map(|(file, lines)| {
            view! {
                <div class="alert alert-error" role="alert">
                    <p><strong>{t_string!(i18n, open.failed, file = file)}</strong></p>
                    {lines_view(english(lines), i18n, lang)}
                </div>
            }
        })
    }
}
