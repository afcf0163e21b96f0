//! Search as you type over entities, people and laws, insensitive to accents and case
//! ("quebec" finds Québec, "coronado" finds Colombia's minister).

use crate::core::model::dataset::{Dataset, Entity};

/// Longest query searched; longer input is treated as no query (it cannot be a name).
pub const MAX_QUERY_CHARS: usize = 100;

/// Lower case without accents: lower case, canonical decomposition, then combining marks
/// dropped (lowering first, since lowering `İ` yields a combining dot).
pub fn fold(text: &str) -> String {
    let lower: String = text.chars().flat_map(char::to_lowercase).collect();
    // ASCII has no marks to strip (most names): no trip to the Unicode tables, which in the
    // browser is a call out to JavaScript per name.
    if lower.is_ascii() {
        return lower;
    }
    strip_marks(&lower)
}

/// Natively, the `unicode-normalization` crate decomposes.
#[cfg(not(target_arch = "wasm32"))]
fn strip_marks(text: &str) -> String {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    text.nfd().filter(|c| !is_combining_mark(*c)).collect()
}

/// In the browser, its own Unicode tables do the same: the crate's tables cost 119 kB of
/// WebAssembly (measured), more than the whole rest of the search. Both paths are tested
/// (natively here, in Chromium by `tests/web.rs` and the end-to-end search tests).
#[cfg(target_arch = "wasm32")]
fn strip_marks(text: &str) -> String {
    let decomposed = js_sys::JsString::from(text).normalize("NFD");
    let marks = js_sys::RegExp::new("\\p{M}", "gu");
    String::from(decomposed.replace_by_pattern(&marks, ""))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum HitKind {
    Entity,
    Person,
    Law,
    Body,
}

impl HitKind {
    pub fn label(self) -> &'static str {
        match self {
            HitKind::Entity => "Country or government",
            HitKind::Person => "Person",
            HitKind::Law => "Law or policy",
            HitKind::Body => "National body",
        }
    }
}

/// One search result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub kind: HitKind,
    pub label: String,
    /// Where it belongs ("Colombia", "ILO, for the UNTFSSE").
    pub context: String,
    /// Entity to select; `None` for the group itself (its agency speakers).
    pub target: Option<String>,
}

/// Results for `query`, best first: matches at the start of a word before matches inside one,
/// then entities before people, laws and bodies, then alphabetically.
pub fn search(dataset: &Dataset, query: &str, limit: usize) -> Vec<Hit> {
    search_named(dataset, query, limit, &|e| e.name.clone())
}

/// [`search`] with entities named by `name_of` (the page's language): found by that name as
/// well as by the data's English name, and labelled with it.
pub fn search_named(
    dataset: &Dataset,
    query: &str,
    limit: usize,
    name_of: &dyn Fn(&Entity) -> String,
) -> Vec<Hit> {
    let query = fold(query.trim());
    if query.is_empty() || query.chars().count() > MAX_QUERY_CHARS {
        return Vec::new();
    }
    let mut scored: Vec<(u8, Hit)> = Vec::new();
    let mut consider = |texts: &[&str], hit: Hit| {
        let best = texts.iter().filter_map(|t| rank(&fold(t), &query)).min();
        if let Some(score) = best {
            if !scored.iter().any(|(_, h)| *h == hit) {
                scored.push((score, hit));
            }
        }
    };
    for e in &dataset.entities {
        let name = name_of(e);
        let mut names = vec![e.name.as_str(), e.id.as_str(), name.as_str()];
        names.extend(e.local_name.as_deref());
        consider(
            &names,
            Hit {
                kind: HitKind::Entity,
                label: name.clone(),
                context: e.local_name.clone().unwrap_or_default(),
                target: Some(e.id.clone()),
            },
        );
        for s in &e.statements {
            consider(
                &[&s.person],
                Hit {
                    kind: HitKind::Person,
                    label: s.person.clone(),
                    context: format!("{name}, {}", s.role),
                    target: Some(e.id.clone()),
                },
            );
        }
        for l in &e.laws {
            consider(
                &[&l.title],
                Hit {
                    kind: HitKind::Law,
                    label: l.title.clone(),
                    context: match l.year.or(l.date.map(|d| d.year())) {
                        Some(y) => format!("{name}, {y}"),
                        None => name.clone(),
                    },
                    target: Some(e.id.clone()),
                },
            );
        }
        for b in &e.bodies {
            consider(
                &[&b.name],
                Hit {
                    kind: HitKind::Body,
                    label: b.name.clone(),
                    context: name.clone(),
                    target: Some(e.id.clone()),
                },
            );
        }
    }
    for s in &dataset.group.statements {
        let org = s
            .organisation
            .as_deref()
            .unwrap_or(&dataset.group.short_name);
        consider(
            &[&s.person],
            Hit {
                kind: HitKind::Person,
                label: s.person.clone(),
                context: format!("{org}, {}", s.role),
                target: None,
            },
        );
    }
    scored.sort_by(|(sa, a), (sb, b)| {
        sa.cmp(sb)
            .then(a.kind.cmp(&b.kind))
            .then_with(|| a.label.cmp(&b.label))
    });
    scored.into_iter().take(limit).map(|(_, h)| h).collect()
}

/// 0 when `query` starts a word of `text`, 1 when it is inside one, `None` when absent.
fn rank(text: &str, query: &str) -> Option<u8> {
    let mut best = None;
    for (i, _) in text.match_indices(query) {
        let word_start = text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        if word_start {
            return Some(0);
        }
        best = Some(1);
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_accents_and_case() {
        assert_eq!(fold("Québec"), "quebec");
        assert_eq!(fold("ÉQUATEUR"), "equateur");
        assert_eq!(fold("Stéphane Falleker"), "stephane falleker");
        assert_eq!(fold("Carlos Andrés"), "carlos andres");
        assert_eq!(fold("SOUTH Africa"), "south africa");
    }

    #[test]
    fn word_starts_rank_before_inner_matches() {
        assert_eq!(rank("luis eduardo coronado", "coro"), Some(0));
        assert_eq!(rank("luis eduardo coronado", "nado"), Some(1));
        assert_eq!(rank("france", "x"), None);
    }

    proptest::proptest! {
        #[test]
        fn folding_never_panics_and_is_idempotent(s in ".{0,40}") {
            let once = fold(&s);
            proptest::prop_assert_eq!(fold(&once), once);
        }
    }
}
