//! Reading the first view's map back from its markup: the world's frame, the home region,
//! and the looks its classes give each shape.

use std::collections::HashMap;

use super::*;

/// The world's frame from the first view's `data-world` (width, height and the plane-to-map
/// transform).
pub(super) fn world_of(svg: &Element) -> Option<MapGeometry> {
    let words: Vec<f64> = svg
        .get_attribute("data-world")?
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    let [width, height, k, tx, ty] = words[..] else {
        return None;
    };
    Some(MapGeometry {
        width,
        height,
        transform: crate::core::geo::fit::Transform { k, tx, ty },
        units: crate::core::geo::path::WORLD_UNITS,
        shapes: Vec::new(),
    })
}

pub(super) fn bounds_attr(el: &Element, name: &str) -> Option<Bounds> {
    let v: Vec<f64> = el
        .get_attribute(name)?
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    let [x0, y0, x1, y1] = v[..] else { return None };
    Some(Bounds { x0, y0, x1, y1 })
}

/// The looks the first view drew, read back from the shapes' classes.
pub(super) fn looks_of_classes(layer: &Layer) -> HashMap<String, (Status, Look)> {
    layer
        .shapes
        .iter()
        .filter_map(|d| {
            let class = d.el.get_attribute("class")?;
            let status = class
                .split_whitespace()
                .find_map(|c| c.strip_prefix("status-"))?
                .parse::<Status>()
                .ok()?;
            Some((d.id.clone(), (status, Look::Plain)))
        })
        .collect()
}
