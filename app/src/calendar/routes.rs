//! The calendar files over HTTP (GET, reading only): `/calendar/initiative/{id}.ics`,
//! `/calendar/upcoming.ics?neighbourhood=…&goal=…` and `/calendar/mine/{key}.ics`.

use super::{ics, store};
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, StatusCode, header};
use serde::Deserialize;

/// The platform's own "not found" in the reader's language: a wrong or renewed key and an
/// initiative nobody may see (or with no time) look the same.
fn not_found(headers: &HeaderMap) -> Response {
    let lang = crate::site::language::lang_of_headers(headers);
    (
        StatusCode::NOT_FOUND,
        crate::i18n::error_message(lang, &AppError::NotFound),
    )
        .into_response()
}

fn failed(headers: &HeaderMap, error: sqlx::Error) -> Response {
    tracing::error!(%error, "a calendar could not be read");
    let lang = crate::site::language::lang_of_headers(headers);
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        crate::i18n::error_message(lang, &AppError::Internal),
    )
        .into_response()
}

/// `name.ics` → `name`; anything else is no file of ours.
fn stem(file: &str) -> Option<&str> {
    file.strip_suffix(".ics").filter(|stem| !stem.is_empty())
}

/// A calendar file. Feeds are fetched again by calendar programs; the public ones may be
/// kept a few minutes by the way, a person's own never.
fn calendar_file(body: String, filename: Option<&str>, cache: &'static str) -> Response {
    let mut response = (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CACHE_CONTROL, cache),
        ],
        body,
    )
        .into_response();
    if let Some(filename) = filename
        && let Ok(value) = format!("attachment; filename=\"{filename}\"").parse()
    {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// The name a calendar program shows for a feed, in the language of whoever fetched it
/// (a calendar program sends no language cookie: Danish).
fn feed_name(headers: &HeaderMap, msg: crate::i18n::Msg) -> String {
    crate::site::language::lang_of_headers(headers)
        .text(msg)
        .to_owned()
}

pub async fn initiative(
    State(state): State<AppState>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Response {
    let Some(id) = stem(&file).and_then(|id| id.parse().ok()) else {
        return not_found(&headers);
    };
    match store::one(&state.db, id).await {
        Ok(Some(entry)) => {
            let body = ics::calendar(
                &entry.title,
                std::slice::from_ref(&entry),
                &state.public_url,
                crate::db::now(),
            );
            calendar_file(body, Some(&format!("initiativ-{id}.ics")), "no-cache")
        }
        Ok(None) => not_found(&headers),
        Err(error) => failed(&headers, error),
    }
}

/// The public feed's narrowing, as the list's filters write it.
#[derive(Debug, Default, Deserialize)]
pub struct Narrowing {
    pub neighbourhood: Option<String>,
    pub goal: Option<String>,
}

pub async fn upcoming(
    State(state): State<AppState>,
    Query(narrowing): Query<Narrowing>,
    headers: HeaderMap,
) -> Response {
    // Unknown values are ignored, as in the list: an address may be cut short by hand.
    let place = match narrowing.neighbourhood.as_deref().map(str::trim) {
        Some("town") => store::Place::WholeTown,
        Some(id) => id
            .parse()
            .map_or(store::Place::Anywhere, store::Place::Neighbourhood),
        None => store::Place::Anywhere,
    };
    let goal = narrowing
        .goal
        .as_deref()
        .and_then(|g| g.trim().parse().ok());
    let now = crate::db::now();
    match store::upcoming(&state.db, place, goal, now).await {
        Ok(entries) => {
            let name = feed_name(&headers, crate::i18n::Msg::CalendarFeedName);
            let body = ics::calendar(&name, &entries, &state.public_url, now);
            calendar_file(body, None, "public, max-age=300")
        }
        Err(error) => failed(&headers, error),
    }
}

pub async fn mine(
    State(state): State<AppState>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Response {
    let Some(key) = stem(&file) else {
        return not_found(&headers);
    };
    let account = match store::account_of_key(&state.db, key).await {
        Ok(Some(account)) => account,
        Ok(None) => return not_found(&headers),
        Err(error) => return failed(&headers, error),
    };
    let now = crate::db::now();
    match store::taken_part_in(&state.db, account, now).await {
        Ok(entries) => {
            let name = feed_name(&headers, crate::i18n::Msg::CalendarMineName);
            let body = ics::calendar(&name, &entries, &state.public_url, now);
            calendar_file(body, None, "private, no-store")
        }
        Err(error) => failed(&headers, error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_ics_names_are_files() {
        assert_eq!(stem("12.ics"), Some("12"));
        assert_eq!(stem(".ics"), None);
        assert_eq!(stem("12"), None);
    }
}
