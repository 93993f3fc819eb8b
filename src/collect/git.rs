//! Everything remit reads from git, through libgit2: the range, its commits,
//! each commit's changed paths (renames, modes, gitlinks), and blobs.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use git2::{ErrorCode, Oid, Repository, Sort, Tree};

use crate::collect::treediff;
use crate::collect::walk::{self, Header, Walked};

use crate::error::GateError;

/// git's empty tree: the base of a range that starts at a root commit.
pub(crate) const EMPTY_TREE: &str = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

/// Commits a range walk reads with one object database (see `fresh_odb`):
/// few enough that what they map stays small (on uv's history, a stretch of
/// 1,000 recent commits kept 58 MB of the pack resident, 500 about half),
/// many enough that reopening costs nothing measurable.
#[cfg(not(test))]
pub(crate) const COMMITS_PER_ODB: usize = 500;
/// Small in unit tests, so that their ranges take fresh databases too.
#[cfg(test)]
pub(crate) const COMMITS_PER_ODB: usize = 3;

const SHALLOW_HELP: &str = "the clone is shallow or incomplete; fetch the whole history: `git fetch --unshallow` locally, or `fetch-depth: 0` on actions/checkout";

pub(crate) struct GitRepo {
    repo: Repository,
    root: PathBuf,
    /// The trees of the last file listings: base and head share most.
    listed: RefCell<treediff::Listed>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Person {
    pub(crate) name: String,
    pub(crate) email: String,
}

/// What kind of object a tree entry is, from its git file mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FileKind {
    Regular,
    Executable,
    Symlink,
    Gitlink,
    Other,
}

impl FileKind {
    pub(crate) fn from_mode(mode: u32) -> Self {
        match mode {
            0o100644 | 0o100664 => Self::Regular,
            0o100755 => Self::Executable,
            0o120000 => Self::Symlink,
            0o160000 => Self::Gitlink,
            _ => Self::Other,
        }
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Regular => "file",
            Self::Executable => "executable",
            Self::Symlink => "symlink",
            Self::Gitlink => "submodule",
            Self::Other => "other",
        }
    }
}

/// One side of a change: a path with its object and mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Side {
    pub(crate) path: String,
    pub(crate) oid: Oid,
    /// The raw git file mode (0o100644, 0o120000, ...).
    pub(crate) mode: u32,
    pub(crate) kind: FileKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ChangeKind {
    Added,
    Deleted,
    Modified,
    Renamed,
    /// The object type changed: file ↔ symlink ↔ submodule.
    TypeChanged,
}

impl ChangeKind {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Added => "added",
            Self::Deleted => "deleted",
            Self::Modified => "modified",
            Self::Renamed => "renamed",
            Self::TypeChanged => "type changed",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Change {
    pub(crate) kind: ChangeKind,
    pub(crate) old: Option<Side>,
    pub(crate) new: Option<Side>,
}

impl Change {
    /// The paths this change touches: both sides of a rename.
    pub(crate) fn paths(&self) -> impl Iterator<Item = &str> {
        let old = self.old.as_ref().map(|s| s.path.as_str());
        let new = self.new.as_ref().map(|s| s.path.as_str());
        let old = if old == new { None } else { old };
        new.into_iter().chain(old)
    }

    pub(crate) fn mode_changed(&self) -> bool {
        matches!((&self.old, &self.new), (Some(o), Some(n)) if o.kind != n.kind)
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Commit {
    pub(crate) oid: Oid,
    pub(crate) sha: String,
    pub(crate) author: Person,
    pub(crate) committer: Person,
    pub(crate) message: String,
    pub(crate) summary: String,
    pub(crate) changes: Vec<Change>,
    /// More than one parent: `changes` then leave out what the merge took
    /// from another parent, and do not list every path that differs.
    pub(crate) merge: bool,
}

impl Commit {
    /// The file at `path` after this commit, when its changes say: `Some`
    /// with the new side when a change writes `path`, `Some(None)` when one
    /// only removes it. `None` when the changes do not tell (no change
    /// names `path`, or a merge's): read the tree. A commit's changes list
    /// every path whose entry differs from its parent's, so a path one
    /// names only as an old side holds no file after it. `path` must be one
    /// whose changes the walk never trims (a followed pipeline file).
    pub(crate) fn entry_from_changes(&self, path: &str) -> Option<Option<&Side>> {
        if self.merge {
            return None;
        }
        let new = self
            .changes
            .iter()
            .find_map(|c| c.new.as_ref().filter(|s| s.path == path));
        if new.is_some() {
            return Some(new);
        }
        self.changes
            .iter()
            .any(|c| c.old.as_ref().is_some_and(|s| s.path == path))
            .then_some(None)
    }
}

impl GitRepo {
    /// Opens the repository containing `dir`.
    pub(crate) fn open(dir: &Path) -> Result<Self, GateError> {
        // Like git itself, do not re-hash every object on read: remit reads
        // thousands of trees and blobs, and the hash costs more than the read.
        git2::opts::strict_hash_verification(false);
        // libgit2 keeps every object it reads (up to 256 MiB) until the
        // repository is closed: over a long range that is memory growing
        // with the number of commits, for objects remit reads once.
        git2::opts::enable_caching(false);
        let repo = Repository::discover(dir).map_err(|e| match e.code() {
            ErrorCode::Owner => GateError::input(
                format!(
                    "git refuses to open {}: it is owned by another user",
                    dir.display()
                ),
                format!(
                    "mark it safe: `git config --global --add safe.directory {}`",
                    dir.display()
                ),
            ),
            _ => GateError::input(
                format!(
                    "{} is not a git repository ({})",
                    dir.display(),
                    e.message()
                ),
                "run remit inside a git checkout, or pass --repo DIR",
            ),
        })?;
        let root = repo.workdir().unwrap_or_else(|| repo.path()).to_path_buf();
        Ok(Self {
            repo,
            root,
            listed: RefCell::default(),
        })
    }

    pub(crate) fn root(&self) -> &Path {
        &self.root
    }

    pub(crate) fn is_shallow(&self) -> bool {
        self.repo.is_shallow()
    }

    /// Resolves any revision (sha, branch, tag, `HEAD~2`) to a commit.
    pub(crate) fn resolve(&self, rev: &str) -> Result<Oid, GateError> {
        let object = self.repo.revparse_single(rev).map_err(|e| {
            let help = if self.is_shallow() {
                SHALLOW_HELP.to_string()
            } else {
                format!("check the name, or fetch it first (`git fetch origin {rev}`)")
            };
            GateError::input(format!("unknown revision `{rev}`: {}", e.message()), help)
        })?;
        let commit = object.peel_to_commit().map_err(|e| {
            GateError::input(
                format!("revision `{rev}` is not a commit: {}", e.message()),
                "pass a commit, branch or tag",
            )
        })?;
        Ok(commit.id())
    }

    /// The merge-base of `head` with the default branch (`origin/HEAD`, else
    /// `main` / `master`, remote or local).
    pub(crate) fn default_base(&self, head: Oid) -> Result<Oid, GateError> {
        const CANDIDATES: [&str; 5] = [
            "origin/HEAD",
            "origin/main",
            "origin/master",
            "main",
            "master",
        ];
        for name in CANDIDATES {
            let Ok(object) = self.repo.revparse_single(name) else {
                continue;
            };
            let Ok(branch) = object.peel_to_commit() else {
                continue;
            };
            let base = self.repo.merge_base(head, branch.id()).map_err(|e| {
                GateError::input(
                    format!(
                        "`{name}` and the head have no common history: {}",
                        e.message()
                    ),
                    format!("pass --base REV explicitly; if the clone is shallow: {SHALLOW_HELP}"),
                )
            })?;
            if base == head {
                // `git clone --branch agent` makes origin/HEAD the agent's
                // own branch: gating that would gate nothing and pass.
                return Err(GateError::input(
                    format!(
                        "the default base (the merge-base with `{name}`) is the head itself ({}): there is nothing to gate, which is never what a gate run means",
                        &head.to_string()[..12]
                    ),
                    "pass the branch the work goes into: --base origin/main (after a single-branch clone, `git fetch origin main` first)",
                ));
            }
            return Ok(base);
        }
        Err(GateError::input(
            "cannot find the default branch (tried origin/HEAD, origin/main, origin/master, main, master)",
            "pass --base REV (e.g. --base origin/develop or --base v1.4.0)",
        ))
    }

    /// The commits `head` adds over the history of every `hide` commit,
    /// oldest first (unread: see [`Self::commits`]), and the base the range
    /// leaves from: the first parent of its oldest commit, or [`EMPTY_TREE`]
    /// when that is a root commit.
    pub(crate) fn oids_excluding(
        &self,
        head: Oid,
        hide: &[Oid],
    ) -> Result<(Oid, Walked), GateError> {
        let git_err = |e: git2::Error| {
            GateError::input(
                format!("cannot walk the history of {head}: {}", e.message()),
                SHALLOW_HELP,
            )
        };
        let walked = match walk::range(&self.repo, head, hide, &header) {
            Some(walked) => walked,
            None => Walked {
                oids: self.revwalk(head, hide).map_err(git_err)?,
                ..Walked::default()
            },
        };
        let first_parent = |first: &Oid| -> Result<Option<Oid>, GateError> {
            Ok(match walked.headers.get(first) {
                Some(h) => h.parents.first().copied(),
                None => self.find_commit(*first)?.parent_ids().next(),
            })
        };
        let base = match walked.oids.first() {
            None => head,
            Some(first) => match first_parent(first)? {
                Some(parent) => parent,
                None => Oid::from_str(EMPTY_TREE).map_err(git_err)?,
            },
        };
        if self.is_shallow() {
            let boundary = self.shallow_boundary();
            if let Some(cut) = walked.oids.iter().find(|o| boundary.contains(o)) {
                return Err(GateError::input(
                    format!("the history of {head} is cut off at {cut}: this is a shallow clone"),
                    SHALLOW_HELP,
                ));
            }
        }
        Ok((base, walked))
    }

    /// libgit2's walk of what `head` adds over `hide`, oldest first: the
    /// order [`walk::range`] reproduces, and the refusals it leaves to this.
    fn revwalk(&self, head: Oid, hide: &[Oid]) -> Result<Vec<Oid>, git2::Error> {
        let mut walk = self.repo.revwalk()?;
        walk.set_sorting(Sort::TOPOLOGICAL | Sort::REVERSE)?;
        walk.push(head)?;
        for oid in hide {
            walk.hide(*oid)?;
        }
        walk.collect()
    }

    /// The targets of the remote-tracking refs `refs/remotes/<remote>/*`
    /// (symbolic ones such as `<remote>/HEAD` are skipped: they repeat a branch).
    pub(crate) fn remote_tracking(&self, remote: &str) -> Result<Vec<(String, Oid)>, GateError> {
        let glob = format!("refs/remotes/{remote}/*");
        let refs = self.repo.references_glob(&glob).map_err(|e| {
            GateError::input(
                format!("cannot list {glob}: {}", e.message()),
                "check the repository with `git fsck`",
            )
        })?;
        let mut out = Vec::new();
        for r in refs.flatten() {
            if r.kind() != Some(git2::ReferenceType::Direct) {
                continue;
            }
            if let (Some(name), Ok(commit)) = (r.name(), r.peel_to_commit()) {
                out.push((name.to_string(), commit.id()));
            }
        }
        Ok(out)
    }

    /// The remote's default branch as last fetched: `<remote>/HEAD`, else
    /// `<remote>/main`, else `<remote>/master`. Never asks the remote.
    pub(crate) fn remote_default_branch(&self, remote: &str) -> Option<(String, Oid)> {
        ["HEAD", "main", "master"].iter().find_map(|name| {
            let full = format!("refs/remotes/{remote}/{name}");
            let r = self.repo.find_reference(&full).ok()?.resolve().ok()?;
            let oid = r.peel_to_commit().ok()?.id();
            Some((r.name().unwrap_or(&full).to_string(), oid))
        })
    }

    /// The commit an object names (peeling tags), if it is here and is one.
    pub(crate) fn commit_of(&self, oid: Oid) -> Option<Oid> {
        let object = self.repo.find_object(oid, None).ok()?;
        object.peel_to_commit().ok().map(|c| c.id())
    }

    /// Whether the object is in the repository.
    pub(crate) fn has_object(&self, oid: Oid) -> bool {
        self.repo.find_object(oid, None).is_ok()
    }

    /// The commits in `base..head`, oldest first, each with its changes.
    /// Committer times (seconds) of the commits in base..head.
    pub(crate) fn commit_times(&self, base: Oid, head: Oid) -> Vec<i64> {
        let Ok(mut walk) = self.repo.revwalk() else {
            return Vec::new();
        };
        if walk.push(head).is_err() || walk.hide(base).is_err() {
            return Vec::new();
        }
        walk.flatten()
            .filter_map(|oid| self.repo.find_commit(oid).ok())
            .map(|c| c.time().seconds())
            .collect()
    }

    /// The branch checked out in the repository at `root`, if any.
    pub(crate) fn checked_out_branch(root: &Path) -> Option<String> {
        let repo = Repository::discover(root).ok()?;
        let head = repo.head().ok()?;
        head.is_branch()
            .then(|| head.shorthand().map(str::to_string))
            .flatten()
    }

    /// The commit that brought `path` to its content at `rev`, walking first
    /// parents (at most `limit` commits): its sha, author and time (seconds).
    pub(crate) fn last_change(
        &self,
        rev: Oid,
        path: &str,
        limit: usize,
    ) -> Option<(String, String, i64)> {
        let blob_at = |c: &git2::Commit<'_>| {
            c.tree()
                .ok()
                .and_then(|t| t.get_path(Path::new(path)).ok())
                .map(|e| e.id())
        };
        let mut commit = self.repo.find_commit(rev).ok()?;
        let want = blob_at(&commit)?;
        for _ in 0..limit {
            let parent = commit.parent(0).ok();
            match parent {
                Some(p) if blob_at(&p) == Some(want) => commit = p,
                _ => {
                    let author = commit.author();
                    return Some((
                        commit.id().to_string(),
                        format!(
                            "{} <{}>",
                            author.name().unwrap_or("?"),
                            author.email().unwrap_or("?")
                        ),
                        author.when().seconds(),
                    ));
                }
            }
        }
        None
    }

    /// Refuses a range that cannot be what the user meant: base and head
    /// swapped (base descends from head), or two revisions with no common
    /// history. Each would gate nothing and pass. (The same commit twice,
    /// named explicitly, is an empty range: it passes, as asked.)
    pub(crate) fn check_range(&self, base: Oid, head: Oid) -> Result<(), GateError> {
        let short = |o: Oid| o.to_string()[..12].to_string();
        if base == head {
            return Ok(());
        }
        if self.repo.graph_descendant_of(base, head).unwrap_or(false) {
            return Err(GateError::input(
                format!(
                    "--base {} comes after --head {}: the range is empty — did you swap them?",
                    short(base),
                    short(head)
                ),
                "--base is where the work starts (e.g. origin/main), --head is the work (e.g. HEAD)",
            ));
        }
        if self.repo.merge_base(base, head).is_err() && !self.is_shallow() {
            return Err(GateError::input(
                format!(
                    "--base {} and --head {} share no history: these cannot be one branch's work",
                    short(base),
                    short(head)
                ),
                "pass a base on the branch the head was made from",
            ));
        }
        Ok(())
    }

    pub(crate) fn range(&self, base: Oid, head: Oid) -> Result<Vec<Commit>, GateError> {
        let walked = self.range_oids(base, head)?;
        self.commits(base, walked, &mut |_| {})
    }

    /// The commits of [`Self::range`], unread, refusing what
    /// [`Self::check_range`] refuses when `check` (an explicitly named base).
    /// The checks walk the whole history between the two, so they run only
    /// when the range's shape allows the problem: a base after the head
    /// leaves the range empty, and a head sharing no history with the base
    /// brings its own root commit first.
    pub(crate) fn gated_oids(
        &self,
        base: Oid,
        head: Oid,
        check: bool,
    ) -> Result<Walked, GateError> {
        let walked = self.range_oids(base, head)?;
        let suspect = match walked.oids.first() {
            None => true,
            Some(first) => match walked.headers.get(first) {
                Some(h) => h.parents.is_empty(),
                None => self.find_commit(*first)?.parent_count() == 0,
            },
        };
        if check && suspect {
            self.check_range(base, head)?;
        }
        Ok(walked)
    }

    /// Each commit of `oids` (oldest first, leaving from `base`) with its
    /// changes, handed to `trim` as it is read: what `trim` drops is never
    /// held for the whole range.
    pub(crate) fn commits(
        &self,
        base: Oid,
        walked: Walked,
        trim: &mut dyn FnMut(&mut Commit),
    ) -> Result<Vec<Commit>, GateError> {
        let Walked {
            oids,
            mut headers,
            trees,
        } = walked;
        let in_range: HashSet<Oid> = oids.iter().copied().collect();
        let base_tree = self.tree_of(base)?;
        // Sized once: a range's commits are its largest allocation, and
        // doubling into place would hold up to twice that at the end.
        let mut commits = Vec::with_capacity(oids.len());
        let mut last = None;
        for (i, stretch) in oids.chunks(COMMITS_PER_ODB).enumerate() {
            if let (true, Some(next)) = (i > 0, stretch.first()) {
                self.fresh_odb(*next)?;
            }
            let odb = self.repo.odb().map_err(|e| self.missing("the range", &e))?;
            let mut walk = RangeWalk {
                trees: treediff::Trees::new(&odb),
                last,
                headers: &mut headers,
                commit_trees: &trees,
            };
            for oid in stretch {
                let mut commit = self.commit(*oid, &in_range, &base_tree, &mut walk)?;
                trim(&mut commit);
                // Kept for the whole run, one list per commit: no spare room.
                commit.changes.shrink_to_fit();
                commits.push(commit);
            }
            last = walk.last;
        }
        Ok(commits)
    }

    /// Gives the repository a fresh object database over the same objects.
    /// libgit2 keeps the pack windows it mapped (the pages read stay
    /// resident) and up to 16 MB of delta bases for as long as a database
    /// lives: over a long range that is memory growing with the range.
    /// `probe` is an object the repository must hold (when the new database
    /// would not, the old one stays).
    pub(crate) fn fresh_odb(&self, probe: Oid) -> Result<(), GateError> {
        let objects = self.repo.commondir().join("objects");
        let Some(objects) = objects.to_str() else {
            return Ok(());
        };
        let open = || -> Result<git2::Odb<'static>, git2::Error> {
            let odb = git2::Odb::new()?;
            odb.add_disk_alternate(objects)?;
            Ok(odb)
        };
        // Only a database that holds the range's objects may replace the
        // repository's (objects elsewhere: keep the one it has).
        if !open().is_ok_and(|odb| odb.exists(probe)) {
            return Ok(());
        }
        // The trees the last listings kept go with it.
        if let Ok(mut listed) = self.listed.try_borrow_mut() {
            *listed = treediff::Listed::default();
        }
        // The old database must be gone before the new one opens the pack:
        // libgit2 shares an open pack, windows and all, between databases.
        let fresh = git2::Odb::new().map_err(|e| self.missing("the range", &e))?;
        self.repo
            .set_odb(&fresh)
            .map_err(|e| self.missing("the range", &e))?;
        fresh
            .add_disk_alternate(objects)
            .map_err(|e| self.missing("the range", &e))
    }

    fn range_oids(&self, base: Oid, head: Oid) -> Result<Walked, GateError> {
        let git_err = |e: git2::Error| {
            GateError::input(
                format!("cannot walk {base}..{head}: {}", e.message()),
                SHALLOW_HELP,
            )
        };
        let walked = match walk::range(&self.repo, head, &[base], &header) {
            Some(walked) => walked,
            None => Walked {
                oids: self.revwalk(head, &[base]).map_err(git_err)?,
                ..Walked::default()
            },
        };
        if self.is_shallow() {
            let boundary = self.shallow_boundary();
            if let Some(cut) = walked.oids.iter().find(|o| boundary.contains(o)) {
                return Err(GateError::input(
                    format!(
                        "the history of {base}..{head} is cut off at {cut}: this is a shallow clone"
                    ),
                    SHALLOW_HELP,
                ));
            }
        }
        Ok(walked)
    }

    /// Commits whose parents were cut off by a shallow clone.
    fn shallow_boundary(&self) -> HashSet<Oid> {
        std::fs::read_to_string(self.repo.path().join("shallow"))
            .unwrap_or_default()
            .lines()
            .filter_map(|l| Oid::from_str(l.trim()).ok())
            .collect()
    }

    fn find_commit(&self, oid: Oid) -> Result<git2::Commit<'_>, GateError> {
        self.repo.find_commit(oid).map_err(|e| {
            GateError::input(
                format!("missing commit {oid}: {}", e.message()),
                SHALLOW_HELP,
            )
        })
    }

    fn tree_of(&self, oid: Oid) -> Result<Tree<'_>, GateError> {
        if oid.to_string() == EMPTY_TREE {
            // The base of a range that starts at a root commit.
            return self.repo.find_tree(oid).map_err(|e| {
                GateError::input(
                    format!("cannot read the empty tree: {}", e.message()),
                    SHALLOW_HELP,
                )
            });
        }
        self.find_commit(oid)?
            .tree()
            .map_err(|e| self.unreadable_tree(oid, &e))
    }

    fn commit(
        &self,
        oid: Oid,
        in_range: &HashSet<Oid>,
        base_tree: &Tree<'_>,
        walk: &mut RangeWalk<'_, '_>,
    ) -> Result<Commit, GateError> {
        let Header {
            tree,
            parents,
            author,
            committer,
            message,
        } = match walk.headers.remove(&oid) {
            Some(header) => header,
            None => header(&self.find_commit(oid)?),
        };
        let first_parent_tree = match (parents.first(), walk.last) {
            (Some(p), Some((last, tree))) if *p == last => Some(tree),
            (Some(p), _) => match walk.commit_trees.get(p) {
                Some(tree) => Some(*tree),
                None => Some(self.find_commit(*p)?.tree_id()),
            },
            (None, _) => None,
        };
        walk.last = Some((oid, tree));
        let mut changes = treediff::diff(&self.repo, &mut walk.trees, first_parent_tree, tree)
            .map_err(|e| self.unreadable_tree(oid, &e))?;
        if parents.len() > 1 {
            let others = parents[1..]
                .iter()
                .map(|p| {
                    let tree = match walk.commit_trees.get(p) {
                        Some(tree) => self
                            .repo
                            .find_tree(*tree)
                            .map_err(|e| self.unreadable_tree(*p, &e))?,
                        None => self.tree_of(*p)?,
                    };
                    Ok((in_range.contains(p), tree))
                })
                .collect::<Result<Vec<_>, GateError>>()?;
            changes.retain(|c| !merge_took_from_other_parent(c, &others, base_tree));
        }
        Ok(Commit {
            oid,
            sha: oid.to_string(),
            author,
            committer,
            summary: message.lines().next().unwrap_or_default().to_string(),
            message,
            changes,
            merge: parents.len() > 1,
        })
    }

    /// A tree of commit `oid` (or of a folder in it) could not be read.
    fn unreadable_tree(&self, oid: Oid, e: &git2::Error) -> GateError {
        if e.message().contains("failed to parse") {
            // Present but unreadable (e.g. a file name longer than git
            // tooling accepts): not a shallow clone, and not a pass.
            GateError::input(
                format!("commit {oid}: its tree cannot be parsed ({}): remit cannot see what it changes", e.message()),
                "rewrite the commit so its paths are ones git can read (a file name of at most 4096 bytes); remit will not judge what it cannot read",
            )
        } else {
            self.missing(&format!("commit {oid}"), e)
        }
    }

    /// An object `what` needs is missing: name it, and give the fix for the
    /// kind of clone this is (shallow, partial, or neither: damaged).
    fn missing(&self, what: &str, e: &git2::Error) -> GateError {
        let config = self.repo.config().ok();
        let partial = config.as_ref().is_some_and(|c| {
            c.get_string("extensions.partialclone").is_ok()
                || c.entries(Some(r"remote\..*\.promisor"))
                    .ok()
                    .is_some_and(|mut entries| entries.next().is_some())
        });
        let help = if self.is_shallow() {
            SHALLOW_HELP.to_string()
        } else if partial {
            "this is a partial clone (`--filter`): remit reads file contents offline, so fetch them first — `git fetch --refetch` without a filter locally, or leave `filter:` unset on actions/checkout".to_string()
        } else {
            "the object database is missing objects (a damaged or borrowed clone, `--reference`/alternates): run `git fsck`, or clone afresh".to_string()
        };
        GateError::input(
            format!("{what}: cannot read an object it needs: {}", e.message()),
            help,
        )
    }

    /// The blob at `path` in commit `oid`, if there is one.
    pub(crate) fn file_at(&self, oid: Oid, path: &str) -> Result<Option<Vec<u8>>, GateError> {
        Ok(self.blob_at(oid, path)?.map(|(_, bytes)| bytes))
    }

    /// The blob at `path` in commit `oid` with its object id, if there is one.
    pub(crate) fn blob_at(
        &self,
        oid: Oid,
        path: &str,
    ) -> Result<Option<(Oid, Vec<u8>)>, GateError> {
        let tree = self.tree_of(oid)?;
        let entry = match tree.get_path(Path::new(path)) {
            Ok(entry) => entry,
            Err(e) if e.code() == ErrorCode::NotFound => return Ok(None),
            Err(e) => {
                return Err(GateError::input(
                    format!("cannot read {path} at {oid}: {}", e.message()),
                    SHALLOW_HELP,
                ))
            }
        };
        if entry.kind() != Some(git2::ObjectType::Blob) {
            return Ok(None);
        }
        self.blob(entry.id()).map(|bytes| Some((entry.id(), bytes)))
    }

    pub(crate) fn blob(&self, oid: Oid) -> Result<Vec<u8>, GateError> {
        self.with_blob(oid, <[u8]>::to_vec)
    }

    /// `look` at a blob's bytes where libgit2 holds them, for readers that
    /// keep only what they find (copying agents' and followed files out
    /// cost ~0.05 G instructions on uv's history).
    pub(crate) fn with_blob<T>(
        &self,
        oid: Oid,
        look: impl FnOnce(&[u8]) -> T,
    ) -> Result<T, GateError> {
        self.repo
            .find_blob(oid)
            .map(|b| look(b.content()))
            .map_err(|e| self.missing(&format!("file contents {oid}"), &e))
    }

    /// Size of a blob without reading it, to refuse huge files cheaply.
    pub(crate) fn blob_size(&self, oid: Oid) -> Result<usize, GateError> {
        let odb = self.repo.odb().map_err(|e| {
            GateError::input(
                format!("cannot open objects: {}", e.message()),
                SHALLOW_HELP,
            )
        })?;
        odb.read_header(oid).map(|(size, _)| size).map_err(|e| {
            GateError::input(format!("missing blob {oid}: {}", e.message()), SHALLOW_HELP)
        })
    }

    /// Every file path (blobs and gitlinks, not folders) in commit `oid`.
    pub(crate) fn paths_at(&self, oid: Oid) -> Result<Vec<String>, GateError> {
        Ok(self
            .entries_at(oid)?
            .into_iter()
            .map(|(p, _, _)| p)
            .collect())
    }

    /// Every file of commit `oid` with its kind and object (blobs and
    /// gitlinks, not folders).
    pub(crate) fn entries_at(&self, oid: Oid) -> Result<Vec<(String, FileKind, Oid)>, GateError> {
        let tree = self.tree_of(oid)?;
        let mut listed = self.listed.borrow_mut();
        let files = treediff::files(&self.repo, &mut listed, tree.id()).map_err(|e| {
            GateError::input(
                format!("cannot list the files of {oid}: {}", e.message()),
                SHALLOW_HELP,
            )
        })?;
        Ok(files
            .into_iter()
            .map(|(path, mode, id)| (path, FileKind::from_mode(mode), id))
            .collect())
    }

    /// Paths of the files under `dir` in commit `oid` (one level deep).
    pub(crate) fn list_dir(&self, oid: Oid, dir: &str) -> Result<Vec<String>, GateError> {
        let tree = self.tree_of(oid)?;
        let Ok(entry) = tree.get_path(Path::new(dir)) else {
            return Ok(Vec::new());
        };
        let Ok(sub) = self.repo.find_tree(entry.id()) else {
            return Ok(Vec::new());
        };
        Ok(sub
            .iter()
            // Files only: a symlink's blob is a path, not content, and the
            // gate never follows it (it is judged as a change of its own).
            .filter(|e| e.kind() == Some(git2::ObjectType::Blob) && e.filemode() != 0o120000)
            .filter_map(|e| e.name().map(|n| format!("{dir}/{n}")))
            .collect())
    }
}

/// What one commit of a range hands the next: the trees its diff read, and
/// its own tree (usually the next commit's parent's).
struct RangeWalk<'r, 'w> {
    trees: treediff::Trees<'r>,
    last: Option<(Oid, Oid)>,
    /// What the range's commits say, read by the walk: taken as used.
    headers: &'w mut HashMap<Oid, Header>,
    /// The tree of every commit the walk read.
    commit_trees: &'w HashMap<Oid, Oid>,
}

/// What `commit` says, its text decoded.
fn header(commit: &git2::Commit<'_>) -> Header {
    // A commit's `encoding` header names how its message and names are
    // written (git's default is UTF-8); Latin-1 is the one still common.
    let latin1 = commit.message_encoding().is_some_and(is_latin1);
    let text = |bytes: &[u8]| -> String {
        if latin1 && std::str::from_utf8(bytes).is_err() {
            bytes.iter().map(|b| char::from(*b)).collect()
        } else {
            // Checked by the standard library's fast test first, which
            // nearly every message passes: `from_utf8_lossy` alone steps
            // through every character (0.04 G instructions on uv's history).
            std::str::from_utf8(bytes).map_or_else(
                |_| String::from_utf8_lossy(bytes).into_owned(),
                str::to_owned,
            )
        }
    };
    let person = |s: git2::Signature<'_>| Person {
        name: text(s.name_bytes()),
        email: text(s.email_bytes()),
    };
    Header {
        tree: commit.tree_id(),
        parents: commit.parent_ids().collect(),
        author: person(commit.author()),
        committer: person(commit.committer()),
        message: text(commit.message_bytes()),
    }
}

/// A merge's change at a path is not the merge's own when the merge took that
/// exact entry from another parent that is itself gated (inside the range) or
/// that only carries the base's version. Everything else — content no parent
/// had, or an old version from outside the range — stays the merge's change,
/// so a merge can neither hide a change nor count one twice.
fn merge_took_from_other_parent(
    change: &Change,
    others: &[(bool, Tree<'_>)],
    base: &Tree<'_>,
) -> bool {
    let entry = |tree: &Tree<'_>, path: &str| {
        tree.get_path(Path::new(path))
            .ok()
            .map(|e| (e.id(), e.filemode()))
    };
    let side_justified = |path: &str, merged: Option<(Oid, i32)>| {
        others.iter().any(|(in_range, tree)| {
            let theirs = entry(tree, path);
            theirs == merged && (*in_range || theirs == entry(base, path))
        })
    };
    let new_ok = change
        .new
        .as_ref()
        .is_none_or(|s| side_justified(&s.path, Some((s.oid, s.mode as i32))));
    let old_ok = match (&change.old, &change.new) {
        (Some(o), Some(n)) if o.path == n.path => true,
        (Some(o), _) => side_justified(&o.path, None),
        (None, _) => true,
    };
    new_ok && old_ok
}

/// Whether a commit `encoding` header names Latin-1.
fn is_latin1(encoding: &str) -> bool {
    let e = encoding.to_ascii_lowercase().replace(['-', '_'], "");
    matches!(
        e.as_str(),
        "iso88591" | "latin1" | "l1" | "cp819" | "iso88591:1987"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::{RepoBuilder, Who};

    #[test]
    fn changes_name_the_entry_a_tree_lookup_finds() -> anyhow::Result<()> {
        let dir = tempfile::tempdir()?;
        let mut r = RepoBuilder::init(dir.path())?;
        let base = r.write("w/a.yml", "a: 1\n")?.commit("a", &Who::human())?;
        r.write("w/a.yml", "a: 2\n")?
            .commit("edit", &Who::human())?;
        // Renamed away while another file is renamed into its place.
        r.write("w/z.yml", "z: 1\nz: 2\nz: 3\n")?
            .commit("z", &Who::human())?;
        r.rename("w/a.yml", "w/b.yml")?
            .rename("w/z.yml", "w/a.yml")?
            .commit("swap", &Who::human())?;
        r.remove("w/a.yml")?
            .symlink("w/a.yml", "b.yml")?
            .commit("link", &Who::human())?;
        r.remove("w/a.yml")?
            .gitlink("w/a.yml", &"1".repeat(40))?
            .commit("submodule", &Who::human())?;
        r.remove("w/a.yml")?.commit("gone", &Who::human())?;
        r.write("w/a.yml/x", "x\n")?
            .commit("folder", &Who::human())?;
        r.write("other", "o\n")?.commit("other", &Who::human())?;
        let head = r.head().ok_or_else(|| anyhow::anyhow!("no head"))?;
        let repo = GitRepo::open(dir.path())?;
        let mut told = 0;
        for c in repo.range(base, head)? {
            let looked_up = repo.blob_at(c.oid, "w/a.yml")?.map(|(oid, _)| oid);
            match c.entry_from_changes("w/a.yml") {
                Some(side) => {
                    told += 1;
                    let blob = side.filter(|s| s.kind != FileKind::Gitlink).map(|s| s.oid);
                    assert_eq!(blob, looked_up, "{}", c.summary);
                }
                None => assert!(
                    ["z", "folder", "other"].contains(&c.summary.as_str()),
                    "{} names the path",
                    c.summary
                ),
            }
        }
        assert_eq!(told, 5);
        Ok(())
    }

    #[test]
    fn a_range_longer_than_one_database_stretch_reads_every_change() -> anyhow::Result<()> {
        let dir = tempfile::tempdir()?;
        let mut r = RepoBuilder::init(dir.path())?;
        let base = r.write("start.txt", "0")?.commit("start", &Who::human())?;
        // Fresh object databases along the way.
        let n = COMMITS_PER_ODB * 4 + 2;
        for i in 0..n {
            r.write(&format!("f/{}.txt", i % 7), format!("{i}"))?
                .commit(&format!("c{i}"), &Who::human())?;
        }
        let head = r.head().ok_or_else(|| anyhow::anyhow!("no head"))?;
        let repo = GitRepo::open(dir.path())?;
        let commits = repo.range(base, head)?;
        assert_eq!(commits.len(), n);
        for (i, c) in commits.iter().enumerate() {
            let paths: Vec<&str> = c.changes.iter().flat_map(|ch| ch.paths()).collect();
            assert_eq!(paths, [format!("f/{}.txt", i % 7)], "commit {i}");
            assert_eq!(c.summary, format!("c{i}"));
        }
        // The repository reads on from the database it was given last.
        repo.fresh_odb(head)?;
        assert_eq!(repo.file_at(head, "start.txt")?, Some(b"0".to_vec()));
        Ok(())
    }
}
