//! The notifications' queries, and the email that goes with each.

use super::{Kind, Notification};
use crate::db::Db;
use crate::ids::{AccountId, InitiativeId, NotificationId};
use crate::participation::level::Level;
use crate::timestamp::Timestamp;
use sqlx::{Any, Transaction};

/// Someone to email once the action is committed: their address and name.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Recipient {
    pub email: String,
    pub display_name: String,
}

/// Tells every initiator of `initiative` about a decision, inside the decision's
/// transaction. Answers who to email (address, name), to send once it is committed.
pub async fn tell_initiators(
    tx: &mut Transaction<'static, Any>,
    initiative: InitiativeId,
    kind: Kind,
    reason: Option<&str>,
    now: Timestamp,
) -> Result<Vec<Recipient>, sqlx::Error> {
    sqlx::query(
        "INSERT INTO notifications (account_id, kind, initiative_id, reason, created_at) \
         SELECT p.account_id, $1, $2, $3, $4 FROM participations p \
         WHERE p.initiative_id = $2 AND p.level = $5",
    )
    .bind(kind)
    .bind(initiative)
    .bind(reason)
    .bind(now)
    .bind(Level::Initiator)
    .execute(&mut **tx)
    .await?;
    sqlx::query_as(
        "SELECT a.email, a.display_name FROM participations p \
         JOIN accounts a ON a.id = p.account_id \
         WHERE p.initiative_id = $1 AND p.level = $2 ORDER BY a.id",
    )
    .bind(initiative)
    .bind(Level::Initiator)
    .fetch_all(&mut **tx)
    .await
}

/// Tells each of `accounts` about something done to their content or account, inside the
/// action's transaction. Answers who to email (address, name), to send once committed.
pub async fn tell(
    tx: &mut Transaction<'static, Any>,
    accounts: &[AccountId],
    kind: Kind,
    initiative: Option<InitiativeId>,
    reason: Option<&str>,
    now: Timestamp,
) -> Result<Vec<Recipient>, sqlx::Error> {
    let mut recipients = Vec::with_capacity(accounts.len());
    for account in accounts {
        sqlx::query(
            "INSERT INTO notifications (account_id, kind, initiative_id, reason, created_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(account)
        .bind(kind)
        .bind(initiative)
        .bind(reason)
        .bind(now)
        .execute(&mut **tx)
        .await?;
        let who: Recipient =
            sqlx::query_as("SELECT email, display_name FROM accounts WHERE id = $1")
                .bind(account)
                .fetch_one(&mut **tx)
                .await?;
        recipients.push(who);
    }
    Ok(recipients)
}

#[derive(sqlx::FromRow)]
struct Row {
    id: NotificationId,
    kind: Kind,
    initiative_id: Option<InitiativeId>,
    title: Option<String>,
    reason: Option<String>,
    created_at: Timestamp,
    read_at: Option<Timestamp>,
}

/// A person's notifications, newest first.
pub async fn of_account(db: &Db, account: AccountId) -> Result<Vec<Notification>, sqlx::Error> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT n.id, n.kind, n.initiative_id, i.title, n.reason, n.created_at, n.read_at \
         FROM notifications n LEFT JOIN initiatives i ON i.id = n.initiative_id \
         WHERE n.account_id = $1 ORDER BY n.id DESC LIMIT 200",
    )
    .bind(account)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| Notification {
            id: row.id,
            kind: row.kind,
            initiative_id: row.initiative_id,
            initiative_title: row.title,
            reason: row.reason,
            at: row.created_at.local(),
            unread: row.read_at.is_none(),
        })
        .collect())
}

pub async fn unread(db: &Db, account: AccountId) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM notifications WHERE account_id = $1 AND read_at IS NULL",
    )
    .bind(account)
    .fetch_one(db.pool())
    .await
}

pub async fn mark_all_read(db: &Db, account: AccountId, now: Timestamp) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE notifications SET read_at = $1 WHERE account_id = $2 AND read_at IS NULL")
        .bind(now)
        .bind(account)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Emails each recipient what happened to their initiative, in the reference language,
/// Danish (the platform's language; accounts do not store another yet).
pub fn email(
    mail: &crate::mail::Mail,
    recipients: &[Recipient],
    kind: Kind,
    title: &str,
    reason: Option<&str>,
) {
    use crate::i18n::{Arg, Lang};
    let lang = Lang::default();
    let what = lang.format(kind.message(), &[("title", Arg::from(title))]);
    for Recipient {
        email: address,
        display_name: name,
    } in recipients
    {
        let mut body = format!("{name}\n\n{what}\n");
        if let Some(reason) = reason {
            body.push_str(&format!(
                "\n{}: {reason}\n",
                lang.text(crate::i18n::Msg::NoticeReason)
            ));
        }
        mail.send(address, &what, &body);
    }
}
