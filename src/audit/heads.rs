//! Chain heads kept outside the workspace. The hash chain alone proves a
//! log was not edited *after* a head was known; an agent that can write its
//! own log can also write a fresh, well-chained forgery. So after every
//! append the recorder also notes `<seq> <line hash>` in a file under the
//! user's state folder (`REMIT_STATE_DIR`, else `$XDG_STATE_HOME/remit`,
//! else `~/.local/state/remit`) — outside the repository, where a sandboxed
//! agent cannot write and `--enforce` denies its tools. The gate, run on the
//! same machine (`remit check`, `remit pre-push`), compares every committed
//! log line at a noted seq with the noted hash: a rewritten or forged log
//! is `log-tampered`. See docs/audit-log-trust.md.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::hash::sha256_hex;

/// The state folder, when the environment names one.
pub(crate) fn state_dir() -> Option<PathBuf> {
    let from = |key: &str| {
        std::env::var_os(key)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    from("REMIT_STATE_DIR")
        .or_else(|| from("XDG_STATE_HOME").map(|d| d.join("remit")))
        .or_else(|| from("HOME").map(|h| h.join(".local/state/remit")))
}

/// Where the heads of the logs of the repository at `root` are kept.
pub(crate) fn repo_heads_dir(state: &Path, root: &Path) -> PathBuf {
    let real = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let key = sha256_hex(real.to_string_lossy().as_bytes());
    state.join("heads").join(&key[..24])
}

/// The heads file of the log file named `log_name` (`<session>.jsonl`).
pub(crate) fn heads_file(dir: &Path, log_name: &str) -> PathBuf {
    dir.join(format!("{}.heads", log_name.trim_end_matches(".jsonl")))
}

/// Notes the log's current last line (seq and hash). Best effort: the
/// recorder must not break the agent, so a failure is returned for stderr.
pub(crate) fn remember(root: &Path, log: &Path, seq: u64, head: &str) -> std::io::Result<()> {
    let Some(state) = state_dir() else {
        return Ok(());
    };
    let Some(name) = log.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return Ok(());
    };
    let dir = repo_heads_dir(&state, root);
    std::fs::create_dir_all(&dir)?;
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(heads_file(&dir, &name))?;
    file.write_all(format!("{seq} {head}\n").as_bytes())
}

/// The heads noted for the log `log_name` of the repository at `root`:
/// seq → line hash, and the file they came from. `None` when none were kept.
pub(crate) fn noted(root: &Path, log_name: &str) -> Option<(BTreeMap<u64, String>, PathBuf)> {
    let state = state_dir()?;
    let path = heads_file(&repo_heads_dir(&state, root), log_name);
    let text = std::fs::read_to_string(&path).ok()?;
    let heads = text
        .lines()
        .filter_map(|l| {
            let (seq, hash) = l.split_once(' ')?;
            Some((seq.parse().ok()?, hash.trim().to_string()))
        })
        .collect();
    Some((heads, path))
}
