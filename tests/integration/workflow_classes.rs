//! `workflow-risk` covers zizmor's audit classes, each judged as a change:
//! a new workflow or action with the risk blocks and names its class in the
//! evidence, and the safe variant passes.

use serde_json::Value;
use tempfile::TempDir;

use crate::common::*;

const GRANT: &str =
    "version: 1\ntask: \"CI upkeep\"\nscope:\n  paths: [\".github/**\"]\ngrants: [pipeline]\n";
const CI: &str = "name: ci\non: [push]\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n";

/// One agent commit writing `path` on top of a base with a harmless CI.
fn add(path: &str, text: &str) -> (TempDir, i32, Value) {
    let dir = TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write(".github/workflows/ci.yml", CI).expect("write");
    r.commit("Initial commit", &human()).expect("commit");
    r.branch("work").expect("branch");
    manifest(&mut r, GRANT);
    r.write(path, text).expect("write");
    r.commit(&format!("Add {path}{CLAUDE}"), &agent())
        .expect("commit");
    let (code, report) = check_json(dir.path(), &[]);
    (dir, code, report)
}

fn workflow(text: &str) -> (TempDir, i32, Value) {
    add(".github/workflows/new.yml", text)
}

/// `(message, evidence)` of the workflow-risk findings.
fn risks(report: &Value) -> Vec<(String, String)> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["rule"] == "workflow-risk")
        .map(|f| {
            (
                f["message"].as_str().unwrap_or_default().to_string(),
                f["evidence"].to_string(),
            )
        })
        .collect()
}

/// Asserts the change blocks with a finding of `class` whose message has `what`.
fn flags(code: i32, report: &Value, class: &str, what: &str) {
    assert_eq!(code, 1, "{report:#}");
    let r = risks(report);
    assert!(
        r.iter()
            .any(|(m, e)| m.contains(what) && e.contains(&format!("class: {class}"))),
        "no {class} finding with {what}: {r:#?}"
    );
}

fn quiet(code: i32, report: &Value) {
    assert!(risks(report).is_empty(), "{:#?}", risks(report));
    assert_eq!(code, 0, "{report:#}");
}

const JOB: &str = "jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n";

#[test]
fn a_new_workflow_without_permissions_gets_the_default_token() {
    let (_d, code, report) = workflow(&format!("on: push\n{JOB}      - run: make\n"));
    flags(
        code,
        &report,
        "excessive-permissions",
        "job `build`'s token gets the repository's default permissions",
    );
    // A reusable-only workflow runs with its caller's token.
    let (_d, code, report) = workflow(&format!("on: workflow_call\n{JOB}      - run: make\n"));
    quiet(code, &report);
}

#[test]
fn injection_through_script_inputs_inputs_and_matrix() {
    let script = format!(
        "on: issues\npermissions: {{}}\n{JOB}      - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea\n        with:\n          script: return \"${{{{ github.event.issue.title }}}}\"\n"
    );
    let (_d, code, report) = workflow(&script);
    flags(
        code,
        &report,
        "template-injection",
        "inside `run:`-like code (input `script` of `actions/github-script`)",
    );

    let input = "on:\n  workflow_dispatch:\n    inputs:\n      name:\n        type: string\n      count:\n        type: number\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ inputs.name }}\n";
    let (_d, code, report) = workflow(input);
    flags(
        code,
        &report,
        "template-injection",
        "expands `${{ inputs.name }}` inside `run:`",
    );
    // A number input cannot inject.
    let (_d, code, report) = workflow(&input.replace("inputs.name", "inputs.count"));
    quiet(code, &report);

    let matrix = "on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        os: [a, b]\n        dyn: ${{ github.event.head_commit.message }}\n    steps:\n      - run: echo ${{ matrix.dyn }}\n";
    let (_d, code, report) = workflow(matrix);
    flags(code, &report, "template-injection", "`${{ matrix.dyn }}`");
    let (_d, code, report) = workflow(&matrix.replace("matrix.dyn", "matrix.os"));
    quiet(code, &report);

    // A composite action's inputs come from its caller.
    let action = "name: a\ndescription: a\ninputs:\n  x:\n    description: x\nruns:\n  using: composite\n  steps:\n    - run: echo ${{ inputs.x }}\n      shell: bash\n";
    let (_d, code, report) = add(".github/actions/a/action.yml", action);
    flags(
        code,
        &report,
        "template-injection",
        "`${{ inputs.x }}` inside `run:`",
    );
}

#[test]
fn a_number_of_either_object_is_not_injection() {
    let (_d, code, report) = workflow(&format!(
        "on: push\npermissions: {{}}\n{JOB}      - run: echo ${{{{ (github.event.pull_request || github.event.issue).number }}}}\n"
    ));
    quiet(code, &report);
}

#[test]
fn every_secret_in_env_is_overprovisioned() {
    let (_d, code, report) = workflow(&format!(
        "on: push\npermissions: {{}}\n{JOB}      - run: ./deploy\n        env:\n          ALL: ${{{{ toJSON(secrets) }}}}\n"
    ));
    flags(
        code,
        &report,
        "overprovisioned-secrets",
        "expands `toJSON(secrets)` into `env.ALL`",
    );
}

#[test]
fn insecure_commands_and_github_env() {
    let (_d, code, report) = workflow(&format!(
        "on: push\npermissions: {{}}\n{JOB}      - run: make\n        env:\n          ACTIONS_ALLOW_UNSECURE_COMMANDS: true\n"
    ));
    flags(
        code,
        &report,
        "insecure-commands",
        "sets `ACTIONS_ALLOW_UNSECURE_COMMANDS`",
    );

    let env = format!(
        "on: pull_request_target\npermissions: {{}}\n{JOB}      - run: echo \"T=$TITLE\" >> $GITHUB_ENV\n"
    );
    let (_d, code, report) = workflow(&env);
    flags(
        code,
        &report,
        "github-env",
        "writes shell-expanded text to `GITHUB_ENV`",
    );
    // Literal text is fine.
    let (_d, _code, report) = workflow(&env.replace("T=$TITLE", "T=1"));
    assert!(!risks(&report).iter().any(|(m, _)| m.contains("GITHUB_ENV")));
}

#[test]
fn bot_conditions_in_privileged_workflows() {
    let text = "on: pull_request_target\npermissions: {}\njobs:\n  merge:\n    if: github.actor == 'dependabot[bot]'\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n";
    let (_d, code, report) = workflow(text);
    flags(code, &report, "bot-conditions", "a spoofable bot check");
    let (_d, code, report) = workflow(&text.replace("pull_request_target", "push"));
    quiet(code, &report);
}

#[test]
fn artipacked_checkout() {
    let text = format!(
        "on: push\npermissions: {{}}\n{JOB}      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\n"
    );
    let (_d, code, report) = workflow(&text);
    flags(
        code,
        &report,
        "artipacked",
        "checks out with the token persisted",
    );
    let (_d, code, report) = workflow(&format!(
        "{text}        with:\n          persist-credentials: false\n"
    ));
    quiet(code, &report);
}

#[test]
fn cache_in_a_release_workflow() {
    let text = "on: release\npermissions: {}\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/cache@0c45773b623bea8c8e75f6c82b208c3cf94ea4f9\n        with:\n          path: x\n          key: k\n";
    let (_d, code, report) = workflow(text);
    flags(
        code,
        &report,
        "cache-poisoning",
        "restores a cache (`actions/cache`) in a workflow that publishes",
    );
    let (_d, code, report) = workflow(&text.replace("on: release", "on: push"));
    quiet(code, &report);
}

#[test]
fn unpinned_container_and_service_images() {
    let text = "on: push\npermissions: {}\njobs:\n  test:\n    runs-on: ubuntu-latest\n    container: node\n    services:\n      db:\n        image: postgres:latest\n    steps:\n      - run: make\n";
    let (_d, code, report) = workflow(text);
    flags(
        code,
        &report,
        "unpinned-images",
        "container image `node`, not pinned",
    );
    flags(
        code,
        &report,
        "unpinned-images",
        "service `db` image `postgres:latest`",
    );
    let pinned = text
        .replace("container: node", "container: node@sha256:0123456789abcdef")
        .replace("postgres:latest", "postgres:16.2");
    let (_d, code, report) = workflow(&pinned);
    quiet(code, &report);
}

#[test]
fn same_repository_reusable_workflows_are_not_third_party() {
    let (_d, _code, report) = workflow(
        "on: push\npermissions: {}\njobs:\n  call:\n    permissions: {}\n    uses: $/.github/workflows/reusable.yml\n",
    );
    assert!(
        !risks(&report)
            .iter()
            .any(|(m, _)| m.contains("third-party")),
        "{:#?}",
        risks(&report)
    );
}

#[test]
fn deeply_nested_yaml_is_refused_before_parsing() {
    let nested = format!(
        "on: push\nx: {}{}\n",
        "[".repeat(40_000),
        "]".repeat(40_000)
    );
    let (_d, code, report) = workflow(&nested);
    assert_eq!(code, 1, "{report:#}");
    assert!(
        risks(&report)
            .iter()
            .any(|(m, _)| m.contains("levels deep (remit reads at most 64)")),
        "{:#?}",
        risks(&report)
    );
}

/// The base policy sets `workflow_risk` actions; the agent adds `text`.
fn with_policy(policy: &str, text: &str) -> (TempDir, i32, Value, String) {
    let dir = TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write(".github/workflows/ci.yml", CI).expect("write");
    r.write(".github/remit.yml", policy).expect("write");
    r.commit("Initial commit", &human()).expect("commit");
    r.branch("work").expect("branch");
    manifest(&mut r, GRANT);
    r.write(".github/workflows/new.yml", text).expect("write");
    r.commit(&format!("Add a workflow{CLAUDE}"), &agent())
        .expect("commit");
    let out = remit(dir.path(), &["check", "--base", "main", "--format", "json"]);
    let code = out.status.code().unwrap_or(-1);
    let report = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (dir, code, report, stderr(&out))
}

#[test]
fn the_policy_sets_an_action_per_class() {
    let text = format!(
        "on: push\npermissions: {{}}\n{JOB}      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\n"
    );
    let (_d, code, report, _) =
        with_policy("version: 1\nworkflow_risk:\n  artipacked: warn\n", &text);
    assert_eq!(code, 0, "{report:#}");
    let f = &report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["rule"] == "workflow-risk")
        .expect("still listed")["action"];
    assert_eq!(f, "warn");
    // Another class still blocks.
    let (_d, code, _, _) = with_policy(
        "version: 1\nworkflow_risk:\n  artipacked: warn\n",
        &format!("{text}        env:\n          ACTIONS_ALLOW_UNSECURE_COMMANDS: true\n"),
    );
    assert_eq!(code, 1);
    // An unknown class is a configuration error.
    let (_d, code, _, err) =
        with_policy("version: 1\nworkflow_risk:\n  no-such-class: warn\n", &text);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no-such-class"), "{err}");
}

#[test]
fn buildx_caches_its_binary_only_when_it_downloads_a_version() {
    let text = "on: push\npermissions: {}\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/setup-buildx-action@e468171a9de216ec08956ac3ada2f0791b6bd435\n        with:\n          version: v0.19.0\n      - uses: docker/build-push-action@263435318d21b8e681c14492fe198d362a7d2c83\n        with:\n          tags: ghcr.io/o/r:1\n";
    let poisoning = |report: &Value| {
        risks(report)
            .into_iter()
            .filter(|(_, e)| e.contains("class: cache-poisoning"))
            .count()
    };
    // A downloaded buildx is cached, and a build-push step publishes
    // unless it says `push: false`.
    let (_d, code, report) = workflow(text);
    flags(
        code,
        &report,
        "cache-poisoning",
        "restores a cache (`docker/setup-buildx-action`) in a workflow that publishes (a publishing step)",
    );
    // The runner's own buildx: nothing is restored.
    let (_d, _code, report) =
        workflow(&text.replace("        with:\n          version: v0.19.0\n", ""));
    assert_eq!(poisoning(&report), 0, "{report:#}");
    // A build that does not push publishes nothing.
    let (_d, _code, report) = workflow(&text.replace("tags: ghcr.io/o/r:1", "push: false"));
    assert_eq!(poisoning(&report), 0, "{report:#}");
}
