//! An email address as the platform stores it: trimmed, lower-cased, plausibly deliverable.

use crate::error::Problem;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    /// RFC 5321 limits a path to 254 characters.
    pub const MAX: usize = 254;

    pub fn parse(input: &str) -> Result<Self, Problem> {
        let email = input.trim().to_lowercase();
        if email.is_empty() {
            return Err(Problem::Required);
        }
        if email.chars().count() > Self::MAX {
            return Err(Problem::TooLong { max: Self::MAX });
        }
        // A domain without a dot ("name@localhost") is valid by the RFC but never what a
        // citizen meant to type.
        let has_dotted_domain = email
            .rsplit_once('@')
            .is_some_and(|(_, domain)| domain.contains('.') && !domain.ends_with('.'));
        if !email_address::EmailAddress::is_valid(&email) || !has_dotted_domain {
            return Err(Problem::InvalidEmail);
        }
        Ok(Email(email))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_and_space() {
        assert_eq!(
            Email::parse("  Mette.Hansen@Albertslund.DK ")
                .unwrap()
                .as_str(),
            "mette.hansen@albertslund.dk"
        );
    }

    #[test]
    fn refuses_what_is_not_an_address() {
        assert_eq!(Email::parse(""), Err(Problem::Required));
        for bad in [
            "mette",
            "mette@",
            "@albertslund.dk",
            "mette@localhost",
            "a b@c.dk",
            "m@x.",
        ] {
            assert_eq!(Email::parse(bad), Err(Problem::InvalidEmail), "{bad}");
        }
    }

    #[test]
    fn refuses_overlong_addresses() {
        let long = format!("{}@example.dk", "a".repeat(250));
        assert_eq!(Email::parse(&long), Err(Problem::TooLong { max: 254 }));
    }
}
