use super::*;

fn down(g: &mut Gesture, id: i32, x: f64, y: f64, pointer: Pointer) -> Vec<Action> {
    g.feed(Input::Down {
        id,
        x,
        y,
        pointer,
        secondary: false,
    })
    .0
}
fn mv(g: &mut Gesture, id: i32, x: f64, y: f64, pointer: Pointer) -> Vec<Action> {
    g.feed(Input::Move { id, x, y, pointer }).0
}
fn up(g: &mut Gesture, id: i32, x: f64, y: f64, pointer: Pointer, t: f64) -> Vec<Action> {
    g.feed(Input::Up {
        id,
        x,
        y,
        pointer,
        t,
    })
    .0
}

#[test]
fn a_press_that_moves_is_a_drag_and_its_click_selects_nothing() {
    let mut g = Gesture::default();
    assert_eq!(
        down(&mut g, 1, 10.0, 10.0, Pointer::Mouse),
        [Action::Cancel]
    );
    assert!(
        mv(&mut g, 1, 12.0, 11.0, Pointer::Mouse).is_empty(),
        "under the threshold"
    );
    assert_eq!(
        mv(&mut g, 1, 20.0, 10.0, Pointer::Mouse),
        [
            Action::Capture(1),
            Action::HideTooltip,
            Action::Pan { dx: 8.0, dy: -1.0 }
        ]
    );
    assert!(up(&mut g, 1, 20.0, 10.0, Pointer::Mouse, 0.0).is_empty());
    assert!(g.feed(Input::Click { x: 20.0, y: 10.0 }).0.is_empty());
    // The next click is a selection again.
    assert_eq!(
        g.feed(Input::Click { x: 5.0, y: 5.0 }).0,
        [Action::Select { x: 5.0, y: 5.0 }]
    );
}

#[test]
fn hover_is_for_mice_and_pens() {
    let mut g = Gesture::default();
    assert_eq!(
        mv(&mut g, 1, 3.0, 4.0, Pointer::Pen),
        [Action::Hover { x: 3.0, y: 4.0 }]
    );
    assert!(mv(&mut g, 2, 3.0, 4.0, Pointer::Touch).is_empty());
    assert!(down(&mut g, 3, 0.0, 0.0, Pointer::Mouse).len() == 1);
    let secondary = g.feed(Input::Down {
        id: 4,
        x: 0.0,
        y: 0.0,
        pointer: Pointer::Mouse,
        secondary: true,
    });
    assert!(secondary.0.is_empty(), "a right click is not a gesture");
}

#[test]
fn taps_show_the_tooltip_and_a_double_tap_zooms() {
    let mut g = Gesture::default();
    down(&mut g, 1, 50.0, 50.0, Pointer::Touch);
    assert_eq!(
        up(&mut g, 1, 50.0, 50.0, Pointer::Touch, 1000.0),
        [Action::Hover { x: 50.0, y: 50.0 }]
    );
    down(&mut g, 2, 55.0, 52.0, Pointer::Touch);
    assert_eq!(
        up(&mut g, 2, 55.0, 52.0, Pointer::Touch, 1200.0),
        [Action::ZoomAt {
            factor: 2.0,
            x: 55.0,
            y: 52.0,
            animate: true
        }]
    );
    // The browser's dblclick for the same taps is ignored.
    let (actions, prevent) = g.feed(Input::DoubleClick {
        x: 55.0,
        y: 52.0,
        shift: false,
        t: 1300.0,
    });
    assert!(actions.is_empty() && prevent);
    // A later double click zooms; Shift zooms out.
    let (actions, _) = g.feed(Input::DoubleClick {
        x: 1.0,
        y: 2.0,
        shift: true,
        t: 5000.0,
    });
    assert_eq!(
        actions,
        [Action::ZoomAt {
            factor: 0.5,
            x: 1.0,
            y: 2.0,
            animate: true
        }]
    );
}

#[test]
fn two_fingers_pinch_and_pan() {
    let mut g = Gesture::default();
    down(&mut g, 1, 0.0, 0.0, Pointer::Touch);
    assert_eq!(
        down(&mut g, 2, 100.0, 0.0, Pointer::Touch),
        [Action::Cancel, Action::Capture(2)]
    );
    assert_eq!(
        mv(&mut g, 2, 200.0, 0.0, Pointer::Touch),
        [
            Action::ZoomAt {
                factor: 2.0,
                x: 100.0,
                y: 0.0,
                animate: false
            },
            Action::Pan { dx: 50.0, dy: 0.0 }
        ]
    );
    up(&mut g, 2, 200.0, 0.0, Pointer::Touch, 0.0);
    assert!(
        up(&mut g, 1, 0.0, 0.0, Pointer::Touch, 10.0).is_empty(),
        "the end of a pinch is not a tap"
    );
}

#[test]
fn embedded_one_finger_and_a_plain_wheel_belong_to_the_page() {
    let mut g = Gesture::new(Context {
        embedded: true,
        ..Context::default()
    });
    down(&mut g, 1, 0.0, 0.0, Pointer::Touch);
    assert_eq!(
        mv(&mut g, 1, 0.0, 40.0, Pointer::Touch),
        [Action::Hint(Hint::TwoFingers)]
    );
    assert!(mv(&mut g, 1, 0.0, 80.0, Pointer::Touch).is_empty(), "once");
    let wheel = |ctrl, meta| Input::Wheel {
        dy: 100.0,
        mode: 0,
        ctrl,
        meta,
        x: 0.0,
        y: 0.0,
    };
    assert_eq!(
        g.feed(wheel(false, false)),
        (vec![Action::Hint(Hint::CtrlScroll)], false)
    );
    let (actions, prevent) = g.feed(wheel(true, false));
    assert!(prevent);
    assert!(matches!(actions[..], [Action::ZoomAt { factor, .. }] if factor == 0.5));
    g.context.mac = true;
    assert_eq!(
        g.feed(wheel(false, false)).0,
        [Action::Hint(Hint::CmdScroll)]
    );
}

#[test]
fn wheel_deltas_zoom_like_d3() {
    let mut g = Gesture::default();
    let zoom = |g: &mut Gesture, dy, mode| match &g
        .feed(Input::Wheel {
            dy,
            mode,
            ctrl: false,
            meta: false,
            x: 0.0,
            y: 0.0,
        })
        .0[..]
    {
        [Action::ZoomAt { factor, .. }] => *factor,
        other => panic!("{other:?}"),
    };
    assert!((zoom(&mut g, -500.0, 0) - 2.0).abs() < 1e-12);
    assert!((zoom(&mut g, 20.0, 1) - 0.5).abs() < 1e-12);
    assert!(g
        .feed(Input::Wheel {
            dy: f64::NAN,
            mode: 0,
            ctrl: false,
            meta: false,
            x: 0.0,
            y: 0.0
        })
        .0
        .is_empty());
}

#[test]
fn keys() {
    let mut g = Gesture::default();
    let key = |g: &mut Gesture, k: &str, shift: bool| {
        g.feed(Input::Key {
            key: k.into(),
            shift,
            command: false,
        })
        .0
    };
    assert_eq!(
        key(&mut g, "ArrowRight", false),
        [Action::Roving(Move::Next)]
    );
    assert_eq!(key(&mut g, "ArrowRight", true), [Action::PanBy(0.125, 0.0)]);
    assert_eq!(key(&mut g, "+", false), [Action::ZoomBy(1.5)]);
    assert_eq!(key(&mut g, "0", false), [Action::Reset]);
    assert_eq!(key(&mut g, "Enter", false), [Action::Activate]);
    assert_eq!(key(&mut g, "Escape", false), [Action::Escape]);
    assert!(key(&mut g, "a", false).is_empty());
    g.context.present = true;
    assert!(key(&mut g, "ArrowRight", false).is_empty(), "the clicker's");
    assert!(key(&mut g, "Escape", false).is_empty());
    assert!(g
        .feed(Input::Key {
            key: "+".into(),
            shift: false,
            command: true
        })
        .0
        .is_empty());
}

#[test]
fn an_older_hint_never_clears_a_newer_one() {
    let mut clock = HintClock::default();
    assert!(clock.show(Hint::CtrlScroll, 0.0));
    assert!(!clock.show(Hint::CtrlScroll, 100.0), "already showing");
    assert!(clock.show(Hint::TwoFingers, 1000.0));
    // The first hint's time is over at 1500; the second shows until 2500.
    assert_eq!(clock.at(1600.0), Some(Hint::TwoFingers));
    assert_eq!(clock.at(2600.0), None);
}
