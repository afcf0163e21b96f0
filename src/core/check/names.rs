//! Country and region names in the UI languages (`assets/data/names.json`, generated from
//! CLDR and Debian's iso-codes by `scripts/gen-names.py`). English names stay those of the data
//! and boundary files; this file only supplies the other languages.

use std::collections::HashMap;

use serde::Deserialize;

use crate::core::model::lang::Lang;

/// The largest names file accepted (the real one is 26 kB).
pub const MAX_NAMES_BYTES: usize = 512 * 1024;

#[derive(Debug, Default, Clone, PartialEq)]
pub struct Names {
    countries: HashMap<String, HashMap<String, String>>,
    regions: HashMap<String, HashMap<String, String>>,
}

#[derive(Deserialize)]
struct File {
    countries: HashMap<String, HashMap<String, String>>,
    regions: HashMap<String, HashMap<String, String>>,
}

impl Names {
    /// Reads `names.json`; a broken file is an error for the page to report (the English
    /// names then stay).
    pub fn parse(text: &str) -> Result<Names, String> {
        if text.len() > MAX_NAMES_BYTES {
            return Err(format!(
                "the names file is {} bytes; the limit is {MAX_NAMES_BYTES}",
                text.len()
            ));
        }
        let f: File = serde_json::from_str(text).map_err(|e| e.to_string())?;
        Ok(Names {
            countries: f.countries,
            regions: f.regions,
        })
    }

    /// The name of country or sub-national government `id` in `lang`; `None` in English (the
    /// data's own name is used) or when the file has none.
    pub fn country(&self, lang: Lang, id: &str) -> Option<&str> {
        Self::pick(&self.countries, lang, id)
    }

    /// The name of the UN M49 region called `english` in the boundary files.
    pub fn region(&self, lang: Lang, english: &str) -> Option<&str> {
        Self::pick(&self.regions, lang, english)
    }

    fn pick<'a>(
        map: &'a HashMap<String, HashMap<String, String>>,
        lang: Lang,
        key: &str,
    ) -> Option<&'a str> {
        if lang == Lang::En {
            return None;
        }
        map.get(key)?
            .get(lang.code())
            .map(String::as_str)
            .filter(|s| !s.trim().is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn real() -> Names {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/data/names.json"
        ))
        .unwrap();
        Names::parse(&text).unwrap()
    }

    #[test]
    fn every_entity_and_region_has_its_names() {
        let names = real();
        let data = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/data/ilg-sse.json"
        ))
        .unwrap();
        let d = crate::core::check::dataset::parse_dataset(&data).unwrap();
        for e in &d.entities {
            for lang in [Lang::Fr, Lang::Es, Lang::Pt] {
                assert!(names.country(lang, &e.id).is_some(), "{} in {lang:?}", e.id);
            }
        }
        assert_eq!(names.country(Lang::Fr, "COL"), Some("Colombie"));
        assert_eq!(names.country(Lang::Pt, "COL"), Some("Colômbia"));
        assert_eq!(names.country(Lang::Fr, "CA-QC"), Some("Québec"));
        assert_eq!(names.country(Lang::Es, "ECU"), Some("Ecuador"));
        assert_eq!(names.country(Lang::En, "COL"), None);
        assert_eq!(
            names.region(Lang::Es, "Western Africa"),
            Some("África occidental")
        );
    }

    #[test]
    fn broken_files_are_errors() {
        assert!(Names::parse("{").is_err());
        assert!(Names::parse(r#"{"countries": []}"#).is_err());
        assert!(Names::parse(&" ".repeat(MAX_NAMES_BYTES + 1)).is_err());
        let n = Names::parse(r#"{"countries": {"FRA": {"fr": " "}}, "regions": {}}"#).unwrap();
        assert_eq!(n.country(Lang::Fr, "FRA"), None);
    }
}
