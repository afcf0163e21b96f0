//! Embedding on other sites: the height messages, the credit line, and the dialog that gives
//! the links and snippets.

pub mod credit;
pub mod height;
pub mod share_dialog;
