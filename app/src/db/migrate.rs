//! Runs the embedded migrations for the connected database, and refuses a database whose
//! schema is newer than this binary (an older binary would misread it).

use super::{Backend, Db};
use sqlx::migrate::Migrator;

static SQLITE: Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES: Migrator = sqlx::migrate!("../migrations/postgres");

#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    #[error("DATABASE_URL must start with sqlite: or postgres:")]
    UnsupportedUrl,
    #[error("could not create the database folder: {0}")]
    Folder(std::io::Error),
    #[error("could not connect to the database: {0}")]
    Connect(sqlx::Error),
    #[error(
        "the database has schema version {database}, newer than this program knows \
         (up to {binary}); run a newer version of forsamling against it"
    )]
    NewerSchema { database: i64, binary: i64 },
    #[error("migrating the database failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

impl Db {
    fn migrator(&self) -> &'static Migrator {
        match self.backend() {
            Backend::Sqlite => &SQLITE,
            Backend::Postgres => &POSTGRES,
        }
    }

    /// Brings the schema up to date.
    pub async fn migrate(&self) -> Result<(), SetupError> {
        let migrator = self.migrator();
        let binary = migrator.iter().map(|m| m.version).max().unwrap_or(0);
        // A fresh database has no migrations table yet; that error means "version 0".
        let database: Option<i64> =
            sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success = TRUE")
                .fetch_one(self.pool())
                .await
                .unwrap_or(None);
        if let Some(database) = database.filter(|v| *v > binary) {
            return Err(SetupError::NewerSchema { database, binary });
        }
        migrator.run(self.pool()).await?;
        Ok(())
    }
}
