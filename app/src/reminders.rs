//! Reminders the day before: everyone taking part in a published initiative that starts
//! within a day gets one email, in their language, unless they switched reminders off
//! (the `reminders` topic on "my account", or the email's one-click link).
//!
//! Why no job queue: a reminder is due because of what the database already holds (a start
//! time), so there is nothing to enqueue, and nothing is lost while no server runs. What a
//! queue would add is taking each job once; `reminders_sent`'s key does that on both
//! databases (an insert that finds the key taken writes nothing), without SQLite's or
//! PostgreSQL's own locking idioms. A process that stops between taking a reminder and
//! handing its emails to the mail task loses that reminder: at most once, never twice.

use crate::i18n::{Arg, Lang, Msg};
use crate::ids::{AccountId, InitiativeId};
use crate::initiatives::kind::State;
use crate::mail::Email;
use crate::notifications::Topic;
use crate::state::AppState;
use crate::timestamp::{DAY, Timestamp};

#[derive(sqlx::FromRow)]
struct Due {
    id: InitiativeId,
    title: String,
    /// The first time; for a recurring one, set to the time being reminded of.
    starts_at: Timestamp,
    place: Option<String>,
    recurrence: Option<crate::initiatives::recurrence::Frequency>,
    recurs_until: Option<Timestamp>,
}

impl Due {
    /// The time starting within a day of `now` that this reminds of, if there is one: the
    /// start, or a recurring one's next time.
    fn time_within_a_day(&self, now: Timestamp) -> Option<Timestamp> {
        let start = match (self.recurrence, self.recurs_until) {
            (Some(frequency), Some(until)) => {
                crate::initiatives::recurrence::Recurrence { frequency, until }
                    .starts(self.starts_at)
                    .find(|start| *start > now)?
            }
            _ => self.starts_at,
        };
        (start > now && start <= now.plus(DAY)).then_some(start)
    }
}

#[derive(sqlx::FromRow)]
struct Recipient {
    account_id: AccountId,
    email: String,
    display_name: String,
    language: String,
    unsubscribe_key: String,
}

/// Sends the reminders that are due at `now`; answers how many initiatives it reminded of.
pub async fn send_due(state: &AppState, now: Timestamp) -> Result<usize, sqlx::Error> {
    let due: Vec<Due> = sqlx::query_as(
        "SELECT i.id, i.title, i.starts_at, i.place, i.recurrence, i.recurs_until \
         FROM initiatives i \
         WHERE i.state = $1 AND i.hidden_at IS NULL AND ((i.starts_at > $2 AND i.starts_at <= $3 \
         AND NOT EXISTS (SELECT 1 FROM reminders_sent r WHERE r.initiative_id = i.id \
                         AND r.starts_at = i.starts_at)) \
         OR (i.recurrence IS NOT NULL AND i.starts_at <= $3 AND i.recurs_until + 86400 > $2)) \
         ORDER BY i.starts_at, i.id",
    )
    .bind(State::Published)
    .bind(now)
    .bind(now.plus(DAY))
    .fetch_all(state.db.pool())
    .await?;
    let mut reminded = 0;
    for mut initiative in due {
        // A recurring one is reminded of for each time, by that time's key.
        let Some(start) = initiative.time_within_a_day(now) else {
            continue;
        };
        initiative.starts_at = start;
        let mut tx = state.db.begin_write().await?;
        // Taken on by this process if its row is new; another process that got there first
        // has sent it, or is sending it.
        let taken = sqlx::query(
            "INSERT INTO reminders_sent (initiative_id, starts_at, sent_at) \
             VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        )
        .bind(initiative.id)
        .bind(initiative.starts_at)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        if taken.rows_affected() == 0 {
            continue;
        }
        let recipients: Vec<Recipient> = sqlx::query_as(
            "SELECT a.id AS account_id, a.email, a.display_name, a.language, a.unsubscribe_key \
             FROM participations p JOIN accounts a ON a.id = p.account_id \
             WHERE p.initiative_id = $1 AND a.deleted_at IS NULL \
             AND a.email_confirmed_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM email_opt_outs o \
                 WHERE o.account_id = a.id AND o.kind = $2) \
             ORDER BY a.id",
        )
        .bind(initiative.id)
        .bind(Topic::Reminders)
        .fetch_all(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE reminders_sent SET recipients = $1 WHERE initiative_id = $2 AND starts_at = $3",
        )
        .bind(recipients.len() as i64)
        .bind(initiative.id)
        .bind(initiative.starts_at)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        for recipient in &recipients {
            state.mail.send(email(state, &initiative, recipient));
        }
        tracing::info!(initiative = %initiative.id, recipients = recipients.len(), "reminder sent");
        reminded += 1;
    }
    Ok(reminded)
}

/// One reminder, in the recipient's language.
fn email(state: &AppState, initiative: &Due, to: &Recipient) -> Email {
    let lang = Lang::from_code(&to.language).unwrap_or_default();
    let when = initiative.starts_at.local().date_time_text(lang);
    let subject = lang.format(
        Msg::ReminderSubject,
        &[("title", Arg::from(&initiative.title))],
    );
    let mut body = vec![
        lang.format(Msg::EmailGreeting, &[("name", Arg::from(&to.display_name))]),
        lang.format(
            Msg::ReminderWhen,
            &[
                ("title", Arg::from(&initiative.title)),
                ("when", Arg::from(&when)),
            ],
        ),
    ];
    if let Some(place) = &initiative.place {
        body.push(lang.format(Msg::ReminderWhere, &[("place", Arg::from(place))]));
    }
    let page = state.link(&format!("/initiatives/{}", initiative.id));
    body.push(lang.format(Msg::EmailSee, &[("link", Arg::from(&page))]));
    let file = state.link(&crate::calendar::initiative_path(initiative.id));
    body.push(lang.format(Msg::EmailCalendar, &[("link", Arg::from(&file))]));
    body.push(lang.format(
        Msg::EmailSignature,
        &[("site", Arg::from(lang.text(Msg::SiteName)))],
    ));
    let unsubscribe = state.link(&crate::notifications::store::unsubscribe_path(
        to.account_id,
        Topic::Reminders,
        &to.unsubscribe_key,
    ));
    body.push(lang.format(Msg::EmailUnsubscribe, &[("link", Arg::from(&unsubscribe))]));
    Email {
        to: to.email.clone(),
        subject,
        body: body.join("\n\n"),
        unsubscribe: Some(unsubscribe),
    }
}
