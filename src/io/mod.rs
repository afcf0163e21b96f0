//! Talking to the outside world: fetching the app's own files. Nothing here leaves the origin.

pub mod fetch;
