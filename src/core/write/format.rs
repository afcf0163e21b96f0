//! Text for people: numbers and figures in English (the CSV, the exports and the native tests;
//! the page's other languages follow `write::words`, the rules the browser's `Intl` writes by),
//! and links that are safe to render.

use crate::core::model::dataset::Figure;

/// `2600000` → `"2,600,000"`, `10.2` → `"10.2"`, `0.125` → `"0.13"` (at most two decimals).
pub fn format_number(value: f64) -> String {
    grouped(value, ',', '.', 1)
}

/// `value` with at most two decimals, `group` between each three digits of a number of at
/// least `min_grouping` digits, and `decimal` before the fraction: every language's numbers
/// (`write::words::number`).
pub fn grouped(value: f64, group: char, decimal: char, min_grouping: usize) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    // Integer arithmetic on hundredths: exact grouping, and no float formatting code in wasm.
    let hundredths = (value.abs() * 100.0).round() as u64;
    let (int, frac) = (hundredths / 100, hundredths % 100);
    let digits = int.to_string();
    let mut out = String::with_capacity(digits.len() + 8);
    if value < 0.0 && hundredths != 0 {
        out.push('-');
    }
    let grouping = digits.len() >= min_grouping;
    for (i, c) in digits.chars().enumerate() {
        if grouping && i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    match frac {
        0 => {}
        f if f % 10 == 0 => out.push_str(&format!("{decimal}{}", f / 10)),
        f => out.push_str(&format!("{decimal}{f:02}")),
    }
    out
}

/// `0.1` → `"0.1"`: a short number for SVG attributes (at most three decimals, no trailing
/// zeros, no float formatting noise); `0` for what is not finite. The first view's map and
/// the page's map write their numbers with it.
pub fn num(v: f64) -> String {
    if !v.is_finite() {
        return "0".into();
    }
    let s = format!("{v:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// A figure as a phrase: `"over 215,000 enterprises"`, `"10.2%"`, `"2 times"`.
pub fn format_figure(figure: &Figure, unit: &str) -> String {
    figure_phrase(
        &format_number(figure.value),
        unit,
        figure.qualifier.as_deref(),
    )
}

/// A formatted number with its unit and qualifier (already in the page's language):
/// `("215 000", "entreprises", Some("plus de"))` → `"plus de 215 000 entreprises"`.
pub fn figure_phrase(number: &str, unit: &str, qualifier: Option<&str>) -> String {
    let value = if unit == "%" {
        format!("{number}%")
    } else {
        format!("{number} {unit}")
    };
    match qualifier {
        Some(q) => format!("{q} {value}"),
        None => value,
    }
}

/// The URL if it may be rendered as a link: `http:` and `https:` only, so a data file can never
/// smuggle in `javascript:` or `data:` links.
pub fn safe_href(url: &str) -> Option<&str> {
    let lower = url.trim_start().get(..8).unwrap_or("").to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::dataset::{Cite, FigureKind};
    use proptest::prelude::*;

    #[test]
    fn numbers() {
        assert_eq!(format_number(0.0), "0");
        assert_eq!(format_number(215_000.0), "215,000");
        assert_eq!(format_number(5_000_000.0), "5,000,000");
        assert_eq!(format_number(999.0), "999");
        assert_eq!(format_number(1000.0), "1,000");
        assert_eq!(format_number(10.2), "10.2");
        assert_eq!(format_number(0.125), "0.13");
        assert_eq!(format_number(-1234.5), "-1,234.5");
        assert_eq!(format_number(f64::NAN), "–");
    }

    #[test]
    fn figures() {
        let mut f = Figure {
            indicator: "sse-organisations".into(),
            value: 215_000.0,
            qualifier: Some("over".into()),
            year: 2014,
            label: "solidarity-sector enterprises".into(),
            kind: FigureKind::Official,
            stated_by: None,
            quote: None,
            lang: None,
            cite: Cite::default(),
            issue_areas: vec![],
        };
        assert_eq!(format_figure(&f, "enterprises"), "over 215,000 enterprises");
        f.qualifier = None;
        f.value = 10.2;
        assert_eq!(format_figure(&f, "%"), "10.2%");
    }

    #[test]
    fn only_web_links() {
        assert_eq!(
            safe_href("https://un-ngls.org"),
            Some("https://un-ngls.org")
        );
        assert_eq!(safe_href("HTTP://x.org"), Some("HTTP://x.org"));
        for bad in [
            "javascript:alert(1)",
            " JavaScript:x",
            "data:text/html,<b>",
            "ftp://x",
            "",
        ] {
            assert_eq!(safe_href(bad), None, "{bad}");
        }
    }

    proptest! {
        #[test]
        fn grouping_round_trips(n in 0u64..10_000_000_000_000) {
            let s = format_number(n as f64);
            prop_assert_eq!(s.replace(',', "").parse::<u64>().ok(), Some(n));
        }
    }
}
