//! The `server` command line: creating the first administrator, granting and revoking roles,
//! loading the demo data, and refusing bad input with a clear message.

use std::process::{Command, Output};

fn run(database: &str, args: &[&str], admin_password: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_server"));
    command
        .args(args)
        .env("DATABASE_URL", database)
        .env("RUST_LOG", "warn")
        .env_remove("FORSAMLING_ADMIN_PASSWORD");
    if let Some(password) = admin_password {
        command.env("FORSAMLING_ADMIN_PASSWORD", password);
    }
    command.output().expect("run the server binary")
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn fresh_sqlite(name: &str) -> (std::path::PathBuf, String) {
    let dir = std::env::temp_dir().join(format!("forsamling_cli_{name}_{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let url = format!("sqlite://{}/db.sqlite", dir.display());
    (dir, url)
}

#[test]
fn the_first_administrator_is_created_and_roles_are_granted_from_the_command_line() {
    let (dir, db) = fresh_sqlite("roles");
    let created = run(
        &db,
        &[
            "create-admin",
            "--email",
            "Anne@Kommune.dk",
            "--name",
            "Anne",
        ],
        Some("en lang adgangskode til anne"),
    );
    assert!(created.status.success(), "{}", text(&created));
    assert!(text(&created).contains("Administrator anne@kommune.dk created"));

    let again = run(
        &db,
        &[
            "create-admin",
            "--email",
            "anne@kommune.dk",
            "--name",
            "Anne",
        ],
        Some("en lang adgangskode til anne"),
    );
    assert!(!again.status.success());
    assert!(text(&again).contains("already exists"), "{}", text(&again));

    let granted = run(
        &db,
        &[
            "grant-role",
            "--email",
            "anne@kommune.dk",
            "--role",
            "moderator",
        ],
        None,
    );
    assert!(granted.status.success(), "{}", text(&granted));
    let revoked = run(
        &db,
        &[
            "revoke-role",
            "--email",
            "anne@kommune.dk",
            "--role",
            "moderator",
        ],
        None,
    );
    assert!(text(&revoked).contains("no longer holds the role moderator"));

    let unknown_role = run(
        &db,
        &["grant-role", "--email", "anne@kommune.dk", "--role", "king"],
        None,
    );
    assert!(!unknown_role.status.success());
    assert!(text(&unknown_role).contains("unknown role"));
    let unknown_account = run(
        &db,
        &[
            "grant-role",
            "--email",
            "x@kommune.dk",
            "--role",
            "politician",
        ],
        None,
    );
    assert!(!unknown_account.status.success());
    assert!(text(&unknown_account).contains("no account has the email"));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn create_admin_applies_the_password_rules() {
    let (dir, db) = fresh_sqlite("short");
    let short = run(
        &db,
        &["create-admin", "--email", "a@kommune.dk", "--name", "A"],
        Some("kort"),
    );
    assert!(!short.status.success());
    assert!(
        text(&short).contains("at least 12 characters"),
        "{}",
        text(&short)
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn demo_data_is_loaded_on_request_and_lists_its_accounts() {
    let (dir, db) = fresh_sqlite("demo");
    let seeded = run(&db, &["seed-demo"], None);
    assert!(seeded.status.success(), "{}", text(&seeded));
    let output = text(&seeded);
    for email in ["admin@", "moderator@", "politiker@", "borger@"] {
        assert!(output.contains(email), "{output}");
    }
    assert!(output.contains(app::demo::PASSWORD));
    // Running it twice keeps what is there and adds nothing twice.
    assert!(run(&db, &["seed-demo"], None).status.success());
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn an_unknown_database_scheme_is_refused_clearly() {
    let output = run("mysql://localhost/x", &["migrate"], None);
    assert!(!output.status.success());
    assert!(text(&output).contains("DATABASE_URL must start with sqlite: or postgres:"));
}
