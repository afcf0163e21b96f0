//! Fetching text files of the app's own origin with `gloo-net`, with errors a person can act on.

use gloo_net::http::Request;

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
}

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
    let network = |e: gloo_net::Error| FetchError::Network {
        url: url.to_owned(),
        reason: e.to_string(),
    };
    let response = Request::get(url).send().await.map_err(network)?;
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
    let too_large = |size: u64| FetchError::TooLarge {
        url: url.to_owned(),
        size,
        limit,
    };
    let declared = response
        .headers()
        .get("content-length")
        .and_then(|v| v.parse::<u64>().ok());
    if let Some(size) = declared.filter(|&s| s > limit as u64) {
        return Err(too_large(size));
    }
    let text = response.text().await.map_err(network)?;
    if text.len() > limit {
        return Err(too_large(text.len() as u64));
    }
    Ok(text)
}
