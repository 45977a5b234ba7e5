//! The page head's links to the site's own files under /pkg/: the stylesheet, and the
//! script that starts the browser bundle.

use leptos::prelude::*;

/// A file of the site's bundle by its extension ("css", "js", "wasm"), named by its content
/// when cargo-leptos hashed the site's files (see `server::http`).
fn pkg_href(options: &LeptosOptions, extension: &str) -> String {
    let name = &options.output_name;
    let folder = &options.site_pkg_dir;
    #[cfg(feature = "ssr")]
    if options.hash_files
        && let Some(hash) = file_hashes(options)
            .iter()
            .find(|(kind, _)| kind == extension)
            .map(|(_, hash)| hash)
    {
        return format!("/{folder}/{name}.{hash}.{extension}");
    }
    format!("/{folder}/{name}.{extension}")
}

/// cargo-leptos's list of the hashes it named the files by, written next to the server:
/// lines of `kind: hash`. Read once.
#[cfg(feature = "ssr")]
fn file_hashes(options: &LeptosOptions) -> &'static [(String, String)] {
    static HASHES: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
    HASHES.get_or_init(|| {
        let Some(file) = std::env::current_exe()
            .ok()
            .and_then(|exe| Some(exe.parent()?.join(&*options.hash_file)))
        else {
            return Vec::new();
        };
        std::fs::read_to_string(file)
            .unwrap_or_default()
            .lines()
            .filter_map(|line| line.split_once(':'))
            .map(|(kind, hash)| (kind.trim().to_owned(), hash.trim().to_owned()))
            .collect()
    })
}

/// The stylesheet's address. Not leptos_meta's `HashedStylesheet`: it goes through the
/// meta context, which the browser's copy of the shell never renders, and the page then
/// failed to hydrate.
pub fn stylesheet_href(options: &LeptosOptions) -> String {
    pkg_href(options, "css")
}

/// Starts the browser bundle once the page is idle (after two seconds at the latest).
///
/// In place of leptos's `HydrationScripts`, whose `<link rel=preload>` of the WebAssembly
/// in the head raced the page's first paint: when the download began first, Lighthouse's
/// simulated Slow 4G counted the whole bundle before the largest paint (5.7 s instead of
/// 0.9 s, performance 74 instead of 98, in about one run of four). The page is complete
/// and its forms work without the bundle, so nothing waits for it but the in-place updates.
#[component]
pub fn BundleScript(options: LeptosOptions) -> impl IntoView {
    let script = format!(
        "const start = () => import({js:?}).then((bundle) => \
         bundle.default({{ module_or_path: {wasm:?} }}).then(() => bundle.hydrate())); \
         if ('requestIdleCallback' in window) {{ requestIdleCallback(start, {{ timeout: 2000 }}); }} \
         else {{ start(); }}",
        js = pkg_href(&options, "js"),
        wasm = pkg_href(&options, "wasm"),
    );
    let nonce = leptos::nonce::use_nonce();
    view! { <script type="module" nonce=nonce>{script}</script> }
}
