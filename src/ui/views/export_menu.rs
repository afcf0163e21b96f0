//! Downloads of the current view: the map as PNG or SVG with its title, legend, date and
//! sources printed on it, and the data as CSV.

use leptos::prelude::*;

use super::table_view::{csv_name, table_of};
use crate::core::geo::viewport::needs_marker;
use crate::core::link::View;
use crate::core::model::dataset::Status;
use crate::core::write::sheet::{self, source_notes, Paint, Sheet};
use crate::i18n::*;
use crate::io::download::{save_png, save_text};
use crate::ui::locale;
use crate::ui::map::world_map::{look_of, Look, DETAIL_K};
use crate::ui::state::{use_app_state, AppState};
use crate::ui::url_sync::current_href;

/// Sources printed before "and N more".
const MAX_SOURCES: usize = 8;
/// PNG pixels per CSS px: sharp on slides and in print.
const PNG_SCALE: f64 = 2.0;

/// The sheet of the map as it is framed now (untracked: read at the click), its texts in the
/// page's language (the core prints them as given).
fn sheet(state: &AppState, i18n: leptos_i18n::I18nContext<Locale>) -> Option<Sheet> {
    untrack(|| {
        let lang = state.lang.get();
        let base = state.map.with(|m| m.ready().cloned())?;
        let view = state.viewport.get();
        let geometry = match state.detail.get() {
            Some(detail) if view.k >= DETAIL_K => detail,
            _ => base,
        };
        let dataset = state.dataset.with(|d| d.ready().cloned())?;
        let statuses = state.statuses.get();
        let choropleth = state.choropleth.get();
        // The same look as on screen (`look_of`), in the export's colours.
        let paint = |id: &str| -> Paint {
            let Some(status) = statuses.get(id) else {
                return Paint::Land;
            };
            match look_of(*state, id) {
                Look::Faded => Paint::Faded,
                Look::Class(i) => Paint::Class(i),
                Look::NoData => Paint::NoData,
                Look::Plain => match status {
                    Status::Member => Paint::Member,
                    Status::Observer => Paint::Observer,
                    Status::Interested => Paint::Interested,
                    _ => Paint::Land,
                },
            }
        };
        let px = state.px_per_unit.get();
        // Only what the frame shows: zoomed in on France, the rest of the 1:50m world would
        // make the file ten times larger for nothing.
        let (vx0, vy0) = view.invert(0.0, 0.0);
        let (vx1, vy1) = view.invert(geometry.width, geometry.height);
        let visible = |b: &crate::core::geo::fit::Bounds| {
            b.x1 >= vx0 && b.x0 <= vx1 && b.y1 >= vy0 && b.y0 <= vy1
        };
        let shapes: Vec<_> = geometry
            .shapes
            .iter()
            .filter(|s| visible(&s.bounds))
            .map(|s| (s.d.clone(), paint(&s.id)))
            .collect();
        let any_faded = shapes.iter().any(|(_, p)| *p == Paint::Faded);
        let markers = geometry
            .shapes
            .iter()
            .filter(|s| visible(&s.main_bounds))
            .filter(|s| statuses.contains_key(&s.id) && needs_marker(&s.main_bounds, view.k, px))
            .map(|s| {
                let b = &s.main_bounds;
                let (x, y) = view.apply((b.x0 + b.x1) / 2.0, (b.y0 + b.y1) / 2.0);
                (x, y, paint(&s.id))
            })
            .collect();
        let as_of = state.as_of_label().unwrap_or_default();
        let entities: Vec<_> = state
            .result
            .get()
            .iter()
            .filter_map(|id| dataset.entity(id))
            .collect();
        let (legend_title, legend, title) = match &choropleth {
            Some(c) => {
                let indicator = dataset.indicator(&c.indicator)?;
                let name = dataset.indicator_name(lang, indicator).text;
                let unit = dataset.indicator_unit(lang, indicator).text;
                // Not `years_label()`: that is English.
                let years = match c.years {
                    Some((a, b)) if a == b => {
                        format!(", {}", t_string!(i18n, export.figures_of, years = a))
                    }
                    Some((a, b)) => format!(
                        ", {}",
                        t_string!(i18n, export.figures_of, years = format!("{a}–{b}"))
                    ),
                    None => String::new(),
                };
                let mut legend: Vec<_> = c
                    .range_labels_with("", &|v| locale::number(lang, v))
                    .into_iter()
                    .enumerate()
                    .map(|(i, label)| (Paint::Class(c.classes.palette_index(i)), label))
                    .collect();
                legend.push((Paint::NoData, t_string!(i18n, export.no_data).into()));
                if any_faded {
                    legend.push((Paint::Faded, t_string!(i18n, export.left_out).into()));
                }
                (
                    format!("{name} ({unit}){years}"),
                    legend,
                    t_string!(i18n, export.title_indicator, name = name),
                )
            }
            None => {
                let mut legend = vec![
                    (Paint::Member, t_string!(i18n, export.member).into()),
                    (Paint::Observer, t_string!(i18n, export.observer).into()),
                    (Paint::Interested, t_string!(i18n, export.interested).into()),
                ];
                if any_faded {
                    legend.push((Paint::Faded, t_string!(i18n, export.left_out).into()));
                }
                legend.push((Paint::Land, t_string!(i18n, export.not_in_group).into()));
                (
                    t_string!(i18n, export.legend_status).to_owned(),
                    legend,
                    t_string!(i18n, export.title).to_owned(),
                )
            }
        };
        // The core writes the source lines in English ("Source: …", "… and N more sources, …"):
        // their fixed words are put in the page's language here (anything else stays as is).
        let mut notes: Vec<String> = source_notes(
            &dataset,
            &entities,
            state.as_of.get(),
            choropleth.as_ref().map(|c| c.indicator.as_str()),
            MAX_SOURCES,
        )
        .into_iter()
        .map(|line| {
            if let Some(rest) = line.strip_prefix("Source: ") {
                return format!("{} {rest}", t_string!(i18n, export.source));
            }
            let more = line
                .strip_prefix("… and ")
                .and_then(|r| r.strip_suffix(" more sources, listed in the app's data table."))
                .and_then(|n| n.parse::<usize>().ok());
            match more {
                Some(n) => t_string!(
                    i18n,
                    export.more_sources,
                    n = locale::number(lang, n as f64)
                ),
                None => line,
            }
        })
        .collect();
        notes.push(t_string!(i18n, export.boundaries).into());
        if let Some(href) = current_href(state) {
            notes.push(t_string!(i18n, export.atlas_link, href = href));
        }
        let shown = entities.len();
        let subtitle = if locale::plural_one(lang, shown) {
            t_string!(
                i18n,
                export.subtitle_sg,
                date = as_of,
                n = locale::number(lang, shown as f64)
            )
        } else {
            t_string!(
                i18n,
                export.subtitle_pl,
                date = as_of,
                n = locale::number(lang, shown as f64)
            )
        };
        Some(Sheet {
            title,
            subtitle,
            width: geometry.width,
            height: geometry.height,
            transform: view.to_svg(),
            k: view.k,
            shapes,
            markers,
            legend_title,
            legend,
            notes,
        })
    })
}

fn file_stem(state: &AppState) -> String {
    csv_name(state).trim_end_matches(".csv").to_owned()
}

#[component]
pub fn ExportMenu() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let message = RwSignal::new(None::<String>);
    // `e` comes from the browser (in English) or is one of the reasons below.
    let failed = move |what: &str, e: String| {
        message.set(Some(t_string!(
            i18n,
            export.save_failed,
            what = what.to_owned(),
            error = e
        )))
    };
    let map_not_loaded = move || t_string!(i18n, export.map_not_loaded).to_owned();
    let data_not_loaded = move || t_string!(i18n, export.data_not_loaded).to_owned();
    let svg = move |_| {
        message.set(None);
        match sheet(&state, i18n) {
            Some(s) => {
                if let Err(e) = save_text(
                    &format!("{}.svg", file_stem(&state)),
                    "image/svg+xml;charset=utf-8",
                    &sheet::to_svg(&s),
                ) {
                    failed("SVG", e);
                }
            }
            None => failed("SVG", map_not_loaded()),
        }
    };
    let png = move |_| {
        message.set(None);
        let Some(s) = sheet(&state, i18n) else {
            return failed("PNG", map_not_loaded());
        };
        let name = format!("{}.png", file_stem(&state));
        leptos::task::spawn_local(async move {
            let (w, h) = sheet::size(&s);
            if let Err(e) = save_png(&name, &sheet::to_svg(&s), w, h, PNG_SCALE).await {
                failed("PNG", e);
            }
        });
    };
    let csv = move |_| {
        message.set(None);
        let text = untrack(|| table_of(&state, 0, true)).map(|t| t.to_csv());
        match text {
            Some(Ok(text)) => {
                if let Err(e) = save_text(&csv_name(&state), "text/csv;charset=utf-8", &text) {
                    failed("CSV", e);
                }
            }
            Some(Err(e)) => failed("CSV", e),
            None => failed("CSV", data_not_loaded()),
        }
    };
    view! {
        <div class="export" role="group" aria-label=move || t_string!(i18n, export.group_label)>
            <span class="export-label" aria-hidden="true">{t_string!(i18n, export.label)}</span>
            <button type="button" class="button small" on:click=png aria-label=move || t_string!(i18n, export.png_label)>"PNG"</button>
            <button type="button" class="button small" on:click=svg aria-label=move || t_string!(i18n, export.svg_label)>"SVG"</button>
            // The table view has its own CSV button, in the table's order.
            <Show when=move || state.view.get() != View::Table>
                <button type="button" class="button small" on:click=csv aria-label=move || t_string!(i18n, export.csv_label)>"CSV"</button>
            </Show>
            {move || message.get().map(|m| view! { <p role="alert" class="alert alert-error">{m}</p> })}
        </div>
    }
}
