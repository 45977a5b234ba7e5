//! The neighbourhoods' queries.

use super::Neighbourhood;
use crate::db::{Db, now};
use crate::error::Problem;
use crate::ids::NeighbourhoodId;

#[tracing::instrument(skip_all)]
pub async fn active(db: &Db) -> Result<Vec<Neighbourhood>, sqlx::Error> {
    sqlx::query_as("SELECT id, name FROM neighbourhoods WHERE retired = 0 ORDER BY name")
        .fetch_all(db.pool())
        .await
}

/// Reads a neighbourhood choice from a form: empty means "rather not say"; anything else
/// must be the id of a neighbourhood that is not retired.
pub async fn parse_choice(
    db: &Db,
    input: &str,
) -> Result<Result<Option<NeighbourhoodId>, Problem>, sqlx::Error> {
    let input = input.trim();
    if input.is_empty() {
        return Ok(Ok(None));
    }
    let Ok(id) = input.parse::<NeighbourhoodId>() else {
        return Ok(Err(Problem::UnknownNeighbourhood));
    };
    let exists: Option<NeighbourhoodId> =
        sqlx::query_scalar("SELECT id FROM neighbourhoods WHERE id = $1 AND retired = 0")
            .bind(id)
            .fetch_optional(db.pool())
            .await?;
    Ok(exists.map(Some).ok_or(Problem::UnknownNeighbourhood))
}

/// Adds a neighbourhood, or answers the id of the one with that name.
#[tracing::instrument(skip_all)]
pub async fn ensure(
    db: &Db,
    name: &str,
    residents: Option<i64>,
) -> Result<NeighbourhoodId, sqlx::Error> {
    sqlx::query(
        "INSERT INTO neighbourhoods (name, residents, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (name) DO NOTHING",
    )
    .bind(name)
    .bind(residents)
    .bind(now())
    .execute(db.pool())
    .await?;
    sqlx::query_scalar("SELECT id FROM neighbourhoods WHERE name = $1")
        .bind(name)
        .fetch_one(db.pool())
        .await
}
