//! The name other people see next to what someone writes.

use crate::error::Problem;
use crate::i18n::{Lang, Msg};
use crate::text::single_line;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    pub const MAX: usize = 60;

    pub fn parse(input: &str) -> Result<Self, Problem> {
        single_line(input, Self::MAX).map(DisplayName)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The name to show for a stored one: a deleted account's name is erased (stored empty,
/// which no living account's can be), and is shown as "deleted account".
pub fn shown(lang: Lang, stored: &str) -> String {
    if stored.is_empty() {
        lang.text(Msg::DeletedAccount).to_owned()
    } else {
        stored.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_names_from_many_scripts() {
        for name in [
            "Aïcha",
            "Søren Kierkegaard",
            "محمد",
            "Nguyễn Văn An",
            "李雷",
        ] {
            assert_eq!(DisplayName::parse(name).unwrap().as_str(), name);
        }
    }

    #[test]
    fn refuses_empty_and_overlong() {
        assert_eq!(DisplayName::parse(" "), Err(Problem::Required));
        assert_eq!(
            DisplayName::parse(&"x".repeat(61)),
            Err(Problem::TooLong { max: 60 })
        );
    }
}
