//! The two migration folders must give the same schema: the same tables, columns (name,
//! kind of value, whether it may be empty), indexes, unique keys and triggers on SQLite and
//! on PostgreSQL. And every `CHECK` list of allowed names must be exactly the names of the
//! enum that stores into that column, on both.

use crate::helpers::{Backend, TestDatabase};
use app::db::Db;
use std::collections::{BTreeMap, BTreeSet};

/// A column: the kind of value it holds, and whether it may be empty.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone)]
struct Column {
    kind: &'static str,
    nullable: bool,
}

/// An index made by `CREATE INDEX`, or a unique key: its columns in order, and whether it
/// is unique and partial.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone)]
struct Index {
    table: String,
    columns: Vec<String>,
    unique: bool,
    partial: bool,
}

#[derive(Debug, PartialEq, Eq, Default)]
struct Schema {
    tables: BTreeMap<String, BTreeMap<String, Column>>,
    /// Named indexes, by name.
    indexes: BTreeMap<String, Index>,
    /// Unique keys and primary keys: (table, columns).
    keys: BTreeSet<(String, Vec<String>)>,
    /// Triggers (they keep the counts): (table, name).
    triggers: BTreeSet<(String, String)>,
}

fn kind_of(declared: &str) -> &'static str {
    let declared = declared.to_lowercase();
    if declared.contains("int") {
        "integer"
    } else if declared.contains("char") || declared.contains("text") {
        "text"
    } else if declared.contains("real")
        || declared.contains("double")
        || declared.contains("numeric")
    {
        "real"
    } else if declared.contains("bool") {
        "boolean"
    } else {
        "other"
    }
}

async fn sqlite_schema(db: &Db) -> Schema {
    let mut schema = Schema::default();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' \
         AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations' ORDER BY name",
    )
    .fetch_all(db.pool())
    .await
    .unwrap();
    for table in tables {
        let columns: Vec<(String, String, i64, i64)> = sqlx::query_as(&format!(
            "SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')"
        ))
        .fetch_all(db.pool())
        .await
        .unwrap();
        let mut primary: Vec<(i64, String)> = Vec::new();
        let mut found = BTreeMap::new();
        for (name, declared, not_null, pk) in columns {
            if pk > 0 {
                primary.push((pk, name.clone()));
            }
            // A primary key never holds NULL, whatever SQLite's table_info says.
            found.insert(
                name,
                Column {
                    kind: kind_of(&declared),
                    nullable: not_null == 0 && pk == 0,
                },
            );
        }
        primary.sort();
        if !primary.is_empty() {
            schema.keys.insert((
                table.clone(),
                primary.into_iter().map(|(_, name)| name).collect(),
            ));
        }
        let indexes: Vec<(String, i64, String, i64)> = sqlx::query_as(&format!(
            "SELECT name, \"unique\", origin, partial FROM pragma_index_list('{table}')"
        ))
        .fetch_all(db.pool())
        .await
        .unwrap();
        for (name, unique, origin, partial) in indexes {
            let columns: Vec<String> = sqlx::query_scalar(&format!(
                "SELECT name FROM pragma_index_info('{name}') ORDER BY seqno"
            ))
            .fetch_all(db.pool())
            .await
            .unwrap();
            match origin.as_str() {
                // A UNIQUE constraint (or the primary key) of the table.
                "u" | "pk" => {
                    schema.keys.insert((table.clone(), columns));
                }
                _ => {
                    schema.indexes.insert(
                        name,
                        Index {
                            table: table.clone(),
                            columns,
                            unique: unique == 1,
                            partial: partial == 1,
                        },
                    );
                }
            }
        }
        schema.tables.insert(table, found);
    }
    let triggers: Vec<(String, String)> =
        sqlx::query_as("SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'")
            .fetch_all(db.pool())
            .await
            .unwrap();
    schema.triggers = triggers.into_iter().collect();
    schema
}

async fn postgres_schema(db: &Db) -> Schema {
    let mut schema = Schema::default();
    let columns: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT table_name::text, column_name::text, data_type::text, is_nullable::text \
         FROM information_schema.columns WHERE table_schema = 'public' \
         AND table_name <> '_sqlx_migrations' ORDER BY table_name, ordinal_position",
    )
    .fetch_all(db.pool())
    .await
    .unwrap();
    for (table, name, declared, nullable) in columns {
        schema.tables.entry(table).or_default().insert(
            name,
            Column {
                kind: kind_of(&declared),
                nullable: nullable == "YES",
            },
        );
    }
    // Unique and primary keys, with their columns in order.
    let keys: Vec<(String, String)> = sqlx::query_as(
        "SELECT t.relname::text, \
                string_agg(a.attname::text, ',' ORDER BY k.ord) \
         FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid \
         JOIN pg_namespace n ON n.oid = t.relnamespace \
         CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord) \
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum \
         WHERE n.nspname = 'public' AND c.contype IN ('p', 'u') AND t.relname <> '_sqlx_migrations' \
         GROUP BY c.oid, t.relname",
    )
    .fetch_all(db.pool())
    .await
    .unwrap();
    for (table, columns) in keys {
        schema
            .keys
            .insert((table, columns.split(',').map(str::to_owned).collect()));
    }
    // Indexes that back no constraint: the ones made by CREATE INDEX.
    let indexes: Vec<(String, String, String, bool, bool)> = sqlx::query_as(
        "SELECT i.relname::text, t.relname::text, \
                (SELECT string_agg(a.attname::text, ',' ORDER BY k.ord) \
                 FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord) \
                 JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum), \
                x.indisunique, x.indpred IS NOT NULL \
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid \
         JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace \
         WHERE n.nspname = 'public' AND t.relname <> '_sqlx_migrations' \
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)",
    )
    .fetch_all(db.pool())
    .await
    .unwrap();
    for (name, table, columns, unique, partial) in indexes {
        schema.indexes.insert(
            name,
            Index {
                table,
                columns: columns.split(',').map(str::to_owned).collect(),
                unique,
                partial,
            },
        );
    }
    let triggers: Vec<(String, String)> = sqlx::query_as(
        "SELECT DISTINCT event_object_table::text, trigger_name::text \
         FROM information_schema.triggers WHERE trigger_schema = 'public'",
    )
    .fetch_all(db.pool())
    .await
    .unwrap();
    schema.triggers = triggers.into_iter().collect();
    schema
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_and_postgresql_migrate_to_the_same_schema() {
    let Some(postgres) = TestDatabase::create(Backend::Postgres).await else {
        return;
    };
    let sqlite = TestDatabase::create(Backend::Sqlite)
        .await
        .expect("SQLite is always available");
    let (lite, pg) = (
        sqlite_schema(&sqlite.db).await,
        postgres_schema(&postgres.db).await,
    );
    assert_eq!(
        lite.tables.keys().collect::<Vec<_>>(),
        pg.tables.keys().collect::<Vec<_>>(),
        "the same tables"
    );
    for (table, columns) in &lite.tables {
        assert_eq!(columns, &pg.tables[table], "the columns of {table}");
    }
    assert_eq!(lite.indexes, pg.indexes, "the same indexes");
    assert_eq!(lite.keys, pg.keys, "the same unique and primary keys");
    assert_eq!(lite.triggers, pg.triggers, "the same triggers");
}

/// The names a `CHECK (column IN (…))` on `table` allows, from the schema as the database
/// holds it.
async fn allowed(db: &Db, backend: Backend, table: &str, column: &str) -> BTreeSet<String> {
    let definitions: Vec<String> = match backend {
        Backend::Sqlite => {
            sqlx::query_scalar("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = $1")
                .bind(table)
                .fetch_all(db.pool())
                .await
                .unwrap()
        }
        Backend::Postgres => sqlx::query_scalar(
            "SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c \
             JOIN pg_class t ON t.oid = c.conrelid WHERE t.relname = $1 AND c.contype = 'c'",
        )
        .bind(table)
        .fetch_all(db.pool())
        .await
        .unwrap(),
    };
    let mut names = BTreeSet::new();
    for definition in definitions {
        // SQLite keeps `column IN ('a', 'b')` as written; PostgreSQL writes it back as
        // `(column = ANY (ARRAY['a'::text, 'b'::text]))`.
        let markers = [format!("{column} IN ("), format!("({column} = ANY (ARRAY[")];
        for marker in markers {
            let mut rest = definition.as_str();
            while let Some(at) = rest.find(&marker) {
                let after = &rest[at + marker.len()..];
                let list = &after[..after.find(')').unwrap_or(after.len())];
                for item in list.split(',') {
                    let item = item.trim();
                    if let Some(name) = item.strip_prefix('\'').and_then(|i| i.split('\'').next()) {
                        names.insert(name.to_owned());
                    }
                }
                rest = after;
            }
        }
    }
    names
}

fn names(all: &[&'static str]) -> BTreeSet<String> {
    all.iter().map(|s| (*s).to_owned()).collect()
}

async fn check_lists_match_the_enums(backend: Backend) {
    use app::initiatives::kind::Kind;
    use app::initiatives::lifecycle::State;
    use app::moderation::audit::{Action, TargetKind};
    use app::participation::level::Level;
    use app::participation::requests::RequestState;
    use app::participation::store::EventKind;
    let Some(database) = TestDatabase::create(backend).await else {
        return;
    };
    let db = &database.db;
    // Each column with a CHECK list, as "table.column", and the enum it stores.
    let expected: Vec<(&str, BTreeSet<String>)> = vec![
        ("initiatives.kind", names(&Kind::ALL.map(Kind::as_str))),
        ("initiatives.state", names(&State::ALL.map(State::as_str))),
        (
            "participations.level",
            names(&Level::ALL.map(Level::as_str)),
        ),
        (
            "participation_events.kind",
            names(&EventKind::ALL.map(EventKind::as_str)),
        ),
        (
            "participation_events.level",
            names(&Level::ALL.map(Level::as_str)),
        ),
        (
            "account_roles.role",
            names(&app::accounts::role::Role::ALL.map(|r| r.as_str())),
        ),
        (
            "initiator_requests.state",
            names(&RequestState::ALL.map(RequestState::as_str)),
        ),
        (
            "reports.target_kind",
            names(&[
                app::moderation::Target::Initiative(app::ids::InitiativeId(0)).kind(),
                app::moderation::Target::Comment(app::ids::CommentId(0)).kind(),
            ]),
        ),
        ("audit_log.action", names(&Action::ALL.map(Action::as_str))),
        (
            "council_answers.status",
            names(&app::answers::Status::ALL.map(|s| s.as_str())),
        ),
        (
            "audit_log.target_kind",
            names(&TargetKind::ALL.map(TargetKind::as_str)),
        ),
        (
            "notifications.kind",
            names(&app::notifications::Kind::ALL.map(|k| k.as_str())),
        ),
    ];
    for (column, names) in expected {
        let (table, column) = column.split_once('.').expect("table.column");
        assert_eq!(
            allowed(db, backend, table, column).await,
            names,
            "the CHECK on {table}.{column} lists exactly the enum's names ({backend:?})"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_check_list_on_sqlite_is_its_enum() {
    check_lists_match_the_enums(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_check_list_on_postgresql_is_its_enum() {
    check_lists_match_the_enums(Backend::Postgres).await;
}
