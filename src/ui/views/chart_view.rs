//! Comparison chart: sorted bars of the chosen indicator for the filtered entities (or the 2
//! to 4 picked to compare), each labelled with its value and year, with the definitions and
//! sources underneath.

use leptos::prelude::*;

use crate::core::derive::stats::ranked;
use crate::core::link::MAX_COMPARE;
use std::sync::Arc;

use crate::core::model::dataset::{Dataset, Figure, FigureKind};
use crate::core::model::lang::Lang;
use crate::i18n::*;
use crate::ui::locale;
use crate::ui::panels::cite::SourceLinks;
use crate::ui::panels::indicator_select::IndicatorSelect;
use crate::ui::state::{use_data, use_derived, use_view, Data, Derived, View};

const WIDTH: f64 = 640.0;
const LABEL_W: f64 = 150.0;
// Leaves room after the longest bar for its label ("about 2,600,000 jobs (2022)").
const BAR_MAX: f64 = 280.0;
const ROW_H: f64 = 30.0;

#[derive(Clone, PartialEq)]
struct Bar {
    id: String,
    name: String,
    figure: Figure,
}

/// The bars: each entity's name, its bar to scale, and its figure with the year.
fn bar_rows(bars: &[Bar], lang: Lang, d: &Dataset) -> impl IntoView {
    let max = bars
        .iter()
        .map(|b| b.figure.value)
        .fold(0.0_f64, f64::max)
        .max(f64::MIN_POSITIVE);
    bars
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let y = 5.0 + ROW_H * i as f64;
            let w = (b.figure.value / max * BAR_MAX).max(2.0);
            let year = b.figure.year.to_string();
            let label = format!("{} ({year})", locale::figure(lang, d, &b.figure));
            view! {
                <g class="bar-row">
                    <text class="bar-name" x=LABEL_W - 8.0 y=y + ROW_H / 2.0 text-anchor="end" dominant-baseline="middle">{b.name.clone()}</text>
                    <rect class="bar" x=LABEL_W y=y + 4.0 width=w height=ROW_H - 8.0 rx="2" />
                    <text class="bar-value" x=LABEL_W + w + 6.0 y=y + ROW_H / 2.0 dominant-baseline="middle">{label}</text>
                </g>
            }
        })
        .collect_view()
}

/// Under the chart, each figure's label, year, kind and sources.
fn bar_notes(
    bars: &[Bar],
    lang: Lang,
    d: &Arc<Dataset>,
    i18n: leptos_i18n::I18nContext<Locale>,
) -> impl IntoView {
    bars.iter()
        .map(|b| {
            let year = b.figure.year.to_string();
            let kind = match b.figure.kind {
                FigureKind::Official => t_string!(i18n, figure.official),
                FigureKind::Estimate => t_string!(i18n, figure.estimate),
            };
            let mut ids = vec![b.figure.cite.source.clone()];
            ids.extend(b.figure.cite.more_sources.iter().cloned());
            view! {
                <li>
                    <strong>{b.name.clone()}</strong>
                    {format!(": {} — ", locale::number(lang, b.figure.value))}
                    <span lang="en">{b.figure.label.clone()}</span>
                    {format!(", {year}, {kind}. ")}
                    <SourceLinks dataset=d.clone() ids />
                </li>
            }
        })
        .collect_view()
}

/// The check box that picks `b` for the comparison (at most [`MAX_COMPARE`]).
fn compare_box(b: Bar, view: View) -> impl IntoView {
    let id = b.id.clone();
    let checked = {
        let id = id.clone();
        move || view.compare.with(|c| c.contains(&id))
    };
    let full = {
        let checked = checked.clone();
        move || !checked() && view.compare.with(|c| c.len() >= MAX_COMPARE)
    };
    view! {
        <label class="check">
            <input
                type="checkbox"
                prop:checked=checked
                disabled=full
                on:change=move |_| {
                    let id = id.clone();
                    view.compare.update(|c| {
                        if let Some(i) = c.iter().position(|x| *x == id) {
                            c.remove(i);
                        } else if c.len() < MAX_COMPARE {
                            c.push(id);
                        }
                    });
                }
            />
            {b.name.clone()}
        </label>
    }
}

/// Every entity of the result with a figure of the indicator, largest first.
fn candidates_of(data: Data, view: View, derived: Derived) -> Memo<Vec<Bar>> {
    Memo::new(move |_| -> Vec<Bar> {
        let Some(indicator) = view.indicator.get() else {
            return Vec::new();
        };
        let ids = derived.result.get();
        data.dataset.with(|d| {
            let Some(d) = d.ready() else {
                return Vec::new();
            };
            let entities: Vec<_> = ids.iter().filter_map(|id| d.entity(id)).collect();
            ranked(&entities, &indicator)
                .into_iter()
                .map(|(e, f)| Bar {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    figure: f.clone(),
                })
                .collect()
        })
    })
}

#[component]
pub fn ChartView() -> impl IntoView {
    let data = use_data();
    let view = use_view();
    let derived = use_derived();
    let i18n = use_i18n();
    let lang = derived.lang;
    // Every entity in the result with a figure (the candidates), and the bars shown.
    let candidates = candidates_of(data, view, derived);
    // The picked entities among the candidates; all of them unless at least 2 are picked.
    let bars = Memo::new(move |_| {
        let picked = view.compare.get();
        let all = candidates.get();
        let shown: Vec<Bar> = all
            .iter()
            .filter(|b| picked.contains(&b.id))
            .cloned()
            .collect();
        if shown.len() >= 2 {
            shown
        } else {
            all
        }
    });
    let indicator = move || {
        let id = view.indicator.get()?;
        data.dataset
            .with(|d| d.ready().and_then(|d| d.indicator(&id)).cloned())
    };
    let dataset = move || data.dataset.with(|d| d.ready().cloned());

    let chart = move || {
        let indicator = indicator()?;
        let bars = bars.get();
        let lang = lang.get();
        let d = dataset()?;
        if bars.is_empty() {
            return Some(view! { <p class="none">{t_string!(i18n, chart.none)}</p> }.into_any());
        }
        let height = ROW_H * bars.len() as f64 + 10.0;
        let rows = bar_rows(&bars, lang, &d);
        let notes = bar_notes(&bars, lang, &d, i18n);
        let title = t_string!(
            i18n,
            chart.title,
            name = d.indicator_name(lang, &indicator).text.to_owned(),
            unit = d.indicator_unit(lang, &indicator).text.to_owned()
        );
        Some(
            view! {
                <figure class="chart">
                    <svg class="bar-chart" viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-labelledby="chart-title chart-caution">
                        {rows}
                    </svg>
                    <figcaption>
                        <p id="chart-title" class="chart-title">{title}</p>
                        <p id="chart-caution" class="note">{t_string!(i18n, chart.caution)}</p>
                    </figcaption>
                </figure>
                <h3 class="chart-notes-title">{t_string!(i18n, chart.notes_title)}</h3>
                <ol class="chart-notes">{notes}</ol>
            }
            .into_any(),
        )
    };

    let picker = move || {
        let all = candidates.get();
        (all.len() > 2 || !view.compare.with(Vec::is_empty)).then(|| {
            let boxes = all.into_iter().map(|b| compare_box(b, view)).collect_view();
            view! {
                <fieldset class="compare">
                    <legend>{t_string!(i18n, chart.compare)}</legend>
                    <div class="checks">{boxes}</div>
                    <button
                        type="button"
                        class="link-button"
                        aria-disabled=move || view.compare.with(Vec::is_empty).then_some("true")
                        on:click=move |_| view.compare.set(Vec::new())
                    >{t_string!(i18n, chart.show_all)}</button>
                </fieldset>
            }
            .into_any()
        })
    };

    view! {
        <div class="chart-view">
            <IndicatorSelect id="indicator-chart" label=Signal::derive(move || t_string!(i18n, chart.indicator).to_string()) />
            <Show
                when=move || view.indicator.with(Option::is_some)
                fallback=move || view! { <p class="note">{t_string!(i18n, chart.choose)}</p> }
            >
                {picker}
                {chart}
            </Show>
        </div>
    }
}
