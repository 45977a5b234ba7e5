//! A person's own data: everything the platform holds about an account, for its owner to
//! download (GDPR articles 15 and 20), and its erasure when the owner deletes the account
//! (article 17). The export's fields are listed on the privacy page and in README.md.

use crate::ids::{AccountId, InitiativeId};
use crate::participation::level::Level;
use crate::participation::store::EventKind;
use crate::timestamp::Timestamp;
use serde_json::{Value, json};
use sqlx::{Any, Transaction};

fn time(t: Option<Timestamp>) -> Value {
    t.map_or(Value::Null, |t| Value::String(t.iso_utc()))
}

/// Everything held about `account`, and nothing about anyone else: other people appear
/// only as the initiatives' and comments' ids.
pub async fn export(
    tx: &mut Transaction<'static, Any>,
    account: AccountId,
    now: Timestamp,
) -> Result<Value, sqlx::Error> {
    type Profile = (
        String,
        String,
        Option<String>,
        String,
        Timestamp,
        Option<Timestamp>,
        Option<String>,
        i64,
    );
    let profile: Profile = sqlx::query_as(
        "SELECT a.email, a.display_name, n.name, a.language, a.created_at, \
         a.email_confirmed_at, a.pending_email, a.email_digest \
         FROM accounts a LEFT JOIN neighbourhoods n ON n.id = a.neighbourhood_id WHERE a.id = $1",
    )
    .bind(account)
    .fetch_one(&mut **tx)
    .await?;
    let roles: Vec<(String, Timestamp)> =
        sqlx::query_as("SELECT role, granted_at FROM account_roles WHERE account_id = $1")
            .bind(account)
            .fetch_all(&mut **tx)
            .await?;
    let opt_outs: Vec<String> =
        sqlx::query_scalar("SELECT kind FROM email_opt_outs WHERE account_id = $1 ORDER BY kind")
            .bind(account)
            .fetch_all(&mut **tx)
            .await?;
    let participations: Vec<(InitiativeId, String, Level, Timestamp, Timestamp)> = sqlx::query_as(
        "SELECT p.initiative_id, i.title, p.level, p.joined_at, p.updated_at \
             FROM participations p JOIN initiatives i ON i.id = p.initiative_id \
             WHERE p.account_id = $1 ORDER BY p.joined_at, p.id",
    )
    .bind(account)
    .fetch_all(&mut **tx)
    .await?;
    let history: Vec<(InitiativeId, EventKind, Level, Timestamp)> = sqlx::query_as(
        "SELECT initiative_id, kind, level, at FROM participation_events \
         WHERE account_id = $1 ORDER BY at, id",
    )
    .bind(account)
    .fetch_all(&mut **tx)
    .await?;
    let proposed: Vec<(InitiativeId, String, String, Timestamp)> = sqlx::query_as(
        "SELECT id, title, state, created_at FROM initiatives WHERE author_id = $1 ORDER BY id",
    )
    .bind(account)
    .fetch_all(&mut **tx)
    .await?;
    let waiting: Vec<(InitiativeId, String, Level, Timestamp)> = sqlx::query_as(
        "SELECT w.initiative_id, i.title, w.level, w.queued_at FROM waiting_list w \
         JOIN initiatives i ON i.id = w.initiative_id WHERE w.account_id = $1 ORDER BY w.id",
    )
    .bind(account)
    .fetch_all(&mut **tx)
    .await?;
    let offers: Vec<(InitiativeId, String, Timestamp)> = sqlx::query_as(
        "SELECT n.initiative_id, n.description, o.created_at FROM need_offers o \
         JOIN initiative_needs n ON n.id = o.need_id WHERE o.account_id = $1 ORDER BY o.created_at",
    )
    .bind(account)
    .fetch_all(&mut **tx)
    .await?;
    let requests: Vec<(InitiativeId, String, Timestamp, Option<Timestamp>)> = sqlx::query_as(
        "SELECT initiative_id, state, created_at, decided_at FROM initiator_requests \
         WHERE account_id = $1 ORDER BY created_at",
    )
    .bind(account)
    .fetch_all(&mut **tx)
    .await?;
    type CommentRow = (
        i64,
        InitiativeId,
        Option<i64>,
        String,
        Timestamp,
        Option<Timestamp>,
        Option<Timestamp>,
    );
    let comments: Vec<CommentRow> = sqlx::query_as(
        "SELECT id, initiative_id, parent_id, body, created_at, edited_at, deleted_at \
         FROM comments WHERE author_id = $1 ORDER BY id",
    )
    .bind(account)
    .fetch_all(&mut **tx)
    .await?;
    let reports: Vec<(String, i64, String, Timestamp, Option<Timestamp>)> = sqlx::query_as(
        "SELECT target_kind, target_id, reason, created_at, resolved_at FROM reports \
         WHERE reporter_id = $1 ORDER BY id",
    )
    .bind(account)
    .fetch_all(&mut **tx)
    .await?;
    // kind, initiative, reason, created, read
    type NotificationRow = (
        String,
        Option<InitiativeId>,
        Option<String>,
        Timestamp,
        Option<Timestamp>,
    );
    let notifications: Vec<NotificationRow> = sqlx::query_as(
        "SELECT kind, initiative_id, reason, created_at, read_at FROM notifications \
             WHERE account_id = $1 ORDER BY id",
    )
    .bind(account)
    .fetch_all(&mut **tx)
    .await?;
    let suspensions: Vec<(String, Timestamp, Option<Timestamp>, Option<Timestamp>)> =
        sqlx::query_as(
            "SELECT reason, starts_at, ends_at, lifted_at FROM suspensions \
             WHERE account_id = $1 ORDER BY id",
        )
        .bind(account)
        .fetch_all(&mut **tx)
        .await?;
    let sessions: Vec<i64> = sqlx::query_scalar(
        "SELECT expires_at FROM sessions WHERE account_id = $1 ORDER BY expires_at",
    )
    .bind(account)
    .fetch_all(&mut **tx)
    .await?;
    let (email, name, neighbourhood, language, created, confirmed, pending, digest) = profile;
    Ok(json!({
        "exported_at": now.iso_utc(),
        "profile": {
            "id": account.0,
            "email": email,
            "display_name": name,
            "neighbourhood": neighbourhood,
            "language": language,
            "created_at": created.iso_utc(),
            "email_confirmed_at": time(confirmed),
            "pending_email": pending,
            "weekly_digest": digest == 1,
            "emails_switched_off": opt_outs,
        },
        "roles": roles.iter().map(|(role, at)| json!({
            "role": role, "granted_at": at.iso_utc(),
        })).collect::<Vec<_>>(),
        "participations": participations.iter().map(|(id, title, level, joined, updated)| json!({
            "initiative_id": id.0, "initiative_title": title, "level": level.as_str(),
            "joined_at": joined.iso_utc(), "changed_at": updated.iso_utc(),
        })).collect::<Vec<_>>(),
        "waiting_lists": waiting.iter().map(|(id, title, level, at)| json!({
            "initiative_id": id.0, "initiative_title": title, "level": level.as_str(),
            "since": at.iso_utc(),
        })).collect::<Vec<_>>(),
        "participation_history": history.iter().map(|(id, kind, level, at)| json!({
            "initiative_id": id.0, "event": kind.as_str(), "level": level.as_str(),
            "at": at.iso_utc(),
        })).collect::<Vec<_>>(),
        "initiatives_proposed": proposed.iter().map(|(id, title, state, at)| json!({
            "id": id.0, "title": title, "state": state, "created_at": at.iso_utc(),
        })).collect::<Vec<_>>(),
        "needs_offered": offers.iter().map(|(id, need, at)| json!({
            "initiative_id": id.0, "need": need, "offered_at": at.iso_utc(),
        })).collect::<Vec<_>>(),
        "initiator_requests": requests.iter().map(|(id, state, at, decided)| json!({
            "initiative_id": id.0, "state": state, "asked_at": at.iso_utc(),
            "decided_at": time(*decided),
        })).collect::<Vec<_>>(),
        "comments": comments.iter().map(|(id, initiative, parent, body, at, edited, deleted)| json!({
            "id": id, "initiative_id": initiative.0, "reply_to": parent, "text": body,
            "written_at": at.iso_utc(), "edited_at": time(*edited), "deleted_at": time(*deleted),
        })).collect::<Vec<_>>(),
        "reports_made": reports.iter().map(|(kind, id, reason, at, resolved)| json!({
            "about": kind, "about_id": id, "reason": reason, "reported_at": at.iso_utc(),
            "answered_at": time(*resolved),
        })).collect::<Vec<_>>(),
        "notifications": notifications.iter().map(|(kind, initiative, reason, at, read)| json!({
            "kind": kind, "initiative_id": initiative.map(|i| i.0), "reason": reason,
            "at": at.iso_utc(), "read_at": time(*read),
        })).collect::<Vec<_>>(),
        "suspensions": suspensions.iter().map(|(reason, starts, ends, lifted)| json!({
            "reason": reason, "starts_at": starts.iso_utc(), "ends_at": time(*ends),
            "lifted_at": time(*lifted),
        })).collect::<Vec<_>>(),
        "sessions": sessions.iter().map(|expires| json!({
            "expires_at": Timestamp(*expires).iso_utc(),
        })).collect::<Vec<_>>(),
    }))
}

/// The initiatives that would be left without an initiator: those that may still change
/// (waiting, sent back, published) where `account` is the only initiator. The owner hands
/// them over or withdraws them before deleting the account.
pub async fn sole_initiator_of<'c, E>(
    executor: E,
    account: AccountId,
) -> Result<Vec<crate::accounts::InitiativeName>, sqlx::Error>
where
    E: sqlx::Executor<'c, Database = Any>,
{
    use crate::initiatives::lifecycle::Transition;
    sqlx::query_as(&format!(
        "SELECT i.id, i.title FROM initiatives i JOIN participations p \
         ON p.initiative_id = i.id AND p.account_id = $1 AND p.level = $2 \
         WHERE {} AND NOT EXISTS (SELECT 1 FROM participations o WHERE o.initiative_id = i.id \
         AND o.level = $2 AND o.account_id <> $1) ORDER BY i.id",
        Transition::Withdraw.guard("i.state")
    ))
    .bind(account)
    .bind(Level::Initiator)
    .fetch_all(executor)
    .await
}

/// Erases the account, in the caller's transaction: name, address and password go, every
/// session ends, its participations (and places in line) leave every count from now on (a "left" event each, so
/// past periods keep what happened then), its roles, notifications, offers, requests and
/// links go. Comments stay as written under "deleted account", unless `with_comments`.
pub async fn erase(
    tx: &mut Transaction<'static, Any>,
    account: AccountId,
    with_comments: bool,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO participation_events (initiative_id, account_id, kind, level, at) \
         SELECT initiative_id, account_id, $1, level, $2 FROM participations \
         WHERE account_id = $3",
    )
    .bind(EventKind::Left)
    .bind(now)
    .bind(account)
    .execute(&mut **tx)
    .await?;
    for table in [
        "participations",
        "waiting_list",
        "need_offers",
        "initiator_requests",
        "account_roles",
        "notifications",
        "email_opt_outs",
        "account_tokens",
        "sessions",
    ] {
        sqlx::query(&format!("DELETE FROM {table} WHERE account_id = $1"))
            .bind(account)
            .execute(&mut **tx)
            .await?;
    }
    if with_comments {
        sqlx::query(
            "UPDATE comments SET body = '', deleted_at = $1, revision = revision + 1 \
             WHERE author_id = $2 AND deleted_at IS NULL",
        )
        .bind(now)
        .bind(account)
        .execute(&mut **tx)
        .await?;
    }
    sqlx::query(
        "UPDATE accounts SET email = $1, display_name = '', password_hash = '!', \
         neighbourhood_id = NULL, pending_email = NULL, email_digest = 0, deleted_at = $2, \
         calendar_key = NULL, \
         session_version = session_version + 1, unsubscribe_key = $3 WHERE id = $4",
    )
    // Unique and never deliverable (.invalid is reserved, RFC 2606).
    .bind(format!("deleted-{account}@deleted.invalid"))
    .bind(now)
    .bind(crate::accounts::tokens::new_token())
    .bind(account)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
