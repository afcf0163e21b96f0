//! Text out: numbers and figures, the map as an SVG sheet, the result list's rows, the embed
//! snippets, QR codes.

pub mod dom;
pub mod embed;
pub mod first_view;
pub mod format;
pub mod legend;
pub mod list;
pub mod phrases;
pub mod qr;
pub mod sheet;
pub mod words;
