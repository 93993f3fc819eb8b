//! `workflow-risk` through the CLI: each risky pipeline change blocks with
//! its line and a one-line risk, and its benign neighbour passes. The task
//! grants `pipeline` throughout, so `protected-path` stays quiet and every
//! finding here is the semantic rule's own.

use serde_json::Value;
use tempfile::TempDir;

use crate::common::*;

const GRANT_PIPELINE: &str = "version: 1\ntask: \"CI upkeep\"\nscope:\n  paths: [\".github/**\", \".gitlab-ci.yml\", \".gitlab/**\", \"action.yml\", \"infra/**\"]\ngrants: [pipeline, auth]\n";

const WF: &str = ".github/workflows/ci.yml";

const CI: &str = "name: ci
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4
      - name: Test
        run: make test
  deploy:
    needs: test
    environment: production
    runs-on: ubuntu-latest
    steps:
      - run: make deploy
";

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/workflows/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture")
}

/// A repo whose `main` has `files`, a task granting pipeline work, and one
/// agent commit writing `changes` (`None` deletes the file).
fn gate(files: &[(&str, &str)], changes: &[(&str, Option<&str>)]) -> (TempDir, i32, Value) {
    let dir = TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write("README.md", "# project\n").expect("write");
    for (path, text) in files {
        r.write(path, text).expect("write");
    }
    r.commit("Initial commit", &human()).expect("commit");
    r.branch("work").expect("branch");
    manifest(&mut r, GRANT_PIPELINE);
    for (path, text) in changes {
        match text {
            Some(t) => r.write(path, t).map(|_| ()),
            None => r.remove(path).map(|_| ()),
        }
        .expect("change");
    }
    r.commit(&format!("Update CI{CLAUDE}"), &agent())
        .expect("commit");
    let (code, report) = check_json(dir.path(), &[]);
    (dir, code, report)
}

/// `(message, line, severity)` of the workflow-risk findings.
fn risks(report: &Value) -> Vec<(String, Option<u64>, String)> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["rule"] == "workflow-risk")
        .map(|f| {
            (
                f["message"].as_str().unwrap_or_default().to_string(),
                f["line"].as_u64(),
                f["severity"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// Asserts a block with exactly one workflow-risk finding containing `what`
/// at `line`, and no other finding.
fn blocks_once(code: i32, report: &Value, what: &str, line: u64) -> String {
    let r = risks(report);
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(r.len(), 1, "{r:#?}");
    assert_eq!(findings(report).len(), 1, "{report:#}");
    assert!(r[0].0.contains(what), "{:?} lacks {what}", r[0]);
    assert_eq!(r[0].1, Some(line), "{r:?}");
    r[0].0.clone()
}

fn passes(code: i32, report: &Value) {
    assert_eq!(code, 0, "{report:#}");
    assert!(findings(report).is_empty(), "{report:#}");
}

fn edit(from: &str, to: &str) -> String {
    assert!(CI.contains(from), "{from}");
    CI.replacen(from, to, 1)
}

#[test]
fn pull_request_target_with_pr_checkout_is_critical() {
    let head = edit(
        "  pull_request:\n",
        "  pull_request_target:\n",
    )
    .replace(
        "      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4\n",
        "      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n",
    );
    let (_d, code, report) = gate(&[(WF, CI)], &[(WF, Some(&head))]);
    assert_eq!(code, 1);
    let r = risks(&report);
    let trigger = r
        .iter()
        .find(|(m, _, _)| m.contains("now triggered by `pull_request_target`"))
        .expect("trigger finding");
    assert_eq!((trigger.1, trigger.2.as_str()), (Some(5), "critical"));
    assert!(r.iter().any(
        |(m, l, s)| m.contains("checks out or fetches the pull request's head")
            && *l == Some(12)
            && s == "critical"
    ));
    // Dropping `pull_request` is itself reported: its checks stop running.
    assert!(r
        .iter()
        .any(|(m, _, _)| m.contains("no longer runs on `pull_request`")));
}

#[test]
fn issue_comment_trigger_blocks_and_workflow_dispatch_passes() {
    let head = edit("  pull_request:\n", "  pull_request:\n  issue_comment:\n");
    let (_d, code, report) = gate(&[(WF, CI)], &[(WF, Some(&head))]);
    blocks_once(code, &report, "now triggered by `issue_comment`", 6);

    let head = edit(
        "  pull_request:\n",
        "  pull_request:\n  workflow_dispatch:\n",
    );
    let (_d, code, report) = gate(&[(WF, CI)], &[(WF, Some(&head))]);
    passes(code, &report);
}

#[test]
fn widened_permissions_block_and_read_scopes_pass() {
    for (to, what, line) in [
        (
            "permissions:\n  contents: write\n",
            "new write scope `contents: write`",
            7,
        ),
        ("permissions: write-all\n", "`permissions: write-all`", 6),
        (
            "permissions:\n  contents: read\n  id-token: write\n",
            "the `id-token` scope at `write`",
            8,
        ),
        ("", "`permissions` removed", 6),
    ] {
        let head = edit("permissions:\n  contents: read\n", to);
        let (_d, code, report) = gate(&[(WF, CI)], &[(WF, Some(&head))]);
        let msg = blocks_once(code, &report, what, line);
        assert!(msg.contains("token"), "{msg}");
    }
    // A job asking for a write scope of its own.
    let head = edit(
        "  deploy:\n",
        "  deploy:\n    permissions:\n      packages: write\n",
    );
    let (_d, code, report) = gate(&[(WF, CI)], &[(WF, Some(&head))]);
    blocks_once(
        code,
        &report,
        "job `deploy`'s token gets new write scope `packages: write`",
        17,
    );

    let head = edit(
        "permissions:\n  contents: read\n",
        "permissions:\n  contents: read\n  pull-requests: read\n",
    );
    let (_d, code, report) = gate(&[(WF, CI)], &[(WF, Some(&head))]);
    passes(code, &report);
}

#[test]
fn switched_off_jobs_and_steps_block() {
    for (from, to, what, line) in [
        (
            "  test:\n",
            "  test:\n    if: false\n",
            "job `test` is switched off by `if: false`",
            10,
        ),
        (
            "  test:\n",
            "  test:\n    if: ${{ false && github.ref == 'x' }}\n",
            "switched off",
            10,
        ),
        (
            "  test:\n",
            "  test:\n    continue-on-error: true\n",
            "job `test` now has `continue-on-error: true`",
            10,
        ),
        (
            "        run: make test\n",
            "        run: make test\n        continue-on-error: true\n",
            "step 2 (`Test`) now has `continue-on-error: true`",
            15,
        ),
        (
            "      - name: Test\n",
            "      - name: Test\n        if: ${{ false }}\n",
            "step 2 (`Test`) is switched off",
            14,
        ),
        (
            "    needs: test\n",
            "",
            "job `deploy` no longer needs `test`",
            17,
        ),
        (
            "    environment: production\n",
            "",
            "no longer uses environment `production`",
            17,
        ),
        (
            "  test:\n",
            "  test:\n    name: Unit tests\n",
            "check is renamed `test` → `Unit tests`",
            10,
        ),
    ] {
        let head = edit(from, to);
        let (_d, code, report) = gate(&[(WF, CI)], &[(WF, Some(&head))]);
        blocks_once(code, &report, what, line);
    }
}

#[test]
fn removed_job_blocks_and_a_real_condition_passes() {
    let head = CI.split("  deploy:\n").next().expect("split").to_string();
    let (_d, code, report) = gate(&[(WF, CI)], &[(WF, Some(&head))]);
    blocks_once(code, &report, "job `deploy` is removed", 8);

    let head = edit(
        "  deploy:\n",
        "  deploy:\n    if: github.ref == 'refs/heads/main'\n",
    );
    let (_d, code, report) = gate(&[(WF, CI)], &[(WF, Some(&head))]);
    passes(code, &report);
}

#[test]
fn deleting_a_workflow_blocks() {
    let (_d, code, report) = gate(&[(WF, CI)], &[(WF, None)]);
    assert_eq!(code, 1);
    let r = risks(&report);
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(
        r[0].0
            .contains("deleted; its jobs no longer run: `test`, `deploy`"),
        "{r:?}"
    );
}

#[test]
fn exposed_secrets_block_and_env_quoting_passes() {
    let caller = edit(
        "  deploy:\n    needs: test\n    environment: production\n    runs-on: ubuntu-latest\n    steps:\n      - run: make deploy\n",
        "  deploy:\n    needs: test\n    environment: production\n    uses: ./.github/workflows/deploy.yml\n    secrets: inherit\n",
    );
    let (_d, code, report) = gate(&[(WF, CI)], &[(WF, Some(&caller))]);
    blocks_once(code, &report, "(`secrets` set to `inherit`)", 19);

    let inject = edit(
        "        run: make test\n",
        "        run: echo \"${{ github.event.pull_request.title }}\" && make test\n",
    );
    let (_d, code, report) = gate(&[(WF, CI)], &[(WF, Some(&inject))]);
    let msg = blocks_once(
        code,
        &report,
        "expands `${{ github.event.pull_request.title }}` inside `run:`",
        14,
    );
    assert!(msg.contains("injects shell commands"), "{msg}");
    assert_eq!(risks(&report)[0].2, "critical");

    let echo = edit("      - run: make deploy\n", "      - run: echo \"$NPM_TOKEN\" | base64\n        env:\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n");
    let (_d, code, report) = gate(&[(WF, CI)], &[(WF, Some(&echo))]);
    blocks_once(code, &report, "writes secret `NPM_TOKEN` out", 20);

    // The safe way: event text through env, quoted; a secret used, not printed.
    let safe = edit(
        "        run: make test\n",
        "        run: echo \"$TITLE\" && npm publish --token \"$NPM_TOKEN\"\n        env:\n          TITLE: ${{ github.event.pull_request.title }}\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n",
    );
    let (_d, code, report) = gate(&[(WF, CI)], &[(WF, Some(&safe))]);
    passes(code, &report);
}

#[test]
fn secret_in_a_shell_step_of_an_untrusted_trigger_blocks() {
    let base = "name: triage\non:\n  issues:\n    types: [opened]\njobs:\n  label:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./label.sh\n";
    let head = "name: triage\non:\n  issues:\n    types: [opened]\njobs:\n  label:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./label.sh\n        env:\n          DEPLOY_KEY: ${{ secrets.DEPLOY_KEY }}\n";
    let path = ".github/workflows/triage.yml";
    let (_d, code, report) = gate(&[(path, base)], &[(path, Some(head))]);
    blocks_once(
        code,
        &report,
        "hands secret `DEPLOY_KEY` to a shell in a workflow triggered by `issues`",
        9,
    );
}

#[test]
fn unpinned_third_party_actions_block_and_sha_bumps_pass() {
    let add = edit(
        "      - name: Test\n",
        "      - uses: some-org/setup-tool@v2\n      - name: Test\n",
    );
    let (_d, code, report) = gate(&[(WF, CI)], &[(WF, Some(&add))]);
    blocks_once(
        code,
        &report,
        "third-party action `some-org/setup-tool@v2` is added, not pinned",
        13,
    );

    let off_pin = edit(
        "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4",
        "actions/checkout@v4",
    );
    let (_d, code, report) = gate(&[(WF, CI)], &[(WF, Some(&off_pin))]);
    blocks_once(
        code,
        &report,
        "`actions/checkout@v4` moves off a pinned commit",
        12,
    );

    // actions/checkout v4 → v5, pinned by SHA both times: fine.
    let bump = edit(
        "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4",
        "actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5",
    );
    let (_d, code, report) = gate(&[(WF, CI)], &[(WF, Some(&bump))]);
    passes(code, &report);
}

#[test]
fn downloads_piped_into_a_shell_block() {
    let head = edit("        run: make test\n", "        run: |\n          curl -fsSL https://get.example.dev/install.sh | sh\n          make test\n");
    let (_d, code, report) = gate(&[(WF, CI)], &[(WF, Some(&head))]);
    blocks_once(code, &report, "pipes a download into a shell", 15);

    let head = edit("        run: make test\n", "        run: |\n          curl -fsSL -o tool.tgz https://example.dev/tool.tgz\n          sha256sum -c tool.sha256\n          make test\n");
    let (_d, code, report) = gate(&[(WF, CI)], &[(WF, Some(&head))]);
    passes(code, &report);
}

#[test]
fn composite_action_injection_blocks() {
    let path = ".github/actions/setup/action.yml";
    let base = "name: setup\nruns:\n  using: composite\n  steps:\n    - run: echo setting up\n      shell: bash\n";
    let head = "name: setup\nruns:\n  using: composite\n  steps:\n    - run: echo setting up ${{ github.head_ref }}\n      shell: bash\n";
    let (_d, code, report) = gate(&[(path, base)], &[(path, Some(head))]);
    blocks_once(code, &report, "the action step 1", 5);
    let ok = "name: setup\nruns:\n  using: composite\n  steps:\n    - run: echo setting up twice\n      shell: bash\n";
    let (_d, code, report) = gate(&[(path, base)], &[(path, Some(ok))]);
    passes(code, &report);
}

#[test]
fn malformed_yaml_is_a_finding_never_a_pass() {
    let head = "name: ci\non: [push\njobs:\n  test:\n    runs-on: x\n";
    let (_d, code, report) = gate(&[(WF, CI)], &[(WF, Some(head))]);
    let r = risks(&report);
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].0.contains("is not valid YAML"), "{r:?}");
    assert!(r[0].1.is_some(), "points at a line: {r:?}");
    // An empty workflow is not a mapping: also a finding.
    let (_d, code, report) = gate(&[(WF, CI)], &[(WF, Some(""))]);
    assert_eq!(code, 1);
    assert!(risks(&report)[0].0.contains("is not a YAML mapping"));
}

#[test]
fn human_only_pipeline_changes_are_not_gated() {
    let dir = TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write(WF, CI).expect("write");
    r.commit("Initial", &human()).expect("commit");
    r.branch("work").expect("branch");
    manifest(&mut r, GRANT_PIPELINE);
    r.write(WF, edit("  test:\n", "  test:\n    if: false\n"))
        .expect("write");
    r.commit("Pause tests", &human()).expect("commit");
    r.write("src/lib.rs", "// x\n").expect("write");
    r.commit(&format!("Add lib{CLAUDE}"), &agent())
        .expect("commit");
    let (_code, report) = check_json(dir.path(), &[]);
    assert!(risks(&report).is_empty(), "{report:#}");
}

#[test]
fn fires_without_a_grant_too_alongside_protected_path() {
    let dir = TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write(WF, CI).expect("write");
    r.commit("Initial", &human()).expect("commit");
    r.branch("work").expect("branch");
    manifest(&mut r, SRC_ONLY);
    r.write(WF, edit("  test:\n", "  test:\n    if: false\n"))
        .expect("write");
    r.commit(&format!("Speed up CI{CLAUDE}"), &agent())
        .expect("commit");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1);
    assert!(has(&report, "protected-path", "pipeline", WF));
    assert!(has(&report, "workflow-risk", "", WF));
}

#[test]
fn renamed_workflow_is_compared_with_its_old_self() {
    let dir = TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write(WF, CI).expect("write");
    r.commit("Initial", &human()).expect("commit");
    r.branch("work").expect("branch");
    manifest(&mut r, GRANT_PIPELINE);
    r.rename(WF, ".github/workflows/test.yml").expect("rename");
    r.commit(&format!("Rename CI{CLAUDE}"), &agent())
        .expect("commit");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 0, "a pure rename changes nothing: {report:#}");
}

#[test]
fn text_report_shows_the_line_and_the_risk() {
    let dir = TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write(WF, CI).expect("write");
    r.commit("Initial", &human()).expect("commit");
    r.branch("work").expect("branch");
    manifest(&mut r, GRANT_PIPELINE);
    r.write(WF, edit("  test:\n", "  test:\n    if: false\n"))
        .expect("write");
    r.commit(&format!("Speed up CI{CLAUDE}"), &agent())
        .expect("commit");
    let out = remit(dir.path(), &["check", "--base", "main"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("workflow-risk .github/workflows/ci.yml:10"),
        "{text}"
    );
    assert!(text.contains("its check is skipped, not failed"), "{text}");
    assert!(text.contains("remit explain workflow-risk"), "{text}");
}

#[test]
fn real_zizmor_ci_upgrade_reports_only_the_renamed_checks() {
    let (base, head) = (
        fixture("zizmor-ci-0e8cb04.yml"),
        fixture("zizmor-ci-04b16b6.yml"),
    );
    let (_d, code, report) = gate(&[(WF, &base)], &[(WF, Some(&head))]);
    let r = risks(&report);
    assert_eq!(code, 1);
    let mut msgs: Vec<&str> = r.iter().map(|(m, _, _)| m.as_str()).collect();
    msgs.sort();
    assert_eq!(msgs.len(), 3, "{r:#?}");
    assert!(
        msgs[0].starts_with(
            "job `all-tests-pass`'s check is renamed `all-tests-pass` → `All tests pass`"
        ),
        "{msgs:?}"
    );
    assert!(
        msgs[1].starts_with("job `lint`'s check is renamed `lint` → `Lint`"),
        "{msgs:?}"
    );
    assert!(
        msgs[2].starts_with("job `test`'s check is renamed `test` → `Test`"),
        "{msgs:?}"
    );
    assert_eq!(
        r.iter().find(|x| x.0.contains("`lint`")).and_then(|x| x.1),
        Some(22)
    );
}

#[test]
fn real_release_workflow_benign_bump_passes_and_adding_it_blocks() {
    let path = ".github/workflows/release-pypi.yml";
    let base = fixture("zizmor-release-pypi-002690a.yml");
    let bump = base.replace(
        "actions/checkout@9c091bb21b7c1c1d1991bb908d89e4e9dddfe3e0 # v7.0.0",
        "actions/checkout@8e8c483db84b4bee98b60c0593521ed34d9990e8 # v6.0.1",
    );
    let (_d, code, report) = gate(&[(path, &base)], &[(path, Some(&bump))]);
    passes(code, &report);

    // The same workflow added by an agent: OIDC publishing rights and
    // third-party (pinned) actions are new.
    let (_d, code, report) = gate(&[], &[(path, Some(&base))]);
    assert_eq!(code, 1);
    let r = risks(&report);
    let oidc = r
        .iter()
        .find(|x| x.0.contains("the `id-token` scope at `write`"))
        .expect("oidc");
    // The finding points at the scope's own line, under `permissions:`.
    assert_eq!(oidc.1, Some(164));
    let maturin = r
        .iter()
        .find(|x| x.0.contains("third-party action `PyO3/maturin-action@"))
        .expect("third-party");
    assert_eq!(maturin.2, "medium");
    assert!(
        !r.iter().any(|x| x.0.contains("actions/checkout")),
        "{r:#?}"
    );
}

#[test]
fn gitlab_ci_real_file_neutralisations() {
    let path = ".gitlab-ci.yml";
    let base = fixture("libvirt-gitlab-ci-019b71d.yml");
    // Benign: a newer build image for the style check.
    let bump = base.replacen(
        "    - $MAKE syntax-check\n  image: quay.io/libvirt/buildenv-libvirt-centos-8:latest",
        "    - $MAKE syntax-check\n  image: quay.io/libvirt/buildenv-libvirt-centos-9:latest",
        1,
    );
    assert_ne!(bump, base);
    let (_d, code, report) = gate(&[(path, &base)], &[(path, Some(&bump))]);
    passes(code, &report);

    let weakened = base
        .replacen(
            "codestyle:\n  stage: prebuild\n",
            "codestyle:\n  stage: prebuild\n  allow_failure: true\n",
            1,
        )
        .split("\n# Check that all commits are signed-off")
        .next()
        .expect("split")
        .to_string();
    let (_d, code, report) = gate(&[(path, &base)], &[(path, Some(&weakened))]);
    assert_eq!(code, 1);
    let r = risks(&report);
    assert_eq!(r.len(), 2, "{r:#?}");
    assert!(
        r.iter()
            .any(|x| x.0.contains("job `codestyle` now has `allow_failure`") && x.1 == Some(187)),
        "{r:#?}"
    );
    assert!(
        r.iter().any(|x| x.0.contains("job `check-dco` is removed")),
        "{r:#?}"
    );
}

#[test]
fn gitlab_manual_gate_and_skip_rules() {
    let path = ".gitlab-ci.yml";
    let base = "deploy:\n  stage: deploy\n  when: manual\n  script: [make deploy]\ntest:\n  script: [make test]\n";
    let head = "deploy:\n  stage: deploy\n  when: always\n  script: [make deploy]\ntest:\n  rules:\n    - when: never\n  script: [make test]\n";
    let (_d, code, report) = gate(&[(path, base)], &[(path, Some(head))]);
    assert_eq!(code, 1);
    let r = risks(&report);
    assert!(
        r.iter().any(|x| x
            .0
            .contains("`deploy` is no longer manual (`when: always`)")
            && x.1 == Some(3)),
        "{r:#?}"
    );
    assert!(
        r.iter()
            .any(|x| x.0.contains("`test` gets a rule that skips it") && x.1 == Some(7)),
        "{r:#?}"
    );
}

#[test]
fn iac_wildcards_are_critical_even_when_auth_is_granted() {
    let path = "infra/iam.tf";
    let base = "resource \"aws_iam_policy\" \"ci\" {\n  policy = jsonencode({\n    Statement = [{\n      Effect   = \"Allow\"\n      Action   = [\"s3:GetObject\"]\n      Resource = \"arn:aws:s3:::artifacts/*\"\n    }]\n  })\n}\n";
    let wild = base.replace("[\"s3:GetObject\"]", "[\"s3:GetObject\", \"iam:*\"]");
    let (_d, code, report) = gate(&[(path, base)], &[(path, Some(&wild))]);
    assert_eq!(code, 1, "{report:#}");
    let f = &report["findings"][0];
    assert_eq!(f["rule"], "protected-path");
    assert_eq!(f["category"], "auth");
    assert_eq!(f["severity"], "critical");
    assert_eq!(f["line"], 5);
    assert!(
        f["message"]
            .as_str()
            .unwrap_or_default()
            .contains("wildcard action `iam:*` in `aws_iam_policy.ci`"),
        "{f:#}"
    );

    // Narrow, granted identity work passes.
    let narrow = base.replace("[\"s3:GetObject\"]", "[\"s3:GetObject\", \"s3:PutObject\"]");
    let (_d, code, report) = gate(&[(path, base)], &[(path, Some(&narrow))]);
    passes(code, &report);

    let rbac = "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: ci\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: cluster-admin\nsubjects:\n  - kind: ServiceAccount\n    name: ci\n    namespace: ci\n";
    let (_d, code, report) = gate(&[], &[("infra/k8s/rbac.yaml", Some(rbac))]);
    assert_eq!(code, 1);
    let f = &report["findings"][0];
    assert_eq!(
        (f["severity"].as_str(), f["line"].as_u64()),
        (Some("critical"), Some(8))
    );
    assert!(
        f["message"]
            .as_str()
            .unwrap_or_default()
            .contains("binds `cluster-admin`"),
        "{f:#}"
    );
}

#[test]
fn benign_job_edits_pass() {
    // An explicit `continue-on-error: false`, one more need, a new step.
    let head = edit("  test:\n", "  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make lint\n  test:\n    continue-on-error: false\n")
        .replace("    needs: test\n", "    needs: [test, lint]\n")
        .replace("      - run: make deploy\n", "      - run: make deploy\n      - run: make smoke-test\n");
    let (_d, code, report) = gate(&[(WF, CI)], &[(WF, Some(&head))]);
    passes(code, &report);
}

#[test]
fn anchors_and_list_triggers_are_understood() {
    let base = "on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - &checkout\n        uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\n      - run: make test\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - *checkout\n      - run: make lint\n";
    let head = base
        .replace("on: [push]", "on: [push, pull_request_target]")
        .replace("  lint:\n", "  lint:\n    if: false\n");
    let (_d, code, report) = gate(&[(WF, base)], &[(WF, Some(&head))]);
    assert_eq!(code, 1);
    let r = risks(&report);
    assert_eq!(r.len(), 2, "{r:#?}");
    assert!(
        r.iter()
            .any(|x| x.0.contains("now triggered by `pull_request_target`") && x.1 == Some(1)),
        "{r:#?}"
    );
    assert!(
        r.iter()
            .any(|x| x.0.contains("job `lint` is switched off") && x.1 == Some(10)),
        "{r:#?}"
    );
}

#[test]
fn gitlab_local_includes_outside_dot_gitlab_are_judged() {
    let main = "include:\n  - local: ci/deploy.yml\nstages: [deploy]\n";
    let base = "deploy:\n  stage: deploy\n  when: manual\n  script: [make deploy]\n";
    let head = "deploy:\n  stage: deploy\n  script: [make deploy]\n";
    let (_d, code, report) = gate(
        &[(".gitlab-ci.yml", main), ("ci/deploy.yml", base)],
        &[("ci/deploy.yml", Some(head))],
    );
    assert_eq!(code, 1, "{report:#}");
    let f = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["rule"] == "workflow-risk")
        .expect("workflow-risk");
    assert_eq!(f["path"], "ci/deploy.yml");
    assert!(
        f["message"]
            .as_str()
            .unwrap_or_default()
            .contains("`deploy` is no longer manual"),
        "{f:#}"
    );
}
