//! Legend of the indicator map: the classes with their ranges, the unit and the years, the
//! "no data" class, and the warning that national figures differ in year and definition.

use leptos::prelude::*;

use crate::ui::state::use_app_state;

#[component]
pub fn ChoroplethLegend() -> impl IntoView {
    let state = use_app_state();
    let content = move || {
        let choropleth = state.choropleth.get()?;
        let indicator = state.dataset.with(|d| {
            d.ready()
                .and_then(|d| d.indicator(&choropleth.indicator))
                .cloned()
        })?;
        let unit = if indicator.unit == "%" {
            "%".to_owned()
        } else {
            format!(" {}", indicator.unit)
        };
        let years = choropleth
            .years_label()
            .unwrap_or_else(|| "undated figures".into());
        let undated = (choropleth.undated > 0 && choropleth.years.is_some())
            .then(|| format!(", {} undated", choropleth.undated));
        let rows = choropleth
            .range_labels(&unit)
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
                {indicator.name.clone()} " (" {indicator.unit.clone()} "), " {years} {undated}
            </h2>
            <ul class="legend-list">
                {rows}
                <li class="legend-row">
                    <svg class="swatch" viewBox="0 0 20 14" aria-hidden="true">
                        <rect class="shape entity choro no-data" x="0.5" y="0.5" width="19" height="13" rx="2" />
                    </svg>
                    <span class="legend-label">"No comparable data"</span>
                </li>
            </ul>
            <p class="legend-hint">
                {indicator.definition.clone()}
                " Each entity shows its most recent figure; hover over it for the year and the definition, select it for the source."
            </p>
            }
            .into_any(),
        )
    };
    view! {
        <section class="legend" aria-labelledby="legend-title">
            <svg class="pattern-defs" width="0" height="0" aria-hidden="true">
                <defs>
                    <pattern id="legend-hatch-nodata" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
                        <rect class="pattern-bg-nodata" width="5" height="5" />
                        <line class="pattern-line-nodata" x1="0" y1="0" x2="0" y2="5" />
                    </pattern>
                </defs>
            </svg>
            {content}
        </section>
    }
}
