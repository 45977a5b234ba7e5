//! Rules shared by every short, single-line text a person types: names now, titles later.

use crate::error::Problem;

/// Trims `input` and checks it is present, at most `max` characters, and free of control
/// characters (which could hide text or break a layout).
pub fn single_line(input: &str, max: usize) -> Result<String, Problem> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(Problem::Required);
    }
    if trimmed.chars().count() > max {
        return Err(Problem::TooLong { max });
    }
    if trimmed.chars().any(char::is_control) {
        return Err(Problem::ControlCharacters);
    }
    Ok(trimmed.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_accepts_unicode() {
        assert_eq!(single_line("  Søren Ærø  ", 20).unwrap(), "Søren Ærø");
    }

    #[test]
    fn refuses_blank_long_and_control() {
        assert_eq!(single_line("   ", 5), Err(Problem::Required));
        assert_eq!(single_line("æøåæøå", 5), Err(Problem::TooLong { max: 5 }));
        assert_eq!(single_line("a\u{0}b", 5), Err(Problem::ControlCharacters));
        assert_eq!(single_line("a\nb", 5), Err(Problem::ControlCharacters));
    }

    #[test]
    fn counts_characters_not_bytes() {
        assert!(single_line("ååååå", 5).is_ok());
    }
}
