//! The UI languages, as the link and the core know them. The UI maps them onto the locales the
//! translation files define (`ui::i18n`), and a test keeps the two lists equal.

/// A UI language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Fr,
    Es,
    Pt,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Fr, Lang::Es, Lang::Pt];

    /// BCP 47 code, used in `lang=`, `<html lang>` and the data files' `translations`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Pt => "pt",
        }
    }

    /// The language's own name, as a language menu shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Pt => "Português",
        }
    }

    /// `fr`, `FR`, `fr-CA`, `pt_BR` → the language; anything else → `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        let primary = s.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first of the browser's preferred languages the UI speaks, else English.
    pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> Lang {
        preferred
            .iter()
            .find_map(|p| Lang::parse(p.as_ref()))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_regional_variants() {
        assert_eq!(Lang::parse("fr"), Some(Lang::Fr));
        assert_eq!(Lang::parse("pt-BR"), Some(Lang::Pt));
        assert_eq!(Lang::parse("ES_mx"), Some(Lang::Es));
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(Lang::parse(""), None);
        assert_eq!(Lang::parse("french"), None);
    }

    #[test]
    fn negotiation_takes_the_first_spoken_language() {
        assert_eq!(Lang::negotiate(&["de-DE", "es-AR", "fr"]), Lang::Es);
        assert_eq!(Lang::negotiate(&["de", "it"]), Lang::En);
        assert_eq!(Lang::negotiate::<&str>(&[]), Lang::En);
    }
}
