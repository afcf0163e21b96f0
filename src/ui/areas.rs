//! The page's screen areas: each an element of the page (by id) and the component that fills
//! it. They are rendered into the page at build time (`ui::prerender`) and mounted over it when
//! the app takes over (`ui::atlas::take_over`), so the two cannot differ. The page's frame
//! (`ui::page::frame`) places an element for each, marked `data-area`.
//!
//! To find where an area is rendered: its id here names its component.

use leptos::prelude::*;

use crate::ui::alerts::LoadAlerts;
use crate::ui::embed::credit::EmbedCredit;
use crate::ui::lang_menu::LanguageMenu;
use crate::ui::legend::LegendOverlay;
use crate::ui::panels::controls::Controls;
use crate::ui::panels::details::DetailsPanel;
use crate::ui::present::tour_panel::TourArea;
use crate::ui::views::view_bar::ViewBar;
use crate::ui::views::ViewsArea;

/// A screen area's component.
pub type Area = fn() -> AnyView;

/// Every area, in the page's order.
pub const AREAS: [(&str, Area); 9] = [
    ("alerts", || view! { <LoadAlerts /> }.into_any()),
    ("lang-links", || view! { <LanguageMenu /> }.into_any()),
    ("controls-body", || view! { <Controls /> }.into_any()),
    ("view-bar", || view! { <ViewBar /> }.into_any()),
    ("legend", || view! { <LegendOverlay /> }.into_any()),
    ("views", || view! { <ViewsArea /> }.into_any()),
    ("details", || view! { <DetailsPanel /> }.into_any()),
    ("tour", || view! { <TourArea /> }.into_any()),
    ("embed-credit", || view! { <EmbedCredit /> }.into_any()),
];
