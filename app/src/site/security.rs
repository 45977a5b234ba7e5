//! The Content Security Policy. A page may run only the scripts leptos wrote into it, each
//! carrying the page's nonce (and what those load: `'strict-dynamic'`), and may compile the
//! WebAssembly bundle; no plugins, no `<base>`, no framing, forms only to this site.
//! Measured: the hydration loader is the only inline script, and the bundle needs
//! `'wasm-unsafe-eval'` to compile; styles come from the stylesheet only.

/// What a page may load, for a page written with `nonce`.
pub fn page_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; \
         frame-ancestors 'none'; form-action 'self'"
    )
}

/// For everything that is not a page (JSON, CSV, files): nothing in it may run.
pub const NOT_A_PAGE_POLICY: &str =
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/// Sends the page's policy with the response being rendered, with the nonce leptos put on
/// its scripts.
#[cfg(feature = "ssr")]
pub fn send_page_policy() {
    use leptos::prelude::use_context;
    let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) else {
        return;
    };
    match http::HeaderValue::from_str(&page_policy(&nonce)) {
        Ok(value) => response.insert_header(http::header::CONTENT_SECURITY_POLICY, value),
        Err(error) => tracing::error!(%error, "the page policy could not be built"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_policy_allows_only_its_own_scripts() {
        let policy = page_policy("abc123");
        assert!(policy.contains("script-src 'nonce-abc123' 'strict-dynamic' 'wasm-unsafe-eval'"));
        assert!(policy.contains("object-src 'none'"));
        assert!(policy.contains("base-uri 'none'"));
        assert!(!policy.contains("unsafe-inline"));
    }
}
