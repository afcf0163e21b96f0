//! The rules of texts: lengths, characters, links.

/// Longest name, title or label: more would not fit any heading, tooltip or table cell.
pub const MAX_NAME_CHARS: usize = 300;
/// Longest text of any other field (the longest summary in the data is ~1,400 characters).
pub const MAX_TEXT_CHARS: usize = 10_000;

/// Fields shown as headings, names or labels, held to [`MAX_NAME_CHARS`].
const NAME_FIELDS: &[&str] = &[
    "name",
    "person",
    "role",
    "organisation",
    "place",
    "aliases",
    "short_name",
    "local_name",
    "title",
    "label",
    "publisher",
    "stated_by",
    "unit",
];

/// What is wrong with a text of field `key`, if anything. Bidirectional overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069) are refused because they make a text read
/// differently from what it is ("Trojan Source"); other control characters except line
/// breaks and tabs have no place in display text.
pub fn text_problem(key: &str, s: &str) -> Option<String> {
    // Most texts are short printable ASCII, which no rule below refuses: checked in one pass
    // over the bytes rather than four over the characters. `matches!`, not a range's
    // `contains`, which the compiler did not turn into one comparison (a tenth of a large
    // file's reading, measured).
    if s.len() <= MAX_NAME_CHARS && s.bytes().all(|b| matches!(b, b' '..=b'~')) {
        return None;
    }
    let limit = if NAME_FIELDS.contains(&key) {
        MAX_NAME_CHARS
    } else {
        MAX_TEXT_CHARS
    };
    let count = s.chars().count();
    if count > limit {
        return Some(format!("has {count} characters; the limit is {limit}"));
    }
    control_problem(s)
}

/// What is wrong with the characters of a display text, if anything (see [`text_problem`]).
pub fn control_problem(s: &str) -> Option<String> {
    if s.contains('\u{FFFD}') {
        return Some(
            "contains U+FFFD (\u{FFFD}), the mark of text that was not saved as UTF-8: save the file as UTF-8"
                .to_owned(),
        );
    }
    if let Some(c) = s
        .chars()
        .find(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
    {
        return Some(format!(
            "contains U+{:04X}, a bidirectional control that makes text read differently from \
             what it is",
            c as u32
        ));
    }
    let c = s
        .chars()
        .find(|&c| c.is_control() && c != '\n' && c != '\t' && c != '\r')?;
    Some(format!(
        "contains the control character U+{:04X}, which is not allowed in text",
        c as u32
    ))
}

/// An `http:` or `https:` address: the only links the app renders.
pub fn is_web_url(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && s.len() > "https://".len()
        && !s.chars().any(char::is_whitespace)
}

/// Hosts that serve other publishers' documents: wikis, mirrors and document-sharing sites.
/// A reader checking a figure must land on its publisher, so a source's address may not be
/// one of these; the copy that was read goes in `copy_consulted`. Each entry matches the host
/// itself and its subdomains (`es.scribd.com`).
pub const MIRROR_HOSTS: &[&str] = &[
    "wikipedia.org",
    "wikimedia.org",
    "wikipreneurship.eu",
    "kiwix.jackbot.fr",
    "studylibfr.com",
    "studylib.net",
    "studylib.es",
    "scribd.com",
    "fdocuments.net",
    "fdocuments.in",
    "fdocuments.ec",
    "vdocuments.mx",
    "vdocuments.net",
    "vdocuments.us",
    "docslib.org",
    "documentop.com",
    "opendatamonitor.eu",
    "pdfslide.tips",
    "pdfslide.net",
    "doczz.fr",
    "doczz.net",
    "docplayer.fr",
    "docplayer.es",
    "docplayer.net",
    "yumpu.com",
    "silo.tips",
    "studocu.com",
    "etudier.com",
    "web.archive.org",
    "archive.ph",
    "archive.today",
    "archive-it.org",
];

/// The host of an `http(s)://` address, lower-cased, without user, port or trailing dot.
/// Hand-written: the `url` crate would bring its IDNA tables into the WebAssembly for one
/// field, and only ASCII hosts can match [`MIRROR_HOSTS`] or an IP address anyway.
pub fn web_host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if let Some(v6) = host.strip_prefix('[') {
        v6.split(']').next()?
    } else {
        host.split(':').next()?
    };
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

/// Why a source's address is not its publisher's, if it is not: a known mirror, wiki or
/// document-sharing site, or a bare IP address (a server's, not a publisher's name).
pub fn mirror_problem(url: &str) -> Option<String> {
    let host = web_host(url)?;
    if host.parse::<std::net::IpAddr>().is_ok() {
        return Some(format!(
            "{host} is a bare IP address, not a publisher's site: give the publisher's address"
        ));
    }
    let mirror = MIRROR_HOSTS
        .iter()
        .find(|m| host == **m || host.ends_with(&format!(".{m}")))?;
    Some(format!(
        "{mirror} is a wiki, mirror or document-sharing site, not the publisher: give the \
         publisher's address"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_urls_only() {
        assert!(is_web_url("https://un-ngls.org/x"));
        assert!(is_web_url("HTTP://example.org"));
        for bad in [
            "javascript:alert(1)",
            "data:text/html,x",
            "https://",
            "//x.org",
            "https://a b",
        ] {
            assert!(!is_web_url(bad), "{bad}");
        }
    }

    #[test]
    fn names_have_a_shorter_limit() {
        assert!(text_problem("name", &"x".repeat(MAX_NAME_CHARS + 1)).is_some());
        assert!(text_problem("summary", &"x".repeat(MAX_NAME_CHARS + 1)).is_none());
        assert!(text_problem("summary", "a\u{202E}b").is_some());
        assert!(text_problem("summary", "line\nbreak\ttab").is_none());
    }

    #[test]
    fn hosts_are_read_from_addresses() {
        assert_eq!(
            web_host("https://es.Scribd.com/doc/1").as_deref(),
            Some("es.scribd.com")
        );
        assert_eq!(
            web_host("http://u:p@213.219.61.110:8080/x").as_deref(),
            Some("213.219.61.110")
        );
        assert_eq!(web_host("https://[::1]:80/").as_deref(), Some("::1"));
        assert_eq!(
            web_host("https://legilux.public.lu./eli?x").as_deref(),
            Some("legilux.public.lu")
        );
        assert_eq!(web_host("https:///x"), None);
    }

    #[test]
    fn mirrors_and_bare_ips_are_not_publishers() {
        for bad in [
            "https://studylibfr.com/doc/1209380/x",
            "https://es.scribd.com/document/570846323/x",
            "https://fdocuments.net/document/x.html",
            "https://kiwix.jackbot.fr/content/wikipedia_fr/A/Loi",
            "https://fr.wikipedia.org/wiki/Loi",
            "https://wikipreneurship.eu/index.php/International_Pilot_Group_22_Sep_14",
            "http://213.219.61.110/unrisd/website/events.nsf/x",
            "http://[2001:db8::1]/x",
            "https://bac-lac.wayback.archive-it.org/web/2008/http://x",
        ] {
            assert!(mirror_problem(bad).is_some(), "{bad}");
        }
        for good in [
            "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000029313296",
            "https://www.unrisd.org/x",
            "https://notscribd.com/x",
            "https://scribd.com.example.org/x",
        ] {
            assert_eq!(mirror_problem(good), None, "{good}");
        }
    }
}
