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

/// The link a phone in the room opens from the presentation's QR code: the slide's selection,
/// filters, indicator and date in the normal layout, with the page's language and data, but
/// not the speaker's frame (presentation, slide, projector theme) or camera (a phone frames
/// the selection itself). Shorter links make smaller codes.
pub fn audience_url(page: &str, state: &UrlState) -> String {
    let mut state = state.clone();
    let f = std::mem::take(&mut state.frame);
    state.frame.lang = f.lang;
    state.frame.accent = f.accent;
    state.frame.data = f.data;
    state.frame.boundaries = f.boundaries;
    state.zoom = None;
    state.center = None;
    with_query(page, &state)
}

/// Address of the card of `country` (`?embed=1&card=1&country=…`), in the host's language,
/// theme and accent: nothing of the map's view goes into a card.
pub fn card_url(page: &str, country: &str, state: &UrlState) -> String {
    let card = UrlState {
        country: Some(country.to_owned()),
        frame: link::Frame {
            embed: true,
            card: true,
            lang: state.frame.lang,
            theme: state.frame.theme,
            accent: state.frame.accent,
            data: state.frame.data.clone(),
            ..Default::default()
        },
        ..Default::default()
    };
    with_query(page, &card)
}

fn with_query(page: &str, state: &UrlState) -> String {
    match link::print(state) {
        q if q.is_empty() => page.to_owned(),
        q => format!("{page}?{q}"),
    }
}

/// Whether `url` can only be opened on the machine that shows it (a presentation served from
/// the speaker's laptop): a phone that scans its code would find nothing.
pub fn only_this_computer(url: &str) -> bool {
    let rest = url.split_once("://").map_or("", |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let name = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => host.split(':').next().unwrap_or(""),
    }
    .to_ascii_lowercase();
    let loopback = name
        .parse::<std::net::IpAddr>()
        .is_ok_and(|ip| ip.is_loopback() || ip.is_unspecified());
    !url.starts_with("http") || name == "localhost" || name.ends_with(".localhost") || loopback
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
    fn the_audience_link_keeps_the_view_and_drops_the_speakers_frame() {
        let (state, _) = link::parse(
            "country=COL&indicator=sse-jobs&date=2016-09&zoom=3&center=4,-74&present=1&slide=4&auto=20&theme=contrast&lang=fr",
        );
        assert_eq!(
            audience_url("https://atlas.example.org/", &state),
            "https://atlas.example.org/?country=COL&date=2016-09&indicator=sse-jobs&lang=fr"
        );
        let (bare, _) = link::parse("present=1&slide=1");
        assert_eq!(
            audience_url("https://a.example/x/", &bare),
            "https://a.example/x/"
        );
    }

    #[test]
    fn the_card_link_holds_the_country_and_the_hosts_frame_only() {
        let (state, _) = link::parse(
            "country=FRA&indicator=sse-jobs&status=member&theme=dark&accent=%23aa5511&lang=es",
        );
        assert_eq!(
            card_url("https://a.example/", "SEN", &state),
            "https://a.example/?country=SEN&embed=1&card=1&theme=dark&accent=%23aa5511&lang=es"
        );
    }

    #[test]
    fn loopback_addresses_are_only_for_this_computer() {
        for url in [
            "http://127.0.0.1:8080/?country=FRA",
            "http://localhost/",
            "http://[::1]:80/",
            "http://atlas.localhost/",
            "file:///home/me/dist/index.html",
        ] {
            assert!(only_this_computer(url), "{url}");
        }
        for url in [
            "https://atlas.example.org/",
            "http://192.168.1.20:8080/",
            "https://user@127.example.org/",
        ] {
            assert!(!only_this_computer(url), "{url}");
        }
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
