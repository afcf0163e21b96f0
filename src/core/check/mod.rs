//! Load-time checks: a file's text in, the model or every problem (located) out.

pub mod config;
pub mod csv;
pub mod dataset;
pub mod names;
pub mod tour;
