//! The page for an address that leads nowhere, answered with status 404.

use crate::i18n::{Msg, tr};
use crate::ui::layout::PageTitle;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <PageTitle title=Msg::NotFoundTitle />
        <h1>{tr(Msg::NotFoundTitle)}</h1>
        <p>{tr(Msg::NotFoundText)}</p>
        <p><a href="/">{tr(Msg::BackHome)}</a></p>
    }
}
