//! The links between the pages of a long list: previous, "page 2 of 5", next.

use crate::i18n::{Arg, Msg, tr, use_i18n};
use leptos::prelude::*;

/// Nothing when everything fits on one page. `link` gives the address of a page by its
/// number, for the neighbouring pages there are.
#[component]
pub fn Pager<F>(label: Msg, current: i64, pages: i64, link: F) -> impl IntoView
where
    F: Fn(i64) -> String + 'static,
{
    let i18n = use_i18n();
    let previous = (current > 1).then(|| link(current - 1));
    let next = (current < pages).then(|| link(current + 1));
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
