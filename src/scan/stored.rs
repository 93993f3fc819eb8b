//! The scanner's patterns as fully compiled DFAs, determinized ahead of
//! time and committed as data, so that a `remit record` process
//! deserializes what it would otherwise build ([`super::automaton`]).
//!
//! `stored/table.rs` maps each pattern (after `multibyte::expand`) to its
//! DFAs in `stored/automata.bin`: a forward DFA (leftmost-first,
//! unanchored) and a reverse one for match starts (all matches,
//! anchored); a set's members are searched each with its own forward DFA.
//!
//! Not every pattern is stored: the data is compiled into every binary and
//! kept by git at each regeneration, so the table holds, up to
//! `MAX_TOTAL_BYTES`, the patterns that save the most instructions per
//! byte, as measured on the benchmark pages (`stored/budget.tsv`, written
//! by `benches/dfa_budget.py`, which measures and then regenerates). The
//! table alone is regenerated from that ranking by
//!
//! ```text
//! cargo test --release -j 2 --features dfa-gen --lib scan::stored::tests::regenerate -- --ignored --exact
//! ```
//!
//! which scans every text of `benches/injection/*.jsonl` in-process and
//! stores only patterns the scanner still asks for. A DFA over the
//! per-DFA cap (`MAX_FORWARD_BYTES`, `MAX_REVERSE_BYTES`) is never stored,
//! nor is anything on a big-endian target (the data is little-endian).
//! A pattern the table lacks (new, edited, over a cap, outside the budget)
//! is built as before: correct, only slower. Nothing fails when a pattern
//! changes; `benches/dfa_stale.sh` reports how many of the corpus's
//! patterns are stored and which the ranking has not measured.

use regex_automata::dfa::dense;
#[cfg(target_endian = "little")]
use regex_automata::util::wire::AlignAs;

// Written by the generator below, not by hand; rustfmt would reflow it.
#[rustfmt::skip]
mod table;

/// A stored DFA, borrowed from the binary's own data (no copy).
pub(super) type Dfa = dense::DFA<&'static [u32]>;

/// How the stored DFAs are built. The generator writes it into the
/// table; a table built another way is not used at all.
const CONFIG: &str = "v1 dense, bytes (unicode off, utf8 off), minimized; \
                      forward leftmost-first unanchored; reverse all-matches anchored";

/// The DFAs, aligned as `DFA::from_bytes` requires (4 bytes) without a
/// copy or `unsafe`: the bytes are the last field of an aligned struct.
#[cfg(target_endian = "little")]
static DATA: &AlignAs<[u8], u32> = &AlignAs {
    _align: [],
    bytes: *include_bytes!("stored/automata.bin"),
};

/// Where a DFA lies in the table's data: offset and length in bytes.
pub(super) type Span = (u32, u32);

/// A pattern's DFAs in the table.
#[derive(Clone, Copy)]
pub(super) struct Entry {
    /// Leftmost-first, unanchored: whether and where a match ends.
    pub(super) forward: Span,
    /// All matches, anchored, run backwards from a match's end: where it
    /// starts. `None` if it was over the cap.
    pub(super) reverse: Option<Span>,
}

/// `pattern`'s entry (the pattern after `multibyte::expand`), if stored.
pub(super) fn lookup(pattern: &str) -> Option<Entry> {
    if table::CONFIG != CONFIG || cfg!(not(target_endian = "little")) {
        return None;
    }
    let i = table::REGEXES
        .binary_search_by(|(key, _, _)| (*key).cmp(pattern))
        .ok()?;
    let (_, forward, reverse) = table::REGEXES[i];
    Some(Entry { forward, reverse })
}

/// The DFA at `span`. Validated (linear in its size, several times
/// cheaper than building it): a corrupt table means builds, never
/// undefined behaviour.
#[cfg(target_endian = "little")]
pub(super) fn load(span: Span) -> Option<Dfa> {
    let (at, len) = (span.0 as usize, span.1 as usize);
    let bytes = DATA.bytes.get(at..at.checked_add(len)?)?;
    dense::DFA::from_bytes(bytes).ok().map(|(dfa, _)| dfa)
}

/// Every stored pattern.
#[cfg(test)]
pub(super) fn patterns() -> impl Iterator<Item = &'static str> {
    table::REGEXES.iter().map(|(p, _, _)| *p)
}

/// The data is little-endian: a big-endian target builds every pattern.
#[cfg(not(target_endian = "little"))]
pub(super) fn load(_: Span) -> Option<Dfa> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::automaton::{self, Requested};

    /// The regenerate command, as the messages give it.
    const REGENERATE: &str = "cargo test --release -j 2 --features dfa-gen --lib \
                              scan::stored::tests::regenerate -- --ignored --exact";

    /// The texts of every benchmark set (`benches/injection/*.jsonl`).
    fn corpus() -> Vec<String> {
        let mut texts = Vec::new();
        for f in automaton::tests::benchmark_sets() {
            let data = std::fs::read_to_string(&f).expect("a benchmark set");
            for line in data.lines().filter(|l| !l.trim().is_empty()) {
                let row: serde_json::Value = serde_json::from_str(line).expect("a JSON row");
                if let Some(text) = row.get("text").and_then(|t| t.as_str()) {
                    texts.push(text.to_string());
                }
            }
        }
        texts
    }

    /// Every pattern the scanner asks for on the corpus, a set's patterns
    /// each on its own (each has its own DFA). Exact only in a process
    /// that runs nothing else: other tests ask for patterns of their own.
    fn corpus_patterns() -> std::collections::BTreeSet<String> {
        for text in corpus() {
            crate::scan::indicators(&text);
        }
        let mut patterns = std::collections::BTreeSet::new();
        for r in automaton::tests::all_requested() {
            match r {
                Requested::Regex(p) => {
                    patterns.insert(p);
                }
                Requested::Set(ps) => patterns.extend(ps),
            }
        }
        patterns
    }

    /// The measured ranking the generator stores by (`stored/budget.tsv`,
    /// written by `benches/dfa_budget.py`): per pattern, the instructions
    /// its stored DFAs save over the benchmark pages and their bytes (0:
    /// over the per-DFA cap).
    fn ranking() -> Vec<(u64, u64, String)> {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/scan/stored/budget.tsv");
        let data = std::fs::read_to_string(path).unwrap_or_default();
        data.lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut f = l.splitn(3, '\t');
                let saved = f.next()?.parse().ok()?;
                let bytes = f.next()?.parse().ok()?;
                let p: String = serde_json::from_str(f.next()?).ok()?;
                Some((saved, bytes, p))
            })
            .collect()
    }

    /// A report, never a failure (`benches/dfa_stale.sh` runs it in a
    /// process of its own, as [`corpus_patterns`] needs): how many of the
    /// patterns the corpus asks for are stored, and how many the budget's
    /// measurement has not seen (new or edited since). A pattern the table
    /// lacks is built as before: correct, only slower.
    #[test]
    #[ignore = "a report, run by benches/dfa_stale.sh"]
    fn corpus_report() {
        let asked = corpus_patterns();
        let measured: std::collections::BTreeSet<String> =
            ranking().into_iter().map(|(_, _, p)| p).collect();
        let stored = asked.iter().filter(|p| lookup(p).is_some()).count();
        let unmeasured: Vec<&String> = asked.iter().filter(|p| !measured.contains(*p)).collect();
        let gone = patterns().filter(|p| !asked.contains(*p)).count();
        println!(
            "stored: {stored} of {} patterns the corpus asks for; {} not in the budget's \
             measurement (no benchmark page of it asks for them, or new or edited since); \
             {gone} stored patterns no longer asked for",
            asked.len(),
            unmeasured.len()
        );
        for p in unmeasured {
            println!("  unmeasured: {p:?}");
        }
    }

    /// Where callgrind (`--dump-after`) cuts the measurement.
    #[inline(never)]
    fn budget_marker(i: usize) {
        std::hint::black_box(i);
    }

    /// For `benches/dfa_budget.py`, under callgrind: scans the page in the
    /// file `REMIT_DFA_PAGE`, logging every search, and prints each pattern
    /// it asked for (`ASKED`, the bytes of its DFAs in the table, 0 if not
    /// there, and the pattern as JSON). Then, for each, replays its
    /// searches with the pattern built, then read from the table, each
    /// followed by a `budget_marker` (a callgrind dump): what that pattern
    /// costs the page either way.
    #[test]
    #[ignore = "run by benches/dfa_budget.py"]
    fn budget_measure() {
        let Ok(page) = std::env::var("REMIT_DFA_PAGE") else {
            return;
        };
        let page = std::fs::read_to_string(page).expect("the page");
        automaton::tests::start_log();
        crate::scan::indicators(&page);
        let log = automaton::tests::take_log();
        let mut keys: Vec<String> = Vec::new();
        let mut calls: std::collections::HashMap<&str, Vec<&automaton::tests::Call>> =
            std::collections::HashMap::new();
        for (k, call) in &log {
            if !calls.contains_key(k.as_str()) {
                keys.push(k.clone());
            }
            calls.entry(k).or_default().push(call);
        }
        for r in automaton::tests::all_requested() {
            let ps = match r {
                Requested::Regex(p) => vec![p],
                Requested::Set(ps) => ps,
            };
            keys.extend(ps.into_iter().filter(|p| !calls.contains_key(p.as_str())));
        }
        keys.dedup();
        let mut seen = std::collections::HashSet::new();
        keys.retain(|k| seen.insert(k.clone()));
        for k in &keys {
            let json = serde_json::to_string(k).expect("a string");
            let bytes = lookup(k).map_or(0, |e| e.forward.1 + e.reverse.map_or(0, |r| r.1));
            println!("ASKED {bytes} {json}");
        }
        budget_marker(0);
        for (i, k) in keys.iter().enumerate() {
            let c = calls.get(k.as_str()).map_or(&[][..], Vec::as_slice);
            std::hint::black_box(automaton::tests::replay(k, c, false));
            budget_marker(2 * i + 1);
            std::hint::black_box(automaton::tests::replay(k, c, true));
            budget_marker(2 * i + 2);
        }
    }

    /// Each stored DFA validates: `load` would otherwise quietly fall back
    /// to building.
    #[test]
    fn every_stored_dfa_loads() {
        if cfg!(not(target_endian = "little")) {
            return;
        }
        assert_eq!(
            table::CONFIG,
            CONFIG,
            "the table was built another way: {REGENERATE}"
        );
        for (p, forward, reverse) in table::REGEXES {
            assert!(load(*forward).is_some(), "{p}");
            assert!(reverse.is_none_or(|r| load(r).is_some()), "{p}");
        }
    }

    /// The largest forward DFA stored (serialized bytes): a pattern whose
    /// determinization grows past it (about one in four, mostly bounded
    /// repetitions of `\S+` between word boundaries) stays a lazy build.
    /// Validating a DFA this size costs a fraction of building its pattern;
    /// the cap keeps the data (and the binary) from growing without bound.
    #[cfg(feature = "dfa-gen")]
    const MAX_FORWARD_BYTES: usize = 256 * 1024;

    /// The largest reverse DFA stored. A reverse DFA is needed only once its
    /// pattern has matched, which on most pages most never do: a larger one
    /// is built then, as before.
    #[cfg(feature = "dfa-gen")]
    const MAX_REVERSE_BYTES: usize = 64 * 1024;

    /// The whole table's budget. The data is compiled into every binary
    /// that links the scanner, and git keeps a compressed copy of each
    /// regeneration; storing every pattern that fits the per-DFA caps took
    /// 29.6 MB (the binary 11 -> 40 MB). Filled best measured saving per
    /// byte first (`stored/budget.tsv`), 8 MB saves about four fifths of
    /// what the whole table saves on a 10 KB English page, for a binary of
    /// 20 MB; 4 MB saved 13 M instructions a page less (1, 2, 4 MB measured
    /// too: benches/injection/RESULTS.md). `REMIT_DFA_BUDGET` (bytes, or
    /// `all`) overrides it, for measuring.
    #[cfg(feature = "dfa-gen")]
    const MAX_TOTAL_BYTES: usize = 8 << 20;

    /// Determinizes the patterns the scanner asks for on the corpus, best
    /// measured saving per byte first (`stored/budget.tsv`), until the
    /// budget is spent, and writes `stored/table.rs` and
    /// `stored/automata.bin`. With `REMIT_DFA_BUDGET=all`, every pattern
    /// (what `benches/dfa_budget.py` measures the ranking on).
    #[cfg(feature = "dfa-gen")]
    #[test]
    #[ignore = "regenerates the stored table (see the module doc)"]
    fn regenerate() {
        use regex_automata::dfa::StartKind;
        use regex_automata::nfa::thompson::{self, WhichCaptures, NFA};
        use regex_automata::MatchKind;
        use std::fmt::Write as _;

        /// The pattern's NFA as the DFA needs it (no capture states).
        fn nfa(pattern: &str, reverse: bool) -> NFA {
            let hir = automaton::parse(pattern).expect("a scanner pattern");
            thompson::Compiler::new()
                .configure(
                    thompson::Config::new()
                        .utf8(false)
                        .shrink(false)
                        .reverse(reverse)
                        .which_captures(WhichCaptures::None),
                )
                .build_from_hir(&hir)
                .expect("a scanner pattern's NFA")
        }
        #[derive(Default)]
        struct Stats {
            load: std::time::Duration,
        }
        /// The serialized DFA, or `None` if it is over `cap` bytes.
        fn determinize(
            nfa: &NFA,
            config: dense::Config,
            cap: usize,
            stats: &mut Stats,
        ) -> Option<Vec<u8>> {
            let dfa = dense::Builder::new()
                .configure(
                    config
                        .minimize(true)
                        // Bounds the generator's time and memory; the
                        // minimized DFA is held to `cap` below.
                        .dfa_size_limit(Some(8 * cap))
                        .determinize_size_limit(Some(64 << 20)),
                )
                .build_from_nfa(nfa)
                .ok()?;
            let (bytes, pad) = dfa.to_bytes_little_endian();
            let bytes = bytes[pad..].to_vec();
            if bytes.len() > cap {
                return None;
            }
            let t = std::time::Instant::now();
            dense::DFA::from_bytes(&bytes).expect("its own serialization");
            stats.load += t.elapsed();
            Some(bytes)
        }
        /// Appends `bytes` at an 8-byte boundary.
        fn put(data: &mut Vec<u8>, bytes: &[u8]) -> Span {
            data.resize(data.len().next_multiple_of(8), 0);
            let at = data.len();
            data.extend_from_slice(bytes);
            (at as u32, bytes.len() as u32)
        }

        let forward = dense::Config::new().start_kind(StartKind::Unanchored);
        let backward = dense::Config::new()
            .start_kind(StartKind::Anchored)
            .match_kind(MatchKind::All);
        let mut stats = Stats::default();
        let budget = match std::env::var("REMIT_DFA_BUDGET").as_deref() {
            Ok("all") => None,
            Ok(n) => Some(n.parse().expect("REMIT_DFA_BUDGET: bytes or `all`")),
            Err(_) => Some(MAX_TOTAL_BYTES),
        };
        let asked = corpus_patterns();
        // Best measured saving per byte first; a pattern the measurement
        // has not seen (new or edited since) is not stored until it has.
        let candidates: Vec<(String, usize)> = match budget {
            None => asked.into_iter().map(|p| (p, 0)).collect(),
            Some(_) => {
                let mut ranked: Vec<(u64, u64, String)> = ranking()
                    .into_iter()
                    .filter(|(saved, bytes, p)| *saved > 0 && *bytes > 0 && asked.contains(p))
                    .collect();
                ranked.sort_by(|a, b| {
                    (u128::from(b.0) * u128::from(a.1))
                        .cmp(&(u128::from(a.0) * u128::from(b.1)))
                        .then_with(|| a.2.cmp(&b.2))
                });
                ranked
                    .into_iter()
                    .map(|(_, bytes, p)| (p, bytes as usize))
                    .collect()
            }
        };
        let mut chosen: Vec<(String, Vec<u8>, Option<Vec<u8>>)> = Vec::new();
        let (mut total, mut skipped) = (0, 0);
        for (p, measured) in candidates {
            // The measured size is the size determinized again: skip
            // what cannot fit without building it.
            if budget.is_some_and(|b| total + measured > b) {
                continue;
            }
            let Some(fwd) = determinize(
                &nfa(&p, false),
                forward.clone(),
                MAX_FORWARD_BYTES,
                &mut stats,
            ) else {
                skipped += 1;
                continue;
            };
            let rev = determinize(
                &nfa(&p, true),
                backward.clone(),
                MAX_REVERSE_BYTES,
                &mut stats,
            );
            let bytes = fwd.len() + rev.as_ref().map_or(0, Vec::len);
            if budget.is_some_and(|b| total + bytes > b) {
                continue;
            }
            total += bytes;
            chosen.push((p, fwd, rev));
        }
        // Sorted, as `lookup` searches them.
        chosen.sort_by(|a, b| a.0.cmp(&b.0));
        let (mut data, mut regexes, mut dfas) = (Vec::new(), String::new(), 0);
        for (p, fwd, rev) in &chosen {
            let fwd = put(&mut data, fwd);
            let rev = rev.as_ref().map(|b| put(&mut data, b));
            dfas += 1 + usize::from(rev.is_some());
            writeln!(regexes, "    ({p:?}, {fwd:?}, {rev:?}),").expect("a String");
        }
        let summary = format!(
            "{} patterns stored ({dfas} DFAs), {skipped} over the per-DFA cap; {} bytes \
             (budget {})",
            chosen.len(),
            data.len(),
            budget.map_or("none".to_string(), |b| b.to_string()),
        );
        let table = format!(
            "//! @generated by `scan::stored::tests::regenerate` (src/scan/stored.rs): do not edit.\n\
             //! {summary}.\n\
             pub(super) const CONFIG: &str = {CONFIG:?};\n\
             pub(super) static REGEXES: &[(&str, super::Span, Option<super::Span>)] = &[\n{regexes}];\n"
        );
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/scan/stored");
        std::fs::write(dir.join("table.rs"), table).expect("table.rs written");
        std::fs::write(dir.join("automata.bin"), &data).expect("automata.bin written");
        println!(
            "{summary}; validating what was determinized took {:?}",
            stats.load
        );
    }
}
