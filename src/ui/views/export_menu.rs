//! Downloads of the current view: the map as PNG or SVG with its title, legend, date and
//! sources printed on it, and the data as CSV. Its own chunk: the buttons (`view_bar`) load
//! it with the first click.

use leptos::prelude::*;

use super::table_view::{csv_name, table_of};
use crate::core::derive::stats::Choropleth;
use crate::core::geo::viewport::needs_marker;
use crate::core::model::dataset::Dataset;
use crate::core::model::lang::Lang;
use crate::core::write::sheet::{self, source_notes, Paint, Sheet};
use crate::i18n::*;
use crate::io::download::{save_png, save_text};
use crate::ui::locale;
use crate::ui::map::MapInstrument;
use crate::ui::url_sync::{current_href, Linked};

/// Sources printed before "and N more".
const MAX_SOURCES: usize = 8;
/// PNG pixels per CSS px: sharp on slides and in print.
const PNG_SCALE: f64 = 2.0;

/// The legend's rows: a swatch and its label.
type Legend = Vec<(Paint, String)>;

/// The legend's title and rows, and the sheet's title: the indicator's classes, or the
/// statuses.
fn legend_of(
    choropleth: Option<&Choropleth>,
    dataset: &Dataset,
    lang: Lang,
    i18n: leptos_i18n::I18nContext<Locale>,
    any_faded: bool,
) -> Option<(String, Legend, String)> {
    Some(match choropleth {
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
    })
}

/// A source line the core wrote in English ("Source: …", "… and N more sources, …") with its
/// fixed words in the page's language (anything else stays as is).
fn in_page_language(line: String, lang: Lang, i18n: leptos_i18n::I18nContext<Locale>) -> String {
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
}

/// The sheet of the map as it is framed now (untracked: read at the click), its texts in the
/// page's language (the core prints them as given).
fn sheet(s: &Linked, i18n: leptos_i18n::I18nContext<Locale>) -> Option<Sheet> {
    let (data, view, derived) = (s.data, s.view, s.derived);
    untrack(|| {
        let lang = derived.lang.get();
        let map = MapInstrument::current()?;
        let view_box = map.view();
        let limits = map.limits();
        let geometry = if map.shows_detail() {
            map.detail_geometry()?
        } else {
            map.geometry()
        };
        let dataset = data.dataset.with(|d| d.ready().cloned())?;
        let looks = derived.looks.get();
        let choropleth = derived.choropleth.get();
        // The same look as on screen (`core::derive::look`), in the export's colours.
        let paint = |id: &str| Paint::of(looks.get(id).copied());
        let px = map.px_per_unit();
        // Only what the frame shows: zoomed in on France, the rest of the 1:50m world would
        // make the file ten times larger for nothing.
        let (units, paths) = map.visible_paths();
        let shapes: Vec<_> = paths.into_iter().map(|(id, d)| (d, paint(&id))).collect();
        let any_faded = shapes.iter().any(|(_, p)| *p == Paint::Faded);
        let (vx0, vy0) = view_box.invert(0.0, 0.0);
        let (vx1, vy1) = view_box.invert(limits.width, limits.height);
        let visible = |b: &crate::core::geo::fit::Bounds| {
            b.x1 >= vx0 && b.x0 <= vx1 && b.y1 >= vy0 && b.y0 <= vy1
        };
        let markers = geometry
            .shapes
            .iter()
            .filter(|s| visible(&s.main_bounds))
            .filter(|s| looks.contains_key(&s.id) && needs_marker(&s.main_bounds, view_box.k, px))
            .map(|s| {
                let b = &s.main_bounds;
                let (x, y) = view_box.apply((b.x0 + b.x1) / 2.0, (b.y0 + b.y1) / 2.0);
                (x, y, paint(&s.id))
            })
            .collect();
        let as_of = derived.as_of_label().unwrap_or_default();
        let entities: Vec<_> = derived
            .result
            .get()
            .iter()
            .filter_map(|id| dataset.entity(id))
            .collect();
        let (legend_title, legend, title) =
            legend_of(choropleth.as_deref(), &dataset, lang, i18n, any_faded)?;
        // The core writes the source lines in English ("Source: …", "… and N more sources, …"):
        // their fixed words are put in the page's language here (anything else stays as is).
        let mut notes: Vec<String> = source_notes(
            &dataset,
            &entities,
            derived.as_of.get(),
            choropleth.as_ref().map(|c| c.indicator.as_str()),
            MAX_SOURCES,
        )
        .into_iter()
        .map(|line| in_page_language(line, lang, i18n))
        .collect();
        notes.push(t_string!(i18n, export.boundaries).into());
        if let Some(href) = current_href(view) {
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
            width: limits.width,
            height: limits.height,
            transform: view_box.to_svg(),
            k: view_box.k,
            shapes,
            units,
            markers,
            legend_title,
            legend,
            notes,
        })
    })
}

fn file_stem(s: &Linked) -> String {
    csv_name(s).trim_end_matches(".csv").to_owned()
}

/// What to download.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    Png,
    Svg,
    Csv,
}

/// Saves the current view as `kind`; a failure is said in `message`.
pub fn save(
    kind: Export,
    linked: Linked,
    i18n: leptos_i18n::I18nContext<Locale>,
    message: RwSignal<Option<String>>,
) {
    message.set(None);
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
    match kind {
        Export::Svg => match sheet(&linked, i18n) {
            Some(s) => {
                if let Err(e) = save_text(
                    &format!("{}.svg", file_stem(&linked)),
                    "image/svg+xml;charset=utf-8",
                    &sheet::to_svg(&s),
                ) {
                    failed("SVG", e);
                }
            }
            None => failed("SVG", map_not_loaded()),
        },
        Export::Png => {
            let Some(s) = sheet(&linked, i18n) else {
                return failed("PNG", map_not_loaded());
            };
            let name = format!("{}.png", file_stem(&linked));
            leptos::task::spawn_local(async move {
                let (w, h) = sheet::size(&s);
                if let Err(e) = save_png(&name, &sheet::to_svg(&s), w, h, PNG_SCALE).await {
                    failed("PNG", e);
                }
            });
        }
        Export::Csv => {
            let text = untrack(|| table_of(&linked, 0, true)).map(|t| t.to_csv());
            match text {
                Some(Ok(text)) => {
                    if let Err(e) = save_text(&csv_name(&linked), "text/csv;charset=utf-8", &text) {
                        failed("CSV", e);
                    }
                }
                Some(Err(e)) => failed("CSV", e),
                None => failed("CSV", t_string!(i18n, export.data_not_loaded).to_owned()),
            }
        }
    }
}
