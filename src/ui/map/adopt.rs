//! Reading the first view's map back from its markup: the world's frame, the home region,
//! and the looks its classes give each shape.

use std::collections::HashMap;

use super::*;
use crate::core::derive::look::drawn_of_class;

/// A number the first view wrote in attribute `name`.
fn number(el: &Element, name: &str) -> Option<f64> {
    el.get_attribute(name)?.trim().parse().ok()
}

/// The world's frame from the first view's `data-world-*`: its width, height and the
/// plane-to-map transform.
pub(super) fn world_of(svg: &Element) -> Option<MapGeometry> {
    let n = |part: &str| number(svg, &format!("data-world-{part}"));
    Some(MapGeometry {
        width: n("width")?,
        height: n("height")?,
        transform: crate::core::geo::fit::Transform {
            k: n("k")?,
            tx: n("tx")?,
            ty: n("ty")?,
        },
        units: crate::core::geo::path::WORLD_UNITS,
        shapes: Vec::new(),
    })
}

/// The bounds in attributes `{prefix}-x0`, `-y0`, `-x1` and `-y1`.
pub(super) fn bounds_attr(el: &Element, prefix: &str) -> Option<Bounds> {
    let n = |part: &str| number(el, &format!("{prefix}-{part}"));
    Some(Bounds {
        x0: n("x0")?,
        y0: n("y0")?,
        x1: n("x1")?,
        y1: n("y1")?,
    })
}

/// The looks the first view drew, read back from the shapes' classes (a link's indicator view
/// may colour them: `assets/first.js`).
pub(super) fn looks_of_classes(layer: &Layer) -> HashMap<String, (Status, Look)> {
    layer
        .shapes
        .iter()
        .filter_map(|d| {
            let drawn = drawn_of_class(&d.el.get_attribute("class")?)?;
            Some((d.id.clone(), drawn))
        })
        .collect()
}
