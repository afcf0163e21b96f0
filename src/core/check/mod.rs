//! Load-time checks: a file's text in, the model and every problem (located) out. The reader
//! and the rules of texts and ids are shared by every file the app reads.

pub mod config;
pub mod csv;
pub mod dataset;
pub mod ids;
pub mod names;
pub mod reader;
pub mod text;
pub mod tour;
