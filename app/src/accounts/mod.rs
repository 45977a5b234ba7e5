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

/// Where to go after log-in: only a path on this site, so a link cannot send someone who
/// logs in on to another site (an open redirect).
pub fn safe_next(next: &str) -> &str {
    let is_local = next.starts_with('/') && !next.starts_with("//") && !next.contains('\\');
    if is_local { next } else { "/" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_must_stay_on_the_site() {
        assert_eq!(safe_next("/account"), "/account");
        assert_eq!(safe_next("https://evil.example"), "/");
        assert_eq!(safe_next("//evil.example"), "/");
        assert_eq!(safe_next("/\\evil.example"), "/");
        assert_eq!(safe_next(""), "/");
    }
}
