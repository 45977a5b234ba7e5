//! Sessions kept in the platform's own database, so that several server processes can serve
//! one PostgreSQL database and a log-in made through one is honoured by the next.
//!
//! tower-sessions-sqlx-store exists, but needs a typed `SqlitePool` or `PgPool`; this store
//! works over the one `Any` pool the rest of the platform uses, and its table is created by
//! our own migrations.

use super::Db;
use async_trait::async_trait;
use time::OffsetDateTime;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};

/// How far a session's stored end may lag behind its last request: it ends after its idle
/// time (two weeks), give or take this.
const SLIDE_SECONDS: i64 = 60 * 60;

#[derive(Clone, Debug)]
pub struct DbSessionStore {
    db: Db,
}

impl DbSessionStore {
    pub fn new(db: Db) -> Self {
        DbSessionStore { db }
    }

    /// Removes sessions that have expired; run periodically by the server.
    pub async fn delete_expired(&self) -> Result<u64, sqlx::Error> {
        let done = sqlx::query("DELETE FROM sessions WHERE expires_at < $1")
            .bind(super::now())
            .execute(self.db.pool())
            .await?;
        Ok(done.rows_affected())
    }

    /// Inserts the record unless its id is taken. Answers how many rows were written.
    async fn insert_new(&self, record: &Record) -> session_store::Result<u64> {
        let done = sqlx::query(
            "INSERT INTO sessions (id, data, expires_at, account_id) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (id) DO NOTHING",
        )
        .bind(record.id.to_string())
        .bind(encode(record)?)
        .bind(record.expiry_date.unix_timestamp())
        .bind(account_of(record))
        .execute(self.db.pool())
        .await
        .map_err(backend)?;
        Ok(done.rows_affected())
    }
}

fn backend(e: sqlx::Error) -> session_store::Error {
    session_store::Error::Backend(e.to_string())
}

fn encode(record: &Record) -> session_store::Result<String> {
    serde_json::to_string(&record.data).map_err(|e| session_store::Error::Encode(e.to_string()))
}

/// The account the session is logged in to, if any (`accounts::auth` keeps it under "auth").
fn account_of(record: &Record) -> Option<i64> {
    record.data.get("auth")?.get("account_id")?.as_i64()
}

#[async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        // Ids are 128 random bits, but a collision must still not overwrite someone's session.
        loop {
            if self.insert_new(record).await? == 1 {
                return Ok(());
            }
            record.id = Id::default();
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        // tower-sessions saves a session on every request that has one, to slide its end
        // (`Expiry::OnInactivity`). Writing the row each time made every page a logged-in
        // person opened a write to the database, and every join two commits instead of one.
        // The row is written only when its data changed or its end moved by more than
        // `SLIDE_SECONDS`. An UPDATE, not an upsert: a session deleted meanwhile (logged out
        // elsewhere) stays deleted.
        sqlx::query(
            "UPDATE sessions SET data = $2, expires_at = $3, account_id = $4 \
             WHERE id = $1 AND (data <> $2 OR expires_at < $5)",
        )
        .bind(record.id.to_string())
        .bind(encode(record)?)
        .bind(record.expiry_date.unix_timestamp())
        .bind(account_of(record))
        .bind(record.expiry_date.unix_timestamp() - SLIDE_SECONDS)
        .execute(self.db.pool())
        .await
        .map_err(backend)?;
        Ok(())
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let row: Option<(String, i64)> = sqlx::query_as(
            "SELECT data, expires_at FROM sessions WHERE id = $1 AND expires_at > $2",
        )
        .bind(id.to_string())
        .bind(super::now())
        .fetch_optional(self.db.pool())
        .await
        .map_err(backend)?;
        let Some((data, expires_at)) = row else {
            return Ok(None);
        };
        let data =
            serde_json::from_str(&data).map_err(|e| session_store::Error::Decode(e.to_string()))?;
        let expiry_date = OffsetDateTime::from_unix_timestamp(expires_at)
            .map_err(|e| session_store::Error::Decode(e.to_string()))?;
        Ok(Some(Record {
            id: *id,
            data,
            expiry_date,
        }))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        sqlx::query("DELETE FROM sessions WHERE id = $1")
            .bind(id.to_string())
            .execute(self.db.pool())
            .await
            .map_err(backend)?;
        Ok(())
    }
}
