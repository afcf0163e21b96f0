//! Numbers, dates, lists and plurals in the four UI languages.
//!
//! English keeps the house style, UN usage: "22 Sep 2014", "2,600,000", "A, B and C". French,
//! Spanish and Portuguese follow CLDR as the browser's `Intl` writes it ("8 juil. 2017",
//! "2 600 000", "A, B et C"). Written here rather than asked of `Intl` because the first view is
//! written at build time, where there is no browser, and the page must then say the same as the
//! first view did; a browser test (`tests/web.rs`) holds the numbers and dates against the
//! browser's own `Intl`. Four languages and three kinds of text do not justify a CLDR crate in
//! the WebAssembly.

use crate::core::model::date::PartialDate;
use crate::core::model::lang::Lang;

use super::format::{format_number, grouped};

const SHORT_MONTHS: [[&str; 12]; 3] = [
    [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ],
    [
        "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
    ],
    [
        "jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.",
        "dez.",
    ],
];

/// `215000` → `215,000` (en), `215 000` (fr, with a narrow no-break space), `215.000` (es,
/// pt); at most two decimals, like `Intl.NumberFormat` with `maximumFractionDigits: 2`.
pub fn number(lang: Lang, value: f64) -> String {
    let (group, decimal, min_grouping) = match lang {
        Lang::En => return format_number(value),
        Lang::Fr => ('\u{202F}', ',', 4),
        // Spanish groups only from five digits on: "1234" but "12.345".
        Lang::Es => ('.', ',', 5),
        Lang::Pt => ('.', ',', 4),
    };
    grouped(value, group, decimal, min_grouping)
}

/// A date as precise as it is known: `2014`, `Sep 2014` / `sept. 2014` / `set. de 2014`,
/// `22 Sep 2014` / `22 sept. 2014` / `22 de set. de 2014`.
pub fn date(lang: Lang, d: &PartialDate) -> String {
    let months = match lang {
        Lang::En => return d.display_en(),
        Lang::Fr => &SHORT_MONTHS[0],
        Lang::Es => &SHORT_MONTHS[1],
        Lang::Pt => &SHORT_MONTHS[2],
    };
    let Some(m) = d.month() else {
        return d.year().to_string();
    };
    let month = months[usize::from(m.clamp(1, 12) - 1)];
    let year = d.year();
    match (lang, d.day()) {
        (Lang::Pt, Some(day)) => format!("{day} de {month} de {year}"),
        (Lang::Pt, None) => format!("{month} de {year}"),
        (_, Some(day)) => format!("{day} {month} {year}"),
        (_, None) => format!("{month} {year}"),
    }
}

/// `["Mali", "Senegal", "Togo"]` → `Mali, Senegal and Togo` / `Mali, Sénégal et Togo`.
pub fn list(lang: Lang, items: &[String]) -> String {
    let and = match lang {
        Lang::En => "and",
        Lang::Fr => "et",
        Lang::Es => "y",
        Lang::Pt => "e",
    };
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

/// Whether `n` takes the singular in `lang` (CLDR's `one`): French and Portuguese say
/// "0 membre", English and Spanish "0 members".
pub fn plural_one(lang: Lang, n: usize) -> bool {
    match lang {
        Lang::Fr | Lang::Pt => n <= 1,
        Lang::En | Lang::Es => n == 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // What Chromium 156's `Intl` wrote for these (see the end-to-end test that keeps checking).
    #[test]
    fn numbers_as_intl_writes_them() {
        let cases = [
            0.0,
            7.0,
            1234.0,
            12345.0,
            2_600_000.0,
            215_000.0,
            0.5,
            12.345,
            1_234_567.891,
        ];
        let fr: Vec<_> = cases.iter().map(|v| number(Lang::Fr, *v)).collect();
        let nb = '\u{202F}';
        assert_eq!(
            fr,
            [
                "0".to_owned(),
                "7".into(),
                format!("1{nb}234"),
                format!("12{nb}345"),
                format!("2{nb}600{nb}000"),
                format!("215{nb}000"),
                "0,5".into(),
                "12,35".into(),
                format!("1{nb}234{nb}567,89")
            ]
        );
        let es: Vec<_> = cases.iter().map(|v| number(Lang::Es, *v)).collect();
        assert_eq!(
            es,
            [
                "0",
                "7",
                "1234",
                "12.345",
                "2.600.000",
                "215.000",
                "0,5",
                "12,35",
                "1.234.567,89"
            ]
        );
        let pt: Vec<_> = cases.iter().map(|v| number(Lang::Pt, *v)).collect();
        assert_eq!(
            pt,
            [
                "0",
                "7",
                "1.234",
                "12.345",
                "2.600.000",
                "215.000",
                "0,5",
                "12,35",
                "1.234.567,89"
            ]
        );
        assert_eq!(number(Lang::En, 2_600_000.0), "2,600,000");
        assert_eq!(number(Lang::Fr, f64::NAN), "–");
    }

    #[test]
    fn dates_as_intl_writes_them() {
        let d = |s: &str| s.parse::<PartialDate>().expect("date");
        assert_eq!(date(Lang::Fr, &d("2017-07-08")), "8 juil. 2017");
        assert_eq!(date(Lang::Fr, &d("2014-09")), "sept. 2014");
        assert_eq!(date(Lang::Es, &d("2017-09-08")), "8 sept 2017");
        assert_eq!(date(Lang::Es, &d("2014-01")), "ene 2014");
        assert_eq!(date(Lang::Pt, &d("2017-07-08")), "8 de jul. de 2017");
        assert_eq!(date(Lang::Pt, &d("2014-05")), "mai. de 2014");
        assert_eq!(date(Lang::Pt, &d("2014")), "2014");
        assert_eq!(date(Lang::En, &d("2014-09-22")), "22 Sep 2014");
    }

    #[test]
    fn lists_and_plurals() {
        let abc: Vec<String> = ["A", "B", "C"].map(String::from).to_vec();
        assert_eq!(list(Lang::En, &abc), "A, B and C");
        assert_eq!(list(Lang::Fr, &abc[..2]), "A et B");
        assert_eq!(list(Lang::Es, &abc), "A, B y C");
        assert_eq!(list(Lang::Pt, &abc[..1]), "A");
        assert_eq!(list(Lang::Pt, &[]), "");
        let ones = |l| [0, 1, 2, 5].map(|n| plural_one(l, n));
        assert_eq!(ones(Lang::Fr), [true, true, false, false]);
        assert_eq!(ones(Lang::Pt), [true, true, false, false]);
        assert_eq!(ones(Lang::Es), [false, true, false, false]);
        assert_eq!(ones(Lang::En), [false, true, false, false]);
    }
}
