//! The hints over the map ("Use two fingers…"), one at a time.

use super::Hint;

/// The hint shown over the map, and until when: a newer hint replaces an older one, and the
/// older one's time running out does not clear the newer.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct HintClock {
    shown: Option<(Hint, f64)>,
}

/// How long a hint shows, in milliseconds.
pub const HINT_MS: f64 = 1500.0;

impl HintClock {
    /// Shows `hint` from `now`; `false` when it already shows (nothing to do).
    pub fn show(&mut self, hint: Hint, now: f64) -> bool {
        let already = self
            .shown
            .is_some_and(|(h, until)| h == hint && now < until);
        if !already {
            self.shown = Some((hint, now + HINT_MS));
        }
        !already
    }

    /// The hint showing at `now`, clearing one whose time is over.
    pub fn at(&mut self, now: f64) -> Option<Hint> {
        match self.shown {
            Some((h, until)) if now < until => Some(h),
            _ => {
                self.shown = None;
                None
            }
        }
    }
}
