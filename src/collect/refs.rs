//! What a repository's CI actually runs, and the symlinks that give a
//! protected name to another path. Both widen the protected categories beyond
//! names: `ci/build.sh` run by a workflow is pipeline code, and editing
//! `docs/ai.md` edits agent configuration when `CLAUDE.md -> docs/ai.md`.
//!
//! Read once per gate run from the base and head trees: CI definitions are
//! scanned for references to repository files (scripts in `run:`/`script:`,
//! GitLab `include: local:`, Zuul playbooks, local actions `uses: ./x`).

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};

use aho_corasick::{AhoCorasick, Input};
use git2::Oid;
use globset::GlobBuilder;

use crate::collect::git::{Commit, FileKind, GitRepo};
use crate::error::GateError;
use crate::model::auth_path;
use crate::model::category::PIPELINE;
use crate::model::policy::Policy;
use crate::normalize::attribution::Attribution;
use crate::normalize::{in_category, path_categories};

/// CI definitions larger than this are not scanned for references.
const MAX_DEFINITION_BYTES: usize = 512 * 1024;
/// At most this many CI definitions are scanned per tree.
const MAX_DEFINITIONS: usize = 400;

/// Extensions of files a CI definition runs or includes by path.
const RUNNABLE: &[&str] = &[
    "sh",
    "bash",
    "zsh",
    "ksh",
    "py",
    "rb",
    "js",
    "mjs",
    "cjs",
    "ts",
    "ps1",
    "psm1",
    "pl",
    "groovy",
    "yml",
    "yaml",
    "star",
    "jsonnet",
    "libsonnet",
    "go",
    "mk",
    "lua",
    "nu",
];

/// A symlink on base whose own path is protected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Link {
    pub(crate) link: String,
    /// Where it points, relative to the repository root (a file or folder).
    pub(crate) target: String,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct RepoFacts {
    /// Files a CI definition runs or includes → the definition naming them.
    pub(crate) ci_files: BTreeMap<String, String>,
    /// Folders a workflow uses as a local action (`folder/`) → the workflow.
    pub(crate) ci_dirs: BTreeMap<String, String>,
    pub(crate) links: Vec<Link>,
    /// Source files agent commits wrote, by object: what their content says
    /// for auth signals (`auth_path::signal`).
    pub(crate) texts: BTreeMap<Oid, auth_path::Markers>,
}

impl RepoFacts {
    /// The CI definition that runs `path`, if one does.
    pub(crate) fn ci_reason(&self, path: &str) -> Option<String> {
        if let Some(def) = self.ci_files.get(path) {
            return Some(format!("run or included by `{def}`"));
        }
        self.ci_dirs
            .iter()
            .find(|(dir, _)| path.starts_with(dir.as_str()))
            .map(|(dir, def)| format!("in local action `{dir}` used by `{def}`"))
    }

    /// The protected path that `path` is written through: `CLAUDE.md` for
    /// `docs/ai.md` when `CLAUDE.md -> docs/ai.md` on base.
    pub(crate) fn linked_as(&self, path: &str) -> Vec<(String, &Link)> {
        self.links
            .iter()
            .filter_map(|l| {
                if path == l.target {
                    Some((l.link.clone(), l))
                } else {
                    path.strip_prefix(&format!("{}/", l.target))
                        .map(|rest| (format!("{}/{rest}", l.link), l))
                }
            })
            .collect()
    }
}

/// Reads CI references from the base and head trees and protected symlinks
/// from the base tree: what [`RepoFacts::ci_reason`] and
/// [`RepoFacts::linked_as`] say of any path.
pub(crate) fn repo_facts(
    repo: &GitRepo,
    base: Oid,
    head: Oid,
    policy: &Policy,
) -> Result<RepoFacts, GateError> {
    facts_of(repo, base, head, policy, None)
}

/// [`repo_facts`] for a gate, which asks [`RepoFacts::ci_reason`] and
/// [`RepoFacts::linked_as`] only of the paths agent commits changed: what
/// they say of every path of `asked` is what [`repo_facts`] says, and
/// nothing is read for a range no agent commit is in (most windows). A CI
/// definition's words are looked up only among the asked paths and their
/// folders (all paths when they are many).
pub(crate) fn repo_facts_for(
    repo: &GitRepo,
    base: Oid,
    head: Oid,
    policy: &Policy,
    asked: &HashSet<&str>,
) -> Result<RepoFacts, GateError> {
    if asked.is_empty() {
        return Ok(RepoFacts::default());
    }
    // What CI runs is never asked of a path in the pipeline category by
    // its own name: `normalize` adds a category from elsewhere only when
    // the path is not in it already. A definition's words are looked up
    // only among the others (none: no definition is read, nor head listed),
    // which is what they say of every other path, as `Known` keeps each
    // asked path's own folders. Symlinks are asked of every path.
    let runs: HashSet<&str> = asked
        .iter()
        .copied()
        .filter(|p| !in_category(p, policy, PIPELINE))
        .collect();
    facts_of(repo, base, head, policy, Some(&runs))
}

fn facts_of(
    repo: &GitRepo,
    base: Oid,
    head: Oid,
    policy: &Policy,
    asked: Option<&HashSet<&str>>,
) -> Result<RepoFacts, GateError> {
    let mut facts = RepoFacts::default();
    let base_entries = repo.entries_at(base)?;
    // Head is read for its definitions and files, which only asked paths
    // are looked up among.
    let head_entries = if head == base || asked.is_some_and(HashSet::is_empty) {
        Vec::new()
    } else {
        repo.entries_at(head)?
    };
    let paths = base_entries
        .iter()
        .chain(head_entries.iter())
        .map(|(p, _, _)| p.as_str());
    // Many asked paths (a long range's) are found as fast among all.
    let known = match asked {
        Some(asked) if asked.len() * 2 < base_entries.len() + head_entries.len() => {
            Known::among(paths, asked)
        }
        _ => Known::new(paths),
    };
    // Base and head mostly hold the same definitions: one read and one scan
    // each (a repeat would only insert what the first did).
    let mut seen: HashSet<(&str, Oid)> = HashSet::new();
    // Whether a path is a pipeline file, asked once per path of both trees.
    let mut pipeline: HashMap<&str, bool> = HashMap::new();
    let mut scanned = 0;
    // No definition can name an asked path when none is a file or folder
    // of base or head.
    let definitions = if known.files.is_empty() && known.dirs.is_empty() {
        &[][..]
    } else {
        &base_entries[..]
    };
    let heads = if definitions.is_empty() {
        &[][..]
    } else {
        &head_entries[..]
    };
    for (path, kind, oid) in definitions.iter().chain(heads.iter()) {
        if scanned >= MAX_DEFINITIONS || !is_definition(path, *kind, policy, &mut pipeline) {
            continue;
        }
        if seen.contains(&(path.as_str(), *oid)) {
            scanned += 1;
            continue;
        }
        // Read once, the size checked on the bytes read: a header read
        // first cost as much again as most definitions' own reads.
        let read = repo.with_blob(*oid, |bytes| {
            (bytes.len() <= MAX_DEFINITION_BYTES).then(|| references_in(bytes, &known))
        });
        let found = match read {
            Ok(Some(found)) => found,
            Ok(None) => continue,
            // The errors of a size check first, then of the read.
            Err(e) => match repo.blob_size(*oid)? {
                n if n > MAX_DEFINITION_BYTES => continue,
                _ => return Err(e),
            },
        };
        scanned += 1;
        seen.insert((path.as_str(), *oid));
        for r in found {
            match r {
                Ref::File(f) if f != *path => {
                    facts.ci_files.entry(f).or_insert_with(|| path.clone());
                }
                Ref::Dir(d) => {
                    facts.ci_dirs.entry(d).or_insert_with(|| path.clone());
                }
                Ref::File(_) => {}
            }
        }
    }
    for (path, kind, oid) in &base_entries {
        if *kind != FileKind::Symlink {
            continue;
        }
        let protected = !path_categories(path, policy).is_empty()
            || !path_categories(&format!("{path}/x"), policy).is_empty();
        if !protected {
            continue;
        }
        let target = String::from_utf8_lossy(&repo.blob(*oid)?).into_owned();
        if let Some(target) = resolve(path, target.trim()) {
            facts.links.push(Link {
                link: path.clone(),
                target,
            });
        }
    }
    Ok(facts)
}

/// Source files read for auth content signals are at most this large, and
/// at most this many are read per run.
const MAX_CODE_BYTES: usize = 256 * 1024;
const MAX_CODE_FILES: usize = 500;

/// Reads the source files agent commits wrote, for auth content signals.
pub(crate) fn read_code(
    repo: &GitRepo,
    commits: &[Commit],
    attribution: &[Option<Attribution>],
    facts: &mut RepoFacts,
) -> Result<(), GateError> {
    for (commit, who) in commits.iter().zip(attribution) {
        if who.is_none() {
            continue;
        }
        for side in commit.changes.iter().filter_map(|c| c.new.as_ref()) {
            let regular = matches!(side.kind, FileKind::Regular | FileKind::Executable);
            if !regular
                || !auth_path::reads_content(&side.path)
                || facts.texts.contains_key(&side.oid)
                || facts.texts.len() >= MAX_CODE_FILES
                || repo.blob_size(side.oid)? > MAX_CODE_BYTES
            {
                continue;
            }
            let markers =
                repo.with_blob(side.oid, |bytes| auth_path::Markers::of(&lossy_ref(bytes)))?;
            facts.texts.insert(side.oid, markers);
        }
    }
    Ok(())
}

/// `bytes` as text, invalid UTF-8 replaced, without copying valid UTF-8:
/// validated by the standard library's fast check first, which most files
/// pass (`from_utf8_lossy` alone steps through every byte: 0.16 G
/// instructions on uv's history).
fn lossy_ref(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    std::str::from_utf8(bytes).map_or_else(|_| String::from_utf8_lossy(bytes), Into::into)
}

/// Whether `path` is a CI definition to scan: a pipeline file written in a
/// definition language (YAML, Groovy, Starlark), not a script it runs.
/// `pipeline` keeps the policy's answer for each path asked (base and head
/// hold mostly the same paths).
fn is_definition<'p>(
    path: &'p str,
    kind: FileKind,
    policy: &Policy,
    pipeline: &mut HashMap<&'p str, bool>,
) -> bool {
    if !matches!(kind, FileKind::Regular | FileKind::Executable) {
        return false;
    }
    // Letter case aside, without lowering a copy of every name.
    // A byte loop: `rsplit`'s searcher cost ~250 instructions a path,
    // asked of every path of base and head.
    let bytes = path.as_bytes();
    let name = bytes
        .iter()
        .rposition(|&b| b == b'/')
        .map_or(bytes, |i| &bytes[i + 1..]);
    let ends = |suffix: &str| {
        name.len() >= suffix.len()
            && name[name.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
    };
    let language = ends(".yml")
        || ends(".yaml")
        || ends(".star")
        || ends(".jsonnet")
        || ends(".groovy")
        || name
            .windows(11)
            .any(|w| w.eq_ignore_ascii_case(b"jenkinsfile"));
    language
        && *pipeline
            .entry(path)
            .or_insert_with(|| in_category(path, policy, PIPELINE))
}

#[derive(Debug, PartialEq, Eq)]
enum Ref {
    File(String),
    /// A folder, with a trailing `/`.
    Dir(String),
}

/// The files of base and head, and the folders that hold them: what a CI
/// definition's words are looked up in (thousands of lookups per run).
struct Known<'a> {
    files: HashSet<&'a str>,
    dirs: HashSet<&'a str>,
    /// The files in order, for wildcards.
    sorted: Vec<&'a str>,
    /// Bit `n` set when a file or folder is `n` bytes long (256 and up:
    /// bit 255): most words are no path by their length alone.
    lens: [u64; 4],
    /// For a few paths (a window's asked ones): finds the files, folders
    /// and `*`s of a text. A line with none of them names nothing, as every
    /// word that does is a file or folder, or holds a `*`: only the lines
    /// it finds are read.
    lines: Option<LineFinder>,
    /// Whether a needle of `lines` holds U+FFFD, which a definition's
    /// invalid UTF-8 reads as: its lines are then found in the text read
    /// whole (see [`references_in`]).
    replaced: bool,
    /// What each wildcard word read so far matched among `sorted`: base's
    /// and head's versions of a definition mostly share their lines, and
    /// compiling a glob costs ~70,000 instructions.
    wildcards: RefCell<HashMap<String, Vec<String>>>,
}

/// Finds where the next line [`Known::lines`] reads holds one of its
/// needles.
enum LineFinder {
    /// A few needles, each searched for alone: the usual window's top-level
    /// folders (`.github`, `crates`) and `*` open with bytes common in CI
    /// definitions, on which one automaton's prefilter stops every few
    /// bytes (0.004 G instructions for uv's 80 definition versions).
    Few(Vec<memchr::memmem::Finder<'static>>),
    Many(AhoCorasick),
}

/// Most needles [`LineFinder::Few`] searches for one by one.
const FEW_NEEDLES: usize = 8;

impl LineFinder {
    fn new<'n>(needles: impl Iterator<Item = &'n str> + Clone) -> Option<Self> {
        if needles.clone().count() <= FEW_NEEDLES {
            return Some(Self::Few(
                needles
                    .map(|n| memchr::memmem::Finder::new(n).into_owned())
                    .collect(),
            ));
        }
        AhoCorasick::new(needles).ok().map(Self::Many)
    }

    /// A searcher of `text`, asked for where a needle starts at or after
    /// a place further on each time.
    fn in_text<'t>(&'t self, text: &'t [u8]) -> impl FnMut(usize) -> Option<usize> + 't {
        // Each needle's next place at or after the last place asked
        // (`None`: no more), searched again only once passed.
        let mut next: Vec<Option<usize>> = Vec::new();
        if let Self::Few(finders) = self {
            next = finders.iter().map(|f| f.find(text)).collect();
        }
        move |from| match self {
            Self::Many(ac) => ac
                .find(Input::new(text).span(from..text.len()))
                .map(|m| m.start()),
            Self::Few(finders) => {
                for (at, finder) in next.iter_mut().zip(finders) {
                    if at.is_some_and(|p| p < from) {
                        *at = text
                            .get(from..)
                            .and_then(|rest| finder.find(rest))
                            .map(|p| p + from);
                    }
                }
                next.iter().flatten().min().copied()
            }
        }
    }
}

/// Most paths [`Known::lines`] is built for: an automaton of a few costs
/// less to build and search than reading every line of the definitions.
const LINE_FINDER_PATHS: usize = 256;

impl<'a> Known<'a> {
    fn new(paths: impl Iterator<Item = &'a str>) -> Self {
        let mut sorted: Vec<&str> = paths.collect();
        sorted.sort_unstable();
        sorted.dedup();
        let files: HashSet<&str> = sorted.iter().copied().collect();
        // A folder the path before shares (up to and with its `/`) is in
        // already: each folder is hashed about once, not once per file.
        let mut dirs: HashSet<&str> = HashSet::new();
        let mut prev: &str = "";
        for p in &sorted {
            let common = p
                .bytes()
                .zip(prev.bytes())
                .take_while(|(a, b)| a == b)
                .count();
            dirs.extend(
                p.match_indices('/')
                    .filter(|(i, _)| *i >= common)
                    .map(|(i, _)| &p[..i]),
            );
            prev = p;
        }
        Self::with(files, dirs, sorted)
    }

    /// What [`Known::new`] knows of the paths in `asked` and the folders
    /// that hold them, nothing else: a definition's words are looked up
    /// only among those.
    fn among(paths: impl Iterator<Item = &'a str> + Clone, asked: &HashSet<&'a str>) -> Self {
        // A path no asked one is as long as is not hashed (thousands are
        // asked about a handful).
        let lens = lengths(asked.iter().copied());
        let mut sorted: Vec<&str> = paths
            .clone()
            .filter(|p| has_length(&lens, p) && asked.contains(p))
            .collect();
        sorted.sort_unstable();
        sorted.dedup();
        let files: HashSet<&str> = sorted.iter().copied().collect();
        // The folders of a file of base or head are folders there; those of
        // a path neither holds are when some file is under them.
        let mut dirs: HashSet<&str> = HashSet::new();
        let mut open: HashSet<&str> = HashSet::new();
        for q in asked {
            let set = if files.contains(q) {
                &mut dirs
            } else {
                &mut open
            };
            // Deepest first: a folder in already has its parents in.
            for (i, _) in q.rmatch_indices('/') {
                if !set.insert(&q[..i]) {
                    break;
                }
            }
        }
        open.retain(|d| !dirs.contains(d));
        // Each folder of each file looked up once among the open ones (a
        // long range's asked paths leave thousands open).
        for p in paths {
            if open.is_empty() {
                break;
            }
            for (i, _) in p.match_indices('/') {
                if let Some(d) = open.take(&p[..i]) {
                    dirs.insert(d);
                }
            }
        }
        let mut known = Self::with(files, dirs, sorted);
        if known.files.len() + known.dirs.len() <= LINE_FINDER_PATHS {
            // Every file and folder starts with a top-level one, which is
            // among them too (a folder's parents are): a line holds one of
            // them when it holds a top-level one, which are fewer and
            // shorter to search for.
            let needles = known
                .files
                .iter()
                .chain(known.dirs.iter())
                .filter(|p| !p.contains('/'))
                .chain(["*"].iter());
            known.replaced = needles.clone().any(|n| n.contains('\u{FFFD}'));
            known.lines = LineFinder::new(needles.copied());
        }
        known
    }

    fn with(files: HashSet<&'a str>, dirs: HashSet<&'a str>, sorted: Vec<&'a str>) -> Self {
        let lens = lengths(files.iter().chain(dirs.iter()).copied());
        Self {
            files,
            dirs,
            sorted,
            lens,
            lines: None,
            replaced: false,
            wildcards: RefCell::default(),
        }
    }

    /// Whether a file or folder is as long as `t`.
    fn may_hold(&self, t: &str) -> bool {
        has_length(&self.lens, t)
    }
}

/// Bit `n` set when one of `texts` is `n` bytes long (256 and up: bit 255).
fn lengths<'t>(texts: impl Iterator<Item = &'t str>) -> [u64; 4] {
    let mut lens = [0u64; 4];
    for t in texts {
        let n = t.len().min(255);
        lens[n / 64] |= 1 << (n % 64);
    }
    lens
}

/// Whether [`lengths`] saw a text as long as `t`.
fn has_length(lens: &[u64; 4], t: &str) -> bool {
    let n = t.len().min(255);
    lens[n / 64] & (1 << (n % 64)) != 0
}

/// Repository files and local-action folders that a CI definition names.
fn references(text: &str, known: &Known<'_>) -> Vec<Ref> {
    let mut out = Vec::new();
    let Some(lines) = &known.lines else {
        for line in text.lines() {
            line_references(line, known, &mut out);
        }
        return out;
    };
    found_lines_references(text.as_bytes(), lines, known, &mut out);
    out
}

/// [`references`] of `bytes` read as text, invalid UTF-8 replaced. With a
/// line finder, the lines it finds are searched for in the bytes as they
/// are and only those are read as text (validating a whole definition cost
/// uv's window 0.5 M instructions): a needle without U+FFFD is found in the
/// same lines of either (replacing never joins lines, nor parts a valid
/// character), and each line read lossily is that line of the text.
fn references_in(bytes: &[u8], known: &Known<'_>) -> Vec<Ref> {
    match &known.lines {
        Some(lines) if !known.replaced => {
            let mut out = Vec::new();
            found_lines_references(bytes, lines, known, &mut out);
            out
        }
        _ => references(&lossy_ref(bytes), known),
    }
}

/// The references of the lines of `bytes` holding a find of `lines`, each
/// line read as text (invalid UTF-8 replaced).
fn found_lines_references(bytes: &[u8], lines: &LineFinder, known: &Known<'_>, out: &mut Vec<Ref>) {
    // The lines holding a find, in order, each as `lines` gives it.
    let mut find = lines.in_text(bytes);
    let mut from = 0;
    while let Some(found) = find(from) {
        // memchr's vector search: the gaps between finds are most of a text.
        let start = memchr::memrchr(b'\n', &bytes[from..found]).map_or(from, |i| from + i + 1);
        let end = memchr::memchr(b'\n', &bytes[found..]).map_or(bytes.len(), |i| found + i + 1);
        // Both ends are at a line break or an end of the text.
        let line = lossy_ref(&bytes[start..end]);
        let line = match line.strip_suffix('\n') {
            Some(l) => l.strip_suffix('\r').unwrap_or(l),
            None => &line,
        };
        line_references(line, known, out);
        from = end;
    }
}

/// The references of one line of a CI definition.
fn line_references(line: &str, known: &Known<'_>, out: &mut Vec<Ref>) {
    let code = line.trim_start();
    if code.starts_with('#') {
        return;
    }
    // Asked only of a line with a folder to look up.
    let mut uses = None;
    let bytes = code.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // Words are runs of ASCII path characters: every other character
        // (any non-ASCII one included) separates them, so the words are
        // found byte by byte, without decoding characters.
        if !word_byte(bytes[at]) {
            at += 1;
            continue;
        }
        let start = at;
        while at < bytes.len() && word_byte(bytes[at]) {
            at += 1;
        }
        let Some(token) = code.get(start..at) else {
            continue;
        };
        let explicit = token.starts_with("./");
        let mut t = token;
        while let Some(rest) = t.strip_prefix("./") {
            t = rest;
        }
        // `trim_start_matches('/')`, `trim_end_matches(['.', '/'])`.
        let t = t.trim_start_matches('/');
        let end = t
            .bytes()
            .rposition(|b| b != b'.' && b != b'/')
            .map_or(0, |i| i + 1);
        let t = &t[..end];
        if t.is_empty() || t.starts_with("..") || !t.bytes().any(|b| b.is_ascii_alphanumeric()) {
            continue;
        }
        if t.contains('*') {
            if runnable(t) {
                let mut seen = known.wildcards.borrow_mut();
                let files = seen
                    .entry(t.to_string())
                    .or_insert_with(|| wildcard(t, &known.sorted));
                out.extend(files.iter().cloned().map(Ref::File));
            }
            continue;
        }
        // The cheap tests first: most words name nothing CI runs, and
        // need no lookup among thousands of paths.
        if !known.may_hold(t) {
            continue;
        }
        if (explicit || runnable(t)) && known.files.contains(t) {
            out.push(Ref::File(t.to_string()));
        } else if explicit
            && *uses.get_or_insert_with(|| code.contains("uses:"))
            && known.dirs.contains(t)
        {
            out.push(Ref::Dir(format!("{t}/")));
        }
    }
}

/// Whether `b` can be part of a word naming a path.
fn word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'/' | b'*' | b'@' | b'+')
}

/// Whether a referenced name is something CI runs or includes.
/// Letter case aside, without lowering a copy of every word read (asked of
/// every word a definition holds).
fn runnable(name: &str) -> bool {
    let name = name.as_bytes();
    // Words are short: a plain loop, not memchr's vector set-up.
    let file = name
        .iter()
        .rposition(|&b| b == b'/')
        .map_or(name, |i| &name[i + 1..]);
    if file
        .get(..10)
        .is_some_and(|p| p.eq_ignore_ascii_case(b"dockerfile"))
    {
        return true;
    }
    // `x.dockerfile` is the extension `dockerfile`.
    let Some(dot) = file.iter().rposition(|&b| b == b'.') else {
        return false;
    };
    let ext = &file[dot + 1..];
    ext.eq_ignore_ascii_case(b"dockerfile")
        || RUNNABLE
            .iter()
            .any(|r| ext.eq_ignore_ascii_case(r.as_bytes()))
}

fn wildcard(pattern: &str, files: &[&str]) -> Vec<String> {
    let Ok(glob) = GlobBuilder::new(pattern).literal_separator(true).build() else {
        return Vec::new();
    };
    let matcher = glob.compile_matcher();
    files
        .iter()
        .filter(|f| matcher.is_match(f))
        .map(|f| (*f).to_string())
        .collect()
}

/// The repository path a symlink at `link` pointing to `target` names, if
/// it stays inside the repository.
fn resolve(link: &str, target: &str) -> Option<String> {
    if target.is_empty() || target.starts_with('/') {
        return None;
    }
    let mut parts: Vec<&str> = link.split('/').collect();
    parts.pop();
    for piece in target.split('/') {
        match piece {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_name_scripts_includes_and_local_actions() {
        let known = Known::new(
            [
                "ci/build.sh",
                "tests/ci/a.sh",
                "tests/ci/b.sh",
                "playbooks/fips.yaml",
                "tools/check/action.yml",
                "tools/check/index.js",
                "go.mod",
                "src/lib.rs",
            ]
            .into_iter(),
        );
        let text = "jobs:\n  t:\n    steps:\n      - uses: ./tools/check\n      - run: ./ci/build.sh\n      - run: bash tests/ci/*.sh\n      - run: go test ./src\n        # run: x/y.sh\n      - uses: actions/setup-go@v5\n        with: {go-version-file: go.mod}\n    run: playbooks/fips.yaml\n";
        let refs = references(text, &known);
        for want in [
            Ref::Dir("tools/check/".into()),
            Ref::File("ci/build.sh".into()),
            Ref::File("tests/ci/a.sh".into()),
            Ref::File("tests/ci/b.sh".into()),
            Ref::File("playbooks/fips.yaml".into()),
        ] {
            assert!(refs.contains(&want), "{want:?} in {refs:?}");
        }
        assert!(!refs.contains(&Ref::File("go.mod".into())));
        assert!(!refs.iter().any(|r| matches!(r, Ref::Dir(d) if d == "src/")));
    }

    /// What a gate's facts say of the paths it asks about is what the whole
    /// facts say, whichever paths those are: files of base, of head, of
    /// neither, folders reached by a symlink, local actions gone at head.
    #[test]
    fn facts_for_asked_paths_are_the_whole_facts_of_them() -> anyhow::Result<()> {
        use crate::testkit::{RepoBuilder, Who};
        let dir = tempfile::tempdir()?;
        let mut r = RepoBuilder::init(dir.path())?;
        let wf = "jobs:\n  t:\n    steps:\n      - uses: ./tools/check\n      - uses: ./actions/old\n      - run: ./ci/build.sh\n      - run: bash tests/ci/*.sh\n      - run: python scripts/gone.py\n";
        let base = r
            .write(".github/workflows/ci.yml", wf)?
            .write("tools/check/action.yml", "runs: {using: node20}\n")?
            .write("tools/check/index.js", "x\n")?
            .write("actions/old/action.yml", "runs: {using: node20}\n")?
            .write("ci/build.sh", "make\n")?
            .write("tests/ci/a.sh", "a\n")?
            .write("scripts/gone.py", "g\n")?
            .write("docs/ai.md", "ai\n")?
            .write("src/lib.rs", "x\n")?
            .symlink("CLAUDE.md", "docs/ai.md")?
            .commit("base", &Who::human())?;
        let head = r
            .remove("scripts/gone.py")?
            .remove("actions/old/action.yml")?
            .write("tests/ci/b.sh", "b\n")?
            .write(
                ".github/workflows/new.yml",
                "jobs:\n  n:\n    steps:\n      - run: ci/new.sh\n      - run: ./ci/build.sh\n",
            )?
            .write("ci/new.sh", "n\n")?
            .commit("head", &Who::human())?;
        let repo = GitRepo::open(dir.path())?;
        let policy = Policy::builtin()?;
        let whole = repo_facts(&repo, base, head, &policy)?;
        let paths = [
            "ci/build.sh",
            "ci/new.sh",
            "tests/ci/a.sh",
            "tests/ci/b.sh",
            "tests/ci/c.sh",
            "scripts/gone.py",
            "tools/check/index.js",
            "tools/check/lib/deep.js",
            "actions/old/action.yml",
            "actions/old/run.js",
            "docs/ai.md",
            "docs/other.md",
            "src/lib.rs",
            "nowhere/x.sh",
            ".github/workflows/ci.yml",
        ];
        let mut sets: Vec<Vec<&str>> = paths.iter().map(|p| vec![*p]).collect();
        sets.push(paths.to_vec());
        sets.push(vec!["nowhere/x.sh", "actions/old/run.js"]);
        sets.push(vec![
            "src/lib.rs",
            "tools/check/lib/deep.js",
            "tests/ci/c.sh",
        ]);
        for set in sets {
            let asked: HashSet<&str> = set.iter().copied().collect();
            let some = repo_facts_for(&repo, base, head, &policy, &asked)?;
            for q in &set {
                // What CI runs is not asked of a pipeline path by name.
                if !in_category(q, &policy, PIPELINE) {
                    assert_eq!(some.ci_reason(q), whole.ci_reason(q), "{q} of {set:?}");
                }
                assert_eq!(some.linked_as(q), whole.linked_as(q), "{q} of {set:?}");
            }
        }
        // Pipeline paths by name alone: no definition is read for them,
        // though one runs `ci/build.sh`; symlinks are still found.
        let named: HashSet<&str> = ["ci/build.sh", ".github/workflows/ci.yml", "docs/ai.md"]
            .into_iter()
            .collect();
        let some = repo_facts_for(&repo, base, head, &policy, &named)?;
        assert!(some.ci_files.is_empty() && some.ci_dirs.is_empty());
        assert!(whole.ci_reason("ci/build.sh").is_some());
        assert_eq!(some.linked_as("docs/ai.md"), whole.linked_as("docs/ai.md"));
        assert_eq!(some.linked_as("docs/ai.md").len(), 1);
        assert!(in_category("ci/build.sh", &policy, PIPELINE));
        assert!(!in_category("tools/check/index.js", &policy, PIPELINE));
        // The facts do say something of these, so the comparison is not empty.
        for (q, said) in [
            ("ci/build.sh", true),
            ("ci/new.sh", true),
            ("tests/ci/b.sh", true),
            ("scripts/gone.py", true),
            ("tools/check/lib/deep.js", true),
            ("actions/old/run.js", true),
            ("src/lib.rs", false),
        ] {
            assert_eq!(whole.ci_reason(q).is_some(), said, "{q}");
        }
        assert_eq!(whole.linked_as("docs/ai.md").len(), 1);
        let none = repo_facts_for(&repo, base, head, &policy, &HashSet::new())?;
        assert!(none.ci_files.is_empty() && none.ci_dirs.is_empty() && none.links.is_empty());
        Ok(())
    }

    /// The references as found before words were read byte by byte, by
    /// splitting every line's characters.
    /// Lines found in the bytes as they are and read lossily one by one
    /// give the references of the text read lossily whole, valid or not;
    /// a needle holding U+FFFD reads the text whole.
    #[test]
    fn definitions_read_by_found_lines_as_read_whole() {
        let paths = [
            "ci/build.sh",
            "ci/ü.sh",
            "tools/check/action.yml",
            "tools/check/index.js",
            "run.sh",
            "\u{FFFD}x/y.sh",
        ];
        let asked_sets: [&[&str]; 3] = [
            &["ci/build.sh", "ci/ü.sh", "tools/check/index.js", "run.sh"],
            &["ci/build.sh", "\u{FFFD}x/y.sh"],
            &["tools/check/action.yml"],
        ];
        let texts: [&[u8]; 8] = [
            b"run: ./ci/build.sh\n",
            b"run: ./ci/\xc3\xbc.sh && ./ci/build.sh\r\n- uses: ./tools/check\n",
            b"# \xff\xfe\n  run: ./ci/build.sh \xe2\x82\n  run: ./run.sh",
            b"\xe2ci/build.sh\n\xf0\x9f\x98run.sh\xc3\n",
            b"run: \xff\xfex/y.sh and ci/*.sh\n",
            b"run: \xef\xbf\xbdx/y.sh\n\n\xe2\x82\x0aci/build.sh\n",
            b"",
            b"\xc3",
        ];
        let mut found = 0;
        for asked in asked_sets {
            let asked: HashSet<&str> = asked.iter().copied().collect();
            let known = Known::among(paths.iter().copied(), &asked);
            assert!(known.lines.is_some());
            assert_eq!(known.replaced, asked.contains("\u{FFFD}x/y.sh"));
            for text in texts {
                let whole = references(&String::from_utf8_lossy(text), &known);
                assert_eq!(
                    references_in(text, &known),
                    whole,
                    "{:?}",
                    String::from_utf8_lossy(text)
                );
                found += whole.len();
            }
        }
        assert!(found >= 8, "{found}");
    }

    fn references_by_chars(text: &str, known: &Known<'_>) -> Vec<Ref> {
        let mut out = Vec::new();
        for line in text.lines() {
            let code = line.trim_start();
            if code.starts_with('#') {
                continue;
            }
            let uses = code.contains("uses:");
            let tokens = code.split(|c: char| {
                !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | '*' | '@' | '+'))
            });
            for token in tokens {
                let explicit = token.starts_with("./");
                let t = token
                    .trim_start_matches("./")
                    .trim_start_matches('/')
                    .trim_end_matches(['.', '/']);
                if t.is_empty() || t.starts_with("..") || !t.contains(|c: char| c.is_alphanumeric())
                {
                    continue;
                }
                if t.contains('*') {
                    if runnable(t) {
                        out.extend(wildcard(t, &known.sorted).into_iter().map(Ref::File));
                    }
                    continue;
                }
                if (explicit || runnable(t)) && known.files.contains(t) {
                    out.push(Ref::File(t.to_string()));
                } else if uses && explicit && known.dirs.contains(t) {
                    out.push(Ref::Dir(format!("{t}/")));
                }
            }
        }
        out
    }

    #[test]
    fn words_read_byte_by_byte_are_the_words_of_the_characters() {
        let paths = [
            "ci/build.sh",
            "ci/ü.sh",
            "tools/check/action.yml",
            "tools/check/index.js",
            "a.py",
            "x/y.yml",
            "ci",
        ];
        let known = Known::new(paths.into_iter());
        let asked: HashSet<&str> = ["ci/build.sh", "tools/check/index.js", "a.py"]
            .into_iter()
            .collect();
        let some = Known::among(paths.into_iter(), &asked);
        let texts = [
            "run: ./ci/build.sh && ./ci/ü.sh\r\n  - uses: ./tools/check/\n",
            "\u{a0}\u{3000}run: .//./ci/build.sh...\n#uses: ./tools/check\n  # run: a.py\n",
            "- uses: ./tools/check\u{e9}x ./tools/check\u{e9} ./tools/check//..\n",
            "run: «./ci/build.sh» ci/*.sh ./ci/* ./x/*.yml ../ci/build.sh ./..a.py a.py.\n",
            "uses:./ci ./ci/ ./ci/build.sh@v1 +a.py a.py+ ./././/a.py\u{2028}./tools/check uses:\n",
            "\u{feff}run: ./a.py\nrun:./a.py\r\r\nx: \u{1F600}./ci/build.sh\u{1F600}\n",
            // Wildcards again: their matches are kept by the word.
            "run: ci/*.sh ci/*.sh\nrun: ./ci/*.sh ./x/*.yml ci/*.sh\n",
        ];
        for text in texts {
            for k in [&known, &some] {
                assert_eq!(
                    references(text, k),
                    references_by_chars(text, k),
                    "{text:?}"
                );
            }
        }
        assert!(!references(texts[0], &known).is_empty());
    }

    #[test]
    fn only_lines_with_a_known_path_or_a_star_are_read_and_they_say_the_same() {
        let paths = [
            "ci/build.sh",
            "ci/test.sh",
            "scripts/ü.py",
            "tools/check/action.yml",
            "docs/index.md",
        ];
        let asked: HashSet<&str> = ["ci/build.sh", "scripts/ü.py", "tools/check/action.yml"]
            .into_iter()
            .collect();
        let mut some = Known::among(paths.into_iter(), &asked);
        assert!(matches!(some.lines, Some(LineFinder::Few(_))));
        let texts = [
            "run: ./ci/build.sh && ./ci/build.sh\r\n  - uses: ./tools/check\nx: 1\n",
            "a\nb\r\n- uses: ./tools/check # ci/build.sh\r\n# run: ./ci/build.sh\nrun: ci/*.sh",
            "run: python scripts/ü.py\r\r\nrun: ./ci/build.sh",
            "\u{e9}ci/build.sh\u{e9} ./ci/build.sh\n\n\nrun: ./ci/*.sh ./ci/build.sh\n",
            "ci\nci ci/build.sh\n*\ntools/check tools/check\r\nscripts/ü.py",
            "nothing here\n",
            "",
        ];
        let few: Vec<Vec<Ref>> = texts.iter().map(|t| references(t, &some)).collect();
        // The same needles through one automaton.
        let needles = ["ci", "scripts", "tools", "*"];
        some.lines = AhoCorasick::new(needles).ok().map(LineFinder::Many);
        let many: Vec<Vec<Ref>> = texts.iter().map(|t| references(t, &some)).collect();
        some.lines = None;
        for ((text, few), many) in texts.iter().zip(few).zip(many) {
            let all = references(text, &some);
            assert_eq!(few, all, "{text:?}");
            assert_eq!(many, all, "{text:?}");
        }
        assert!(!references(texts[0], &some).is_empty());
    }

    #[test]
    fn known_folders_are_every_folder_of_every_file() {
        let paths = [
            "a/b/c.sh",
            "a/b",
            "a-b/c/d.yml",
            "a/bc/d",
            "a/b.txt",
            "x",
            "a/b/c/e/f",
            "a.b/c",
        ];
        let known = Known::new(paths.into_iter());
        let every: HashSet<&str> = paths
            .iter()
            .flat_map(|p| p.match_indices('/').map(move |(i, _)| &p[..i]))
            .collect();
        assert_eq!(known.dirs, every);
        assert!(known.dirs.contains("a/b/c/e") && !known.dirs.contains("x"));
    }

    #[test]
    fn lossy_text_is_what_from_utf8_lossy_makes() {
        for bytes in [&b"plain"[..], "ünï".as_bytes(), b"a\xffb\xe2\x82", b""] {
            assert_eq!(lossy_ref(bytes), String::from_utf8_lossy(bytes));
        }
    }

    #[test]
    fn runnable_names_ignore_letter_case() {
        for (name, want) in [
            ("ci/Build.SH", true),
            ("Dockerfile.ci", true),
            ("x/app.Dockerfile", true),
            ("DOCKERFILE", true),
            ("Ärger.py", true),
            ("README.md", false),
            ("sh", false),
            ("ci.", false),
            ("dir.sh/file", false),
            ("x/dockerfilx", false),
        ] {
            assert_eq!(runnable(name), want, "{name}");
        }
    }

    #[test]
    fn links_resolve_inside_the_repository_only() {
        assert_eq!(
            resolve("CLAUDE.md", "docs/ai.md").as_deref(),
            Some("docs/ai.md")
        );
        assert_eq!(
            resolve(".github/workflows", "../docs/wf").as_deref(),
            Some("docs/wf")
        );
        assert_eq!(resolve("a/CLAUDE.md", "../../../etc/passwd"), None);
        assert_eq!(resolve("CLAUDE.md", "/etc/passwd"), None);
    }
}
