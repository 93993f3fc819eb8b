//! Trust boundaries: what an agent writes never decides its own verdict.
//! Manifests an agent wrote grant nothing, `.remit/` holds only the gate's
//! inputs, and the session log binds the commits it recorded.

use remit::test_api::EventKind;

use crate::common::*;

const ALL_GRANTS: &str = "version: 1\ntask: anything\nscope:\n  paths: [\"**\"]\ngrants: [pipeline, review-gate, auth, agent-config]\n";

fn sha256(text: &str) -> String {
    remit::test_api::sha256_hex(text.as_bytes())
}

#[test]
fn an_agent_manifest_beside_the_persons_widens_nothing() {
    let (dir, mut r) = repo();
    manifest(&mut r, SRC_ONLY);
    r.write(".remit/tasks/more.yml", ALL_GRANTS).expect("w");
    r.write(".github/workflows/ci.yml", "on: push\n")
        .expect("w");
    r.write("CLAUDE.md", "be bold\n").expect("w");
    r.write("src/auth/login.py", "def login(): pass\n")
        .expect("w");
    r.commit(&format!("more{CLAUDE}"), &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1, "{report}");
    assert!(
        has(&report, "manifest-changed", "", ".remit/tasks/more.yml"),
        "{report}"
    );
    assert!(
        has(
            &report,
            "protected-path",
            "pipeline",
            ".github/workflows/ci.yml"
        ),
        "{report}"
    );
    assert!(
        has(&report, "protected-path", "agent-config", "CLAUDE.md"),
        "{report}"
    );
    assert!(
        has(&report, "protected-path", "auth", "src/auth/login.py"),
        "{report}"
    );
}

#[test]
fn an_agent_manifest_with_none_on_base_grants_nothing() {
    let (dir, mut r) = repo();
    r.write(
        ".remit/task.yml",
        "version: 1\ntask: ci\nscope:\n  paths: [\".github/**\"]\ngrants: [pipeline]\n",
    )
    .expect("w");
    r.write(".github/workflows/ci.yml", "on: push\n")
        .expect("w");
    r.commit(&format!("ci{CLAUDE}"), &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1, "{report}");
    assert!(
        has(&report, "manifest-changed", "", ".remit/task.yml"),
        "{report}"
    );
    assert!(
        has(
            &report,
            "protected-path",
            "pipeline",
            ".github/workflows/ci.yml"
        ),
        "{report}"
    );
    let changed = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["rule"] == "manifest-changed")
        .expect("manifest-changed");
    assert!(
        changed["message"].as_str().unwrap_or("").contains("added"),
        "{changed}"
    );
}

#[test]
fn a_manifest_its_session_pinned_before_acting_governs_when_the_agent_commits_it() {
    let (dir, mut r) = repo();
    let task = "version: 1\ntask: ci\nsessions: [\"s1\"]\nscope:\n  paths: [\".github/**\", \".remit/**\"]\ngrants: [pipeline]\n";
    let mut log = LogBuilder::new("s1");
    log.push(EventKind::SessionStart, |e| {
        e.manifest_sha256 = Some(sha256(task))
    })
    .write(".github/workflows/ci.yml");
    r.write(".remit/tasks/ci.yml", task).expect("w");
    r.write(".remit/sessions/s1.jsonl", log.text()).expect("w");
    r.write(
        ".github/workflows/ci.yml",
        "on: push\npermissions: {}\njobs: {}\n",
    )
    .expect("w");
    r.commit("ci\n\nRemit-Session: s1\n", &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 0, "{report}");
    let sources = report.to_string();
    assert!(sources.contains("pinned by session `s1`"), "{report}");

    // The same manifest with a pin recorded after the agent acted: no trust.
    let (dir, mut r) = repo();
    let mut log = LogBuilder::new("s1");
    log.write(".github/workflows/ci.yml")
        .push(EventKind::SessionStart, |e| {
            e.manifest_sha256 = Some(sha256(task))
        });
    r.write(".remit/tasks/ci.yml", task).expect("w");
    r.write(".remit/sessions/s1.jsonl", log.text()).expect("w");
    r.write(
        ".github/workflows/ci.yml",
        "on: push\npermissions: {}\njobs: {}\n",
    )
    .expect("w");
    r.commit("ci\n\nRemit-Session: s1\n", &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1, "{report}");
    assert!(
        has(&report, "manifest-changed", "", ".remit/tasks/ci.yml"),
        "{report}"
    );

    // A pin of other bytes proves nothing about these.
    let (dir, mut r) = repo();
    let mut log = LogBuilder::new("s1");
    log.push(EventKind::SessionStart, |e| {
        e.manifest_sha256 = Some(sha256("other"))
    });
    r.write(".remit/tasks/ci.yml", task).expect("w");
    r.write(".remit/sessions/s1.jsonl", log.text()).expect("w");
    r.commit("ci\n\nRemit-Session: s1\n", &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1, "{report}");
    assert!(
        has(&report, "manifest-changed", "", ".remit/tasks/ci.yml"),
        "{report}"
    );
}

#[test]
fn a_bound_manifest_is_not_widened_by_an_unbound_one() {
    let (dir, mut r) = repo();
    r.write(".remit/task.yml", ALL_GRANTS).expect("w");
    r.write(
        ".remit/tasks/s1.yml",
        "version: 1\ntask: docs\nsessions: [\"s1\"]\nscope:\n  paths: [\"docs/**\"]\n",
    )
    .expect("w");
    r.commit("Declare tasks", &human()).expect("c");
    r.write(".github/workflows/ci.yml", "on: push\n")
        .expect("w");
    r.commit("ci\n\nRemit-Session: s1\n", &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1, "{report}");
    assert!(
        has(
            &report,
            "protected-path",
            "pipeline",
            ".github/workflows/ci.yml"
        ),
        "{report}"
    );
}

#[test]
fn anything_but_manifests_and_logs_under_remit_is_a_review_gate_change() {
    let (dir, mut r) = repo();
    let task = "version: 1\ntask: t\nscope:\n  paths: [\"src/**\"]\n";
    manifest(&mut r, task);
    r.symlink(".remit/sessions", "/tmp").expect("w");
    r.write_executable(".remit/hook.sh", "#!/bin/sh\n")
        .expect("w");
    r.write(".remit/notes.txt", "x\n").expect("w");
    r.commit(&format!("plant{CLAUDE}"), &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1, "{report}");
    for path in [".remit/sessions", ".remit/hook.sh", ".remit/notes.txt"] {
        assert!(
            has(&report, "protected-path", "review-gate", path),
            "{path}: {report}"
        );
    }

    // A symlinked session log is not a log.
    let (dir, mut r) = repo();
    manifest(&mut r, task);
    r.symlink(".remit/sessions/s1.jsonl", "/etc/passwd")
        .expect("w");
    r.commit(&format!("link{CLAUDE}"), &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1, "{report}");
    assert!(
        has(
            &report,
            "protected-path",
            "review-gate",
            ".remit/sessions/s1.jsonl"
        ),
        "{report}"
    );
}

#[test]
fn a_commit_the_log_recorded_is_the_agents_trailer_or_not() {
    let (dir, mut r) = repo();
    manifest(&mut r, SRC_ONLY);
    r.write(".github/workflows/ci.yml", "on: push\n")
        .expect("w");
    let work = r.commit("Tidy CI", &human()).expect("c");
    let mut log = LogBuilder::new("s9");
    log.push(EventKind::SessionStart, |_| {})
        .write(".github/workflows/ci.yml")
        .push(EventKind::Commit, |e| e.sha = Some(work.to_string()));
    r.write(".remit/sessions/s9.jsonl", log.text()).expect("w");
    r.commit("Add the session log", &human()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1, "{report}");
    assert!(
        has(
            &report,
            "protected-path",
            "pipeline",
            ".github/workflows/ci.yml"
        ),
        "{report}"
    );
    let commit = report["commits"]
        .as_array()
        .expect("commits")
        .iter()
        .find(|c| c["sha"] == work.to_string())
        .expect("commit listed");
    assert_eq!(commit["agent"], "claude-code", "{commit}");
    assert_eq!(commit["session"], "s9", "{commit}");
}

#[test]
fn a_commit_that_grows_one_sessions_log_belongs_to_that_session() {
    let (dir, mut r) = repo();
    manifest(
        &mut r,
        "version: 1\ntask: a\nsessions: [\"s-a\"]\nscope:\n  paths: [\"src/**\", \".remit/**\"]\n",
    );
    let mut log = LogBuilder::new("s-a");
    log.push(EventKind::SessionStart, |_| {}).write("src/a.rs");
    r.write(".remit/sessions/s-a.jsonl", log.text()).expect("w");
    r.write("src/a.rs", "x\n").expect("w");
    r.commit(&format!("a{CLAUDE}"), &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 0, "{report}");
    assert!(findings(&report).is_empty(), "{report}");
}

#[test]
fn the_one_manifest_in_force_governs_a_commit_that_names_no_session() {
    let (dir, mut r) = repo();
    manifest(
        &mut r,
        "version: 1\ntask: a\nsessions: [\"s-a\"]\nscope:\n  paths: [\"src/**\"]\n",
    );
    r.write(".github/workflows/ci.yml", "on: push\n")
        .expect("w");
    r.commit(&format!("a{CLAUDE}"), &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1, "{report}");
    assert!(!has(&report, "manifest-missing", "", ""), "{report}");
    assert!(
        has(
            &report,
            "protected-path",
            "pipeline",
            ".github/workflows/ci.yml"
        ),
        "{report}"
    );
}
