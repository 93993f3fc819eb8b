//! Each built-in category, each evasion: a block case and a neighbouring pass.

use crate::common::*;

const WORKFLOW: &str = "name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n";

/// Builds main with `setup` (a person's commit), then one agent commit doing `change`.
fn gate(
    manifest_yaml: &str,
    setup: &[(&str, &str)],
    change: impl FnOnce(&mut RepoBuilder),
) -> (i32, serde_json::Value) {
    let dir = tempfile::TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write("README.md", "# p\n").expect("w");
    for (path, content) in setup {
        r.write(path, content).expect("w");
    }
    r.commit("base", &human()).expect("c");
    r.branch("work").expect("b");
    manifest(&mut r, manifest_yaml);
    change(&mut r);
    r.commit(&format!("agent work{CLAUDE}"), &agent())
        .expect("c");
    check_json(dir.path(), &[])
}

fn edit(path: &'static str) -> impl FnOnce(&mut RepoBuilder) {
    move |r: &mut RepoBuilder| {
        r.write(path, "changed\n").expect("w");
    }
}

#[test]
fn workflows_yml_and_yaml_block() {
    for path in [".github/workflows/ci.yml", ".github/workflows/deploy.yaml"] {
        let (code, report) = gate(SRC_ONLY, &[], edit(path));
        assert_eq!(code, 1, "{path}: {report}");
        assert!(has(&report, "protected-path", "pipeline", path), "{report}");
        assert_eq!(report["verdict"], "block");
    }
}

#[test]
fn source_change_inside_scope_passes() {
    let (code, report) = gate(SRC_ONLY, &[("src/lib.rs", "a\n")], edit("src/lib.rs"));
    assert_eq!(code, 0, "{report}");
    // Only the log-missing warning: no audit log was committed.
    assert_eq!(report["verdict"], "warn");
    assert!(findings(&report).is_empty());
}

#[test]
fn composite_actions_and_other_ci_block() {
    for path in [
        ".github/actions/setup/action.yml",
        "tools/release/action.yaml",
        ".gitlab-ci.yml",
        "ci/Jenkinsfile",
        ".circleci/config.yml",
        ".pre-commit-config.yaml",
        ".husky/pre-push",
        ".ci/run",
        ".github/dependabot.yml",
        "azure-pipelines.yml",
        ".buildkite/pipeline.yml",
    ] {
        let (code, report) = gate(SRC_ONLY, &[], edit(path));
        assert_eq!(code, 1, "{path}");
        assert!(
            has(&report, "protected-path", "pipeline", path),
            "{path}: {report}"
        );
    }
}

#[test]
fn codeowners_in_every_location_blocks() {
    for path in ["CODEOWNERS", ".github/CODEOWNERS", "docs/CODEOWNERS"] {
        let (code, report) = gate(SRC_ONLY, &[], edit(path));
        assert_eq!(code, 1, "{path}");
        assert!(
            has(&report, "protected-path", "review-gate", path),
            "{report}"
        );
    }
}

#[test]
fn codeowners_elsewhere_is_not_a_review_gate() {
    let manifest = "version: 1\ntask: t\nscope:\n  paths: [\"src/**\"]\n";
    let (code, report) = gate(manifest, &[], edit("src/CODEOWNERS"));
    assert_eq!(code, 0, "{report}");
}

#[test]
fn agent_config_blocks() {
    for path in [
        "CLAUDE.md",
        "sub/AGENTS.md",
        ".claude/settings.json",
        ".mcp.json",
        ".cursor/rules/x.mdc",
        ".github/copilot-instructions.md",
        ".githooks/pre-commit",
    ] {
        let (code, report) = gate(SRC_ONLY, &[], edit(path));
        assert_eq!(code, 1, "{path}");
        assert!(
            has(&report, "protected-path", "agent-config", path),
            "{path}: {report}"
        );
    }
}

#[test]
fn auth_paths_block_by_whole_word() {
    for path in [
        "src/auth/login.py",
        "src/oauth_client.py",
        // A bare `session` is as often an ORM's or a terminal's: it needs a
        // word that makes it a web session (see protected_paths.rs).
        "src/web/session.rs",
        "src/jwt/verify.go",
        "src/UserPermissions.java",
    ] {
        let (code, report) = gate(SRC_ONLY, &[], edit(path));
        assert_eq!(code, 1, "{path}");
        assert!(
            has(&report, "protected-path", "auth", path),
            "{path}: {report}"
        );
    }
}

#[test]
fn author_authoring_tokenizer_are_not_auth() {
    let manifest =
        "version: 1\ntask: t\nscope:\n  paths: [\"src/**\", \"authoring/**\", \"tokenizer/**\"]\n";
    for path in ["src/author.rs", "authoring/guide.md", "tokenizer/mod.rs"] {
        let (code, report) = gate(manifest, &[], edit(path));
        assert_eq!(code, 0, "{path}: {report}");
        assert!(findings(&report).is_empty(), "{path}: {report}");
    }
}

#[test]
fn granted_and_scoped_protected_path_passes() {
    let manifest = "version: 1\ntask: t\nscope:\n  paths: [\".github/workflows/ci.yml\"]\ngrants: [pipeline]\n";
    // A real workflow: placeholder text is not valid YAML for a workflow,
    // which `workflow-risk` reports, and so is a new job on the default token.
    let (code, report) = gate(manifest, &[], |r: &mut RepoBuilder| {
        r.write(
            ".github/workflows/ci.yml",
            "on: push
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: make test
",
        )
        .expect("w");
    });
    assert_eq!(code, 0, "{report}");
}

#[test]
fn scoped_but_not_granted_blocks_and_says_so() {
    let manifest = "version: 1\ntask: t\nscope:\n  paths: [\".github/**\"]\ngrants: []\n";
    let (code, report) = gate(manifest, &[], edit(".github/workflows/ci.yml"));
    assert_eq!(code, 1);
    let evidence = report["findings"][0]["evidence"].to_string();
    assert!(evidence.contains("not in grants"), "{evidence}");
}

#[test]
fn granted_but_out_of_scope_blocks() {
    let manifest = "version: 1\ntask: t\nscope:\n  paths: [\"src/**\"]\ngrants: [pipeline]\n";
    let (code, report) = gate(manifest, &[], edit(".github/workflows/ci.yml"));
    assert_eq!(code, 1, "{report}");
}

#[test]
fn rename_out_of_a_protected_path_blocks() {
    let (code, report) = gate(SRC_ONLY, &[(".github/workflows/ci.yml", WORKFLOW)], |r| {
        r.rename(".github/workflows/ci.yml", "src/ci.yml")
            .expect("mv");
    });
    assert_eq!(code, 1, "{report}");
    assert!(
        has(
            &report,
            "protected-path",
            "pipeline",
            ".github/workflows/ci.yml"
        ),
        "{report}"
    );
    let msg = report["findings"][0]["message"]
        .as_str()
        .unwrap_or_default();
    assert!(msg.contains("renamed to src/ci.yml"), "{msg}");
}

#[test]
fn rename_within_scope_passes() {
    let (code, report) = gate(SRC_ONLY, &[("src/a.rs", "fn a() {}\n")], |r| {
        r.rename("src/a.rs", "src/b.rs").expect("mv");
    });
    assert_eq!(code, 0, "{report}");
}

#[test]
fn deleting_a_workflow_blocks() {
    let (code, report) = gate(SRC_ONLY, &[(".github/workflows/ci.yml", WORKFLOW)], |r| {
        r.remove(".github/workflows/ci.yml").expect("rm");
    });
    assert_eq!(code, 1);
    assert!(has(
        &report,
        "protected-path",
        "pipeline",
        ".github/workflows/ci.yml"
    ));
}

#[test]
fn workflow_replaced_by_symlink_blocks() {
    let (code, report) = gate(
        SRC_ONLY,
        &[
            (".github/workflows/ci.yml", WORKFLOW),
            ("src/ci.yml", WORKFLOW),
        ],
        |r| {
            r.symlink(".github/workflows/ci.yml", "../../src/ci.yml")
                .expect("ln");
        },
    );
    assert_eq!(code, 1, "{report}");
    let msg = report["findings"][0]["message"]
        .as_str()
        .unwrap_or_default();
    assert!(msg.contains("symlink"), "{msg}");
}

#[test]
fn gitlink_added_under_github_blocks() {
    let (code, report) = gate(SRC_ONLY, &[], |r| {
        r.gitlink(
            ".github/workflows/vendored",
            "0123456789abcdef0123456789abcdef01234567",
        )
        .expect("gitlink");
    });
    assert_eq!(code, 1, "{report}");
    assert!(has(
        &report,
        "protected-path",
        "pipeline",
        ".github/workflows/vendored"
    ));
    assert!(report["findings"][0]["message"]
        .as_str()
        .unwrap_or_default()
        .contains("submodule"));
}

#[test]
fn mode_change_on_a_hook_blocks() {
    let (code, report) = gate(SRC_ONLY, &[(".husky/pre-push", "npm test\n")], |r| {
        r.chmod(".husky/pre-push", true).expect("chmod");
    });
    assert_eq!(code, 1, "{report}");
    assert!(report["findings"][0]["message"]
        .as_str()
        .unwrap_or_default()
        .contains("file → executable"));
}

#[test]
fn terraform_iam_content_is_auth() {
    let manifest = "version: 1\ntask: t\nscope:\n  paths: [\"infra/**\"]\n";
    let base = "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"logs\"\n}\n";
    let (code, report) = gate(manifest, &[("infra/main.tf", base)], |r| {
        let new = format!("{base}\nresource \"aws_iam_role_policy_attachment\" \"admin\" {{\n  policy_arn = \"arn:aws:iam::aws:policy/AdministratorAccess\"\n}}\n");
        r.write("infra/main.tf", new).expect("w");
    });
    assert_eq!(code, 1, "{report}");
    assert!(
        has(&report, "protected-path", "auth", "infra/main.tf"),
        "{report}"
    );
    // An administrator attachment is a critical escalation at its own line.
    assert_eq!(report["findings"][0]["line"], 6);
    assert_eq!(report["findings"][0]["severity"], "critical");
}

#[test]
fn terraform_without_identity_resources_passes() {
    let manifest = "version: 1\ntask: t\nscope:\n  paths: [\"infra/**\"]\n";
    let base = "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"logs\"\n}\n";
    let (code, report) = gate(manifest, &[("infra/main.tf", base)], |r| {
        r.write(
            "infra/main.tf",
            base.replace("logs\"\n}", "audit-logs\"\n}"),
        )
        .expect("w");
    });
    assert_eq!(code, 0, "{report}");
}

#[test]
fn kubernetes_rbac_is_auth_and_plain_manifests_are_not() {
    let manifest = "version: 1\ntask: t\nscope:\n  paths: [\"deploy/**\"]\n";
    let (code, report) = gate(manifest, &[], |r| {
        r.write("deploy/rbac.yaml", "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: agent-admin\nroleRef:\n  name: cluster-admin\n").expect("w");
    });
    assert_eq!(code, 1);
    assert!(has(&report, "protected-path", "auth", "deploy/rbac.yaml"));
    let (code, report) = gate(manifest, &[], |r| {
        r.write(
            "deploy/app.yaml",
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n",
        )
        .expect("w");
    });
    assert_eq!(code, 0, "{report}");
}

#[test]
fn github_ruleset_terraform_is_review_gate() {
    let manifest = "version: 1\ntask: t\nscope:\n  paths: [\"infra/**\"]\ngrants: [auth]\n";
    let (code, report) = gate(manifest, &[], |r| {
        r.write(
            "infra/github.tf",
            "resource \"github_branch_protection\" \"main\" {\n  pattern = \"main\"\n}\n",
        )
        .expect("w");
    });
    assert_eq!(code, 1);
    assert!(
        has(&report, "protected-path", "review-gate", "infra/github.tf"),
        "{report}"
    );
}

#[test]
fn human_commits_touching_protected_paths_pass_and_are_listed() {
    let (dir, mut r) = repo();
    manifest(&mut r, SRC_ONLY);
    r.write(".github/workflows/ci.yml", WORKFLOW).expect("w");
    r.commit("Tune CI", &human()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 0, "{report}");
    let commits = report["commits"].as_array().expect("commits");
    assert_eq!(commits.len(), 2);
    assert!(commits.iter().all(|c| c["agent"].is_null()));
}

#[test]
fn policy_categories_add_paths_and_actions() {
    let (dir, mut r) = {
        let dir = tempfile::TempDir::new().expect("tempdir");
        let mut r = RepoBuilder::init(dir.path()).expect("init");
        r.write(".github/remit.yml", "version: 1\ncategories:\n  payments-core:\n    paths: [\"src/payments/ledger/**\"]\n    on_violation: block\n  pipeline:\n    on_violation: warn\n").expect("w");
        r.commit("policy", &human()).expect("c");
        r.branch("work").expect("b");
        (dir, r)
    };
    manifest(&mut r, SRC_ONLY);
    r.write("src/payments/ledger/post.rs", "x\n").expect("w");
    r.write(".github/workflows/ci.yml", "x\n").expect("w");
    r.commit(&format!("work{CLAUDE}"), &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1);
    assert!(has(
        &report,
        "protected-path",
        "payments-core",
        "src/payments/ledger/post.rs"
    ));
    let pipeline = report["findings"]
        .as_array()
        .expect("arr")
        .iter()
        .find(|f| f["category"] == "pipeline")
        .expect("pipeline finding");
    assert_eq!(pipeline["action"], "warn");
    let evidence = report["findings"][0]["evidence"].to_string();
    assert!(evidence.contains(".github/remit.yml@"), "{evidence}");
}

#[test]
fn iac_content_remit_cannot_read_is_judged_not_passed() {
    let all = "version: 1\ntask: infra\nscope:\n  paths: [\"**\"]\n";
    let pointer = "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n";
    // An LFS pointer, and bytes an encrypting filter wrote: both unreadable.
    for (path, content) in [
        ("infra/main.tf", pointer.as_bytes().to_vec()),
        (
            "infra/storage.tf",
            b"\x00GITCRYPT\x00\xff\xfe\x81secret".to_vec(),
        ),
    ] {
        let (dir, mut r) = repo();
        manifest(&mut r, all);
        r.write(path, content).expect("w");
        r.commit(&format!("infra{CLAUDE}"), &agent()).expect("c");
        let (code, report) = check_json(dir.path(), &[]);
        assert_eq!(code, 1, "{path}: {report}");
        assert!(
            has(&report, "protected-path", "auth", path),
            "{path}: {report}"
        );
        assert!(
            report.to_string().contains("cannot be inspected"),
            "{report}"
        );
    }
    // Readable IaC with no identity resource passes.
    let (dir, mut r) = repo();
    manifest(&mut r, all);
    r.write("infra/main.tf", "resource \"aws_s3_bucket\" \"b\" {}\n")
        .expect("w");
    r.commit(&format!("infra{CLAUDE}"), &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 0, "{report}");
}
