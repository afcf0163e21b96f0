//! Presentation mode: the tour's slides beside a full-screen map, driven by a clicker.

mod clicker;
pub mod fullscreen;
pub mod present_button;
pub mod slide_qr;
pub mod tour_panel;
