//! The town's neighbourhoods: data an administrator manages, never names in code. Citizens
//! may say which one they live in; the summaries count by it.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub use store::parse_choice;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct Neighbourhood {
    pub id: crate::ids::NeighbourhoodId,
    pub name: String,
}

/// The neighbourhoods a person can choose today (retired ones are left out).
#[server(endpoint = "neighbourhoods")]
pub async fn list_neighbourhoods() -> Result<Vec<Neighbourhood>, AppError> {
    // Public on purpose: the registration form shows them before anyone is logged in.
    let state = crate::state::AppState::get()?;
    Ok(store::active(&state.db).await?)
}
