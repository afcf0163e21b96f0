//! The browser's window, or none: the app's components are also rendered natively at build
//! time (`ui::prerender`), where a call into the browser would panic. Code that may run while
//! a component renders asks here.

pub fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// The page's document.
pub fn document() -> Option<web_sys::Document> {
    window()?.document()
}
