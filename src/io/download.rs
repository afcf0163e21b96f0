//! Saving text the app made (the table's CSV) as a file, without a server round trip.

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

/// Offers `text` as a download named `filename`. Returns why it failed, for the page.
pub fn save_text(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let err = |e: JsValue| format!("{e:?}");
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(err)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(err)?;
    let document = leptos::prelude::document();
    let a = document
        .create_element("a")
        .map_err(err)?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| "no anchor element".to_owned())?;
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    // Some browsers read the object URL after the click returns: free it a little later.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(2),
    );
    Ok(())
}
