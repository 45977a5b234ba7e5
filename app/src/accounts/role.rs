//! The roles an account can hold on top of being a citizen, which every account is.

use serde::{Deserialize, Serialize};

crate::stored_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum Role {
        Moderator = "moderator",
        Politician = "politician",
        Administrator = "administrator",
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
        assert_eq!(Role::parse(" moderator "), Some(Role::Moderator));
        assert_eq!(Role::parse("citizen"), None);
        assert_eq!(Role::parse("root"), None);
    }
}
