//! Legend of the indicator map: the classes with their ranges, the unit and the years, the
//! "no data" class, and the warning that national figures differ in year and definition.

use leptos::prelude::*;

use crate::core::write::legend::{self as markup, Classes, Worded};
use crate::i18n::*;
use crate::ui::locale;
use crate::ui::state::{Data, Derived};

/// The legend's markup, read in a reactive scope, or nothing without an indicator.
pub fn choropleth_markup(
    data: Data,
    derived: Derived,
    i18n: leptos_i18n::I18nContext<Locale>,
) -> Option<String> {
    let lang = derived.lang.get();
    let choropleth = derived.choropleth.get()?;
    let d = data.dataset.with(|d| d.ready().cloned())?;
    let indicator = d.indicator(&choropleth.indicator)?;
    let (name, unit_text, definition) = (
        d.indicator_name(lang, indicator),
        d.indicator_unit(lang, indicator),
        d.indicator_definition(lang, indicator),
    );
    let unit = if indicator.unit == "%" {
        "%".to_owned()
    } else {
        format!(" {}", unit_text.text)
    };
    let years = match choropleth.years {
        Some((a, b)) if a == b => t_string!(i18n, choro.figures_of, years = a),
        Some((a, b)) => t_string!(i18n, choro.figures_of, years = format!("{a}–{b}")),
        None => t_string!(i18n, choro.no_figures).to_owned(),
    };
    let ranges = choropleth
        .range_labels_with(&unit, &|v| locale::number(lang, v))
        .into_iter()
        .enumerate()
        .map(|(i, range)| (choropleth.classes.palette_index(i), range))
        .collect();
    Some(markup::classes(&Classes {
        name: Worded {
            text: name.text,
            lang: name.lang.code(),
        },
        unit: unit_text.text,
        years: &years,
        ranges,
        no_data: t_string!(i18n, choro.no_data),
        definition_label: t_string!(i18n, table.col_definition),
        definition: Worded {
            text: definition.text,
            lang: definition.lang.code(),
        },
        hint: t_string!(i18n, choro.hint),
    }))
}
