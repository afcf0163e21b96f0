//! CSS media queries read from Rust (reduced motion, narrow screens).

use leptos::prelude::window;

/// Whether `query` matches now; `false` where media queries are unavailable.
pub fn media_matches(query: &str) -> bool {
    window()
        .match_media(query)
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}
