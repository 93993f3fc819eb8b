//! Tree-to-tree diff with rename detection, the way `git diff -M` sees it.
//!
//! Subtrees with the same object id are skipped without being read, so a
//! commit costs what it changed, not the size of the repository. Renames are
//! paired first by identical content, then by line similarity (≥ 50%, like
//! git's default) among the files still unpaired.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::rc::Rc;

use git2::{ObjectType, Odb, OdbObject, Oid, Repository};

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

/// Trees read by recent diffs. Along a history, a commit's old side is its
/// parent's new side: the folders both change (the root, the top folders)
/// are read once, not twice. Two diffs' worth are kept, never the range's.
/// Kept as libgit2 read them: copying every tree read cost more than reading
/// some of them.
pub(crate) struct Trees<'o> {
    odb: &'o Odb<'o>,
    cache: Recent<Rc<OdbObject<'o>>>,
}

impl<'o> Trees<'o> {
    pub(crate) fn new(odb: &'o Odb<'o>) -> Self {
        Self {
            odb,
            cache: Recent::default(),
        }
    }

    fn get(&mut self, oid: Oid) -> Result<Rc<OdbObject<'o>>, git2::Error> {
        let odb = self.odb;
        self.cache.get(oid, || {
            let tree = read_tree(odb, oid)?;
            check(tree.data())?;
            Ok(Rc::new(tree))
        })
    }
}

/// The trees of the last listings, copied: they outlive the object database
/// handle each listing opens.
pub(crate) type Listed = Recent<Rc<[u8]>>;

/// What the last two reads (diffs or listings) loaded, by object id.
pub(crate) struct Recent<V> {
    current: HashMap<Oid, V, OidHash>,
    recent: HashMap<Oid, V, OidHash>,
}

impl<V> Default for Recent<V> {
    fn default() -> Self {
        Self {
            current: HashMap::default(),
            recent: HashMap::default(),
        }
    }
}

impl<V: Clone> Recent<V> {
    /// Starts the next read: what the one before it did not reuse is dropped.
    fn next(&mut self) {
        // The maps trade places, the old one emptied: each keeps the room
        // it grew to (a new map per diff rehashed as it grew, ~600 times
        // over 200 commits).
        std::mem::swap(&mut self.recent, &mut self.current);
        self.current.clear();
    }

    fn get(
        &mut self,
        oid: Oid,
        load: impl FnOnce() -> Result<V, git2::Error>,
    ) -> Result<V, git2::Error> {
        if let Some(data) = self.current.get(&oid) {
            return Ok(data.clone());
        }
        let data = match self.recent.remove(&oid) {
            Some(data) => data,
            None => load()?,
        };
        self.current.insert(oid, data.clone());
        Ok(data)
    }
}

/// Object ids are already uniformly random: their first bytes are the hash,
/// with none of SipHash's cost per lookup.
#[derive(Clone, Copy, Default)]
pub(crate) struct OidHash;

impl std::hash::BuildHasher for OidHash {
    type Hasher = OidHasher;

    fn build_hasher(&self) -> OidHasher {
        OidHasher(0)
    }
}

pub(crate) struct OidHasher(u64);

impl std::hash::Hasher for OidHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // An Oid writes its length, then its bytes: eight of them suffice.
        for &b in bytes.iter().take(8) {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
}

/// The changes from tree `old` (none: the empty tree) to tree `new`.
pub(crate) fn diff(
    repo: &Repository,
    trees: &mut Trees<'_>,
    old: Option<Oid>,
    new: Oid,
) -> Result<Vec<Change>, git2::Error> {
    trees.cache.next();
    let mut raw = Vec::new();
    let new_tree = trees.get(new)?;
    let old_tree = old.map(|o| trees.get(o)).transpose()?;
    walk(
        trees,
        "",
        old_tree.as_ref().map(|t| t.data()),
        Some(new_tree.data()),
        &mut raw,
    )?;
    pair_renames(repo, raw)
}

/// Every file of tree `tree` (blobs and gitlinks, not folders), in git
/// order, with its mode as libgit2 reports it and its object. `recent`
/// holds the trees of the listing before: base and head share most folders.
pub(crate) fn files(
    repo: &Repository,
    recent: &mut Listed,
    tree: Oid,
) -> Result<Vec<(String, u32, Oid)>, git2::Error> {
    fn list(
        odb: &Odb<'_>,
        recent: &mut Listed,
        prefix: &mut String,
        tree: Oid,
        out: &mut Vec<(String, u32, Oid)>,
    ) -> Result<(), git2::Error> {
        let data = recent.get(tree, || Ok(Rc::from(read_tree(odb, tree)?.data())))?;
        let mut entries = Entries::new(Some(&data));
        while let Some(e) = entries.next_entry()? {
            let len = prefix.len();
            match std::str::from_utf8(e.name) {
                Ok(name) => prefix.push_str(name),
                Err(_) => prefix.push_str(&String::from_utf8_lossy(e.name)),
            }
            if e.mode == TREE_MODE {
                prefix.push('/');
                list(odb, recent, prefix, e.entry()?.oid, out)?;
            } else {
                out.push((prefix.clone(), e.mode as u32, e.entry()?.oid));
            }
            prefix.truncate(len);
        }
        Ok(())
    }
    let odb = repo.odb()?;
    recent.next();
    let mut out = Vec::new();
    list(&odb, recent, &mut String::new(), tree, &mut out)?;
    Ok(out)
}

/// A tree object's bytes, straight from the object database: entries are
/// read in place, without building libgit2's tree objects (a history walk
/// reads tens of thousands of trees and keeps none of them).
fn read_tree<'o>(odb: &'o Odb<'_>, oid: Oid) -> Result<OdbObject<'o>, git2::Error> {
    let object = odb.read(oid)?;
    if object.kind() != ObjectType::Tree {
        return Err(git2::Error::from_str(&format!(
            "object {oid} is a {}, not a tree",
            object.kind()
        )));
    }
    Ok(object)
}

/// One entry of a raw tree; the mode normalised the way libgit2 reports it.
#[derive(Clone, Copy)]
struct RawEntry<'a> {
    name: &'a [u8],
    /// The raw object id: most entries are equal on both sides and are
    /// compared, never turned into an [`Oid`].
    id: &'a [u8; 20],
    mode: i32,
}

impl RawEntry<'_> {
    fn entry(&self) -> Result<Entry, git2::Error> {
        Ok(Entry {
            oid: Oid::from_bytes(self.id)?,
            mode: self.mode,
        })
    }
}

/// The entries of a raw tree, in stored (git) order. Malformed bytes are an
/// error, with the message libgit2 gives, never a shorter list.
struct Entries<'a> {
    rest: &'a [u8],
}

fn parse_error(what: &str) -> git2::Error {
    git2::Error::from_str(&format!("failed to parse tree: {what}"))
}

impl<'a> Entries<'a> {
    fn new(data: Option<&'a [u8]>) -> Self {
        Self {
            rest: data.unwrap_or_default(),
        }
    }

    fn next_entry(&mut self) -> Result<Option<RawEntry<'a>>, git2::Error> {
        let data = self.rest;
        if data.is_empty() {
            return Ok(None);
        }
        // Plain scans: a mode is a few bytes and a name a few dozen, too
        // short for memchr's setup to pay off.
        let (mode, space) = match common_mode(data) {
            Some(known) => known,
            None => {
                let space = data
                    .iter()
                    .position(|&b| b == b' ')
                    .ok_or_else(|| parse_error("missing space after filemode"))?;
                let mode = parse_mode(&data[..space])
                    .ok_or_else(|| parse_error("can't parse filemode"))?;
                (mode, space)
            }
        };
        let after = &data[space + 1..];
        let nul = find_nul(after).ok_or_else(|| parse_error("object is corrupted"))?;
        if nul == 0 || nul > usize::from(u16::MAX) {
            return Err(parse_error("can't parse filename"));
        }
        let id: &[u8; 20] = after
            .get(nul + 1..nul + 21)
            .and_then(|id| id.try_into().ok())
            .ok_or_else(|| parse_error("can't parse OID"))?;
        self.rest = &after[nul + 21..];
        Ok(Some(RawEntry {
            name: &after[..nul],
            id,
            mode: normalize_mode(mode),
        }))
    }
}

/// Where the first NUL of `bytes` is: eight bytes at a time (a tree entry's
/// name is a few dozen bytes, too short for memchr's vector setup, and a
/// byte loop cost most of the ~150 instructions an entry took to read).
fn find_nul(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut at = 0;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        // Exact for the lowest zero byte: bits above it may be set by a
        // borrow, none below it.
        let zeros = w.wrapping_sub(ONES) & !w & HIGHS;
        if zeros != 0 {
            return Some(at + (zeros.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    bytes[at..].iter().position(|&b| b == 0).map(|i| at + i)
}

/// The modes git writes, with the offset of the space after them: read
/// without parsing digits (what [`parse_mode`] makes of them, exactly).
fn common_mode(data: &[u8]) -> Option<(u32, usize)> {
    // The two modes nearly every entry has, compared as one word each.
    if let Some(head) = data.get(..8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(head);
        let w = u64::from_le_bytes(word);
        const FILE: u64 = u64::from_le_bytes(*b"100644 \0");
        const DIR: u64 = u64::from_le_bytes(*b"40000 \0\0");
        if w & 0x00ff_ffff_ffff_ffff == FILE {
            return Some((0o100644, 6));
        }
        if w & 0x0000_ffff_ffff_ffff == DIR {
            return Some((0o40000, 5));
        }
    }
    listed_mode(data)
}

/// [`common_mode`] by comparing each mode's text.
fn listed_mode(data: &[u8]) -> Option<(u32, usize)> {
    const MODES: [(&[u8], u32); 5] = [
        (b"100644 ", 0o100644),
        (b"40000 ", 0o40000),
        (b"100755 ", 0o100755),
        (b"120000 ", 0o120000),
        (b"160000 ", 0o160000),
    ];
    MODES
        .iter()
        .find(|(text, _)| data.starts_with(text))
        .map(|(text, mode)| (*mode, text.len() - 1))
}

/// Checks every entry of a raw tree, with the errors [`Entries`] gives.
/// A tree is checked once, when it is read: the diffs that use it may then
/// skip the runs of entries it shares with the other side unparsed.
fn check(data: &[u8]) -> Result<(), git2::Error> {
    // Entries of a common mode, a name and a whole id are passed over
    // without building them (a history's diffs check ~200 entries a
    // commit); from the first other one on, each is read to give its error.
    let mut rest = data;
    while !rest.is_empty() {
        let whole = common_mode(rest).and_then(|(_, space)| {
            let after = rest.get(space + 1..)?;
            let nul = find_nul(after)?;
            (nul != 0 && nul <= usize::from(u16::MAX)).then_some(())?;
            Some(space + 1 + nul + 21).filter(|&end| end <= rest.len())
        });
        match whole {
            Some(end) => rest = &rest[end..],
            None => break,
        }
    }
    let mut entries = Entries::new(Some(rest));
    while entries.next_entry()?.is_some() {}
    Ok(())
}

/// How many leading bytes two trees share.
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let mut i = 0;
    while i + 16 <= n && a[i..i + 16] == b[i..i + 16] {
        i += 16;
    }
    while i < n && a[i] == b[i] {
        i += 1;
    }
    i
}

/// The length of the whole entries of checked tree `data` that lie within
/// its first `within` bytes.
fn whole_entries(data: &[u8], within: usize) -> usize {
    let mut end = 0;
    // An entry is `mode name\0` and a 20-byte id; neither mode nor name
    // holds a NUL.
    while let Some(nul) = data.get(end..).and_then(find_nul) {
        let next = end + nul + 21;
        if next > within {
            break;
        }
        end = next;
    }
    end
}

/// An octal file mode as libgit2 reads it: an optional sign, octal digits,
/// at most 16 bits.
fn parse_mode(text: &[u8]) -> Option<u32> {
    let (negative, digits) = match text.first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.iter().all(|b| (b'0'..=b'7').contains(b)) {
        return None;
    }
    let mut mode: u32 = 0;
    for d in digits {
        mode = mode.checked_mul(8)?.checked_add(u32::from(d - b'0'))?;
        if mode > u32::from(u16::MAX) {
            return None;
        }
    }
    (!negative || mode == 0).then_some(mode)
}

/// The mode libgit2 reports for a stored one (`git_tree_entry_filemode`).
fn normalize_mode(mode: u32) -> i32 {
    const TYPE: u32 = 0o170000;
    match mode & TYPE {
        0o040000 => 0o040000,
        _ if mode & 0o111 != 0 => 0o100755,
        0o160000 => 0o160000,
        0o120000 => 0o120000,
        _ => 0o100644,
    }
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

/// Merge-joins two raw trees in git order. Entries with the same id and
/// mode are skipped without reading them; only differing folders are
/// descended.
fn walk(
    trees: &mut Trees<'_>,
    prefix: &str,
    old: Option<&[u8]>,
    new: Option<&[u8]>,
    out: &mut Vec<Change>,
) -> Result<(), git2::Error> {
    let (mut olds, mut news) = (Entries::new(old), Entries::new(new));
    // Both trees were checked when read: the entries they share before the
    // first difference are the same entries, skipped unparsed.
    if let (Some(o), Some(n)) = (old, new) {
        let skip = whole_entries(n, common_prefix(o, n));
        olds.rest = &o[skip..];
        news.rest = &n[skip..];
    }
    let (mut a, mut b) = (olds.next_entry()?, news.next_entry()?);
    let mut path = String::with_capacity(prefix.len() + 64);
    loop {
        let order = match (&a, &b) {
            (Some(a), Some(b)) => {
                git_order(a.name, a.mode == TREE_MODE, b.name, b.mode == TREE_MODE)
            }
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => return Ok(()),
        };
        let (o, n, name) = match (order, a, b) {
            (Ordering::Less, Some(x), _) => {
                a = olds.next_entry()?;
                (Some(x.entry()?), None, x.name)
            }
            (Ordering::Greater, _, Some(y)) => {
                b = news.next_entry()?;
                (None, Some(y.entry()?), y.name)
            }
            (Ordering::Equal, Some(x), Some(y)) => {
                let same = x.id == y.id && x.mode == y.mode;
                if same {
                    // The same entry: the run of identical entries after it
                    // is skipped unparsed, in one pass (comparing what is
                    // left at every entry of the run cost its square).
                    let skip = whole_entries(news.rest, common_prefix(olds.rest, news.rest));
                    if skip == olds.rest.len() && skip == news.rest.len() {
                        return Ok(());
                    }
                    olds.rest = &olds.rest[skip..];
                    news.rest = &news.rest[skip..];
                }
                a = olds.next_entry()?;
                b = news.next_entry()?;
                if same {
                    continue;
                }
                (Some(x.entry()?), Some(y.entry()?), y.name)
            }
            _ => return Ok(()),
        };
        path.clear();
        path.push_str(prefix);
        // Valid names (nearly all) are tested fast and copied whole.
        match std::str::from_utf8(name) {
            Ok(name) => path.push_str(name),
            Err(_) => path.push_str(&String::from_utf8_lossy(name)),
        }
        visit(trees, &path, o, n, out)?;
    }
}

/// Reports one name present (differently) on either side.
fn visit(
    trees: &mut Trees<'_>,
    path: &str,
    o: Option<Entry>,
    n: Option<Entry>,
    out: &mut Vec<Change>,
) -> Result<(), git2::Error> {
    let tree = |e: Option<Entry>| e.filter(|e| e.mode == TREE_MODE);
    if tree(o).is_some() || tree(n).is_some() {
        let old = tree(o).map(|e| trees.get(e.oid)).transpose()?;
        let new = tree(n).map(|e| trees.get(e.oid)).transpose()?;
        let mut folder = String::with_capacity(path.len() + 1);
        folder.push_str(path);
        folder.push('/');
        walk(
            trees,
            &folder,
            old.as_ref().map(|t| t.data()),
            new.as_ref().map(|t| t.data()),
            out,
        )?;
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
    lines: HashMap<u64, (u32, usize), LineHash>,
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
    let mut lines: HashMap<u64, (u32, usize), LineHash> = HashMap::default();
    for line in content.split_inclusive(|b| *b == b'\n') {
        let entry = lines.entry(fnv1a(line)).or_insert((0, line.len()));
        entry.0 += 1;
    }
    Ok(Some(Signature {
        lines,
        total: content.len(),
    }))
}

/// Line keys are FNV hashes already: one multiply spreads them over the
/// table, with none of SipHash's cost (a rename search makes millions of
/// lookups).
#[derive(Clone, Copy, Default)]
struct LineHash;

impl std::hash::BuildHasher for LineHash {
    type Hasher = LineHasher;

    fn build_hasher(&self) -> LineHasher {
        LineHasher(0)
    }
}

struct LineHasher(u64);

impl std::hash::Hasher for LineHasher {
    fn finish(&self) -> u64 {
        let x = self.0.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        x ^ (x >> 32)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::{RepoBuilder, Who};

    #[test]
    fn modes_read_as_libgit2_reports_them() {
        assert_eq!(parse_mode(b"100644"), Some(0o100644));
        assert_eq!(parse_mode(b"40000"), Some(0o40000));
        assert_eq!(parse_mode(b"+755"), Some(0o755));
        assert_eq!(parse_mode(b"-1"), None);
        assert_eq!(parse_mode(b"1000008"), None);
        assert_eq!(parse_mode(b"7777777"), None);
        assert_eq!(parse_mode(b""), None);
        assert_eq!(normalize_mode(0o100664), 0o100644);
        assert_eq!(normalize_mode(0o100775), 0o100755);
        assert_eq!(normalize_mode(0o120000), 0o120000);
        assert_eq!(normalize_mode(0o160000), 0o160000);
        assert_eq!(normalize_mode(0o40755), 0o40000);
        for text in ["100644", "40000", "100755", "120000", "160000"] {
            let entry = format!("{text} name");
            assert_eq!(
                common_mode(entry.as_bytes()),
                Some((parse_mode(text.as_bytes()).unwrap_or_default(), text.len())),
                "{text}"
            );
        }
        assert_eq!(common_mode(b"100664 name"), None);
        assert_eq!(common_mode(b"040000 name"), None);
    }

    #[test]
    fn nul_found_by_words_is_the_first_nul() {
        // Bytes around a borrow: 0x01 before a NUL, 0x80 and 0xff, NULs
        // in pairs, at every place of words and tails.
        let fill: [u8; 6] = [b'a', 0x01, 0x80, 0xff, 0x7f, 0x00];
        let mut checked = 0;
        for len in 0..40 {
            for (i, &f) in fill.iter().enumerate() {
                let mut bytes: Vec<u8> = (0..len).map(|k| fill[(k + i) % 5]).collect();
                assert_eq!(find_nul(&bytes), bytes.iter().position(|&b| b == 0));
                for at in 0..len {
                    bytes[at] = 0;
                    assert_eq!(find_nul(&bytes), bytes.iter().position(|&b| b == 0));
                    bytes[at] = f;
                    checked += 1;
                }
            }
        }
        assert!(checked > 4000);
        assert_eq!(find_nul(b"abcdefgh\x01\0"), Some(9));
        assert_eq!(find_nul(b"\x01\0"), Some(1));
    }

    #[test]
    fn common_modes_read_as_words_are_the_listed_ones() {
        let texts: [&[u8]; 12] = [
            b"100644 a\0",
            b"40000 a\0",
            b"100755 ab",
            b"120000 x",
            b"160000 yyyy",
            b"100644",
            b"40000 ",
            b"100644a\0\0",
            b"40000a\0\0\0",
            b"100664 name",
            b"040000 name",
            b"1006440 name",
        ];
        for text in texts {
            for cut in 0..=text.len() {
                let t = &text[..cut];
                assert_eq!(common_mode(t), listed_mode(t), "{t:?}");
            }
        }
        assert_eq!(common_mode(b"100644 a\0"), Some((0o100644, 6)));
        assert_eq!(common_mode(b"40000 ab"), Some((0o40000, 5)));
    }

    #[test]
    fn trees_checked_in_a_pass_are_those_read_entry_by_entry() {
        let by_entries = |data: &[u8]| -> Result<(), git2::Error> {
            let mut entries = Entries::new(Some(data));
            while entries.next_entry()?.is_some() {}
            Ok(())
        };
        let mut tree = Vec::new();
        for (mode, name) in [
            ("100644", "a.txt"),
            ("40000", "dir"),
            ("100755", "run.sh"),
            ("120000", "link"),
            ("160000", "sub"),
            ("100664", "odd"),
            ("100644", "a-much-longer-name-than-eight-bytes.rs"),
        ] {
            tree.extend(format!("{mode} {name}\0").bytes());
            tree.extend((0u8..20).map(|i| i * 13));
        }
        assert!(check(&tree).is_ok());
        let (mut ok, mut bad) = (0, 0);
        // Every byte cut off, set to NUL, a space or a letter, and removed.
        for at in 0..tree.len() {
            let mut variants = vec![tree[..at].to_vec()];
            for b in [0u8, b' ', b'x', b'8'] {
                let mut t = tree.clone();
                t[at] = b;
                variants.push(t);
            }
            let mut t = tree.clone();
            t.remove(at);
            variants.push(t);
            for t in variants {
                let (fast, slow) = (check(&t), by_entries(&t));
                assert_eq!(
                    fast.as_ref().err().map(|e| e.message().to_string()),
                    slow.as_ref().err().map(|e| e.message().to_string()),
                    "{t:?}"
                );
                if fast.is_ok() {
                    ok += 1;
                } else {
                    bad += 1;
                }
            }
        }
        assert!(ok > 100 && bad > 100, "{ok} {bad}");
    }

    #[test]
    fn whole_entries_stop_before_a_partial_one() {
        let entry = |name: &str| {
            let mut e = format!("100644 {name}\0").into_bytes();
            e.extend([0u8; 20]);
            e
        };
        let tree: Vec<u8> = [entry("a"), entry("bb"), entry("c")].concat();
        let (a, bb) = (entry("a").len(), entry("bb").len());
        assert_eq!(whole_entries(&tree, 0), 0);
        assert_eq!(whole_entries(&tree, a - 1), 0);
        assert_eq!(whole_entries(&tree, a), a);
        assert_eq!(whole_entries(&tree, a + bb + 3), a + bb);
        assert_eq!(whole_entries(&tree, tree.len()), tree.len());
        assert_eq!(
            common_prefix(b"abcdefghijklmnopqrstu", b"abcdefghijklmnopqrsXu"),
            19
        );
        assert_eq!(common_prefix(b"ab", b"abc"), 2);
    }

    #[test]
    fn malformed_trees_fail_closed() {
        let bad: [&[u8]; 4] = [
            b"100644 name",
            b"100644name\0aaaaaaaaaaaaaaaaaaaa",
            b"100644 \0aaaaaaaaaaaaaaaaaaaa",
            b"100644 name\0short",
        ];
        for data in bad {
            let err = Entries::new(Some(data)).next_entry().err();
            assert!(
                err.is_some_and(|e| e.message().starts_with("failed to parse tree")),
                "{data:?}"
            );
        }
    }

    #[test]
    fn files_list_what_libgit2_walks() -> anyhow::Result<()> {
        let dir = tempfile::tempdir()?;
        let mut r = RepoBuilder::init(dir.path())?;
        r.write("a/b/c.txt", "c\n")?
            .write("a/b.txt", "b\n")?
            .write("a.b", "x\n")?
            .write_executable("bin/run", "#!/bin/sh\n")?
            .symlink("link", "a/b.txt")?;
        let commit = r.commit("files", &Who::human())?;
        let tree = r.repo().find_commit(commit)?.tree()?;
        let mut walked = Vec::new();
        tree.walk(git2::TreeWalkMode::PreOrder, |dir, e| {
            if e.kind() != Some(git2::ObjectType::Tree) {
                let name = String::from_utf8_lossy(e.name_bytes());
                walked.push((format!("{dir}{name}"), e.filemode() as u32, e.id()));
            }
            git2::TreeWalkResult::Ok
        })?;
        let mut recent = Listed::default();
        assert_eq!(files(r.repo(), &mut recent, tree.id())?, walked);
        // Again, from the trees the first listing kept.
        assert_eq!(files(r.repo(), &mut recent, tree.id())?, walked);
        assert_eq!(walked.len(), 5);
        Ok(())
    }
}
