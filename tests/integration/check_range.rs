//! The range: revisions of any kind, the default base, merge commits, the
//! policy read from the base, shallow clones.

use std::process::Command;

use crate::common::*;

#[test]
fn policy_is_read_from_the_base_not_the_head() {
    let (dir, mut r) = repo();
    manifest(&mut r, SRC_ONLY);
    r.write(
        ".github/remit.yml",
        "version: 1\nmode: report\ncategories:\n  pipeline:\n    on_violation: warn\n",
    )
    .expect("w");
    r.write(".github/workflows/ci.yml", "on: push\n")
        .expect("w");
    r.commit(&format!("loosen the gate{CLAUDE}"), &agent())
        .expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1, "{report}");
    assert_eq!(report["mode"], "enforce");
    assert!(has(
        &report,
        "protected-path",
        "review-gate",
        ".github/remit.yml"
    ));
    assert!(has(
        &report,
        "protected-path",
        "pipeline",
        ".github/workflows/ci.yml"
    ));
    assert_eq!(report["policy"], "built-in default policy");
}

#[test]
fn tag_ranges_gate_a_release() {
    let (dir, mut r) = repo();
    r.switch("main").expect("main");
    r.tag("v1.4.0").expect("tag");
    r.write(".remit/task.yml", SRC_ONLY).expect("w");
    r.commit("task", &human()).expect("c");
    r.write("Jenkinsfile", "pipeline {}\n").expect("w");
    r.commit(&format!("ci{CLAUDE}"), &agent()).expect("c");
    let out = remit(
        dir.path(),
        &[
            "check", "--base", "v1.4.0", "--head", "HEAD", "--format", "json",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert!(has(&report, "protected-path", "pipeline", "Jenkinsfile"));
    assert_eq!(report["commits"].as_array().map(Vec::len), Some(2));
}

#[test]
fn default_base_is_the_merge_base_with_main() {
    let (dir, mut r) = repo();
    manifest(&mut r, SRC_ONLY);
    r.write("CLAUDE.md", "be bold\n").expect("w");
    r.commit(&format!("steer{CLAUDE}"), &agent()).expect("c");
    // main moves on after the branch point; its commits are not in the range.
    r.switch("main").expect("main");
    r.write(".github/workflows/ci.yml", "on: push\n")
        .expect("w");
    r.commit(&format!("main work{CLAUDE}"), &agent())
        .expect("c");
    r.switch("work").expect("work");
    let out = remit(dir.path(), &["check", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(
        findings(&report),
        vec![(
            "protected-path".into(),
            "agent-config".into(),
            "CLAUDE.md".into()
        )]
    );
}

/// main gains a human workflow change after the branch point; the agent
/// merges main into its branch.
fn merged_main(
    adjust: impl FnOnce(&mut RepoBuilder) -> anyhow::Result<()>,
) -> (i32, serde_json::Value) {
    let (dir, mut r) = repo();
    manifest(&mut r, SRC_ONLY);
    r.write("src/lib.rs", "x\n").expect("w");
    r.commit(&format!("work{CLAUDE}"), &agent()).expect("c");
    r.switch("main").expect("main");
    r.write(".github/workflows/ci.yml", "on: push\n")
        .expect("w");
    r.commit("Human CI change", &human()).expect("c");
    r.switch("work").expect("work");
    r.merge("main", &format!("Merge main{CLAUDE}"), &agent(), adjust)
        .expect("merge");
    check_json(dir.path(), &[])
}

#[test]
fn merging_main_does_not_blame_the_agent_for_main() {
    let (code, report) = merged_main(|_| Ok(()));
    assert_eq!(code, 0, "{report}");
    assert!(findings(&report).is_empty(), "{report}");
}

#[test]
fn an_evil_merge_cannot_hide_a_change() {
    let (code, report) = merged_main(|r| {
        r.write(".github/workflows/deploy.yml", "on: push\n")?;
        Ok(())
    });
    assert_eq!(code, 1, "{report}");
    assert_eq!(
        findings(&report),
        vec![(
            "protected-path".into(),
            "pipeline".into(),
            ".github/workflows/deploy.yml".into()
        )]
    );
    let merge = report["commits"]
        .as_array()
        .and_then(|c| c.last())
        .expect("merge")["sha"]
        .clone();
    assert_eq!(report["findings"][0]["commit"], merge);
}

#[test]
fn a_merge_restoring_an_old_version_from_outside_the_range_is_a_change() {
    let (dir, mut r) = repo();
    r.switch("main").expect("main");
    r.write(".github/workflows/ci.yml", "v1: insecure\n")
        .expect("w");
    r.commit("ci v1", &human()).expect("c");
    r.branch("old").expect("old");
    r.switch("main").expect("main");
    r.write(".github/workflows/ci.yml", "v2: hardened\n")
        .expect("w");
    r.commit("ci v2", &human()).expect("c");
    r.branch("agent").expect("b");
    manifest(&mut r, SRC_ONLY);
    r.merge("old", &format!("Merge old{CLAUDE}"), &agent(), |r| {
        r.write(".github/workflows/ci.yml", "v1: insecure\n")?;
        Ok(())
    })
    .expect("merge");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1, "{report}");
    assert!(has(
        &report,
        "protected-path",
        "pipeline",
        ".github/workflows/ci.yml"
    ));
}

#[test]
fn a_merged_agent_branch_is_counted_once() {
    let (dir, mut r) = repo();
    manifest(&mut r, SRC_ONLY);
    r.branch("feature").expect("b");
    r.write(".github/workflows/ci.yml", "on: push\n")
        .expect("w");
    r.commit(&format!("ci{CLAUDE}"), &agent()).expect("c");
    r.switch("work").expect("work");
    r.write("src/lib.rs", "x\n").expect("w");
    r.commit("Person's work", &human()).expect("c");
    r.merge("feature", "Merge feature", &human(), |_| Ok(()))
        .expect("merge");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1);
    assert_eq!(findings(&report).len(), 1, "{report}");
}

#[test]
fn shallow_clones_fail_closed_with_the_fix() {
    let (dir, mut r) = repo();
    manifest(&mut r, SRC_ONLY);
    r.write("src/a.rs", "x\n").expect("w");
    r.commit(&format!("a{CLAUDE}"), &agent()).expect("c");
    r.write("src/b.rs", "x\n").expect("w");
    r.commit(&format!("b{CLAUDE}"), &agent()).expect("c");
    let clone = tempfile::TempDir::new().expect("tempdir");
    let url = format!("file://{}", dir.path().display());
    let status = Command::new("git")
        .args(["clone", "-q", "--depth", "1", "--no-single-branch", &url])
        .arg(clone.path().join("c"))
        .status()
        .expect("git clone");
    assert!(status.success());
    let out = remit(
        &clone.path().join("c"),
        &["check", "--base", "origin/main", "--head", "origin/work"],
    );
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    assert!(stderr(&out).contains("fetch-depth: 0"), "{}", stderr(&out));
    assert!(stderr(&out).contains("shallow"), "{}", stderr(&out));
}

#[test]
fn empty_range_passes() {
    let (dir, _r) = repo();
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 0);
    assert_eq!(report["verdict"], "pass");
    assert_eq!(report["commits"].as_array().map(Vec::len), Some(0));
}

#[test]
fn ranges_that_cannot_be_meant_fail_closed() {
    let (dir, mut r) = repo();
    for i in 0..3 {
        r.write(&format!("src/{i}.rs"), "x\n").expect("w");
        r.commit(&format!("c{i}{CLAUDE}"), &agent()).expect("c");
    }
    // Swapped.
    let out = remit(dir.path(), &["check", "--base", "HEAD", "--head", "HEAD~2"]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("did you swap them?"),
        "{}",
        stderr(&out)
    );
    // Unrelated histories.
    git(dir.path(), &["checkout", "-q", "--orphan", "other"]);
    git(
        dir.path(),
        &["commit", "-q", "--allow-empty", "-m", "unrelated"],
    );
    let out = remit(dir.path(), &["check", "--base", "work", "--head", "other"]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("share no history"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_default_base_that_is_the_head_fails_closed() {
    // As after `git clone --branch agent`: origin/HEAD is the agent branch.
    let (dir, mut r) = repo();
    r.write("src/a.rs", "x\n").expect("w");
    r.commit(&format!("a{CLAUDE}"), &agent()).expect("c");
    git(dir.path(), &["branch", "-f", "main", "work"]);
    let out = remit(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(stderr(&out).contains("nothing to gate"), "{}", stderr(&out));
    assert!(stderr(&out).contains("--base"), "{}", stderr(&out));
}

#[test]
fn a_partial_clone_names_what_is_missing_and_the_fix_for_its_kind() {
    let (src, mut r) = repo();
    r.switch("main").expect("main");
    r.write(".github/workflows/ci.yml", "on: push\njobs: {}\n")
        .expect("w");
    r.commit("ci", &human()).expect("c");
    r.branch("agent").expect("b");
    manifest(&mut r, SRC_ONLY);
    r.write(
        ".github/workflows/ci.yml",
        "on: pull_request_target\njobs: {}\n",
    )
    .expect("w");
    r.commit(&format!("ci{CLAUDE}"), &agent()).expect("c");
    git(src.path(), &["config", "uploadpack.allowFilter", "true"]);
    let dst = tempfile::TempDir::new().expect("tempdir");
    let url = format!("file://{}", src.path().display());
    git(
        dst.path(),
        &[
            "clone",
            "-q",
            "--filter=blob:none",
            "--no-checkout",
            &url,
            "c",
        ],
    );
    let clone = dst.path().join("c");
    git(&clone, &["branch", "-q", "main", "origin/main"]);
    let out = remit(
        &clone,
        &["check", "--base", "origin/main", "--head", "origin/agent"],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(err.contains("partial clone"), "{err}");
    assert!(!err.contains("--unshallow"), "{err}");
}
