//! The first view's rail of search and filters: its frame, around the app's own rendering of
//! its body (`ui::prerender`).

use super::shell::toggle;
use super::Scene;

/// The rail: its heading and fold button, then the search, the summary and the drawers, as
/// the app's `Controls` renders them.
pub fn controls(s: &Scene) -> String {
    format!(
        "<aside class=\"rail controls\" id=\"controls\" aria-labelledby=\"controls-title\">\
<div class=\"rail-head\"><h2 class=\"rail-title\" id=\"controls-title\">{title}</h2>{fold}</div>\
<div class=\"rail-body\" id=\"controls-body\" data-area>{body}</div></aside>",
        title = s.t("controls.region_label").html(),
        fold = toggle(
            "controls-fold",
            "controls-body",
            &s.t("rail.fold_controls"),
            true
        ),
        body = s.rendered("controls-body"),
    )
}
