//! A text in the four UI languages at once, for the map's attributes: the page's HTML is one
//! file for every visitor, so the English text stands in the attribute and the others beside
//! it (`data-fr-aria-label`), and `assets/first.js` swaps the page's in before the first paint.
//! The texts around the map are the components' (`ui::page::each`).

use crate::core::model::lang::Lang;
use crate::core::write::dom;
use crate::core::write::embed::escape_attr;

/// A text for each UI language, in `Lang::ALL`'s order.
#[derive(Clone, Debug, PartialEq)]
pub struct Ml(pub [String; 4]);

impl Ml {
    /// `f`'s text for each language.
    pub fn by(f: impl Fn(Lang) -> String) -> Self {
        Self(Lang::ALL.map(f))
    }

    /// The text for `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        &self.0[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)]
    }
}

/// The attributes `name="English"`, `data-{lang}-{name}` for the languages where the text
/// differs, and one `data-l10n` naming those the script must swap.
pub fn attrs(list: &[(&str, &Ml)]) -> String {
    let mut out = String::new();
    let mut swapped = Vec::new();
    for (name, ml) in list {
        let en = ml.get(Lang::En);
        out.push_str(&format!(" {name}=\"{}\"", escape_attr(en)));
        for lang in &Lang::ALL[1..] {
            let text = ml.get(*lang);
            if text != en {
                let code = lang.code();
                out.push_str(&format!(" data-{code}-{name}=\"{}\"", escape_attr(text)));
                if !swapped.contains(name) {
                    swapped.push(*name);
                }
            }
        }
    }
    if !swapped.is_empty() {
        out.push_str(&format!(" {}=\"{}\"", dom::DATA_L10N, swapped.join(" ")));
    }
    out
}
