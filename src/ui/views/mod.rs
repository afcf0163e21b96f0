//! The main view area: the map (with its legend), the data table or the comparison chart.

pub mod chart_view;
pub mod export_menu;
pub mod import_figures;
pub mod main_view;
pub mod table_view;
pub mod view_tabs;
