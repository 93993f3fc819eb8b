//! `remit import`: native logs → one chained remit log, through the writer.

use std::path::Path;

use tempfile::TempDir;

use crate::common::{remit, stderr, stdout};
use crate::record::chained;

fn fixture(rel: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/logs")
        .join(rel)
        .to_string_lossy()
        .into_owned()
}

const CLAUDE: &str = "claude-code/codemie-v2.0.64-4c2ddfdc-b619-4525-8d03-1950fb1b0257.jsonl";
const CODEX: &str =
    "codex/codemie-v0.125.0-rollout-2026-05-11T11-26-55-019e1625-789d-76c0-80ab-3724b5ddb799.jsonl";

#[test]
fn several_native_logs_become_one_valid_chain() {
    let dir = TempDir::new().expect("tempdir");
    let out_path = dir.path().join("audit.jsonl");
    let out = remit(
        dir.path(),
        &[
            "import",
            &fixture(CLAUDE),
            &fixture(CODEX),
            "--output",
            out_path.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("Claude Code transcript (10 events)"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("Codex rollout (54 events)"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("wrote 64 events"), "{}", stderr(&out));
    let events = chained(&out_path);
    assert_eq!(events.len(), 64);
    assert_eq!(events[10]["agent"], "codex");

    // Importing again appends and continues the chain.
    let out = remit(
        dir.path(),
        &[
            "import",
            &fixture(CLAUDE),
            "--output",
            out_path.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(chained(&out_path).len(), 74);
}

#[test]
fn stdout_gets_a_chain_and_a_remit_log_reimports() {
    let dir = TempDir::new().expect("tempdir");
    let out = remit(dir.path(), &["import", &fixture(CLAUDE)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let path = dir.path().join("a.jsonl");
    std::fs::write(&path, stdout(&out)).expect("write");
    assert_eq!(chained(&path).len(), 10);
    // A remit log is a format of its own: re-importing keeps its events.
    let again = remit(dir.path(), &["import", path.to_str().expect("utf-8")]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert_eq!(stdout(&again), stdout(&out));
}

#[test]
fn a_broken_file_stops_the_import_and_writes_nothing() {
    let dir = TempDir::new().expect("tempdir");
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(
        &bad,
        "{\"type\":\"user\",\"sessionId\":\"s\",\"message\":{\"content\":\"x\"}}\n{oops\n",
    )
    .expect("write");
    let out_path = dir.path().join("audit.jsonl");
    let out = remit(
        dir.path(),
        &[
            "import",
            &fixture(CLAUDE),
            bad.to_str().expect("utf-8"),
            "--output",
            out_path.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("bad.jsonl:2:"), "{}", stderr(&out));
    assert!(!out_path.exists());
    let missing = remit(dir.path(), &["import", "nope.jsonl"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("nope.jsonl"),
        "{}",
        stderr(&missing)
    );
}
