//! The pure core: data model and validation, membership over time, projection and SVG path
//! building, and text helpers. No DOM, no Leptos: everything here is tested natively.

pub mod dataset;
pub mod date;
pub mod format;
pub mod geo;
pub mod membership;
pub mod validate;
pub mod viewport;
