//! The capabilities the staff checks in `auth` hand out: a `Moderator` or `Administrator`
//! value proves the check was made, and the queries that record staff actions take one.

use super::Account;
use crate::ids::AccountId;

/// Proof that the caller may act as a moderator now: logged in, holding the role and not
/// suspended. Only this module makes one, and the queries that record a moderator's action
/// take one, so an action cannot be written without the check having been made.
#[derive(Debug)]
pub struct Moderator(Account);

/// Proof that the caller may act as an administrator now (see `Moderator`).
#[derive(Debug)]
pub struct Administrator(Account);

/// Whoever acts with one of the staff roles: the actor the audit log records.
pub trait Staff {
    fn account(&self) -> &Account;

    fn id(&self) -> AccountId {
        self.account().id
    }
}

impl Moderator {
    /// Only `auth` makes one, after its checks.
    pub(super) fn new(account: Account) -> Moderator {
        Moderator(account)
    }

    pub fn id(&self) -> AccountId {
        self.0.id
    }

    pub fn account(&self) -> &Account {
        &self.0
    }
}

impl Administrator {
    /// Only `auth` makes one, after its checks.
    pub(super) fn new(account: Account) -> Administrator {
        Administrator(account)
    }

    pub fn id(&self) -> AccountId {
        self.0.id
    }

    pub fn account(&self) -> &Account {
        &self.0
    }
}

impl Staff for Moderator {
    fn account(&self) -> &Account {
        &self.0
    }
}

impl Staff for Administrator {
    fn account(&self) -> &Account {
        &self.0
    }
}
