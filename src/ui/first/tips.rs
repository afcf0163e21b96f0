//! What the first view's map says before the app has loaded, read from the page: the
//! tooltips' texts and the hints, written at build time in the page's language.

use web_sys::Document;

use crate::ui::map::svg::{document, find};
use crate::ui::map::{Texts, Tip};

/// The tooltip of shape `id`: its name, and for an entity its status and newest figure.
pub fn describe(id: &str) -> Option<Tip> {
    let doc = document()?;
    let selector = format!(
        "svg.world-map path[data-id=\"{}\"]",
        id.replace(['"', '\\'], "")
    );
    let path = doc.query_selector(&selector).ok()??;
    let name = path
        .get_attribute("data-name")
        .unwrap_or_else(|| id.to_owned());
    let mut lines = path
        .get_attribute("data-tip")
        .unwrap_or_default()
        .split('|')
        .map(str::to_owned)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .into_iter();
    let status = lines.next().or_else(|| {
        doc.query_selector(".map-frame")
            .ok()
            .flatten()
            .and_then(|f| f.get_attribute("data-none"))
    });
    Some(Tip {
        name,
        status,
        figure: lines.next(),
    })
}

/// The hints over the map, in the page's language.
pub fn hint_texts(doc: &Document) -> Texts {
    let hints = doc
        .query_selector(".map-hint-region")
        .ok()
        .flatten()
        .and_then(|h| h.get_attribute("data-hints"))
        .unwrap_or_default();
    let mut parts = hints.split('|').map(str::to_owned);
    Texts {
        two_fingers: parts.next().unwrap_or_default(),
        ctrl_scroll: parts.next().unwrap_or_default(),
        cmd_scroll: parts.next().unwrap_or_default(),
    }
}

/// Where the detailed boundaries are.
pub fn detail_url(doc: &Document) -> Option<String> {
    let frame = doc.query_selector(".map-frame").ok().flatten()?;
    find(&frame, "svg.world-map")?.get_attribute("data-detail")
}
