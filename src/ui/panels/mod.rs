//! The side panels: details of the selected entity, or of the group itself.

pub mod cite;
pub mod details;
pub mod entity_details;
pub mod fact_item;
pub mod group_overview;
pub mod statement;
