//! The side panels: search, filters, summary and entity list on one side; details of the
//! selected entity, or of the group itself, on the other.

pub mod area_filter;
pub mod cite;
pub mod controls;
pub mod copy_link;
pub mod details;
pub mod entity_details;
pub mod entity_list;
pub mod fact_item;
pub mod filters;
pub mod group_overview;
pub mod indicator_select;
pub mod region_filter;
pub mod result_summary;
pub mod search_box;
pub mod sheet_handle;
pub mod statement;
pub mod status_filter;
pub mod timeline;
