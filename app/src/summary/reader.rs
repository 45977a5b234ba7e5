//! How the summary reads the database: one view's queries in one snapshot (`Reader`), each
//! with the same four values (`Scope`). The queries themselves are in `store.rs`.

use super::Narrowing;
use super::period::Span;
use crate::db::{Backend, Db};
use sqlx::{Any, Transaction};

/// The four values every query takes.
#[derive(Clone, Copy)]
pub struct Scope {
    pub from: i64,
    pub to: i64,
    pub goal: i64,
    pub neighbourhood: i64,
}

impl Scope {
    pub fn new(span: &Span, narrowing: Narrowing) -> Scope {
        Scope {
            from: span.from,
            to: span.to,
            goal: narrowing.goal.unwrap_or(0),
            neighbourhood: narrowing.neighbourhood.unwrap_or(0),
        }
    }
}

/// One view's reading of the database: every query of it in one transaction, so that the
/// figures of a page (and the previous period beside them) come from one snapshot, however
/// people join and leave meanwhile. On PostgreSQL the transaction is `REPEATABLE READ`
/// (one snapshot for all its statements) and read-only; on SQLite (WAL) a transaction reads
/// one snapshot from its first statement to its end. It counts its queries, which a test
/// bounds.
pub struct Reader {
    tx: Transaction<'static, Any>,
    queries: usize,
}

impl Reader {
    pub async fn begin(db: &Db) -> Result<Reader, sqlx::Error> {
        let mut tx = db.pool().begin().await?;
        if db.backend() == Backend::Postgres {
            sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                .execute(&mut *tx)
                .await?;
            // The summary groups hundreds of thousands of rows a query; with the default
            // 4 MB its sorts and hashes go to disk. For this transaction only.
            sqlx::query("SET LOCAL work_mem = '64MB'")
                .execute(&mut *tx)
                .await?;
        }
        Ok(Reader { tx, queries: 0 })
    }

    /// The queries run so far, the transaction's own set-up left out.
    pub fn queries(&self) -> usize {
        self.queries
    }

    /// Ends the transaction; it wrote nothing, so a rollback loses nothing.
    pub async fn finish(self) -> Result<(), sqlx::Error> {
        self.tx.rollback().await
    }

    /// Runs `sql` with the scope's four values bound.
    pub(super) async fn rows<T>(&mut self, sql: &str, scope: Scope) -> Result<Vec<T>, sqlx::Error>
    where
        T: Send + Unpin + for<'r> sqlx::FromRow<'r, sqlx::any::AnyRow>,
    {
        self.queries += 1;
        sqlx::query_as(sql)
            .bind(scope.from)
            .bind(scope.to)
            .bind(scope.goal)
            .bind(scope.neighbourhood)
            .fetch_all(&mut *self.tx)
            .await
    }

    pub(super) async fn pairs(
        &mut self,
        sql: &str,
        scope: Scope,
    ) -> Result<Vec<(Option<i64>, i64)>, sqlx::Error> {
        self.rows(sql, scope).await
    }

    /// The transaction's connection, for one query of the caller's own.
    pub(super) fn connection(&mut self) -> &mut sqlx::AnyConnection {
        self.queries += 1;
        &mut self.tx
    }
}
