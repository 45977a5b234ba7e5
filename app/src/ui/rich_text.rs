//! Plain text with paragraphs and links, shown as text: no markup a person types is ever
//! rendered as HTML. Blank lines separate paragraphs; http(s) addresses become links.

use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    Text(String),
    Link(String),
}

/// Splits text into paragraphs of text and link segments.
pub fn paragraphs(text: &str) -> Vec<Vec<Segment>> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(segments)
        .collect()
}

fn segments(paragraph: &str) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    let mut text = String::new();
    for (i, word) in paragraph.split(' ').enumerate() {
        if i > 0 {
            text.push(' ');
        }
        let is_link = (word.starts_with("https://") || word.starts_with("http://"))
            && word.len() > "https://".len()
            && !word.contains(['<', '>', '"']);
        if is_link {
            // Punctuation right after an address belongs to the sentence, not the link.
            let link = word.trim_end_matches(['.', ',', ')', ';', ':', '!', '?']);
            if !text.is_empty() {
                out.push(Segment::Text(std::mem::take(&mut text)));
            }
            out.push(Segment::Link(link.to_owned()));
            text.push_str(&word[link.len()..]);
        } else {
            text.push_str(word);
        }
    }
    if !text.is_empty() {
        out.push(Segment::Text(text));
    }
    out
}

/// Renders text as paragraphs; single line breaks inside a paragraph are kept by CSS.
#[component]
pub fn RichText(text: String) -> impl IntoView {
    paragraphs(&text)
        .into_iter()
        .map(|segments| {
            let parts = segments
                .into_iter()
                .map(|segment| match segment {
                    Segment::Text(text) => text.into_any(),
                    Segment::Link(href) => view! {
                        <a href=href.clone() rel="nofollow ugc noopener">{href.clone()}</a>
                    }
                    .into_any(),
                })
                .collect_view();
            view! { <p class="user-text">{parts}</p> }
        })
        .collect_view()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_make_paragraphs() {
        let p = paragraphs("Første afsnit.\nSamme afsnit.\n\n\nAndet afsnit.");
        assert_eq!(p.len(), 2);
        assert_eq!(
            p[0],
            vec![Segment::Text("Første afsnit.\nSamme afsnit.".to_owned())]
        );
    }

    #[test]
    fn addresses_become_links_without_trailing_punctuation() {
        let p = paragraphs("Se https://albertslund.dk/kalender. Vel mødt");
        assert_eq!(
            p[0],
            vec![
                Segment::Text("Se ".to_owned()),
                Segment::Link("https://albertslund.dk/kalender".to_owned()),
                Segment::Text(". Vel mødt".to_owned()),
            ]
        );
    }

    #[test]
    fn markup_and_other_schemes_stay_text() {
        let p =
            paragraphs("<script>alert(1)</script> javascript:alert(1) https://x.dk\"onmouseover=1");
        assert!(p[0].iter().all(|s| matches!(s, Segment::Text(_))), "{p:?}");
    }
}
