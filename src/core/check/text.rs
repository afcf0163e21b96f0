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
}
