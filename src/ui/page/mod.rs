//! The page's frame around its screen areas (`ui::areas`): skip links, header, the layout,
//! the map's frame and footer. Rendered once at build time, in every UI language
//! (`ui::prerender`); the app then mounts each area over its place, and takes the map's frame
//! over (`ui::map`), or mounts the map's frame itself where the page came without one.

pub mod each;
#[cfg(feature = "prerender")]
pub mod frame;
pub mod map_frame;
pub mod patterns;
