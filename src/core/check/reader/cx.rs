//! What a reading of one file keeps as it goes: its problems, the parts being read, the ids
//! that references must resolve to.

use std::cell::RefCell;
use std::collections::HashSet;

use super::Problem;

/// The reading of one file: its problems, the parts being read, and the ids that references
/// must resolve to (collected before the parts that use them).
#[derive(Default)]
pub struct Cx {
    problems: RefCell<Vec<Problem>>,
    /// One flag per part being read, innermost last: whether it has a problem.
    parts: RefCell<Vec<bool>>,
    left_out: RefCell<usize>,
    pub sources: RefCell<HashSet<String>>,
    pub indicators: RefCell<HashSet<String>>,
    pub areas: RefCell<HashSet<String>>,
}

impl Cx {
    /// A problem that makes the part being read unusable: it is left out.
    pub fn report(&self, path: &str, message: impl Into<String>) {
        self.note(path, message);
        if let Some(bad) = self.parts.borrow_mut().last_mut() {
            *bad = true;
        }
    }

    /// A problem whose value is ignored, while the part that holds it is kept (an unknown
    /// field, a reference that leads nowhere in a list of further sources).
    pub fn note(&self, path: &str, message: impl Into<String>) {
        let path = if path.is_empty() { "(top level)" } else { path };
        self.problems.borrow_mut().push(Problem {
            path: path.to_owned(),
            message: message.into(),
        });
    }

    /// Reads one part of the file with `read`: `None` (left out) if it had a problem of its
    /// own. A problem in a part within it leaves out only that inner part.
    pub fn part<T>(&self, read: impl FnOnce() -> Option<T>) -> Option<T> {
        self.parts.borrow_mut().push(false);
        let value = read();
        let bad = self.parts.borrow_mut().pop().unwrap_or(true);
        // Left out is what had a problem; an optional part that is absent is just absent.
        if bad {
            *self.left_out.borrow_mut() += 1;
            None
        } else {
            value
        }
    }

    /// Every problem, in the order found.
    pub fn problems(&self) -> Vec<Problem> {
        self.problems.borrow().clone()
    }

    /// How many parts were left out.
    pub fn left_out(&self) -> usize {
        *self.left_out.borrow()
    }
}
