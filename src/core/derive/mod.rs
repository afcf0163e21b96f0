//! What the page shows, derived from the model and the visitor's choices.

pub mod card;
pub mod describe;
pub mod filter;
pub mod look;
pub mod membership;
pub mod search;
pub mod stats;
pub mod table;
