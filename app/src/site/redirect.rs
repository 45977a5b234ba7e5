//! Where a form goes after it succeeded. A plain HTML post (no JavaScript) is sent to the
//! page that shows the result; the running app instead stays where the reader is and
//! updates in place, so that open forms, focus and scroll position are kept.

/// Redirects to `href` if this request is a plain form post from a browser without
/// JavaScript; does nothing for the app's own calls.
#[cfg(feature = "ssr")]
pub fn for_plain_post(href: &str) {
    if is_plain_post() {
        leptos_axum::redirect(href);
    }
}

/// Whether the request asked for a page (a browser's form post) rather than data (the
/// app's server function call, which asks for JSON).
#[cfg(feature = "ssr")]
fn is_plain_post() -> bool {
    leptos::prelude::use_context::<http::request::Parts>().is_some_and(|parts| {
        parts
            .headers
            .get(http::header::ACCEPT)
            .and_then(|accept| accept.to_str().ok())
            .is_some_and(|accept| accept.contains("text/html"))
    })
}
