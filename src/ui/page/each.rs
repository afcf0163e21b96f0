//! Texts of the frame in every language the page is rendered for: the page's HTML is one file
//! for every visitor, so the build writes each text in all four (`<span data-l>`, and
//! `data-{lang}-{name}` attributes), and the style sheet and `assets/first.js` keep the page's.
//! Where the app renders the frame itself, it is in the page's language alone.

use leptos::attr::any_attribute::{AnyAttribute, IntoAnyAttribute};
use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;

use crate::core::model::lang::Lang;
use crate::core::write::dom;
use crate::i18n::Locale;
use crate::ui::locale::locale_of;

/// The languages the frame is rendered in (given by context from `PageFrame` or `MapFrame`).
#[derive(Clone, Debug)]
pub struct Langs(pub Vec<Lang>);

fn langs() -> Vec<Lang> {
    use_context::<Langs>().map_or_else(|| vec![Lang::En], |l| l.0)
}

/// A translation: `|l| td_string!(l, key).to_string()`.
pub type Text = fn(Locale) -> String;

/// `text` in each language of the frame.
pub fn texts(text: Text) -> Vec<(Lang, String)> {
    langs()
        .into_iter()
        .map(|l| (l, text(locale_of(l))))
        .collect()
}

/// Texts given in every UI language, in those of the frame.
pub fn given(all: impl Fn(Lang) -> String) -> Vec<(Lang, String)> {
    langs().into_iter().map(|l| (l, all(l))).collect()
}

/// Once where all say the same, else a `<span data-l>` each.
pub fn spans(texts: Vec<(Lang, String)>) -> AnyView {
    if texts
        .iter()
        .all(|(_, t)| Some(t) == texts.first().map(|f| &f.1))
    {
        return texts.into_iter().next().map(|(_, t)| t).into_any();
    }
    texts
        .into_iter()
        .map(|(l, t)| {
            view! { <span>{t}</span> }.add_any_attr(custom_attribute(dom::DATA_L, l.code()))
        })
        .collect_view()
        .into_any()
}

/// `text` in each language of the frame.
#[component]
pub fn Each(text: Text) -> impl IntoView {
    spans(texts(text))
}

/// The attributes `name` (in the first language) and, where another differs, its
/// `data-{lang}-{name}`, with one `data-l10n` naming them for the script that swaps them.
pub fn each_attr(list: Vec<(&'static str, Vec<(Lang, String)>)>) -> Vec<AnyAttribute> {
    let mut out = Vec::new();
    let mut swapped = Vec::new();
    for (name, texts) in list {
        let Some((_, first)) = texts.first() else {
            continue;
        };
        out.push(custom_attribute(name, first.clone()).into_any_attr());
        for (l, t) in &texts[1..] {
            if t != first {
                let key = format!("data-{}-{name}", l.code());
                out.push(custom_attribute(key, t.clone()).into_any_attr());
                if !swapped.contains(&name) {
                    swapped.push(name);
                }
            }
        }
    }
    if !swapped.is_empty() {
        out.push(custom_attribute(dom::DATA_L10N, swapped.join(" ")).into_any_attr());
    }
    out
}
