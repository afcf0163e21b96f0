//! The UI language: read from the link (`lang=`) or the browser, given to leptos_i18n, written
//! on `<html lang>`; and numbers, dates, lists and plurals formatted by the browser's `Intl` for
//! it (no locale data in the WebAssembly: the browser already has CLDR's). English keeps the
//! core's house style, UN usage: "22 Sep 2014", "A, B and C" (Intl's `en` would write
//! "Sep 22, 2014" and "A, B, and C", and differ between browsers' English variants).

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Array, Function, Intl, Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::state::AppState;
use crate::core::model::dataset::{Dataset, Figure};
use crate::core::model::date::PartialDate;
use crate::core::model::lang::Lang;
use crate::core::write::format::figure_phrase;
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

/// Starts the translations in the language of `state.lang`, keeps `<html lang>` on it, and
/// loads the country names for it.
pub fn provide_locale(state: AppState) {
    let lang = state.lang;
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

thread_local! {
    static FORMATTERS: RefCell<HashMap<(Lang, &'static str), Function>> = RefCell::new(HashMap::new());
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

/// The `format` function of an `Intl` formatter, built once per language and style.
fn formatter(lang: Lang, style: &'static str) -> Function {
    FORMATTERS.with(|cache| {
        cache
            .borrow_mut()
            .entry((lang, style))
            .or_insert_with(|| {
                let locales = Array::of1(&JsValue::from_str(lang.code()));
                let s = |v: &str| JsValue::from_str(v);
                match style {
                    "number" => Intl::NumberFormat::new(
                        &locales,
                        &options(&[("maximumFractionDigits", JsValue::from(2))]),
                    )
                    .format(),
                    "day" => Intl::DateTimeFormat::new(
                        &locales,
                        &options(&[
                            ("day", s("numeric")),
                            ("month", s("short")),
                            ("year", s("numeric")),
                            ("timeZone", s("UTC")),
                        ]),
                    )
                    .format(),
                    _ => Intl::DateTimeFormat::new(
                        &locales,
                        &options(&[
                            ("month", s("short")),
                            ("year", s("numeric")),
                            ("timeZone", s("UTC")),
                        ]),
                    )
                    .format(),
                }
            })
            .clone()
    })
}

fn call(f: &Function, arg: &JsValue) -> Option<String> {
    f.call1(&JsValue::NULL, arg).ok()?.as_string()
}

/// `215000` → `215,000` (en), `215 000` (fr), `215.000` (es, pt); at most two decimals.
pub fn number(lang: Lang, value: f64) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    call(&formatter(lang, "number"), &JsValue::from_f64(value))
        .unwrap_or_else(|| crate::core::write::format::format_number(value))
}

/// A date as precise as it is known: `2014`, `Sep 2014` / `sept. 2014`, `22 Sep 2014`.
pub fn date(lang: Lang, d: &PartialDate) -> String {
    if lang == Lang::En {
        return d.display_en();
    }
    let style = match (d.month(), d.day()) {
        (None, _) => return d.year().to_string(),
        (Some(_), None) => "month",
        (Some(_), Some(_)) => "day",
    };
    let month = d.month().map_or(0.0, |m| f64::from(m) - 1.0);
    let day = d.day().map_or(1.0, f64::from);
    let ms = js_sys::Date::utc(f64::from(d.year()), month) + (day - 1.0) * 86_400_000.0;
    call(
        &formatter(lang, style),
        &js_sys::Date::new(&JsValue::from_f64(ms)).into(),
    )
    .unwrap_or_else(|| d.display_en())
}

/// `["Mali", "Senegal", "Togo"]` → `Mali, Senegal and Togo` / `Mali, Sénégal et Togo`.
pub fn list(lang: Lang, items: &[String]) -> String {
    if lang == Lang::En {
        return match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        };
    }
    let array: Array = items.iter().map(|s| JsValue::from_str(s)).collect();
    let f = Intl::ListFormat::new(
        &Array::of1(&JsValue::from_str(lang.code())),
        &options(&[("type", JsValue::from_str("conjunction"))]),
    );
    f.format(&array)
        .as_string()
        .unwrap_or_else(|| items.join(", "))
}

/// The CLDR plural category of `n` in `lang` (`one`, `other`, `many`…): French says
/// "0 membre", English "0 members".
pub fn plural_one(lang: Lang, n: usize) -> bool {
    let rules =
        Intl::PluralRules::new(&Array::of1(&JsValue::from_str(lang.code())), &Object::new());
    rules.select(n as f64).as_string().as_deref() == Some("one")
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

/// A figure's reference year, or "undated" in `lang`.
pub fn year(lang: Lang, f: &Figure) -> String {
    f.year.map_or_else(
        || i18n::td_string!(locale_of(lang), figure.undated).to_string(),
        |y| y.to_string(),
    )
}

/// The page's static chrome (in `index.html`, so that it paints before the WebAssembly):
/// its title, subtitle, footer and skip links follow the language.
pub fn translate_page_chrome(state: AppState) {
    let i18n = use_i18n();
    Effect::new(move || {
        state.lang.track();
        let doc = document();
        let texts = [
            ("skip-map", t_string!(i18n, chrome.skip_map)),
            ("skip-details", t_string!(i18n, chrome.skip_details)),
            ("site-subtitle", t_string!(i18n, chrome.subtitle)),
            ("site-footnote", t_string!(i18n, chrome.footnote)),
        ];
        for (id, text) in texts {
            if let Some(el) = doc.get_element_by_id(id) {
                el.set_text_content(Some(text));
            }
        }
        doc.set_title(t_string!(i18n, chrome.title));
        if let Ok(Some(meta)) = doc.query_selector("meta[name=description]") {
            let _ = meta.set_attribute("content", t_string!(i18n, chrome.description));
        }
    });
}
