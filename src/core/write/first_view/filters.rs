//! The first view's filters and list of entities, open on wide screens: the same markup and
//! sentences as the page's live `ui::panels` (timeline, status toggles, region, issue area,
//! indicator, the list), for the default view, so that they show before the app has loaded
//! and nothing moves when it takes over.

use super::text::Ml;
use super::Scene;
use crate::core::derive::filter::{region_tree, slug, status_counts};
use crate::core::derive::membership::{change_dates, status_at};
use crate::core::model::dataset::Status;
use crate::core::model::date::PartialDate;
use crate::core::model::lang::Lang;
use crate::core::write::embed::escape_attr;
use crate::core::write::words;

/// A tick's label: month and year, as the live timeline writes it.
fn short(lang: Lang, d: &PartialDate) -> String {
    match d.month() {
        Some(m) => PartialDate::year_month(d.year(), m)
            .map_or_else(|| d.year().to_string(), |ym| words::date(lang, &ym)),
        None => d.year().to_string(),
    }
}

fn timeline(s: &Scene) -> String {
    let d = s.inputs.dataset;
    let steps = change_dates(d);
    let last = steps.len().saturating_sub(1);
    let ticks: String = steps
        .iter()
        .enumerate()
        .map(|(i, date)| {
            let label = s
                .inputs
                .locales
                .t_with("timeline.as_of_date", |l| vec![("date", words::date(l, date))]);
            format!(
                "<li><button type=\"button\" id=\"tick-{i}\" class=\"tick\" aria-pressed=\"{}\"{}>{}</button></li>",
                i == last,
                label.attr("aria-label"),
                Ml::by(|l| short(l, date)).html()
            )
        })
        .collect();
    let caption = steps.last().map(|date| {
        let event = d
            .group
            .events
            .iter()
            .find(|e| e.date.year() == date.year() && e.date.month() == date.month());
        let when = Ml::by(|l| words::date(l, date)).html();
        match event {
            Some(e) => format!("{when}: {}", Ml::written_in(&e.title, Lang::En).html()),
            None => when,
        }
    });
    format!(
        "<fieldset class=\"filter-group timeline\"><legend>{legend}</legend>\
<div class=\"timeline-row\"><button type=\"button\" id=\"timeline-play\" class=\"play\">{play}</button>\
<input type=\"range\" min=\"0\" max=\"{last}\" step=\"1\" value=\"{last}\"{slider}></div>\
<ol class=\"ticks\">{ticks}</ol><p class=\"note timeline-caption\">{caption}</p></fieldset>",
        legend = s.t("timeline.legend").html(),
        play = s.t("timeline.play").html(),
        slider = s.t("timeline.slider").attr("aria-label"),
        caption = caption.unwrap_or_default(),
    )
}

fn status_toggles(s: &Scene) -> String {
    let counts = status_counts(
        s.inputs.dataset,
        &s.statuses,
        &s.places,
        &Default::default(),
    );
    let buttons: String = counts
        .iter()
        .map(|(status, n)| {
            let key = status.key();
            let label = match status {
                Status::Member => "status.members",
                Status::Observer => "status.observers",
                _ => "status.interested",
            };
            format!(
                "<button type=\"button\" id=\"status-{key}\" class=\"toggle status-toggle toggle-{key}\" aria-pressed=\"false\"><span class=\"dot status-{key}\" aria-hidden=\"true\"></span>{}<span class=\"count\">{n}</span></button>",
                s.t(label).html()
            )
        })
        .collect();
    format!(
        "<fieldset class=\"filter-group\"><legend>{}</legend><div class=\"toggles\">{buttons}</div></fieldset>",
        s.t("status.legend").html()
    )
}

/// An `<option>` in each page language: an option holds text only (no `<span data-l>`), so
/// its `label`, which the browser shows instead of the text, is swapped in by the first
/// view's script.
fn option(value: &str, text: &Ml) -> String {
    format!(
        "<option value=\"{}\"{}>{}</option>",
        escape_attr(value),
        text.attr("label"),
        escape_attr(text.get(Lang::En))
    )
}

fn region_select(s: &Scene) -> String {
    let options: String = region_tree(&s.places)
        .into_iter()
        .map(|(region, subregions)| {
            let subs: String = subregions
                .iter()
                .filter(|sub| **sub != region)
                .map(|sub| option(&slug(sub), &Ml::by(|l| s.region_name(l, sub))))
                .collect();
            let all_of = s.inputs.locales.t_with("region.all_of", |l| {
                vec![("region", s.region_name(l, &region))]
            });
            format!(
                "<optgroup{}>{}{subs}</optgroup>",
                Ml::by(|l| s.region_name(l, &region)).attr("label"),
                option(&slug(&region), &all_of)
            )
        })
        .collect();
    format!(
        "<div class=\"filter-group\"><label for=\"region-filter\">{}</label><select id=\"region-filter\">{}{options}</select></div>",
        s.t("region.label").html(),
        option("", &s.t("region.all"))
    )
}

fn area_select(s: &Scene) -> String {
    let d = s.inputs.dataset;
    let options: String = d
        .issue_areas
        .iter()
        .map(|a| option(&a.id, &Ml::localized(|l| d.area_name(l, a))))
        .collect();
    format!(
        "<div class=\"filter-group\"><label for=\"area-filter\">{}</label><select id=\"area-filter\" aria-describedby=\"area-note\">{}{options}</select><p id=\"area-note\" class=\"note\">{}</p></div>",
        s.t("area.label").html(),
        option("", &s.t("area.all")),
        s.t("area.note").html()
    )
}

fn indicator_select(s: &Scene) -> String {
    let d = s.inputs.dataset;
    let options: String = d
        .indicators
        .iter()
        .map(|i| {
            let text = Ml::by(|l| {
                format!(
                    "{} ({})",
                    d.indicator_name(l, i).text,
                    d.indicator_unit(l, i).text
                )
            });
            option(&i.id, &text)
        })
        .collect();
    format!(
        "<div class=\"filter-group\"><label for=\"indicator-filter\">{}</label><select id=\"indicator-filter\">{}{options}</select></div>",
        s.t("controls.colour_by").html(),
        option("", &s.t("indicator.none"))
    )
}

/// The filters' drawer body.
pub fn filters(s: &Scene) -> String {
    format!(
        "<div class=\"drawer-body\">{}{}{}{}{}<button type=\"button\" class=\"link-button\" aria-disabled=\"true\">{}</button></div>",
        timeline(s),
        status_toggles(s),
        region_select(s),
        area_select(s),
        indicator_select(s),
        s.t("controls.clear").html()
    )
}

/// The list of the entities in the default view, each with its status since when.
pub fn list(s: &Scene) -> String {
    let d = s.inputs.dataset;
    let rows: String = s
        .result
        .iter()
        .filter_map(|id| d.entity(id))
        .map(|e| {
            let at = s.as_of.and_then(|date| status_at(e, date));
            let key = at.as_ref().map_or("none", |a| a.status.key());
            let text = at.map(|a| {
                s.inputs.locales.t_with("list.status_since", |l| {
                    vec![
                        ("status", s.phrases(l).status_sentence(a.status).to_owned()),
                        ("date", words::date(l, &a.since)),
                    ]
                })
            });
            format!(
                "<li><button type=\"button\" class=\"entity-row\" data-id=\"{id}\"><span class=\"dot status-{key}\" aria-hidden=\"true\"></span><span class=\"entity-name\">{}</span><span class=\"entity-status\">{}</span></button></li>",
                Ml::by(|l| s.name(l, &e.id, &e.name)).html(),
                text.map(|t| t.html()).unwrap_or_default(),
                id = escape_attr(&e.id),
            )
        })
        .collect();
    format!(
        "<ul class=\"entity-list\"{}>{rows}</ul>",
        s.t("list.label").attr("aria-label")
    )
}
