//! The `server` command line: creating the first administrator, granting and revoking roles,
//! loading the demo data, and refusing bad input with a clear message.

use std::process::{Command, Output};

/// Runs the server binary on `database` with the arguments of `command_line` (separated by
/// spaces, as typed in a shell).
fn run(database: &str, command_line: &str, admin_password: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_server"));
    command
        .args(command_line.split_whitespace())
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

/// A fresh SQLite database for the command line to work on, removed when the test ends.
struct Cli {
    dir: std::path::PathBuf,
    url: String,
}

impl Cli {
    fn fresh(name: &str) -> Cli {
        let dir =
            std::env::temp_dir().join(format!("forsamling_cli_{name}_{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let url = format!("sqlite://{}/db.sqlite", dir.display());
        Cli { dir, url }
    }

    /// Runs `command_line` on this database.
    fn run(&self, command_line: &str) -> Output {
        run(&self.url, command_line, None)
    }

    /// Runs `command_line` on this database, the administrator's password given as well.
    fn run_with_password(&self, command_line: &str, admin_password: &str) -> Output {
        run(&self.url, command_line, Some(admin_password))
    }
}

impl Drop for Cli {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[test]
fn the_first_administrator_is_created_and_roles_are_granted_from_the_command_line() {
    let cli = Cli::fresh("roles");
    let created = cli.run_with_password(
        "create-admin --email Anne@Kommune.dk --name Anne",
        "en lang adgangskode til anne",
    );
    assert!(created.status.success(), "{}", text(&created));
    assert!(text(&created).contains("Administrator anne@kommune.dk created"));

    let again = cli.run_with_password(
        "create-admin --email anne@kommune.dk --name Anne",
        "en lang adgangskode til anne",
    );
    assert!(!again.status.success());
    assert!(text(&again).contains("already exists"), "{}", text(&again));

    let granted = cli.run("grant-role --email anne@kommune.dk --role moderator");
    assert!(granted.status.success(), "{}", text(&granted));
    let revoked = cli.run("revoke-role --email anne@kommune.dk --role moderator");
    assert!(text(&revoked).contains("no longer holds the role moderator"));

    let unknown_role = cli.run("grant-role --email anne@kommune.dk --role king");
    assert!(!unknown_role.status.success());
    assert!(text(&unknown_role).contains("unknown role"));
    let unknown_account = cli.run("grant-role --email x@kommune.dk --role politician");
    assert!(!unknown_account.status.success());
    assert!(text(&unknown_account).contains("no account has the email"));
}

#[test]
fn create_admin_applies_the_password_rules() {
    let cli = Cli::fresh("short");
    let short = cli.run_with_password("create-admin --email a@kommune.dk --name A", "kort");
    assert!(!short.status.success());
    assert!(
        text(&short).contains("at least 12 characters"),
        "{}",
        text(&short)
    );
}

#[test]
fn demo_data_is_loaded_on_request_and_lists_its_accounts() {
    let cli = Cli::fresh("demo");
    let seeded = cli.run("seed-demo");
    assert!(seeded.status.success(), "{}", text(&seeded));
    let output = text(&seeded);
    for email in ["admin@", "moderator@", "politiker@", "borger@"] {
        assert!(output.contains(email), "{output}");
    }
    assert!(output.contains(app::demo::PASSWORD));
    // Running it twice keeps what is there and adds nothing twice.
    assert!(cli.run("seed-demo").status.success());
}

#[test]
fn an_unknown_database_scheme_is_refused_clearly() {
    let output = run("mysql://localhost/x", "migrate", None);
    assert!(!output.status.success());
    assert!(text(&output).contains("DATABASE_URL must start with sqlite: or postgres:"));
}
