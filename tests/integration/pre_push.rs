//! `remit pre-push`: real repositories pushing to a bare "remote" in a temp
//! directory, git's stdin protocol, the pre-commit framework's environment,
//! and a real `git push` through the hook `remit init --hooks` installs.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

use tempfile::TempDir;

use crate::common::*;

const ZERO: &str = "0000000000000000000000000000000000000000";

struct Push {
    _tmp: TempDir,
    work: PathBuf,
    remote: PathBuf,
    r: RepoBuilder,
}

/// A remote whose `main` already holds a person's commit and an agent commit
/// that changed CI (gated when it was pushed: it must never come back), and a
/// clone on a new branch `work` with a task manifest for `src/**`.
fn setup() -> Push {
    let tmp = TempDir::new().expect("tempdir");
    let remote = tmp.path().join("remote.git");
    let work = tmp.path().join("work");
    git(
        tmp.path(),
        &[
            "init",
            "-q",
            "--bare",
            "-b",
            "main",
            remote.to_str().expect("utf-8"),
        ],
    );
    let mut r = RepoBuilder::init(&work).expect("init");
    r.write("README.md", "# project\n").expect("write");
    r.commit("Initial commit", &human()).expect("commit");
    r.write(".github/workflows/ci.yml", "on: push\n")
        .expect("write");
    r.commit(&format!("Tweak CI{CLAUDE}"), &agent())
        .expect("commit");
    git(
        &work,
        &["remote", "add", "origin", remote.to_str().expect("utf-8")],
    );
    git(&work, &["push", "-q", "origin", "main"]);
    r.branch("work").expect("branch");
    manifest(&mut r, SRC_ONLY);
    Push {
        _tmp: tmp,
        work,
        remote,
        r,
    }
}

impl Push {
    fn agent_commit(&mut self, path: &str, content: &str) -> String {
        self.r.write(path, content).expect("write");
        self.r
            .commit(&format!("Change {path}{CLAUDE}"), &agent())
            .expect("commit")
            .to_string()
    }

    fn url(&self) -> &str {
        self.remote.to_str().expect("utf-8")
    }

    /// Runs `remit pre-push origin <url>` with git's stdin lines.
    fn hook(&self, lines: &[String], extra: &[&str]) -> Output {
        let mut args = vec!["pre-push", "origin", self.url()];
        args.extend_from_slice(extra);
        let mut cmd = remit_command(&self.work, &args);
        run_with_stdin(&mut cmd, &lines.concat())
    }

    fn head(&self) -> String {
        self.r.head().expect("head").to_string()
    }
}

fn run_with_stdin(cmd: &mut std::process::Command, input: &str) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn remit");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("wait")
}

fn line(local_ref: &str, local: &str, remote_ref: &str, remote: &str) -> String {
    format!("{local_ref} {local} {remote_ref} {remote}\n")
}

fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

fn show(out: &Output) -> String {
    format!("stdout:\n{}\nstderr:\n{}", stdout(out), stderr(out))
}

#[test]
fn new_branch_is_gated_from_where_it_leaves_the_remote() {
    let mut p = setup();
    p.agent_commit("src/lib.rs", "pub fn fixed() {}\n");
    let push = [line("refs/heads/work", &p.head(), "refs/heads/work", ZERO)];
    let out = p.hook(&push, &[]);
    assert_eq!(code(&out), 0, "{}", show(&out));
    // Only the branch's own commits: not main's history, which the remote has.
    assert!(
        stdout(&out).contains("1 agent commit, 1 human commit"),
        "{}",
        show(&out)
    );
    assert!(!stdout(&out).contains("ci.yml"), "{}", show(&out));

    p.agent_commit(".github/workflows/release.yml", "on: release\n");
    let push = [line("refs/heads/work", &p.head(), "refs/heads/work", ZERO)];
    let out = p.hook(&push, &[]);
    assert_eq!(code(&out), 1, "{}", show(&out));
    let text = stdout(&out);
    assert!(
        text.contains("protected-path [pipeline] .github/workflows/release.yml"),
        "{text}"
    );
    assert!(!text.contains("workflows/ci.yml"), "{text}");
    assert!(
        stderr(&out).contains("remit blocked this push"),
        "{}",
        show(&out)
    );
}

#[test]
fn fast_forward_gates_only_the_commits_the_remote_lacks() {
    let mut p = setup();
    let pushed = p.agent_commit(".github/workflows/release.yml", "on: release\n");
    git(&p.work, &["push", "-q", "origin", "work"]);
    // Bound the range by the remote sha git passes, not the tracking ref.
    git(&p.work, &["update-ref", "-d", "refs/remotes/origin/work"]);

    p.agent_commit("src/lib.rs", "pub fn fixed() {}\n");
    let push = [line(
        "refs/heads/work",
        &p.head(),
        "refs/heads/work",
        &pushed,
    )];
    let out = p.hook(&push, &[]);
    assert_eq!(code(&out), 0, "{}", show(&out));
    assert!(
        stdout(&out).contains("1 agent commit, 0 human commits"),
        "{}",
        show(&out)
    );

    p.agent_commit("CODEOWNERS", "* @someone-else\n");
    let push = [line(
        "refs/heads/work",
        &p.head(),
        "refs/heads/work",
        &pushed,
    )];
    let out = p.hook(&push, &[]);
    assert_eq!(code(&out), 1, "{}", show(&out));
    assert!(
        stdout(&out).contains("2 agent commits, 0 human commits"),
        "{}",
        show(&out)
    );
    assert!(
        stdout(&out).contains("[review-gate] CODEOWNERS"),
        "{}",
        show(&out)
    );
    assert!(!stdout(&out).contains("release.yml"), "{}", show(&out));
}

#[test]
fn force_push_gates_the_rewritten_history() {
    let mut p = setup();
    let declared = p.head();
    let bad = p.agent_commit(".github/workflows/release.yml", "on: release\n");
    git(&p.work, &["push", "-q", "origin", "work"]);

    // Rewrite: drop the CI change, redo the work cleanly.
    let declared_oid = git2::Oid::from_str(&declared).expect("oid");
    p.r.set_ref("refs/heads/work", declared_oid).expect("reset");
    p.r.switch("work").expect("switch");
    p.agent_commit("src/lib.rs", "pub fn fixed() {}\n");
    let push = [line("refs/heads/work", &p.head(), "refs/heads/work", &bad)];
    let out = p.hook(&push, &[]);
    assert_eq!(code(&out), 0, "{}", show(&out));
    assert!(!stdout(&out).contains("release.yml"), "{}", show(&out));

    // A rewrite over commits this clone never fetched: still only what is pushed.
    p.agent_commit("src/auth/session.rs", "pub fn ttl() -> u64 { 0 }\n");
    let unknown = "1234567890123456789012345678901234567890";
    let push = [line(
        "refs/heads/work",
        &p.head(),
        "refs/heads/work",
        unknown,
    )];
    let out = p.hook(&push, &[]);
    assert_eq!(code(&out), 1, "{}", show(&out));
    assert!(
        stdout(&out).contains("[auth] src/auth/session.rs"),
        "{}",
        show(&out)
    );
    assert!(
        stdout(&out).contains("2 agent commits, 0 human commits"),
        "{}",
        show(&out)
    );
}

#[test]
fn deletions_and_tags_of_pushed_commits_pass() {
    let mut p = setup();
    let main = git(&p.work, &["rev-parse", "main"]);
    let push = [
        line("(delete)", ZERO, "refs/heads/old-branch", &main),
        line("refs/tags/v1.0.0", &main, "refs/tags/v1.0.0", ZERO),
    ];
    let out = p.hook(&push, &[]);
    assert_eq!(code(&out), 0, "{}", show(&out));
    assert!(stdout(&out).contains("refs/heads/old-branch: deleted, nothing to gate"));
    assert!(stdout(&out).contains("refs/tags/v1.0.0: nothing new to gate"));

    // A tag on commits the remote lacks is gated like a branch.
    p.agent_commit(".github/workflows/release.yml", "on: release\n");
    p.r.tag("v1.1.0").expect("tag");
    let push = [line(
        "refs/tags/v1.1.0",
        &p.head(),
        "refs/tags/v1.1.0",
        ZERO,
    )];
    let out = p.hook(&push, &[]);
    assert_eq!(code(&out), 1, "{}", show(&out));
}

#[test]
fn every_ref_of_a_multi_ref_push_is_gated() {
    let mut p = setup();
    p.agent_commit("src/lib.rs", "pub fn fixed() {}\n");
    let work = p.head();
    p.r.switch("main").expect("switch");
    p.r.branch("other").expect("branch");
    manifest(&mut p.r, SRC_ONLY);
    p.agent_commit(".gitlab-ci.yml", "stages: [deploy]\n");
    let other = p.head();
    // The clean ref first: a pass must not end the walk.
    let push = [
        line("refs/heads/work", &work, "refs/heads/work", ZERO),
        line("refs/heads/other", &other, "refs/heads/other", ZERO),
    ];
    let out = p.hook(&push, &[]);
    assert_eq!(code(&out), 1, "{}", show(&out));
    let text = stdout(&out);
    assert!(text.contains("remit: refs/heads/work → origin"), "{text}");
    assert!(text.contains("remit: refs/heads/other → origin"), "{text}");
    // The clean ref's only finding is the log-missing warning.
    assert!(text.contains("verdict WARN: 0 blocking"), "{text}");
    assert!(text.contains("[pipeline] .gitlab-ci.yml"), "{text}");
}

#[test]
fn pre_commit_framework_environment_replaces_stdin() {
    let mut p = setup();
    let main = git(&p.work, &["rev-parse", "main"]);
    p.agent_commit(".github/workflows/release.yml", "on: release\n");
    let run = |from: &str, to: &str| {
        let mut cmd = remit_command(&p.work, &["pre-push"]);
        cmd.env("PRE_COMMIT_FROM_REF", from)
            .env("PRE_COMMIT_TO_REF", to)
            .env("PRE_COMMIT_REMOTE_NAME", "origin")
            .env("PRE_COMMIT_REMOTE_URL", p.url())
            .env("PRE_COMMIT_LOCAL_BRANCH", "refs/heads/work")
            .stdin(Stdio::null());
        cmd.output().expect("run remit")
    };
    let out = run(&main, &p.head());
    assert_eq!(code(&out), 1, "{}", show(&out));
    assert!(stdout(&out).contains("[pipeline] .github/workflows/release.yml"));
    assert!(
        stdout(&out).contains("1 agent commit, 1 human commit"),
        "{}",
        show(&out)
    );

    let out = run(&main, &main);
    assert_eq!(code(&out), 0, "{}", show(&out));
    assert!(
        stdout(&out).contains("nothing new to gate"),
        "{}",
        show(&out)
    );

    // A push pre-commit found no start for (it would run on all files):
    // the local branch over what the remote has.
    let mut cmd = remit_command(&p.work, &["pre-push"]);
    cmd.env("PRE_COMMIT_REMOTE_NAME", "origin")
        .env("PRE_COMMIT_LOCAL_BRANCH", "refs/heads/work")
        .stdin(Stdio::null());
    let out = cmd.output().expect("run remit");
    assert_eq!(code(&out), 1, "{}", show(&out));
    assert!(
        stdout(&out).contains("1 agent commit, 1 human commit"),
        "{}",
        show(&out)
    );
}

#[test]
fn policy_comes_from_the_remote_default_branch_never_the_pushed_one() {
    let mut p = setup();
    // The branch's own policy change (a person's) does not judge the push.
    p.r.write(".github/remit.yml", "version: 1\nmode: report\n")
        .expect("write");
    p.r.commit("Relax remit", &human()).expect("commit");
    p.agent_commit(".github/workflows/release.yml", "on: release\n");
    let push = [line("refs/heads/work", &p.head(), "refs/heads/work", ZERO)];
    let out = p.hook(&push, &[]);
    assert_eq!(code(&out), 1, "{}", show(&out));

    // Once the remote's main has it, it applies.
    let work = p.head();
    p.r.switch("main").expect("switch");
    p.r.write(".github/remit.yml", "version: 1\nmode: report\n")
        .expect("write");
    p.r.commit("Relax remit", &human()).expect("commit");
    git(&p.work, &["push", "-q", "origin", "main"]);
    let push = [line("refs/heads/work", &work, "refs/heads/work", ZERO)];
    let out = p.hook(&push, &[]);
    assert_eq!(code(&out), 0, "{}", show(&out));
    assert!(
        stdout(&out).contains("policy:   .github/remit.yml@"),
        "{}",
        show(&out)
    );
    assert!(stdout(&out).contains("protected-path"), "{}", show(&out));
}

#[test]
fn without_remote_tracking_refs_it_falls_back_and_says_so() {
    let mut p = setup();
    p.r.switch("main").expect("switch");
    p.r.write(".github/remit.yml", "version: 1\nmode: report\n")
        .expect("write");
    p.r.commit("Relax remit", &human()).expect("commit");
    git(&p.work, &["push", "-q", "origin", "main"]);
    p.r.switch("work").expect("switch");
    p.agent_commit("src/lib.rs", "pub fn fixed() {}\n");
    git(&p.work, &["update-ref", "-d", "refs/remotes/origin/main"]);

    let push = [line("refs/heads/work", &p.head(), "refs/heads/work", ZERO)];
    let out = p.hook(&push, &[]);
    let err = stderr(&out);
    assert!(
        err.contains("no remote-tracking refs for `origin`"),
        "{}",
        show(&out)
    );
    assert!(
        err.contains("using the built-in default policy"),
        "{}",
        show(&out)
    );
    // The whole history is new as far as remit can tell, so main's CI change
    // counts, judged by the built-in (enforcing) policy.
    assert_eq!(code(&out), 1, "{}", show(&out));
    assert!(stdout(&out).contains("policy:   built-in default policy"));
    assert!(
        stdout(&out).contains(".github/workflows/ci.yml"),
        "{}",
        show(&out)
    );
}

#[test]
fn report_mode_only_warns() {
    let mut p = setup();
    p.agent_commit(".github/workflows/release.yml", "on: release\n");
    let push = [line("refs/heads/work", &p.head(), "refs/heads/work", ZERO)];
    let out = p.hook(&push, &["--mode", "report"]);
    assert_eq!(code(&out), 0, "{}", show(&out));
    assert!(stdout(&out).contains("protected-path"), "{}", show(&out));
    assert!(!stderr(&out).contains("blocked"), "{}", show(&out));
}

#[test]
fn bad_input_fails_closed() {
    let p = setup();
    let out = p.hook(&["refs/heads/work abc\n".to_string()], &[]);
    assert_eq!(code(&out), 2, "{}", show(&out));
    assert!(
        stderr(&out).contains("pre-push input line 1"),
        "{}",
        show(&out)
    );

    let missing = "feedfacefeedfacefeedfacefeedfacefeedface";
    let out = p.hook(
        &[line("refs/heads/work", missing, "refs/heads/work", ZERO)],
        &[],
    );
    assert_eq!(code(&out), 2, "{}", show(&out));

    let mut cmd = remit_command(&p.work, &["pre-push"]);
    let out = run_with_stdin(&mut cmd, "");
    assert_eq!(code(&out), 2, "{}", show(&out));
    assert!(
        stderr(&out).contains("remit pre-push \"$@\""),
        "{}",
        show(&out)
    );
}

/// `git push` through the hook `remit init --hooks` writes, keeping (and
/// running) the hook that was there before.
#[test]
fn real_git_push_runs_the_installed_hook() {
    let mut p = setup();
    let hooks = p.work.join(".git/hooks");
    std::fs::create_dir_all(&hooks).expect("mkdir");
    let marker = p.work.join("previous-hook-ran");
    let previous = format!("#!/bin/sh\ncat > '{}'\n", marker.to_str().expect("utf-8"));
    std::fs::write(hooks.join("pre-push"), previous).expect("write hook");
    make_executable(&hooks.join("pre-push"));
    let out = remit(&p.work, &["init", "--hooks"]);
    assert_eq!(code(&out), 0, "{}", show(&out));

    p.agent_commit(".github/workflows/release.yml", "on: release\n");
    let out = push(&p.work, &["push", "origin", "work"]);
    assert_ne!(code(&out), 0, "{}", show(&out));
    assert!(
        stderr(&out).contains("remit blocked this push"),
        "{}",
        show(&out)
    );
    assert!(!has_ref(&p.remote, "refs/heads/work"));
    // The previous hook ran first and saw git's own input.
    let seen = std::fs::read_to_string(&marker).expect("previous hook ran");
    assert!(seen.starts_with("refs/heads/work "), "{seen}");

    p.r.switch("main").expect("switch");
    p.r.branch("clean").expect("branch");
    manifest(&mut p.r, SRC_ONLY);
    p.agent_commit("src/lib.rs", "pub fn fixed() {}\n");
    let out = push(&p.work, &["push", "origin", "clean"]);
    assert_eq!(code(&out), 0, "{}", show(&out));
    assert!(has_ref(&p.remote, "refs/heads/clean"));
}

fn push(dir: &Path, args: &[&str]) -> Output {
    let bin = Path::new(env!("CARGO_BIN_EXE_remit"))
        .parent()
        .expect("bin dir")
        .to_path_buf();
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut paths = vec![bin];
    paths.extend(std::env::split_paths(&path));
    let mut cmd = std::process::Command::new("git");
    cmd.current_dir(dir)
        .args(args)
        .env("PATH", std::env::join_paths(paths).expect("PATH"))
        .env("NO_COLOR", "1");
    for (key, _) in std::env::vars_os() {
        let k = key.to_string_lossy();
        if k.starts_with("GIT_") || k.starts_with("PRE_COMMIT") || k.starts_with("GITHUB_") {
            cmd.env_remove(key);
        }
    }
    cmd.output().expect("git push")
}

fn has_ref(bare: &Path, name: &str) -> bool {
    git_output(bare, &["rev-parse", "--verify", "-q", name])
        .status
        .success()
}

fn make_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
}

/// The pre-commit framework's manifest at the repository root.
#[test]
fn pre_commit_hooks_manifest_runs_remit_pre_push() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(".pre-commit-hooks.yaml");
    let text = std::fs::read_to_string(path).expect(".pre-commit-hooks.yaml");
    let hooks: serde_yaml::Value = serde_yaml::from_str(&text).expect("YAML");
    let hook = &hooks[0];
    assert_eq!(hook["id"].as_str(), Some("remit"));
    assert_eq!(hook["entry"].as_str(), Some("remit pre-push"));
    assert_eq!(hook["language"].as_str(), Some("rust"));
    assert_eq!(hook["stages"][0].as_str(), Some("pre-push"));
    assert_eq!(hook["pass_filenames"].as_bool(), Some(false));
    assert_eq!(hook["always_run"].as_bool(), Some(true));
}

/// Tree diffs read only the subtrees that differ; a folder replaced by a file
/// must still show every file that went away inside it.
#[test]
fn a_folder_replaced_by_a_file_is_seen_inside() {
    let mut p = setup();
    p.r.remove(".github/workflows/ci.yml").expect("remove");
    p.r.write(".github/workflows", "not a folder any more\n")
        .expect("write");
    p.r.commit(&format!("Flatten{CLAUDE}"), &agent())
        .expect("commit");
    let push = [line("refs/heads/work", &p.head(), "refs/heads/work", ZERO)];
    let out = p.hook(&push, &[]);
    assert_eq!(code(&out), 1, "{}", show(&out));
    assert!(
        stdout(&out).contains("[pipeline] .github/workflows/ci.yml"),
        "{}",
        show(&out)
    );
}

/// A push to an unnamed remote passes its URL, credentials and all: they
/// never reach the output.
#[test]
fn a_remote_url_with_credentials_is_redacted() {
    let mut p = setup();
    p.agent_commit(".github/workflows/release.yml", "on: release\n");
    let url = "https://dana:ghp_0123456789abcdefghijklmnopqrstuvwxyz01@github.com/acme/app.git";
    let mut cmd = remit_command(&p.work, &["pre-push", url, url]);
    let input = line("refs/heads/work", &p.head(), "refs/heads/work", ZERO);
    let out = run_with_stdin(&mut cmd, &input);
    assert_eq!(code(&out), 1, "{}", show(&out));
    assert!(
        stderr(&out).contains("no remote-tracking refs"),
        "{}",
        show(&out)
    );
    assert!(!show(&out).contains("ghp_0123456789"), "{}", show(&out));
    assert!(show(&out).contains("[REDACTED]"), "{}", show(&out));
}

#[test]
fn identical_findings_are_collapsed_unless_verbose() {
    let mut p = setup();
    for i in 0..8 {
        p.agent_commit(&format!("src/m{i}.rs"), "pub fn f() {}\n");
    }
    let push = [line("refs/heads/work", &p.head(), "refs/heads/work", ZERO)];
    // Eight commits without an audit log: one entry, with the count.
    let out = p.hook(&push, &[]);
    assert_eq!(code(&out), 0, "{}", show(&out));
    let text = stdout(&out);
    assert_eq!(text.matches("warn log-missing").count(), 1, "{text}");
    assert!(text.contains("warn log-missing — 8 commits"), "{text}");
    assert!(text.contains("(+3 more)"), "{text}");

    let out = p.hook(&push, &["--verbose"]);
    assert_eq!(code(&out), 0, "{}", show(&out));
    let text = stdout(&out);
    assert_eq!(text.matches("warn log-missing").count(), 8, "{text}");
}
