//! Path patterns with gitignore-like meaning, compiled once, that remember
//! where each pattern was written so findings can say which one decided.
//!
//! - `*` and `?` never cross `/`; `**` spans folders; matching is case-sensitive.
//! - A pattern without a `/` (other than a trailing one) matches at any depth:
//!   `Jenkinsfile` matches `ci/Jenkinsfile`.
//! - A leading `/` anchors the pattern at the repository root.
//! - A pattern also matches everything below what it names: `src/auth`
//!   covers `src/auth/login.py`.
//!
//! globset turns each glob into a regular expression; the expressions are
//! compiled here into one automaton without the lazy DFA and its reverse
//! NFA that `GlobSet` would build: `remit record --enforce` is a new
//! process for every tool call and compiles the policy's globs each time,
//! to match a handful of short paths.

use globset::GlobBuilder;
use regex_automata::meta;
use regex_automata::nfa::thompson::WhichCaptures;
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind, PatternSet};

/// A path to match, `/`-separated.
pub(crate) struct Candidate<'a>(&'a [u8]);

impl<'a> Candidate<'a> {
    pub(crate) fn new(path: &'a str) -> Self {
        Self(path.as_bytes())
    }
}

/// Where a pattern came from: `built-in`, or `file:line`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Origin {
    pub(crate) pattern: String,
    pub(crate) source: String,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "`{}` ({})", self.pattern, self.source)
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Patterns {
    /// All globs as one automaton; `None` when there are none.
    set: Option<meta::Regex>,
    /// One entry per compiled glob; several globs can share one origin.
    owner: Vec<usize>,
    origins: Vec<Origin>,
}

impl Default for Patterns {
    fn default() -> Self {
        Self {
            set: None,
            owner: Vec::new(),
            origins: Vec::new(),
        }
    }
}

/// Builds a [`Patterns`]; invalid patterns are reported, not skipped.
pub(crate) struct PatternsBuilder {
    /// The globs' regular expressions, in the order added.
    regexes: Vec<String>,
    owner: Vec<usize>,
    origins: Vec<Origin>,
}

impl Default for PatternsBuilder {
    fn default() -> Self {
        Self {
            regexes: Vec::new(),
            owner: Vec::new(),
            origins: Vec::new(),
        }
    }
}

impl PatternsBuilder {
    /// Adds one user-written pattern. Errors say what is wrong with it.
    pub(crate) fn add(&mut self, pattern: &str, source: impl Into<String>) -> Result<(), String> {
        self.add_with_case(pattern, source, false)
    }

    /// Adds a pattern that matches names in any letter case (`CLAUDE.md`
    /// and `claude.md`), as a case-insensitive checkout would read them.
    pub(crate) fn add_any_case(
        &mut self,
        pattern: &str,
        source: impl Into<String>,
    ) -> Result<(), String> {
        self.add_with_case(pattern, source, true)
    }

    fn add_with_case(
        &mut self,
        pattern: &str,
        source: impl Into<String>,
        any_case: bool,
    ) -> Result<(), String> {
        let index = self.origins.len();
        let expanded = expand(pattern)?;
        for glob in expanded {
            let compiled = GlobBuilder::new(&glob)
                .case_insensitive(any_case)
                .literal_separator(true)
                .backslash_escape(true)
                .build()
                .map_err(|e| format!("invalid glob `{pattern}`: {}", e.kind()))?;
            self.regexes.push(compiled.regex().to_string());
            self.owner.push(index);
        }
        self.origins.push(Origin {
            pattern: pattern.to_string(),
            source: source.into(),
        });
        Ok(())
    }

    pub(crate) fn build(self) -> Result<Patterns, String> {
        let set = if self.regexes.is_empty() {
            None
        } else {
            // The syntax and match settings of globset's own `GlobSet`.
            let built = meta::Builder::new()
                .syntax(syntax::Config::new().utf8(false).dot_matches_new_line(true))
                .configure(
                    meta::Config::new()
                        .match_kind(MatchKind::All)
                        .utf8_empty(false)
                        .which_captures(WhichCaptures::None)
                        .nfa_size_limit(Some(10 * (1 << 20)))
                        .hybrid(false)
                        .dfa(false)
                        .onepass(false)
                        // Paths are short: a literal prefilter would cost
                        // more to build than it saves.
                        .auto_prefilter(false),
                )
                .build_many(&self.regexes)
                .map_err(|e| format!("cannot compile patterns: {e}"))?;
            Some(built)
        };
        Ok(Patterns {
            set,
            owner: self.owner,
            origins: self.origins,
        })
    }
}

/// The globset globs that give `pattern` its gitignore-like meaning.
fn expand(pattern: &str) -> Result<Vec<String>, String> {
    let trimmed = pattern.trim();
    if trimmed.is_empty() || trimmed == "/" {
        return Err("empty pattern".to_string());
    }
    if trimmed.starts_with('!') {
        return Err(format!(
            "negated pattern `{trimmed}` is not supported; list exclusions under `exclude`"
        ));
    }
    let anchored = trimmed.starts_with('/');
    let body = trimmed.trim_start_matches('/').trim_end_matches('/');
    if body.is_empty() {
        return Err("empty pattern".to_string());
    }
    let base = if !anchored && !body.contains('/') && !body.starts_with("**") {
        format!("**/{body}")
    } else {
        body.to_string()
    };
    let mut globs = vec![base.clone()];
    if !base.ends_with("**") {
        globs.push(format!("{base}/**"));
    }
    Ok(globs)
}

impl Patterns {
    /// The first pattern (in the order written) matching `path`.
    pub(crate) fn first_match(&self, path: &Candidate<'_>) -> Option<(usize, &Origin)> {
        let first = self.hits(path).into_iter().map(|i| self.owner[i]).min()?;
        Some((first, &self.origins[first]))
    }

    /// Indices of the globs matching `path`, ascending.
    fn hits(&self, path: &Candidate<'_>) -> Vec<usize> {
        let Some(set) = &self.set else {
            return Vec::new();
        };
        let mut hits = PatternSet::new(set.pattern_len());
        set.which_overlapping_matches(&Input::new(path.0), &mut hits);
        hits.iter().map(|p| p.as_usize()).collect()
    }

    /// Indices of every pattern matching `path`.
    pub(crate) fn all_matches(&self, path: &Candidate<'_>) -> Vec<usize> {
        let mut hits: Vec<usize> = self.hits(path).into_iter().map(|i| self.owner[i]).collect();
        hits.dedup();
        hits
    }

    pub(crate) fn is_match(&self, path: &Candidate<'_>) -> bool {
        self.set
            .as_ref()
            .is_some_and(|s| s.is_match(Input::new(path.0)))
    }

    pub(crate) fn origins(&self) -> &[Origin] {
        &self.origins
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(pattern: &str, path: &str) -> bool {
        let mut b = PatternsBuilder::default();
        b.add(pattern, "test").expect("valid pattern");
        b.build().expect("builds").is_match(&Candidate::new(path))
    }

    #[test]
    fn star_does_not_cross_slash() {
        assert!(matches("src/*.rs", "src/a.rs"));
        assert!(!matches("src/*.rs", "src/a/b.rs"));
    }

    #[test]
    fn double_star_spans_folders() {
        assert!(matches("tests/auth/**", "tests/auth/a/b/c.py"));
        assert!(!matches("tests/auth/**", "tests/authx/a.py"));
    }

    #[test]
    fn bare_names_match_at_any_depth() {
        assert!(matches("Jenkinsfile", "ci/Jenkinsfile"));
        assert!(matches("Jenkinsfile", "Jenkinsfile"));
        assert!(!matches("/Jenkinsfile", "ci/Jenkinsfile"));
    }

    #[test]
    fn directories_cover_their_contents() {
        assert!(matches("src/auth", "src/auth/login.py"));
        assert!(matches("src/auth/", "src/auth/login.py"));
        assert!(!matches("src/auth", "src/authoring/x.py"));
    }

    #[test]
    fn case_sensitive() {
        assert!(!matches("CLAUDE.md", "claude.md"));
    }

    #[test]
    fn bad_globs_are_errors() {
        let mut b = PatternsBuilder::default();
        assert!(b.add("src/{a,b", "t").is_err());
        assert!(b.add("", "t").is_err());
        assert!(b.add("!src/**", "t").is_err());
    }
}
