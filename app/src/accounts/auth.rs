//! Who is asking: the session's link to an account, log-in and log-out, and the checks every
//! server function makes before it does anything ("deny unless allowed").

use super::Account;
use super::role::Role;
use super::store::{self, Standing};
use crate::db::Db;
use crate::error::AppError;
use crate::ids::AccountId;
use crate::state::AppState;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

const AUTH_KEY: &str = "auth";

/// What a session remembers about its account. The version must match the account's, so
/// that changing the password ends every older session.
#[derive(Serialize, Deserialize)]
struct SessionAuth {
    account_id: AccountId,
    session_version: i64,
}

/// The session of the request being served (put there by the session layer).
pub async fn session() -> Result<Session, AppError> {
    leptos_axum::extract::<Session>().await.map_err(|error| {
        tracing::error!(%error, "no session on the request");
        AppError::Internal
    })
}

/// Links the session to the account, under a new session id so that an id planted in the
/// browser before log-in (session fixation) is worth nothing after it.
pub async fn log_in(
    session: &Session,
    account_id: AccountId,
    session_version: i64,
) -> Result<(), AppError> {
    session.cycle_id().await?;
    session
        .insert(
            AUTH_KEY,
            SessionAuth {
                account_id,
                session_version,
            },
        )
        .await?;
    Ok(())
}

/// Ends the session on the server (the row is deleted) and in the browser.
pub async fn log_out(session: &Session) -> Result<(), AppError> {
    session.flush().await?;
    Ok(())
}

/// The logged-in account and whether it is suspended, or `None` for an anonymous visitor
/// or an ended session.
pub async fn standing(db: &Db, session: &Session) -> Result<Option<Standing>, AppError> {
    let Some(auth) = session.get::<SessionAuth>(AUTH_KEY).await? else {
        return Ok(None);
    };
    let standing = store::account_for_session(db, auth.account_id, auth.session_version).await?;
    if standing.is_none() {
        // The password was changed elsewhere, or the account is gone: forget the link.
        session.remove::<SessionAuth>(AUTH_KEY).await?;
    }
    Ok(standing)
}

/// The logged-in account, or `None` for an anonymous visitor or an ended session.
pub async fn current_account(db: &Db, session: &Session) -> Result<Option<Account>, AppError> {
    Ok(standing(db, session)
        .await?
        .map(|standing| standing.account))
}

async fn require_standing() -> Result<(AppState, Session, Standing), AppError> {
    let state = AppState::get()?;
    let session = session().await?;
    let standing = standing(&state.db, &session)
        .await?
        .ok_or(AppError::NotLoggedIn)?;
    Ok((state, session, standing))
}

/// The state, session and account of a request that must come from a logged-in person.
pub async fn require_account() -> Result<(AppState, Session, Account), AppError> {
    let (state, session, standing) = require_standing().await?;
    Ok((state, session, standing.account))
}

async fn require_role_standing(role: Role) -> Result<(AppState, Session, Standing), AppError> {
    let (state, session, standing) = require_standing().await?;
    if !standing.account.has_role(role) {
        return Err(AppError::Forbidden);
    }
    Ok((state, session, standing))
}

/// Like `require_account`, and the account must also hold `role`.
pub async fn require_role(role: Role) -> Result<(AppState, Session, Account), AppError> {
    let (state, session, standing) = require_role_standing(role).await?;
    Ok((state, session, standing.account))
}

/// Like `require_account`, for changing one's own profile: a suspended account may not.
pub async fn require_unsuspended_account() -> Result<(AppState, Session, Account), AppError> {
    let (state, session, standing) = require_standing().await?;
    refuse_if_suspended(&standing)?;
    Ok((state, session, standing.account))
}

/// Like `require_account`, for what reaches other people (propose, join, comment, report,
/// offer): the account must not be suspended, and its address must be confirmed.
pub async fn require_active_account() -> Result<(AppState, Session, Account), AppError> {
    let (state, session, account) = require_unsuspended_account().await?;
    if !account.confirmed {
        return Err(AppError::NotConfirmed);
    }
    Ok((state, session, account))
}

pub use super::staff::{Administrator, Moderator, Staff};

/// A moderator acting (deciding, hiding, suspending). A suspended moderator keeps reading
/// the queues (`require_role`) but acts no more than any other suspended account may; the
/// command line's `revoke-role` and `grant-role` stay as the way out if every administrator
/// is suspended.
pub async fn require_moderator() -> Result<(AppState, Moderator), AppError> {
    let (state, _session, standing) = require_role_standing(Role::Moderator).await?;
    refuse_if_suspended(&standing)?;
    Ok((state, Moderator::new(standing.account)))
}

/// An administrator acting (roles, neighbourhoods, goals, settings).
pub async fn require_administrator() -> Result<(AppState, Administrator), AppError> {
    let (state, _session, standing) = require_role_standing(Role::Administrator).await?;
    refuse_if_suspended(&standing)?;
    Ok((state, Administrator::new(standing.account)))
}

/// Staff made outside a request, for the demo data and the command line, which act as a
/// named account without logging in. The role is still checked.
pub async fn moderator_for(db: &Db, account: AccountId) -> Result<Moderator, AppError> {
    staff_account(db, account, Role::Moderator)
        .await
        .map(Moderator::new)
}

/// Like `moderator_for`, for an administrator.
pub async fn administrator_for(db: &Db, account: AccountId) -> Result<Administrator, AppError> {
    staff_account(db, account, Role::Administrator)
        .await
        .map(Administrator::new)
}

async fn staff_account(db: &Db, id: AccountId, role: Role) -> Result<Account, AppError> {
    let account = store::account_by_id(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !account.has_role(role) {
        return Err(AppError::Forbidden);
    }
    Ok(account)
}

fn refuse_if_suspended(standing: &Standing) -> Result<(), AppError> {
    if standing.suspended {
        return Err(AppError::Suspended);
    }
    Ok(())
}
