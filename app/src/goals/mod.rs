//! The community policy's goals (målsætninger): data an administrator manages, with their
//! titles and short explanations in each language. Moderators tie initiatives to them.

use crate::error::AppError;
use crate::i18n::{Arg, Lang};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub mod store;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    pub id: crate::ids::GoalId,
    /// Its number in the policy ("Målsætning 1").
    pub position: i64,
    pub title_da: String,
    pub title_en: String,
    pub summary_da: String,
    pub summary_en: String,
    pub retired: bool,
}

impl Goal {
    pub fn title(&self, lang: Lang) -> &str {
        crate::i18n::stored_text(lang, &self.title_da, &self.title_en)
    }

    pub fn summary(&self, lang: Lang) -> &str {
        crate::i18n::stored_text(lang, &self.summary_da, &self.summary_en)
    }
}

/// The goals in use (retired ones are left out), in the policy's order.
#[server(endpoint = "goals")]
pub async fn list_goals() -> Result<Vec<Goal>, AppError> {
    // Public: the policy is public, and the list filters by its goals.
    let state = crate::state::AppState::get()?;
    Ok(store::active(&state.db).await?)
}

/// The goals as choices for a select, numbered as in the policy.
pub fn goal_options() -> Signal<Vec<(String, String)>> {
    let goals = Resource::new(|| (), |_| list_goals());
    let i18n = crate::i18n::use_i18n();
    Signal::derive(move || {
        let lang = i18n.lang();
        goals
            .get()
            .and_then(Result::ok)
            .unwrap_or_default()
            .into_iter()
            .map(|g| (g.id.to_string(), numbered(lang, &g)))
            .collect()
    })
}

/// "Målsætning 1: …" / "Goal 1: …".
pub fn numbered(lang: Lang, goal: &Goal) -> String {
    lang.format(
        crate::i18n::Msg::GoalNumbered,
        &[
            ("number", Arg::from(goal.position)),
            ("title", Arg::from(goal.title(lang))),
        ],
    )
}
