//! The manifest: as first introduced, changes by agents, missing manifests,
//! scope drift, sessions, and the verdict modes.

use crate::common::*;

#[test]
fn widened_manifest_in_a_later_agent_commit_is_changed_and_ignored() {
    let (dir, mut r) = repo();
    manifest(&mut r, SRC_ONLY);
    r.write(
        ".remit/task.yml",
        "version: 1\ntask: t\nscope:\n  paths: [\"**\"]\ngrants: [pipeline]\n",
    )
    .expect("w");
    r.write(".github/workflows/ci.yml", "on: push\n")
        .expect("w");
    r.commit(&format!("widen{CLAUDE}"), &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1);
    assert!(
        has(&report, "manifest-changed", "", ".remit/task.yml"),
        "{report}"
    );
    // The declared manifest stays in force, so the workflow is still blocked.
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
fn a_manifest_the_agent_wrote_first_grants_nothing() {
    let (dir, mut r) = repo();
    r.write(".remit/task.yml", SRC_ONLY).expect("w");
    r.write("src/lib.rs", "x\n").expect("w");
    r.commit(&format!("start{CLAUDE}"), &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1, "{report}");
    assert!(
        has(&report, "manifest-changed", "", ".remit/task.yml"),
        "{report}"
    );
    assert!(has(&report, "manifest-missing", "", ""), "{report}");
}

#[test]
fn a_person_may_redeclare_the_manifest() {
    let (dir, mut r) = repo();
    manifest(&mut r, SRC_ONLY);
    r.write(".remit/task.yml", "version: 1\ntask: t\nscope:\n  paths: [\"src/**\", \".github/workflows/ci.yml\"]\ngrants: [pipeline]\n").expect("w");
    r.commit("Widen the task for CI work", &human()).expect("c");
    r.write(".github/workflows/ci.yml", "on: push\n")
        .expect("w");
    r.commit(&format!("ci{CLAUDE}"), &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 0, "{report}");
}

#[test]
fn deleting_the_manifest_is_a_change() {
    let (dir, mut r) = repo();
    manifest(&mut r, SRC_ONLY);
    r.remove(".remit/task.yml").expect("rm");
    r.commit(&format!("cleanup{CLAUDE}"), &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1);
    assert!(
        has(&report, "manifest-changed", "", ".remit/task.yml"),
        "{report}"
    );
}

#[test]
fn agent_commits_without_manifest_are_missing() {
    let (dir, mut r) = repo();
    r.write("src/lib.rs", "x\n").expect("w");
    r.commit(&format!("work{CLAUDE}"), &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1);
    assert_eq!(report["findings"][0]["rule"], "manifest-missing");
    assert_eq!(
        findings(&report).len(),
        1,
        "no scope-drift without a scope: {report}"
    );
}

#[test]
fn explicit_manifest_flag_is_used() {
    let (dir, mut r) = repo();
    r.write(".github/workflows/ci.yml", "on: push\n")
        .expect("w");
    r.commit(&format!("ci{CLAUDE}"), &agent()).expect("c");
    let task = dir.path().join("task.yml");
    std::fs::write(
        &task,
        "version: 1\ntask: t\nscope:\n  paths: [\".github/workflows/**\"]\ngrants: [pipeline]\n",
    )
    .expect("w");
    let (code, report) = check_json(dir.path(), &["--manifest", task.to_str().expect("utf8")]);
    assert_eq!(code, 0, "{report}");
}

#[test]
fn scope_drift_warns_by_default_and_blocks_when_the_policy_says() {
    let (dir, mut r) = repo();
    manifest(&mut r, SRC_ONLY);
    r.write("docs/guide.md", "x\n").expect("w");
    r.commit(&format!("docs{CLAUDE}"), &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 0);
    assert_eq!(report["verdict"], "warn");
    assert!(has(&report, "scope-drift", "", "docs/guide.md"));

    let policy = dir.path().join("policy.yml");
    std::fs::write(&policy, "version: 1\nout_of_scope: block\n").expect("w");
    let (code, report) = check_json(dir.path(), &["--policy", policy.to_str().expect("utf8")]);
    assert_eq!(code, 1, "{report}");

    std::fs::write(&policy, "version: 1\nout_of_scope: ignore\n").expect("w");
    let (code, report) = check_json(dir.path(), &["--policy", policy.to_str().expect("utf8")]);
    assert_eq!(code, 0);
    assert!(findings(&report).is_empty(), "{report}");
}

#[test]
fn scope_exclude_wins_over_paths() {
    let (dir, mut r) = repo();
    manifest(
        &mut r,
        "version: 1\ntask: t\nscope:\n  paths: [\"src/**\"]\n  exclude: [\"src/generated/**\"]\n",
    );
    r.write("src/generated/api.rs", "x\n").expect("w");
    r.commit(&format!("gen{CLAUDE}"), &agent()).expect("c");
    let (_, report) = check_json(dir.path(), &[]);
    assert!(
        has(&report, "scope-drift", "", "src/generated/api.rs"),
        "{report}"
    );
}

#[test]
fn session_logs_under_remit_are_not_drift() {
    let (dir, mut r) = repo();
    manifest(&mut r, SRC_ONLY);
    let mut log = LogBuilder::new("abc");
    log.push(remit::test_api::EventKind::SessionStart, |_| {});
    r.write(".remit/sessions/abc.jsonl", log.text()).expect("w");
    r.commit(&format!("log{CLAUDE}"), &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 0, "{report}");
    assert!(findings(&report).is_empty());
}

#[test]
fn manifests_bind_to_sessions() {
    let (dir, mut r) = repo();
    r.write(
        ".remit/tasks/a.yml",
        "version: 1\ntask: a\nsessions: [\"s-a\"]\nscope:\n  paths: [\"src/a/**\"]\n",
    )
    .expect("w");
    r.write(
        ".remit/tasks/b.yml",
        "version: 1\ntask: b\nsessions: [\"s-b\"]\nscope:\n  paths: [\"src/b/**\"]\n",
    )
    .expect("w");
    r.commit("tasks", &human()).expect("c");
    r.write("src/a/x.rs", "x\n").expect("w");
    r.commit("a\n\nRemit-Session: s-a\n", &agent()).expect("c");
    r.write("src/a/y.rs", "x\n").expect("w");
    r.commit("b strays into a\n\nRemit-Session: s-b\n", &agent())
        .expect("c");
    r.write("src/c.rs", "x\n").expect("w");
    r.commit("unknown session\n\nRemit-Session: s-z\n", &agent())
        .expect("c");
    let (_, report) = check_json(dir.path(), &[]);
    let found = findings(&report);
    assert!(has(&report, "scope-drift", "", "src/a/y.rs"), "{report}");
    assert!(!found.iter().any(|(_, _, p)| p == "src/a/x.rs"), "{report}");
    assert!(
        found.iter().any(|(r, _, _)| r == "manifest-missing"),
        "{report}"
    );
}

#[test]
fn report_mode_never_fails() {
    let (dir, mut r) = repo();
    manifest(&mut r, SRC_ONLY);
    r.write(".github/workflows/ci.yml", "on: push\n")
        .expect("w");
    r.commit(&format!("ci{CLAUDE}"), &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &["--mode", "report"]);
    assert_eq!(code, 0);
    assert_eq!(report["verdict"], "warn");
    assert_eq!(report["mode"], "report");
    assert_eq!(report["findings"][0]["action"], "block");
}

#[test]
fn unknown_grant_category_is_a_config_error_with_its_line() {
    let (dir, mut r) = repo();
    manifest(
        &mut r,
        "version: 1\ntask: t\nscope:\n  paths: [\"src/**\"]\ngrants: [pipelines]\n",
    );
    r.write("src/a.rs", "x\n").expect("w");
    r.commit(&format!("a{CLAUDE}"), &agent()).expect("c");
    let out = remit(dir.path(), &["check", "--base", "main"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains(":5:10: `grants` names unknown category `pipelines`"),
        "{err}"
    );
    // The line is quoted with a caret under the unknown name.
    let quoted = err
        .lines()
        .position(|l| l.ends_with("grants: [pipelines]"))
        .unwrap_or_else(|| panic!("no quoted line: {err}"));
    let caret = err.lines().nth(quoted + 1).unwrap_or_default();
    let column = |l: &str, pat: &str| l.find(pat).unwrap_or(usize::MAX);
    assert_eq!(
        column(caret, "^^^^^^^^^"),
        column(err.lines().nth(quoted).unwrap_or_default(), "pipelines"),
        "{err}"
    );
}

#[test]
fn unused_grants_and_scope_entries_are_noticed() {
    let (dir, mut r) = repo();
    manifest(
        &mut r,
        "version: 1\ntask: t\nscope:\n  paths: [\"src/**\", \"lib/**\"]\ngrants: [auth]\n",
    );
    r.write("src/a.rs", "x\n").expect("w");
    r.commit(&format!("a{CLAUDE}"), &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 0);
    let notices = report["notices"].to_string();
    assert!(notices.contains("`lib/**`"), "{notices}");
    assert!(notices.contains("grant `auth`"), "{notices}");
    assert!(!notices.contains("`src/**`"), "{notices}");
}

#[test]
fn a_manifest_added_after_the_work_began_is_a_change() {
    let (dir, mut r) = repo();
    manifest(&mut r, SRC_ONLY);
    r.write("src/a.rs", "x\n").expect("w");
    r.commit(&format!("a{CLAUDE}"), &agent()).expect("c");
    r.write(
        ".remit/tasks/more.yml",
        "version: 1\ntask: t\nscope:\n  paths: [\"**\"]\ngrants: [pipeline]\n",
    )
    .expect("w");
    r.write(".github/workflows/ci.yml", "on: push\n")
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
}

#[test]
fn a_session_manifest_a_person_adds_later_governs_its_session() {
    let (dir, mut r) = repo();
    manifest(
        &mut r,
        "version: 1\ntask: a\nsessions: [\"s-a\"]\nscope:\n  paths: [\"src/**\"]\n",
    );
    r.write("src/a.rs", "x\n").expect("w");
    r.commit("a\n\nRemit-Session: s-a\n", &agent()).expect("c");
    r.write(
        ".remit/tasks/b.yml",
        "version: 1\ntask: b\nsessions: [\"s-b\"]\nscope:\n  paths: [\"docs/**\"]\n",
    )
    .expect("w");
    r.commit("Declare task b", &human()).expect("c");
    r.write("docs/b.md", "x\n").expect("w");
    r.commit("b\n\nRemit-Session: s-b\n", &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 0, "{report}");
    assert!(findings(&report).is_empty(), "{report}");
}

#[test]
fn a_session_manifest_the_agent_adds_grants_nothing() {
    let (dir, mut r) = repo();
    manifest(
        &mut r,
        "version: 1\ntask: a\nsessions: [\"s-a\"]\nscope:\n  paths: [\"src/**\"]\n",
    );
    r.write(
        ".remit/tasks/b.yml",
        "version: 1\ntask: b\nsessions: [\"s-b\"]\nscope:\n  paths: [\"docs/**\"]\n",
    )
    .expect("w");
    r.write("docs/b.md", "x\n").expect("w");
    r.commit("b\n\nRemit-Session: s-b\n", &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1, "{report}");
    assert!(
        has(&report, "manifest-changed", "", ".remit/tasks/b.yml"),
        "{report}"
    );
    assert!(has(&report, "manifest-missing", "", ""), "{report}");
}
