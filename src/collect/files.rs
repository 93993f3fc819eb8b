//! The gate's inputs that live in files: the policy (from the base tree),
//! task manifests (as first introduced), and IaC contents to inspect.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use git2::Oid;

use crate::collect::git::{ChangeKind, Commit, FileKind, GitRepo};
use crate::collect::log_facts::Pin;
use crate::error::GateError;
use crate::model::manifest::{self, Manifest};
use crate::model::policy::{Policy, POLICY_PATHS};
use crate::normalize::attribution::Attribution;
use crate::normalize::iac;

pub(crate) fn short(oid: Oid) -> String {
    oid.to_string()[..12].to_string()
}

fn utf8(bytes: Vec<u8>, what: &str) -> Result<String, GateError> {
    // Editors on Windows often save a byte-order mark: it is not content.
    let bytes = match bytes.strip_prefix("\u{feff}".as_bytes()) {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    String::from_utf8(bytes).map_err(|e| {
        GateError::input(
            format!(
                "{what} is not valid UTF-8 (byte {})",
                e.utf8_error().valid_up_to()
            ),
            "save it as UTF-8 text",
        )
    })
}

fn read_file(path: &Path, what: &str) -> Result<String, GateError> {
    let bytes = std::fs::read(path).map_err(|e| {
        GateError::input(
            format!("cannot read {what} {}: {e}", path.display()),
            "check the path you passed",
        )
    })?;
    utf8(bytes, &path.display().to_string())
}

/// The policy that judges the range: `--policy FILE` if given, else the
/// policy file as it is in the base tree, else the built-in default.
pub(crate) fn policy(
    repo: &GitRepo,
    base: Oid,
    explicit: Option<&Path>,
) -> Result<Policy, GateError> {
    if let Some(path) = explicit {
        let text = read_file(path, "policy")?;
        return Policy::parse(&text, &path.display().to_string());
    }
    for path in POLICY_PATHS {
        if let Some(bytes) = repo.file_at(base, path)? {
            let source = format!("{path}@{}", short(base));
            return Policy::parse(&utf8(bytes, &source)?, &source);
        }
    }
    Policy::builtin()
}

/// An agent commit that changed a manifest after it was declared.
#[derive(Debug, Clone)]
pub(crate) struct ManifestChange {
    pub(crate) commit: String,
    pub(crate) path: String,
    pub(crate) kind: ChangeKind,
    /// Where the version that stays in force was declared.
    pub(crate) declared: String,
}

#[derive(Debug, Default)]
pub(crate) struct Manifests {
    /// The manifests in force, as first introduced (or as on base).
    pub(crate) declared: Vec<Manifest>,
    pub(crate) changes: Vec<ManifestChange>,
}

/// Task manifests in force, and the agent changes to them that grant nothing.
///
/// A manifest governs only when a person declared it: it is on base, a
/// person's commit introduced or changed it, or a session pinned its exact
/// bytes (`manifest_sha256` at `session_start`, before the agent's first
/// action) and an agent commit merely committed it. Any other agent change —
/// adding a manifest, editing or deleting one — is recorded (a
/// `manifest-changed` finding) and ignored: an agent cannot declare or widen
/// its own task.
pub(crate) fn manifests(
    repo: &GitRepo,
    base: Oid,
    commits: &[Commit],
    attribution: &[Option<Attribution>],
    explicit: &[PathBuf],
    pins: &[Pin],
) -> Result<Manifests, GateError> {
    let mut paths: BTreeSet<String> = BTreeSet::new();
    for dir in [manifest::MANIFEST_DIR, ".remit/tasks"] {
        paths.extend(
            repo.list_dir(base, dir)?
                .into_iter()
                .filter(|p| manifest::is_manifest_path(p)),
        );
    }
    for commit in commits {
        for change in &commit.changes {
            paths.extend(
                change
                    .paths()
                    .filter(|p| manifest::is_manifest_path(p))
                    .map(str::to_string),
            );
        }
    }

    let mut out = Manifests::default();
    for path in paths {
        let mut declared: Option<(Vec<u8>, String)> = repo
            .file_at(base, &path)?
            .map(|bytes| (bytes, format!("{path}@{}", short(base))));
        for (commit, who) in commits.iter().zip(attribution) {
            for change in commit
                .changes
                .iter()
                .filter(|c| c.paths().any(|p| p == path))
            {
                let now = change
                    .new
                    .as_ref()
                    .filter(|s| s.path == path && s.kind == FileKind::Regular);
                let now = match now {
                    Some(side) => Some(repo.blob(side.oid)?),
                    None => None,
                };
                match (who, &declared) {
                    (None, _) => {
                        declared = now.map(|b| (b, format!("{path}@{}", short(commit.oid))));
                    }
                    // The agent committed the very bytes its session pinned
                    // before it acted: the person's declaration, committed.
                    (Some(_), None) if now.as_deref().and_then(|b| pinned(b, pins)).is_some() => {
                        let pin = now.as_deref().and_then(|b| pinned(b, pins)).cloned();
                        if let (Some(bytes), Some(pin)) = (now, pin) {
                            declared = Some((
                                bytes,
                                format!(
                                    "{path}@{} (pinned by session `{}` in {})",
                                    short(commit.oid),
                                    pin.session,
                                    pin.log
                                ),
                            ));
                        }
                    }
                    (Some(_), None) => out.changes.push(ManifestChange {
                        commit: commit.sha.clone(),
                        path: path.clone(),
                        kind: change.kind,
                        declared: "none: a manifest an agent commit wrote grants nothing (no session pinned it before acting)".to_string(),
                    }),
                    (Some(_), Some((_, at))) => out.changes.push(ManifestChange {
                        commit: commit.sha.clone(),
                        path: path.clone(),
                        kind: change.kind,
                        declared: at.clone(),
                    }),
                }
            }
        }
        if explicit.is_empty() {
            if let Some((bytes, source)) = declared {
                let text = utf8(bytes, &source)?;
                out.declared
                    .push(Manifest::parse(&text, &source, Some(path.clone()))?);
            }
        }
    }
    for path in explicit {
        let text = read_file(path, "manifest")?;
        out.declared
            .push(Manifest::parse(&text, &path.display().to_string(), None)?);
    }
    Ok(out)
}

/// The pin, if a session recorded these exact bytes as its manifest, and
/// the manifest binds no sessions or binds the pinning one.
fn pinned<'p>(bytes: &[u8], pins: &'p [Pin]) -> Option<&'p Pin> {
    let sha = crate::hash::sha256_hex(bytes);
    let pin = pins.iter().find(|p| p.manifest_sha256 == sha)?;
    let text = std::str::from_utf8(bytes).ok()?;
    let m = Manifest::parse(text, "pinned manifest", None).ok()?;
    m.governs(Some(&pin.session)).then_some(pin)
}

/// The first line of a Git LFS pointer file.
const LFS_POINTER: &str = "version https://git-lfs.github.com/spec/v1";

/// Text of a blob to inspect; `None` when it cannot be read as text — too
/// large, an LFS pointer, or not text — so the rules fail closed.
pub(crate) type Contents = HashMap<Oid, Option<String>>;

/// Reads the old and new content of every IaC file that agent commits changed.
pub(crate) fn iac_contents(
    repo: &GitRepo,
    commits: &[Commit],
    attribution: &[Option<Attribution>],
) -> Result<Contents, GateError> {
    let mut out = Contents::new();
    for (commit, who) in commits.iter().zip(attribution) {
        if who.is_none() {
            continue;
        }
        for change in &commit.changes {
            for side in change.old.iter().chain(change.new.iter()) {
                let regular = matches!(side.kind, FileKind::Regular | FileKind::Executable);
                if !regular || !iac::inspects(&side.path) || out.contains_key(&side.oid) {
                    continue;
                }
                // Content the gate cannot read is not content that passes:
                // too large, a Git LFS pointer (the real file is elsewhere),
                // or bytes that are not text (an encrypting `.gitattributes`
                // filter such as git-crypt) are all `None`, judged as such.
                let text = if repo.blob_size(side.oid)? > iac::MAX_INSPECTED_BYTES {
                    None
                } else {
                    let bytes = repo.blob(side.oid)?;
                    match String::from_utf8(bytes) {
                        Ok(t) if t.starts_with(LFS_POINTER) => None,
                        Ok(t) => Some(t),
                        Err(_) => None,
                    }
                };
                out.insert(side.oid, text);
            }
        }
    }
    Ok(out)
}
