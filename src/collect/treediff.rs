//! Tree-to-tree diff with rename detection, the way `git diff -M` sees it.
//!
//! Subtrees with the same object id are skipped without being read, so a
//! commit costs what it changed, not the size of the repository. Renames are
//! paired first by identical content, then by line similarity (≥ 50%, like
//! git's default) among the files still unpaired.

use std::cmp::Ordering;
use std::collections::HashMap;

use git2::{Oid, Repository, Tree};

use crate::collect::git::{Change, ChangeKind, FileKind, Side};

const TREE_MODE: i32 = 0o040000;
/// Like git's `diff.renameLimit`: above this many candidate pairs only exact
/// renames are paired.
const RENAME_LIMIT: usize = 1_000_000;
/// Files larger than this are paired by exact content only.
const MAX_SIMILARITY_BYTES: usize = 4 * 1024 * 1024;
/// Minimum share of common content for an inexact rename (git's default).
const RENAME_THRESHOLD: f64 = 0.5;

#[derive(Clone, Copy)]
struct Entry {
    oid: Oid,
    mode: i32,
}

/// The changes from `old` (none: the empty tree) to `new`.
pub fn diff(
    repo: &Repository,
    old: Option<&Tree<'_>>,
    new: &Tree<'_>,
) -> Result<Vec<Change>, git2::Error> {
    let mut raw = Vec::new();
    walk(repo, "", old, Some(new), &mut raw)?;
    pair_renames(repo, raw)
}

/// Git's tree order: names compare bytewise, a folder as if it ended in `/`.
fn git_order(a: &[u8], a_dir: bool, b: &[u8], b_dir: bool) -> Ordering {
    let n = a.len().min(b.len());
    match a[..n].cmp(&b[..n]) {
        Ordering::Equal => {
            let next = |name: &[u8], dir: bool| name.get(n).copied().or(dir.then_some(b'/'));
            next(a, a_dir).cmp(&next(b, b_dir))
        }
        other => other,
    }
}

fn side(path: &str, e: Entry) -> Side {
    let mode = e.mode as u32;
    Side {
        path: path.to_string(),
        oid: e.oid,
        mode,
        kind: FileKind::from_mode(mode),
    }
}

fn subtree<'r>(repo: &'r Repository, e: Option<Entry>) -> Result<Option<Tree<'r>>, git2::Error> {
    match e {
        Some(e) if e.mode == TREE_MODE => repo.find_tree(e.oid).map(Some),
        _ => Ok(None),
    }
}

/// Merge-joins two trees in git order. Entries with the same id and mode
/// are skipped without reading them; only differing folders are descended.
fn walk(
    repo: &Repository,
    prefix: &str,
    old: Option<&Tree<'_>>,
    new: Option<&Tree<'_>>,
    out: &mut Vec<Change>,
) -> Result<(), git2::Error> {
    let (old_len, new_len) = (old.map_or(0, |t| t.len()), new.map_or(0, |t| t.len()));
    let (mut i, mut j) = (0, 0);
    while i < old_len || j < new_len {
        let a = old.and_then(|t| t.get(i));
        let b = new.and_then(|t| t.get(j));
        let order = match (&a, &b) {
            (Some(a), Some(b)) => git_order(
                a.name_bytes(),
                a.filemode() == TREE_MODE,
                b.name_bytes(),
                b.filemode() == TREE_MODE,
            ),
            (Some(_), None) => Ordering::Less,
            (None, _) => Ordering::Greater,
        };
        let entry = |e: &git2::TreeEntry<'_>| Entry {
            oid: e.id(),
            mode: e.filemode(),
        };
        let (o, n, name) = match order {
            Ordering::Less => {
                i += 1;
                let a = a.as_ref().map(entry);
                (a, None, old.and_then(|t| t.get(i - 1)))
            }
            Ordering::Greater => {
                j += 1;
                let b = b.as_ref().map(entry);
                (None, b, new.and_then(|t| t.get(j - 1)))
            }
            Ordering::Equal => {
                i += 1;
                j += 1;
                let (x, y) = (a.as_ref().map(entry), b.as_ref().map(entry));
                if let (Some(x), Some(y)) = (x, y) {
                    if x.oid == y.oid && x.mode == y.mode {
                        continue;
                    }
                }
                (x, y, new.and_then(|t| t.get(j - 1)))
            }
        };
        let Some(name) = name else { continue };
        let path = format!("{prefix}{}", String::from_utf8_lossy(name.name_bytes()));
        visit(repo, &path, o, n, out)?;
    }
    Ok(())
}

/// Reports one name present (differently) on either side.
fn visit(
    repo: &Repository,
    path: &str,
    o: Option<Entry>,
    n: Option<Entry>,
    out: &mut Vec<Change>,
) -> Result<(), git2::Error> {
    let is_tree = |e: Option<Entry>| e.is_some_and(|e| e.mode == TREE_MODE);
    if is_tree(o) || is_tree(n) {
        let (old, new) = (subtree(repo, o)?, subtree(repo, n)?);
        walk(repo, &format!("{path}/"), old.as_ref(), new.as_ref(), out)?;
    }
    let (o, n) = (
        o.filter(|e| e.mode != TREE_MODE),
        n.filter(|e| e.mode != TREE_MODE),
    );
    let change = match (o, n) {
        (None, None) => return Ok(()),
        (None, Some(b)) => Change {
            kind: ChangeKind::Added,
            old: None,
            new: Some(side(path, b)),
        },
        (Some(a), None) => Change {
            kind: ChangeKind::Deleted,
            old: Some(side(path, a)),
            new: None,
        },
        (Some(a), Some(b)) => {
            let (sa, sb) = (side(path, a), side(path, b));
            let class = |k: FileKind| match k {
                FileKind::Regular | FileKind::Executable => 0,
                FileKind::Symlink => 1,
                FileKind::Gitlink => 2,
                FileKind::Other => 3,
            };
            let kind = if class(sa.kind) == class(sb.kind) {
                ChangeKind::Modified
            } else {
                ChangeKind::TypeChanged
            };
            Change {
                kind,
                old: Some(sa),
                new: Some(sb),
            }
        }
    };
    out.push(change);
    Ok(())
}

/// Turns deletion + addition pairs into renames: identical content first,
/// then the most similar regular files above the threshold.
fn pair_renames(repo: &Repository, changes: Vec<Change>) -> Result<Vec<Change>, git2::Error> {
    let deleted: Vec<usize> = indices(&changes, ChangeKind::Deleted);
    let added: Vec<usize> = indices(&changes, ChangeKind::Added);
    if deleted.is_empty() || added.is_empty() {
        return Ok(changes);
    }
    let side_of = |i: usize, old: bool| {
        let c = &changes[i];
        if old {
            c.old.as_ref()
        } else {
            c.new.as_ref()
        }
    };
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut used_del = vec![false; changes.len()];
    let mut used_add = vec![false; changes.len()];

    // Exact renames: same object, same kind; prefer the same file name.
    let mut by_oid: HashMap<Oid, Vec<usize>> = HashMap::new();
    for &d in &deleted {
        if let Some(s) = side_of(d, true) {
            by_oid.entry(s.oid).or_default().push(d);
        }
    }
    for &a in &added {
        let Some(new) = side_of(a, false) else {
            continue;
        };
        let Some(candidates) = by_oid.get(&new.oid) else {
            continue;
        };
        let best = candidates
            .iter()
            .copied()
            .filter(|d| !used_del[*d])
            .filter(|d| side_of(*d, true).is_some_and(|s| s.kind == new.kind))
            .max_by_key(|d| {
                side_of(*d, true).is_some_and(|s| basename(&s.path) == basename(&new.path))
            });
        if let Some(d) = best {
            used_del[d] = true;
            used_add[a] = true;
            pairs.push((d, a));
        }
    }

    // Inexact renames among regular files still unpaired.
    let regular = |s: &Side| matches!(s.kind, FileKind::Regular | FileKind::Executable);
    let rest_del: Vec<usize> = deleted
        .iter()
        .copied()
        .filter(|d| !used_del[*d] && side_of(*d, true).is_some_and(regular))
        .collect();
    let rest_add: Vec<usize> = added
        .iter()
        .copied()
        .filter(|a| !used_add[*a] && side_of(*a, false).is_some_and(regular))
        .collect();
    if !rest_del.is_empty()
        && !rest_add.is_empty()
        && rest_del.len() * rest_add.len() <= RENAME_LIMIT
    {
        let mut sigs: HashMap<Oid, Option<Signature>> = HashMap::new();
        for i in rest_del
            .iter()
            .map(|d| (*d, true))
            .chain(rest_add.iter().map(|a| (*a, false)))
        {
            if let Some(s) = side_of(i.0, i.1) {
                if let std::collections::hash_map::Entry::Vacant(slot) = sigs.entry(s.oid) {
                    slot.insert(signature(repo, s.oid)?);
                }
            }
        }
        let mut scored: Vec<(f64, usize, usize)> = Vec::new();
        for &d in &rest_del {
            for &a in &rest_add {
                let (Some(sd), Some(sa)) = (side_of(d, true), side_of(a, false)) else {
                    continue;
                };
                let (Some(Some(x)), Some(Some(y))) = (sigs.get(&sd.oid), sigs.get(&sa.oid)) else {
                    continue;
                };
                let score = x.similarity(y);
                if score >= RENAME_THRESHOLD {
                    scored.push((score, d, a));
                }
            }
        }
        scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
        for (_, d, a) in scored {
            if !used_del[d] && !used_add[a] {
                used_del[d] = true;
                used_add[a] = true;
                pairs.push((d, a));
            }
        }
    }

    let mut renamed_at: HashMap<usize, usize> = HashMap::new();
    for (d, a) in &pairs {
        renamed_at.insert(*a, *d);
    }
    let mut out = Vec::with_capacity(changes.len() - pairs.len());
    for (i, c) in changes.iter().enumerate() {
        if used_del[i] {
            continue;
        }
        match renamed_at.get(&i) {
            Some(d) => out.push(Change {
                kind: ChangeKind::Renamed,
                old: changes[*d].old.clone(),
                new: c.new.clone(),
            }),
            None => out.push(c.clone()),
        }
    }
    Ok(out)
}

fn indices(changes: &[Change], kind: ChangeKind) -> Vec<usize> {
    changes
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == kind)
        .map(|(i, _)| i)
        .collect()
}

fn basename(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// Line-hash multiset of a text blob, weighted by line length.
struct Signature {
    lines: HashMap<u64, (u32, usize)>,
    total: usize,
}

impl Signature {
    /// Share of content the two have in common, relative to the larger one.
    fn similarity(&self, other: &Self) -> f64 {
        let (small, large) = if self.lines.len() <= other.lines.len() {
            (self, other)
        } else {
            (other, self)
        };
        let common: usize = small
            .lines
            .iter()
            .filter_map(|(h, (n, len))| {
                large.lines.get(h).map(|(m, _)| (*n).min(*m) as usize * len)
            })
            .sum();
        let max = self.total.max(other.total).max(1);
        common as f64 / max as f64
    }
}

fn signature(repo: &Repository, oid: Oid) -> Result<Option<Signature>, git2::Error> {
    let blob = repo.find_blob(oid)?;
    let content = blob.content();
    if content.len() > MAX_SIMILARITY_BYTES || content.contains(&0) {
        return Ok(None);
    }
    let mut lines: HashMap<u64, (u32, usize)> = HashMap::new();
    for line in content.split_inclusive(|b| *b == b'\n') {
        let entry = lines.entry(fnv1a(line)).or_insert((0, line.len()));
        entry.0 += 1;
    }
    Ok(Some(Signature {
        lines,
        total: content.len(),
    }))
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}
