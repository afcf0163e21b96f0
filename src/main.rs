use leptos::mount::{mount_to, mount_to_body};
use sse_atlas::App;
use wasm_bindgen::JsCast;

fn main() {
    sse_atlas::ui::crash::install_panic_hook();
    // index.html holds the static header and an #app element for the rest of the page.
    let app = leptos::prelude::document()
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<leptos::web_sys::HtmlElement>().ok());
    match app {
        Some(el) => mount_to(el, App).forget(),
        None => mount_to_body(App),
    }
}
