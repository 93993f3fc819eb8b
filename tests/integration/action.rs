//! `remit action` through the binary: real git repositories, real-shaped
//! event payloads (tests/fixtures/events), and a fake GitHub REST API on
//! 127.0.0.1 (`github_api.rs`) that records what remit asked of it.

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

use serde_json::{json, Value};
use tempfile::TempDir;

use crate::common::*;
use crate::github_api::{labeled, FakeGithub};

const WORKFLOW: &str = "name: ci\non: [pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n";
const REPO: &str = "octo-org/octo-repo";
const TOKEN: &str = "ghs_0123456789abcdefghijklmnopqrstuvwxyzAB";
const APPROVE_POLICY: &str =
    "version: 1\ncategories:\n  pipeline:\n    on_violation: approve\napprovals:\n  label: remit-approved\n";

/// A repository whose `main` has a workflow (and maybe a policy), and a
/// `work` branch with a manifest and one agent commit doing `change`.
struct Fixture {
    dir: TempDir,
    r: RepoBuilder,
    base: String,
    head: String,
}

fn fixture(policy: Option<&str>, change: impl FnOnce(&mut RepoBuilder)) -> Fixture {
    let dir = TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write("README.md", "# p\n").expect("w");
    r.write(".github/workflows/ci.yml", WORKFLOW).expect("w");
    r.write("src/lib.rs", "pub fn a() {}\n").expect("w");
    if let Some(policy) = policy {
        r.write(".github/remit.yml", policy).expect("w");
    }
    let base = r.commit("base", &human()).expect("c").to_string();
    r.branch("work").expect("b");
    manifest(&mut r, SRC_ONLY);
    change(&mut r);
    // The session's audit log, covering every path the cases change, so the
    // action cases see only the findings they are about.
    let mut log = LogBuilder::new("s1");
    log.write("src/lib.rs").write(".github/workflows/ci.yml");
    for i in 0..120 {
        log.write(&format!("docs/page{i:03}.md"));
    }
    log.write("docs/a.md").write("docs/z,1:2%.md");
    r.write(".remit/sessions/s1.jsonl", log.text()).expect("w");
    let head = r
        .commit(
            &format!("agent work\n\nRemit-Session: s1{CLAUDE}"),
            &agent(),
        )
        .expect("c")
        .to_string();
    Fixture { dir, r, base, head }
}

fn edit_workflow(r: &mut RepoBuilder) {
    r.write(
        ".github/workflows/ci.yml",
        format!("{WORKFLOW}      - run: make lint\n"),
    )
    .expect("w");
}

fn edit_source(r: &mut RepoBuilder) {
    r.write("src/lib.rs", "pub fn a() { 1; }\n").expect("w");
}

fn fixture_payload(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/events")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(path).expect("fixture")).expect("json")
}

/// The `pull_request.synchronize` example, pointed at our commits.
fn pr_payload(base: &str, head: &str, author: &str, fork: bool) -> Value {
    let mut p = fixture_payload("pull_request.synchronize.payload.json");
    p["number"] = json!(2);
    p["after"] = json!(head);
    let pr = &mut p["pull_request"];
    pr["number"] = json!(2);
    pr["user"]["login"] = json!(author);
    pr["base"]["sha"] = json!(base);
    pr["head"]["sha"] = json!(head);
    pr["base"]["repo"]["full_name"] = json!(REPO);
    pr["head"]["repo"]["full_name"] = json!(if fork { "someone/octo-repo" } else { REPO });
    p
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
    outputs: HashMap<String, String>,
    summary: String,
    env: TempDir,
}

impl Run {
    fn sarif(&self, workspace: &Path) -> Value {
        read_json(&workspace.join(self.outputs.get("sarif").expect("sarif output")))
    }

    fn report(&self, workspace: &Path) -> Value {
        read_json(&workspace.join(self.outputs.get("report").expect("report output")))
    }
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("json")
}

/// Runs `remit action` like the runner does: event, workspace, file
/// commands and inputs in the environment; everything ambient scrubbed.
fn action(
    workspace: &Path,
    event: &str,
    payload: &Value,
    api: Option<&str>,
    extra: &[(&str, &str)],
) -> Run {
    let env = TempDir::new().expect("tempdir");
    let event_path = env.path().join("event.json");
    std::fs::write(&event_path, payload.to_string()).expect("event");
    let (out, summary) = (env.path().join("output"), env.path().join("summary"));
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_remit"));
    cmd.arg("action").current_dir(workspace);
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy().into_owned();
        if ["GITHUB_", "RUNNER_", "ACTIONS_", "INPUT_", "GIT_"]
            .iter()
            .any(|p| key.starts_with(p))
            || key == "CI"
        {
            cmd.env_remove(key);
        }
    }
    cmd.env("NO_COLOR", "1")
        .env("GITHUB_EVENT_NAME", event)
        .env("GITHUB_EVENT_PATH", &event_path)
        .env("GITHUB_WORKSPACE", workspace)
        .env("GITHUB_REPOSITORY", REPO)
        .env("GITHUB_OUTPUT", &out)
        .env("GITHUB_STEP_SUMMARY", &summary)
        .env("INPUT_TOKEN", TOKEN)
        .env("HOME", env.path());
    match api {
        Some(url) => cmd.env("GITHUB_API_URL", url),
        None => cmd.env("GITHUB_API_URL", "http://127.0.0.1:9"),
    };
    for (k, v) in extra {
        cmd.env(k, v);
    }
    let output = cmd.output().expect("run remit action");
    let outputs = parse_outputs(&std::fs::read_to_string(&out).unwrap_or_default());
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        outputs,
        summary: std::fs::read_to_string(&summary).unwrap_or_default(),
        env,
    }
}

/// Parses `name<<DELIM\nvalue\nDELIM` entries.
fn parse_outputs(text: &str) -> HashMap<String, String> {
    let mut map = HashMap::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let (name, delim) = line.split_once("<<").expect("heredoc output syntax");
        let mut value = Vec::new();
        for l in lines.by_ref() {
            if l == delim {
                break;
            }
            value.push(l);
        }
        map.insert(name.to_string(), value.join("\n"));
    }
    map
}

fn validate_sarif(sarif: &Value) {
    let schema_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sarif/sarif-schema-2.1.0.json");
    let schema = read_json(&schema_path);
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.enable_format_assertions();
    let url = "http://remit.test/sarif-schema-2.1.0.json";
    compiler.add_resource(url, schema).expect("add schema");
    let index = compiler.compile(url, &mut schemas).expect("compile schema");
    if let Err(e) = schemas.validate(sarif, index) {
        panic!("SARIF invalid: {e:#}\n{sarif:#}");
    }
}

fn posts(gh: &FakeGithub, route_end: &str) -> Vec<crate::github_api::Recorded> {
    gh.requests()
        .into_iter()
        .filter(|r| r.method == "POST" && r.route().ends_with(route_end))
        .collect()
}

fn patches(gh: &FakeGithub, contains: &str) -> Vec<crate::github_api::Recorded> {
    gh.requests()
        .into_iter()
        .filter(|r| r.method == "PATCH" && r.route().contains(contains))
        .collect()
}

#[test]
fn block_publishes_check_run_comment_outputs_summary_annotations_and_sarif() {
    let f = fixture(None, edit_workflow);
    let gh = FakeGithub::start();
    let run = action(
        f.dir.path(),
        "pull_request",
        &pr_payload(&f.base, &f.head, "octocat", false),
        Some(&gh.url),
        &[],
    );
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(run.outputs["verdict"], "block");
    assert_eq!(run.outputs["blocked"], "true");
    assert_eq!(run.outputs["findings"], "1");
    assert!(
        run.stdout.contains(
            "::error file=.github/workflows/ci.yml,line=1,title=remit protected-path [pipeline]::"
        ),
        "{}",
        run.stdout
    );
    // The text report is fenced off from workflow-command parsing.
    assert!(run.stdout.contains("::stop-commands::remit-"));
    assert!(
        run.summary.contains("### remit: ❌ blocked"),
        "{}",
        run.summary
    );
    assert!(run
        .summary
        .contains("<code>.github/workflows/ci.yml</code>"));

    let checks = posts(&gh, "/check-runs");
    assert_eq!(checks.len(), 1);
    let body = &checks[0].body;
    assert_eq!(body["name"], "remit");
    assert_eq!(body["head_sha"], f.head);
    assert_eq!(body["conclusion"], "failure");
    assert_eq!(body["status"], "completed");
    assert!(body["output"]["title"]
        .as_str()
        .is_some_and(|t| t.starts_with("remit: ❌ blocked")));
    let annotations = body["output"]["annotations"]
        .as_array()
        .expect("annotations");
    assert_eq!(annotations.len(), 1);
    assert_eq!(annotations[0]["path"], ".github/workflows/ci.yml");
    assert_eq!(annotations[0]["annotation_level"], "failure");
    assert_eq!(
        checks[0].authorization.as_deref(),
        Some(format!("Bearer {TOKEN}").as_str())
    );

    let comments = posts(&gh, "/issues/2/comments");
    assert_eq!(comments.len(), 1);
    let text = comments[0].body["body"].as_str().expect("comment");
    assert!(text.starts_with("<!-- remit:sticky-comment -->"));
    assert!(
        text.contains("What to do") && text.contains("protected-path"),
        "{text}"
    );
    // The rule's docs page explains it in the comment.
    assert!(text.contains("<summary>About <code>protected-path</code></summary>"));
    assert!(text.contains("## Why it matters"));
    // The token never leaks into anything remit writes.
    assert!(!run.stdout.contains(TOKEN) && !run.summary.contains(TOKEN) && !text.contains(TOKEN));

    let sarif = run.sarif(f.dir.path());
    validate_sarif(&sarif);
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "protected-path");
    assert_eq!(result["level"], "error");
    assert_eq!(
        result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        ".github/workflows/ci.yml"
    );
    assert!(result["partialFingerprints"]["primaryLocationLineHash"].is_string());
    let rule = &sarif["runs"][0]["tool"]["driver"]["rules"]
        [result["ruleIndex"].as_u64().expect("index") as usize];
    assert_eq!(rule["id"], "protected-path");
    assert!(rule["help"]["text"]
        .as_str()
        .is_some_and(|h| h.contains("## How to fix")));
    assert_eq!(run.report(f.dir.path())["verdict"], "block");
}

#[test]
fn many_warnings_batch_annotations_by_50_and_cap_workflow_commands() {
    let f = fixture(None, |r| {
        for i in 0..120 {
            r.write(&format!("docs/page{i:03}.md"), "x\n").expect("w");
        }
    });
    let gh = FakeGithub::start();
    let payload = pr_payload(&f.base, &f.head, "octocat", false);
    let run = action(f.dir.path(), "pull_request", &payload, Some(&gh.url), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.outputs["verdict"], "warn");
    assert_eq!(run.outputs["findings"], "120");
    let create = posts(&gh, "/check-runs");
    assert_eq!(create.len(), 1);
    assert_eq!(create[0].body["conclusion"], "neutral");
    assert_eq!(
        create[0].body["output"]["annotations"]
            .as_array()
            .map(Vec::len),
        Some(50)
    );
    let updates = patches(&gh, "/check-runs/");
    let sizes: Vec<usize> = updates
        .iter()
        .map(|u| {
            u.body["output"]["annotations"]
                .as_array()
                .map_or(0, Vec::len)
        })
        .collect();
    assert_eq!(sizes, vec![50, 20]);
    // The fake numbers the objects it creates from 1001: the check run is the first.
    assert!(updates
        .iter()
        .all(|u| u.route().ends_with("/check-runs/1001")));
    assert_eq!(run.stdout.matches("::warning file=").count(), 10);
    assert!(
        run.stdout
            .contains("110 more findings than GitHub shows per step"),
        "{}",
        run.stdout
    );

    // fail_on: warn turns the warning into a failure, in the exit code and the check run.
    let gh = FakeGithub::start();
    let run = action(
        f.dir.path(),
        "pull_request",
        &payload,
        Some(&gh.url),
        &[("INPUT_FAIL_ON", "warn")],
    );
    assert_eq!(run.code, 1);
    assert_eq!(posts(&gh, "/check-runs")[0].body["conclusion"], "failure");
}

#[test]
fn sticky_comment_is_updated_in_place_and_resolved_after_a_passing_push() {
    let mut f = fixture(None, edit_workflow);
    // A force-push replaces the agent's work with a clean commit.
    let clean_head = {
        let r = &mut f.r;
        r.switch("main").expect("main");
        r.branch("clean").expect("b");
        manifest(r, SRC_ONLY);
        edit_source(r);
        let mut log = LogBuilder::new("s2");
        log.write("src/lib.rs");
        r.write(".remit/sessions/s2.jsonl", log.text()).expect("w");
        r.commit(&format!("agent fix\n\nRemit-Session: s2{CLAUDE}"), &agent())
            .expect("c")
            .to_string()
    };
    let gh = FakeGithub::start();
    gh.with(|s| s.comments.push((7, "Looks good to me".into())));
    let run = action(
        f.dir.path(),
        "pull_request",
        &pr_payload(&f.base, &f.head, "octocat", false),
        Some(&gh.url),
        &[],
    );
    assert_eq!(run.code, 1);
    let run = action(
        f.dir.path(),
        "pull_request",
        &pr_payload(&f.base, &f.head, "octocat", false),
        Some(&gh.url),
        &[],
    );
    assert_eq!(run.code, 1);
    assert_eq!(posts(&gh, "/issues/2/comments").len(), 1, "created once");
    assert_eq!(patches(&gh, "/issues/comments/").len(), 1, "then updated");

    let run = action(
        f.dir.path(),
        "pull_request",
        &pr_payload(&f.base, &clean_head, "octocat", false),
        Some(&gh.url),
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.outputs["verdict"], "pass");
    assert_eq!(posts(&gh, "/issues/2/comments").len(), 1, "never re-posted");
    let comments = gh.with(|s| s.comments.clone());
    assert_eq!(comments.len(), 2);
    assert_eq!(
        comments[0].1, "Looks good to me",
        "other comments untouched"
    );
    assert!(
        comments[1].1.contains("### remit: ✅ resolved"),
        "{}",
        comments[1].1
    );
    assert_eq!(
        posts(&gh, "/check-runs").last().expect("check").body["conclusion"],
        "success"
    );
}

#[test]
fn a_pass_with_no_earlier_comment_posts_no_comment() {
    let f = fixture(None, edit_source);
    let gh = FakeGithub::start();
    let run = action(
        f.dir.path(),
        "pull_request",
        &pr_payload(&f.base, &f.head, "octocat", false),
        Some(&gh.url),
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(posts(&gh, "/comments").is_empty());
    assert_eq!(posts(&gh, "/check-runs")[0].body["conclusion"], "success");
    assert!(run.summary.contains("✅ passed"));
    validate_sarif(&run.sarif(f.dir.path()));
}

#[test]
fn fork_pull_request_makes_no_writes_and_keeps_the_verdict() {
    let f = fixture(None, edit_workflow);
    let gh = FakeGithub::start();
    let run = action(
        f.dir.path(),
        "pull_request",
        &pr_payload(&f.base, &f.head, "octocat", true),
        Some(&gh.url),
        &[],
    );
    assert_eq!(run.code, 1);
    assert!(gh.writes().is_empty(), "{:?}", gh.writes());
    assert!(
        run.stdout
            .contains("::notice title=remit%3A read-only token::"),
        "{}",
        run.stdout
    );
    assert_eq!(run.outputs["verdict"], "block");
    assert!(run.summary.contains("blocked"));
}

#[test]
fn forbidden_writes_are_skipped_with_a_notice() {
    let f = fixture(None, edit_workflow);
    let gh = FakeGithub::start();
    gh.with(|s| s.deny_writes = true);
    let run = action(
        f.dir.path(),
        "pull_request",
        &pr_payload(&f.base, &f.head, "octocat", false),
        Some(&gh.url),
        &[],
    );
    assert_eq!(run.code, 1, "exit code unchanged");
    assert!(
        run.stdout.contains("check run skipped") && run.stdout.contains("checks: write"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("PR comment skipped") && run.stdout.contains("pull-requests: write")
    );
    assert!(
        patches(&gh, "").is_empty(),
        "no follow-up writes after a refusal"
    );
    assert_eq!(run.outputs["verdict"], "block");
}

#[test]
fn api_down_still_decides_from_git() {
    let f = fixture(None, edit_workflow);
    let run = action(
        f.dir.path(),
        "pull_request",
        &pr_payload(&f.base, &f.head, "octocat", false),
        None,
        &[],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout.contains("the GitHub API did not answer"),
        "{}",
        run.stdout
    );
    assert!(run
        .stdout
        .contains("The verdict above was computed from git and is unchanged"));
    assert_eq!(run.outputs["verdict"], "block");
}

#[test]
fn shallow_clone_fails_closed_with_the_checkout_fix() {
    let f = fixture(None, edit_source);
    let clone = TempDir::new().expect("tempdir");
    let status = Command::new("git")
        .args(["clone", "--quiet", "--depth", "1", "--branch", "work"])
        .arg(format!("file://{}", f.dir.path().display()))
        .arg(clone.path())
        .status()
        .expect("git clone");
    assert!(status.success());
    let run = action(
        clone.path(),
        "pull_request",
        &pr_payload(&f.base, &f.head, "octocat", false),
        None,
        &[],
    );
    assert_eq!(run.code, 2, "{}\n{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("shallow clone"), "{}", run.stderr);
    assert!(run.stderr.contains("fetch-depth: 0"), "{}", run.stderr);
}

#[test]
fn merge_group_gates_base_sha_to_head_sha() {
    let f = fixture(None, edit_workflow);
    let mut payload = fixture_payload("merge_group.checks_requested.payload.json");
    payload["merge_group"]["base_sha"] = json!(f.base);
    payload["merge_group"]["head_sha"] = json!(f.head);
    let gh = FakeGithub::start();
    let run = action(f.dir.path(), "merge_group", &payload, Some(&gh.url), &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let checks = posts(&gh, "/check-runs");
    assert_eq!(checks[0].body["head_sha"], f.head);
    assert!(
        gh.requests()
            .iter()
            .all(|r| !r.route().contains("/issues/")),
        "no PR to comment on"
    );
}

#[test]
fn tag_push_needs_the_previous_tag_as_base() {
    let dir = TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write("README.md", "# p\n").expect("w");
    r.commit("v1.0.0", &human()).expect("c");
    r.tag("v1.0.0").expect("tag");
    manifest(&mut r, SRC_ONLY);
    r.write(".github/workflows/release.yml", WORKFLOW)
        .expect("w");
    let release = r
        .commit(&format!("release prep{CLAUDE}"), &agent())
        .expect("c")
        .to_string();
    r.tag("v1.1.0").expect("tag");
    let mut payload = fixture_payload("push.tag.payload.json");
    payload["after"] = json!(release);

    let run = action(dir.path(), "push", &payload, None, &[]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("set the action's `base` input"),
        "{}",
        run.stderr
    );

    let gh = FakeGithub::start();
    let run = action(
        dir.path(),
        "push",
        &payload,
        Some(&gh.url),
        &[("INPUT_BASE", "v1.0.0")],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stdout.contains("file=.github/workflows/release.yml"));
    assert_eq!(posts(&gh, "/check-runs")[0].body["head_sha"], release);
}

#[test]
fn push_gates_before_to_after() {
    let f = fixture(None, edit_workflow);
    let payload =
        json!({"ref": "refs/heads/work", "before": f.base, "after": f.head, "deleted": false});
    let run = action(f.dir.path(), "push", &payload, None, &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(run.report(f.dir.path())["base"], f.base);
}

#[test]
fn label_by_a_writer_approves_and_is_reported() {
    let f = fixture(Some(APPROVE_POLICY), edit_workflow);
    let gh = FakeGithub::start();
    gh.with(|s| {
        s.timeline.push(json!({"event": "committed", "sha": "x"}));
        s.timeline.push(labeled("remit-approved", "maintainer"));
        s.permissions.insert("maintainer".into(), "maintain".into());
    });
    let run = action(
        f.dir.path(),
        "pull_request",
        &pr_payload(&f.base, &f.head, "octocat", false),
        Some(&gh.url),
        &[],
    );
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(gh
        .requests()
        .iter()
        .any(|r| r.route().ends_with("/collaborators/maintainer/permission")));
    let report = run.report(f.dir.path());
    assert_eq!(report["verdict"], "warn");
    assert_eq!(
        report["findings"][0]["approved_by"],
        "@maintainer (label `remit-approved`)"
    );
    assert!(run.summary.contains("approved by"));
    assert_eq!(posts(&gh, "/check-runs")[0].body["conclusion"], "neutral");
    let sarif = run.sarif(f.dir.path());
    validate_sarif(&sarif);
    assert_eq!(
        sarif["runs"][0]["results"][0]["suppressions"][0]["status"],
        "accepted"
    );
}

#[test]
fn label_by_the_pr_author_or_a_reader_does_not_approve() {
    let f = fixture(Some(APPROVE_POLICY), edit_workflow);
    let gh = FakeGithub::start();
    gh.with(|s| {
        s.timeline.push(labeled("remit-approved", "octocat"));
        s.timeline.push(labeled("remit-approved", "visitor"));
        s.permissions.insert("octocat".into(), "admin".into());
        s.permissions.insert("visitor".into(), "read".into());
    });
    let run = action(
        f.dir.path(),
        "pull_request",
        &pr_payload(&f.base, &f.head, "octocat", false),
        Some(&gh.url),
        &[],
    );
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stdout.contains("author cannot approve"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("lack write access"), "{}", run.stdout);
    assert!(
        run.summary.contains("Approvals that did not count"),
        "{}",
        run.summary
    );
    let comment = &posts(&gh, "/issues/2/comments")[0].body["body"];
    assert!(comment
        .as_str()
        .is_some_and(|c| c.contains("How to approve") && c.contains("remit-approved")));
}

#[test]
fn a_removed_label_no_longer_approves() {
    let f = fixture(Some(APPROVE_POLICY), edit_workflow);
    let gh = FakeGithub::start();
    gh.with(|s| {
        s.timeline.push(labeled("remit-approved", "maintainer"));
        let mut off = labeled("remit-approved", "maintainer");
        off["event"] = json!("unlabeled");
        s.timeline.push(off);
        s.permissions.insert("maintainer".into(), "write".into());
    });
    let run = action(
        f.dir.path(),
        "pull_request",
        &pr_payload(&f.base, &f.head, "octocat", false),
        Some(&gh.url),
        &[],
    );
    assert_eq!(run.code, 1);
}

/// A PR whose agent commit edits a workflow that `@sam` owns in the base's
/// CODEOWNERS: (fixture, base, head).
fn owned_workflow_fixture() -> (Fixture, String, String) {
    let mut f = fixture(Some(APPROVE_POLICY), edit_workflow);
    // CODEOWNERS must come from the base: add it to main, branch the PR from there.
    let (base, head) = {
        let r = &mut f.r;
        r.switch("main").expect("main");
        r.write(
            ".github/CODEOWNERS",
            "* @someone\n/.github/workflows/ @sam\n",
        )
        .expect("w");
        let base = r.commit("owners", &human()).expect("c").to_string();
        r.branch("work2").expect("b");
        manifest(r, SRC_ONLY);
        edit_workflow(r);
        let head = r
            .commit(&format!("agent{CLAUDE}"), &agent())
            .expect("c")
            .to_string();
        (base, head)
    };
    (f, base, head)
}

#[test]
fn a_review_answer_missing_a_field_approves_nobody_and_says_which() {
    let (f, base, head) = owned_workflow_fixture();
    let gh = FakeGithub::start();
    gh.with(|s| {
        // An approval of the head, but without the `state` remit decides on.
        s.reviews
            .push(json!({"user": {"login": "sam"}, "commit_id": head}));
        s.permissions.insert("sam".into(), "write".into());
    });
    let payload = pr_payload(&base, &head, "octocat", false);
    let run = action(f.dir.path(), "pull_request", &payload, Some(&gh.url), &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let line = run
        .stdout
        .lines()
        .find(|l| l.contains("missing field `state`"))
        .unwrap_or_else(|| panic!("no line names the missing field: {}", run.stdout));
    assert!(
        line.contains("GET /repos/octo-org/octo-repo/pulls/"),
        "{line}"
    );
    assert!(line.contains("/reviews"), "{line}");
    assert!(!run.stdout.contains(TOKEN), "{}", run.stdout);
    assert!(run.report(f.dir.path())["findings"][0]["approved_by"].is_null());
}

#[test]
fn a_check_run_answer_without_its_id_is_reported_and_not_retried() {
    use crate::github_api::Fault;
    let f = fixture(None, edit_workflow);
    let gh = FakeGithub::start();
    gh.with(|s| {
        s.faults.push(
            Fault::new("POST", "/check-runs", 201, 1)
                .acting()
                .body(json!({"name": "remit"})),
        )
    });
    let run = run_pr(&f, &gh);
    assert_eq!(run.code, 1, "the verdict is unchanged: {}", run.stdout);
    let line = run
        .stdout
        .lines()
        .find(|l| l.contains("check run skipped"))
        .unwrap_or_else(|| panic!("no check-run notice: {}", run.stdout));
    assert!(line.contains("missing field `id`"), "{line}");
    assert!(
        line.contains("POST /repos/octo-org/octo-repo/check-runs"),
        "{line}"
    );
    assert_eq!(gh.with(|s| s.check_runs.len()), 1, "{}", run.stdout);
    assert_eq!(posts(&gh, "/check-runs").len(), 1);
}

#[test]
fn code_owner_review_of_the_head_approves() {
    let (f, base, head) = owned_workflow_fixture();
    let gh = FakeGithub::start();
    gh.with(|s| {
        s.reviews
            .push(json!({"user": {"login": "sam"}, "state": "APPROVED", "commit_id": "0123"}));
        s.permissions.insert("sam".into(), "write".into());
    });
    let payload = pr_payload(&base, &head, "octocat", false);
    let run = action(f.dir.path(), "pull_request", &payload, Some(&gh.url), &[]);
    assert_eq!(run.code, 1, "an approval of an older commit does not count");
    gh.with(|s| {
        s.reviews
            .push(json!({"user": {"login": "sam"}, "state": "APPROVED", "commit_id": head}));
    });
    let run = action(f.dir.path(), "pull_request", &payload, Some(&gh.url), &[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(
        run.report(f.dir.path())["findings"][0]["approved_by"],
        "@sam (code owner review)"
    );
}

#[test]
fn a_pr_opened_by_an_agent_account_gates_every_commit() {
    // A person's commit, but Copilot opened the PR.
    let dir = TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write(".github/workflows/ci.yml", WORKFLOW).expect("w");
    let base = r.commit("base", &human()).expect("c").to_string();
    r.branch("work").expect("b");
    edit_workflow(&mut r);
    let head = r.commit("tweak ci", &human()).expect("c").to_string();
    let run = action(
        dir.path(),
        "pull_request",
        &pr_payload(&base, &head, "octocat", false),
        None,
        &[],
    );
    assert_eq!(run.code, 0, "a person's PR: not gated");
    let run = action(
        dir.path(),
        "pull_request",
        &pr_payload(&base, &head, "Copilot", false),
        None,
        &[],
    );
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stdout.contains("@Copilot opened this pull request"));
}

#[test]
fn warns_when_the_pr_changes_the_workflow_running_remit() {
    let f = fixture(None, edit_workflow);
    let payload = pr_payload(&f.base, &f.head, "octocat", false);
    let wf = format!("{REPO}/.github/workflows/ci.yml@refs/pull/2/merge");
    let run = action(
        f.dir.path(),
        "pull_request",
        &payload,
        None,
        &[("GITHUB_WORKFLOW_REF", &wf)],
    );
    assert!(
        run.stdout
            .contains("::warning title=remit%3A self-protection::"),
        "{}",
        run.stdout
    );
    assert!(run
        .summary
        .contains(".github/workflows/ci.yml, the workflow that runs remit"));
    // Under pull_request_target the base's workflow runs: no warning.
    let run = action(
        f.dir.path(),
        "pull_request_target",
        &payload,
        None,
        &[("GITHUB_WORKFLOW_REF", &wf)],
    );
    assert!(!run.stdout.contains("self-protection"));
}

#[test]
fn workspace_owned_by_another_user_is_trusted_only_in_actions() {
    use std::os::unix::fs::MetadataExt;
    let f = fixture(None, edit_source);
    let root = std::fs::metadata(f.dir.path()).expect("meta").uid() == 0;
    if !root || !chown_all(f.dir.path(), 1001) {
        eprintln!("skipped: needs root to hand the repository to another user");
        return;
    }
    let payload = pr_payload(&f.base, &f.head, "octocat", false);
    let run = action(f.dir.path(), "pull_request", &payload, None, &[]);
    assert_eq!(
        run.code, 2,
        "outside Actions remit does not touch git config"
    );
    assert!(run.stderr.contains("safe.directory"), "{}", run.stderr);
    let run = action(
        f.dir.path(),
        "pull_request",
        &payload,
        None,
        &[("GITHUB_ACTIONS", "true")],
    );
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let config = std::fs::read_to_string(run.env.path().join(".gitconfig")).expect("gitconfig");
    let canonical = std::fs::canonicalize(f.dir.path()).expect("canonical");
    assert!(
        config.contains(&format!("directory = {}", canonical.display())),
        "{config}"
    );
    assert!(!config.contains("directory = *"));
}

fn chown_all(path: &Path, uid: u32) -> bool {
    Command::new("chown")
        .args(["-R", &format!("{uid}:{uid}")])
        .arg(path)
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn check_formats_sarif_markdown_github() {
    let f = fixture(None, edit_workflow);
    let out = remit(
        f.dir.path(),
        &["check", "--base", "main", "--format", "sarif"],
    );
    assert_eq!(out.status.code(), Some(1));
    let sarif: Value = serde_json::from_str(&stdout(&out)).expect("sarif json");
    validate_sarif(&sarif);
    let out = remit(
        f.dir.path(),
        &["check", "--base", "main", "--format", "markdown"],
    );
    assert!(
        stdout(&out).contains("| 🛑 block | <code>protected-path</code> (pipeline)"),
        "{}",
        stdout(&out)
    );
    let out = remit(
        f.dir.path(),
        &["check", "--base", "main", "--format", "github"],
    );
    assert!(stdout(&out).starts_with("::error file=.github/workflows/ci.yml,line=1,"));
}

#[test]
fn bad_inputs_fail_closed() {
    let f = fixture(None, edit_source);
    let payload = pr_payload(&f.base, &f.head, "octocat", false);
    let run = action(
        f.dir.path(),
        "pull_request",
        &payload,
        None,
        &[("INPUT_FAIL_ON", "sometimes")],
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("fail_on: block"), "{}", run.stderr);
    let run = action(
        f.dir.path(),
        "pull_request",
        &payload,
        None,
        &[("INPUT_MODE", "loose")],
    );
    assert_eq!(run.code, 2);
}

#[test]
fn commit_messages_cannot_inject_workflow_commands() {
    let dir = TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write("src/lib.rs", "a\n").expect("w");
    let base = r.commit("base", &human()).expect("c").to_string();
    r.branch("work").expect("b");
    manifest(&mut r, SRC_ONLY);
    edit_source(&mut r);
    let forged = "::error file=src/lib.rs,line=1::forged";
    let head = r
        .commit(&format!("{forged}{CLAUDE}"), &agent())
        .expect("c")
        .to_string();
    let run = action(
        dir.path(),
        "pull_request",
        &pr_payload(&base, &head, "octocat", false),
        None,
        &[],
    );
    assert_eq!(run.code, 0);
    let start = run.stdout.find("::stop-commands::").expect("stop-commands");
    let token = run.stdout[start + 17..]
        .lines()
        .next()
        .expect("token")
        .to_string();
    let end = run.stdout.find(&format!("::{token}::")).expect("resume");
    let at = run.stdout.find(forged).expect("the message is still shown");
    assert!(start < at && at < end, "{}", run.stdout);
}

#[test]
fn a_team_code_owner_approves_when_membership_is_readable() {
    let mut f = fixture(Some(APPROVE_POLICY), edit_workflow);
    let (base, head) = {
        let r = &mut f.r;
        r.switch("main").expect("main");
        r.write("CODEOWNERS", "/.github/ @octo-org/security\n")
            .expect("w");
        let base = r.commit("owners", &human()).expect("c").to_string();
        r.branch("work2").expect("b");
        manifest(r, SRC_ONLY);
        edit_workflow(r);
        let head = r
            .commit(&format!("agent{CLAUDE}"), &agent())
            .expect("c")
            .to_string();
        (base, head)
    };
    let payload = pr_payload(&base, &head, "octocat", false);
    let gh = FakeGithub::start();
    gh.with(|s| {
        s.reviews
            .push(json!({"user": {"login": "kim"}, "state": "APPROVED", "commit_id": head}));
        s.team_members.push("octo-org/security/kim".into());
        s.permissions.insert("kim".into(), "write".into());
        s.deny_teams = true;
    });
    let run = action(f.dir.path(), "pull_request", &payload, Some(&gh.url), &[]);
    assert_eq!(run.code, 1, "membership unreadable: not approved");
    assert!(
        run.stdout.contains("team owners not checked"),
        "{}",
        run.stdout
    );
    gh.with(|s| s.deny_teams = false);
    let run = action(f.dir.path(), "pull_request", &payload, Some(&gh.url), &[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(
        run.report(f.dir.path())["findings"][0]["approved_by"],
        "@kim (code owner review)"
    );
}

#[test]
fn github_enterprise_api_url_keeps_its_path() {
    let f = fixture(None, edit_workflow);
    let gh = FakeGithub::start();
    let ghes = format!("{}/api/v3", gh.url);
    let payload = pr_payload(&f.base, &f.head, "octocat", false);
    let run = action(f.dir.path(), "pull_request", &payload, Some(&ghes), &[]);
    assert_eq!(run.code, 1);
    let requests = gh.requests();
    assert!(!requests.is_empty());
    assert!(
        requests
            .iter()
            .all(|r| r.path.starts_with("/api/v3/repos/octo-org/octo-repo/")),
        "{requests:?}"
    );
    assert_eq!(posts(&gh, "/check-runs").len(), 1);
}

#[test]
fn action_yml_declares_what_remit_action_reads_and_writes() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("action.yml");
    let meta: Value = serde_yaml::from_str(&std::fs::read_to_string(path).expect("action.yml"))
        .expect("action.yml is YAML");
    assert_eq!(meta["runs"]["using"], "docker");
    assert_eq!(meta["runs"]["args"], json!(["action"]));
    let mut inputs: Vec<&str> = meta["inputs"]
        .as_object()
        .expect("inputs")
        .keys()
        .map(String::as_str)
        .collect();
    inputs.sort();
    assert_eq!(
        inputs,
        [
            "base",
            "check_run",
            "comment",
            "fail_on",
            "head",
            "mode",
            "policy",
            "sarif",
            "token"
        ]
    );
    assert_eq!(meta["inputs"]["token"]["default"], "${{ github.token }}");
    // Every declared output is written, and nothing else.
    let f = fixture(None, edit_workflow);
    let run = action(
        f.dir.path(),
        "pull_request",
        &pr_payload(&f.base, &f.head, "octocat", false),
        None,
        &[],
    );
    let mut declared: Vec<&str> = meta["outputs"]
        .as_object()
        .expect("outputs")
        .keys()
        .map(String::as_str)
        .collect();
    declared.sort();
    let mut written: Vec<&str> = run.outputs.keys().map(String::as_str).collect();
    written.sort();
    assert_eq!(declared, written);
}

#[test]
fn annotations_come_most_important_first() {
    let f = fixture(None, |r| {
        r.write("docs/a.md", "x\n").expect("w");
        edit_workflow(r);
        r.write("docs/z,1:2%.md", "x\n").expect("w");
    });
    let out = remit(
        f.dir.path(),
        &["check", "--base", "main", "--format", "github"],
    );
    let text = stdout(&out);
    let kinds: Vec<&str> = text
        .lines()
        .map(|l| l.split([' ', ':']).nth(2).unwrap_or_default())
        .collect();
    assert_eq!(kinds, ["error", "warning", "warning"], "{text}");
    // Properties escape `,` `:` `%`; the message escapes `%` only.
    assert!(
        text.contains("::warning file=docs/z%2C1%3A2%25.md,line=1,"),
        "{text}"
    );
    assert!(text.contains("::`docs/z,1:2%25.md` is outside"), "{text}");
}

#[test]
fn merge_group_applies_the_queued_pull_requests_approvals() {
    let f = fixture(Some(APPROVE_POLICY), edit_workflow);
    let mut payload = fixture_payload("merge_group.checks_requested.payload.json");
    payload["merge_group"]["base_sha"] = json!(f.base);
    payload["merge_group"]["head_sha"] = json!(f.head);
    let gh = FakeGithub::start();
    let run = action(f.dir.path(), "merge_group", &payload, Some(&gh.url), &[]);
    assert_eq!(run.code, 1, "no PR #104 to read: approvals not checked");
    assert!(
        run.stdout.contains("cannot read pull request #104"),
        "{}",
        run.stdout
    );
    let pr = pr_payload(&f.base, &f.head, "octocat", false)["pull_request"].clone();
    gh.with(|s| {
        s.pulls.insert(104, pr);
        s.timeline.push(labeled("remit-approved", "maintainer"));
        s.permissions.insert("maintainer".into(), "admin".into());
    });
    let run = action(f.dir.path(), "merge_group", &payload, Some(&gh.url), &[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(gh
        .requests()
        .iter()
        .any(|r| r.route().ends_with("/issues/104/timeline")));
    assert!(
        posts(&gh, "/comments").is_empty(),
        "no comments from a merge group"
    );
}

#[test]
fn without_a_token_the_api_steps_are_skipped_with_a_readable_notice() {
    let f = fixture(None, edit_workflow);
    let payload = pr_payload(&f.base, &f.head, "octocat", false);
    let run = action(
        f.dir.path(),
        "pull_request",
        &payload,
        None,
        &[("INPUT_TOKEN", "")],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("no token was given, so the check run, PR comment and approvals are skipped"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("[REDACTED]"), "{}", run.stdout);
}

#[test]
fn merge_group_of_an_agent_opened_pr_gates_every_commit() {
    let dir = TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write(".github/workflows/ci.yml", WORKFLOW).expect("w");
    let base = r.commit("base", &human()).expect("c").to_string();
    r.branch("work").expect("b");
    edit_workflow(&mut r);
    let head = r.commit("tweak ci", &human()).expect("c").to_string();
    let mut payload = fixture_payload("merge_group.checks_requested.payload.json");
    payload["merge_group"]["base_sha"] = json!(base);
    payload["merge_group"]["head_sha"] = json!(head);
    let gh = FakeGithub::start();
    let pr = pr_payload(&base, &head, "devin-ai-integration[bot]", false)["pull_request"].clone();
    gh.with(|s| s.pulls.insert(104, pr));
    let run = action(dir.path(), "merge_group", &payload, Some(&gh.url), &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stdout.contains("opened this pull request"));
}

// GitHub's API at the edges: faults injected by the loopback server.

fn run_pr(f: &Fixture, gh: &FakeGithub) -> Run {
    action(
        f.dir.path(),
        "pull_request",
        &pr_payload(&f.base, &f.head, "octocat", false),
        Some(&gh.url),
        &[],
    )
}

#[test]
fn a_lost_check_run_answer_never_makes_two_check_runs() {
    use crate::github_api::Fault;
    // 502 before GitHub acted: remit looks, finds none, creates once.
    let f = fixture(None, edit_workflow);
    let gh = FakeGithub::start();
    gh.with(|s| s.faults.push(Fault::new("POST", "/check-runs", 502, 1)));
    let run = run_pr(&f, &gh);
    assert_eq!(run.code, 1);
    assert_eq!(gh.with(|s| s.check_runs.len()), 1, "{}", run.stdout);
    assert!(!run.stdout.contains("check run skipped"), "{}", run.stdout);
    // 502 after GitHub acted: remit finds the run and updates it.
    let gh = FakeGithub::start();
    gh.with(|s| {
        s.faults
            .push(Fault::new("POST", "/check-runs", 502, 1).acting())
    });
    let run = run_pr(&f, &gh);
    assert_eq!(run.code, 1);
    assert_eq!(gh.with(|s| s.check_runs.len()), 1, "{}", run.stdout);
    assert_eq!(posts(&gh, "/check-runs").len(), 1);
    assert!(!patches(&gh, "check-runs/").is_empty());
}

#[test]
fn rate_limits_are_waited_out_within_the_budget() {
    use crate::github_api::Fault;
    let f = fixture(None, edit_workflow);
    let gh = FakeGithub::start();
    gh.with(|s| {
        s.faults.push(Fault::new("POST", "/comments", 429, 1).header("Retry-After", "1"));
        s.faults.push(
            Fault::new("GET", "/comments", 403, 1)
                .header("Retry-After", "1")
                .body(json!({"message": "You have exceeded a secondary rate limit. Please wait a few minutes before you try again."})),
        );
        s.faults.push(Fault::new("POST", "/check-runs", 503, 0));
    });
    let run = run_pr(&f, &gh);
    assert_eq!(run.code, 1);
    assert_eq!(gh.with(|s| s.comments.len()), 1, "{}", run.stdout);
    assert_eq!(posts(&gh, "/comments").len(), 2, "one 429, one retry");
    assert!(!run.stdout.contains("comment skipped"), "{}", run.stdout);

    // Still limited when the budget runs out: said as a rate limit.
    let gh = FakeGithub::start();
    gh.with(|s| {
        s.faults
            .push(Fault::new("POST", "/check-runs", 429, 10).header("Retry-After", "5"))
    });
    let run = action(
        f.dir.path(),
        "pull_request",
        &pr_payload(&f.base, &f.head, "octocat", false),
        Some(&gh.url),
        &[("REMIT_API_RETRY_BUDGET", "2")],
    );
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("rate limited"), "{}", run.stdout);
    assert!(!run.stdout.contains("checks: write"), "{}", run.stdout);
}

#[test]
fn server_errors_on_reads_are_retried() {
    use crate::github_api::Fault;
    let f = fixture(Some(APPROVE_POLICY), edit_workflow);
    let gh = FakeGithub::start();
    gh.with(|s| {
        s.timeline.push(labeled("remit-approved", "maintainer"));
        s.permissions.insert("maintainer".into(), "write".into());
        s.faults.push(Fault::new("GET", "/timeline", 502, 1));
        s.faults.push(Fault::new("GET", "/permission", 503, 1));
    });
    let run = run_pr(&f, &gh);
    assert_eq!(run.code, 0, "{}", run.stdout);
}

#[test]
fn each_refusal_says_what_actually_happened() {
    use crate::github_api::Fault;
    let f = fixture(None, edit_workflow);
    let gh = FakeGithub::start();
    gh.with(|s| {
        s.faults.push(
            Fault::new("POST", "/check-runs", 401, 5).body(json!({"message": "Bad credentials"})),
        );
        s.faults.push(Fault::new("POST", "/comments", 403, 5));
    });
    let run = run_pr(&f, &gh);
    assert_eq!(run.code, 1);
    let check_line = run
        .stdout
        .lines()
        .find(|l| l.contains("check run skipped"))
        .unwrap_or_default()
        .to_string();
    assert!(check_line.contains("expired or revoked"), "{check_line}");
    assert!(!check_line.contains("checks: write"), "{check_line}");
    assert!(
        run.stdout.contains("pull-requests: write"),
        "{}",
        run.stdout
    );
}

#[test]
fn long_lists_are_followed_to_the_end() {
    let f = fixture(Some(APPROVE_POLICY), edit_workflow);
    let gh = FakeGithub::start();
    gh.with(|s| {
        for i in 0..250 {
            s.timeline.push(json!({"event": "commented", "id": i}));
        }
        s.timeline.push(labeled("remit-approved", "maintainer"));
        s.permissions.insert("maintainer".into(), "write".into());
    });
    let run = run_pr(&f, &gh);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let pages = gh
        .requests()
        .iter()
        .filter(|r| r.route().ends_with("/timeline"))
        .count();
    assert_eq!(pages, 3, "251 items, 100 a page");
}

#[test]
fn a_code_owner_without_write_access_does_not_approve() {
    let mut f = fixture(Some(APPROVE_POLICY), edit_workflow);
    let (base, head) = {
        let r = &mut f.r;
        r.switch("main").expect("main");
        r.write(".github/CODEOWNERS", "/.github/workflows/ @rita @sam\n")
            .expect("w");
        let base = r.commit("owners", &human()).expect("c").to_string();
        r.branch("work3").expect("b");
        manifest(r, SRC_ONLY);
        edit_workflow(r);
        let head = r
            .commit(&format!("agent{CLAUDE}"), &agent())
            .expect("c")
            .to_string();
        (base, head)
    };
    let gh = FakeGithub::start();
    gh.with(|s| {
        s.reviews
            .push(json!({"user": {"login": "rita"}, "state": "APPROVED", "commit_id": head}));
        s.permissions.insert("rita".into(), "read".into());
        s.permissions.insert("sam".into(), "write".into());
    });
    let payload = pr_payload(&base, &head, "octocat", false);
    let run = action(f.dir.path(), "pull_request", &payload, Some(&gh.url), &[]);
    assert_eq!(
        run.code, 1,
        "a read-only code owner cannot approve: {}",
        run.stdout
    );
    gh.with(|s| {
        s.reviews
            .push(json!({"user": {"login": "sam"}, "state": "APPROVED", "commit_id": head}));
    });
    let run = action(f.dir.path(), "pull_request", &payload, Some(&gh.url), &[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
}

#[test]
fn untrusted_names_on_stderr_cannot_inject_workflow_commands() {
    let dir = TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write("src/lib.rs", "a\n").expect("w");
    let base = r.commit("base", &human()).expect("c").to_string();
    r.branch("work").expect("b");
    manifest(&mut r, SRC_ONLY);
    edit_source(&mut r);
    let name = ".remit/sessions/x\n::set-output name=verdict::pass\n\u{1b}[2Kz.jsonl";
    r.write(name, "not a log\n").expect("w");
    let head = r
        .commit(&format!("work{CLAUDE}"), &agent())
        .expect("c")
        .to_string();
    let run = action(
        dir.path(),
        "pull_request",
        &pr_payload(&base, &head, "octocat", false),
        None,
        &[("GITHUB_ACTIONS", "true")],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(!run.stderr.contains('\u{1b}'), "{}", run.stderr);
    let start = run.stderr.find("::stop-commands::").expect("stop-commands");
    let token = run.stderr[start + 17..]
        .lines()
        .next()
        .expect("token")
        .to_string();
    let end = run.stderr.find(&format!("::{token}::")).expect("resume");
    let at = run
        .stderr
        .find("::set-output")
        .expect("the name is still shown");
    assert!(start < at && at < end, "{}", run.stderr);
}

#[test]
fn warnings_alone_post_no_new_comment() {
    // docs/a.md is outside the task's scope: a scope-drift warning only.
    let f = fixture(None, |r| {
        r.write("docs/a.md", "x\n").expect("w");
    });
    let gh = FakeGithub::start();
    let run = run_pr(&f, &gh);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.outputs["verdict"], "warn");
    assert!(posts(&gh, "/comments").is_empty(), "{}", run.stdout);
    assert_eq!(posts(&gh, "/check-runs")[0].body["conclusion"], "neutral");
    assert!(run.summary.contains("scope-drift"), "{}", run.summary);
}

/// A PR of 135 agent commits (a first run: no manifest, no log) and 200
/// human commits with long subjects: the comment and the check run are cut
/// to GitHub's 65,536 characters from their least important end, saying so;
/// the 1 MiB job summary keeps every row.
#[test]
fn a_large_pull_request_fits_the_comment_and_check_run_limits() {
    let dir = TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write("README.md", "# p\n").expect("w");
    let base = r.commit("base", &human()).expect("c").to_string();
    r.branch("work").expect("b");
    for i in 0..135 {
        r.write(&format!("src/m{i}.rs"), "x\n").expect("w");
        r.commit(&format!("agent change {i}{CLAUDE}"), &agent())
            .expect("c");
    }
    let long = "y".repeat(400);
    for i in 0..200 {
        r.write(&format!("docs/n{i}.md"), "x\n").expect("w");
        r.commit(&format!("note {i} {long}"), &human()).expect("c");
    }
    let head = r.head().expect("head").to_string();
    let gh = FakeGithub::start();
    let run = action(
        dir.path(),
        "pull_request",
        &pr_payload(&base, &head, "octocat", false),
        Some(&gh.url),
        &[],
    );
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);

    let comments = posts(&gh, "/issues/2/comments");
    let text = comments[0].body["body"].as_str().expect("comment");
    assert!(text.chars().count() <= 65_536, "{}", text.len());
    assert!(text.starts_with("<!-- remit:sticky-comment -->\n### remit: ❌ blocked"));
    assert!(
        text.contains("First run") && text.contains("remit init"),
        "{text}"
    );
    assert!(text.contains("cut to fit GitHub's size limit"), "{text}");
    assert!(
        text.contains("| <code>manifest-missing</code> | 135 | 0 |"),
        "{text}"
    );

    let checks = posts(&gh, "/check-runs");
    let summary = checks[0].body["output"]["summary"]
        .as_str()
        .expect("summary");
    assert!(summary.chars().count() <= 65_535);
    assert!(summary.contains("cut to fit GitHub's size limit"));
    assert!(
        !summary.ends_with("JSON report files.\n"),
        "cut by rows, not bytes"
    );

    // The job summary has room for everything.
    assert!(run.summary.len() < 1024 * 1024);
    assert!(!run.summary.contains("cut to fit"), "nothing cut");
    assert_eq!(run.summary.matches(&long).count(), 200);
}

// GitHub-native agents: the task is declared in the issue the PR links.

const COPILOT: &str = "\n\nCo-authored-by: Copilot <198982749+Copilot@users.noreply.github.com>\n";

fn copilot_pr() -> (TempDir, String, String, Value) {
    let dir = TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write("README.md", "# p\n").expect("w");
    let base = r.commit("base", &human()).expect("c").to_string();
    r.branch("copilot/fix-docs").expect("b");
    r.write("docs/guide.md", "fixed\n").expect("w");
    let bot = Who::new("Copilot", "198982749+Copilot@users.noreply.github.com");
    let head = r
        .commit(&format!("Fix the guide{COPILOT}"), &bot)
        .expect("c")
        .to_string();
    let mut payload = pr_payload(&base, &head, "Copilot", false);
    payload["pull_request"]["body"] = json!("Fixes #7\n\nI fixed the guide.");
    (dir, base, head, payload)
}

fn issue_with_block(scope: &str, author: &str) -> Value {
    json!({"number": 7, "user": {"login": author}, "created_at": "2020-01-01T00:00:00Z",
           "body": format!("The guide is wrong.\n\n```remit\nversion: 1\ntask: \"Fix the guide\"\nscope:\n  paths: [\"{scope}\"]\n```\n")})
}

#[test]
fn a_copilot_pr_is_judged_by_the_maintainers_block_in_its_issue() {
    let (dir, _base, _head, payload) = copilot_pr();
    let gh = FakeGithub::start();
    gh.with(|s| {
        s.issues.insert(7, issue_with_block("docs/**", "mona"));
        s.permissions.insert("mona".into(), "maintain".into());
    });
    let run = action(dir.path(), "pull_request", &payload, Some(&gh.url), &[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let report = run.report(dir.path());
    assert!(
        report["manifests"]
            .to_string()
            .contains("issue #7 by @mona"),
        "{report}"
    );
    assert!(gh
        .requests()
        .iter()
        .any(|r| r.route().ends_with("/graphql")));

    // The same block outside the change's scope: the change is judged by it.
    let gh = FakeGithub::start();
    gh.with(|s| {
        s.issues.insert(7, issue_with_block("src/**", "mona"));
        s.permissions.insert("mona".into(), "write".into());
    });
    let run = action(dir.path(), "pull_request", &payload, Some(&gh.url), &[]);
    let report = run.report(dir.path());
    assert!(has(&report, "scope-drift", "", "docs/guide.md"), "{report}");
}

#[test]
fn a_block_an_agent_or_a_reader_wrote_or_edited_grants_nothing() {
    let (dir, _base, _head, payload) = copilot_pr();
    for (author, edits, why) in [
        // Edited by the agent's own account.
        (
            "mona",
            vec![json!({"editedAt": "2020-01-02T00:00:00Z", "editor": {"login": "Copilot"}})],
            "agent",
        ),
        // Written by a user with read access only.
        ("rita", vec![], "no write access"),
        // Edited by a maintainer, but after the agent's first commit.
        (
            "mona",
            vec![json!({"editedAt": "2099-01-01T00:00:00Z", "editor": {"login": "mona"}})],
            "after the agent's first commit",
        ),
    ] {
        let gh = FakeGithub::start();
        gh.with(|s| {
            s.issues.insert(7, issue_with_block("docs/**", author));
            s.issue_edits.insert(7, edits.clone());
            s.permissions.insert("mona".into(), "write".into());
            s.permissions.insert("rita".into(), "read".into());
            s.permissions.insert("Copilot".into(), "write".into());
        });
        let run = action(dir.path(), "pull_request", &payload, Some(&gh.url), &[]);
        assert_eq!(run.code, 1, "{why}: {}", run.stdout);
        assert!(
            run.stdout.contains("grants nothing"),
            "{why}: {}",
            run.stdout
        );
        assert!(run.stdout.contains(why), "{why}: {}", run.stdout);
        let report = run.report(dir.path());
        assert!(has(&report, "manifest-missing", "", ""), "{why}: {report}");
    }
}

#[test]
fn issue_body_edits_are_read_to_the_last_page() {
    let (dir, _base, _head, payload) = copilot_pr();
    // 250 edits by the maintainer, one of them (on the third page) by the agent.
    let mut edits: Vec<Value> = (0..250)
        .map(|_| json!({"editedAt": "2020-01-02T00:00:00Z", "editor": {"login": "mona"}}))
        .collect();
    edits[230] = json!({"editedAt": "2020-01-02T00:00:00Z", "editor": {"login": "Copilot"}});
    let gh = FakeGithub::start();
    gh.with(|s| {
        s.issues.insert(7, issue_with_block("docs/**", "mona"));
        s.issue_edits.insert(7, edits);
        s.permissions.insert("mona".into(), "write".into());
        s.permissions.insert("Copilot".into(), "write".into());
    });
    let run = action(dir.path(), "pull_request", &payload, Some(&gh.url), &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stdout.contains("grants nothing"), "{}", run.stdout);
    let pages = gh
        .requests()
        .iter()
        .filter(|r| r.route().ends_with("/graphql"))
        .count();
    assert_eq!(pages, 3, "250 edits, 100 a page");
}
