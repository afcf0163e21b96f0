//! Text out: numbers and figures, the map as an SVG sheet, the embed snippets, QR codes.

pub mod dom;
pub mod embed;
pub mod first_view;
pub mod format;
pub mod phrases;
pub mod qr;
pub mod sheet;
pub mod words;
