//! The page's frame: skip links, header, the screen areas (each an element marked `data-area`,
//! filled with its component's rendering, `ui::areas`), footer.

use super::text::Ml;
use super::{map, panels, Scene};

pub fn body(s: &Scene) -> String {
    let skip = |id: &str, target: &str, key: &str| {
        format!(
            "<a class=\"skip-link\" id=\"{id}\" href=\"#{target}\">{}</a>",
            s.t(key).html()
        )
    };
    format!(
        "{skip_map}{skip_details}\
<header class=\"site-header\"><div class=\"brand\"><h1 id=\"site-title\">SSE Atlas</h1>\
<p class=\"subtitle\" id=\"site-subtitle\">{subtitle}</p></div>\
<nav class=\"lang-menu\" id=\"lang-menu\" aria-labelledby=\"lang-label\"><span class=\"visually-hidden\" id=\"lang-label\">{lang_label}</span><ul id=\"lang-links\" data-area>{langs}</ul></nav></header>\
<div id=\"app\"><main class=\"page\" id=\"page\" data-dataset-hash=\"{hash}\">\
<h1 class=\"mode-title\">SSE Atlas</h1>\
<div class=\"alerts\" id=\"alerts\" data-area{loading}>{alerts}</div>\
<div class=\"layout\" id=\"layout\">\
{controls}\
<section class=\"stage\" id=\"map-view\" aria-labelledby=\"stage-title\"><h2 class=\"visually-hidden\" id=\"stage-title\">{stage_title}</h2>\
<div class=\"view-bar\" id=\"view-bar\" data-area>{view_bar}</div>\
<div class=\"map-stage\" id=\"map-stage\" tabindex=\"-1\">{map}<div class=\"legend-overlay\" id=\"legend\" data-area>{legend}</div></div>\
<div class=\"views\" id=\"views\" data-area hidden>{views}</div>\
<p class=\"visually-hidden\" id=\"map-help\">{help} {help_enter}</p></section>\
<section class=\"rail details\" id=\"details\" tabindex=\"-1\" aria-labelledby=\"details-title\" data-area{details_loading}>{details}</section>\
<section class=\"tour\" id=\"tour\" data-area hidden>{tour}</section>\
</div>\
<div class=\"embed-foot\" id=\"embed-foot\">{embed_toggle}<p class=\"embed-credit\" id=\"embed-credit\" data-area>{credit}</p></div>\
</main></div>\
<footer class=\"site-footer\"><p id=\"site-footnote\">{footnote}</p></footer>",
        skip_map = skip("skip-map", "map-stage", "chrome.skip_map"),
        skip_details = skip("skip-details", "details", "chrome.skip_details"),
        subtitle = s.t("chrome.subtitle").html(),
        lang_label = s.t("lang.label").html(),
        hash = s.inputs.dataset_hash,
        langs = s.rendered("lang-links"),
        alerts = s.rendered("alerts"),
        loading = s.t("app.atlas_loading").attr("data-loading"),
        details_loading = s.t("details.loading").attr("data-loading"),
        controls = panels::controls(s),
        stage_title = s.t("views.region_label").html(),
        view_bar = s.rendered("view-bar"),
        map = map::frame(s),
        legend = s.rendered("legend"),
        help = s.t("map.help").html(),
        help_enter = s.t("map.help_enter").html(),
        details = s.rendered("details"),
        views = s.rendered("views"),
        tour = s.rendered("tour"),
        embed_toggle = toggle(
            "embed-toggle",
            "embed-drawer",
            &s.t("app.embed_drawer"),
            false
        ),
        credit = s.rendered("embed-credit"),
        footnote = s.t("chrome.footnote").html(),
    )
}

/// A button that folds a screen area away (`aria-expanded`, `aria-controls`): the first
/// view's script and the page both flip it.
pub fn toggle(id: &str, controls: &str, label: &Ml, expanded: bool) -> String {
    format!(
        "<button type=\"button\" class=\"fold\" id=\"{id}\" aria-expanded=\"{expanded}\" aria-controls=\"{controls}\"><span class=\"fold-label\">{}</span></button>",
        label.html()
    )
}
