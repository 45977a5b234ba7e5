//! The database: one connection pool for SQLite or PostgreSQL, chosen by the URL at run time.
//! Dialect differences live here and in the two migration folders, nowhere else.
//!
//! Why `sqlx::Any`: the domain code is written once, with `$1` placeholders, and the same
//! queries run on both databases. The price is that `Any` only decodes integers, floats,
//! text and bytes, so the schema stores times as integer UTC seconds and flags as integers.

mod migrate;
pub mod session_store;

pub use migrate::SetupError;

use crate::timestamp::Timestamp;
use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{Any, AnyPool, Executor, Transaction};
use std::time::Duration;

/// Which database the pool talks to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn from_url(url: &str) -> Result<Self, SetupError> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Ok(Backend::Postgres)
        } else {
            Err(SetupError::UnsupportedUrl)
        }
    }
}

/// A handle on the database, cheap to clone.
#[derive(Clone, Debug)]
pub struct Db {
    pool: AnyPool,
    backend: Backend,
}

impl Db {
    /// Connects to `url`, creating the SQLite file (and its folder) when it does not exist.
    pub async fn connect(url: &str) -> Result<Self, SetupError> {
        Self::connect_with(url, None).await
    }

    /// Like `connect`, with at most `connections` connections (the default for its database
    /// when `None`).
    pub async fn connect_with(url: &str, connections: Option<u32>) -> Result<Self, SetupError> {
        install_default_drivers();
        let backend = Backend::from_url(url)?;
        let url = match backend {
            Backend::Sqlite => sqlite_url_creating_folder(url)?,
            Backend::Postgres => url.to_owned(),
        };
        let options = AnyPoolOptions::new()
            // On a machine with few cores more connections only add contention: 32
            // PostgreSQL connections made fewer joins a second than 10 under `make bench` on
            // two cores (see README). A larger machine sets FORSAMLING_DB_CONNECTIONS.
            .max_connections(connections.unwrap_or(match backend {
                Backend::Sqlite => 8,
                Backend::Postgres => 10,
            }))
            .acquire_timeout(Duration::from_secs(10));
        let options = match backend {
            // WAL lets readers work while one writer writes; the busy timeout makes a
            // second writer wait instead of failing; SQLite leaves foreign keys off unless
            // asked. Memory-mapped reads of up to 256 MB keep a few years' data out of read
            // calls, and the kernel shares those pages among the connections; the page
            // cache (each connection's own heap) stays at 8 MB, for pages being written:
            // at 64 MB the eight connections took the server to 849 MB under `make bench`.
            // Temporary sorts stay in memory. `PRAGMA optimize` (at start, and hourly from
            // `spawn_purge`) keeps the planner's statistics fresh.
            Backend::Sqlite => options.after_connect(|conn, _meta| {
                Box::pin(async move {
                    conn.execute(
                        "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; \
                         PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; \
                         PRAGMA cache_size = -8192; PRAGMA mmap_size = 268435456; \
                         PRAGMA temp_store = MEMORY;",
                    )
                    .await?;
                    Ok(())
                })
            }),
            Backend::Postgres => options,
        };
        let pool = options.connect(&url).await.map_err(SetupError::Connect)?;
        Ok(Db { pool, backend })
    }

    /// Brings the query planner's statistics up to date: `PRAGMA optimize` on SQLite (it
    /// analyses only what changed enough), `ANALYZE` on PostgreSQL is left to autovacuum.
    pub async fn optimize(&self) -> Result<(), sqlx::Error> {
        if self.backend == Backend::Sqlite {
            sqlx::query("PRAGMA optimize=0x10002")
                .execute(&self.pool)
                .await?;
        }
        Ok(())
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Starts a transaction that will write. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`), so two concurrent writers queue on the busy timeout instead of
    /// one failing with "database is locked" when it upgrades a read lock.
    pub async fn begin_write(&self) -> Result<Transaction<'static, Any>, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
    }

    /// What ends a SELECT inside a write transaction so that the rows it read stay as read
    /// until the transaction ends. SQLite needs nothing: `BEGIN IMMEDIATE` already holds its
    /// one write lock. PostgreSQL locks the rows (`FOR UPDATE`); a concurrent writer waits.
    pub fn lock_rows(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite => "",
            Backend::Postgres => " FOR UPDATE",
        }
    }

    /// Like `lock_rows`, for rows the transaction only needs to stay as they are (an
    /// initiative someone joins): PostgreSQL's `FOR SHARE` lets many such transactions hold
    /// the row at once while a writer that would change it waits.
    pub fn share_rows(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite => "",
            Backend::Postgres => " FOR SHARE",
        }
    }

    /// What ends a SELECT that joins rows to keep as they are (`share_rows`), from the
    /// table aliased `shared`, with rows to change (`lock_rows`), from `locked`: one round
    /// trip instead of two. PostgreSQL takes the locks in the order named, so `shared`
    /// comes first where other writers also take it first.
    pub fn share_then_lock(&self, shared: &str, locked: &str) -> String {
        match self.backend {
            Backend::Sqlite => String::new(),
            Backend::Postgres => format!(" FOR SHARE OF {shared} FOR UPDATE OF {locked}"),
        }
    }

    /// Answers whether the database answers, for `/healthz`.
    pub async fn is_healthy(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Adds `mode=rwc` so SQLite creates the file, and creates the folder it lives in.
fn sqlite_url_creating_folder(url: &str) -> Result<String, SetupError> {
    let rest = url.trim_start_matches("sqlite:").trim_start_matches("//");
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    if path != ":memory:"
        && let Some(parent) = std::path::Path::new(path).parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent).map_err(SetupError::Folder)?;
    }
    let query = if query.contains("mode=") {
        query.to_owned()
    } else if query.is_empty() {
        "mode=rwc".to_owned()
    } else {
        format!("{query}&mode=rwc")
    };
    Ok(format!("sqlite://{path}?{query}"))
}

/// The current time, as every time is stored.
pub fn now() -> Timestamp {
    Timestamp::now()
}

/// Whether a database error is a unique-constraint violation (a duplicate row).
pub fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(e) if e.is_unique_violation())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_url_gets_create_mode() {
        assert_eq!(
            sqlite_url_creating_folder("sqlite::memory:").unwrap(),
            "sqlite://:memory:?mode=rwc"
        );
        assert_eq!(
            sqlite_url_creating_folder("sqlite://x.db?mode=ro").unwrap(),
            "sqlite://x.db?mode=ro"
        );
    }

    #[test]
    fn backend_is_chosen_by_scheme() {
        assert_eq!(Backend::from_url("sqlite://a.db").unwrap(), Backend::Sqlite);
        assert_eq!(
            Backend::from_url("postgres://localhost/x").unwrap(),
            Backend::Postgres
        );
        assert!(Backend::from_url("mysql://x").is_err());
    }
}
