//! The map legend's markup: the statuses with their counts and names, or an indicator's
//! classes. The legend component sets it in one go, in the page as it arrives and in the app
//! alike.
//!
//! Written as text for the same reason as the list (`core::write::list`): each change of the
//! indicator swapped one legend for the other, about 45 elements created one by one through
//! calls out of WebAssembly, and dropped again. That was most of the script time of an
//! indicator change (profile at 4x CPU).

use crate::core::write::embed::escape_attr;

/// A swatch drawn with the same classes (colour and pattern) as the map.
fn swatch(out: &mut String, class: &str) {
    out.push_str(
        "<svg class=\"swatch\" viewBox=\"0 0 20 14\" aria-hidden=\"true\"><rect class=\"shape",
    );
    if !class.is_empty() {
        out.push(' ');
        out.push_str(&escape_attr(class));
    }
    out.push_str("\" x=\"0.5\" y=\"0.5\" width=\"19\" height=\"13\" rx=\"2\"></rect></svg>");
}

fn row(out: &mut String, class: &str, label: &str) {
    out.push_str("<li class=\"legend-row\">");
    swatch(out, class);
    out.push_str("<span class=\"legend-label\">");
    out.push_str(label);
    out.push_str("</span></li>");
}

fn title(out: &mut String, inner: &str) {
    out.push_str("<h2 class=\"legend-title\" id=\"legend-title\">");
    out.push_str(inner);
    out.push_str("</h2>");
}

/// A text in its own language, when that differs from the page's (a name or definition the
/// data gives only in English, say).
fn in_lang(lang: &str, text: &str) -> String {
    format!(
        "<span lang=\"{}\">{}</span>",
        escape_attr(lang),
        escape_attr(text)
    )
}

/// One status of the status legend.
#[derive(Clone, Debug, PartialEq)]
pub struct StatusRow {
    /// The status's key (`member`).
    pub key: &'static str,
    pub heading: String,
    /// The entities with this status, sorted.
    pub names: Vec<String>,
}

/// The status legend: each status with its count and names, then the map's other countries.
pub fn statuses(heading: &str, rows: &[StatusRow], none: &str) -> String {
    let mut out = String::with_capacity(512 + rows.len() * 200);
    title(&mut out, &escape_attr(heading));
    out.push_str("<ul class=\"legend-list\">");
    for r in rows {
        let label = format!(
            "<strong>{}</strong> ({})<span class=\"legend-names\">{}</span>",
            escape_attr(&r.heading),
            r.names.len(),
            escape_attr(&r.names.join(", "))
        );
        row(&mut out, &format!("entity status-{}", r.key), &label);
    }
    row(
        &mut out,
        "",
        &format!("<strong>{}</strong>", escape_attr(none)),
    );
    out.push_str("</ul>");
    out
}

/// A text and the language it is in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Worded<'a> {
    pub text: &'a str,
    pub lang: &'a str,
}

/// The words of an indicator's legend, in the page's language unless they say otherwise.
#[derive(Clone, Debug, PartialEq)]
pub struct Classes<'a> {
    pub name: Worded<'a>,
    pub unit: &'a str,
    /// "figures of 2019–2023", or that there are none.
    pub years: &'a str,
    /// Each class's range, with the palette index that colours it.
    pub ranges: Vec<(usize, String)>,
    pub no_data: &'a str,
    /// The folded definition's summary ("Definition").
    pub definition_label: &'a str,
    pub definition: Worded<'a>,
    /// The warning that national figures differ in year and definition.
    pub hint: &'a str,
}

/// The indicator legend: its classes with their ranges, the "no data" class, and its
/// definition, folded: over the map, its paragraph would hide the countries.
pub fn classes(c: &Classes) -> String {
    let mut out = String::with_capacity(1024);
    title(
        &mut out,
        &format!(
            "{} ({}), {}",
            in_lang(c.name.lang, c.name.text),
            escape_attr(c.unit),
            escape_attr(c.years)
        ),
    );
    out.push_str("<ul class=\"legend-list\">");
    for (palette, range) in &c.ranges {
        row(
            &mut out,
            &format!("entity choro choro-{palette}"),
            &escape_attr(range),
        );
    }
    row(&mut out, "entity choro no-data", &escape_attr(c.no_data));
    out.push_str(&format!(
        "</ul><details class=\"map-description legend-definition\"><summary>{}</summary>\
         <p class=\"legend-hint\">{} {}</p></details>",
        escape_attr(c.definition_label),
        in_lang(c.definition.lang, c.definition.text),
        escape_attr(c.hint)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(names: &[&str]) -> StatusRow {
        StatusRow {
            key: "member",
            heading: "Members".to_owned(),
            names: names.iter().map(|n| (*n).to_owned()).collect(),
        }
    }

    #[test]
    fn a_status_row_counts_and_names_its_entities() {
        let html = statuses(
            "Status in 2024",
            &[member(&["Colombia", "France"])],
            "Other",
        );
        assert!(
            html.starts_with("<h2 class=\"legend-title\" id=\"legend-title\">Status in 2024</h2>")
        );
        assert!(html.contains(
            "<rect class=\"shape entity status-member\" x=\"0.5\" y=\"0.5\" width=\"19\" \
             height=\"13\" rx=\"2\"></rect>"
        ));
        assert!(html.contains(
            "<strong>Members</strong> (2)<span class=\"legend-names\">Colombia, France</span>"
        ));
        // The map's other countries: a plain swatch and no count.
        assert!(html.ends_with(
            "<rect class=\"shape\" x=\"0.5\" y=\"0.5\" width=\"19\" height=\"13\" \
             rx=\"2\"></rect></svg><span class=\"legend-label\"><strong>Other</strong></span>\
             </li></ul>"
        ));
    }

    #[test]
    fn an_empty_status_says_zero() {
        let html = statuses("Status", &[member(&[])], "Other");
        assert!(html.contains("<strong>Members</strong> (0)<span class=\"legend-names\"></span>"));
    }

    fn jobs<'a>(name: &'a str, definition: &'a str) -> Classes<'a> {
        Classes {
            name: Worded {
                text: name,
                lang: "en",
            },
            unit: "jobs",
            years: "figures of 2019–2023",
            ranges: vec![
                (0, "1 – 10 jobs".to_owned()),
                (3, "10 – 20 jobs".to_owned()),
            ],
            no_data: "No data",
            definition_label: "Definition",
            definition: Worded {
                text: definition,
                lang: "fr",
            },
            hint: "Figures differ.",
        }
    }

    #[test]
    fn each_class_has_its_palette_swatch_and_range_then_no_data() {
        let html = classes(&jobs("SSE jobs", "Emplois"));
        assert!(html.starts_with(
            "<h2 class=\"legend-title\" id=\"legend-title\"><span lang=\"en\">SSE jobs</span> \
             (jobs), figures of 2019–2023</h2>"
        ));
        let first = html.find("choro choro-0").unwrap();
        let second = html.find("choro choro-3").unwrap();
        let none = html.find("choro no-data").unwrap();
        assert!(first < second && second < none);
        assert!(html.contains("<span class=\"legend-label\">1 – 10 jobs</span>"));
        assert!(html.contains(
            "<summary>Definition</summary><p class=\"legend-hint\"><span lang=\"fr\">Emplois\
             </span> Figures differ.</p>"
        ));
    }

    #[test]
    fn hostile_texts_stay_text() {
        let html = classes(&jobs("<img src=x onerror=alert(1)>", "\"><script>"));
        assert!(!html.contains("<img") && !html.contains("<script"));
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        let html = statuses("<b>", &[member(&["<i>x</i>"])], "&");
        assert!(!html.contains("<b>") && !html.contains("<i>"));
        assert!(html.contains("<strong>&amp;</strong>"));
    }
}
