//! The data's types: the dataset as the app uses it, dates as sources give them, the UI
//! languages and the themes.

pub mod dataset;
pub mod date;
pub mod lang;
pub mod theme;
