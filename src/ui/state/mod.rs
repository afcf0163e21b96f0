//! The app's state: a few contexts provided once at the root and read where they are needed.
//! `Data` is what was loaded, `View` mirrors the link (what the visitor chose), `Derived` is
//! computed from both and never stored, and `Page` is how the screen is arranged. The map's own
//! state (zoom, hover, keyboard focus) lives in the map (`ui::map::MapInstrument`).

mod data;
mod derived;
mod page;
mod view;

use leptos::prelude::*;

pub use data::{Data, LeftOut, Load, Overlay};
pub use derived::Derived;
pub use page::{Page, Rails};
pub use view::View;

use crate::core::link::Frame;
use crate::core::model::lang::Lang;

/// Provides every context to the component tree below the caller, starting from `frame` (read
/// from the link before anything loads) and the language the page was opened in.
pub fn provide_state(frame: Frame, browser: Lang) -> (Data, View, Derived, Page) {
    let data = Data::new();
    let view = View::new(frame);
    let derived = Derived::new(data, view, browser);
    let page = Page::new();
    provide_context(data);
    provide_context(view);
    provide_context(derived);
    provide_context(page);
    (data, view, derived, page)
}

pub fn use_data() -> Data {
    expect_context::<Data>()
}

pub fn use_view() -> View {
    expect_context::<View>()
}

pub fn use_derived() -> Derived {
    expect_context::<Derived>()
}

pub fn use_page() -> Page {
    expect_context::<Page>()
}
