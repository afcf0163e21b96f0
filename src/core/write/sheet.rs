//! The map as a self-contained SVG document for slides and reports: title, date, the map as
//! it is framed on screen, the legend, and the sources printed on the image.
//!
//! Built from the model rather than by serialising the live SVG, whose colours come from the
//! page's style sheet and whose markers and focus styles are for the screen.

use crate::core::derive::look::Look;
use crate::core::derive::membership::status_at;
use crate::core::derive::stats::{ranked, PALETTE};
use crate::core::model::dataset::Status;
use crate::core::model::dataset::{Dataset, Entity};
use crate::core::model::date::PartialDate;
use crate::core::model::theme::LIGHT;
use crate::core::write::embed::escape_attr;

/// How a shape or a legend swatch is painted (the light theme's colours: a printed page).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paint {
    Land,
    Member,
    Observer,
    Interested,
    /// Left out by the filters.
    Faded,
    /// Indicator class, as a palette index.
    Class(usize),
    NoData,
}

impl Paint {
    /// The paint of an entity's status and look (`core::derive::look`): the rule the page
    /// draws with, in the exported sheet's colours.
    pub fn of(drawn: Option<(Status, Look)>) -> Paint {
        match drawn {
            None => Paint::Land,
            Some((_, Look::Faded)) => Paint::Faded,
            Some((_, Look::Class(i))) => Paint::Class(i),
            Some((_, Look::NoData)) => Paint::NoData,
            Some((Status::Member, Look::Plain)) => Paint::Member,
            Some((Status::Observer, Look::Plain)) => Paint::Observer,
            Some((Status::Interested, Look::Plain)) => Paint::Interested,
            Some((Status::None, Look::Plain)) => Paint::Land,
        }
    }

    fn fill(self) -> String {
        match self {
            Paint::Land => LIGHT.land.into(),
            Paint::Member => LIGHT.member.into(),
            Paint::Observer => "url(#x-observer)".into(),
            Paint::Interested => "url(#x-interested)".into(),
            Paint::Faded => LIGHT.faded.into(),
            Paint::Class(i) => PALETTE[i.min(PALETTE.len() - 1)].into(),
            Paint::NoData => "url(#x-nodata)".into(),
        }
    }

    /// Dots are too small for patterns: the pattern's main colour.
    fn marker_fill(self) -> String {
        match self {
            Paint::Observer => LIGHT.observer.into(),
            Paint::Interested => LIGHT.interested.into(),
            Paint::NoData => LIGHT.no_data.into(),
            other => other.fill(),
        }
    }

    fn stroke(self) -> &'static str {
        match self {
            Paint::Faded => LIGHT.faded_stroke,
            Paint::Class(_) | Paint::NoData => LIGHT.classed_stroke,
            _ => LIGHT.land_stroke,
        }
    }
}

/// Everything printed on the exported image.
#[derive(Clone, Debug, Default)]
pub struct Sheet {
    pub title: String,
    /// Date and filters, one line.
    pub subtitle: String,
    /// The map's size in map units (the live map's `viewBox`).
    pub width: f64,
    pub height: f64,
    /// The live map's zoom and pan, as an SVG transform, and its scale.
    pub transform: String,
    pub k: f64,
    /// Path data and paint of each shape, in drawing order.
    pub shapes: Vec<(String, Paint)>,
    /// Path units per map unit of the shapes' paths.
    pub units: u32,
    /// Entities too small to see, as dots: centre in map units and paint.
    pub markers: Vec<(f64, f64, Paint)>,
    pub legend_title: String,
    pub legend: Vec<(Paint, String)>,
    /// Sources, boundaries credit and the link to the view, one line each.
    pub notes: Vec<String>,
}

/// Longest line printed; longer ones end with "…" (the full text is in the app).
const MAX_LINE: usize = 160;
const MARGIN: f64 = 20.0;
const HEADER: f64 = 64.0;
const LINE: f64 = 18.0;
const LEGEND_COLUMNS: usize = 3;

fn clip(s: &str) -> String {
    if s.chars().count() <= MAX_LINE {
        s.to_owned()
    } else {
        let cut: String = s.chars().take(MAX_LINE - 1).collect();
        format!("{cut}…")
    }
}

fn num(v: f64) -> String {
    let v = if v.is_finite() { v } else { 0.0 };
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

struct Layout {
    w: f64,
    map_h: f64,
    legend_top: f64,
    notes_top: f64,
    total_w: f64,
    total_h: f64,
}

fn layout(sheet: &Sheet) -> Layout {
    let finite = |v: f64, min: f64| if v.is_finite() { v.max(min) } else { min };
    let w = finite(sheet.width, 200.0).min(4000.0);
    let map_h = finite(sheet.height, 100.0).min(4000.0);
    let legend_rows = sheet.legend.len().div_ceil(LEGEND_COLUMNS);
    let legend_top = HEADER + map_h + 16.0;
    let notes_top = legend_top + LINE * (legend_rows as f64 + 1.0) + 10.0;
    Layout {
        w,
        map_h,
        legend_top,
        notes_top,
        total_w: w + 2.0 * MARGIN,
        total_h: notes_top + LINE * sheet.notes.len() as f64 + MARGIN,
    }
}

/// Width and height of the document in CSS px (for drawing it onto a canvas).
pub fn size(sheet: &Sheet) -> (f64, f64) {
    let l = layout(sheet);
    (l.total_w, l.total_h)
}

/// Lines naming the sources of what the map shows: each figure's (with an indicator) or each
/// status's, in order of first use; after `max` lines, how many more there are.
pub fn source_notes(
    dataset: &Dataset,
    entities: &[&Entity],
    as_of: Option<PartialDate>,
    indicator: Option<&str>,
    max: usize,
) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    let mut add = |cite: &crate::core::model::dataset::Cite| {
        for id in std::iter::once(&cite.source).chain(&cite.more_sources) {
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
    };
    match indicator {
        Some(i) => ranked(entities, i)
            .into_iter()
            .for_each(|(_, f)| add(&f.cite)),
        None => {
            for e in entities {
                if let Some(s) = as_of.and_then(|d| status_at(e, d)) {
                    add(&s.latest.cite);
                }
            }
        }
    }
    let mut lines: Vec<String> = ids
        .iter()
        .take(max)
        .filter_map(|id| dataset.source(id))
        .map(|s| {
            let year = s.year.map(|y| format!(" ({y})")).unwrap_or_default();
            let copy = s
                .copy_consulted
                .as_ref()
                .map(|c| format!(" Copy consulted: {c}"))
                .unwrap_or_default();
            match &s.url {
                Some(url) => format!("Source: {}, {}{year}. {url}{copy}", s.publisher, s.title),
                None => format!("Source: {}, {}{year}.{copy}", s.publisher, s.title),
            }
        })
        .collect();
    if ids.len() > max {
        lines.push(format!(
            "… and {} more sources, listed in the app's data table.",
            ids.len() - max
        ));
    }
    lines
}

/// The patterns (the map's scaled with its zoom `k`, the legend's not) and the map's clip.
fn defs(sheet: &Sheet, k: f64, w: f64, map_h: f64) -> String {
    // Patterns on the map keep their on-screen size at every zoom, as in the app; the
    // legend's (`s-…`) are not scaled.
    let mut defs = String::from("<defs>");
    let units = f64::from(sheet.units.max(1));
    let map_scale = num(units / k);
    let p = &LIGHT;
    for (prefix, scale) in [("x", map_scale.as_str()), ("s", "1")] {
        defs.push_str(&format!(
            "<pattern id=\"{prefix}-observer\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45) scale({scale})\"><rect width=\"6\" height=\"6\" fill=\"{}\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"{}\" stroke-width=\"1.6\"/></pattern>\
<pattern id=\"{prefix}-interested\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"scale({scale})\"><rect width=\"5\" height=\"5\" fill=\"{}\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1.1\" fill=\"{}\"/></pattern>\
<pattern id=\"{prefix}-nodata\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(-45) scale({scale})\"><rect width=\"5\" height=\"5\" fill=\"{}\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"{}\" stroke-width=\"1.2\"/></pattern>",
            p.observer, p.observer_line, p.interested, p.interested_dot, p.no_data, p.no_data_line
        ));
    }
    defs.push_str(&format!(
        "<clipPath id=\"x-frame\"><rect width=\"{}\" height=\"{}\"/></clipPath></defs>\n",
        num(w),
        num(map_h)
    ));
    defs
}

/// The legend under the map, in columns, and the notes (sources, boundaries) under it.
fn legend_and_notes(sheet: &Sheet, w: f64, legend_top: f64, notes_top: f64) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "<text x=\"{MARGIN}\" y=\"{}\" font-size=\"14\" font-weight=\"700\" fill=\"#1b2430\">{}</text>\n",
        num(legend_top + 12.0),
        escape_attr(&clip(&sheet.legend_title))
    ));
    let col_w = w / LEGEND_COLUMNS as f64;
    for (i, (paint, label)) in sheet.legend.iter().enumerate() {
        let x = MARGIN + col_w * (i % LEGEND_COLUMNS) as f64;
        let y = legend_top + LINE * (1 + i / LEGEND_COLUMNS) as f64;
        out.push_str(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"20\" height=\"13\" rx=\"2\" fill=\"{}\" stroke=\"#6b7480\"/><text x=\"{}\" y=\"{}\" font-size=\"13\" fill=\"#1b2430\">{}</text>\n",
            num(x),
            num(y + 1.0),
            paint.fill().replace("#x-", "#s-"),
            num(x + 26.0),
            num(y + 12.0),
            escape_attr(&clip(label))
        ));
    }
    for (i, note) in sheet.notes.iter().enumerate() {
        out.push_str(&format!(
            "<text x=\"{MARGIN}\" y=\"{}\" font-size=\"12\" fill=\"#4a5563\">{}</text>\n",
            num(notes_top + LINE * i as f64 + 12.0),
            escape_attr(&clip(note))
        ));
    }
    out
}

/// The SVG document (UTF-8 text, no external references, so it also draws onto a canvas).
pub fn to_svg(sheet: &Sheet) -> String {
    let Layout {
        w,
        map_h,
        legend_top,
        notes_top,
        total_w,
        total_h,
    } = layout(sheet);
    let k = if sheet.k.is_finite() && sheet.k > 0.0 {
        sheet.k
    } else {
        1.0
    };
    let mut out =
        String::with_capacity(sheet.shapes.iter().map(|s| s.0.len() + 60).sum::<usize>() + 4096);
    out.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{tw}\" height=\"{th}\" viewBox=\"0 0 {tw} {th}\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\">\n",
        tw = num(total_w),
        th = num(total_h),
    ));
    out.push_str(&format!("<title>{}</title>\n", escape_attr(&sheet.title)));
    out.push_str(&defs(sheet, k, w, map_h));
    out.push_str(&format!(
        "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n\
<text x=\"{MARGIN}\" y=\"30\" font-size=\"20\" font-weight=\"700\" fill=\"#1b2430\">{}</text>\n\
<text x=\"{MARGIN}\" y=\"52\" font-size=\"14\" fill=\"#4a5563\">{}</text>\n",
        escape_attr(&clip(&sheet.title)),
        escape_attr(&clip(&sheet.subtitle)),
    ));
    out.push_str(&format!(
        "<g transform=\"translate({MARGIN},{HEADER})\" clip-path=\"url(#x-frame)\">\n<rect width=\"{}\" height=\"{}\" fill=\"#eaf1f6\"/>\n<g transform=\"{} scale({})\">\n",
        num(w),
        num(map_h),
        escape_attr(&sheet.transform),
        num(1.0 / f64::from(sheet.units.max(1))),
    ));
    for (d, paint) in &sheet.shapes {
        out.push_str(&format!(
            "<path d=\"{}\" fill=\"{}\" stroke=\"{}\" stroke-width=\"0.6\" vector-effect=\"non-scaling-stroke\"/>\n",
            escape_attr(d),
            paint.fill(),
            paint.stroke()
        ));
    }
    out.push_str("</g>\n");
    for (x, y, paint) in &sheet.markers {
        out.push_str(&format!(
            "<circle cx=\"{}\" cy=\"{}\" r=\"5\" fill=\"{}\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>\n",
            num(*x),
            num(*y),
            paint.marker_fill(),
        ));
    }
    out.push_str(&format!(
        "</g>\n<rect x=\"{MARGIN}\" y=\"{HEADER}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"#d3d8de\"/>\n",
        num(w),
        num(map_h)
    ));
    out.push_str(&legend_and_notes(sheet, w, legend_top, notes_top));
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet() -> Sheet {
        Sheet {
            title: "SSE Atlas <test> & \"quotes\"".into(),
            subtitle: "As of 8 Jul 2017".into(),
            width: 1000.0,
            height: 440.0,
            transform: "translate(0,0) scale(1)".into(),
            k: 1.0,
            shapes: vec![
                ("M0,0L10,0L10,10Z".into(), Paint::Member),
                ("M20,0L30,0L30,10Z".into(), Paint::Observer),
                ("M40,0L50,0L50,10Z".into(), Paint::Land),
            ],
            units: 1,
            markers: vec![(500.0, 200.0, Paint::Interested)],
            legend_title: "Status in the group".into(),
            legend: vec![
                (Paint::Member, "Member".into()),
                (Paint::Observer, "Observer".into()),
                (Paint::Interested, "Interested".into()),
            ],
            notes: vec![
                "Source: UN-NGLS (2014)".into(),
                "x".repeat(400),
                "<script>alert(1)</script>".into(),
            ],
        }
    }

    #[test]
    fn the_document_carries_title_legend_and_sources_escaped() {
        let svg = to_svg(&sheet());
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.trim_end().ends_with("</svg>"));
        assert!(svg.contains("SSE Atlas &lt;test&gt; &amp; &quot;quotes&quot;"));
        for text in [
            "As of 8 Jul 2017",
            ">Member<",
            ">Observer<",
            ">Interested<",
            "Source: UN-NGLS (2014)",
        ] {
            assert!(svg.contains(text), "{text}");
        }
        assert!(!svg.contains("<script>"));
        assert!(svg.contains(&format!("{}…", "x".repeat(MAX_LINE - 1))));
        assert_eq!(svg.matches("<path ").count(), 3);
        // No reference outside the document (a canvas refuses to draw those).
        assert!(!svg.contains("href"));
    }

    #[test]
    fn junk_numbers_do_not_break_the_document() {
        let mut s = sheet();
        s.k = f64::NAN;
        s.width = f64::INFINITY;
        s.markers = vec![(f64::NAN, 1.0, Paint::Class(99))];
        let svg = to_svg(&s);
        assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg:.400}");
    }
}
