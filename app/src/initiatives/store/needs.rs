//! An initiative's needs and the offers to take them.

use crate::db::Db;
use crate::ids::{AccountId, InitiativeId, NeedId};
use crate::initiatives::Need;
use crate::stored::Flag;
use crate::timestamp::Timestamp;
use sqlx::{Any, Transaction};

/// An initiative's needs, with the offers to take them: whether `viewer` offered, and (when
/// `show_names`, for initiators) who did.
#[tracing::instrument(skip_all)]
pub async fn needs(
    db: &Db,
    initiative_id: InitiativeId,
    viewer: Option<AccountId>,
    show_names: bool,
) -> Result<Vec<Need>, sqlx::Error> {
    let rows: Vec<(NeedId, String, Flag)> = sqlx::query_as(
        "SELECT id, description, covered FROM initiative_needs WHERE initiative_id = $1 \
         ORDER BY position, id",
    )
    .bind(initiative_id)
    .fetch_all(db.pool())
    .await?;
    // All offers of the initiative in one query, not one per need.
    let offers: Vec<(NeedId, AccountId, String)> = sqlx::query_as(
        "SELECT o.need_id, o.account_id, a.display_name FROM need_offers o \
         JOIN initiative_needs n ON n.id = o.need_id JOIN accounts a ON a.id = o.account_id \
         WHERE n.initiative_id = $1 ORDER BY o.created_at, a.display_name",
    )
    .bind(initiative_id)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, description, covered)| {
            let mine = offers.iter().filter(|(need, _, _)| *need == id);
            Need {
                id,
                description,
                covered: covered.get(),
                offered_by_me: mine.clone().any(|(_, account, _)| Some(*account) == viewer),
                offered_by: if show_names {
                    mine.map(|(_, _, name)| name.clone()).collect()
                } else {
                    Vec::new()
                },
            }
        })
        .collect())
}

/// The initiative a need belongs to, and whether it is covered.
#[tracing::instrument(skip_all)]
pub async fn need_owner(
    db: &Db,
    need_id: NeedId,
) -> Result<Option<(InitiativeId, bool)>, sqlx::Error> {
    let row: Option<(InitiativeId, Flag)> =
        sqlx::query_as("SELECT initiative_id, covered FROM initiative_needs WHERE id = $1")
            .bind(need_id)
            .fetch_optional(db.pool())
            .await?;
    Ok(row.map(|(initiative, covered)| (initiative, covered.get())))
}

/// What became of an offer to take a need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Offered {
    /// A new offer, for the need of this text.
    New(String),
    /// The person had offered already: nothing changed.
    Again,
    /// The need was covered meanwhile.
    Covered,
}

/// Records an offer to take a need that is still open; offering twice changes nothing.
pub async fn offer(
    tx: &mut Transaction<'static, Any>,
    need_id: NeedId,
    account_id: AccountId,
    now: Timestamp,
) -> Result<Offered, sqlx::Error> {
    let open: Option<String> = sqlx::query_scalar(
        "SELECT description FROM initiative_needs WHERE id = $1 AND covered = 0",
    )
    .bind(need_id)
    .fetch_optional(&mut **tx)
    .await?;
    let Some(need) = open else {
        return Ok(Offered::Covered);
    };
    let done = sqlx::query(
        "INSERT INTO need_offers (need_id, account_id, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (need_id, account_id) DO NOTHING",
    )
    .bind(need_id)
    .bind(account_id)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(if done.rows_affected() == 1 {
        Offered::New(need)
    } else {
        Offered::Again
    })
}

#[tracing::instrument(skip_all)]
pub async fn take_back_offer(
    db: &Db,
    need_id: NeedId,
    account_id: AccountId,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM need_offers WHERE need_id = $1 AND account_id = $2")
        .bind(need_id)
        .bind(account_id)
        .execute(db.pool())
        .await?;
    Ok(())
}

pub async fn set_covered(
    tx: &mut Transaction<'static, Any>,
    need_id: NeedId,
    covered: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE initiative_needs SET covered = $1 WHERE id = $2")
        .bind(Flag::from(covered))
        .bind(need_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
