//! Accounts: registration, log-in and log-out, my account, and the roles an account holds.

pub mod confirm;
pub mod display_name;
pub mod email;
pub mod email_settings;
pub mod login;
pub mod logout;
pub mod my_account;
pub mod password;
pub mod password_reset;
pub mod personal_data;
pub mod register;
pub mod role;
pub mod suspension;

#[cfg(feature = "ssr")]
pub mod auth;
#[cfg(feature = "ssr")]
pub mod emails;
#[cfg(feature = "ssr")]
pub mod recovery;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod staff;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod tokens;

use crate::i18n::Lang;
use crate::ids::{AccountId, NeighbourhoodId};
use crate::time::LocalDateTime;
use role::Role;
use serde::{Deserialize, Serialize};

/// A logged-in person's own account, as their pages show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub id: AccountId,
    pub email: String,
    pub display_name: String,
    pub neighbourhood_id: Option<NeighbourhoodId>,
    pub neighbourhood_name: Option<String>,
    pub roles: Vec<Role>,
    pub created_at: LocalDateTime,
    /// Whether the owner opened the link sent to `email`. Until then the account reads and
    /// sets up its profile, but reaches nobody else.
    pub confirmed: bool,
    /// A new address asked for, waiting for its link to be opened.
    pub pending_email: Option<String>,
    /// The language of its emails (and of its pages, once logged in).
    pub language: Lang,
    /// One email a week with what happened, instead of one each time.
    pub email_digest: bool,
    /// Server-side only: which password generation the session was opened under.
    #[serde(skip)]
    pub session_version: i64,
}

/// An initiative named in one's own pages: its id and title.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct InitiativeName {
    pub id: crate::ids::InitiativeId,
    pub title: String,
}

impl Account {
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

/// Where to go after log-in: only a plain path on this site, so a link cannot send someone
/// who logs in on to another site (an open redirect). One leading `/`, not followed by
/// another `/` or `\` (browsers read `//host` and `/\host` as another site), also not
/// once percent-decoded (`/%2F`); no `\` at all, and no control characters or whitespace
/// (browsers drop a tab or newline and read what is left, and a newline cannot go into the
/// redirect's header). Anything else goes to the front page.
pub fn safe_next(next: &str) -> &str {
    let lower = next.to_ascii_lowercase();
    let plain = next.len() <= 2_000
        && next.starts_with('/')
        && !next[1..].starts_with(['/', '\\'])
        && !lower.starts_with("/%2f")
        && !lower.starts_with("/%5c")
        && !next.contains('\\')
        && !next.chars().any(|c| c.is_control() || c.is_whitespace());
    if plain { next } else { "/" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_may_be_a_path_on_the_site() {
        for path in [
            "/",
            "/account",
            "/initiatives/3?page=2#comment-4",
            "/søg?q=æble",
        ] {
            assert_eq!(safe_next(path), path);
        }
    }

    #[test]
    fn next_never_leaves_the_site() {
        for wrong in [
            "https://evil.example",
            "http:/evil.example",
            "//evil.example",
            "///evil.example",
            "/\\evil.example",
            "/\\/evil.example",
            "\\\\evil.example",
            "/\t/example.invalid/",
            "/%2F/example.invalid",
            "/%2f%2fexample.invalid",
            "/%5C/example.invalid",
            "/account\nSet-Cookie: x=1",
            "/account\r\n",
            "/a b",
            "javascript:alert(1)",
            "evil.example",
            "",
        ] {
            assert_eq!(safe_next(wrong), "/", "{wrong:?}");
        }
    }
}
