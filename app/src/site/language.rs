//! Choosing the interface language. The choice lives in a cookie (the page is Danish
//! without one) and is changed by a form post, never by a link: a GET changes nothing.

use crate::error::AppError;
use crate::i18n::{I18n, Lang, Msg, tr, use_i18n};
use leptos::prelude::*;

pub const COOKIE: &str = "lang";

#[server(endpoint = "set_language")]
pub async fn set_language(lang: String) -> Result<String, AppError> {
    // Anyone may choose a language; only the codes of known languages are accepted. A
    // logged-in person's account keeps it too: their emails come in it.
    let lang = Lang::from_code(&lang).ok_or(AppError::BadRequest)?;
    let state = crate::state::AppState::get()?;
    let session = crate::accounts::auth::session().await?;
    if let Some(account) = crate::accounts::auth::current_account(&state.db, &session).await? {
        crate::accounts::store::set_language(&state.db, account.id, lang).await?;
    }
    remember(&state, lang)?;
    Ok(lang.code().to_owned())
}

/// Sets the language cookie on the response being made.
#[cfg(feature = "ssr")]
pub fn remember(state: &crate::state::AppState, lang: Lang) -> Result<(), AppError> {
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    let cookie = format!(
        "{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}",
        lang.code()
    );
    let response = expect_context::<leptos_axum::ResponseOptions>();
    match http::HeaderValue::from_str(&cookie) {
        Ok(value) => response.append_header(http::header::SET_COOKIE, value),
        Err(error) => {
            tracing::error!(%error, "language cookie could not be built");
            return Err(AppError::Internal);
        }
    }
    Ok(())
}

/// The language of the request being rendered, from its cookie.
#[cfg(feature = "ssr")]
pub fn request_lang() -> Lang {
    use_context::<http::request::Parts>()
        .map(|parts| lang_of_headers(&parts.headers))
        .unwrap_or_default()
}

/// The language a request's cookie asks for (Danish when it asks for none).
#[cfg(feature = "ssr")]
pub fn lang_of_headers(headers: &http::HeaderMap) -> Lang {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .and_then(|(_, code)| Lang::from_code(code))
        .unwrap_or_default()
}

/// The language the server rendered the page in, read back from `<html lang>` on hydration.
#[cfg(not(feature = "ssr"))]
pub fn request_lang() -> Lang {
    document()
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default()
}

/// A button for each of the other languages, named in that language.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n: I18n = use_i18n();
    let action = ServerAction::<SetLanguage>::new();
    Effect::new(move |_| {
        if let Some(Ok(code)) = action.value().get()
            && let Some(lang) = Lang::from_code(&code)
        {
            i18n.set(lang);
        }
    });
    // One form for each place in the list of the other languages, so that the forms stay
    // when the language changes and only their texts follow it.
    let other = move |place: usize| {
        Lang::ALL
            .into_iter()
            .filter(|lang| *lang != i18n.lang())
            .nth(place)
            .unwrap_or_default()
    };
    (0..Lang::ALL.len() - 1)
        .map(|place| {
            view! {
                <ActionForm action=action attr:class="language-switch">
                    <input type="hidden" name="lang" value=move || other(place).code() />
                    <button type="submit">
                        <span class="visually-hidden">{tr(Msg::LanguageSwitch)} ": "</span>
                        <span lang=move || other(place).code()>{move || other(place).endonym()}</span>
                    </button>
                </ActionForm>
            }
        })
        .collect_view()
}
