//! The sentence templates of `core::write::phrases`, from the page's translations: each
//! template's variables are filled with their own `{{ name }}`, so the core fills them as it
//! does for the first view, and both say the same.

use crate::core::write::phrases::Phrases;
use crate::i18n::{t_string, Locale};

macro_rules! live_phrases {
    ($($field:ident : $($seg:ident).+ ($($var:ident),*)),* $(,)?) => {
        /// The templates in the page's current language.
        pub fn phrases(i18n: leptos_i18n::I18nContext<Locale>) -> Phrases {
            Phrases {
                $($field: t_string!(i18n, $($seg).+ $(, $var = concat!("{{ ", stringify!($var), " }}"))*).to_string(),)*
            }
        }
    };
}

crate::with_phrases!(live_phrases);
