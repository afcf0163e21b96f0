//! Generates the `i18n` module (typed translation keys) from `locales/{en,fr,es,pt}.json`.
//! A key missing from a locale is an error here, so the build fails instead of the page showing
//! a raw key or falling back silently.

use std::error::Error;
use std::path::PathBuf;

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?).join("i18n");
    let cfg = Config::new("en")?
        .add_locale("fr")?
        .add_locale("es")?
        .add_locale("pt")?
        // `t_string!` with values, for attributes and messages built in code.
        .parse_options(ParseOptions::default().interpolate_display(true));
    let infos = TranslationsInfos::parse(cfg)?;
    infos.rerun_if_locales_changed();
    let missing = missing_keys()?;
    if !missing.is_empty() {
        return Err(format!("translations missing: {}", missing.join("; ")).into());
    }
    infos.emit_diagnostics();
    infos.generate_i18n_module(out)?;
    Ok(())
}

/// Every key of `en.json` must exist in the other locales, and no locale may have keys English
/// lacks. leptos_i18n only warns about the first case (and falls back to English).
fn missing_keys() -> Result<Vec<String>, Box<dyn Error>> {
    fn keys(v: &serde_json::Value, prefix: &str, out: &mut Vec<String>) {
        if let serde_json::Value::Object(map) = v {
            for (k, v) in map {
                keys(v, &format!("{prefix}{k}."), out);
            }
        } else {
            out.push(prefix.trim_end_matches('.').to_owned());
        }
    }
    let read = |lang: &str| -> Result<Vec<String>, Box<dyn Error>> {
        let text = std::fs::read_to_string(format!("locales/{lang}.json"))?;
        let mut out = Vec::new();
        keys(&serde_json::from_str(&text)?, "", &mut out);
        out.sort();
        Ok(out)
    };
    let en = read("en")?;
    let mut problems = Vec::new();
    for lang in ["fr", "es", "pt"] {
        let other = read(lang)?;
        for k in en.iter().filter(|k| other.binary_search(k).is_err()) {
            problems.push(format!("{lang}.json lacks {k}"));
        }
        for k in other.iter().filter(|k| en.binary_search(k).is_err()) {
            problems.push(format!("{lang}.json has {k}, which en.json lacks"));
        }
    }
    Ok(problems)
}
