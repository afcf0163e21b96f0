//! The UI language: read from the link (`lang=`) or the browser, given to leptos_i18n, written
//! on `<html lang>`; numbers, dates, lists and plurals in it come from `core::write::words`,
//! the same rules the first view was written with at build time.

use leptos::prelude::*;

use crate::core::model::dataset::{Dataset, Figure};
use crate::core::model::date::PartialDate;
use crate::core::model::lang::Lang;
use crate::core::write::dom;
use crate::core::write::format::figure_phrase;
use crate::core::write::words;
use crate::i18n::{self, t_string, Locale};

pub fn locale_of(lang: Lang) -> Locale {
    match lang {
        Lang::En => Locale::en,
        Lang::Fr => Locale::fr,
        Lang::Es => Locale::es,
        Lang::Pt => Locale::pt,
    }
}

/// The first of the browser's languages the UI speaks, else English.
pub fn browser_lang() -> Lang {
    Lang::negotiate(&browser_languages())
}

/// The browser's preferred languages, most preferred first.
fn browser_languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut out: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    if out.is_empty() {
        out.extend(nav.language());
    }
    out
}

/// Starts the translations in the language `lang` says, and keeps `<html lang>` on it.
pub fn provide_locale(lang: Memo<Lang>) {
    // A sub-context takes its first locale from the signal: the page never renders in another
    // language first (the main context would start from the browser's and then switch).
    let ctx =
        leptos_i18n::context::init_i18n_subcontext::<Locale>(Some(Signal::derive(move || {
            locale_of(lang.get())
        })));
    provide_context(ctx);
    Effect::new(move || {
        let code = lang.get().code();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", code);
        }
    });
}

pub fn use_i18n() -> leptos_i18n::I18nContext<Locale> {
    i18n::use_i18n()
}

/// `215000` → `215,000` (en), `215 000` (fr), `215.000` (es, pt); at most two decimals.
pub fn number(lang: Lang, value: f64) -> String {
    words::number(lang, value)
}

/// A date as precise as it is known: `2014`, `Sep 2014` / `sept. 2014`, `22 Sep 2014`.
pub fn date(lang: Lang, d: &PartialDate) -> String {
    words::date(lang, d)
}

/// `["Mali", "Senegal", "Togo"]` → `Mali, Senegal and Togo` / `Mali, Sénégal et Togo`.
pub fn list(lang: Lang, items: &[String]) -> String {
    words::list(lang, items)
}

/// Whether `n` takes the singular in `lang`: French says "0 membre", English "0 members".
pub fn plural_one(lang: Lang, n: usize) -> bool {
    words::plural_one(lang, n)
}

/// A figure as a phrase in `lang`: `plus de 215 000 entreprises` (the qualifier and the unit
/// from the data's translations, else English).
pub fn figure(lang: Lang, d: &Dataset, f: &Figure) -> String {
    let unit = d
        .indicator(&f.indicator)
        .map_or("", |i| d.indicator_unit(lang, i).text);
    let qualifier = f.qualifier.as_deref().map(|q| d.qualifier(lang, q).text);
    figure_phrase(&number(lang, f.value), unit, qualifier)
}

/// The page's title and description follow the language, and so does the chrome around the
/// live areas: its texts are written in every language by the first view and the style sheet
/// shows the page's (assets/app.css), its attributes are relabelled here.
pub fn translate_page_chrome(lang: Memo<Lang>) {
    let i18n = use_i18n();
    Effect::new(move || {
        let code = lang.get().code();
        let doc = document();
        doc.set_title(t_string!(i18n, chrome.title));
        if let Ok(Some(meta)) = doc.query_selector("meta[name=description]") {
            let _ = meta.set_attribute("content", t_string!(i18n, chrome.description));
        }
        if let Some(root) = doc.document_element() {
            relabel(&root, code);
        }
    });
}

/// Sets each attribute the first view wrote in every language (`data-l10n`, as
/// assets/first.js does at load) to `lang`'s, keeping the English one to come back to. Not
/// the map's shapes: the map labels them itself, with the figure shown.
fn relabel(root: &web_sys::Element, lang: &str) {
    for el in crate::ui::map::svg::find_all(root, "[data-l10n]:not(path)") {
        let names = el.get_attribute(dom::DATA_L10N).unwrap_or_default();
        for name in names.split_whitespace() {
            let english = format!("data-en-{name}");
            if !el.has_attribute(&english) {
                if let Some(v) = el.get_attribute(name) {
                    let _ = el.set_attribute(&english, &v);
                }
            }
            if let Some(v) = el.get_attribute(&format!("data-{lang}-{name}")) {
                let _ = el.set_attribute(name, &v);
            }
        }
    }
}
