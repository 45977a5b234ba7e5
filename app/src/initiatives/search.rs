//! Free-text search that understands a little Danish, the same on SQLite and PostgreSQL:
//! text is folded (lower case, "aa" as "å", punctuation dropped) and each word cut to a
//! simple stem, so "fællesspisningen" finds "fællesspisning" and "Loppemarkeder" finds
//! "loppemarked". The folded text is stored beside the initiative; a search matches when
//! every stem of the query occurs in it.

/// Danish inflection endings, longest first: definite and plural forms of nouns, and the
/// common verb and adjective endings.
const ENDINGS: [&str; 12] = [
    "erne", "ene", "ens", "ers", "ets", "er", "en", "et", "es", "e", "r", "s",
];

/// A word cut to its stem; short words are kept whole so that little words stay distinct.
pub fn stem(word: &str) -> String {
    let length = word.chars().count();
    for ending in ENDINGS {
        let ending_length = ending.chars().count();
        if length >= ending_length + 4 && word.ends_with(ending) {
            return word[..word.len() - ending.len()].to_owned();
        }
    }
    word.to_owned()
}

/// The stems of a text's words, in order.
pub fn stems(text: &str) -> Vec<String> {
    text.to_lowercase()
        .replace("aa", "å")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(stem)
        .collect()
}

/// What is stored for an initiative: its stems between spaces, so a stem can be matched as
/// the start of a word (" stem").
pub fn index_text(title: &str, description: &str) -> String {
    let mut text = String::from(" ");
    for stem in stems(title).into_iter().chain(stems(description)) {
        text.push_str(&stem);
        text.push(' ');
    }
    text
}

/// The LIKE patterns for a query: each stem must begin a word of the indexed text. `%` and
/// `_` cannot occur, as only letters and digits survive folding.
pub fn patterns(query: &str) -> Vec<String> {
    let mut stems = stems(query);
    stems.sort();
    stems.dedup();
    stems
        .into_iter()
        .take(8)
        .map(|s| format!("% {s}%"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflected_forms_share_a_stem() {
        assert_eq!(stem("fællesspisningen"), stem("fællesspisning"));
        assert_eq!(stems("Loppemarkeder"), stems("loppemarked"));
        assert_eq!(stem("naboerne"), stem("naboer"));
        assert_eq!(stem("bænkene"), "bænk");
    }

    #[test]
    fn danish_letters_and_old_spelling_fold_together() {
        assert_eq!(stems("Århus ÆBLER"), stems("aarhus æbler"));
        assert!(index_text("Sprogcafé", "").contains(" sprogcafé "));
    }

    #[test]
    fn short_words_are_left_alone() {
        assert_eq!(stem("te"), "te");
        assert_eq!(stem("kage"), "kage");
    }

    #[test]
    fn queries_become_word_start_patterns_without_wildcards() {
        assert_eq!(patterns("Bænke, bænkene!"), vec!["% bænk%".to_owned()]);
        assert!(
            patterns("100% _x_")
                .iter()
                .all(|p| !p[1..p.len() - 1].contains(['%', '_']))
        );
        assert!(patterns("   ").is_empty());
    }
}
