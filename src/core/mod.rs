//! The pure core: data model and validation, membership over time, filtering and search,
//! statistics and the data table, URL state, embedding and presentation tours, projection and
//! SVG path building. No DOM, no
//! Leptos: everything here is tested natively.

pub mod dataset;
pub mod date;
pub mod describe;
pub mod embed;
pub mod export;
pub mod filter;
pub mod format;
pub mod geo;
pub mod import;
pub mod lang;
pub mod membership;
pub mod names;
pub mod roving;
pub mod search;
pub mod stats;
pub mod table;
pub mod tour;
pub mod url;
pub mod validate;
pub mod viewport;
