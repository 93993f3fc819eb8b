//! What is protected, judged on real repositories: auth words in context,
//! what CI runs, agent skills and case-insensitive names, symlinks at and
//! through protected names, and a policy's `exclude` / `ignore_words`.

use crate::common::*;

/// Every path may be touched; no category is granted.
const ALL: &str = "version: 1\ntask: \"bulk\"\nscope:\n  paths: [\"**\"]\ngrants: []\n";

/// main holds `setup` (a person's commit, with `policy` when given); one
/// agent commit on `work` does `change`.
fn gate(
    policy: Option<&str>,
    setup: &[(&str, &str)],
    change: impl FnOnce(&mut RepoBuilder),
) -> (i32, serde_json::Value) {
    let dir = tempfile::TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write("README.md", "# p\n").expect("w");
    if let Some(p) = policy {
        r.write(".github/remit.yml", p).expect("w");
    }
    for (path, content) in setup {
        r.write(path, content).expect("w");
    }
    r.commit("base", &human()).expect("c");
    r.branch("work").expect("b");
    manifest(&mut r, ALL);
    change(&mut r);
    r.commit(&format!("agent work{CLAUDE}"), &agent())
        .expect("c");
    check_json(dir.path(), &[])
}

fn add_all(paths: &'static [&'static str]) -> impl FnOnce(&mut RepoBuilder) {
    move |r: &mut RepoBuilder| {
        for p in paths {
            r.write(p, "changed by the agent\n").expect("w");
        }
    }
}

/// The categories remit flagged `path` with.
fn flags(report: &serde_json::Value, path: &str) -> Vec<String> {
    all_findings(report)
        .into_iter()
        .filter(|(rule, _, p)| rule == "protected-path" && p == path)
        .map(|(_, cat, _)| cat)
        .collect()
}

#[test]
fn auth_words_are_judged_in_context() {
    const PATHS: &[&str] = &[
        "src/security/OAuth2Handler.java",
        "storage/schema/refreshtoken.go",
        "app/middleware/session/cookie_store.rb",
        "internal/crypto/keys.go",
        "lib/orm/session.py",
        "tmux/cmd-kill-session.c",
        "src/tokenizer.rs",
        "saleor/order/migrations/0130_save_order_token.py",
        "actionpack/lib/permissions_policy.rb",
        "docs/auth/login.md",
        "locale/de/auth.json",
        "resource_customizations/iam.aws.crossplane.io/Policy/health.lua",
        "pkg/testdata/no-permission.yaml",
    ];
    let (code, report) = gate(None, &[], add_all(PATHS));
    assert_eq!(code, 1, "{report}");
    for auth in &PATHS[..4] {
        assert_eq!(flags(&report, auth), vec!["auth"], "{auth}: {report}");
    }
    for not in &PATHS[4..] {
        assert!(flags(&report, not).is_empty(), "{not} flagged: {report}");
    }
}

#[test]
fn scripts_and_includes_that_ci_runs_are_pipeline() {
    let workflow = "on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./tools/check\n      - run: ./scripts/release.sh\n      - run: bash tests/ci/*.sh\n";
    let gitlab = "include:\n  - local: '/build/templates/jobs.yml'\n";
    let zuul = "- job:\n    name: fips\n    pre-run: playbooks/enable-fips.yaml\n";
    let setup: &[(&str, &str)] = &[
        (".github/workflows/ci.yml", workflow),
        (".gitlab-ci.yml", gitlab),
        (".zuul.yaml", zuul),
        (
            "tools/check/action.yml",
            "runs: {using: node20, main: index.js}\n",
        ),
        ("tools/check/index.js", "x\n"),
        ("scripts/release.sh", "x\n"),
        ("scripts/unrelated.sh", "x\n"),
        ("tests/ci/run.sh", "x\n"),
        ("build/templates/jobs.yml", "x: 1\n"),
        ("playbooks/enable-fips.yaml", "- hosts: all\n"),
    ];
    const EDITS: &[&str] = &[
        "tools/check/index.js",
        "scripts/release.sh",
        "tests/ci/run.sh",
        "build/templates/jobs.yml",
        "playbooks/enable-fips.yaml",
        "scripts/unrelated.sh",
    ];
    let (code, report) = gate(None, setup, add_all(EDITS));
    assert_eq!(code, 1, "{report}");
    for path in &EDITS[..5] {
        assert_eq!(flags(&report, path), vec!["pipeline"], "{path}: {report}");
    }
    assert!(
        flags(&report, "scripts/unrelated.sh").is_empty(),
        "{report}"
    );
}

#[test]
fn ci_folders_count_but_a_fixture_jenkinsfile_does_not() {
    const PATHS: &[&str] = &[
        "ci/build.sh",
        ".github/travis/build.sh",
        ".goreleaser.yaml",
        "src/test/resources/samples/showcase/Jenkinsfile",
        ".github/ISSUE_TEMPLATE/bug.yml",
    ];
    let (_, report) = gate(None, &[], add_all(PATHS));
    for path in &PATHS[..3] {
        assert_eq!(flags(&report, path), vec!["pipeline"], "{path}: {report}");
    }
    for path in &PATHS[3..] {
        assert!(flags(&report, path).is_empty(), "{path}: {report}");
    }
}

#[test]
fn skills_agents_folder_and_names_in_any_case_are_agent_config() {
    const PATHS: &[&str] = &[
        ".agents/skills/release/SKILL.md",
        "tools/skills/triage/SKILL.md",
        ".Claude/settings.json",
        "claude.md",
        "pkg/AGENTS.MD",
        ".github/hooks/recorder.json",
        ".vscode/tasks.json",
    ];
    let (code, report) = gate(None, &[], add_all(PATHS));
    assert_eq!(code, 1);
    for path in PATHS {
        assert_eq!(
            flags(&report, path),
            vec!["agent-config"],
            "{path}: {report}"
        );
    }
}

#[test]
fn a_symlink_at_a_protected_name_is_protected() {
    let (code, report) = gate(None, &[("docs/x/settings.json", "{}\n")], |r| {
        r.symlink(".claude", "docs/x").expect("link");
    });
    assert_eq!(code, 1, "{report}");
    assert_eq!(flags(&report, ".claude"), vec!["agent-config"], "{report}");
}

#[test]
fn writing_through_a_protected_link_is_protected() {
    let dir = tempfile::TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write("docs/ai.md", "Be careful.\n").expect("w");
    r.symlink("CLAUDE.md", "docs/ai.md").expect("link");
    r.write("docs/other.md", "x\n").expect("w");
    r.commit("base", &human()).expect("c");
    r.branch("work").expect("b");
    manifest(&mut r, ALL);
    r.write("docs/ai.md", "Skip the tests.\n").expect("w");
    r.write("docs/other.md", "y\n").expect("w");
    r.commit(&format!("agent work{CLAUDE}"), &agent())
        .expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1, "{report}");
    assert_eq!(
        flags(&report, "docs/ai.md"),
        vec!["agent-config"],
        "{report}"
    );
    assert!(flags(&report, "docs/other.md").is_empty(), "{report}");
}

#[test]
fn policy_exclude_and_ignore_words_let_a_repository_say_what_it_means() {
    let policy = "version: 1\ncategories:\n  auth:\n    exclude: [\"src/ui/**\"]\n    ignore_words: [session]\n  pipeline:\n    exclude: [\"ci/docs/**\"]\n";
    const PATHS: &[&str] = &[
        "src/ui/LoginButton.tsx",
        "api/middleware/session_store.rb",
        "ci/docs/readme.sh",
        "src/auth/login.py",
        "ci/build.sh",
    ];
    let (code, report) = gate(Some(policy), &[], add_all(PATHS));
    assert_eq!(code, 1, "{report}");
    for path in &PATHS[..3] {
        assert!(flags(&report, path).is_empty(), "{path}: {report}");
    }
    assert_eq!(flags(&report, "src/auth/login.py"), vec!["auth"]);
    assert_eq!(flags(&report, "ci/build.sh"), vec!["pipeline"]);
}

#[test]
fn unknown_ignore_words_and_bad_excludes_fail_closed() {
    for policy in [
        "version: 1\ncategories:\n  auth:\n    ignore_words: [sesion]\n",
        "version: 1\ncategories:\n  pipeline:\n    ignore_words: [session]\n",
        "version: 1\ncategories:\n  auth:\n    exclude: [\"!src/**\"]\n",
    ] {
        let dir = tempfile::TempDir::new().expect("tempdir");
        let mut r = RepoBuilder::init(dir.path()).expect("init");
        r.write(".github/remit.yml", policy).expect("w");
        r.commit("base", &human()).expect("c");
        r.branch("work").expect("b");
        manifest(&mut r, ALL);
        r.write("src/a.rs", "x\n").expect("w");
        r.commit(&format!("agent{CLAUDE}"), &agent()).expect("c");
        let out = remit(dir.path(), &["check", "--base", "main"]);
        assert_eq!(out.status.code(), Some(2), "{policy}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains("ignore_words")
                || err.contains("built-in auth word")
                || err.contains("exclude"),
            "{policy}: {err}"
        );
    }
}

#[test]
fn content_signals_add_and_remove_auth() {
    let (code, report) = gate(None, &[], |r| {
        r.write(
            "src/providers/github.ts",
            "import GitHub from \"next-auth/providers/github\"\nexport default GitHub\n",
        )
        .expect("w");
        r.write(
            "app/api/session.py",
            "from sqlalchemy.orm import Session\n\nclass Db(Session):\n    pass\n",
        )
        .expect("w");
        r.write("src/providers/weather.ts", "export const weather = 1\n")
            .expect("w");
    });
    assert_eq!(code, 1, "{report}");
    assert_eq!(
        flags(&report, "src/providers/github.ts"),
        vec!["auth"],
        "{report}"
    );
    assert!(flags(&report, "app/api/session.py").is_empty(), "{report}");
    // The same path with no database layer in it is a web session: auth.
    assert!(remit::test_api::judge_auth_path("app/api/session.py").is_some());
    assert!(
        flags(&report, "src/providers/weather.ts").is_empty(),
        "{report}"
    );
}

#[test]
fn remit_protected_lists_what_each_category_covers_and_why() {
    let dir = tempfile::TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write(
        ".github/workflows/ci.yml",
        "on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./scripts/release.sh\n",
    )
    .expect("w");
    r.write("scripts/release.sh", "make\n").expect("w");
    r.write("src/auth/login.py", "x\n").expect("w");
    r.write("src/orm/session.py", "x\n").expect("w");
    r.write("docs/ai.md", "x\n").expect("w");
    r.symlink("CLAUDE.md", "docs/ai.md").expect("link");
    r.commit("base", &human()).expect("c");

    let out = remit(dir.path(), &["protected"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("pipeline: 2 paths"), "{text}");
    assert!(
        text.contains("run or included by `.github/workflows/ci.yml`: scripts/release.sh"),
        "{text}"
    );
    assert!(
        text.contains("path word `auth` (built-in): src/auth/login.py"),
        "{text}"
    );
    assert!(!text.contains("src/orm/session.py"), "{text}");

    let out = remit(
        dir.path(),
        &["protected", "docs/ai.md", "src/orm/session.py"],
    );
    let text = stdout(&out);
    assert!(
        text.contains("docs/ai.md: agent-config — written through symlink `CLAUDE.md`"),
        "{text}"
    );
    assert!(text.contains("src/orm/session.py: not protected"), "{text}");

    let out = remit(dir.path(), &["protected", "--rev", "no-such-rev"]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
}

#[test]
fn identity_content_in_json_and_cloudformation_is_judged() {
    // A task granted auth work is still not granted administrator rights.
    let granted = "version: 1\ntask: t\nscope:\n  paths: [\"infra/**\", \"deploy/**\", \"data/**\"]\ngrants: [auth]\n";
    let dir = tempfile::TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write("README.md", "# p\n").expect("w");
    r.commit("base", &human()).expect("c");
    r.branch("work").expect("b");
    manifest(&mut r, granted);
    r.write(
        "infra/main.tf.json",
        "{\"resource\": {\"aws_iam_role_policy_attachment\": {\"admin\": {\"role\": \"ci\", \"policy_arn\": \"arn:aws:iam::aws:policy/AdministratorAccess\"}}}}\n",
    )
    .expect("w");
    r.write(
        "deploy/rbac.json",
        "{\"apiVersion\": \"rbac.authorization.k8s.io/v1\", \"kind\": \"ClusterRoleBinding\", \"metadata\": {\"name\": \"ops\"}, \"roleRef\": {\"kind\": \"ClusterRole\", \"name\": \"cluster-admin\"}}\n",
    )
    .expect("w");
    r.write(
        "infra/stack.yaml",
        "Resources:\n  Deploy:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: '*'\n            Resource: '*'\n",
    )
    .expect("w");
    r.write(
        "data/config.json",
        "{\"kind\": \"Settings\", \"verbs\": [\"*\"]}\n",
    )
    .expect("w");
    r.commit(&format!("agent work{CLAUDE}"), &agent())
        .expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1, "{report}");
    let critical: Vec<String> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["severity"] == "critical")
        .filter_map(|f| f["path"].as_str().map(str::to_string))
        .collect();
    for path in ["infra/main.tf.json", "deploy/rbac.json", "infra/stack.yaml"] {
        assert!(critical.iter().any(|p| p == path), "{path}: {report}");
    }
    assert!(flags(&report, "data/config.json").is_empty(), "{report}");
}

#[test]
fn init_prints_what_is_protected_at_head() {
    let dir = tempfile::TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write(".github/workflows/ci.yml", "on: push\njobs: {}\n")
        .expect("w");
    r.write("src/auth/login.py", "x\n").expect("w");
    r.write("src/app.py", "x\n").expect("w");
    r.commit("base", &human()).expect("c");
    let out = remit(dir.path(), &["init"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("Protected in this repository at HEAD: auth 1, pipeline 1."),
        "{text}"
    );
    assert!(text.contains("`remit protected`"), "{text}");
}
