//! The map area: the world map and its legend.

pub mod legend;
pub mod world_map;
