//! What the frame of every page needs: who is logged in, the municipality's name and the
//! site's contact details.
//! Loaded once per page and again whenever something changes who is logged in.

use crate::accounts::Account;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SiteInfo {
    pub account: Option<Account>,
    pub municipality: Option<String>,
    /// The site's settings: the footer shows the contact details, the accessibility
    /// statement its contact address.
    pub settings: crate::site::settings::SiteSettings,
    /// The logged-in person's unread notifications.
    pub unread: i64,
    /// The logged-in person's suspension, if one is in force: every page says so and why.
    pub suspension: Option<crate::accounts::suspension::InForce>,
}

#[server(endpoint = "site_info")]
pub async fn get_site_info() -> Result<SiteInfo, AppError> {
    use crate::accounts::auth;
    use crate::state::AppState;
    // Public: an anonymous visitor gets an empty account.
    let state = AppState::get()?;
    let session = auth::session().await?;
    let standing = auth::standing(&state.db, &session).await?;
    let settings = state.settings.get(&state.db).await?;
    let municipality = settings.municipality_name.clone();
    let (unread, suspension) = match &standing {
        Some(standing) => (
            crate::notifications::store::unread(&state.db, standing.account.id).await?,
            // What the banner says is read only for the few who are suspended.
            if standing.suspended {
                crate::accounts::suspension::store::in_force(
                    &state.db,
                    standing.account.id,
                    crate::db::now(),
                )
                .await?
            } else {
                None
            },
        ),
        None => (0, None),
    };
    let account = standing.map(|standing| standing.account);
    Ok(SiteInfo {
        account,
        municipality,
        unread,
        suspension,
        settings,
    })
}

/// The loaded site context, and a counter that pages bump after a log-in, log-out or
/// profile change so that the header refetches it.
#[derive(Clone, Copy)]
pub struct Site {
    pub context: Resource<Result<SiteInfo, AppError>>,
    changed: RwSignal<u64>,
}

impl Site {
    pub fn provide() -> Site {
        let changed = RwSignal::new(0_u64);
        let context = Resource::new(move || changed.get(), |_| get_site_info());
        let site = Site { context, changed };
        provide_context(site);
        site
    }

    pub fn refresh(&self) {
        self.changed.update(|n| *n += 1);
    }
}

pub fn use_site() -> Site {
    expect_context::<Site>()
}

/// Refreshes the site context each time `action` succeeds.
pub fn refresh_site_after<S>(action: ServerAction<S>)
where
    S: server_fn::ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    let site = use_site();
    Effect::new(move |_| {
        if let Some(Ok(_)) = action.value().get() {
            site.refresh();
        }
    });
}
