//! Shared test helpers: a repo builder (the same one `remit demo` uses) and a
//! runner for the binary with the ambient CI environment scrubbed.

#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

pub use remit::testkit::{RepoBuilder, Who};
use serde_json::Value;
use tempfile::TempDir;

pub const CLAUDE: &str = "\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n";

pub fn agent() -> Who {
    Who::new("Dana Maintainer", "dana@example.com")
}

pub fn human() -> Who {
    Who::human()
}

/// A repository with one human commit on `main` (a README), switched to a
/// new branch `work` — ready for agent commits.
pub fn repo() -> (TempDir, RepoBuilder) {
    let dir = TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write("README.md", "# project\n").expect("write");
    r.commit("Initial commit", &human()).expect("commit");
    r.branch("work").expect("branch");
    (dir, r)
}

/// Writes a manifest on the branch as a person's commit.
pub fn manifest(r: &mut RepoBuilder, yaml: &str) {
    r.write(".remit/task.yml", yaml).expect("write manifest");
    r.commit("Declare the task", &human())
        .expect("commit manifest");
}

pub fn remit(dir: &Path, args: &[&str]) -> Output {
    remit_command(dir, args).output().expect("run remit")
}

/// Runs `remit check --base main --format json` and parses the report.
pub fn check_json(dir: &Path, extra: &[&str]) -> (i32, Value) {
    let mut args = vec!["check", "--base", "main", "--format", "json"];
    args.extend_from_slice(extra);
    let out = remit(dir, &args);
    let code = out.status.code().unwrap_or(-1);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let json = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}); exit {code}\nstdout: {stdout}\nstderr: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (code, json)
}

/// `(rule, category, path)` of every finding except `log-missing`: an agent
/// commit without an audit log is a `log-missing` warning, which tests of
/// other rules leave aside (`all_findings` keeps it).
pub fn findings(report: &Value) -> Vec<(String, String, String)> {
    all_findings(report)
        .into_iter()
        .filter(|(rule, _, _)| rule != "log-missing")
        .collect()
}

/// `(rule, category, path)` of every finding.
pub fn all_findings(report: &Value) -> Vec<(String, String, String)> {
    report["findings"]
        .as_array()
        .expect("findings array")
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or_default().to_string(),
                f["category"].as_str().unwrap_or_default().to_string(),
                f["path"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// Whether some finding has this rule, category and path.
pub fn has(report: &Value, rule: &str, category: &str, path: &str) -> bool {
    findings(report)
        .iter()
        .any(|(r, c, p)| r == rule && c == category && p == path)
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A manifest granting nothing, scoped to `src/**` and `tests/**`.
pub const SRC_ONLY: &str =
    "version: 1\ntask: \"Fix a bug\"\nscope:\n  paths: [\"src/**\", \"tests/**\"]\ngrants: []\n";

/// A chained remit audit log for tests: each line's `prev` is the hash of the
/// line before and `seq` counts from 0, as `remit record` writes them.
pub struct LogBuilder {
    pub session: String,
    pub lines: Vec<String>,
}

impl LogBuilder {
    pub fn new(session: &str) -> Self {
        Self {
            session: session.to_string(),
            lines: Vec::new(),
        }
    }

    /// Appends an event of `kind`, letting `edit` fill in its fields.
    pub fn push(
        &mut self,
        kind: remit::test_api::EventKind,
        edit: impl FnOnce(&mut remit::test_api::Event),
    ) -> &mut Self {
        use remit::test_api::{line_hash, Event};
        let mut e = Event::new(kind, &self.session, "claude-code", "2026-11-21T10:00:00Z");
        e.seq = self.lines.len() as u64;
        e.prev = self.lines.last().map(|l| line_hash(l));
        edit(&mut e);
        self.lines.push(e.to_line());
        self
    }

    pub fn exec(&mut self, command: &str) -> &mut Self {
        self.push(remit::test_api::EventKind::Exec, |e| {
            e.tool = Some("Bash".into());
            e.command = Some(command.into());
        })
    }

    pub fn write(&mut self, path: &str) -> &mut Self {
        self.push(remit::test_api::EventKind::Write, |e| {
            e.tool = Some("Edit".into());
            e.path = Some(path.into());
        })
    }

    pub fn text(&self) -> String {
        let mut s = self.lines.join("\n");
        s.push('\n');
        s
    }
}

/// The `remit` binary as a command in `dir`, with the ambient CI and git
/// environment scrubbed (set stdin and extra env on it before running).
pub fn remit_command(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_remit"));
    cmd.current_dir(dir).args(args);
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy().into_owned();
        if key.starts_with("GITHUB_")
            || key.starts_with("RUNNER_")
            || key.starts_with("ACTIONS_")
            || key.starts_with("INPUT_")
            || key.starts_with("PRE_COMMIT")
            || key.starts_with("GIT_")
            || key == "CI"
        {
            cmd.env_remove(key);
        }
    }
    cmd.env("NO_COLOR", "1").env("REMIT_STATE_DIR", state_dir());
    cmd
}

/// The state folder every test run of the binary uses (chain heads the
/// recorder keeps outside the workspace), never the tester's own.
pub fn state_dir() -> std::path::PathBuf {
    std::env::temp_dir().join(format!("remit-tests-state-{}", std::process::id()))
}

/// Runs the git CLI in `dir` (fixed identity, no ambient git environment);
/// panics with its output when it fails.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let out = git_output(dir, args);
    assert!(
        out.status.success(),
        "git {args:?} failed: {}{}",
        stdout(&out),
        stderr(&out)
    );
    stdout(&out).trim().to_string()
}

pub fn git_output(dir: &Path, args: &[&str]) -> Output {
    let mut cmd = Command::new("git");
    cmd.current_dir(dir).args(args);
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("GIT_") {
            cmd.env_remove(key);
        }
    }
    cmd.env("GIT_AUTHOR_NAME", "Dana Maintainer")
        .env("GIT_AUTHOR_EMAIL", "dana@example.com")
        .env("GIT_COMMITTER_NAME", "Dana Maintainer")
        .env("GIT_COMMITTER_EMAIL", "dana@example.com")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir);
    cmd.output().expect("run git")
}
