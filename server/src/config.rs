//! Configuration from command-line flags and environment variables. Every setting is listed
//! in README.md with its default.

use clap::Args;
use std::net::SocketAddr;

#[derive(Args, Clone, Debug)]
pub struct Config {
    /// Where the data lives: sqlite://path or postgres://user@host/db.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://data/forsamling.db"
    )]
    pub database_url: String,

    /// The address to listen on.
    #[arg(long, env = "FORSAMLING_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,

    /// The folder with the built browser bundle, stylesheet and static files.
    #[arg(long, env = "FORSAMLING_SITE_ROOT", default_value = "target/site")]
    pub site_root: String,

    /// The address people reach the site at. When it starts with https://, cookies are sent
    /// only over https (`Secure`).
    #[arg(
        long,
        env = "FORSAMLING_PUBLIC_URL",
        default_value = "http://127.0.0.1:3000"
    )]
    pub public_url: String,

    /// The SMTP server emails are sent through, such as
    /// smtp://user:password@mail.example.dk:587?tls=required. Without it, emails are
    /// written to the log.
    #[arg(long, env = "FORSAMLING_SMTP_URL")]
    pub smtp_url: Option<String>,

    /// Who emails come from.
    #[arg(
        long,
        env = "FORSAMLING_MAIL_FROM",
        default_value = "Forsamlingshuset <noreply@localhost>"
    )]
    pub mail_from: String,
}

impl Config {
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    /// How emails are sent, from the SMTP settings.
    pub fn mail(&self) -> Result<app::mail::Mail, app::mail::MailSetupError> {
        app::mail::Mail::from_config(self.smtp_url.as_deref(), &self.mail_from)
    }
}
