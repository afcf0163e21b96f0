//! Saving what the app made (the table's CSV, the map as SVG or PNG) as a file, without a
//! server round trip.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

fn err(e: JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| "the browser refused".into())
}

fn text_blob(mime: &str, text: &str) -> Result<web_sys::Blob, String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(err)
}

/// Offers `blob` as a download named `filename`. Returns why it failed, for the page.
pub fn save_blob(filename: &str, blob: &web_sys::Blob) -> Result<(), String> {
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(err)?;
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

/// Offers `text` as a download named `filename`.
pub fn save_text(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    save_blob(filename, &text_blob(mime, text)?)
}

/// Draws an SVG document of `width` × `height` CSS px onto a canvas at `scale` and offers
/// the PNG. The document must not reference other files (a canvas would refuse to export).
pub async fn save_png(
    filename: &str,
    svg: &str,
    width: f64,
    height: f64,
    scale: f64,
) -> Result<(), String> {
    let document = leptos::prelude::document();
    let blob = text_blob("image/svg+xml;charset=utf-8", svg)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(err)?;
    let image = web_sys::HtmlImageElement::new().map_err(err)?;
    image.set_src(&url);
    let decoded = JsFuture::from(image.decode()).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    decoded.map_err(err)?;
    let canvas = document
        .create_element("canvas")
        .map_err(err)?
        .dyn_into::<web_sys::HtmlCanvasElement>()
        .map_err(|_| "no canvas element".to_owned())?;
    canvas.set_width((width * scale).ceil() as u32);
    canvas.set_height((height * scale).ceil() as u32);
    let context = canvas
        .get_context("2d")
        .map_err(err)?
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        .ok_or("no 2D canvas")?;
    context.scale(scale, scale).map_err(err)?;
    context
        .draw_image_with_html_image_element(&image, 0.0, 0.0)
        .map_err(err)?;
    // `toBlob` takes a callback: turn it into a promise to await.
    let png = JsFuture::from(js_sys::Promise::new(&mut |resolve, reject| {
        let done = Closure::once_into_js(move |b: JsValue| {
            let _ = if b.is_null() {
                reject.call1(&JsValue::NULL, &"the canvas could not be encoded".into())
            } else {
                resolve.call1(&JsValue::NULL, &b)
            };
        });
        let _ = canvas.to_blob_with_type(done.unchecked_ref(), "image/png");
    }))
    .await
    .map_err(err)?;
    save_blob(filename, png.unchecked_ref())
}
