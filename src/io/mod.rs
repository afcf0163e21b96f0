//! Talking to the outside world: fetching the app's own files and saving downloads. Nothing
//! here leaves the origin.

pub mod clipboard;
pub mod download;
pub mod fetch;
pub mod offline;
