//! Embedding on other sites, as text: the iframe snippet and the script a host page adds, the
//! embedded view's address, and the height message the embedded page posts to its parent.
//! Pure text in, text out, so that escaping and the protocol are tested natively.

use crate::core::link::{self, UrlState};

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
    format!("{page}?{}", link::print(&state))
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
    fn snippets_escape_and_bake_in_the_state() {
        let (state, _) = link::parse("country=COL&indicator=sse-jobs");
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
