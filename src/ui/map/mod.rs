//! The map area: the world map, its gestures and camera, markers, tooltip, controls, legend.

pub mod camera;
pub mod choropleth_legend;
pub mod gestures;
pub mod legend;
pub mod map_description;
pub mod markers;
pub mod tooltip;
pub mod world_map;
pub mod zoom_controls;
