//! The map of the first view: every shape of the world map as a path in world path units,
//! entities styled and named by status, the region the map opens on, and what the page's
//! map needs to take it over (the world's frame, the tooltips' texts).

use super::text::Ml;
use super::Scene;
use crate::core::derive::look::{shape_class, Look};
use crate::core::derive::membership::status_at;
use crate::core::geo::home_region;
use crate::core::geo::roving::west_to_east;
use crate::core::model::dataset::Status;
use crate::core::model::lang::Lang;
use crate::core::write::embed::escape_attr;
use crate::core::write::format::figure_phrase;
use crate::core::write::phrases::fill;
use crate::core::write::words;

/// A number for attributes: at most three decimals, no trailing zeros.
fn num(v: f64) -> String {
    let s = format!("{v:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// The patterns of the map's fills, in world path units.
fn patterns(units: u32) -> String {
    let scale = |extra: &str| {
        format!(
            "{extra}{}scale({units})",
            if extra.is_empty() { "" } else { " " }
        )
    };
    format!(
        "<defs>\
<pattern id=\"hatch-observer\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" data-rotate=\"rotate(45)\" data-units=\"{units}\" patternTransform=\"{}\"><rect class=\"pattern-bg-observer\" width=\"6\" height=\"6\"/><line class=\"pattern-line\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\"/></pattern>\
<pattern id=\"hatch-nodata\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" data-rotate=\"rotate(-45)\" data-units=\"{units}\" patternTransform=\"{}\"><rect class=\"pattern-bg-nodata\" width=\"5\" height=\"5\"/><line class=\"pattern-line-nodata\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\"/></pattern>\
<pattern id=\"dots-interested\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" data-rotate=\"\" data-units=\"{units}\" patternTransform=\"{}\"><rect class=\"pattern-bg-interested\" width=\"5\" height=\"5\"/><circle class=\"pattern-dot\" cx=\"2.5\" cy=\"2.5\" r=\"1.1\"/></pattern>\
</defs>",
        scale("rotate(45)"),
        scale("rotate(-45)"),
        scale("")
    )
}

/// The tooltip of an entity in `lang`: its status since when, and its newest figure.
fn tip(s: &Scene, lang: Lang, id: &str) -> Option<(String, Option<String>)> {
    let d = s.inputs.dataset;
    let e = d.entity(id)?;
    let p = s.phrases(lang);
    let at = s.as_of.and_then(|date| status_at(e, date))?;
    let status = fill(
        &p.status_since,
        &[
            ("status", p.status_sentence(at.status)),
            ("date", &words::date(lang, &at.since)),
        ],
    );
    let figure = e.figures_newest_first().first().map(|f| {
        let unit = d
            .indicator(&f.indicator)
            .map_or("", |i| d.indicator_unit(lang, i).text);
        let qualifier = f.qualifier.as_deref().map(|q| d.qualifier(lang, q).text);
        let year = f.year.to_string();
        format!(
            "{} ({year})",
            figure_phrase(&words::number(lang, f.value), unit, qualifier)
        )
    });
    Some((status, figure))
}

/// Every shape of the map, the group's as buttons named in each language (the first one west
/// to east is the map's tab stop), the others hidden from assistive technology.
fn shape_paths(s: &Scene, first_stop: Option<&str>) -> String {
    let map = s.inputs.map;
    let mut paths = String::with_capacity(map.shapes.iter().map(|sh| sh.d.len() + 200).sum());
    for sh in &map.shapes {
        let status = s.statuses.get(&sh.id).copied();
        let class = shape_class(status.map(|st| (st, Look::Plain)));
        let name = Ml::by(|l| s.name(l, &sh.id, &sh.name));
        let region = |v: &Option<String>, key: &str| {
            v.as_deref()
                .map(|r| format!(" {key}=\"{}\"", escape_attr(r)))
                .unwrap_or_default()
        };
        let common = format!(
            "d=\"{}\" data-id=\"{}\" class=\"{class}\"{}{}",
            sh.d,
            escape_attr(&sh.id),
            region(&sh.region, "data-region"),
            region(&sh.subregion, "data-subregion"),
        );
        match status {
            Some(st) if st != Status::None => {
                let label = Ml::by(|l| {
                    s.phrases(l)
                        .shape_label(&s.name(l, &sh.id, &sh.name), st, None)
                });
                // Two attributes, not one packed: a data text may hold any character.
                let tips: Vec<_> = Lang::ALL.map(|l| tip(s, l, &sh.id)).into();
                let status = Ml::by(|l| {
                    tips[l as usize]
                        .as_ref()
                        .map(|t| t.0.clone())
                        .unwrap_or_default()
                });
                let figure = Ml::by(|l| {
                    tips[l as usize]
                        .as_ref()
                        .and_then(|t| t.1.clone())
                        .unwrap_or_default()
                });
                let figure = if figure.get(Lang::En).is_empty() {
                    String::new()
                } else {
                    figure.attr("data-figure")
                };
                let tab = if first_stop == Some(sh.id.as_str()) {
                    "0"
                } else {
                    "-1"
                };
                let attrs = format!(
                    "{}{}{}{figure}",
                    label.attr("aria-label"),
                    name.attr("data-name"),
                    status.attr("data-status"),
                );
                // One `data-l10n` for all three localized attributes.
                let attrs = merge_l10n(&attrs);
                paths.push_str(&format!(
                    "<path {common} role=\"button\" tabindex=\"{tab}\"{attrs}/>"
                ));
            }
            _ => {
                let attrs = merge_l10n(&name.attr("data-name"));
                paths.push_str(&format!("<path {common} aria-hidden=\"true\"{attrs}/>"));
            }
        }
    }
    paths
}

/// The map's frame with its SVG, zoom buttons and hint region.
pub fn frame(s: &Scene) -> String {
    let map = s.inputs.map;
    let entities: Vec<&str> = s.statuses.keys().map(String::as_str).collect();
    let home = home_region(map, entities.iter().copied());
    let t = map.transform;
    let first_stop = west_to_east(
        map.shapes
            .iter()
            .filter(|sh| s.statuses.contains_key(&sh.id))
            .map(|sh| (sh.id.as_str(), &sh.main_bounds)),
    )
    .into_iter()
    .next();
    let paths = shape_paths(s, first_stop.as_deref());
    let title = Ml::by(|l| s.phrases(l).map_title(s.as_of_label(l).as_deref(), None));
    let button = |which: &str, text: &str, key: &str, title_key: &str| {
        format!(
            "<button type=\"button\" data-zoom=\"{which}\"{title}><span aria-hidden=\"true\">{text}</span><span class=\"visually-hidden\">{}</span></button>",
            s.t(key).html(),
            title = merge_l10n(&s.t(title_key).attr("title")),
        )
    };
    let hints: String = [
        ("map.hint_two_fingers", "data-two-fingers"),
        ("map.hint_ctrl_scroll", "data-ctrl-scroll"),
        ("map.hint_cmd_scroll", "data-cmd-scroll"),
    ]
    .map(|(key, attr)| s.t(key).attr(attr))
    .concat();
    let vb = format!(
        "{} {} {} {}",
        num(home.x0),
        num(home.y0),
        num(home.width()),
        num(home.height())
    );
    let world = format!(
        "{} {} {} {} {}",
        num(map.width),
        num(map.height),
        t.k,
        t.tx,
        t.ty
    );
    let home_attr = format!(
        "{} {} {} {}",
        num(home.x0),
        num(home.y0),
        num(home.x1),
        num(home.y1)
    );
    format!(
        "<div class=\"map-frame\"{none}>\
<span class=\"visually-hidden\" id=\"map-title\">{title}</span>\
<svg class=\"world-map\" viewBox=\"{vb}\" data-home=\"{home}\" data-world=\"{world}\" data-detail=\"{detail}\" role=\"group\" aria-labelledby=\"map-title\" aria-describedby=\"map-description map-help\" tabindex=\"-1\">\
{defs}<g class=\"zoom\"><g class=\"shapes\" data-units=\"{units}\" transform=\"scale({inv})\">{paths}</g></g><g class=\"markers\"></g></svg>\
<div class=\"zoom-controls\" role=\"group\" aria-labelledby=\"zoom-label\"><span class=\"visually-hidden\" id=\"zoom-label\">{zoom}</span>{bin}{bout}{breset}</div>\
<div class=\"map-hint-region\" role=\"status\"{hints}></div>\
<div class=\"map-tooltip\" role=\"tooltip\" hidden></div>\
</div>",
        title = title.html(),
        vb = vb,
        home = home_attr,
        world = world,
        detail = escape_attr(s.inputs.detail_url),
        defs = patterns(map.units),
        units = map.units,
        inv = num(1.0 / f64::from(map.units.max(1))),
        zoom = s.t("zoom.group").html(),
        bin = button("in", "+", "zoom.zoom_in", "zoom.zoom_in_title"),
        bout = button("out", "−", "zoom.zoom_out", "zoom.zoom_out_title"),
        breset = button("reset", "⟲", "zoom.reset", "zoom.reset_title"),
        hints = merge_l10n(&hints),
        none = merge_l10n(&Ml::by(|l| s.phrases(l).status_none.clone()).attr("data-none")),
    )
}

/// Several `data-l10n="…"` of one element as one attribute listing them all.
fn merge_l10n(attrs: &str) -> String {
    let mut names = Vec::new();
    let mut rest = String::with_capacity(attrs.len());
    let mut s = attrs;
    while let Some(i) = s.find(" data-l10n=\"") {
        rest.push_str(&s[..i]);
        let after = &s[i + " data-l10n=\"".len()..];
        let end = after.find('"').unwrap_or(after.len());
        names.push(after[..end].to_owned());
        s = after.get(end + 1..).unwrap_or("");
    }
    rest.push_str(s);
    if !names.is_empty() {
        rest.push_str(&format!(" data-l10n=\"{}\"", names.join(" ")));
    }
    rest
}
