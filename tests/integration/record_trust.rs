//! The recorder writes only where it should: never through a link, one file
//! per session id, and never a line the gate would refuse.

use std::path::Path;

use serde_json::json;

use crate::common::{repo, stderr};
use crate::record::{chained, claude, record, send};

fn bash(dir: &Path, session: &str) -> serde_json::Value {
    claude(
        dir,
        session,
        "PostToolUse",
        json!({"tool_name": "Bash", "tool_input": {"command": "ls"}, "tool_response": {"stdout": ""}}),
    )
}

#[cfg(unix)]
#[test]
fn a_symlink_anywhere_on_the_log_path_is_refused_not_followed() {
    use std::os::unix::fs::symlink;
    for link_at in [".remit", ".remit/sessions", ".remit/sessions/s1.jsonl"] {
        let (dir, _r) = repo();
        let outside = tempfile::TempDir::new().expect("tempdir");
        let target = outside.path().join("target");
        std::fs::create_dir_all(dir.path().join(".remit/sessions")).expect("mkdir");
        let link = dir.path().join(link_at);
        if link.is_dir() {
            std::fs::remove_dir_all(&link).expect("rm");
        }
        if link_at.ends_with(".jsonl") {
            std::fs::write(&target, "").expect("target file");
        } else {
            std::fs::create_dir_all(&target).expect("target dir");
        }
        symlink(&target, &link).expect("symlink");
        let payload = bash(dir.path(), "s1").to_string();
        let out = record(dir.path(), &["--agent", "claude-code"], payload.as_bytes());
        assert_eq!(out.status.code(), Some(0), "{link_at}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("symlink"),
            "{link_at}: {}",
            stderr(&out)
        );
        let written: Vec<_> = walk(outside.path());
        let grown = written
            .iter()
            .any(|p| p.is_file() && std::fs::metadata(p).map(|m| m.len()).unwrap_or(0) > 0);
        assert!(
            !grown,
            "{link_at}: wrote outside the repository: {written:?}"
        );
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        }
        out.push(p);
    }
    out
}

#[test]
fn session_ids_that_sanitise_alike_get_their_own_logs() {
    let (dir, _r) = repo();
    let ids = ["a/b", "a_b", ".", "..", &"x".repeat(140), &"x".repeat(150)];
    for id in ids {
        let out = send(dir.path(), "claude-code", &bash(dir.path(), id));
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let logs: Vec<_> = std::fs::read_dir(dir.path().join(".remit/sessions"))
        .expect("sessions")
        .flatten()
        .map(|e| e.path())
        .collect();
    assert_eq!(logs.len(), ids.len(), "{logs:?}");
    for log in &logs {
        let events = chained(log);
        let sessions: std::collections::BTreeSet<_> = events
            .iter()
            .map(|e| e["session"].as_str().unwrap_or("").to_string())
            .collect();
        assert_eq!(sessions.len(), 1, "{log:?} mixes sessions: {sessions:?}");
    }
    assert!(dir.path().join(".remit/sessions/a_b.jsonl").is_file());
}
