//! What every server function can reach: the database and the site's settings from the
//! environment. Provided as leptos context by the server for each request.

use crate::db::Db;
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct AppState {
    pub db: Db,
    /// Whether the site is served over https: then cookies carry `Secure`.
    pub secure_cookies: bool,
    /// How emails are sent: by SMTP, or to the log.
    pub mail: crate::mail::Mail,
    /// The address people reach the site at, without a trailing `/`: the base of every
    /// link in an email.
    pub public_url: String,
    /// What one address or account may do in a while.
    pub limits: std::sync::Arc<crate::limits::Limits>,
    /// Password hashing, a bounded number at once.
    pub hashing: crate::accounts::password::Hashing,
    /// The politicians' summaries computed lately.
    pub summary_cache: crate::summary::cache::Cache,
    /// The site's settings as last read: every page's frame shows them.
    pub settings: crate::site::settings::Kept,
}

impl AppState {
    /// An absolute link to `path` (which starts with `/`), for an email.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.public_url)
    }
}

impl AppState {
    /// The state of the request being served.
    pub fn get() -> Result<AppState, crate::error::AppError> {
        use_context::<AppState>().ok_or_else(|| {
            tracing::error!("AppState missing from the server function's context");
            crate::error::AppError::Internal
        })
    }
}
