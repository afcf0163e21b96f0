//! What the first view's map says before the app has loaded, read from the page: the
//! tooltips' texts and the hints, written at build time in the page's language.

use web_sys::Document;

use crate::core::write::dom;
use crate::ui::map::svg::{document, find};
use crate::ui::map::{Texts, Tip};

/// The tooltip of shape `id`: its name, and for an entity its status and newest figure.
pub fn describe(id: &str) -> Option<Tip> {
    let doc = document()?;
    let selector = format!(
        "svg.{} path[{}=\"{}\"]",
        dom::WORLD_MAP,
        dom::DATA_ID,
        id.replace(['"', '\\'], "")
    );
    let path = doc.query_selector(&selector).ok()??;
    let name = path
        .get_attribute(dom::DATA_NAME)
        .unwrap_or_else(|| id.to_owned());
    let status = path.get_attribute("data-status").or_else(|| {
        doc.query_selector(".map-frame")
            .ok()
            .flatten()
            .and_then(|f| f.get_attribute("data-none"))
    });
    Some(Tip {
        name,
        status,
        figure: path.get_attribute("data-figure"),
    })
}

/// The hints over the map, in the page's language.
pub fn hint_texts(doc: &Document) -> Texts {
    let region = doc.query_selector(".map-hint-region").ok().flatten();
    let hint = |attr: &str| {
        region
            .as_ref()
            .and_then(|r| r.get_attribute(attr))
            .unwrap_or_default()
    };
    Texts {
        two_fingers: hint("data-two-fingers"),
        ctrl_scroll: hint("data-ctrl-scroll"),
        cmd_scroll: hint("data-cmd-scroll"),
    }
}

/// Where the detailed boundaries are.
pub fn detail_url(doc: &Document) -> Option<String> {
    let frame = doc.query_selector(".map-frame").ok().flatten()?;
    find(&frame, &format!("svg.{}", dom::WORLD_MAP))?.get_attribute("data-detail")
}
