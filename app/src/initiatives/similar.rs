//! "Maybe you can join …": while a citizen writes a proposal, up to five published
//! initiatives whose titles or descriptions share its title's longer words (by the search's
//! Danish-aware stems, the same on both databases), the most alike first. With JavaScript
//! the list follows the title as it is typed; without, a "check" button sends the whole
//! form back to the page by GET (it changes nothing), filled in as it was, with the list.

use super::kind::Kind;
use crate::error::AppError;
use crate::i18n::{Arg, Msg, tr, use_i18n};
use crate::ids::InitiativeId;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// How many are offered.
pub const OFFERED: usize = 5;

/// A published initiative that looks like the one being written.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Similar {
    pub id: InitiativeId,
    pub title: String,
    pub kind: Kind,
    pub participants: i64,
}

#[server(endpoint = "similar")]
pub async fn similar_initiatives(title: String) -> Result<Vec<Similar>, AppError> {
    // Anyone: it shows only what the public list shows.
    let state = crate::state::AppState::get()?;
    let patterns = super::search::similar_patterns(&title);
    if patterns.is_empty() {
        return Ok(Vec::new());
    }
    Ok(store::similar(&state.db, &patterns).await?)
}

#[cfg(feature = "ssr")]
mod store {
    use super::Similar;
    use crate::db::Db;
    use crate::ids::InitiativeId;
    use crate::initiatives::kind::{Kind, State};

    /// Published, unhidden initiatives matching any pattern, those matching most first,
    /// then the most joined, then the newest.
    pub async fn similar(db: &Db, patterns: &[String]) -> Result<Vec<Similar>, sqlx::Error> {
        let placeholders = |join: &str, each: &dyn Fn(usize) -> String| {
            (1..=patterns.len())
                .map(each)
                .collect::<Vec<_>>()
                .join(join)
        };
        let score = placeholders(" + ", &|n| {
            format!("CASE WHEN i.search_text LIKE ${n} THEN 1 ELSE 0 END")
        });
        let any = placeholders(" OR ", &|n| format!("i.search_text LIKE ${n}"));
        let sql = format!(
            "SELECT i.id, i.title, i.kind, c.participants FROM initiatives i \
             JOIN initiative_counts c ON c.initiative_id = i.id \
             WHERE i.state = '{}' AND i.hidden_at IS NULL AND ({any}) \
             ORDER BY {score} DESC, c.participants DESC, i.id DESC LIMIT {}",
            State::Published.as_str(),
            super::OFFERED
        );
        let mut query = sqlx::query_as::<_, (InitiativeId, String, Kind, i64)>(&sql);
        for pattern in patterns {
            query = query.bind(pattern);
        }
        Ok(query
            .fetch_all(db.pool())
            .await?
            .into_iter()
            .map(|(id, title, kind, participants)| Similar {
                id,
                title,
                kind,
                participants,
            })
            .collect())
    }
}

/// The offer under the title field: nothing until something looks alike. Links open in a
/// new window so that the proposal being written stays as it is.
#[component]
pub fn SimilarHint(found: Vec<Similar>) -> impl IntoView {
    let i18n = use_i18n();
    if found.is_empty() {
        return ().into_any();
    }
    view! {
        <section class="notice similar" aria-labelledby="similar-title">
            <h2 id="similar-title">{tr(Msg::SimilarTitle)}</h2>
            <p>{tr(Msg::SimilarLead)}</p>
            <ul>
                {found.into_iter().map(|similar| {
                    let participants = similar.participants;
                    view! {
                        <li>
                            <a href=format!("/initiatives/{}", similar.id) target="_blank" rel="noopener">
                                {similar.title}
                                <span class="visually-hidden">" " {tr(Msg::OpensInNewWindow)}</span>
                            </a>
                            " · " {move || i18n.t(similar.kind.name())}
                            " · " {move || i18n.f(Msg::ListParticipants, &[("count", Arg::from(participants))])}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}
