//! What the page as it arrives hands to the app when the app takes over: why the app loaded
//! and what the visitor did meanwhile (`Intent`, the pending queue), the dataset text already
//! fetched, the drawers open, the files chosen or dropped, and the fold buttons that work in
//! both. A leaf: the first view (`ui::first`) and the app (`ui::atlas`) both depend on it,
//! never on each other through it.

mod drop;
mod folds;

use std::cell::RefCell;

use crate::core::model::lang::Lang;
use crate::ui::map::Listener;

pub use drop::{chosen, dropped, hand_over_chosen, handler_set, set_handler};
pub use folds::{listen as listen_folds, unfold};

/// What the first view hands to the rest of the app when it loads.
#[derive(Clone, Debug, Default)]
pub struct Handoff {
    /// Why the app was loaded, and what to do first.
    pub intent: Intent,
    /// The built-in dataset's text when the first view fetched it already, or why it did not come.
    pub dataset: Option<Result<String, String>>,
}

/// Why the rest of the app loads, or what it should do once it has.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Intent {
    /// The link asks for a view the first view does not show (or the page has none).
    #[default]
    Link,
    /// The dataset is not the one the first view was written from.
    Stale,
    /// A shape was chosen on the map.
    Select(String),
    /// A button of the first view was clicked: click its live twin (same id).
    Click(String),
    /// A language was picked in the menu.
    Lang(Lang),
    /// The visitor began to use a part that needs the app (the search, a drawer).
    Engaged,
}

/// The intents not carried out yet.
pub type Pending = Vec<Intent>;

thread_local! {
    static PENDING: RefCell<Pending> = const { RefCell::new(Vec::new()) };
    /// The first view's listeners for actions that need the app: dropped at take-over.
    static LISTENERS: RefCell<Vec<Listener>> = const { RefCell::new(Vec::new()) };
    /// The drawers open in the first view, while the app takes over (`None` before and after).
    static OPEN: RefCell<Option<Vec<String>>> = const { RefCell::new(None) };
}

/// Keeps the first view's listeners until the app takes over.
pub fn keep_listeners(listeners: Vec<Listener>) {
    LISTENERS.with(|l| *l.borrow_mut() = listeners);
}

pub fn push(intent: Intent) {
    PENDING.with(|p| {
        let mut p = p.borrow_mut();
        // A later click on the same kind of thing replaces an earlier one.
        p.retain(|i| std::mem::discriminant(i) != std::mem::discriminant(&intent));
        p.push(intent);
    });
}

/// The first intent (the reason the app loaded), left in place.
pub fn take_first() -> Intent {
    PENDING.with(|p| p.borrow().first().cloned().unwrap_or_default())
}

/// The country chosen before the app took over, if any, left in place.
pub fn pending_selection() -> Option<String> {
    PENDING.with(|p| {
        p.borrow().iter().find_map(|i| match i {
            Intent::Select(id) => Some(id.clone()),
            _ => None,
        })
    })
}

/// A country chosen on the live map: one chosen before the app took over is not carried out
/// after it (the take-over would otherwise end on the earlier choice).
pub fn forget_selection() {
    PENDING.with(|p| p.borrow_mut().retain(|i| !matches!(i, Intent::Select(_))));
}

/// Every intent not carried out yet; the first view stops listening.
pub fn take_pending() -> Pending {
    LISTENERS.with(|l| l.borrow_mut().clear());
    PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()))
}

/// Whether the first view showed the drawer `id` open, while the app takes over: the live
/// drawer starts so, with its contents built (a file chosen there is handed over at once).
pub fn open_in_first_view(id: &str) -> Option<bool> {
    OPEN.with(|o| o.borrow().as_ref().map(|open| open.iter().any(|d| d == id)))
}

/// The drawers open in the first view, during the take-over (`None` once it is done).
pub fn set_open(open: Option<Vec<String>>) {
    OPEN.with(|o| *o.borrow_mut() = open);
}
