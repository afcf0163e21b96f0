//! The map of the first view: every shape of the world map as a path in world path units,
//! entities styled and named by status, the region the map opens on, and what the page's
//! map needs to take it over (the world's frame, the tooltips' texts). The markup around the
//! shapes is the component `ui::page::map_frame::MapFrame`'s.

use super::ml::{attrs, Ml};
use super::Scene;
use crate::core::derive::look::{shape_class, Look};
use crate::core::derive::membership::status_at;
use crate::core::geo::home_region;
use crate::core::geo::path::bounds_of;
use crate::core::geo::roving::west_to_east;
use crate::core::geo::written_bounds::{write_bounds, DATA_BOUNDS};
use crate::core::model::dataset::Status;
use crate::core::model::lang::Lang;
use crate::core::write::dom;
use crate::core::write::embed::escape_attr;
use crate::core::write::format::{figure_phrase, num};
use crate::core::write::phrases::fill;
use crate::core::write::words;

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
            "d=\"{}\" {}=\"{}\" data-id=\"{}\" class=\"{class}\"{}{}",
            sh.d,
            DATA_BOUNDS,
            bounds_of(&sh.d, map.units)
                .map(|(all, main)| write_bounds(&all, &main, map.units))
                .unwrap_or_default(),
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
                let tip = |l| tip(s, l, &sh.id).unwrap_or_default();
                let status = Ml::by(|l| tip(l).0);
                let figure = Ml::by(|l| tip(l).1.unwrap_or_default());
                let tab = if first_stop == Some(sh.id.as_str()) {
                    "0"
                } else {
                    "-1"
                };
                let mut list = vec![
                    ("aria-label", &label),
                    (dom::DATA_NAME, &name),
                    ("data-status", &status),
                ];
                if !figure.get(Lang::En).is_empty() {
                    list.push(("data-figure", &figure));
                }
                paths.push_str(&format!(
                    "<path {common} role=\"button\" tabindex=\"{tab}\"{}/>",
                    attrs(&list)
                ));
            }
            _ => {
                let attrs = attrs(&[(dom::DATA_NAME, &name)]);
                paths.push_str(&format!("<path {common} aria-hidden=\"true\"{attrs}/>"));
            }
        }
    }
    paths
}

/// What the map's markup is made of (`ui::page::map_frame`), its texts in every language.
pub struct MapView {
    /// The SVG's `viewBox`: the region the map opens on, in world path units.
    pub view_box: String,
    /// That region's corners (x0, y0, x1, y1), to which the zoom's reset returns.
    pub home: [String; 4],
    /// The world's width and height and the plane-to-map transform (k, tx, ty).
    pub world: [String; 5],
    /// Path units per map unit: the shapes' group scales them back.
    pub units: u32,
    pub scale: String,
    /// Every shape, a `<path>` each.
    pub paths: String,
    /// The map's name, for its `aria-labelledby`.
    pub title: Ml,
}

/// The map's shapes and frame numbers.
pub fn view(s: &Scene) -> MapView {
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
    let nums = |v: &[f64]| v.iter().map(|v| num(*v)).collect::<Vec<_>>().join(" ");
    MapView {
        view_box: nums(&[home.x0, home.y0, home.width(), home.height()]),
        home: [home.x0, home.y0, home.x1, home.y1].map(num),
        world: [map.width, map.height, t.k, t.tx, t.ty].map(|v| v.to_string()),
        units: map.units,
        scale: format!("scale({})", num(1.0 / f64::from(map.units.max(1)))),
        paths: shape_paths(s, first_stop.as_deref()),
        title: Ml::by(|l| s.phrases(l).map_title(s.as_of_label(l).as_deref(), None)),
    }
}
