//! The notifications' queries, and the emails that go with them. A notification is written
//! in the transaction of the action it tells of; its email goes out after that commits,
//! in the recipient's language, unless they switched that kind off, chose the weekly
//! digest, or have not confirmed their address yet (it might not be theirs).

use super::{Kind, Notification, Topic};
use crate::db::Db;
use crate::i18n::{Arg, Lang, Msg};
use crate::ids::{AccountId, CommentId, InitiativeId, NotificationId};
use crate::mail::Email;
use crate::participation::level::Level;
use crate::state::AppState;
use crate::timestamp::{DAY, Timestamp};
use sqlx::{Any, Transaction};

/// What happened, for every recipient of a notification.
#[derive(Clone, Copy, Debug)]
pub struct Notice<'a> {
    pub kind: Kind,
    pub initiative: Option<InitiativeId>,
    /// Who did it (an asker, an offerer, a replier).
    pub actor: Option<AccountId>,
    /// The reply, for a reply to one's comment.
    pub comment: Option<CommentId>,
    /// The municipality's reason, or the need offered.
    pub reason: Option<&'a str>,
}

impl<'a> Notice<'a> {
    /// A decision on an initiative, with the reason given.
    pub fn decision(kind: Kind, initiative: Option<InitiativeId>, reason: Option<&'a str>) -> Self {
        Notice {
            kind,
            initiative,
            actor: None,
            comment: None,
            reason,
        }
    }
}

/// One email to send once the action is committed.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Outgoing {
    pub account_id: AccountId,
    pub email: String,
    pub display_name: String,
    pub language: String,
    pub unsubscribe_key: String,
    pub kind: Kind,
    pub title: Option<String>,
    pub actor: Option<String>,
    pub reason: Option<String>,
    pub initiative_id: Option<InitiativeId>,
    pub comment_id: Option<CommentId>,
}

/// Who gets the email at once: a confirmed address, no weekly digest, the topic not
/// switched off. The others find it on the platform (and in their digest).
const EMAILED_NOW: &str = "a.deleted_at IS NULL AND a.email_confirmed_at IS NOT NULL \
     AND a.email_digest = 0 AND NOT EXISTS (SELECT 1 FROM email_opt_outs o \
     WHERE o.account_id = a.id AND o.kind = $2)";

/// Tells each of `accounts` about `notice`, inside the action's transaction. Answers the
/// emails to send once it is committed.
pub async fn notify(
    tx: &mut Transaction<'static, Any>,
    accounts: &[AccountId],
    notice: Notice<'_>,
    now: Timestamp,
) -> Result<Vec<Outgoing>, sqlx::Error> {
    let mut outgoing = Vec::new();
    let mut told: Vec<AccountId> = Vec::new();
    for account in accounts {
        // Nobody is told of what they did themselves, or twice.
        if Some(*account) == notice.actor || told.contains(account) {
            continue;
        }
        told.push(*account);
        // A deleted account is told nothing more.
        let id: Option<NotificationId> = sqlx::query_scalar(
            "INSERT INTO notifications (account_id, kind, initiative_id, reason, created_at, \
             actor_id, comment_id) SELECT $1, $2, $3, $4, $5, $6, $7 WHERE EXISTS \
             (SELECT 1 FROM accounts WHERE id = $1 AND deleted_at IS NULL) RETURNING id",
        )
        .bind(account)
        .bind(notice.kind)
        .bind(notice.initiative)
        .bind(notice.reason)
        .bind(now)
        .bind(notice.actor)
        .bind(notice.comment)
        .fetch_optional(&mut **tx)
        .await?;
        let Some(id) = id else { continue };
        let email: Option<Outgoing> = sqlx::query_as(&format!(
            "SELECT a.id AS account_id, a.email, a.display_name, a.language, a.unsubscribe_key, \
             n.kind, i.title, CASE WHEN actor.deleted_at IS NULL THEN actor.display_name END \
             AS actor, n.reason, n.initiative_id, n.comment_id \
             FROM notifications n JOIN accounts a ON a.id = n.account_id \
             LEFT JOIN initiatives i ON i.id = n.initiative_id \
             LEFT JOIN accounts actor ON actor.id = n.actor_id \
             WHERE n.id = $1 AND {EMAILED_NOW}"
        ))
        .bind(id)
        .bind(notice.kind.topic())
        .fetch_optional(&mut **tx)
        .await?;
        if let Some(email) = email {
            sqlx::query("UPDATE notifications SET emailed_at = $1 WHERE id = $2")
                .bind(now)
                .bind(id)
                .execute(&mut **tx)
                .await?;
            outgoing.push(email);
        }
    }
    Ok(outgoing)
}

/// Tells every initiator of the initiative about `notice`.
pub async fn notify_initiators(
    tx: &mut Transaction<'static, Any>,
    initiative: InitiativeId,
    notice: Notice<'_>,
    now: Timestamp,
) -> Result<Vec<Outgoing>, sqlx::Error> {
    let initiators: Vec<AccountId> = sqlx::query_scalar(
        "SELECT account_id FROM participations WHERE initiative_id = $1 AND level = $2 \
         ORDER BY account_id",
    )
    .bind(initiative)
    .bind(Level::Initiator)
    .fetch_all(&mut **tx)
    .await?;
    notify(tx, &initiators, notice, now).await
}

/// Tells everyone taking part in the initiative, at every level, and its waiting list about
/// `notice`, except `by` (who did it). Set-based: one statement writes every notification
/// and one reads the emails, however many take part (the generated set's largest initiative
/// has 11,000); `notify`'s statements per person would be 30,000 round trips there.
pub async fn notify_participants(
    tx: &mut Transaction<'static, Any>,
    initiative: InitiativeId,
    notice: Notice<'_>,
    by: AccountId,
    now: Timestamp,
) -> Result<Vec<Outgoing>, sqlx::Error> {
    // Every row this writes has a higher id than any there is now. Another transaction
    // cannot write the same kind on the same initiative meanwhile: the action that tells
    // holds the initiative's row (an answer, for one).
    let before: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM notifications")
        .fetch_one(&mut **tx)
        .await?;
    sqlx::query(
        "INSERT INTO notifications (account_id, kind, initiative_id, reason, created_at) \
         SELECT p.account_id, $2, $1, $3, $4 FROM (SELECT account_id FROM participations \
         WHERE initiative_id = $1 UNION SELECT account_id FROM waiting_list \
         WHERE initiative_id = $1) p JOIN accounts a ON a.id = p.account_id \
         WHERE a.deleted_at IS NULL AND p.account_id <> $5",
    )
    .bind(initiative)
    .bind(notice.kind)
    .bind(notice.reason)
    .bind(now)
    .bind(by)
    .execute(&mut **tx)
    .await?;
    // $2 is the topic EMAILED_NOW checks.
    let written = "n.id > $1 AND n.initiative_id = $3 AND n.kind = $4";
    let emails: Vec<Outgoing> = sqlx::query_as(&format!(
        "SELECT a.id AS account_id, a.email, a.display_name, a.language, a.unsubscribe_key, \
         n.kind, i.title, CAST(NULL AS TEXT) AS actor, n.reason, n.initiative_id, \
         n.comment_id FROM notifications n JOIN accounts a ON a.id = n.account_id \
         JOIN initiatives i ON i.id = n.initiative_id \
         WHERE {written} AND {EMAILED_NOW} ORDER BY n.id"
    ))
    .bind(before)
    .bind(notice.kind.topic())
    .bind(initiative)
    .bind(notice.kind)
    .fetch_all(&mut **tx)
    .await?;
    sqlx::query(&format!(
        "UPDATE notifications SET emailed_at = $5 WHERE id IN (SELECT n.id FROM notifications n \
         JOIN accounts a ON a.id = n.account_id WHERE {written} AND {EMAILED_NOW})"
    ))
    .bind(before)
    .bind(notice.kind.topic())
    .bind(initiative)
    .bind(notice.kind)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(emails)
}

/// The path of the page a notification is about.
fn target_path(initiative: Option<InitiativeId>, comment: Option<CommentId>) -> Option<String> {
    let initiative = initiative?;
    Some(match comment {
        Some(comment) => format!("/initiatives/{initiative}#comment-{comment}"),
        None => format!("/initiatives/{initiative}"),
    })
}

/// The one-click address that stops this topic's emails for the account.
pub fn unsubscribe_path(account: AccountId, topic: Topic, key: &str) -> String {
    format!("/unsubscribe/{account}/{}/{key}", topic.as_str())
}

/// Sends the emails of committed notifications, each in its recipient's language.
pub fn deliver(state: &AppState, outgoing: Vec<Outgoing>) {
    for email in outgoing {
        let lang = Lang::from_code(&email.language).unwrap_or_default();
        let site = lang.text(Msg::SiteName);
        let what = super::text(
            lang,
            email.kind,
            email.title.as_deref(),
            email.actor.as_deref(),
            email.reason.as_deref(),
        );
        let mut body = vec![
            lang.format(
                Msg::EmailGreeting,
                &[("name", Arg::from(&email.display_name))],
            ),
            what.clone(),
        ];
        if let (true, Some(reason)) = (email.kind.has_reason(), &email.reason) {
            body.push(format!("{}: {reason}", lang.text(Msg::NoticeReason)));
        }
        if let Some(path) = target_path(email.initiative_id, email.comment_id) {
            body.push(lang.format(Msg::EmailSee, &[("link", Arg::from(&state.link(&path)))]));
        }
        // A new time or place, or a cancellation: the entry for their calendar, as it is now.
        if let (true, Some(id)) = (email.kind.changes_calendar(), email.initiative_id) {
            let file = state.link(&crate::calendar::initiative_path(id));
            body.push(lang.format(Msg::EmailCalendar, &[("link", Arg::from(&file))]));
        }
        body.push(lang.format(Msg::EmailSignature, &[("site", Arg::from(site))]));
        let unsubscribe = state.link(&unsubscribe_path(
            email.account_id,
            email.kind.topic(),
            &email.unsubscribe_key,
        ));
        body.push(lang.format(Msg::EmailUnsubscribe, &[("link", Arg::from(&unsubscribe))]));
        state.mail.send(Email {
            to: email.email,
            subject: what,
            body: body.join("\n\n"),
            unsubscribe: Some(unsubscribe),
        });
    }
}

#[derive(sqlx::FromRow)]
struct Row {
    id: NotificationId,
    kind: Kind,
    initiative_id: Option<InitiativeId>,
    title: Option<String>,
    actor: Option<String>,
    comment_id: Option<CommentId>,
    reason: Option<String>,
    created_at: Timestamp,
    read_at: Option<Timestamp>,
}

const NOTIFICATION_SELECT: &str = "SELECT n.id, n.kind, n.initiative_id, i.title, \
     CASE WHEN actor.deleted_at IS NULL THEN actor.display_name END AS actor, n.comment_id, \
     n.reason, n.created_at, n.read_at FROM notifications n \
     LEFT JOIN initiatives i ON i.id = n.initiative_id \
     LEFT JOIN accounts actor ON actor.id = n.actor_id";

impl From<Row> for Notification {
    fn from(row: Row) -> Notification {
        Notification {
            id: row.id,
            kind: row.kind,
            initiative_id: row.initiative_id,
            initiative_title: row.title,
            actor: row.actor,
            comment_id: row.comment_id,
            reason: row.reason,
            at: row.created_at.local(),
            unread: row.read_at.is_none(),
        }
    }
}

/// A person's notifications, newest first.
pub async fn of_account(db: &Db, account: AccountId) -> Result<Vec<Notification>, sqlx::Error> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{NOTIFICATION_SELECT} WHERE n.account_id = $1 ORDER BY n.id DESC LIMIT 200"
    ))
    .bind(account)
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(Notification::from).collect())
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

/// Marks one of the account's notifications read, and answers where it leads; `None` when
/// it is not the account's.
pub async fn open(
    db: &Db,
    account: AccountId,
    id: NotificationId,
    now: Timestamp,
) -> Result<Option<Option<String>>, sqlx::Error> {
    let row: Option<(Option<InitiativeId>, Option<CommentId>)> = sqlx::query_as(
        "UPDATE notifications SET read_at = COALESCE(read_at, $1) \
         WHERE id = $2 AND account_id = $3 RETURNING initiative_id, comment_id",
    )
    .bind(now)
    .bind(id)
    .bind(account)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(|(initiative, comment)| target_path(initiative, comment)))
}

/// The topics the account gets no email about.
pub async fn opted_out(db: &Db, account: AccountId) -> Result<Vec<Topic>, sqlx::Error> {
    let stored: Vec<String> =
        sqlx::query_scalar("SELECT kind FROM email_opt_outs WHERE account_id = $1")
            .bind(account)
            .fetch_all(db.pool())
            .await?;
    Ok(stored.iter().filter_map(|t| Topic::parse(t)).collect())
}

/// Switches a topic's emails on or off for the account.
pub async fn set_opt_out(
    db: &Db,
    account: AccountId,
    topic: Topic,
    out: bool,
) -> Result<(), sqlx::Error> {
    if out {
        sqlx::query(
            "INSERT INTO email_opt_outs (account_id, kind) VALUES ($1, $2) \
             ON CONFLICT (account_id, kind) DO NOTHING",
        )
        .bind(account)
        .bind(topic)
        .execute(db.pool())
        .await?;
    } else {
        sqlx::query("DELETE FROM email_opt_outs WHERE account_id = $1 AND kind = $2")
            .bind(account)
            .bind(topic)
            .execute(db.pool())
            .await?;
    }
    Ok(())
}

/// The account an unsubscribe link is for, if its key is right.
pub async fn unsubscribe_account(
    db: &Db,
    account: AccountId,
    key: &str,
) -> Result<Option<AccountId>, sqlx::Error> {
    if key.len() < 32 {
        return Ok(None);
    }
    sqlx::query_scalar(
        "SELECT id FROM accounts WHERE id = $1 AND unsubscribe_key = $2 AND deleted_at IS NULL",
    )
    .bind(account)
    .bind(key)
    .fetch_optional(db.pool())
    .await
}

/// Sends the weekly digest to every account that chose it and has news, once a week each.
/// Several server processes may run this at once: each account is claimed by a guarded
/// update, so it gets one digest. Answers how many were sent.
pub async fn send_digests(state: &AppState, now: Timestamp) -> Result<usize, sqlx::Error> {
    let week_ago = now.minus(7 * DAY);
    let due: Vec<AccountId> = sqlx::query_scalar(
        "SELECT a.id FROM accounts a WHERE a.email_digest = 1 AND a.deleted_at IS NULL \
         AND a.email_confirmed_at IS NOT NULL \
         AND (a.digest_sent_at IS NULL OR a.digest_sent_at <= $1) \
         AND EXISTS (SELECT 1 FROM notifications n WHERE n.account_id = a.id \
                     AND n.emailed_at IS NULL AND n.created_at > $1)",
    )
    .bind(week_ago)
    .fetch_all(state.db.pool())
    .await?;
    let mut sent = 0;
    for account in due {
        let mut tx = state.db.begin_write().await?;
        let claimed = sqlx::query(
            "UPDATE accounts SET digest_sent_at = $1 WHERE id = $2 \
             AND (digest_sent_at IS NULL OR digest_sent_at <= $3)",
        )
        .bind(now)
        .bind(account)
        .bind(week_ago)
        .execute(&mut *tx)
        .await?;
        if claimed.rows_affected() == 0 {
            continue;
        }
        let news: Vec<Outgoing> = sqlx::query_as(
            "SELECT a.id AS account_id, a.email, a.display_name, a.language, a.unsubscribe_key, \
             n.kind, i.title, CASE WHEN actor.deleted_at IS NULL THEN actor.display_name END \
             AS actor, n.reason, n.initiative_id, n.comment_id \
             FROM notifications n JOIN accounts a ON a.id = n.account_id \
             LEFT JOIN initiatives i ON i.id = n.initiative_id \
             LEFT JOIN accounts actor ON actor.id = n.actor_id \
             WHERE n.account_id = $1 AND n.emailed_at IS NULL AND n.created_at > $2 \
             ORDER BY n.id",
        )
        .bind(account)
        .bind(week_ago)
        .fetch_all(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE notifications SET emailed_at = $1 WHERE account_id = $2 AND emailed_at IS NULL",
        )
        .bind(now)
        .bind(account)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        let off = opted_out(&state.db, account).await?;
        let news: Vec<Outgoing> = news
            .into_iter()
            .filter(|n| !off.contains(&n.kind.topic()))
            .collect();
        if let Some(first) = news.first() {
            state.mail.send(digest(state, first, &news));
            sent += 1;
        }
    }
    Ok(sent)
}

/// The digest email: every piece of news since the last one, each with its link.
fn digest(state: &AppState, who: &Outgoing, news: &[Outgoing]) -> Email {
    let lang = Lang::from_code(&who.language).unwrap_or_default();
    let site = lang.text(Msg::SiteName);
    let mut body = vec![
        lang.format(
            Msg::EmailGreeting,
            &[("name", Arg::from(&who.display_name))],
        ),
        lang.text(Msg::EmailDigestBody).to_owned(),
    ];
    for item in news {
        let mut line = format!(
            "- {}",
            super::text(
                lang,
                item.kind,
                item.title.as_deref(),
                item.actor.as_deref(),
                item.reason.as_deref(),
            )
        );
        if let Some(path) = target_path(item.initiative_id, item.comment_id) {
            line.push_str(&format!("\n  {}", state.link(&path)));
        }
        body.push(line);
    }
    body.push(lang.format(Msg::EmailSignature, &[("site", Arg::from(site))]));
    body.push(lang.format(
        Msg::EmailDigestUnsubscribe,
        &[("link", Arg::from(&state.link("/account#emails")))],
    ));
    Email {
        to: who.email.clone(),
        subject: lang.format(Msg::EmailDigestSubject, &[("site", Arg::from(site))]),
        body: body.join("\n\n"),
        unsubscribe: None,
    }
}
