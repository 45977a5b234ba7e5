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
}

impl Config {
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}
