use super::*;
use proptest::prelude::*;

const GOOD: &str = r#"{
    "format": "sse-atlas-tour/1",
    "title": "The first meeting",
    "slides": [
        {"title": "The group", "caption": "Founded in November 2013.", "source": "ungls-2014", "view": "date=2014-09"},
        {"title": "Interested", "caption": "Senegal, Mali and Togo.", "view": "date=2014-09&status=interested"}
    ]
}"#;

#[test]
fn a_good_tour_reads() {
    let tour = parse_tour(GOOD).expect("valid tour");
    assert_eq!(tour.slides.len(), 2);
    assert_eq!(tour.slides[1].view.filter.statuses.len(), 1);
    assert_eq!(tour.slides[0].source.as_deref(), Some("ungls-2014"));
}

#[test]
fn every_problem_is_reported_with_its_path() {
    let bad = r#"{"format": "x", "slides": [
        {"title": "", "caption": 3, "view": "date=2014-13&zoom=99", "extra": 1},
        "oops",
        {"caption": "no title"}
    ]}"#;
    let problems = parse_tour(bad).expect_err("invalid");
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    for expected in [
        "format: must be \"sse-atlas-tour/1\"",
        "title: missing required field",
        "slides[0].title: must not be empty",
        "slides[0].caption: expected a string, got 3",
        "slides[1]: expected an object, got \"oops\"",
        "slides[2].title: missing required field",
    ] {
        assert!(
            text.iter().any(|t| t == expected),
            "{expected} not in {text:#?}"
        );
    }
    assert!(text
        .iter()
        .any(|t| t.starts_with("slides[0].view: URL parameter date=")));
    assert!(text
        .iter()
        .any(|t| t.starts_with("slides[0].view: URL parameter zoom=")));
    assert!(text
        .iter()
        .any(|t| t.starts_with("slides[0].extra: unknown field")));
    assert!(parse_tour("{").is_err());
    assert!(parse_tour(&" ".repeat(MAX_TOUR_BYTES + 1)).is_err());
}

#[test]
fn a_null_title_or_caption_is_reported_not_dropped() {
    let tour = GOOD.replace("\"title\": \"The group\"", "\"title\": null");
    let problems = parse_tour(&tour).expect_err("refused");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "slides[0].title");
    let tour = GOOD.replace(
        "\"caption\": \"Senegal, Mali and Togo.\"",
        "\"caption\": null",
    );
    let problems = parse_tour(&tour).expect_err("refused");
    assert_eq!(problems[0].path, "slides[1].caption");
}

#[test]
fn clicker_keys_move_through_the_deck() {
    let mut deck = Deck::new(3, Some(2));
    assert_eq!(deck.number(), 2);
    for key in ["PageDown", "ArrowRight", " "] {
        let mut d = deck;
        d.apply(command_for_key(key).expect("a command"));
        assert_eq!(d.number(), 3, "{key}");
    }
    deck.apply(Command::Last);
    deck.apply(Command::Next);
    assert_eq!(deck.number(), 3, "stays on the last slide");
    deck.apply(Command::Blank);
    assert!(deck.blank);
    deck.apply(Command::Previous);
    assert!(!deck.blank);
    assert_eq!(deck.number(), 3, "unblanking does not move");
    deck.apply(command_for_key("Home").expect("Home"));
    assert_eq!(deck.number(), 1);
    assert_eq!(command_for_key("x"), None);
    assert_eq!(Deck::new(3, Some(99)).number(), 3);
    assert_eq!(Deck::new(3, Some(0)).number(), 1);
}

proptest! {
    #[test]
    fn the_deck_stays_in_range(len in 1usize..20, start in 0usize..30, keys in proptest::collection::vec(0u8..5, 0..40)) {
        let mut deck = Deck::new(len, Some(start));
        for k in keys {
            deck.apply([Command::Next, Command::Previous, Command::First, Command::Last, Command::Blank][usize::from(k)]);
            prop_assert!(deck.index() < len);
        }
    }

    #[test]
    fn tour_parsing_never_panics(s in ".{0,200}") {
        let _ = parse_tour(&s);
    }
}
