//! Embedding on other sites: the height messages, the credit line, the dialog that gives the
//! links and snippets, and the QR code of a link.

pub mod credit;
pub mod height;
pub mod qr_code;
pub mod share_dialog;
pub mod share_qr;
