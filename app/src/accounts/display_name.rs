//! The name other people see next to what someone writes.

use crate::error::Problem;
use crate::i18n::{Lang, Msg};
use crate::text::single_line;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    pub const MAX: usize = 60;

    /// A name of one line, without characters that cannot be seen or that turn the writing
    /// direction: those let one name pass for another (`ad\u{200b}min`, or a name whose
    /// right-to-left override makes it read backwards).
    pub fn parse(input: &str) -> Result<Self, Problem> {
        let name = single_line(input, Self::MAX)?;
        let chars: Vec<char> = name.chars().collect();
        let hidden = chars.iter().enumerate().any(|(i, &c)| match c {
            // Zero-width (non-)joiners are part of writing Persian, Urdu and the Indic
            // scripts (and of emoji): allowed between two visible characters outside
            // ASCII, so never inside a Latin name such as "ad\u{200d}min".
            '\u{200c}' | '\u{200d}' => {
                let beside = |c: Option<&char>| {
                    c.is_some_and(|&c| !c.is_ascii() && !c.is_whitespace() && !is_invisible(c))
                };
                !(i > 0 && beside(chars.get(i - 1)) && beside(chars.get(i + 1)))
            }
            _ => is_invisible(c),
        });
        if hidden {
            return Err(Problem::InvisibleCharacters);
        }
        Ok(DisplayName(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Bidirectional controls and characters of no width (besides the joiners, see `parse`).
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00ad}'
            | '\u{034f}'
            | '\u{061c}'
            | '\u{115f}'
            | '\u{1160}'
            | '\u{17b4}'
            | '\u{17b5}'
            | '\u{180e}'
            | '\u{200b}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}'
            | '\u{3164}'
            | '\u{fe00}'..='\u{fe0f}'
            | '\u{feff}'
            | '\u{ffa0}'
            | '\u{fff9}'..='\u{fffb}'
    )
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
    fn refuses_invisible_and_direction_characters() {
        for name in [
            "ad\u{200b}min",
            "ad\u{200d}min",
            "\u{200c}Anne",
            "Anne\u{feff}",
            "\u{202e}nimda",
            "Ali\u{2066}ce",
            "Bo\u{061c}",
            "Ma\u{00ad}ds",
        ] {
            assert_eq!(
                DisplayName::parse(name),
                Err(Problem::InvisibleCharacters),
                "{name:?}"
            );
        }
    }

    #[test]
    fn keeps_the_joiners_that_persian_and_indic_names_need() {
        for name in ["می\u{200c}خواهم", "क्\u{200d}ष"] {
            assert!(DisplayName::parse(name).is_ok(), "{name:?}");
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
