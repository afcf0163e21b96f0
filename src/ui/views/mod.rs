//! The main view's tools and its other views: the view switch and sharing tools above the
//! map (`view_bar`), the data table and the comparison chart (each its own chunk), the
//! downloads, and the visitor's own data.

pub mod chart_view;
pub mod export_menu;
pub mod import_figures;
pub mod open_dataset;
pub mod table_view;
pub mod view_bar;
pub mod your_data;

use leptos::prelude::*;

use crate::core::link::View as Tab;
use crate::ui::lazy::lazy_view;
use crate::ui::state::use_view;

#[cfg_attr(feature = "split", lazy)]
async fn table_chunk() -> AnyView {
    view! { <table_view::TableView /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn chart_chunk() -> AnyView {
    view! { <chart_view::ChartView /> }.into_any()
}

/// The table or the chart, in place of the map's stage when chosen.
#[component]
pub fn ViewsArea() -> impl IntoView {
    let view = use_view();
    Effect::new(move || {
        let shown = view.tab.get() != Tab::Map;
        if let Some(el) = crate::ui::map::svg::document().and_then(|d| d.get_element_by_id("views"))
        {
            let _ = el.toggle_attribute_with_force("hidden", !shown);
        }
    });
    move || match view.tab.get() {
        Tab::Map => ().into_any(),
        Tab::Table => lazy_view(table_chunk).into_any(),
        Tab::Chart => lazy_view(chart_chunk).into_any(),
    }
}

/// The file chosen in the file input that fired `ev`; the input is emptied, so that choosing
/// the same file again (after editing it) fires `change` again.
pub fn chosen_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    use wasm_bindgen::JsCast;
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files().and_then(|f| f.get(0))?;
    input.set_value("");
    Some(file)
}
