//! Text in the four languages at once, for the first view: the page's HTML is one file for
//! every visitor, so each text is written in each language, and the style sheet (then a small
//! script before the first paint) keeps the page's.

use crate::core::model::dataset::Localized;
use crate::core::model::lang::Lang;
use crate::core::write::embed::escape_attr;
use crate::core::write::phrases::Phrases;

/// A text for each UI page language, with the language it is actually written in: `None`
/// for a text of no language (a number, a code), else the page's own or the data's English
/// where it has no translation.
#[derive(Clone, Debug, PartialEq)]
pub struct Ml(pub [(String, Option<Lang>); 4]);

impl Ml {
    /// The same text, of no particular language, on every page.
    pub fn same(text: &str) -> Self {
        Self(Lang::ALL.map(|_| (text.to_owned(), None)))
    }

    /// `f`'s text for each page language, written in that language.
    pub fn by(f: impl Fn(Lang) -> String) -> Self {
        Self(Lang::ALL.map(|l| (f(l), Some(l))))
    }

    /// `f`'s text for each page language, in the language it gives.
    pub fn localized<'a>(f: impl Fn(Lang) -> Localized<'a>) -> Self {
        Self(Lang::ALL.map(|l| {
            let t = f(l);
            (t.text.to_owned(), Some(t.lang))
        }))
    }

    /// A text in one language whatever the page's (a quote, a law's title).
    pub fn written_in(text: &str, lang: Lang) -> Self {
        Self(Lang::ALL.map(|_| (text.to_owned(), Some(lang))))
    }

    /// The text for `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        &self.0[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)].0
    }

    /// HTML: the text once when every language has the same, else one `<span data-l>` per
    /// page language (marked with its own language where it differs from the page's).
    pub fn html(&self) -> String {
        let first = &self.0[0].0;
        let pages = self.0.iter().zip(Lang::ALL);
        // Written in the page's language, or in none: nothing to mark.
        let plain = |(w, page): (&Option<Lang>, Lang)| w.is_none_or(|w| w == page);
        if self.0.iter().all(|(t, _)| t == first) {
            if pages.clone().all(|((_, w), p)| plain((w, p))) {
                return escape_attr(first);
            }
            let one = self.0[0].1;
            if one.is_some() && self.0.iter().all(|(_, w)| *w == one) {
                let l = one.map_or("en", |l| l.code());
                return format!("<span lang=\"{l}\">{}</span>", escape_attr(first));
            }
        }
        pages
            .map(|((text, written), page)| {
                let lang = match written {
                    Some(w) if *w != page => format!(" lang=\"{}\"", w.code()),
                    _ => String::new(),
                };
                format!(
                    "<span data-l=\"{}\"{lang}>{}</span>",
                    page.code(),
                    escape_attr(text)
                )
            })
            .collect()
    }

    /// The attribute `name` in English, and `data-{lang}-{name}` for the other languages
    /// where they differ (the first view's script swaps them in before the first paint).
    pub fn attr(&self, name: &str) -> String {
        let mut out = format!(" {name}=\"{}\"", escape_attr(self.get(Lang::En)));
        let mut localized = false;
        for (text, lang) in self.0.iter().skip(1).map(|(t, _)| t).zip(&Lang::ALL[1..]) {
            if text != self.get(Lang::En) {
                localized = true;
                out.push_str(&format!(
                    " data-{}-{name}=\"{}\"",
                    lang.code(),
                    escape_attr(text)
                ));
            }
        }
        if localized {
            out.push_str(&format!(" data-l10n=\"{name}\""));
        }
        out
    }
}

/// The translations of the UI (`locales/*.json`), looked up by key.
pub struct Locales {
    files: Vec<(Lang, serde_json::Value)>,
}

impl Locales {
    /// Reads `locales/{en,fr,es,pt}.json` as given.
    pub fn parse(texts: &[(Lang, &str)]) -> Result<Self, String> {
        let files = texts
            .iter()
            .map(|(l, t)| {
                serde_json::from_str(t)
                    .map(|v| (*l, v))
                    .map_err(|e| format!("locales/{}.json: {e}", l.code()))
            })
            .collect::<Result<_, _>>()?;
        Ok(Self { files })
    }

    /// The text of `key` (`controls.filters`) in `lang`; the key itself if missing (the build
    /// checks that none is).
    pub fn get(&self, lang: Lang, key: &str) -> String {
        self.files
            .iter()
            .find(|(l, _)| *l == lang)
            .and_then(|(_, v)| key.split('.').try_fold(v, |v, k| v.get(k)))
            .and_then(|v| v.as_str())
            .map_or_else(|| key.to_owned(), str::to_owned)
    }

    /// `key` in every language.
    pub fn t(&self, key: &str) -> Ml {
        Ml::by(|l| self.get(l, key))
    }

    /// `key` in every language, with `{{ name }}` filled by `values(lang)`.
    pub fn t_with(&self, key: &str, values: impl Fn(Lang) -> Vec<(&'static str, String)>) -> Ml {
        Ml::by(|l| {
            let pairs = values(l);
            let refs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
            crate::core::write::phrases::fill(&self.get(l, key), &refs)
        })
    }

    /// The sentence templates in `lang`.
    pub fn phrases(&self, lang: Lang) -> Phrases {
        Phrases::from_lookup(&|key| Some(self.get(lang, key)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_values_escape_quotes() {
        // An id or a data text with a quote must not close the attribute it is written in.
        let ml = Ml::same("x\" onmouseover=\"alert(1)");
        assert_eq!(
            ml.attr("title"),
            " title=\"x&quot; onmouseover=&quot;alert(1)\""
        );
        assert_eq!(Ml::same("l'ESS & <b>").html(), "l&#39;ESS &amp; &lt;b&gt;");
    }

    #[test]
    fn one_text_or_one_span_per_language() {
        assert_eq!(Ml::same("SSE <Atlas>").html(), "SSE &lt;Atlas&gt;");
        let ml = Ml::by(|l| {
            if l == Lang::Fr {
                "Carte".into()
            } else {
                "Map".into()
            }
        });
        let html = ml.html();
        assert!(html.starts_with("<span data-l=\"en\">Map</span><span data-l=\"fr\">Carte</span>"));
        assert_eq!(html.matches("<span").count(), 4);
        let fallback = Ml::written_in("Loi", Lang::En);
        assert_eq!(fallback.html(), "<span lang=\"en\">Loi</span>");
        assert_eq!(
            Ml::by(|_| "Chart".into()).html(),
            "Chart",
            "the same word everywhere"
        );
        assert_eq!(
            ml.attr("aria-label"),
            " aria-label=\"Map\" data-fr-aria-label=\"Carte\" data-l10n=\"aria-label\""
        );
    }
}
