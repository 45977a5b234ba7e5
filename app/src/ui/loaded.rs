//! What a page shows of something it loads from the server: nothing while it loads, the
//! refusal as an alert (or a way to log in, for a page of one's own), else the page's view.

use crate::error::AppError;
use crate::i18n::{Msg, error_message, tr, use_i18n};
use leptos::prelude::*;

/// `shown` renders what loaded. `next` is where logging in returns to, for the pages that
/// ask for a logged-in person; without it a refusal is only said.
#[component]
pub fn Loaded<T, F, V>(
    resource: Resource<Result<T, AppError>>,
    #[prop(optional)] next: Option<&'static str>,
    shown: F,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    F: Fn(T) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    view! {
        <Transition fallback=|| ()>
            {move || resource.get().map(|result| match (result, next) {
                (Err(AppError::NotLoggedIn), Some(next)) => view! {
                    <p>{tr(Msg::MustLogIn)}</p>
                    <p><a class="button" href=format!("/login?next={next}")>{tr(Msg::MustLogInLink)}</a></p>
                }.into_any(),
                (Err(error), _) => view! { <p role="alert">{move || error_message(i18n.lang(), &error)}</p> }.into_any(),
                (Ok(value), _) => shown(value).into_any(),
            })}
        </Transition>
    }
}
