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
//! A glob is compiled only once a path could match it: its literal parts
//! (`workflows`, `.tf`) must all be in the path first. `remit record
//! --enforce` is a new process for every tool call and reads the policy each
//! time to judge one path, which most categories' globs cannot match;
//! compiling them all cost most of the call. The gate judges a hundred paths
//! or so on a short range, most of them able to match only a few globs: a
//! set's globs are compiled together (a `GlobSet`) only once paths could
//! match more than a few of them, or after as many paths as compiling the
//! set costs.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use globset::{GlobBuilder, GlobMatcher, GlobSet, GlobSetBuilder};

/// After this many paths a set is compiled whole; before, only the globs
/// they could match are, one by one. Asking every glob whether a path could
/// match it costs about a hundredth of compiling the set, and the set then
/// answers a path at a fifteenth of that: past about this many paths,
/// compiling is the cheaper (a 10,000-file change paid 0.03 G more at 512;
/// below 128, a 200-commit window compiles sets it never needed).
const COMPILE_AFTER: usize = 128;
/// Once paths could match more than this many of its globs, a set is
/// compiled whole: compiling them one by one would cost more (a 10,000-file
/// change holds paths of every kind).
const ALONE_AT_MOST: usize = 8;

/// A path to match, `/`-separated.
pub(crate) struct Candidate<'a>(&'a str);

impl<'a> Candidate<'a> {
    pub(crate) fn new(path: &'a str) -> Self {
        Self(path)
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

/// One glob: its regular expression and what a path must hold to match it.
#[derive(Debug, Clone)]
struct Glob {
    /// The globset glob, as written.
    text: String,
    /// Its parsed form: built when the policy is read for a pattern the
    /// user wrote (to report it if invalid), on first use for a built-in one
    /// (parsing the ~240 built-in globs cost ~1.5 M instructions on every
    /// run; a test parses them all).
    /// (Boxed, as is `alone`: most globs never build them, and a small
    /// `Glob` keeps the ~240 built-in ones in fewer pages.)
    glob: OnceLock<Option<Box<globset::Glob>>>,
    /// Literal runs the path must contain; `None` when they cannot be
    /// read off the glob (`{a,b}`, `[ab]`, escapes).
    pieces: Option<Vec<String>>,
    any_case: bool,
    /// The bytes of `pieces`: a path lacking one cannot hold them all.
    piece_bytes: Bytes,
    /// This glob alone, compiled on the first path that could match it
    /// while the set is not compiled.
    alone: OnceLock<Option<Box<GlobMatcher>>>,
}

/// `glob` as remit parses every glob: `*` never crosses `/`, `\` escapes.
fn parse_glob(glob: &str, any_case: bool) -> Result<globset::Glob, globset::Error> {
    GlobBuilder::new(glob)
        .case_insensitive(any_case)
        .literal_separator(true)
        .backslash_escape(true)
        .build()
}

/// A set of byte values, one bit each.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Bytes([u64; 4]);

impl Bytes {
    fn of(text: &[u8]) -> Self {
        let mut set = [0u64; 4];
        for &b in text {
            set[usize::from(b >> 6)] |= 1 << (b & 63);
        }
        Self(set)
    }

    /// Whether every byte of `self` is in `other`.
    fn within(self, other: Self) -> bool {
        self.0.iter().zip(other.0).all(|(a, b)| a & !b == 0)
    }
}

impl Glob {
    /// `compiled`: `glob` parsed already, if it was.
    fn new(glob: &str, compiled: Option<globset::Glob>, any_case: bool) -> Self {
        let pieces = (!glob.contains(['{', '[', '\\'])).then(|| {
            glob.split(['*', '?', '/'])
                .filter(|p| !p.is_empty())
                .map(|p| {
                    if any_case {
                        p.to_ascii_lowercase()
                    } else {
                        p.to_string()
                    }
                })
                .collect()
        });
        let piece_bytes = pieces
            .as_ref()
            .map_or_else(Bytes::default, |p: &Vec<String>| {
                Bytes::of(p.concat().as_bytes())
            });
        let parsed = OnceLock::new();
        if let Some(compiled) = compiled {
            parsed.get_or_init(|| Some(Box::new(compiled)));
        }
        Glob {
            text: glob.to_string(),
            glob: parsed,
            pieces,
            any_case,
            piece_bytes,
            alone: OnceLock::new(),
        }
    }

    /// The parsed glob; `None` only should a built-in one not parse.
    fn glob(&self) -> Option<&globset::Glob> {
        self.glob
            .get_or_init(|| parse_glob(&self.text, self.any_case).ok().map(Box::new))
            .as_deref()
    }

    /// The glob's own matcher, compiled on first use.
    fn alone(&self) -> Option<&GlobMatcher> {
        self.alone
            .get_or_init(|| self.glob().map(|g| Box::new(g.compile_matcher())))
            .as_deref()
    }

    /// False only when `path` cannot match; `lower` is the path in ASCII
    /// lower case, made once for all globs. (globset's case-insensitive
    /// globs fold ASCII letters only; other paths are left to the
    /// automaton all the same.)
    /// `bytes` are those of `path` and `lower`: a glob whose pieces spell
    /// a byte neither holds is ruled out without a substring search (each
    /// search costs ~100 instructions to set up, asked of ~70 globs a path).
    fn could_match(&self, path: &str, lower: &str, bytes: (Bytes, Bytes)) -> bool {
        let Some(pieces) = &self.pieces else {
            return true;
        };
        if !self.any_case {
            return self.piece_bytes.within(bytes.0)
                && pieces.iter().all(|p| path.contains(p.as_str()));
        }
        if !path.is_ascii() {
            return true;
        }
        self.piece_bytes.within(bytes.1) && pieces.iter().all(|p| lower.contains(p.as_str()))
    }
}

#[derive(Debug, Default)]
pub(crate) struct Patterns {
    /// One entry per glob; several globs can share one origin.
    globs: Vec<Glob>,
    owner: Vec<usize>,
    origins: Vec<Origin>,
    /// All globs as one set, compiled after [`COMPILE_AFTER`] paths.
    set: OnceLock<Compiled>,
    /// Paths matched before the set was compiled.
    seen: AtomicUsize,
    /// Globs compiled alone for them.
    alone: AtomicUsize,
}

impl Clone for Patterns {
    fn clone(&self) -> Self {
        Self {
            globs: self.globs.clone(),
            owner: self.owner.clone(),
            origins: self.origins.clone(),
            set: self.set.clone(),
            seen: AtomicUsize::new(self.seen.load(Ordering::Relaxed)),
            alone: AtomicUsize::new(self.alone.load(Ordering::Relaxed)),
        }
    }
}

/// Builds a [`Patterns`]; invalid patterns are reported, not skipped.
#[derive(Default)]
pub(crate) struct PatternsBuilder {
    globs: Vec<Glob>,
    owner: Vec<usize>,
    origins: Vec<Origin>,
}

impl PatternsBuilder {
    /// Adds one user-written pattern. Errors say what is wrong with it.
    pub(crate) fn add(&mut self, pattern: &str, source: impl Into<String>) -> Result<(), String> {
        self.add_with_case(pattern, source, false)
    }

    /// Adds a pattern that matches names in any letter case (`CLAUDE.md`
    /// and `claude.md`), as a case-insensitive checkout would read them.
    #[cfg(test)]
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
            let compiled = parse_glob(&glob, any_case)
                .map_err(|e| format!("invalid glob `{pattern}`: {}", e.kind()))?;
            self.globs.push(Glob::new(&glob, Some(compiled), any_case));
            self.owner.push(index);
        }
        self.origins.push(Origin {
            pattern: pattern.to_string(),
            source: source.into(),
        });
        Ok(())
    }

    /// Adds one of remit's own patterns (`built-in`), parsed on first use.
    pub(crate) fn add_builtin(&mut self, pattern: &str, any_case: bool) -> Result<(), String> {
        let index = self.origins.len();
        for glob in expand(pattern)? {
            self.globs.push(Glob::new(&glob, None, any_case));
            self.owner.push(index);
        }
        self.origins.push(Origin {
            pattern: pattern.to_string(),
            source: "built-in".to_string(),
        });
        Ok(())
    }

    pub(crate) fn build(self) -> Result<Patterns, String> {
        Ok(Patterns {
            globs: self.globs,
            owner: self.owner,
            origins: self.origins,
            set: OnceLock::new(),
            seen: AtomicUsize::new(0),
            alone: AtomicUsize::new(0),
        })
    }
}

/// The globs as one automaton, or one by one should they not compile
/// together (each compiled alone when the policy was read; only the
/// combined size limit can refuse them): the answers stay exact either way,
/// so an `exclude` list never matches more than it says.
#[derive(Debug, Clone)]
enum Compiled {
    Set(GlobSet),
    /// `None`: a glob that does not parse, matching nothing.
    Each(Vec<Option<GlobMatcher>>),
}

impl Compiled {
    fn matches(&self, path: &str) -> Vec<usize> {
        match self {
            Compiled::Set(set) => set.matches(path),
            Compiled::Each(each) => each
                .iter()
                .enumerate()
                .filter(|(_, m)| m.as_ref().is_some_and(|m| m.is_match(path)))
                .map(|(i, _)| i)
                .collect(),
        }
    }
}

fn compile(globs: &[Glob]) -> Compiled {
    let each = || Compiled::Each(globs.iter().map(|g| g.alone().cloned()).collect());
    let mut set = GlobSetBuilder::new();
    for g in globs {
        let Some(glob) = g.glob() else {
            return each();
        };
        set.add(glob.clone());
    }
    match set.build() {
        Ok(set) => Compiled::Set(set),
        Err(_) => each(),
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

    /// Indices of the globs matching `path`, ascending. Until the set is
    /// compiled, only the globs the path could match are asked, each
    /// compiled alone: they answer as the set would.
    fn hits(&self, path: &Candidate<'_>) -> Vec<usize> {
        if let Some(set) = self.set.get() {
            return set.matches(path.0);
        }
        let lower = path.0.to_ascii_lowercase();
        let bytes = (Bytes::of(path.0.as_bytes()), Bytes::of(lower.as_bytes()));
        let could: Vec<usize> = (0..self.globs.len())
            .filter(|&i| self.globs[i].could_match(path.0, &lower, bytes))
            .collect();
        let seen = self.seen.fetch_add(1, Ordering::Relaxed) + 1;
        let fresh = could
            .iter()
            .filter(|&&i| self.globs[i].alone.get().is_none())
            .count();
        let alone = self.alone.fetch_add(fresh, Ordering::Relaxed) + fresh;
        if seen <= COMPILE_AFTER && alone <= ALONE_AT_MOST {
            return could
                .into_iter()
                .filter(|&i| self.globs[i].alone().is_some_and(|m| m.is_match(path.0)))
                .collect();
        }
        self.set
            .get_or_init(|| compile(&self.globs))
            .matches(path.0)
    }

    /// Indices of every pattern matching `path`.
    pub(crate) fn all_matches(&self, path: &Candidate<'_>) -> Vec<usize> {
        let mut hits: Vec<usize> = self.hits(path).into_iter().map(|i| self.owner[i]).collect();
        hits.dedup();
        hits
    }

    pub(crate) fn is_match(&self, path: &Candidate<'_>) -> bool {
        !self.hits(path).is_empty()
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
    fn byte_sets_rule_out_only_globs_the_pieces_rule_out() {
        let globs = [
            ".github/workflows/**",
            "**/*.tf",
            "Dockerfile*",
            "src/{a,b}/*.rs",
            "**/kit.md",
            "**/CLAUDE.md",
            "**/.env",
        ];
        let paths = [
            ".github/workflows/ci.yml",
            ".GITHUB/Workflows/ci.yml",
            "infra/main.tf",
            "Dockerfile",
            "ci/dockerfile.dev",
            "src/a/x.rs",
            "docs/kit.md",
            "docs/\u{212A}it.md",
            "claude.md",
            "x/.env",
            "",
        ];
        for any_case in [false, true] {
            for glob in globs {
                let compiled = GlobBuilder::new(glob)
                    .case_insensitive(any_case)
                    .build()
                    .expect("valid glob");
                let g = Glob::new(glob, Some(compiled), any_case);
                for path in paths {
                    let lower = path.to_ascii_lowercase();
                    let bytes = (Bytes::of(path.as_bytes()), Bytes::of(lower.as_bytes()));
                    // What the pieces alone say, by substring search.
                    let searched = match &g.pieces {
                        None => true,
                        Some(p) if !any_case => p.iter().all(|p| path.contains(p.as_str())),
                        Some(_) if !path.is_ascii() => true,
                        Some(p) => p.iter().all(|p| lower.contains(p.as_str())),
                    };
                    assert_eq!(
                        g.could_match(path, &lower, bytes),
                        searched,
                        "{glob} {path}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_built_in_glob_parses_and_answers_as_if_parsed_at_once() {
        use crate::model::category::{builtin_globs, case_insensitive, BUILTIN};
        for category in BUILTIN {
            let any_case = case_insensitive(category);
            let (mut lazy, mut eager) = (PatternsBuilder::default(), PatternsBuilder::default());
            for pattern in builtin_globs(category) {
                for glob in expand(pattern).expect("valid pattern") {
                    assert!(parse_glob(&glob, any_case).is_ok(), "{glob}");
                }
                lazy.add_builtin(pattern, any_case).expect("valid pattern");
                eager
                    .add_with_case(pattern, "built-in", any_case)
                    .expect("valid pattern");
            }
            let (lazy, eager) = (
                lazy.build().expect("builds"),
                eager.build().expect("builds"),
            );
            assert_eq!(lazy.origins(), eager.origins());
            for pattern in builtin_globs(category) {
                let path = pattern
                    .trim_start_matches('/')
                    .replace("**", "a")
                    .replace('*', "b");
                for p in [path.clone(), format!("x/{path}"), path.to_uppercase()] {
                    let p = Candidate::new(&p);
                    assert_eq!(lazy.hits(&p), eager.hits(&p), "{category} {pattern}");
                }
            }
        }
    }

    #[test]
    fn same_matches_as_globset() {
        // Patterns skips compiling when a glob's literal parts are missing
        // from the path; the answers must stay globset's.
        let globs = [
            ".github/workflows/**",
            "**/*.tf",
            "Dockerfile*",
            "src/{a,b}/*.rs",
            "docs/[ab]?.md",
            "/Makefile",
            "**/.env",
            "a\\*b",
            "**",
            "**/kit.md",
        ];
        let paths = [
            ".github/workflows/ci.yml",
            ".github/workflowsx/ci.yml",
            "infra/main.tf",
            "main.tf.bak",
            "Dockerfile",
            "ci/Dockerfile.dev",
            "src/a/x.rs",
            "src/c/x.rs",
            "docs/a1.md",
            "docs/c1.md",
            "Makefile",
            "sub/Makefile",
            "x/.env",
            "x/.envrc",
            "a*b",
            "axb",
            "docs/kit.md",
            // The Kelvin sign, a look-alike of `K`.
            "docs/\u{212A}it.md",
            "",
        ];
        for any_case in [false, true] {
            for glob in globs {
                let mut ours = PatternsBuilder::default();
                ours.add_with_case(glob, "test", any_case)
                    .expect("valid pattern");
                let ours = ours.build().expect("builds");
                let mut theirs = globset::GlobSetBuilder::new();
                for g in expand(glob).expect("valid pattern") {
                    theirs.add(
                        GlobBuilder::new(&g)
                            .case_insensitive(any_case)
                            .literal_separator(true)
                            .backslash_escape(true)
                            .build()
                            .expect("valid glob"),
                    );
                }
                let theirs = theirs.build().expect("builds");
                for path in paths {
                    for p in [path.to_string(), path.to_uppercase()] {
                        assert_eq!(
                            ours.is_match(&Candidate::new(&p)),
                            theirs.is_match(&p),
                            "{glob} {p} any_case={any_case}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn globs_one_by_one_answer_like_the_set() {
        // The fallback when the combined automaton is refused must give the
        // same indices: an exclude list that matched everything would let
        // every path through.
        let mut b = PatternsBuilder::default();
        for g in [
            ".github/workflows/**",
            "**/*.tf",
            "src/{a,b}/*.rs",
            "/Makefile",
        ] {
            b.add(g, "test").expect("valid pattern");
        }
        let p = b.build().expect("builds");
        let Compiled::Set(set) = compile(&p.globs) else {
            panic!("small sets compile together");
        };
        let each = Compiled::Each(p.globs.iter().map(|g| g.alone().cloned()).collect());
        for path in [
            ".github/workflows/ci.yml",
            "infra/main.tf",
            "src/b/x.rs",
            "src/c/x.rs",
            "Makefile",
            "sub/Makefile",
            "README.md",
        ] {
            assert_eq!(each.matches(path), set.matches(path), "{path}");
        }
        assert!(each.matches("README.md").is_empty());
    }

    #[test]
    fn answers_glob_by_glob_are_the_sets_answers() {
        let build = || {
            let mut b = PatternsBuilder::default();
            for g in [
                ".github/workflows/**",
                "**/*.tf",
                "src/{a,b}/*.rs",
                "/Makefile",
                "Jenkinsfile",
            ] {
                b.add(g, "test").expect("valid pattern");
            }
            b.add_any_case("CLAUDE.md", "test").expect("valid pattern");
            b.build().expect("builds")
        };
        let compiled = build();
        for _ in 0..=COMPILE_AFTER {
            assert!(!compiled.is_match(&Candidate::new("README.md")));
        }
        assert!(compiled.set.get().is_some(), "many paths compile the set");
        let mut matched = 0;
        for path in [
            ".github/workflows/ci.yml",
            "infra/main.tf",
            "src/b/x.rs",
            "src/c/x.rs",
            "Makefile",
            "sub/Makefile",
            "ci/Jenkinsfile",
            "docs/claude.MD",
            "README.md",
        ] {
            // A new set judges one path glob by glob.
            let fresh = build();
            let hits = fresh.all_matches(&Candidate::new(path));
            assert!(fresh.set.get().is_none(), "{path} judged glob by glob");
            assert_eq!(hits, compiled.all_matches(&Candidate::new(path)), "{path}");
            matched += usize::from(!hits.is_empty());
        }
        assert_eq!(matched, 6);
    }

    #[test]
    fn bad_globs_are_errors() {
        let mut b = PatternsBuilder::default();
        assert!(b.add("src/{a,b", "t").is_err());
        assert!(b.add("", "t").is_err());
        assert!(b.add("!src/**", "t").is_err());
    }
}
