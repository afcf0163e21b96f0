//! Legend of the indicator map: the classes with their ranges, the unit and the years, the
//! "no data" class, and the warning that national figures differ in year and definition.

use leptos::prelude::*;

use crate::i18n::*;
use crate::ui::legend::status_legend::legend_patterns;
use crate::ui::locale;
use crate::ui::state::{use_data, use_derived};

#[component]
pub fn ChoroplethLegend() -> impl IntoView {
    let data = use_data();
    let derived = use_derived();
    let i18n = use_i18n();
    let lang = derived.lang.get_untracked();
    let content = move || {
        let choropleth = derived.choropleth.get()?;
        let d = data.dataset.with(|d| d.ready().cloned())?;
        let indicator = d.indicator(&choropleth.indicator)?;
        let (name, unit_text, definition) = (
            d.indicator_name(lang, indicator),
            d.indicator_unit(lang, indicator),
            d.indicator_definition(lang, indicator),
        );
        let unit = if indicator.unit == "%" {
            "%".to_owned()
        } else {
            format!(" {}", unit_text.text)
        };
        let years = match choropleth.years {
            Some((a, b)) if a == b => t_string!(i18n, choro.figures_of, years = a),
            Some((a, b)) => t_string!(i18n, choro.figures_of, years = format!("{a}–{b}")),
            None => t_string!(i18n, choro.no_figures).to_owned(),
        };
        let rows = choropleth
            .range_labels_with(&unit, &|v| locale::number(lang, v))
            .into_iter()
            .enumerate()
            .map(|(i, range)| {
                view! {
                    <li class="legend-row">
                        <svg class="swatch" viewBox="0 0 20 14" aria-hidden="true">
                            <rect class=format!("shape entity choro choro-{}", choropleth.classes.palette_index(i)) x="0.5" y="0.5" width="19" height="13" rx="2" />
                        </svg>
                        <span class="legend-label">{range}</span>
                    </li>
                }
            })
            .collect_view();
        Some(
            view! {
            <h2 id="legend-title" class="legend-title">
                <span lang=name.lang.code()>{name.text.to_owned()}</span> " (" {unit_text.text.to_owned()} "), " {years}
            </h2>
            <ul class="legend-list">
                {rows}
                <li class="legend-row">
                    <svg class="swatch" viewBox="0 0 20 14" aria-hidden="true">
                        <rect class="shape entity choro no-data" x="0.5" y="0.5" width="19" height="13" rx="2" />
                    </svg>
                    <span class="legend-label">{t_string!(i18n, choro.no_data)}</span>
                </li>
            </ul>
            // Folded: over the map, the definition's paragraph would hide the countries.
            <details class="map-description legend-definition">
                <summary>{t_string!(i18n, table.col_definition)}</summary>
                <p class="legend-hint">
                    <span lang=definition.lang.code()>{definition.text.to_owned()}</span>
                    " " {t_string!(i18n, choro.hint)}
                </p>
            </details>
            }
            .into_any(),
        )
    };
    view! {
        <section class="legend" aria-labelledby="legend-title">
            {legend_patterns()}
            {content}
        </section>
    }
}
