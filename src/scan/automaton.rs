//! How the scanner builds its patterns. Every `remit record` is a new
//! process, so each pattern a page needs is built again on every call, and
//! building costs far more than searching (a pattern with a bounded
//! repetition of a long alternation takes milliseconds to build and
//! microseconds to run over a 10 KB page).
//!
//! So the patterns are built as the regex crate would build them, less
//! what does not pay for itself on a page of a few kilobytes: the literal
//! prefilter (measured with `benches/record_instr.sh`: a 10 KB English
//! documentation page 204 M instructions with it, 140 M without).

use regex_automata::meta;
use regex_automata::util::syntax;

/// A built scanner pattern.
pub(crate) type Regex = meta::Regex;

/// Builds a scanner pattern: ASCII-only (the views are lowercase ASCII
/// where it matters, and Unicode tables would make every hook process pay
/// to build them), matched over bytes, leftmost-first like the regex
/// crate.
pub(crate) fn re(pattern: &str) -> Regex {
    // The patterns are constants exercised by the unit tests.
    meta::Builder::new()
        .syntax(syntax::Config::new().unicode(false).utf8(false))
        .configure(config())
        .build(pattern)
        .unwrap_or_else(|e| panic!("scanner pattern {pattern}: {e}"))
}

/// Builds several patterns as one automaton that says which of them match
/// (overlapping, like `regex::bytes::RegexSet`).
pub(crate) fn set(patterns: &[&str]) -> Regex {
    // The patterns are constants exercised by the unit tests.
    meta::Builder::new()
        .syntax(syntax::Config::new().unicode(false).utf8(false))
        .configure(
            config()
                .match_kind(regex_automata::MatchKind::All)
                .which_captures(regex_automata::nfa::thompson::WhichCaptures::None)
                .nfa_size_limit(Some(1 << 25)),
        )
        .build_many(patterns)
        .unwrap_or_else(|e| panic!("scanner pattern set: {e}"))
}

fn config() -> meta::Config {
    meta::Config::new()
        .match_kind(regex_automata::MatchKind::LeftmostFirst)
        .utf8_empty(false)
        .nfa_size_limit(Some(1 << 24))
        .hybrid_cache_capacity(2 * (1 << 20))
        // No literal prefilter: extracting the literals of a long
        // alternation and building their Aho-Corasick automaton costs more
        // than the lazy DFA spends reading a page without it.
        .auto_prefilter(false)
}
