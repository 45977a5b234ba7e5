//! The links between the pages of a long list: previous, "page 2 of 5", next.

use crate::i18n::{Arg, Msg, tr, use_i18n};
use leptos::prelude::*;

/// Nothing when everything fits on one page. `previous` and `next` are the addresses of
/// the neighbouring pages, where there are any.
#[component]
pub fn Pager(
    label: Msg,
    current: i64,
    pages: i64,
    previous: Option<String>,
    next: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    (pages > 1).then(|| {
        view! {
            <nav class="pagination" aria-label=move || i18n.t(label)>
                {previous.map(|href| view! { <a href=href rel="prev">{tr(Msg::PagePrevious)}</a> })}
                <span>{move || i18n.f(Msg::PageOf, &[("page", Arg::from(current)), ("pages", Arg::from(pages))])}</span>
                {next.map(|href| view! { <a href=href rel="next">{tr(Msg::PageNext)}</a> })}
            </nav>
        }
    })
}
