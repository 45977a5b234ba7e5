//! The roles an account can hold on top of being a citizen, which every account is.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Role {
    Moderator,
    Politician,
    Administrator,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Moderator, Role::Politician, Role::Administrator];

    /// The stored form, also used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Moderator => "moderator",
            Role::Politician => "politician",
            Role::Administrator => "administrator",
        }
    }

    pub fn parse(input: &str) -> Option<Role> {
        Role::ALL
            .into_iter()
            .find(|role| role.as_str() == input.trim().to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_through_their_stored_form() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse(" Moderator "), Some(Role::Moderator));
        assert_eq!(Role::parse("citizen"), None);
        assert_eq!(Role::parse("root"), None);
    }
}
