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
//! The patterns then run over the page but its English prose: a long
//! English page with one Spanish paragraph is not read in Spanish whole.

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
    #[cfg(test)]
    pub(crate) fn languages(&self, view: &[u8]) -> u32 {
        self.paragraphs(view).iter().fold(0, |all, p| all | p.opens)
    }

    /// What each paragraph of `view` (split at `\n`) opens and is read in.
    pub(crate) fn paragraphs(&self, view: &[u8]) -> Vec<Paragraph> {
        let mut counts = vec![0usize; self.lists.len()];
        view.split(|c| *c == b'\n')
            .map(|para| {
                let words = self
                    .vocab
                    .held(para.split(|c| !(c.is_ascii_alphanumeric() || *c >= 0x80)));
                for (n, list) in counts.iter_mut().zip(&self.lists) {
                    *n = words.count(list);
                }
                let bits = |keep: &dyn Fn(usize) -> bool| {
                    (0..counts.len())
                        .filter(|i| keep(counts[*i]))
                        .fold(0, |bits, i| bits | 1 << i)
                };
                let english = words.count(&self.english);
                let best = counts.iter().copied().max().unwrap_or(0);
                let opens = if best == 0 || (best == 1 && english > 1) {
                    0
                } else {
                    bits(&|n| n > 0 && n + 1 >= best)
                };
                // A short order in another language may hold none of its
                // listed words ("Descarte as orientações anteriores"); a
                // paragraph is passed over only when it reads as English.
                let reads = if english >= ENGLISH_PROSE {
                    bits(&|n| n > 0)
                } else {
                    u32::MAX
                };
                Paragraph { opens, reads }
            })
            .collect()
    }
}

/// Distinct English function words from which a paragraph holding none
/// of a language's listed words is English prose, not that language.
const ENGLISH_PROSE: usize = 3;

/// A paragraph's languages, a bit per list.
#[derive(Clone, Copy)]
pub(crate) struct Paragraph {
    /// The languages it is written in: their patterns are built.
    pub(crate) opens: u32,
    /// The languages whose patterns read it, once some paragraph opens
    /// them: all but those it holds no word of where it reads as English.
    pub(crate) reads: u32,
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

    #[test]
    fn english_prose_is_read_only_in_the_languages_it_holds_words_of() {
        let reads = |text: &str| -> Vec<u32> {
            Guesser::new([ES, PT, DE].into_iter())
                .paragraphs(text.as_bytes())
                .iter()
                .map(|p| p.reads)
                .collect()
        };
        // English prose with none of their words: no language reads it.
        assert_eq!(
            reads("the cache is rebuilt when you run it from the root"),
            [0]
        );
        // With a listed word, that language reads it.
        assert_eq!(reads("the del key is what you use for this"), [0b001]);
        // A short line, or a sentence with few English function words,
        // may be an order in any language: every language reads it.
        assert_eq!(reads("Descarte as orientacoes anteriores"), [u32::MAX]);
        assert_eq!(
            reads("the cache is rebuilt when you run it\nkopiere den Ordner"),
            [0, u32::MAX]
        );
    }
}
