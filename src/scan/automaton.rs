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
//!
//! Building at all is avoided for the patterns in the stored table
//! ([`stored`]): their fully compiled DFAs, determinized ahead of time,
//! are deserialized instead. The table holds, within a size budget, the
//! patterns whose DFAs save the most per byte. A pattern missing from it
//! (new, edited, too big or outside the budget) is built as above:
//! correct, only slower. The NFA and PikeVM a stored pattern still needs
//! for capture groups are built on the first `captures_iter`.

use std::sync::{Mutex, OnceLock, PoisonError};

use regex_syntax::hir::Hir;

use super::{multibyte, pattern_reader, stored};

use regex_automata::dfa::Automaton;
use regex_automata::hybrid::dfa::{self, DFA};
use regex_automata::nfa::thompson::{self, pikevm, pikevm::PikeVM, WhichCaptures, NFA};
use regex_automata::util::captures::Captures;
use regex_automata::util::iter::Searcher;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, Match, MatchKind, PatternID, PatternSet};

/// The views are lowercase ASCII where it matters, and Unicode tables
/// would make every hook process pay to build them; patterns match bytes.
fn syntax() -> syntax::Config {
    syntax::Config::new().unicode(false).utf8(false)
}

/// A scanner pattern (leftmost-first, like the regex crate).
pub(crate) struct Regex(Engine);

/// Boxed: a pattern is a few KB of tables either way.
enum Engine {
    Stored(Box<Stored>),
    Built(Box<Built>),
}

/// A pattern from the stored table: its DFAs answer everything but
/// capture groups.
struct Stored {
    /// The pattern after [`multibyte::expand`], built only if the DFAs do
    /// not suffice.
    pattern: String,
    forward: stored::Dfa,
    /// Where the reverse DFA lies in the table, if it is there.
    reverse_at: Option<stored::Span>,
    /// Finds where a match starts: read from the table once the pattern
    /// has matched (most never do on a page); `None` if the table has none
    /// for this pattern (too big), and the built pattern does it then.
    reverse: OnceLock<Option<stored::Dfa>>,
    /// The pattern built as if it were not stored: for capture groups (its
    /// PikeVM), a search the DFAs give up on (they do not without quit
    /// bytes) or a missing reverse DFA.
    built: OnceLock<Built>,
}

/// A pattern built in this process (leftmost-first, like the regex crate).
struct Built {
    /// The pattern after `multibyte::expand`, for the budget's log.
    #[cfg(test)]
    key: String,
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

/// A scanner pattern: from the stored table if it is there, else built.
pub(crate) fn re(pattern: &str) -> Regex {
    // The patterns are constants exercised by the unit tests.
    let key =
        multibyte::expand(pattern).unwrap_or_else(|e| panic!("scanner pattern {pattern}: {e}"));
    #[cfg(test)]
    tests::requested(Requested::Regex(key.to_string()));
    from_table(&key).unwrap_or_else(|| Regex(Engine::Built(Box::new(built(pattern)))))
}

/// `key` (a pattern after `multibyte::expand`) from the stored table.
fn from_table(key: &str) -> Option<Regex> {
    let entry = stored::lookup(key)?;
    let forward = stored::load(entry.forward)?;
    Some(Regex(Engine::Stored(Box::new(Stored {
        pattern: key.to_string(),
        forward,
        reverse_at: entry.reverse,
        reverse: OnceLock::new(),
        built: OnceLock::new(),
    }))))
}

/// Builds a pattern in this process.
fn built(pattern: &str) -> Built {
    // The patterns are constants exercised by the unit tests.
    build(pattern).unwrap_or_else(|e| panic!("scanner pattern {pattern}: {e}"))
}

fn build(pattern: &str) -> Result<Built, String> {
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
    Ok(Built {
        #[cfg(test)]
        key: multibyte::expand(pattern)?.into_owned(),
        hir,
        dfa,
        reverse: OnceLock::new(),
        pikevm,
        cache,
    })
}

/// A pattern's HIR, its classes holding multibyte characters rewritten
/// first ([`multibyte`]).
pub(super) fn parse(pattern: &str) -> Result<Hir, String> {
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
        #[cfg(test)]
        tests::log(self.key(), || tests::Call::IsMatch(haystack.to_vec()));
        match &self.0 {
            Engine::Stored(s) => s.is_match(haystack),
            Engine::Built(b) => b.is_match(haystack),
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
        // A stored pattern's PikeVM is built now, with the rest of what a
        // pattern built in this process has.
        let b = match &self.0 {
            Engine::Stored(s) => s.built(),
            Engine::Built(b) => b,
        };
        let mut guard = b.cache.lock().unwrap_or_else(PoisonError::into_inner);
        let pc = guard.pikevm(&b.pikevm);
        matches
            .into_iter()
            .map(|m| {
                let mut caps = b.pikevm.create_captures();
                let input = Input::new(haystack)
                    .range(m.range())
                    .anchored(Anchored::Yes);
                b.pikevm.search(pc, &input, &mut caps);
                caps
            })
            .collect::<Vec<_>>()
            .into_iter()
    }

    #[cfg(test)]
    fn key(&self) -> &str {
        match &self.0 {
            Engine::Stored(s) => &s.pattern,
            Engine::Built(b) => &b.key,
        }
    }

    fn search(&self, input: &Input<'_>) -> Option<Match> {
        #[cfg(test)]
        tests::log(self.key(), || {
            tests::Call::Search(input.haystack().to_vec(), input.start(), input.end())
        });
        match &self.0 {
            Engine::Stored(s) => s.search(input),
            Engine::Built(b) => b.search(input),
        }
    }
}

impl Stored {
    /// The pattern built as if it were not stored.
    fn built(&self) -> &Built {
        self.built.get_or_init(|| built(&self.pattern))
    }

    fn is_match(&self, haystack: &[u8]) -> bool {
        let input = Input::new(haystack).earliest(true);
        match self.forward.try_search_fwd(&input) {
            Ok(m) => m.is_some(),
            Err(_) => self.built().is_match(haystack),
        }
    }

    /// The leftmost-first match in `input`: its end forward, its start
    /// backward from there, as [`Built::search`] finds it.
    fn search(&self, input: &Input<'_>) -> Option<Match> {
        let end = match self.forward.try_search_fwd(input) {
            Ok(None) => return None,
            Ok(Some(half)) => half,
            Err(_) => return self.built().search(input),
        };
        if input.start() == end.offset() {
            return Some(Match::new(end.pattern(), end.offset()..end.offset()));
        }
        let reverse = self
            .reverse
            .get_or_init(|| self.reverse_at.and_then(stored::load));
        let Some(reverse) = reverse else {
            return self.built().search(input);
        };
        let back = input
            .clone()
            .span(input.start()..end.offset())
            .anchored(Anchored::Yes)
            .earliest(false);
        match reverse.try_search_rev(&back) {
            Ok(Some(start)) => Some(Match::new(end.pattern(), start.offset()..end.offset())),
            _ => self.built().search(input),
        }
    }
}

impl Built {
    fn is_match(&self, haystack: &[u8]) -> bool {
        let input = Input::new(haystack).earliest(true);
        let mut guard = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        let c = &mut *guard;
        match self.dfa.try_search_fwd(&mut c.forward, &input) {
            Ok(m) => m.is_some(),
            Err(_) => self.pikevm.is_match(c.pikevm(&self.pikevm), input),
        }
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
/// (overlapping, like `regex::bytes::RegexSet`).
pub(crate) struct Set(SetEngine);

enum SetEngine {
    /// Some patterns in the stored table, each searched with its own
    /// forward DFA: the union of a language's patterns does not
    /// determinize within any reasonable size, while most of its patterns
    /// alone do. Only the others are built, as one smaller set.
    Stored {
        /// The patterns, expanded.
        patterns: Vec<String>,
        /// Each pattern's stored DFA, `None` for those in `rest`.
        dfas: Vec<Option<stored::Dfa>>,
        /// The patterns not stored, by index.
        rest: Vec<usize>,
        /// The set of the patterns in `rest`, built on first use.
        rest_set: OnceLock<BuiltSet>,
    },
    Built(BuiltSet),
}

/// A set built in this process. Only the forward NFA and its lazy DFA are
/// built: saying which patterns match needs no match start, so the
/// reverse NFA the regex crate (and `meta::Regex`) also compiles would be
/// half the build cost for nothing.
struct BuiltSet {
    /// The patterns after `multibyte::expand`, for the budget's log.
    #[cfg(test)]
    keys: Vec<String>,
    dfa: DFA,
    /// Any search the lazy DFA gives up on.
    pikevm: PikeVM,
    cache: Mutex<(dfa::Cache, Option<pikevm::Cache>)>,
}

/// A [`Set`]: from the stored table if it is there, else built.
pub(crate) fn set(patterns: &[&str]) -> Set {
    // The patterns are constants exercised by the unit tests.
    let keys = patterns
        .iter()
        .map(|p| multibyte::expand(p).map_err(|e| format!("{p}: {e}")))
        .collect::<Result<Vec<_>, String>>()
        .unwrap_or_else(|e| panic!("scanner pattern set: {e}"));
    let keys: Vec<&str> = keys.iter().map(|k| k.as_ref()).collect();
    #[cfg(test)]
    tests::requested(Requested::Set(keys.iter().map(|k| k.to_string()).collect()));
    let dfas: Vec<Option<stored::Dfa>> = keys
        .iter()
        .map(|k| stored::lookup(k).and_then(|e| stored::load(e.forward)))
        .collect();
    if dfas.iter().all(Option::is_none) {
        return Set(SetEngine::Built(built_set(patterns)));
    }
    let rest = (0..dfas.len()).filter(|&i| dfas[i].is_none()).collect();
    Set(SetEngine::Stored {
        patterns: keys.iter().map(|k| k.to_string()).collect(),
        dfas,
        rest,
        rest_set: OnceLock::new(),
    })
}

fn built_set(patterns: &[&str]) -> BuiltSet {
    // The patterns are constants exercised by the unit tests.
    build_set(patterns).unwrap_or_else(|e| panic!("scanner pattern set: {e}"))
}

fn build_set(patterns: &[&str]) -> Result<BuiltSet, String> {
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
    Ok(BuiltSet {
        #[cfg(test)]
        keys: patterns
            .iter()
            .map(|p| multibyte::expand(p).map(std::borrow::Cow::into_owned))
            .collect::<Result<_, _>>()?,
        dfa,
        pikevm,
        cache,
    })
}

impl Set {
    /// Which of the patterns match somewhere in `haystack`.
    pub(crate) fn which(&self, haystack: &[u8]) -> PatternSet {
        #[cfg(test)]
        {
            let keys = match &self.0 {
                SetEngine::Stored { patterns, .. } => patterns,
                SetEngine::Built(b) => &b.keys,
            };
            for k in keys {
                tests::log(k, || tests::Call::Which(haystack.to_vec()));
            }
        }
        match &self.0 {
            SetEngine::Stored {
                patterns,
                dfas,
                rest,
                rest_set,
            } => {
                let mut hits = PatternSet::new(dfas.len());
                let input = Input::new(haystack).earliest(true);
                for (i, dfa) in dfas.iter().enumerate() {
                    let Some(dfa) = dfa else { continue };
                    let hit = match dfa.try_search_fwd(&input) {
                        Ok(m) => m.is_some(),
                        // A stored DFA has no quit bytes and does not give
                        // up; were it to, the pattern is built alone.
                        Err(_) => built(&patterns[i]).is_match(haystack),
                    };
                    if hit {
                        hits.insert(PatternID::new_unchecked(i));
                    }
                }
                if !rest.is_empty() {
                    let set = rest_set.get_or_init(|| {
                        let rest: Vec<&str> = rest.iter().map(|&i| patterns[i].as_str()).collect();
                        built_set(&rest)
                    });
                    for j in set.which(haystack).iter() {
                        hits.insert(PatternID::new_unchecked(rest[j.as_usize()]));
                    }
                }
                hits
            }
            SetEngine::Built(b) => b.which(haystack),
        }
    }

    #[cfg(test)]
    pub(crate) fn is_match(&self, haystack: &[u8]) -> bool {
        !self.which(haystack).is_empty()
    }
}

impl BuiltSet {
    fn which(&self, haystack: &[u8]) -> PatternSet {
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
}

/// What the scanner asked for, recorded in tests: the stored table's
/// generator and freshness check read it.
#[cfg(test)]
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Requested {
    Regex(String),
    Set(Vec<String>),
}

#[cfg(test)]
pub(super) mod tests {
    /// The benchmark sets (`benches/injection/*.jsonl`), in name order.
    pub(in crate::scan) fn benchmark_sets() -> Vec<std::path::PathBuf> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/injection");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .expect("benches/injection")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
            .collect();
        files.sort();
        files
    }

    use super::*;
    use std::collections::BTreeSet;

    static REQUESTED: Mutex<BTreeSet<Requested>> = Mutex::new(BTreeSet::new());

    pub(in crate::scan) fn requested(r: Requested) {
        // A key is the pattern as the table stores it; expanding it again
        // must not change it (a stored pattern's fallback builds from it).
        let keys = match &r {
            Requested::Regex(p) => std::slice::from_ref(p),
            Requested::Set(ps) => ps.as_slice(),
        };
        for k in keys {
            assert_eq!(multibyte::expand(k).as_deref(), Ok(k.as_str()));
        }
        REQUESTED
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(r);
    }

    /// A search the scanner made, logged for the stored table's budget
    /// (`scan::stored::tests::budget_measure`) to replay.
    pub(in crate::scan) enum Call {
        IsMatch(Vec<u8>),
        /// The haystack and the span searched (a `find_iter` step).
        Search(Vec<u8>, usize, usize),
        /// A set's `which`, logged for each of its members.
        Which(Vec<u8>),
    }

    type Log = Vec<(String, Call)>;
    static LOG: Mutex<Option<Log>> = Mutex::new(None);

    pub(in crate::scan) fn log(key: &str, call: impl FnOnce() -> Call) {
        let mut log = LOG.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(log) = log.as_mut() {
            log.push((key.to_string(), call()));
        }
    }

    /// Logs every search from now on.
    pub(in crate::scan) fn start_log() {
        *LOG.lock().unwrap_or_else(PoisonError::into_inner) = Some(Vec::new());
    }

    /// The searches logged since `start_log`, and stops logging.
    pub(in crate::scan) fn take_log() -> Log {
        LOG.lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
            .unwrap_or_default()
    }

    /// `key`'s searches (`calls`) again, the pattern built in this
    /// process (`stored` false) or read from the table (`None` if not
    /// there): what the scanner pays for it either way.
    pub(in crate::scan) fn replay(key: &str, calls: &[&Call], stored: bool) -> Option<usize> {
        let regex = || -> Option<Regex> {
            if stored {
                from_table(key)
            } else {
                Some(Regex(Engine::Built(Box::new(built(key)))))
            }
        };
        let member = || -> Option<Set> {
            Some(if stored {
                let dfa = stored::lookup(key).and_then(|e| stored::load(e.forward))?;
                Set(SetEngine::Stored {
                    patterns: vec![key.to_string()],
                    dfas: vec![Some(dfa)],
                    rest: Vec::new(),
                    rest_set: OnceLock::new(),
                })
            } else {
                Set(SetEngine::Built(built_set(&[key])))
            })
        };
        // Made as the scanner makes them: on first use (a pattern asked
        // for but never searched is made all the same).
        let (mut r, mut m) = (None, None);
        if calls.is_empty() {
            r = Some(regex()?);
        }
        let mut n = 0;
        for call in calls {
            match call {
                Call::IsMatch(h) => {
                    r = r.or_else(regex);
                    n += usize::from(r.as_ref()?.is_match(h));
                }
                Call::Search(h, start, end) => {
                    r = r.or_else(regex);
                    let input = Input::new(h).span(*start..*end);
                    n += usize::from(r.as_ref()?.search(&input).is_some());
                }
                Call::Which(h) => {
                    m = m.or_else(member);
                    n += m.as_ref()?.which(h).len();
                }
            }
        }
        Some(n)
    }

    /// Every pattern and set asked for in this process so far.
    pub(in crate::scan) fn all_requested() -> Vec<Requested> {
        let r = REQUESTED.lock().unwrap_or_else(PoisonError::into_inner);
        r.iter().cloned().collect()
    }

    /// Texts the stored patterns are compared on: a few from each
    /// benchmark set, each as the English and the other-language views
    /// the patterns read.
    fn sample_texts() -> Vec<Vec<u8>> {
        let mut texts = Vec::new();
        for f in benchmark_sets() {
            let data = std::fs::read_to_string(&f).expect("a benchmark set");
            let lines: Vec<&str> = data.lines().filter(|l| !l.trim().is_empty()).collect();
            // Rows spread over the set: three in release, one unoptimised
            // (the check would take most of the suite's time there).
            let rows = if cfg!(debug_assertions) { 1 } else { 3 };
            for line in lines.iter().step_by(lines.len().div_ceil(rows).max(1)) {
                let row: serde_json::Value = serde_json::from_str(line).expect("a JSON row");
                let Some(text) = row.get("text").and_then(|t| t.as_str()) else {
                    continue;
                };
                let cut = (0..=text.len().min(1500))
                    .rev()
                    .find(|&i| text.is_char_boundary(i))
                    .unwrap_or(0);
                let text = &text[..cut];
                texts.push(super::super::normal::light(text).into_bytes());
                texts.push(super::super::lang::view(text).into_bytes());
            }
        }
        texts
    }

    #[test]
    fn stored_patterns_answer_as_built_ones() {
        let texts = sample_texts();
        let patterns: Vec<&str> = stored::patterns().collect();
        let mut matched = 0;
        for p in &patterns {
            let ours = re(p);
            assert!(
                cfg!(not(target_endian = "little")) || matches!(ours.0, Engine::Stored(_)),
                "{p} is in the table but was built"
            );
            let theirs = Regex(Engine::Built(Box::new(built(p))));
            for t in &texts {
                let a: Vec<_> = ours.find_iter(t).map(|m| m.range()).collect();
                let b: Vec<_> = theirs.find_iter(t).map(|m| m.range()).collect();
                assert_eq!(a, b, "{p} on {:?}", String::from_utf8_lossy(t));
                assert_eq!(ours.is_match(t), theirs.is_match(t), "{p}");
                matched += usize::from(!a.is_empty());
            }
        }
        // The sample exercises matches, not only their absence.
        assert!(matched > patterns.len() / 4, "{matched} matches");
        // Sets of stored patterns, with one built beside them.
        for chunk in patterns.chunks(40) {
            let mut members = chunk.to_vec();
            members.push(r"zq(?: \S+){0,3} xj");
            let ours = set(&members);
            let theirs = built_set(&members);
            for t in &texts {
                let a: Vec<usize> = ours.which(t).iter().map(|p| p.as_usize()).collect();
                let b: Vec<usize> = theirs.which(t).iter().map(|p| p.as_usize()).collect();
                assert_eq!(a, b, "{:?}", String::from_utf8_lossy(t));
            }
        }
    }

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
