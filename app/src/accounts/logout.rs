//! Logging out: a button in the header that posts, because a GET must never change anything.

use crate::error::AppError;
use crate::i18n::{Msg, tr};
use crate::site::context::refresh_site_after;
use leptos::prelude::*;

#[server(endpoint = "logout")]
pub async fn log_out() -> Result<(), AppError> {
    use super::auth;
    // Anyone may end their own session; without one this changes nothing.
    let session = auth::session().await?;
    auth::log_out(&session).await?;
    leptos_axum::redirect("/");
    Ok(())
}

#[component]
pub fn LogOutButton() -> impl IntoView {
    let action = ServerAction::<LogOut>::new();
    refresh_site_after(action);
    view! {
        <ActionForm action=action attr:class="inline-form">
            <button type="submit" class="link-button">{tr(Msg::NavLogOut)}</button>
        </ActionForm>
    }
}
