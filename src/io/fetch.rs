//! Fetching text files of the app's own origin with `gloo-net`, with errors a person can act on.

use std::cell::Cell;
use std::rc::Rc;

use gloo_net::http::Request;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a file could not be fetched.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("could not load {url}: {reason}")]
    Network { url: String, reason: String },
    #[error("could not load {url}: the server answered {status} {status_text}")]
    Status {
        url: String,
        status: u16,
        status_text: String,
    },
    #[error("{url} was refused: the server redirected it to {to}, which is not an allowed origin")]
    Redirected { url: String, to: String },
    #[error("{url} is {size} bytes; the limit is {limit} bytes")]
    TooLarge {
        url: String,
        size: u64,
        limit: usize,
    },
    /// The body grew past the limit while being read (its size was not declared, or it was
    /// compressed).
    #[error("{url} is larger than the limit of {limit} bytes")]
    TooLargeWhileReading { url: String, limit: usize },
    #[error("{url} did not arrive within {seconds} s: check the connection and reload the page")]
    TimedOut { url: String, seconds: u32 },
}

/// Longest wait for a file, headers and body together: past it the request is aborted and the
/// page says so, instead of "Loading…" for ever. Generous, for the 1.9 MB detailed boundaries on
/// a slow phone connection.
pub const TIMEOUT_SECONDS: u32 = 60;

/// GETs `url` (relative to the page, so the app works from any sub-path) as text, refusing
/// bodies over `limit` bytes before reading them when the server says their size.
pub async fn fetch_text(url: &str, limit: usize) -> Result<String, FetchError> {
    fetch_text_checked(url, limit, &|_| true).await
}

/// Like [`fetch_text`], but a redirect must end at an address `allowed` accepts: a check of
/// the first address alone would let any open redirect of an allowed site through.
pub async fn fetch_text_checked(
    url: &str,
    limit: usize,
    allowed: &dyn Fn(&str) -> bool,
) -> Result<String, FetchError> {
    let controller = web_sys::AbortController::new().ok();
    let timed_out = Rc::new(Cell::new(false));
    let timer = controller
        .as_ref()
        .and_then(|c| Timer::start(c.clone(), timed_out.clone()));
    let result = fetch_within(url, limit, allowed, controller.as_ref()).await;
    drop(timer);
    match result {
        Err(FetchError::Network { .. }) if timed_out.get() => Err(FetchError::TimedOut {
            url: url.to_owned(),
            seconds: TIMEOUT_SECONDS,
        }),
        other => other,
    }
}

/// The pending abort of a request, cleared when dropped (when the fetch ends first). Its
/// closure is handed over to JavaScript (`once_into_js`) rather than dropped with the timer:
/// a cleared timer then leaks one small closure per fetch (a handful per page), but no timer
/// shim can ever call a freed closure, which throws in the page.
struct Timer {
    id: i32,
}

impl Timer {
    fn start(controller: web_sys::AbortController, flag: Rc<Cell<bool>>) -> Option<Self> {
        let abort = Closure::once_into_js(move || {
            flag.set(true);
            controller.abort();
        });
        let id = web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                abort.unchecked_ref(),
                TIMEOUT_SECONDS as i32 * 1000,
            )
            .ok()?;
        Some(Self { id })
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            w.clear_timeout_with_handle(self.id);
        }
    }
}

async fn fetch_within(
    url: &str,
    limit: usize,
    allowed: &dyn Fn(&str) -> bool,
    controller: Option<&web_sys::AbortController>,
) -> Result<String, FetchError> {
    let network = |reason: String| FetchError::Network {
        url: url.to_owned(),
        reason,
    };
    let response = Request::get(url)
        .abort_signal(controller.map(|c| c.signal()).as_ref())
        .send()
        .await
        .map_err(|e| network(e.to_string()))?;
    if response.redirected() && !allowed(&response.url()) {
        return Err(FetchError::Redirected {
            url: url.to_owned(),
            to: response.url(),
        });
    }
    if !response.ok() {
        return Err(FetchError::Status {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let declared = response
        .headers()
        .get("content-length")
        .and_then(|v| v.parse::<u64>().ok());
    if let Some(size) = declared.filter(|&s| s > limit as u64) {
        return Err(FetchError::TooLarge {
            url: url.to_owned(),
            size,
            limit,
        });
    }
    let Some(body) = response.body() else {
        return Ok(String::new());
    };
    let bytes = read_at_most(body, limit).await.map_err(|e| match e {
        ReadError::TooLarge => FetchError::TooLargeWhileReading {
            url: url.to_owned(),
            limit,
        },
        ReadError::Failed(reason) => network(reason),
    })?;
    // As the browser's own text decoding does (a byte order mark is left to the parsers).
    // A valid file (the usual case) becomes the string without a copy.
    Ok(String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// Why a body was not read.
pub enum ReadError {
    /// It passed the limit.
    TooLarge,
    Failed(String),
}

/// Reads a body chunk by chunk and stops as soon as it passes `limit` bytes: the declared size
/// is that of the compressed body, so a small gzip of 50 MB of spaces passes that check, and
/// `Response.text()` would inflate all of it into memory first.
/// The chunks stay in JavaScript until the end, then go into one buffer of the body's exact
/// size: grown chunk by chunk (or reserved at the declared size, which a compressed body's
/// is not), a 2.7 MB body served with gzip was copied into ever larger buffers, the last two
/// alive together, and the page's memory kept their peak (measured: 11.7 MiB in all, 10.3 now).
pub async fn read_at_most(
    body: web_sys::ReadableStream,
    limit: usize,
) -> Result<Vec<u8>, ReadError> {
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let failed = |e: JsValue| {
        ReadError::Failed(
            js_sys::Reflect::get(&e, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
                .unwrap_or_else(|| "the connection was lost".to_owned()),
        )
    };
    let mut chunks = Vec::new();
    let mut total = 0usize;
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(failed)?;
        let done = js_sys::Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|d| d.as_bool());
        match done {
            Some(true) => break,
            Some(false) => {}
            None => return Err(ReadError::Failed("the body could not be read".to_owned())),
        }
        let Ok(value) = js_sys::Reflect::get(&chunk, &"value".into()) else {
            return Err(ReadError::Failed("the body could not be read".to_owned()));
        };
        let value = js_sys::Uint8Array::new(&value);
        total += value.length() as usize;
        if total > limit {
            let _ = reader.cancel();
            return Err(ReadError::TooLarge);
        }
        chunks.push(value);
    }
    let mut bytes = Vec::with_capacity(total);
    for chunk in chunks {
        // Through a chunk-sized copy: `resize` then `copy_to` wrote every byte twice (~45 ms
        // of a 2.7 MB body at 4x CPU), and writing into the spare capacity needs `unsafe`.
        bytes.extend_from_slice(&chunk.to_vec());
    }
    Ok(bytes)
}
