//! Typed ids for every stored thing, so that passing an account where an initiative is meant,
//! or swapping two arguments, does not compile. On the wire and in forms they are plain
//! numbers; in the database plain integers.

use serde::{Deserialize, Serialize};

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        #[cfg_attr(feature = "ssr", derive(sqlx::Type), sqlx(transparent))]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::num::ParseIntError;

            fn from_str(input: &str) -> Result<Self, Self::Err> {
                input.trim().parse().map($name)
            }
        }
    )*};
}

ids! {
    /// A person's account.
    AccountId,
    InitiativeId,
    CommentId,
    /// One of an initiative's needs ("someone to bake").
    NeedId,
    NeighbourhoodId,
    /// One of the community policy's goals.
    GoalId,
    ReportId,
    /// A request to become a further initiator.
    InitiatorRequestId,
    SuspensionId,
    NotificationId,
    /// A row of the audit log.
    AuditId,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_from_forms_and_print_as_numbers() {
        assert_eq!(" 42 ".parse::<InitiativeId>(), Ok(InitiativeId(42)));
        assert!("x".parse::<AccountId>().is_err());
        assert_eq!(CommentId(7).to_string(), "7");
        assert_eq!(serde_json::to_string(&GoalId(3)).unwrap(), "3");
        assert_eq!(serde_json::from_str::<NeedId>("9").unwrap(), NeedId(9));
    }
}
