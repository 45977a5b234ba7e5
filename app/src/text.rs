//! Rules shared by the texts people type: single-line names and titles, multi-line
//! descriptions, and the reasons and notes given with a decision.

use crate::error::{AppError, FormCheck, Problem};

/// The longest reason or note anyone gives with a decision: a moderator's, a reporter's, an
/// initiator's who withdraws.
pub const REASON_MAX: usize = 1_000;

/// The reason a form's `field` gave: it must be given, at most `REASON_MAX` long, with
/// paragraphs. What was typed is kept; a refusal returns the form at once.
pub fn reason(check: &mut FormCheck, field: &str, input: &str) -> Result<String, AppError> {
    check.only(field, input, |input| multi_line(input, REASON_MAX))
}

/// Like `reason`, for a note that may be left empty.
pub fn note(check: &mut FormCheck, field: &str, input: &str) -> Result<Option<String>, AppError> {
    check.only(field, input, |input| optional_multi_line(input, REASON_MAX))
}

/// Trims `input` and checks it is present, at most `max` characters, and free of control
/// characters (which could hide text or break a layout).
/// The longest search a search field takes: a few words are plenty, and a longer one only
/// costs the database (a 200 KB word was a LIKE pattern too complex for SQLite).
pub const SEARCH_MAX: usize = 100;

/// A search as typed, cut to `SEARCH_MAX` characters (the field says so, and takes no more;
/// a longer one sent by hand is cut, not refused).
pub fn search_term(input: &str) -> &str {
    match input.char_indices().nth(SEARCH_MAX) {
        Some((cut, _)) => &input[..cut],
        None => input,
    }
}

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

/// Like `single_line`, for text with paragraphs: line breaks and tabs are allowed, other
/// control characters are not. Windows line ends become plain ones.
pub fn multi_line(input: &str, max: usize) -> Result<String, Problem> {
    let normalised = input.replace("\r\n", "\n").replace('\r', "\n");
    let trimmed = normalised.trim();
    if trimmed.is_empty() {
        return Err(Problem::Required);
    }
    if trimmed.chars().count() > max {
        return Err(Problem::TooLong { max });
    }
    if trimmed
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(Problem::ControlCharacters);
    }
    Ok(trimmed.to_owned())
}

/// Optional text with paragraphs: empty means "not given".
pub fn optional_multi_line(input: &str, max: usize) -> Result<Option<String>, Problem> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        multi_line(input, max).map(Some)
    }
}

/// An optional single line: empty means "not given".
pub fn optional_line(input: &str, max: usize) -> Result<Option<String>, Problem> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        single_line(input, max).map(Some)
    }
}

/// The longest web address a setting may hold.
pub const WEB_ADDRESS_MAX: usize = 500;

/// A web page's address: `https://` or `http://`, a host, no spaces. Any other scheme
/// (`javascript:`, `data:`) is refused, since the address becomes a link on the site.
pub fn web_address(input: &str) -> Result<String, Problem> {
    let address = single_line(input, WEB_ADDRESS_MAX)?;
    let lower = address.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .ok_or(Problem::InvalidWebAddress)?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let plausible_host = host.contains('.') && !host.starts_with('.') && !host.ends_with('.');
    if !plausible_host || address.contains(|c: char| c.is_whitespace() || "<>\"\\`".contains(c)) {
        return Err(Problem::InvalidWebAddress);
    }
    Ok(address)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_is_cut_to_its_most_characters() {
        assert_eq!(search_term("æble"), "æble");
        let long = "å".repeat(200_000);
        assert_eq!(search_term(&long).chars().count(), SEARCH_MAX);
    }

    #[test]
    fn web_addresses_are_http_links_to_a_host() {
        let statement = "https://www.was.digst.dk/forsamling-albertslund-dk";
        assert_eq!(web_address(&format!("  {statement} ")).unwrap(), statement);
        assert_eq!(
            web_address("http://kommune.dk").unwrap(),
            "http://kommune.dk"
        );
        for refused in [
            "javascript:alert(1)",
            "data:text/html,hej",
            "www.kommune.dk",
            "https://",
            "https://localhost/side",
            "https://kommune.dk/en side",
            "https://kommune.dk/\"onmouseover",
            "ftp://kommune.dk",
        ] {
            assert_eq!(
                web_address(refused),
                Err(Problem::InvalidWebAddress),
                "{refused}"
            );
        }
        assert_eq!(
            web_address(&format!("https://kommune.dk/{}", "a".repeat(500))),
            Err(Problem::TooLong {
                max: WEB_ADDRESS_MAX
            })
        );
    }

    #[test]
    fn multi_line_keeps_paragraphs_and_refuses_other_control_characters() {
        assert_eq!(multi_line(" a\r\n\r\nb ", 10).unwrap(), "a\n\nb");
        assert_eq!(multi_line("a\u{7}b", 10), Err(Problem::ControlCharacters));
        assert_eq!(multi_line("\n\n", 10), Err(Problem::Required));
        assert_eq!(multi_line("abcdef", 5), Err(Problem::TooLong { max: 5 }));
    }

    #[test]
    fn optional_line_is_none_when_blank() {
        assert_eq!(optional_line("  ", 5), Ok(None));
        assert_eq!(optional_line(" Hal 2 ", 5), Ok(Some("Hal 2".to_owned())));
    }

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
