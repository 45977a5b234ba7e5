//! The `server` command: serve the platform, or manage it from the command line.

use anyhow::{Context, Result, bail};
use app::accounts::role::Role;
use app::accounts::{service, store};
use app::db::Db;
use clap::{Parser, Subcommand};
use server::config::Config;
use server::http;
use std::net::SocketAddr;
use tracing_subscriber::EnvFilter;

#[derive(Parser)]
#[command(
    name = "server",
    about = "forsamling: an online assembly house for a municipality"
)]
struct Cli {
    #[command(flatten)]
    config: Config,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the platform (the default).
    Serve {
        /// Load the demo data set when the database has no accounts yet. Never use this in
        /// production: the demo accounts have a published password.
        #[arg(long, env = "FORSAMLING_DEMO")]
        demo: bool,
    },
    /// Bring the database schema up to date and stop.
    Migrate,
    /// Load the demo data set into the database.
    SeedDemo,
    /// Fill an empty database with a large generated data set, for benchmarks. Every
    /// generated account's password is "generated password": never on a real database.
    Generate {
        #[command(flatten)]
        sizes: server::generate::Sizes,
    },
    /// Create an administrator account. The password is read from FORSAMLING_ADMIN_PASSWORD
    /// or asked for on the terminal.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
    },
    /// Grant a role (moderator, politician, administrator) to an account.
    GrantRole {
        #[arg(long)]
        email: String,
        #[arg(long)]
        role: String,
    },
    /// Revoke a role from an account.
    RevokeRole {
        #[arg(long)]
        email: String,
        #[arg(long)]
        role: String,
    },
}

#[tokio::main]
async fn main() -> Result<()> {
    server::memory::return_large_blocks();
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_sessions=warn")),
        )
        .init();
    let cli = Cli::parse();
    let db = Db::connect_with(&cli.config.database_url, cli.config.database_connections).await?;
    db.migrate().await?;

    match cli.command.unwrap_or(Command::Serve { demo: false }) {
        Command::Serve { demo } => serve(cli.config, db, demo).await,
        Command::Migrate => {
            println!("The database is up to date.");
            Ok(())
        }
        Command::SeedDemo => {
            if server::demo::is_loaded(&db).await? {
                println!("The demo data set is loaded already.");
            } else {
                server::demo::load(&http::demo_router(&cli.config, db.clone()), &db).await?;
                println!("Loaded the demo data set.");
            }
            print!("{}", app::demo::credentials_text());
            Ok(())
        }
        Command::Generate { sizes } => {
            let made = server::generate::generate(&db, &sizes).await?;
            println!(
                "Generated {} accounts, {} initiatives, {} participations, {} events and {} \
                 comments in {:.0} s. The long thread is /initiatives/{}; /initiatives/{} has \
                 no comments.",
                sizes.accounts,
                sizes.initiatives,
                sizes.participations,
                sizes.events,
                sizes.comments,
                made.seconds,
                made.big_thread,
                made.quiet
            );
            Ok(())
        }
        Command::CreateAdmin { email, name } => {
            let password = match std::env::var("FORSAMLING_ADMIN_PASSWORD") {
                Ok(password) => password,
                Err(_) => rpassword::prompt_password("Password (12 to 128 characters): ")?,
            };
            let hashing = cli.config.hashing();
            let id = service::create_account(&db, &hashing, &email, &name, &password, None)
                .await
                .map_err(app_error)?;
            store::grant_role(&db, id, Role::Administrator).await?;
            let stored =
                app::accounts::email::Email::parse(&email).map_or(email, |e| e.to_string());
            println!("Administrator {stored} created.");
            Ok(())
        }
        Command::GrantRole { email, role } => {
            let (id, role) = account_and_role(&db, &email, &role).await?;
            store::grant_role(&db, id, role).await?;
            println!("{email} now holds the role {}.", role.as_str());
            Ok(())
        }
        Command::RevokeRole { email, role } => {
            let (id, role) = account_and_role(&db, &email, &role).await?;
            if store::revoke_role(&db, id, role).await? {
                println!("{email} no longer holds the role {}.", role.as_str());
            } else {
                println!("{email} did not hold the role {}.", role.as_str());
            }
            Ok(())
        }
    }
}

async fn serve(config: Config, db: Db, demo: bool) -> Result<()> {
    // Refuse to start with mail settings that cannot work, rather than lose every email.
    match config.mail()? {
        app::mail::Mail::Log => {
            println!("No SMTP server configured: emails are written to the log.")
        }
        app::mail::Mail::Smtp { from, .. } => println!("Emails are sent by SMTP, from {from}."),
    }
    let state = http::app_state(&config, db.clone());
    let router = http::router_for(&config, state.clone());
    if demo && app::demo::is_empty(&db).await? {
        server::demo::load(&http::demo_router(&config, db.clone()), &db).await?;
        println!("Loaded the demo data set into the new database.");
        print!("{}", app::demo::credentials_text());
    }
    http::spawn_purge(state.clone());
    http::spawn_summaries(state.clone());
    http::spawn_reminders(state.clone());
    http::spawn_digests(state);
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .with_context(|| format!("could not listen on {}", config.addr))?;
    println!("forsamling is serving at http://{}", listener.local_addr()?);
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    db.close().await;
    Ok(())
}

async fn account_and_role(db: &Db, email: &str, role: &str) -> Result<(app::ids::AccountId, Role)> {
    let Some(role) = Role::parse(&role.to_lowercase()) else {
        bail!("unknown role {role:?}: use moderator, politician or administrator");
    };
    let email = app::accounts::email::Email::parse(email)
        .map_err(|_| anyhow::anyhow!("{email:?} is not an email address"))?;
    let Some(id) = store::account_id_by_email(db, email.as_str()).await? else {
        bail!("no account has the email {email}");
    };
    Ok((id, role))
}

fn app_error(error: app::error::AppError) -> anyhow::Error {
    match error {
        app::error::AppError::Invalid(invalid) => {
            let problems: Vec<String> = invalid
                .problems
                .iter()
                .map(|p| {
                    format!(
                        "{}: {}",
                        p.field,
                        app::i18n::problem_message(app::i18n::Lang::En, p.problem)
                    )
                })
                .collect();
            anyhow::anyhow!(problems.join("; "))
        }
        other => anyhow::anyhow!(other),
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
