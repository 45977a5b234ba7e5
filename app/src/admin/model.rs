//! What the administration pages and their queries share: the rows each page lists.

use crate::accounts::role::Role;
use crate::goals::Goal;
use crate::ids::{AccountId, NeighbourhoodId};
use serde::{Deserialize, Serialize};

/// Accounts shown on one page of the list.
pub const PER_PAGE: i64 = 50;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminAccount {
    pub id: AccountId,
    pub display_name: String,
    pub email: String,
    pub roles: Vec<Role>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountList {
    pub accounts: Vec<AdminAccount>,
    /// How many accounts match the search in all.
    pub total: i64,
    pub page: i64,
    pub pages: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminGoal {
    pub goal: Goal,
    /// Initiatives tied to it.
    pub initiatives: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminNeighbourhood {
    pub id: NeighbourhoodId,
    pub name: String,
    pub residents: Option<i64>,
    pub retired: bool,
    /// Accounts that say they live there.
    pub accounts: i64,
}
