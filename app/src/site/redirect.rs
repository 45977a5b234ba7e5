//! Telling a plain HTML form post (no JavaScript), which is redirected to the page that
//! shows the result, from the app's own call, which stays where the reader is and updates
//! in place, so that open forms, focus and scroll position are kept.

/// Whether the request asked for a page (a browser's form post) rather than data (the
/// app's server function call, which asks for JSON).
#[cfg(feature = "ssr")]
pub fn is_plain_post() -> bool {
    leptos::prelude::use_context::<http::request::Parts>().is_some_and(|parts| {
        parts
            .headers
            .get(http::header::ACCEPT)
            .and_then(|accept| accept.to_str().ok())
            .is_some_and(|accept| accept.contains("text/html"))
    })
}
