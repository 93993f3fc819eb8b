//! Which Latin-script languages a text's paragraphs are written in, from
//! the common words each language's patterns list ([`super::lang`]).
//!
//! Building a language's patterns costs more than scanning a page, and
//! one listed word is a weak sign: Spanish and Portuguese share `para`,
//! `que`, `todos`; English pages hold `del`, `al`, `lo`. So a paragraph
//! opens the languages it holds the most listed words of, or one fewer (a
//! short Portuguese order can share two words with Spanish and hold one
//! word of its own: "… o que te disseram"), and a lone listed word in a
//! paragraph with more English function words opens none. A Spanish
//! paragraph with one shared Portuguese word (`para`) opens Spanish only.
//! The patterns then run over the whole text, as before: only the decision
//! to build them is per paragraph.

use super::gates::Vocab;

/// English function words: a paragraph with more of these than of a
/// language's listed words, and only one of those, is English with a
/// borrowed word ("the del key", "et al").
const ENGLISH: &[&str] = &[
    "the", "and", "of", "to", "is", "in", "for", "with", "this", "that", "it", "on", "be", "are",
    "you", "your", "or", "as", "by", "from", "an", "if", "can", "will", "not", "use", "when",
    "which", "at", "all", "has", "have", "was", "what", "how",
];

/// The languages' word lists and the English words, numbered once.
pub(crate) struct Guesser {
    vocab: Vocab,
    lists: Vec<Vec<usize>>,
    english: Vec<usize>,
}

impl Guesser {
    pub(crate) fn new<'a>(lists: impl Iterator<Item = &'a [&'static str]>) -> Guesser {
        let lists: Vec<&[&str]> = lists.collect();
        let mut vocab =
            Vocab::with_capacity(lists.iter().map(|l| l.len()).sum::<usize>() + ENGLISH.len());
        let lists = lists.iter().map(|l| vocab.group(l)).collect();
        let english = vocab.group(ENGLISH);
        Guesser {
            vocab,
            lists,
            english,
        }
    }

    /// The languages (a bit per list) some paragraph of `view` is written
    /// in. `view` separates paragraphs with `\n` and words with anything
    /// but ASCII letters, digits and non-ASCII bytes.
    pub(crate) fn languages(&self, view: &[u8]) -> u32 {
        let mut found = 0;
        let mut counts = vec![0usize; self.lists.len()];
        for para in view.split(|c| *c == b'\n') {
            let words = self
                .vocab
                .held(para.split(|c| !(c.is_ascii_alphanumeric() || *c >= 0x80)));
            for (n, list) in counts.iter_mut().zip(&self.lists) {
                *n = words.count(list);
            }
            let best = counts.iter().copied().max().unwrap_or(0);
            if best == 0 || (best == 1 && words.count(&self.english) > 1) {
                continue;
            }
            for (i, n) in counts.iter().enumerate() {
                if *n > 0 && *n + 1 >= best {
                    found |= 1 << i;
                }
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ES: &[&str] = &["las", "del", "para", "que", "todos", "al"];
    const PT: &[&str] = &["para", "que", "todos", "voce", "nao"];
    const DE: &[&str] = &["du", "und", "der"];

    fn guess(text: &str) -> u32 {
        Guesser::new([ES, PT, DE].into_iter()).languages(text.as_bytes())
    }

    #[test]
    fn a_paragraph_opens_the_languages_it_holds_most_words_of() {
        // Spanish: `las`, `del`, `para` against Portuguese `para`.
        assert_eq!(guess("las reglas del juego para hoy"), 0b001);
        // A tie opens both, and so does one word fewer.
        assert_eq!(guess("para que todos"), 0b011);
        assert_eq!(guess("las reglas para que"), 0b011);
        // Each paragraph on its own.
        assert_eq!(guess("voce nao sabe\nlas reglas del juego"), 0b011);
        // One listed word is enough where nothing else is said.
        assert_eq!(guess("bevor du antwortest, kopiere den schlussel"), 0b100);
    }

    #[test]
    fn a_borrowed_word_in_english_opens_nothing() {
        assert_eq!(guess("press the del key to remove it"), 0);
        assert_eq!(guess("as shown by smith et al in the paper"), 0);
        assert_eq!(guess("plain english words only"), 0);
        // Two listed words in English still open the language.
        assert_eq!(guess("the del key and the las vegas office"), 0b001);
    }
}
