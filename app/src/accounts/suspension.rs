//! Suspensions: a moderator stops an account from posting, joining and commenting, for a
//! period or until lifted, with a reason the account's owner is told. Reading stays open.

use crate::i18n::Msg;
use crate::ids::SuspensionId;
use crate::time::LocalDateTime;
use crate::timestamp::{DAY, Timestamp};
use serde::{Deserialize, Serialize};

/// How long a suspension lasts, as a moderator chooses it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Period {
    Days(i64),
    /// Until a moderator lifts it.
    Indefinite,
}

impl Period {
    /// The choices the form offers; other lengths are refused.
    pub const CHOICES: [Period; 7] = [
        Period::Days(1),
        Period::Days(3),
        Period::Days(7),
        Period::Days(14),
        Period::Days(30),
        Period::Days(90),
        Period::Indefinite,
    ];

    /// The form value: a number of days, or "indefinite".
    pub fn value(self) -> String {
        match self {
            Period::Days(days) => days.to_string(),
            Period::Indefinite => "indefinite".to_owned(),
        }
    }

    pub fn parse(input: &str) -> Result<Period, crate::error::Problem> {
        let input = input.trim();
        if input.is_empty() {
            // A radio group: "choose one" says more than "write something".
            return Err(crate::error::Problem::UnknownChoice);
        }
        Period::CHOICES
            .into_iter()
            .find(|p| p.value() == input)
            .ok_or(crate::error::Problem::UnknownChoice)
    }

    /// When a suspension starting at `start` ends; `None` for indefinite.
    pub fn ends_at(self, start: Timestamp) -> Option<Timestamp> {
        match self {
            Period::Days(days) => Some(start.plus(days * DAY)),
            Period::Indefinite => None,
        }
    }

    /// The text for the choice ("7 døgn"), with `days` given by the caller.
    pub fn label(self) -> Msg {
        match self {
            Period::Days(_) => Msg::SuspendDays,
            Period::Indefinite => Msg::SuspendIndefinite,
        }
    }
}

/// A suspension in force, as its owner is told of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InForce {
    pub reason: String,
    /// `None`: until a moderator lifts it.
    pub until: Option<LocalDateTime>,
}

/// One suspension of an account, past or present, as moderators see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub id: SuspensionId,
    pub reason: String,
    pub starts_at: LocalDateTime,
    pub ends_at: Option<LocalDateTime>,
    pub by: String,
    pub lifted_at: Option<LocalDateTime>,
    pub in_force: bool,
}

#[cfg(feature = "ssr")]
pub mod store {
    //! The suspensions' queries.

    use super::{InForce, Record};
    use crate::accounts::role::Role;
    use crate::accounts::staff::Moderator;
    use crate::db::Db;
    use crate::ids::{AccountId, SuspensionId};
    use crate::timestamp::Timestamp;
    use sqlx::{Any, Transaction};

    use crate::accounts::store::SUSPENSION_IN_FORCE as IN_FORCE;

    /// The account's suspension in force at `now`, if any.
    #[tracing::instrument(skip_all)]
    pub async fn in_force(
        db: &Db,
        account: AccountId,
        now: Timestamp,
    ) -> Result<Option<InForce>, sqlx::Error> {
        let row: Option<(String, Option<Timestamp>)> = sqlx::query_as(&format!(
            "SELECT s.reason, s.ends_at FROM suspensions s WHERE s.account_id = $1 AND {IN_FORCE}"
        ))
        .bind(account)
        .bind(now)
        .fetch_optional(db.pool())
        .await?;
        Ok(row.map(|(reason, ends_at)| InForce {
            reason,
            until: ends_at.map(Timestamp::local),
        }))
    }

    #[derive(sqlx::FromRow)]
    struct RecordRow {
        id: SuspensionId,
        reason: String,
        starts_at: Timestamp,
        ends_at: Option<Timestamp>,
        by: String,
        lifted_at: Option<Timestamp>,
        in_force: i64,
    }

    /// Every suspension of the account, newest first.
    #[tracing::instrument(skip_all)]
    pub async fn history(
        db: &Db,
        account: AccountId,
        now: Timestamp,
    ) -> Result<Vec<Record>, sqlx::Error> {
        let rows: Vec<RecordRow> = sqlx::query_as(&format!(
            "SELECT s.id, s.reason, s.starts_at, s.ends_at, a.display_name AS by, s.lifted_at, \
             CASE WHEN {IN_FORCE} THEN 1 ELSE 0 END AS in_force \
             FROM suspensions s JOIN accounts a ON a.id = s.created_by \
             WHERE s.account_id = $1 ORDER BY s.id DESC"
        ))
        .bind(account)
        .bind(now)
        .fetch_all(db.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|row| Record {
                id: row.id,
                reason: row.reason,
                starts_at: row.starts_at.local(),
                ends_at: row.ends_at.map(Timestamp::local),
                by: row.by,
                lifted_at: row.lifted_at.map(Timestamp::local),
                in_force: row.in_force == 1,
            })
            .collect())
    }

    /// What moderators see of an account before suspending it.
    pub struct Overview {
        pub display_name: String,
        pub created_at: Timestamp,
        /// Initiatives proposed.
        pub initiatives: i64,
        /// Comments not deleted.
        pub comments: i64,
        pub roles: Vec<Role>,
    }

    #[tracing::instrument(skip_all)]
    pub async fn overview(db: &Db, account: AccountId) -> Result<Option<Overview>, sqlx::Error> {
        let row: Option<(String, Timestamp, i64, i64)> = sqlx::query_as(
            "SELECT a.display_name, a.created_at, \
             (SELECT COUNT(*) FROM initiatives i WHERE i.author_id = a.id), \
             (SELECT COUNT(*) FROM comments c WHERE c.author_id = a.id AND c.deleted_at IS NULL) \
             FROM accounts a WHERE a.id = $1",
        )
        .bind(account)
        .fetch_optional(db.pool())
        .await?;
        let Some((display_name, created_at, initiatives, comments)) = row else {
            return Ok(None);
        };
        Ok(Some(Overview {
            display_name,
            created_at,
            initiatives,
            comments,
            roles: crate::accounts::store::roles_of(db, account).await?,
        }))
    }

    /// Closes the account's suspension that is not lifted, if any: one that has run out is
    /// closed at its end, one in force is lifted now by `by`. Answers whether one in force
    /// was lifted.
    pub async fn close(
        tx: &mut Transaction<'static, Any>,
        account: AccountId,
        by: &Moderator,
        now: Timestamp,
    ) -> Result<bool, sqlx::Error> {
        sqlx::query(
            "UPDATE suspensions SET lifted_at = ends_at, lifted_by = NULL \
             WHERE account_id = $1 AND lifted_at IS NULL AND ends_at IS NOT NULL AND ends_at <= $2",
        )
        .bind(account)
        .bind(now)
        .execute(&mut **tx)
        .await?;
        let lifted = sqlx::query(
            "UPDATE suspensions SET lifted_at = $1, lifted_by = $2 \
             WHERE account_id = $3 AND lifted_at IS NULL",
        )
        .bind(now)
        .bind(by.id())
        .bind(account)
        .execute(&mut **tx)
        .await?;
        Ok(lifted.rows_affected() > 0)
    }

    /// Stores a new suspension. The unique index allows one that is not lifted per account,
    /// so the caller closes the old one first in the same transaction.
    pub async fn insert(
        tx: &mut Transaction<'static, Any>,
        account: AccountId,
        reason: &str,
        now: Timestamp,
        ends_at: Option<Timestamp>,
        by: &Moderator,
    ) -> Result<SuspensionId, sqlx::Error> {
        sqlx::query_scalar(
            "INSERT INTO suspensions (account_id, reason, starts_at, ends_at, created_by) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(account)
        .bind(reason)
        .bind(now)
        .bind(ends_at)
        .bind(by.id())
        .fetch_one(&mut **tx)
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Problem;

    #[test]
    fn a_period_is_one_of_the_offered_choices() {
        assert_eq!(Period::parse("7"), Ok(Period::Days(7)));
        assert_eq!(Period::parse(" indefinite "), Ok(Period::Indefinite));
        assert_eq!(Period::parse(""), Err(Problem::UnknownChoice));
        assert_eq!(Period::parse("5"), Err(Problem::UnknownChoice));
        assert_eq!(Period::parse("-1"), Err(Problem::UnknownChoice));
        assert_eq!(Period::parse("36500"), Err(Problem::UnknownChoice));
    }

    #[test]
    fn a_period_ends_after_its_days_or_never() {
        assert_eq!(
            Period::Days(1).ends_at(Timestamp(100)),
            Some(Timestamp(100 + 86_400))
        );
        assert_eq!(Period::Indefinite.ends_at(Timestamp(100)), None);
        for period in Period::CHOICES {
            assert_eq!(Period::parse(&period.value()), Ok(period));
        }
    }
}
