use super::*;

#[test]
fn every_id_a_dataset_accepts_can_be_linked() {
    // The dataset's rule allows 64 characters; a link once stopped at 60.
    let id = "a".repeat(64);
    let ok = crate::core::check::dataset::parse_dataset(
        &include_str!("../../../tests/fixtures/minimal-dataset.json")
            .replace("\"jobs\"", &format!("{id:?}")),
    );
    assert!(ok.is_ok(), "{ok:?}");
    let (state, warnings) = parse(&format!("indicator={id}&area={id}"));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(state.indicator.as_deref(), Some(id.as_str()));
    assert_eq!(parse(&print(&state)).0, state);
    let (_, warnings) = parse(&format!("indicator={}", "a".repeat(65)));
    assert_eq!(warnings.len(), 1);
}
use proptest::prelude::*;

#[test]
fn a_full_link_parses() {
    let (s, w) = parse("?country=col&status=observer,member&region=africa&date=2016-09&area=finance&indicator=sse-jobs&q=qu%C3%A9bec&view=table&compare=FRA,COL&zoom=2.5&center=4.6,-74.08");
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(s.country.as_deref(), Some("COL"));
    assert_eq!(s.filter.statuses, vec![Status::Member, Status::Observer]);
    assert_eq!(s.date, "2016-09".parse().ok());
    assert_eq!(s.q, "québec");
    assert_eq!(s.view, View::Table);
    assert_eq!(s.compare, vec!["FRA", "COL"]);
    assert_eq!(s.center, Some((4.6, -74.08)));
    assert_eq!(
        print(&s),
        "country=COL&status=member,observer&region=africa&date=2016-09&area=finance&indicator=sse-jobs&q=qu%C3%A9bec&view=table&compare=FRA,COL&zoom=2.5&center=4.6,-74.08"
    );
}

#[test]
fn hostile_values_fall_back_to_defaults() {
    let long = "A".repeat(10_000);
    for q in [
        "country=<script>alert(1)</script>".to_owned(),
        "country=%3Cscript%3E".to_owned(),
        "date=9999-99".to_owned(),
        "date=2014-13-45".to_owned(),
        format!("country={long}"),
        format!("q={long}"),
        format!("region={long}"),
        "zoom=NaN&center=1e999,0".to_owned(),
        "zoom=-3&center=91,0".to_owned(),
        "view=javascript:alert(1)".to_owned(),
        "status=admin".to_owned(),
        "indicator=../../etc/passwd".to_owned(),
        "%FF%FE=%00".to_owned(),
        "&&&==&".to_owned(),
    ] {
        let (s, w) = parse(&q);
        assert_eq!(s, UrlState::default(), "{q:.60}");
        assert!(
            !w.is_empty() || q.starts_with('&'),
            "no warning for {q:.60}"
        );
        assert!(w.iter().all(|w| w.len() < 200), "{w:?}");
    }
}

#[test]
fn unknown_ids_are_dropped_by_sanitize() {
    let (s, _) = parse("country=XYZ&indicator=sse-jobs&area=nope&compare=FRA,XYZ");
    let yes = |_: &str| true;
    let known = Known {
        is_country: &|id| id == "FRA",
        is_entity: &|id| id == "FRA",
        is_region: &yes,
        is_area: &|_| false,
        is_indicator: &|i| i == "sse-jobs",
    };
    let (s, w) = sanitize(s, &known);
    assert_eq!(s.country, None);
    assert_eq!(s.filter.area, None);
    assert_eq!(s.indicator.as_deref(), Some("sse-jobs"));
    assert_eq!(s.compare, vec!["FRA"]);
    assert_eq!(w.len(), 3);
}

#[test]
fn frame_keys_parse_print_and_refuse_junk() {
    let (s, w) = parse(
        "lang=FR-ca&embed=1&theme=dark&accent=%23A51&slide=3&present=1&auto=20&data=my/data.json",
    );
    assert!(w.is_empty(), "{w:?}");
    assert!(s.frame.embed && s.frame.present);
    assert_eq!(s.frame.theme, Some(Theme::Dark));
    assert_eq!(s.frame.accent, Some(Rgb(0xaa, 0x55, 0x11)));
    assert_eq!(s.frame.slide, Some(3));
    assert_eq!(s.frame.data.as_deref(), Some("my/data.json"));
    assert_eq!(s.frame.lang, Some(Lang::Fr));
    assert_eq!(
        print(&s),
        "embed=1&present=1&slide=3&auto=20&theme=dark&accent=%23aa5511&data=my%2Fdata.json&lang=fr"
    );
    let (card, w) = parse("country=SEN&embed=1&card=1");
    assert!(w.is_empty() && card.frame.card && card.frame.embed);
    assert_eq!(print(&card), "country=SEN&embed=1&card=1");
    for junk in [
        "embed=maybe",
        "card=2",
        "present=2",
        "slide=0",
        "slide=-1",
        "slide=1e3",
        "auto=1",
        "auto=99999",
        "theme=neon",
        "accent=red",
        "accent=%23fff;}body{",
        "data=javascript:alert(1)",
        "data=data:application/json,{}",
        "data=file:///etc/passwd",
        "data=a%20b.json",
        "data=%0A",
        "data=",
        "lang=de",
        "lang=",
        "lang=<script>",
    ] {
        let (s, w) = parse(junk);
        assert_eq!(s, UrlState::default(), "{junk}");
        assert_eq!(w.len(), 1, "{junk}: {w:?}");
    }
    let (s, w) = parse("data=https://data.example.org/ilg.json&embed=0");
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(
        s.frame.data.as_deref(),
        Some("https://data.example.org/ilg.json")
    );
    assert!(!s.frame.embed);
}

fn arb_state() -> impl Strategy<Value = UrlState> {
    let id = prop_oneof!["[A-Z]{3}", "[A-Z]{2}-[A-Z0-9]{1,3}"];
    let slug = "[a-z0-9-]{1,20}";
    let statuses = proptest::sample::subsequence(Status::SHOWN.to_vec(), 0..=3);
    (
        (
            proptest::option::of(id.clone()),
            statuses,
            proptest::option::of(slug),
            proptest::option::of(slug),
            proptest::option::of((1800i32..=2100, 0u8..=12)),
        ),
        (
            proptest::option::of(slug),
            "[^\\s]([^&]{0,30}[^\\s])?|",
            proptest::sample::select(View::ALL.to_vec()),
            proptest::collection::vec(id, 0..=4),
            proptest::option::of(100u32..=3200),
            proptest::option::of((-9000i32..=9000, -18000i32..=18000)),
        ),
        (
            any::<(bool, bool, bool)>(),
            proptest::option::of(1usize..=10_000),
            proptest::option::of(AUTO_SECONDS),
            proptest::option::of(proptest::sample::select(Theme::ALL.to_vec())),
            proptest::option::of(any::<(u8, u8, u8)>()),
            proptest::option::of("(https://[a-z.]{1,20})?/?[a-zA-Z0-9._/-]{1,30}"),
            proptest::option::of(proptest::sample::select(Lang::ALL.to_vec())),
            proptest::option::of("(https://[a-z.]{1,20})?/?[a-zA-Z0-9._/-]{1,30}"),
        ),
    )
        .prop_map(
            |(
                (country, statuses, region, area, date),
                (indicator, q, view, compare, zoom, center),
                ((embed, present, card), slide, auto, theme, accent, data, lang, boundaries),
            )| {
                let mut compare_unique = Vec::new();
                for c in compare {
                    if !compare_unique.contains(&c) {
                        compare_unique.push(c);
                    }
                }
                UrlState {
                    country,
                    filter: Filter {
                        statuses,
                        region,
                        area,
                    },
                    date: date.and_then(|(y, m)| match m {
                        0 => Some(PartialDate::year_only(y)),
                        m => PartialDate::year_month(y, m),
                    }),
                    indicator,
                    q,
                    view,
                    compare: compare_unique,
                    zoom: zoom.map(|z| f64::from(z) / 100.0),
                    center: center.map(|(a, o)| (f64::from(a) / 100.0, f64::from(o) / 100.0)),
                    frame: Frame {
                        embed,
                        present,
                        card,
                        slide,
                        auto,
                        theme,
                        accent: accent.map(|(r, g, b)| Rgb(r, g, b)),
                        data,
                        lang,
                        boundaries,
                    },
                }
            },
        )
}

proptest! {
    #[test]
    fn every_key_round_trips(s in arb_state()) {
        let printed = print(&s);
        let (back, warnings) = parse(&printed);
        prop_assert!(warnings.is_empty(), "{:?} from {}", warnings, printed);
        prop_assert_eq!(back, s);
    }

    #[test]
    fn parsing_never_panics(q in ".{0,300}") {
        let _ = parse(&q);
    }
}
