//! Embedding on other sites: theme and accent parameters, the iframe snippet and the script a
//! host page adds, and the height message the embedded page posts to its parent.
//!
//! Groundwork for the embed mode: pure text in, text out, so that escaping and the protocol are
//! tested natively.

use super::url::{self, UrlState};

/// Colour scheme a host can ask for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    /// High contrast (also the projector-safe presentation theme).
    Contrast,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Contrast];

    pub fn key(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Contrast => "contrast",
        }
    }

    pub fn parse(s: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.key() == s.trim())
    }
}

/// A colour given by a host (`accent=#1f5fa8`, `accent=1f5fa8` or `accent=#15a`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn parse(s: &str) -> Option<Rgb> {
        let hex = s.trim().trim_start_matches('#');
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |i: usize, len: usize| -> Option<u8> {
            let part = hex.get(i * len..(i + 1) * len)?;
            let v = u8::from_str_radix(part, 16).ok()?;
            Some(if len == 1 { v * 17 } else { v })
        };
        let len = match hex.len() {
            3 => 1,
            6 => 2,
            _ => return None,
        };
        Some(Rgb(channel(0, len)?, channel(1, len)?, channel(2, len)?))
    }

    /// `#rrggbb`, the only form that reaches CSS.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG 2.x relative luminance.
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// WCAG contrast ratio between two colours (1 to 21).
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Black or white, whichever reads better on this colour (text on accent buttons).
    pub fn text_on(self) -> Rgb {
        let (black, white) = (Rgb(0, 0, 0), Rgb(255, 255, 255));
        if self.contrast(black) >= self.contrast(white) {
            black
        } else {
            white
        }
    }
}

/// Text made safe inside a double-quoted HTML attribute.
pub fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// Address of the embedded view: `page` (the app's address without query) with the state
/// baked in and `embed=1`. A presentation is not baked in.
pub fn embed_url(page: &str, state: &UrlState) -> String {
    let mut state = state.clone();
    state.frame.embed = true;
    state.frame.present = false;
    state.frame.slide = None;
    state.frame.auto = None;
    format!("{page}?{}", url::print(&state))
}

/// The file next to `index.html` where a host lists other origins `data=` may load from.
pub const CONFIG_FILE: &str = "atlas-config.json";

/// What a host configures in [`CONFIG_FILE`].
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HostConfig {
    /// Origins (`https://data.example.org`) that `data=` may point to, besides the page's own.
    #[serde(default)]
    pub data_origins: Vec<String>,
}

/// Reads [`CONFIG_FILE`]; a broken file allows nothing beyond the page's origin.
pub fn parse_config(text: &str) -> Result<HostConfig, String> {
    let config: HostConfig =
        serde_json::from_str(text).map_err(|e| format!("{CONFIG_FILE}: {e}"))?;
    for o in &config.data_origins {
        let ok = (o.starts_with("https://") || o.starts_with("http://"))
            && !o
                .trim_end_matches('/')
                .contains(|c: char| c.is_whitespace() || c == '?' || c == '#' || c == '@')
            && o.splitn(4, '/').nth(3).is_none_or(str::is_empty);
        if !ok {
            return Err(format!(
                "{CONFIG_FILE}: {o:?} is not an origin such as https://data.example.org"
            ));
        }
    }
    Ok(config)
}

/// Whether a `data=` file, resolved against the page to `protocol` and `origin` (as the
/// browser's URL parser gives them), may be loaded: the page's own origin, or one the host
/// listed. The message says why not, for the page.
pub fn check_data_origin(
    protocol: &str,
    origin: &str,
    page_origin: &str,
    config: &HostConfig,
) -> Result<(), String> {
    if protocol != "https:" && protocol != "http:" {
        return Err(format!(
            "The data file was refused: only http(s) addresses can be loaded, not {protocol}"
        ));
    }
    let listed = config
        .data_origins
        .iter()
        .any(|o| o.trim_end_matches('/').eq_ignore_ascii_case(origin));
    if origin == page_origin || listed {
        Ok(())
    } else {
        Err(format!(
            "The data file was refused: {origin} is neither this site nor an origin listed in {CONFIG_FILE}. The built-in dataset is not shown either, so that a wrong file is noticed."
        ))
    }
}

/// The iframe a host pastes: full width, lazy, titled; the height follows the content through
/// the script of [`host_script`].
pub fn iframe_snippet(src: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"480\" style=\"border:0;width:100%\" data-sse-atlas></iframe>",
        escape_attr(src),
        escape_attr(title)
    )
}

/// The host page's side of the height protocol: accepts only messages from `origin` (the
/// app's origin) of the documented shape, and only for the iframe that sent them.
pub fn host_script(origin: &str) -> String {
    // `origin` goes into a JS string literal: JSON string escaping makes it one, and `<` is
    // escaped too so that it cannot close the script element.
    let origin = serde_json::to_string(origin)
        .unwrap_or_else(|_| "\"\"".into())
        .replace('<', "\\u003c");
    format!(
        "<script>addEventListener(\"message\",function(e){{if(e.origin!=={origin})return;var d=e.data;if(!d||d.type!==\"sse-atlas:height\"||typeof d.height!==\"number\")return;document.querySelectorAll(\"iframe[data-sse-atlas]\").forEach(function(f){{if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+\"px\";}});}});</script>"
    )
}

/// The message the embedded page posts to its parent when its height changes, or `None` for a
/// height that is not a sensible number of pixels.
pub fn height_message(height: f64) -> Option<String> {
    (height.is_finite() && height > 0.0 && height < 100_000.0).then(|| {
        format!(
            "{{\"type\":\"sse-atlas:height\",\"height\":{}}}",
            height.ceil() as u32
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn themes_and_accents_parse_or_fall_back() {
        assert_eq!(Theme::parse("dark"), Some(Theme::Dark));
        assert_eq!(Theme::parse("contrast"), Some(Theme::Contrast));
        assert_eq!(Theme::parse("neon"), None);
        assert_eq!(Rgb::parse("#1f5fa8"), Some(Rgb(0x1f, 0x5f, 0xa8)));
        assert_eq!(
            Rgb::parse("1F5FA8").map(Rgb::to_hex).as_deref(),
            Some("#1f5fa8")
        );
        assert_eq!(Rgb::parse("#15a"), Some(Rgb(0x11, 0x55, 0xaa)));
        for bad in [
            "",
            "#",
            "#12",
            "#12345",
            "#1234567",
            "red",
            "#ggg",
            "#fff;}body{",
            "#é5a",
        ] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn contrast_follows_wcag() {
        let (black, white) = (Rgb(0, 0, 0), Rgb(255, 255, 255));
        assert!((black.contrast(white) - 21.0).abs() < 1e-9);
        assert!((white.contrast(white) - 1.0).abs() < 1e-9);
        // #767676 is the classic 4.54:1 grey on white.
        assert!((Rgb(0x76, 0x76, 0x76).contrast(white) - 4.54).abs() < 0.01);
        assert_eq!(Rgb(0x0b, 0x4f, 0x6c).text_on(), white);
        assert_eq!(Rgb(0xff, 0xff, 0xcc).text_on(), black);
    }

    #[test]
    fn snippets_escape_and_bake_in_the_state() {
        let (state, _) = url::parse("country=COL&indicator=sse-jobs");
        let src = embed_url("https://example.org/atlas/", &state);
        assert_eq!(
            src,
            "https://example.org/atlas/?country=COL&indicator=sse-jobs&embed=1"
        );
        let snippet = iframe_snippet(&src, "Carte \"ESS\" <script>");
        assert!(snippet.contains(
            "src=\"https://example.org/atlas/?country=COL&amp;indicator=sse-jobs&amp;embed=1\""
        ));
        assert!(snippet.contains("title=\"Carte &quot;ESS&quot; &lt;script&gt;\""));
        assert!(snippet.contains("loading=\"lazy\"") && snippet.contains("width=\"100%\""));
        assert!(!snippet.contains("<script>"));
        let script = host_script("https://example.org\"</script><script>alert(1)//");
        assert_eq!(script.matches("</script>").count(), 1, "{script}");
        assert!(script.contains("e.origin!==\"https://example.org"));
    }

    #[test]
    fn data_files_come_from_this_site_or_a_listed_origin() {
        let page = "https://atlas.example.org";
        let none = HostConfig::default();
        assert!(check_data_origin("https:", page, page, &none).is_ok());
        let refused = check_data_origin("https:", "https://evil.example", page, &none);
        assert!(
            refused.is_err_and(|m| m.contains("https://evil.example") && m.contains(CONFIG_FILE))
        );
        assert!(check_data_origin("javascript:", "null", page, &none).is_err());
        assert!(check_data_origin("data:", "null", "null", &none).is_err());
        let config =
            parse_config(r#"{"data_origins": ["https://data.example.org/"]}"#).unwrap_or_default();
        assert!(check_data_origin("https:", "https://data.example.org", page, &config).is_ok());
        assert!(check_data_origin("http:", "http://data.example.org", page, &config).is_err());
        for bad in [
            "{",
            r#"{"data_origins": "https://x.org"}"#,
            r#"{"data_origins": ["x.org"]}"#,
            r#"{"data_origins": ["https://x.org/path"]}"#,
            r#"{"data_origins": ["https://user@x.org"]}"#,
            r#"{"origins": []}"#,
        ] {
            assert!(parse_config(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_config("{}"), Ok(HostConfig::default()));
    }

    #[test]
    fn height_messages_are_plain_numbers() {
        assert_eq!(
            height_message(612.3).as_deref(),
            Some("{\"type\":\"sse-atlas:height\",\"height\":613}")
        );
        assert_eq!(height_message(f64::NAN), None);
        assert_eq!(height_message(-1.0), None);
        assert_eq!(height_message(1e9), None);
    }

    proptest! {
        #[test]
        fn escaped_attributes_never_close_the_quote(s in ".{0,60}") {
            let e = escape_attr(&s);
            prop_assert!(!e.contains('"') && !e.contains('<') && !e.contains('>'));
        }
    }
}
