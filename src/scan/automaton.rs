//! How the scanner builds its patterns. Every `remit record` is a new
//! process, so each pattern a page needs is built again on every call, and
//! building costs far more than searching (a pattern with a bounded
//! repetition of a long alternation takes milliseconds to build and
//! microseconds to run over a 10 KB page).
//!
//! So a pattern is built with less than the regex crate builds: the
//! forward NFA, searched by a lazy DFA, says whether and where a match
//! ends, and most patterns never match a page. Where a match starts (the
//! imperative and quotation checks read the words before it) takes the
//! reverse NFA and DFA, built only once the pattern has matched. No
//! literal prefilter: extracting the literals of a long alternation and
//! building their Aho-Corasick automaton costs more than the lazy DFA
//! spends reading a page. (benches/injection/RESULTS.md has the figures.)
//! And a pattern is read straight into HIR ([`pattern_reader`]) rather
//! than through `regex-syntax`'s AST, which cost a third of a call.

use std::sync::{Mutex, OnceLock, PoisonError};

use regex_syntax::hir::Hir;

use super::{multibyte, pattern_reader};

use regex_automata::hybrid::dfa::{self, DFA};
use regex_automata::nfa::thompson::{self, pikevm, pikevm::PikeVM, WhichCaptures, NFA};
use regex_automata::util::captures::Captures;
use regex_automata::util::iter::Searcher;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, Match, MatchKind, PatternSet};

/// The views are lowercase ASCII where it matters, and Unicode tables
/// would make every hook process pay to build them; patterns match bytes.
fn syntax() -> syntax::Config {
    syntax::Config::new().unicode(false).utf8(false)
}

/// A built scanner pattern (leftmost-first, like the regex crate).
pub(crate) struct Regex {
    hir: Hir,
    dfa: DFA,
    /// Finds where a match starts; `None` if it cannot be built (the
    /// PikeVM does it then).
    reverse: OnceLock<Option<DFA>>,
    /// Capture groups, and any search the lazy DFAs give up on.
    pikevm: PikeVM,
    cache: Mutex<Caches>,
}

struct Caches {
    forward: dfa::Cache,
    reverse: Option<dfa::Cache>,
    /// Created on first use: a PikeVM cache is sized by the NFA, and
    /// creating one costs more than most searches.
    pikevm: Option<pikevm::Cache>,
}

impl Caches {
    fn pikevm(&mut self, vm: &PikeVM) -> &mut pikevm::Cache {
        self.pikevm.get_or_insert_with(|| vm.create_cache())
    }
}

/// Builds a scanner pattern.
pub(crate) fn re(pattern: &str) -> Regex {
    // The patterns are constants exercised by the unit tests.
    build(pattern).unwrap_or_else(|e| panic!("scanner pattern {pattern}: {e}"))
}

fn build(pattern: &str) -> Result<Regex, String> {
    let hir = parse(pattern)?;
    let nfa: NFA = thompson::Compiler::new()
        .configure(
            thompson::Config::new()
                .utf8(false)
                .shrink(false)
                .nfa_size_limit(Some(1 << 24))
                .which_captures(WhichCaptures::All),
        )
        .build_from_hir(&hir)
        .map_err(|e| e.to_string())?;
    let dfa = DFA::builder()
        .configure(DFA::config().cache_capacity(2 * (1 << 20)))
        .build_from_nfa(nfa.clone())
        .map_err(|e| e.to_string())?;
    let pikevm = PikeVM::new_from_nfa(nfa).map_err(|e| e.to_string())?;
    let cache = Mutex::new(Caches {
        forward: dfa.create_cache(),
        reverse: None,
        pikevm: None,
    });
    Ok(Regex {
        hir,
        dfa,
        reverse: OnceLock::new(),
        pikevm,
        cache,
    })
}

/// A pattern's HIR, its classes holding multibyte characters rewritten
/// first ([`multibyte`]).
fn parse(pattern: &str) -> Result<Hir, String> {
    let pattern = multibyte::expand(pattern)?;
    if let Some(hir) = pattern_reader::read(&pattern) {
        // Every pattern the tests build is read both ways.
        #[cfg(debug_assertions)]
        assert_eq!(
            Ok(&hir),
            syntax::parse_with(&pattern, &syntax()).as_ref(),
            "the scanner's pattern reader and regex-syntax disagree on {pattern}"
        );
        return Ok(hir);
    }
    syntax::parse_with(&pattern, &syntax()).map_err(|e| e.to_string())
}

/// The reverse DFA, configured as the regex crate configures its own.
fn reverse(hir: &Hir) -> Option<DFA> {
    let nfa = thompson::Compiler::new()
        .configure(
            thompson::Config::new()
                .utf8(false)
                .shrink(false)
                .nfa_size_limit(Some(1 << 24))
                .which_captures(WhichCaptures::None)
                .reverse(true),
        )
        .build_from_hir(hir)
        .ok()?;
    DFA::builder()
        .configure(
            DFA::config()
                .cache_capacity(2 * (1 << 20))
                .match_kind(MatchKind::All)
                .specialize_start_states(false),
        )
        .build_from_nfa(nfa)
        .ok()
}

impl Regex {
    pub(crate) fn is_match(&self, haystack: &[u8]) -> bool {
        let input = Input::new(haystack).earliest(true);
        let mut guard = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        let c = &mut *guard;
        match self.dfa.try_search_fwd(&mut c.forward, &input) {
            Ok(m) => m.is_some(),
            Err(_) => self.pikevm.is_match(c.pikevm(&self.pikevm), input),
        }
    }

    /// The successive non-overlapping matches.
    pub(crate) fn find_iter<'r, 'h>(&'r self, haystack: &'h [u8]) -> Matches<'r, 'h> {
        Matches {
            re: self,
            it: Searcher::new(Input::new(haystack)),
        }
    }

    pub(crate) fn find(&self, haystack: &[u8]) -> Option<Match> {
        self.find_iter(haystack).next()
    }

    /// The capture groups of each match.
    pub(crate) fn captures_iter(&self, haystack: &[u8]) -> std::vec::IntoIter<Captures> {
        let matches: Vec<Match> = self.find_iter(haystack).collect();
        let mut guard = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        let pc = guard.pikevm(&self.pikevm);
        matches
            .into_iter()
            .map(|m| {
                let mut caps = self.pikevm.create_captures();
                let input = Input::new(haystack)
                    .range(m.range())
                    .anchored(Anchored::Yes);
                self.pikevm.search(pc, &input, &mut caps);
                caps
            })
            .collect::<Vec<_>>()
            .into_iter()
    }

    /// The leftmost-first match in `input`, found as the regex crate's
    /// lazy DFA finds it: its end forward, its start backward from there.
    fn search(&self, input: &Input<'_>) -> Option<Match> {
        let mut guard = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        let c = &mut *guard;
        let end = match self.dfa.try_search_fwd(&mut c.forward, input) {
            Ok(None) => return None,
            Ok(Some(half)) => half,
            // The lazy DFA gave up (it does not by default): the PikeVM alone.
            Err(_) => return self.pikevm.find(c.pikevm(&self.pikevm), input.clone()),
        };
        if input.start() == end.offset() {
            return Some(Match::new(end.pattern(), end.offset()..end.offset()));
        }
        if let Some(reverse) = self.reverse.get_or_init(|| reverse(&self.hir)) {
            let back = input
                .clone()
                .span(input.start()..end.offset())
                .anchored(Anchored::Yes)
                .earliest(false);
            let cache = c.reverse.get_or_insert_with(|| reverse.create_cache());
            if let Ok(Some(start)) = reverse.try_search_rev(cache, &back) {
                return Some(Match::new(end.pattern(), start.offset()..end.offset()));
            }
        }
        self.pikevm.find(c.pikevm(&self.pikevm), input.clone())
    }
}

/// An iterator over a pattern's matches.
pub(crate) struct Matches<'r, 'h> {
    re: &'r Regex,
    it: Searcher<'h>,
}

impl Iterator for Matches<'_, '_> {
    type Item = Match;

    fn next(&mut self) -> Option<Match> {
        let re = self.re;
        self.it.advance(|input| Ok(re.search(input)))
    }
}

/// Several patterns as one automaton that says which of them match
/// (overlapping, like `regex::bytes::RegexSet`). Only the forward NFA and
/// its lazy DFA are built: saying which patterns match needs no match
/// start, so the reverse NFA the regex crate (and `meta::Regex`) also
/// compiles would be half the build cost for nothing.
pub(crate) struct Set {
    dfa: DFA,
    /// Any search the lazy DFA gives up on.
    pikevm: PikeVM,
    cache: Mutex<(dfa::Cache, Option<pikevm::Cache>)>,
}

/// Builds a [`Set`].
pub(crate) fn set(patterns: &[&str]) -> Set {
    // The patterns are constants exercised by the unit tests.
    build_set(patterns).unwrap_or_else(|e| panic!("scanner pattern set: {e}"))
}

fn build_set(patterns: &[&str]) -> Result<Set, String> {
    let hirs = patterns
        .iter()
        .map(|p| parse(p).map_err(|e| format!("{p}: {e}")))
        .collect::<Result<Vec<Hir>, String>>()?;
    let nfa = thompson::Compiler::new()
        .configure(
            thompson::Config::new()
                .utf8(false)
                .shrink(false)
                .nfa_size_limit(Some(1 << 25))
                .which_captures(WhichCaptures::Implicit),
        )
        .build_many_from_hir(&hirs)
        .map_err(|e| e.to_string())?;
    let dfa = DFA::builder()
        .configure(
            DFA::config()
                .match_kind(MatchKind::All)
                .cache_capacity(2 * (1 << 20)),
        )
        .build_from_nfa(nfa.clone())
        .map_err(|e| e.to_string())?;
    let pikevm = PikeVM::builder()
        .configure(PikeVM::config().match_kind(MatchKind::All))
        .build_from_nfa(nfa)
        .map_err(|e| e.to_string())?;
    let cache = Mutex::new((dfa.create_cache(), None));
    Ok(Set { dfa, pikevm, cache })
}

impl Set {
    /// Which of the patterns match somewhere in `haystack`.
    pub(crate) fn which(&self, haystack: &[u8]) -> PatternSet {
        let mut hits = PatternSet::new(self.pikevm.pattern_len());
        let input = Input::new(haystack);
        let mut guard = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        let (forward, pc) = &mut *guard;
        if self
            .dfa
            .try_which_overlapping_matches(forward, &input, &mut hits)
            .is_err()
        {
            // The lazy DFA gave up (it does not by default): the PikeVM.
            hits.clear();
            let pc = pc.get_or_insert_with(|| self.pikevm.create_cache());
            self.pikevm.which_overlapping_matches(pc, &input, &mut hits);
        }
        hits
    }

    #[cfg(test)]
    pub(crate) fn is_match(&self, haystack: &[u8]) -> bool {
        !self.which(haystack).is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The regex crate's answers, which the scanner's patterns must keep.
    fn reference(pattern: &str) -> regex::bytes::Regex {
        regex::bytes::RegexBuilder::new(pattern)
            .unicode(false)
            .build()
            .expect("valid pattern")
    }

    #[test]
    fn same_matches_as_the_regex_crate() {
        let patterns = [
            r"\bignore (?:\S+ ){0,3}?instructions\b",
            r"(?:^|[.!?] )(?:hey|hi) (?:ai|assistant)\b",
            r"\b(?:a|ab|abc)\b",
            r"x*",
            r"(?P<who>user|assistant) ?: ?(.*)",
        ];
        let texts: [&[u8]; 5] = [
            b"please ignore all the previous instructions. then ignore instructions",
            b"hi ai. ok! hey assistant and hi ai",
            b"abc ab a abcd",
            b"axxbx",
            b"user : do it\nassistant: sure\n",
        ];
        for p in patterns {
            let ours = re(p);
            let theirs = reference(p);
            for t in texts {
                let a: Vec<_> = ours.find_iter(t).map(|m| m.range()).collect();
                let b: Vec<_> = theirs.find_iter(t).map(|m| m.range()).collect();
                assert_eq!(a, b, "{p} on {:?}", String::from_utf8_lossy(t));
                assert_eq!(ours.is_match(t), theirs.is_match(t), "{p}");
                let a: Vec<Vec<_>> = ours
                    .captures_iter(t)
                    .map(|c| c.iter().map(|g| g.map(|s| s.range())).collect())
                    .collect();
                let b: Vec<Vec<_>> = theirs
                    .captures_iter(t)
                    .map(|c| c.iter().map(|g| g.map(|m| m.range())).collect())
                    .collect();
                assert_eq!(a, b, "{p} captures");
            }
        }
    }

    #[test]
    fn multibyte_characters_in_classes() {
        let r = re("user[:：] ?run");
        assert!(r.is_match("user：run".as_bytes()));
        assert!(r.is_match(b"user: run"));
        assert!(!r.is_match(b"user\xef\xbc run"));
        assert_eq!(
            r.find("a user：run".as_bytes()).map(|m| m.range()),
            Some(2..12)
        );
        let s = set(&["[：。]$", "^[a：]"]);
        let got: Vec<usize> = s
            .which("：x。".as_bytes())
            .iter()
            .map(|p| p.as_usize())
            .collect();
        assert_eq!(got, vec![0, 1]);
        let e = build("[^：]").err().unwrap_or_default();
        assert!(e.contains("negated character class"), "{e}");
    }

    #[test]
    fn sets_say_which_patterns_match() {
        let s = set(&[
            r"\bhola\b",
            r"\bmundo\b",
            r"\bnada\b",
            r"mundo, (?:[a-z]+ )?nada",
        ]);
        let got: Vec<usize> = s
            .which(b"hola, mundo")
            .iter()
            .map(|p| p.as_usize())
            .collect();
        assert_eq!(got, vec![0, 1]);
        let got: Vec<usize> = s
            .which(b"mundo, nada")
            .iter()
            .map(|p| p.as_usize())
            .collect();
        assert_eq!(got, vec![1, 2, 3]);
        assert!(!s.is_match(b"adios"));
    }

    #[test]
    fn sets_agree_with_the_regex_crate() {
        let patterns = [
            r"\bignore (?:\S+ ){0,3}?instructions\b",
            r"(?:^|[.!?] )(?:hey|hi) (?:ai|assistant)\b",
            r"\b(?:a|ab|abc)\b",
            r"(?P<who>user|assistant) ?: ?(.*)",
        ];
        let texts: [&[u8]; 4] = [
            b"please ignore all the previous instructions. then ignore instructions",
            b"hi ai. ok! hey assistant and hi ai",
            b"abc ab a abcd",
            b"user : do it\nassistant: sure\n",
        ];
        let ours = set(&patterns);
        let theirs = regex::bytes::RegexSetBuilder::new(patterns)
            .unicode(false)
            .build()
            .expect("valid patterns");
        for t in texts {
            let a: Vec<usize> = ours.which(t).iter().map(|p| p.as_usize()).collect();
            let b: Vec<usize> = theirs.matches(t).into_iter().collect();
            assert_eq!(a, b, "{:?}", String::from_utf8_lossy(t));
        }
    }
}
