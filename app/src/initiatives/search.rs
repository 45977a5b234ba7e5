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
    let cut = ENDINGS
        .iter()
        .find(|ending| length >= ending.chars().count() + 4 && word.ends_with(*ending))
        .map_or(word, |ending| &word[..word.len() - ending.len()]);
    undouble(cut)
}

/// Danish doubles a final consonant before an ending ("klub", "klubben"): a stem ending in
/// a doubled consonant loses one, as in the Snowball Danish stemmer.
fn undouble(stem: &str) -> String {
    let mut chars: Vec<char> = stem.chars().collect();
    let n = chars.len();
    if n >= 4
        && chars[n - 1] == chars[n - 2]
        && !"aeiouyæøå".contains(chars[n - 1])
        && chars[n - 1].is_alphabetic()
    {
        chars.pop();
    }
    chars.into_iter().collect()
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
    let mut stems = stems(crate::text::search_term(query));
    stems.sort();
    stems.dedup();
    stems
        .into_iter()
        .take(8)
        .map(|s| format!("% {s}%"))
        .collect()
}

/// The LIKE patterns for initiatives that look like a title being written: any of its
/// longer words may match (short ones, "i", "og", "for", say nothing of the subject), and
/// the more match the more alike. At most six, the longest words first.
pub fn similar_patterns(title: &str) -> Vec<String> {
    let mut stems: Vec<String> = stems(crate::text::search_term(title))
        .into_iter()
        .filter(|stem| stem.chars().count() >= 4)
        .collect();
    stems.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    stems.dedup();
    stems
        .into_iter()
        .take(6)
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
    fn doubled_consonants_before_an_ending_are_undone() {
        assert_eq!(stem("klubben"), stem("klub"));
        assert_eq!(stem("strikkeklubben"), stem("strikkeklub"));
        assert_eq!(stem("kaffen"), stem("kaffe"));
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
    fn a_title_is_likened_by_its_longer_words_longest_first() {
        assert_eq!(
            similar_patterns("Fællesspisning i Hyldespjældet for alle"),
            vec![
                "% fællesspisning%".to_owned(),
                "% hyldespjæld%".to_owned(),
                "% alle%".to_owned()
            ]
        );
        assert!(similar_patterns("Te og is").is_empty());
        assert_eq!(similar_patterns("Loppemarked, loppemarkeder").len(), 1);
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
