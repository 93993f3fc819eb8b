//! The files whose *content* the semantic rules read: pipelines (GitHub
//! workflows, composite/local actions, GitLab CI) and CODEOWNERS. Only files
//! that agent commits changed are read, each at base and at head, so a rule
//! judges the net effect of the range and the gate stays fast.

use std::collections::{BTreeMap, BTreeSet};

use git2::Oid;

use crate::collect::git::{ChangeKind, Commit, FileKind, GitRepo};
use crate::error::GateError;
use crate::normalize::attribution::Attribution;
use crate::normalize::iac::MAX_INSPECTED_BYTES;

/// Where GitHub looks for CODEOWNERS, in its order: the first one found wins.
pub(crate) const CODEOWNERS_PATHS: [&str; 3] =
    [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];

/// GitHub ignores a CODEOWNERS file larger than this.
pub(crate) const CODEOWNERS_MAX_BYTES: usize = 3 * 1024 * 1024;

/// What a watched pipeline file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PipelineKind {
    /// `.github/workflows/*.yml|yaml`.
    GithubWorkflow,
    /// `action.yml|yaml` anywhere: a composite, Docker or JavaScript action.
    Action,
    /// `.gitlab-ci.yml` and its local includes under `.gitlab/`.
    GitlabCi,
}

/// Which pipeline file `path` is, if any.
pub(crate) fn pipeline_kind(path: &str) -> Option<PipelineKind> {
    let yaml = |name: &str| name.ends_with(".yml") || name.ends_with(".yaml");
    let name = path.rsplit('/').next().unwrap_or(path);
    if let Some(rest) = path.strip_prefix(".github/workflows/") {
        // GitHub reads workflows only from the folder itself, not subfolders.
        return (!rest.contains('/') && yaml(rest)).then_some(PipelineKind::GithubWorkflow);
    }
    if name == "action.yml" || name == "action.yaml" {
        return Some(PipelineKind::Action);
    }
    if path == ".gitlab-ci.yml" || path == ".gitlab-ci.yaml" {
        return Some(PipelineKind::GitlabCi);
    }
    if path.starts_with(".gitlab/") && yaml(name) {
        return Some(PipelineKind::GitlabCi);
    }
    None
}

/// One version of a watched file: its path and text, or why it cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Version {
    pub(crate) path: String,
    pub(crate) text: Result<String, String>,
}

/// A pipeline file an agent commit changed, at base and at head.
#[derive(Debug, Clone)]
pub(crate) struct PipelineFile {
    pub(crate) kind: PipelineKind,
    /// `None` when the file was added in the range.
    pub(crate) base: Option<Version>,
    /// `None` when the file was deleted in the range.
    pub(crate) head: Option<Version>,
    /// The last agent commit that touched the file.
    pub(crate) commit: String,
    /// The file after each commit of the range that changed it, oldest
    /// first (people's commits included): risks are blamed on the commit
    /// that introduced them by walking these versions.
    pub(crate) history: Vec<Step>,
}

/// One commit of the range that changed a watched file, and the file after it.
#[derive(Debug, Clone)]
pub(crate) struct Step {
    pub(crate) commit: String,
    /// Whether an agent made the commit (remit's attribution).
    pub(crate) agent: bool,
    /// `None` when the commit deleted the file.
    pub(crate) version: Option<Stored>,
}

/// A version of a watched file in the range's history, kept by object:
/// a long range holds many versions, and blame reads back only the few it
/// walks through. Equal exactly when the [`Version`]s they stand for are.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Stored {
    pub(crate) path: String,
    /// The blob of a readable text, or why it cannot be read.
    pub(crate) text: Result<Oid, String>,
}

impl Stored {
    /// The version this stands for, its text read with `read` (the blob's
    /// text, which was readable when the history was collected).
    pub(crate) fn load(&self, read: &dyn Fn(Oid) -> Option<String>) -> Version {
        let text = match &self.text {
            Ok(blob) => read(*blob).ok_or_else(|| format!("object {blob} can no longer be read")),
            Err(why) => Err(why.clone()),
        };
        Version {
            path: self.path.clone(),
            text,
        }
    }
}

/// Reads the text of a stored version's blob: what blame hands
/// [`Stored::load`]. `None` when it cannot be read or is not UTF-8.
pub(crate) fn reader(repo: &GitRepo) -> impl Fn(Oid) -> Option<String> + '_ {
    |blob| repo.blob(blob).ok().and_then(|b| String::from_utf8(b).ok())
}

/// The CODEOWNERS in force at base and at head, when an agent commit touched
/// any of the places GitHub reads it from.
#[derive(Debug, Clone)]
pub(crate) struct OwnersChange {
    pub(crate) base: Option<Version>,
    pub(crate) head: Option<Version>,
    /// Every file path in the base and the head trees.
    pub(crate) paths: Vec<String>,
    /// The last agent commit that touched a CODEOWNERS file.
    pub(crate) commit: String,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Watched {
    pub(crate) pipelines: Vec<PipelineFile>,
    pub(crate) codeowners: Option<OwnersChange>,
}

/// The pipeline files of a range: those [`pipeline_kind`] names, and the
/// GitLab CI files `.gitlab-ci.yml` includes by path at base or head. Their
/// history is followed through every commit, a person's too.
pub(crate) struct Followed {
    includes: BTreeSet<String>,
}

impl Followed {
    pub(crate) fn read(repo: &GitRepo, base: Oid, head: Oid) -> Result<Self, GateError> {
        let mut includes = gitlab_local_includes(repo, base)?;
        includes.extend(gitlab_local_includes(repo, head)?);
        Ok(Self { includes })
    }

    pub(crate) fn kind(&self, path: &str) -> Option<PipelineKind> {
        pipeline_kind(path).or_else(|| {
            self.includes
                .contains(path)
                .then_some(PipelineKind::GitlabCi)
        })
    }
}

/// Reads the watched files that agent commits changed in `base..head`.
pub(crate) fn watched(
    repo: &GitRepo,
    base: Oid,
    head: Oid,
    commits: &[Commit],
    attribution: &[Option<Attribution>],
    followed: &Followed,
) -> Result<Watched, GateError> {
    let kind_of = |path: &str| followed.kind(path);
    // Path → the last agent commit that touched it; renames old → new.
    let mut touched: BTreeMap<String, String> = BTreeMap::new();
    let mut renamed: BTreeMap<String, String> = BTreeMap::new();
    let mut owners_commit: Option<String> = None;
    for (commit, who) in commits.iter().zip(attribution) {
        if who.is_none() {
            continue;
        }
        for change in &commit.changes {
            for path in change.paths() {
                if kind_of(path).is_some() {
                    touched.insert(path.to_string(), commit.sha.clone());
                }
                if CODEOWNERS_PATHS.contains(&path) {
                    owners_commit = Some(commit.sha.clone());
                }
            }
            if let (ChangeKind::Renamed, Some(old), Some(new)) =
                (change.kind, &change.old, &change.new)
            {
                renamed.insert(old.path.clone(), new.path.clone());
            }
        }
    }

    // A file renamed in the range (perhaps more than once) is judged as one
    // file, old → new; every other touched path on its own.
    let mut units: Vec<(String, String)> = Vec::new();
    let mut consumed: BTreeSet<String> = BTreeSet::new();
    for from in renamed.keys() {
        let mut to = from.clone();
        let mut hops = 0;
        while let Some(next) = renamed.get(&to) {
            to = next.clone();
            hops += 1;
            if hops > renamed.len() {
                break;
            }
        }
        let kind = kind_of(from);
        if kind.is_none() || kind != kind_of(&to) || consumed.contains(from) {
            continue;
        }
        let moved = repo.file_at(base, from)?.is_some()
            && repo.file_at(head, from)?.is_none()
            && repo.file_at(base, &to)?.is_none()
            && repo.file_at(head, &to)?.is_some();
        if moved {
            consumed.insert(from.clone());
            consumed.insert(to.clone());
            units.push((from.clone(), to));
        }
    }
    units.extend(
        touched
            .keys()
            .filter(|p| !consumed.contains(*p))
            .map(|p| (p.clone(), p.clone())),
    );

    let mut pipelines = Vec::new();
    for (from, to) in units {
        let Some(kind) = kind_of(&to) else {
            continue;
        };
        let base_v = version(repo, base, &from, MAX_INSPECTED_BYTES)?;
        let head_v = version(repo, head, &to, MAX_INSPECTED_BYTES)?;
        let same = match (&base_v, &head_v) {
            (Some(b), Some(h)) => b.text == h.text,
            (None, None) => true,
            _ => false,
        };
        if same {
            continue;
        }
        let commit = [&to, &from]
            .iter()
            .find_map(|p| touched.get(*p))
            .cloned()
            .unwrap_or_default();
        let history = history(repo, commits, attribution, &from, &to)?;
        pipelines.push(PipelineFile {
            kind,
            base: base_v,
            head: head_v,
            commit,
            history,
        });
    }

    let codeowners = match owners_commit {
        None => None,
        Some(commit) => {
            let base_v = first_codeowners(repo, base)?;
            let head_v = first_codeowners(repo, head)?;
            if base_v == head_v {
                None
            } else {
                let mut paths: BTreeSet<String> = repo.paths_at(base)?.into_iter().collect();
                paths.extend(repo.paths_at(head)?);
                Some(OwnersChange {
                    base: base_v,
                    head: head_v,
                    paths: paths.into_iter().collect(),
                    commit,
                })
            }
        }
    };
    Ok(Watched {
        pipelines,
        codeowners,
    })
}

/// The `include: local:` paths of `.gitlab-ci.yml` at `oid` (exact paths;
/// wildcard includes are covered when they live under `.gitlab/`).
fn gitlab_local_includes(repo: &GitRepo, oid: Oid) -> Result<BTreeSet<String>, GateError> {
    use serde_yaml::Value;
    let mut out = BTreeSet::new();
    for path in [".gitlab-ci.yml", ".gitlab-ci.yaml"] {
        let Some(bytes) = repo.file_at(oid, path)? else {
            continue;
        };
        let Ok(value) = serde_yaml::from_slice::<Value>(&bytes) else {
            continue;
        };
        let entries = match value.get("include") {
            Some(Value::Sequence(items)) => items.clone(),
            Some(other) => vec![other.clone()],
            None => Vec::new(),
        };
        for entry in entries {
            let local = match &entry {
                Value::String(s) if !s.contains("://") => Some(s.clone()),
                Value::Mapping(_) => entry
                    .get("local")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                _ => None,
            };
            if let Some(local) = local.filter(|l| !l.contains('*')) {
                out.insert(local.trim_start_matches('/').to_string());
            }
        }
    }
    Ok(out)
}

/// The CODEOWNERS GitHub would use at `oid`: the first of its three places.
fn first_codeowners(repo: &GitRepo, oid: Oid) -> Result<Option<Version>, GateError> {
    for path in CODEOWNERS_PATHS {
        if let Some(v) = version(repo, oid, path, CODEOWNERS_MAX_BYTES)? {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

/// Versions of a pipeline file read with one object database (see
/// `GitRepo::fresh_odb`): uv's whole history kept 40 MB of its pack resident
/// reading every version of its workflows with one.
const VERSIONS_PER_ODB: usize = 200;

/// The versions of a file (`from` at base, `to` at head) after each commit
/// of the range that changed it. A commit whose version equals the one
/// before it (a merge re-stating it, a mode change) is skipped.
fn history(
    repo: &GitRepo,
    commits: &[Commit],
    attribution: &[Option<Attribution>],
    from: &str,
    to: &str,
) -> Result<Vec<Step>, GateError> {
    let mut out: Vec<Step> = Vec::new();
    let mut read = 0usize;
    for (commit, who) in commits.iter().zip(attribution) {
        let touches = commit
            .changes
            .iter()
            .flat_map(|c| c.paths())
            .any(|p| p == from || p == to);
        if !touches {
            continue;
        }
        // A long history's versions lie all over the pack: what reading
        // them mapped need not stay resident.
        read += 1;
        if read.is_multiple_of(VERSIONS_PER_ODB) {
            repo.fresh_odb(commit.oid)?;
        }
        let version = match stored(repo, commit, to)? {
            Some(v) => Some(v),
            None if from != to => stored(repo, commit, from)?,
            None => None,
        };
        if out.last().is_some_and(|s| s.version == version) {
            continue;
        }
        out.push(Step {
            commit: commit.sha.clone(),
            agent: who.is_some(),
            version,
        });
    }
    Ok(out)
}

/// The version of `path` after `commit`, read and checked as [`version`]
/// does, kept by object. Its object comes from the commit's changes when
/// they name it, without looking it up through the commit's trees.
fn stored(repo: &GitRepo, commit: &Commit, path: &str) -> Result<Option<Stored>, GateError> {
    let text = match commit.entry_from_changes(path) {
        // What `blob_at` finds there: a blob (a file or a symlink), not a
        // submodule; checked where libgit2 holds it, as only the verdict is
        // kept.
        Some(side) => match side.filter(|s| s.kind != FileKind::Gitlink) {
            Some(s) => repo
                .with_blob(s.oid, |bytes| check(bytes, MAX_INSPECTED_BYTES))?
                .map(|()| s.oid),
            None => return Ok(None),
        },
        None => match repo.blob_at(commit.oid, path)? {
            Some((blob, bytes)) => checked(bytes, MAX_INSPECTED_BYTES).map(|_| blob),
            None => return Ok(None),
        },
    };
    Ok(Some(Stored {
        path: path.to_string(),
        text,
    }))
}

fn version(repo: &GitRepo, oid: Oid, path: &str, max: usize) -> Result<Option<Version>, GateError> {
    let Some(bytes) = repo.file_at(oid, path)? else {
        return Ok(None);
    };
    Ok(Some(Version {
        path: path.to_string(),
        text: checked(bytes, max),
    }))
}

/// A file's text, or why remit does not read it: larger than `max`, or not
/// UTF-8.
fn checked(bytes: Vec<u8>, max: usize) -> Result<String, String> {
    if bytes.len() > max {
        Err(too_large(max))
    } else {
        String::from_utf8(bytes).map_err(|e| not_utf8(e.utf8_error()))
    }
}

/// What [`checked`] says of `bytes`, without taking them.
fn check(bytes: &[u8], max: usize) -> Result<(), String> {
    if bytes.len() > max {
        Err(too_large(max))
    } else {
        std::str::from_utf8(bytes).map(|_| ()).map_err(not_utf8)
    }
}

fn too_large(max: usize) -> String {
    format!("it is larger than {} MiB", max as f64 / (1024.0 * 1024.0))
}

fn not_utf8(e: std::str::Utf8Error) -> String {
    format!("it is not valid UTF-8 (byte {})", e.valid_up_to())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checking_in_place_says_what_checking_a_copy_says() {
        let texts: [&[u8]; 6] = [
            b"",
            b"plain text\n",
            "caf\u{e9} \u{2713}".as_bytes(),
            b"bad \xff byte",
            b"cut \xe2\x9c",
            b"0123456789",
        ];
        for bytes in texts {
            for max in [0, 5, 10, 64] {
                assert_eq!(
                    check(bytes, max),
                    checked(bytes.to_vec(), max).map(|_| ()),
                    "{bytes:?} {max}"
                );
            }
        }
    }

    #[test]
    fn pipeline_kinds() {
        use PipelineKind::*;
        assert_eq!(
            pipeline_kind(".github/workflows/ci.yml"),
            Some(GithubWorkflow)
        );
        assert_eq!(
            pipeline_kind(".github/workflows/ci.yaml"),
            Some(GithubWorkflow)
        );
        assert_eq!(pipeline_kind(".github/workflows/sub/ci.yml"), None);
        assert_eq!(pipeline_kind(".github/workflows/README.md"), None);
        assert_eq!(
            pipeline_kind(".github/actions/setup/action.yml"),
            Some(Action)
        );
        assert_eq!(pipeline_kind("action.yaml"), Some(Action));
        assert_eq!(pipeline_kind(".gitlab-ci.yml"), Some(GitlabCi));
        assert_eq!(pipeline_kind(".gitlab/ci/build.yml"), Some(GitlabCi));
        assert_eq!(pipeline_kind(".gitlab/issue_templates/bug.md"), None);
        assert_eq!(pipeline_kind("src/action.rs"), None);
    }
}
