//! The map in words (its text alternative), under the legend and as the map's description
//! for screen readers: the core's description, worded in the page's language.

use leptos::prelude::*;

use crate::core::derive::describe::describe;
use crate::core::write::phrases::Shown;
use crate::i18n::*;
use crate::ui::locale;
use crate::ui::phrases::phrases;
use crate::ui::state::{use_data, use_derived, use_view};

#[component]
pub fn MapDescription() -> impl IntoView {
    let data = use_data();
    let view = use_view();
    let derived = use_derived();
    let i18n = use_i18n();
    let p = phrases(i18n);
    let text = move || {
        let lang = derived.lang.get();
        let as_of = derived.as_of_label().unwrap_or_default();
        let statuses = derived.statuses.get();
        let filtered = view.filter.with(|f| f.active_count() > 0);
        let indicator = view.indicator.get();
        data.dataset.with(|d| {
            let d = d.ready()?;
            let rows: Vec<_> = derived.result.with(|r| {
                r.iter()
                    .filter_map(|id| Some((d.entity(id)?, *statuses.get(id)?)))
                    .collect()
            });
            let indicator = indicator.as_deref().and_then(|i| d.indicator(i));
            let desc = describe(d, &rows, indicator);
            let name = indicator.map(|i| d.indicator_name(lang, i).text.to_owned());
            let shown = Shown {
                as_of: &as_of,
                filtered,
                indicator: name.as_deref(),
            };
            Some(p.description(
                lang,
                &desc,
                &shown,
                &|e| derived.name(&e.id, &e.name),
                &|(_, f)| format!("{}, {}", locale::figure(lang, d, f), f.year),
            ))
        })
    };
    // Worded at once for the page as it arrives and as the app takes over; after a change,
    // when the browser is idle, after the frame that shows the map. It is read, or unfolded,
    // after the map is seen, and wording 175 entities took 12 ms of an indicator change
    // before the map could repaint (growth probe, 4x CPU).
    let text = std::rc::Rc::new(text);
    let worded = RwSignal::new(untrack(&*text));
    let scheduled = StoredValue::new(false);
    Effect::new(move |first: Option<()>| {
        // What `text` reads.
        derived.lang.track();
        derived.statuses.track();
        derived.result.track();
        derived.as_of.track();
        view.date.track();
        view.filter.track();
        view.indicator.track();
        data.dataset.track();
        data.names.track();
        if first.is_none() || scheduled.get_value() {
            return;
        }
        scheduled.set_value(true);
        let text = text.clone();
        crate::ui::browser::when_idle(move || {
            // Nothing to word once the page's state is gone (a component test unmounted it).
            if scheduled.try_set_value(false).is_none() {
                worded.set(untrack(&*text));
            }
        });
    });
    view! {
        <details class="map-description">
            <summary>{t_string!(i18n, describe.summary)}</summary>
            <p id="map-description">{move || worded.get()}</p>
        </details>
    }
}
