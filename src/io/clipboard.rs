//! Copying text to the clipboard, where the browser allows it.

use wasm_bindgen_futures::JsFuture;

/// Copies `text`; the error says what to do instead, for the page.
pub async fn copy_text(text: &str) -> Result<(), String> {
    // `navigator.clipboard` is undefined outside secure contexts (plain http on a LAN).
    let navigator = leptos::prelude::window().navigator();
    let available =
        js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined());
    if !available {
        return Err("Copying is not available here; select the text and copy it.".into());
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .map(drop)
        .map_err(|_| "Copying was refused; select the text and copy it.".into())
}
