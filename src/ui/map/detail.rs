//! The detailed (1:50m) boundaries, loaded once the map is zoomed in past its first view, in
//! slices that fit within a frame so that zooming and panning stay smooth meanwhile. They come
//! pre-projected (`core::geo::compact`): nothing to parse but path strings, and the file's text
//! is freed as soon as its shapes are in the page.

use super::layer::Layer;
use super::svg::set;
use super::{overlay, MapInstrument};
use crate::core::geo::compact::{read_header, read_line, MAX_COMPACT_BYTES};
use crate::core::geo::viewport::Viewport;
use crate::core::geo::wants_detail;

/// Shapes added per slice of work.
const BATCH: usize = 16;

/// Starts loading the detailed map if the view is about to need it.
pub fn maybe_load(map: &MapInstrument) {
    let url = map.state(|s| {
        if s.detail_requested {
            return None;
        }
        let home_k = Viewport::fit(&s.home, &s.limits, 1.0).k;
        wants_detail(s.view.k, s.px, home_k, true).then(|| s.detail_url.clone())?
    });
    let Some(url) = url else { return };
    map.state_mut(|s| s.detail_requested = true);
    let weak = map.weak();
    wasm_bindgen_futures::spawn_local(async move {
        let text = crate::io::fetch::fetch_text(&url, MAX_COMPACT_BYTES).await;
        let Some(map) = MapInstrument::from_weak(&weak) else {
            return;
        };
        let result = match text {
            Ok(text) => build(&map, &url, text).await,
            Err(e) => Err(e.to_string()),
        };
        if let Some(hook) = map.hooks().detail {
            hook(result);
        }
    });
}

async fn build(map: &MapInstrument, url: &str, text: String) -> Result<usize, String> {
    let mut lines = text.lines();
    let header = lines
        .next()
        .and_then(read_header)
        .ok_or_else(|| format!("{url}: not a file of pre-projected boundaries"))?;
    let doc = map.els().doc.clone();
    let mut layer = Layer::empty(&doc, header.units, "shapes shapes-detail")
        .ok_or_else(|| format!("{url}: the map could not be drawn"))?;
    set(&layer.group, "hidden", "");
    let lines: Vec<&str> = lines.filter(|l| !l.trim().is_empty()).collect();
    for batch in lines.chunks(BATCH) {
        crate::ui::browser::yield_now().await;
        let looks = map.state(|s| s.looks.clone());
        for line in batch {
            if let Ok(shape) = read_line(line, header.units) {
                layer.push(&doc, &shape, looks.get(&shape.id).copied());
            }
        }
    }
    drop(text);
    layer.reindex();
    let count = layer.shapes.len();
    if count == 0 {
        return Err(format!("{url}: no shape could be drawn"));
    }
    // The patterns in the finer units, then the layer after the world's, hidden until the
    // view wants it.
    let patterns = overlay::detail_patterns(&map.els().svg, header.units);
    map.els().patterns.borrow_mut().extend(patterns);
    map.state_mut(|s| {
        let _ = s.base.group.after_with_node_1(&layer.group);
        let labels = s.labels.clone();
        layer.relabel(&labels);
        s.detail = Some(layer);
    });
    map.render();
    map.update_order();
    overlay::outline(map);
    Ok(count)
}
