//! The patterns' word gates (`needs`), checked as bits.
//!
//! Every gate word of every pattern gets a number once per process; a
//! paragraph's words become a bit set over those numbers, one lookup per
//! word; a gate is then a few bit tests. Before, each pattern looked each
//! of its gate words up in the paragraph's hashed word set: some 40,000
//! hashes for a 10 KB page.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The gate words, numbered.
pub(crate) struct Vocab {
    ids: HashMap<&'static [u8], usize, BuildHasherDefault<Fnv>>,
}

/// FNV-1a: numbering a thousand gate words with SipHash cost more than
/// scanning a short text. An unkeyed hash is safe here: the table holds
/// only the patterns' own words, so a crafted word can only land on one
/// of its probe sequences, whose lengths the table fixes; it cannot make
/// entries collide.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Which gate words a text holds: a bit per [`Vocab`] number.
pub(crate) struct Words(Vec<u64>);

/// One pattern's gate: groups of word numbers; the text must hold a word
/// of every group.
pub(crate) struct Gate(Vec<Vec<usize>>);

impl Vocab {
    /// A vocabulary for about `words` words (growing the table as it
    /// fills costs as much again as filling it).
    pub(crate) fn with_capacity(words: usize) -> Vocab {
        Vocab {
            ids: HashMap::with_capacity_and_hasher(words, BuildHasherDefault::default()),
        }
    }

    /// The gate of `needs`, numbering its words.
    pub(crate) fn gate(&mut self, needs: &[&[&'static str]]) -> Gate {
        Gate(needs.iter().map(|g| self.group(g)).collect())
    }

    /// The numbers of a group of words, numbering new ones.
    pub(crate) fn group(&mut self, words: &[&'static str]) -> Vec<usize> {
        words
            .iter()
            .map(|w| {
                let next = self.ids.len();
                *self.ids.entry(w.as_bytes()).or_insert(next)
            })
            .collect()
    }

    /// The gate words of a flat view split at its spaces.
    #[cfg(test)]
    fn words(&self, flat: &str) -> Words {
        self.held(flat.as_bytes().split(|b| *b == b' '))
    }

    /// The gate words among `words`.
    pub(crate) fn held<'a>(&self, words: impl Iterator<Item = &'a [u8]>) -> Words {
        let mut bits = vec![0u64; self.ids.len().div_ceil(64)];
        for w in words {
            if let Some(&i) = self.ids.get(w) {
                bits[i / 64] |= 1 << (i % 64);
            }
        }
        Words(bits)
    }
}

impl Words {
    pub(crate) fn has(&self, id: usize) -> bool {
        self.0
            .get(id / 64)
            .is_some_and(|b| b & (1 << (id % 64)) != 0)
    }

    /// How many of the words numbered `group` the text holds.
    pub(crate) fn count(&self, group: &[usize]) -> usize {
        group.iter().filter(|&&i| self.has(i)).count()
    }

    /// Whether the text holds one of the words numbered `group`.
    pub(crate) fn any(&self, group: &[usize]) -> bool {
        group.iter().any(|&i| self.has(i))
    }
}

impl Gate {
    pub(crate) fn open(&self, words: &Words) -> bool {
        self.0.iter().all(|g| words.any(g))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gate_needs_a_word_of_each_group() {
        let mut v = Vocab::with_capacity(4);
        let g = v.gate(&[&["ignore", "forget"], &["instructions", "rules"]]);
        let other = v.group(&["forget", "hello"]);
        assert!(g.open(&v.words("please forget the rules")));
        assert!(!g.open(&v.words("please forget the cake")));
        assert!(!g.open(&v.words("rules are rules")));
        assert!(v.words("hello").any(&other));
        assert!(!v.words("bye").any(&other));
        assert_eq!(v.words("forget hello hello").count(&other), 2);
        // Whole words only.
        assert!(!g.open(&v.words("ignored instructionsx")));
    }

    #[test]
    fn many_words_span_several_blocks() {
        let mut v = Vocab::with_capacity(4);
        let names: Vec<&'static str> = (0..200)
            .map(|i| &*Box::leak(format!("w{i}").into_boxed_str()))
            .collect();
        let all = v.group(&names);
        let w = v.words("w0 w63 w64 w199");
        let held: Vec<usize> = all.iter().copied().filter(|&i| w.has(i)).collect();
        assert_eq!(held, vec![0, 63, 64, 199]);
    }
}
