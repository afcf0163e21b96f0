//! The page's frame around its screen areas (`ui::areas`): skip links, header, the layout,
//! the map's frame and footer. Rendered once at build time, in every UI language
//! (`ui::prerender`); the app then mounts each area over its place, and takes the map's frame
//! over (`ui::map`). The patterns are also the legends' and the instrument's.

#[cfg(feature = "prerender")]
pub mod each;
#[cfg(feature = "prerender")]
pub mod frame;
#[cfg(feature = "prerender")]
pub mod map_frame;
pub mod patterns;
