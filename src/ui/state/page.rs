//! How the screen is arranged: whether the link has been applied, the side rails, offline use.

use leptos::prelude::*;

/// Which side rails are folded away (desktop); the map takes their room.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rails {
    pub controls_folded: bool,
    pub details_folded: bool,
}

#[derive(Clone, Copy)]
pub struct Page {
    /// Set once the link's state has been applied: the screen areas wait for it, so that a
    /// permalink opens on its own view rather than animating there.
    pub ready: RwSignal<bool>,
    /// Whether a service worker has stored the app for use offline.
    pub offline_ready: RwSignal<bool>,
    pub rails: RwSignal<Rails>,
    /// Bumped each time the map's view comes to rest (the link may be written).
    pub settled: RwSignal<u32>,
    /// While the app takes over the first view (`ui::atlas::take_over`): what the visitor did
    /// there is carried into the state area by area, and written to the link once it is all in.
    pub taking: RwSignal<bool>,
}

impl Page {
    pub fn new() -> Self {
        Self {
            ready: RwSignal::new(false),
            offline_ready: RwSignal::new(false),
            rails: RwSignal::new(Rails::default()),
            settled: RwSignal::new(0),
            taking: RwSignal::new(false),
        }
    }
}

impl Default for Page {
    fn default() -> Self {
        Self::new()
    }
}
