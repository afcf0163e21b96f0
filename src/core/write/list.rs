//! The result list's rows as markup, which the list component sets in one go, in the page as
//! it arrives and in the app alike.
//!
//! Written as text rather than built element by element: with a large dataset the list has
//! 175 rows of nine attributes and three texts, and creating each through its own call out of
//! WebAssembly was the largest part of the first render after the check (profile at 4x CPU).
//! Leptos's `to_html` would write the components' own markup, but not in the browser's build,
//! whose components are type-erased.

use crate::core::write::embed::escape_attr;

/// One row of the list.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: String,
    pub name: String,
    /// The status's key (`member`), or `none`.
    pub status: &'static str,
    /// "Member since November 2013", or nothing.
    pub since: String,
    /// The selected entity's row: `aria-current`.
    pub current: bool,
}

/// The rows, or the `empty` line when there are none.
pub fn rows(rows: &[Row], empty: &str) -> String {
    if rows.is_empty() {
        return format!("<li class=\"none\">{}</li>", escape_attr(empty));
    }
    let mut out = String::with_capacity(rows.len() * 240);
    for r in rows {
        out.push_str(&format!(
            "<li><button type=\"button\" class=\"entity-row\" data-id=\"{}\"{}>\
             <span class=\"dot status-{}\" aria-hidden=\"true\"></span>\
             <span class=\"entity-name\">{}</span>\
             <span class=\"entity-status\">{}</span></button></li>",
            escape_attr(&r.id),
            if r.current {
                " aria-current=\"true\""
            } else {
                ""
            },
            escape_attr(r.status),
            escape_attr(&r.name),
            escape_attr(&r.since),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, name: &str, current: bool) -> Row {
        Row {
            id: id.to_owned(),
            name: name.to_owned(),
            status: "member",
            since: "Member since November 2013".to_owned(),
            current,
        }
    }

    #[test]
    fn each_row_is_a_button_and_only_the_selected_one_is_current() {
        let html = rows(
            &[row("FRA", "France", false), row("COL", "Colombia", true)],
            "None",
        );
        assert_eq!(
            html.matches("<li><button type=\"button\" class=\"entity-row\"")
                .count(),
            2
        );
        assert_eq!(html.matches("aria-current=\"true\"").count(), 1);
        assert!(html.contains("data-id=\"COL\" aria-current=\"true\">"));
        assert!(html.contains("<span class=\"dot status-member\" aria-hidden=\"true\"></span>"));
        assert!(html.contains("<span class=\"entity-name\">France</span>"));
        assert!(!html.contains("class=\"none\""));
    }

    #[test]
    fn no_row_is_the_empty_line() {
        assert_eq!(rows(&[], "No entity"), "<li class=\"none\">No entity</li>");
    }

    #[test]
    fn a_hostile_name_or_id_stays_text() {
        let html = rows(
            &[row(
                "X\" onclick=\"alert(1)",
                "<img src=x onerror=alert(1)>&",
                false,
            )],
            "<b>",
        );
        assert!(
            !html.contains("<img") && !html.contains("\" onclick"),
            "{html}"
        );
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;&amp;"));
        assert!(html.contains("data-id=\"X&quot; onclick=&quot;alert(1)\""));
    }
}
