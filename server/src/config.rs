//! Configuration from command-line flags and environment variables. Every setting is listed
//! in README.md with its default.

use app::limits::{Limit, Settings};
use clap::Args;
use std::net::{IpAddr, SocketAddr};

#[derive(Args, Clone, Debug)]
pub struct Config {
    /// Where the data lives: sqlite://path or postgres://user@host/db.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://data/forsamling.db"
    )]
    pub database_url: String,

    /// How many connections the server keeps to the database at most (by default 8 on
    /// SQLite, 10 on PostgreSQL).
    #[arg(long, env = "FORSAMLING_DB_CONNECTIONS")]
    pub database_connections: Option<u32>,

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

    /// The addresses of reverse proxies whose client-address header is believed, separated
    /// by commas. Without any, the connection's own address is the client's.
    #[arg(long, env = "FORSAMLING_TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Vec<IpAddr>,

    /// The header a trusted proxy writes the client's address in.
    #[arg(
        long,
        env = "FORSAMLING_CLIENT_ADDRESS_HEADER",
        default_value = "X-Forwarded-For"
    )]
    pub client_address_header: String,

    /// How many passwords may be hashed or checked at once (each takes 19 MiB while it
    /// runs); by default one per core.
    #[arg(long, env = "FORSAMLING_HASHES_AT_ONCE")]
    pub hashes_at_once: Option<usize>,

    /// How long, in milliseconds, a log-in waits for its turn before it is refused as busy.
    #[arg(long, env = "FORSAMLING_HASH_WAIT_MS", default_value_t = 2_000)]
    pub hash_wait_ms: u64,

    #[command(flatten)]
    pub limits: LimitArgs,
}

/// The limits of `app::limits`, each "N/PERIOD" (N at once, then one more every PERIOD/N;
/// PERIOD in s, m, h or d) or "off".
#[derive(Args, Clone, Debug)]
pub struct LimitArgs {
    /// Registrations from one address.
    #[arg(long = "limit-register-per-address", env = "FORSAMLING_LIMIT_REGISTER_PER_ADDRESS", default_value_t = defaults().register_per_address)]
    pub register_per_address: Limit,
    /// Log-in attempts from one address.
    #[arg(long = "limit-log-in-per-address", env = "FORSAMLING_LIMIT_LOG_IN_PER_ADDRESS", default_value_t = defaults().log_in_per_address)]
    pub log_in_per_address: Limit,
    /// Log-in attempts for one account from one address.
    #[arg(long = "limit-log-in-per-account-and-address", env = "FORSAMLING_LIMIT_LOG_IN_PER_ACCOUNT_AND_ADDRESS", default_value_t = defaults().log_in_per_account_and_address)]
    pub log_in_per_account_and_address: Limit,
    /// Log-in attempts for one account from every address.
    #[arg(long = "limit-log-in-per-account", env = "FORSAMLING_LIMIT_LOG_IN_PER_ACCOUNT", default_value_t = defaults().log_in_per_account)]
    pub log_in_per_account: Limit,
    /// Emails with a link (reset, confirmation, new address) asked for from one address.
    #[arg(long = "limit-mail-per-address", env = "FORSAMLING_LIMIT_MAIL_PER_ADDRESS", default_value_t = defaults().mail_per_address)]
    pub mail_per_address: Limit,
    /// Emails with a link sent to one recipient.
    #[arg(long = "limit-mail-per-recipient", env = "FORSAMLING_LIMIT_MAIL_PER_RECIPIENT", default_value_t = defaults().mail_per_recipient)]
    pub mail_per_recipient: Limit,
    /// Reports by one account.
    #[arg(long = "limit-reports-per-account", env = "FORSAMLING_LIMIT_REPORTS_PER_ACCOUNT", default_value_t = defaults().reports_per_account)]
    pub reports_per_account: Limit,
    /// Reports from one address.
    #[arg(long = "limit-reports-per-address", env = "FORSAMLING_LIMIT_REPORTS_PER_ADDRESS", default_value_t = defaults().reports_per_address)]
    pub reports_per_address: Limit,
    /// Comments and replies by one account.
    #[arg(long = "limit-comments-per-account", env = "FORSAMLING_LIMIT_COMMENTS_PER_ACCOUNT", default_value_t = defaults().comments_per_account)]
    pub comments_per_account: Limit,
    /// Comments and replies from one address.
    #[arg(long = "limit-comments-per-address", env = "FORSAMLING_LIMIT_COMMENTS_PER_ADDRESS", default_value_t = defaults().comments_per_address)]
    pub comments_per_address: Limit,
    /// Proposals by one account.
    #[arg(long = "limit-proposals-per-account", env = "FORSAMLING_LIMIT_PROPOSALS_PER_ACCOUNT", default_value_t = defaults().proposals_per_account)]
    pub proposals_per_account: Limit,
    /// Proposals from one address.
    #[arg(long = "limit-proposals-per-address", env = "FORSAMLING_LIMIT_PROPOSALS_PER_ADDRESS", default_value_t = defaults().proposals_per_address)]
    pub proposals_per_address: Limit,
}

fn defaults() -> Settings {
    Settings::default()
}

impl From<Settings> for LimitArgs {
    fn from(settings: Settings) -> LimitArgs {
        LimitArgs {
            register_per_address: settings.register_per_address,
            log_in_per_address: settings.log_in_per_address,
            log_in_per_account_and_address: settings.log_in_per_account_and_address,
            log_in_per_account: settings.log_in_per_account,
            mail_per_address: settings.mail_per_address,
            mail_per_recipient: settings.mail_per_recipient,
            reports_per_account: settings.reports_per_account,
            reports_per_address: settings.reports_per_address,
            comments_per_account: settings.comments_per_account,
            comments_per_address: settings.comments_per_address,
            proposals_per_account: settings.proposals_per_account,
            proposals_per_address: settings.proposals_per_address,
        }
    }
}

impl From<&LimitArgs> for Settings {
    fn from(args: &LimitArgs) -> Settings {
        Settings {
            register_per_address: args.register_per_address,
            log_in_per_address: args.log_in_per_address,
            log_in_per_account_and_address: args.log_in_per_account_and_address,
            log_in_per_account: args.log_in_per_account,
            mail_per_address: args.mail_per_address,
            mail_per_recipient: args.mail_per_recipient,
            reports_per_account: args.reports_per_account,
            reports_per_address: args.reports_per_address,
            comments_per_account: args.comments_per_account,
            comments_per_address: args.comments_per_address,
            proposals_per_account: args.proposals_per_account,
            proposals_per_address: args.proposals_per_address,
        }
    }
}

impl Config {
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    /// Password hashing, bounded as configured.
    pub fn hashing(&self) -> app::accounts::password::Hashing {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        app::accounts::password::Hashing::new(
            self.hashes_at_once.unwrap_or(cores),
            std::time::Duration::from_millis(self.hash_wait_ms),
        )
    }

    /// Which proxies' client-address header to believe.
    pub fn proxies(&self) -> app::limits::client::Proxies {
        app::limits::client::Proxies {
            trusted: self.trusted_proxies.clone(),
            header: self.client_address_header.clone(),
        }
    }

    /// How emails are sent, from the SMTP settings.
    pub fn mail(&self) -> Result<app::mail::Mail, app::mail::MailSetupError> {
        app::mail::Mail::from_config(self.smtp_url.as_deref(), &self.mail_from)
    }
}
