//! Declaring tasks in practice: `remit task`, manifests bound to branches,
//! and a stale scope on base made visible.

use crate::common::*;

#[test]
fn task_new_declares_a_bound_trusted_manifest_and_done_retires_it() {
    let (dir, mut r) = repo();
    git(dir.path(), &["config", "user.name", "Pat Person"]);
    git(dir.path(), &["config", "user.email", "pat@example.com"]);
    git(dir.path(), &["checkout", "-q", "-b", "fix-login"]);
    let out = remit(
        dir.path(),
        &[
            "task",
            "new",
            "Fix the login test",
            "--scope",
            "tests/auth/**",
            "--grant",
            "auth",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = std::fs::read_to_string(dir.path().join(".remit/tasks/fix-the-login-test.yml"))
        .expect("manifest written");
    assert!(text.contains("branches: [\"fix-login\"]"), "{text}");
    assert!(text.contains("grants: [\"auth\"]"), "{text}");
    let author = git(dir.path(), &["log", "-1", "--format=%an"]);
    assert_eq!(author, "Pat Person");
    // The agent works inside the task: it passes.
    r.write("tests/auth/test_login.py", "def test(): pass\n")
        .expect("w");
    r.commit(&format!("fix{CLAUDE}"), &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 0, "{report}");
    let listed = stdout(&remit(dir.path(), &["task", "list"]));
    assert!(
        listed.contains("fix-the-login-test\tFix the login test\tbranch fix-login"),
        "{listed}"
    );
    let out = remit(dir.path(), &["task", "done", "fix-the-login-test"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!dir
        .path()
        .join(".remit/tasks/fix-the-login-test.yml")
        .exists());
    // A bad glob fails before anything is written.
    let out = remit(dir.path(), &["task", "new", "Broken", "--scope", "src/[a"]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(!dir.path().join(".remit/tasks/broken.yml").exists());
}

#[test]
fn two_tasks_on_two_branches_are_each_judged_by_their_own() {
    let (dir, mut r) = repo();
    r.switch("main").expect("main");
    r.write(
        ".remit/tasks/a.yml",
        "version: 1\ntask: a\nbranches: [\"task-a\"]\nscope:\n  paths: [\"src/a/**\"]\n",
    )
    .expect("w");
    r.write(
        ".remit/tasks/b.yml",
        "version: 1\ntask: b\nbranches: [\"task-b\"]\nscope:\n  paths: [\"docs/**\"]\n",
    )
    .expect("w");
    r.commit("Declare tasks a and b", &human()).expect("c");
    r.branch("task-a").expect("b");
    r.write("src/a/x.rs", "x\n").expect("w");
    r.write("docs/x.md", "x\n").expect("w");
    r.commit(&format!("a{CLAUDE}"), &agent()).expect("c");
    let (_, report) = check_json(dir.path(), &[]);
    assert!(has(&report, "scope-drift", "", "docs/x.md"), "{report}");
    assert!(!has(&report, "scope-drift", "", "src/a/x.rs"), "{report}");
    r.switch("main").expect("main");
    r.branch("task-b").expect("b");
    r.write("src/a/y.rs", "x\n").expect("w");
    r.write("docs/y.md", "x\n").expect("w");
    r.commit(&format!("b{CLAUDE}"), &agent()).expect("c");
    let (_, report) = check_json(dir.path(), &[]);
    assert!(has(&report, "scope-drift", "", "src/a/y.rs"), "{report}");
    assert!(!has(&report, "scope-drift", "", "docs/y.md"), "{report}");
    // On a branch no task names, neither governs.
    let (code, report) = check_json(dir.path(), &["--head", "main"]);
    let _ = (code, report);
    r.switch("main").expect("main");
    r.branch("other").expect("b");
    r.write("src/z.rs", "x\n").expect("w");
    r.commit(&format!("z{CLAUDE}"), &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1, "{report}");
    assert!(has(&report, "manifest-missing", "", ""), "{report}");
}

#[test]
fn a_stale_unbound_manifest_on_base_is_named_in_the_report() {
    let (dir, mut r) = repo();
    r.switch("main").expect("main");
    r.write(
        ".remit/task.yml",
        "version: 1\ntask: \"Old task: fix the parser\"\nscope:\n  paths: [\"**\"]\n",
    )
    .expect("w");
    r.commit("Declare the parser task", &human()).expect("c");
    r.branch("next").expect("b");
    r.write("src/new.rs", "x\n").expect("w");
    r.commit(&format!("new work{CLAUDE}"), &agent()).expect("c");
    let (_, report) = check_json(dir.path(), &[]);
    let notices = report["notices"].to_string();
    assert!(notices.contains("Old task: fix the parser"), "{report}");
    assert!(notices.contains("declared in"), "{report}");
    assert!(notices.contains("remit task done"), "{report}");
    let text = stdout(&remit(dir.path(), &["check", "--base", "main"]));
    let first: Vec<&str> = text.lines().take(12).collect();
    assert!(
        first.iter().any(|l| l.contains("Old task: fix the parser")),
        "not in the first lines:\n{text}"
    );
}
