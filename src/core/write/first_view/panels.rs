//! The first view's rail of search and filters, its view bar and its legend: the same markup
//! and the same sentences as the page's live components (`ui::panels`, `ui::views`,
//! `ui::legend`), for the default view.

use super::shell::toggle;
use super::text::Ml;
use super::Scene;
use crate::core::derive::describe::describe;
use crate::core::derive::filter::summarize;
use crate::core::model::dataset::Status;
use crate::core::model::lang::Lang;
use crate::core::write::phrases::{sort_names, Shown};
use crate::core::write::words;

/// The default view's rows: each entity with its status.
fn rows<'a>(s: &'a Scene) -> Vec<(&'a crate::core::model::dataset::Entity, Status)> {
    let d = s.inputs.dataset;
    s.result
        .iter()
        .filter_map(|id| Some((d.entity(id)?, *s.statuses.get(id)?)))
        .collect()
}

/// A part of the page that loads with the rest of the app: a line saying so.
fn loading(s: &Scene) -> String {
    format!(
        "<p class=\"pending\" role=\"status\">{}</p>",
        s.t("details.loading").html()
    )
}

/// A drawer (`<details>`), open or not, with its body (else a line saying it is loading).
fn drawer(
    id: &str,
    class: &str,
    title: &Ml,
    count: Option<usize>,
    body: Option<String>,
    s: &Scene,
) -> String {
    let count = count.map(|n| format!(" ({n})")).unwrap_or_default();
    let open = if body.is_some() { " open" } else { "" };
    format!(
        "<details class=\"drawer {class}\" id=\"{id}\"{open}><summary><span class=\"drawer-title\">{}</span>{count}</summary>{}</details>",
        title.html(),
        body.unwrap_or_else(|| loading(s))
    )
}

/// The rail: its heading and fold button, then the search, the summary and the drawers.
pub fn controls(s: &Scene) -> String {
    let summary = Ml::by(|l| {
        let rows = rows(s);
        let summary = summarize(&rows, &s.places);
        s.phrases(l).summary_line(
            l,
            &summary,
            &|r| s.region_name(l, r),
            s.as_of_label(l).as_deref(),
        )
    });
    let body = format!(
        "<div class=\"search\"><label for=\"search-input\">{label}</label>\
<input id=\"search-input\" type=\"search\" role=\"combobox\" autocomplete=\"off\" maxlength=\"100\" spellcheck=\"false\" aria-autocomplete=\"list\" aria-controls=\"search-results\" aria-expanded=\"false\">\
<ul id=\"search-results\" role=\"listbox\" class=\"search-results\" hidden{results}></ul><p class=\"visually-hidden\" role=\"status\"></p></div>\
<p class=\"result-summary\" role=\"status\" aria-live=\"polite\">{summary}</p>{filters}{list}{data}",
        label = s.t("search.label").html(),
        results = s.t("search.results_label").attr("aria-label"),
        summary = summary.html(),
        filters = drawer(
            "filters-drawer",
            "filters",
            &s.t("controls.filters"),
            None,
            Some(super::filters::filters(s)),
            s
        ),
        list = drawer(
            "list-drawer",
            "list",
            &s.t("controls.entities"),
            Some(s.result.len()),
            Some(super::filters::list(s)),
            s
        ),
        data = your_data(s),
    );
    format!(
        "<aside class=\"rail controls\" id=\"controls\" aria-labelledby=\"controls-title\">\
<div class=\"rail-head\"><h2 class=\"rail-title\" id=\"controls-title\">{title}</h2>{fold}</div>\
<div class=\"rail-body\" id=\"controls-body\">{body}</div></aside>",
        title = s.t("controls.region_label").html(),
        fold = toggle(
            "controls-fold",
            "controls-body",
            &s.t("rail.fold_controls"),
            true
        ),
        body = body,
    )
}

/// "Your data", folded: the two file choices, as the live drawer has them (a file chosen here
/// is handed to the app when it has loaded).
fn your_data(s: &Scene) -> String {
    let choice = |id: &str, accept: &str, label: &str, help_id: &str, help: &str| {
        format!(
            "<div class=\"import\"><label class=\"button small import-button\">{}<input id=\"{id}\" type=\"file\" accept=\"{accept}\" class=\"visually-hidden\" aria-describedby=\"{help_id}\"></label><p id=\"{help_id}\" class=\"import-help\">{}</p></div>",
            s.t(label).html(),
            s.t(help).html()
        )
    };
    format!(
        "<details class=\"drawer your-data\" id=\"data-drawer\"><summary><span class=\"drawer-title\">{}</span></summary><div class=\"drawer-body\">{}{}</div></details>",
        s.t("yourdata.title").html(),
        choice("import-csv", ".csv,text/csv", "import.button", "import-help", "import.help"),
        choice("open-dataset", ".json,application/json", "open.button", "open-help", "open.help"),
    )
}

/// The view switch and the sharing tools above the map.
pub fn view_bar(s: &Scene) -> String {
    let tab = |id: &str, key: &str, pressed: bool| {
        format!(
            "<button type=\"button\" class=\"view-button\" id=\"{id}\" aria-pressed=\"{pressed}\">{}</button>",
            s.t(key).html()
        )
    };
    let button = |id: &str, key: &str| {
        format!(
            "<button type=\"button\" class=\"button\" id=\"{id}\">{}</button>",
            s.t(key).html()
        )
    };
    let download = |id: &str, key: &str, label: &str| {
        format!(
            "<button type=\"button\" class=\"button small\" id=\"{id}\"{}>{label}</button>",
            s.t(key).attr("aria-label")
        )
    };
    format!(
        "<div class=\"view-tabs\" role=\"group\" aria-labelledby=\"tabs-label\"><span class=\"visually-hidden\" id=\"tabs-label\">{tabs}</span>{map}{table}{chart}</div>\
<button type=\"button\" class=\"button more-toggle\" id=\"more-toggle\" popovertarget=\"more-actions\"{more_label}>{more}</button>\
<div class=\"share-row\" id=\"more-actions\" popover>{copy}{share}{present}\
<div class=\"export\" role=\"group\"{group}><span class=\"export-label\" aria-hidden=\"true\">{label}</span>{png}{svg}{csv}</div></div>",
        tabs = s.t("tabs.label").html(),
        map = tab("tab-map", "views.map", true),
        table = tab("tab-table", "views.table", false),
        chart = tab("tab-chart", "views.chart", false),
        more = s.t("views.more").html(),
        more_label = s.t("views.more_label").attr("aria-label"),
        copy = button("copy-link", "copy.button"),
        share = button("share-open", "share.open"),
        present = button("present-start", "present.start"),
        group = s.t("export.group_label").attr("aria-label"),
        label = s.t("export.label").html(),
        png = download("export-png", "export.png_label", "PNG"),
        svg = download("export-svg", "export.svg_label", "SVG"),
        csv = download("export-csv", "export.csv_label", "CSV"),
    )
}

/// A swatch drawn with the same classes (colour and pattern) as the map.
pub fn swatch(class: &str) -> String {
    format!(
        "<svg class=\"swatch\" viewBox=\"0 0 20 14\" aria-hidden=\"true\"><rect class=\"shape {class}\" x=\"0.5\" y=\"0.5\" width=\"19\" height=\"13\" rx=\"2\"/></svg>"
    )
}

/// The names of the entities with `status`, as the legend lists them.
fn names_with(s: &Scene, lang: Lang, status: Status) -> Vec<String> {
    let d = s.inputs.dataset;
    let mut names: Vec<String> = d
        .entities
        .iter()
        .filter(|e| s.statuses.get(&e.id) == Some(&status))
        .map(|e| s.name(lang, &e.id, &e.name))
        .collect();
    sort_names(&mut names);
    names
}

/// The status legend and the map in words.
pub fn legend(s: &Scene) -> String {
    let title = Ml::by(|l| s.phrases(l).legend_title(s.as_of_label(l).as_deref()));
    let legend_rows: String = Status::SHOWN
        .into_iter()
        .map(|status| {
            let heading = Ml::by(|l| s.phrases(l).legend_heading(status).to_owned());
            let names = Ml::by(|l| names_with(s, l, status).join(", "));
            let n = names_with(s, Lang::En, status).len();
            format!(
                "<li class=\"legend-row\">{}<span class=\"legend-label\"><strong>{}</strong> ({n})<span class=\"legend-names\">{}</span></span></li>",
                swatch(&format!("entity status-{}", status.key())),
                heading.html(),
                names.html()
            )
        })
        .collect();
    let none = Ml::by(|l| s.phrases(l).legend_none.clone());
    let description = Ml::by(|l| {
        let rows = rows(s);
        let desc = describe(&rows, None);
        let as_of = s.as_of_label(l).unwrap_or_default();
        let shown = Shown {
            as_of: &as_of,
            filtered: false,
            indicator: None,
        };
        s.phrases(l).description(
            l,
            &desc,
            &shown,
            &|e| s.name(l, &e.id, &e.name),
            &|(_, f)| words::number(l, f.value),
        )
    });
    format!(
        "<section class=\"legend\" aria-labelledby=\"legend-title\">{defs}<h2 class=\"legend-title\" id=\"legend-title\">{title}</h2>\
<ul class=\"legend-list\">{legend_rows}<li class=\"legend-row\">{blank}<span class=\"legend-label\"><strong>{none}</strong></span></li></ul></section>\
<details class=\"map-description\"><summary>{summary}</summary><p id=\"map-description\">{description}</p></details>",
        defs = LEGEND_PATTERNS,
        title = title.html(),
        blank = swatch(""),
        none = none.html(),
        summary = s.t("describe.summary").html(),
        description = description.html(),
    )
}

/// The legend's own patterns: the map's follow its zoom, the swatches keep theirs.
pub const LEGEND_PATTERNS: &str = "<svg class=\"pattern-defs\" width=\"0\" height=\"0\" aria-hidden=\"true\"><defs>\
<pattern id=\"legend-hatch-observer\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect class=\"pattern-bg-observer\" width=\"6\" height=\"6\"/><line class=\"pattern-line\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\"/></pattern>\
<pattern id=\"legend-dots-interested\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"><rect class=\"pattern-bg-interested\" width=\"5\" height=\"5\"/><circle class=\"pattern-dot\" cx=\"2.5\" cy=\"2.5\" r=\"1.1\"/></pattern>\
<pattern id=\"legend-hatch-nodata\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(-45)\"><rect class=\"pattern-bg-nodata\" width=\"5\" height=\"5\"/><line class=\"pattern-line-nodata\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\"/></pattern>\
</defs></svg>";
