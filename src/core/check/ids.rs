//! The rules of ids, defined once: the dataset's check and the link's parser both use them, so
//! that every id a dataset accepts can be linked.

/// Longest id of a source, indicator or issue area.
pub const MAX_SLUG_LEN: usize = 64;

/// A source, indicator or issue area id: lowercase letters, digits and `-`.
pub fn is_slug(s: &str) -> bool {
    (1..=MAX_SLUG_LEN).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The rule of slugs, as messages name it.
pub const SLUG_RULE: &str = "lowercase letters, digits, -";

/// A country or sub-national id: ISO 3166-1 alpha-3 (`FRA`) or ISO 3166-2 (`CA-QC`).
pub fn is_entity_id(s: &str) -> bool {
    let upper = |p: &str| {
        p.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    };
    match s.split_once('-') {
        None => s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase()),
        Some((country, sub)) => {
            country.len() == 2
                && country.bytes().all(|b| b.is_ascii_uppercase())
                && (1..=3).contains(&sub.len())
                && upper(sub)
        }
    }
}

/// The rule of entity ids, as messages name it.
pub const ENTITY_RULE: &str = "ISO 3166-1 alpha-3 like FRA, or ISO 3166-2 like CA-QC";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_ids() {
        for ok in ["FRA", "CA-QC", "ES-CT", "GB-ENG", "FR-75"] {
            assert!(is_entity_id(ok), "{ok}");
        }
        for bad in [
            "fra", "FR", "FRAN", "CA-", "-QC", "CA-QUEB", "C1-QC", "CA_QC", "",
        ] {
            assert!(!is_entity_id(bad), "{bad}");
        }
    }

    #[test]
    fn slugs() {
        assert!(is_slug("sse-jobs"));
        assert!(is_slug(&"a".repeat(MAX_SLUG_LEN)));
        assert!(!is_slug(&"a".repeat(MAX_SLUG_LEN + 1)));
        assert!(!is_slug("SSE"));
        assert!(!is_slug(""));
    }
}
