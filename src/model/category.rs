//! The built-in protected categories (SPEC §3): their globs, the `auth`
//! path-word matcher, and the IaC content checks.

/// The four categories remit always knows.
pub(crate) const BUILTIN: [&str; 4] = [PIPELINE, REVIEW_GATE, AUTH, AGENT_CONFIG];
pub(crate) const PIPELINE: &str = "pipeline";
pub(crate) const REVIEW_GATE: &str = "review-gate";
pub(crate) const AUTH: &str = "auth";
pub(crate) const AGENT_CONFIG: &str = "agent-config";

/// CI/CD definitions: whatever runs with the repository's secrets and tokens.
pub(crate) const PIPELINE_GLOBS: &[&str] = &[
    // GitHub Actions: workflows, composite and local actions, Dependabot.
    "/.github/workflows/**",
    "/.github/workflow-templates/**",
    "/.github/actions/**",
    "action.yml",
    "action.yaml",
    "/.github/dependabot.yml",
    "/.github/dependabot.yaml",
    "/workflow-templates/**",
    // Gitea / Forgejo Actions.
    "/.gitea/workflows/**",
    "/.gitea/actions/**",
    "/.forgejo/workflows/**",
    "/.forgejo/actions/**",
    // GitLab CI and its includes.
    "/.gitlab-ci.yml",
    "/.gitlab-ci.yaml",
    "*.gitlab-ci.yml",
    "*.gitlab-ci.yaml",
    "/.gitlab/ci/**",
    "/.gitlab/*.yml",
    "/.gitlab/*.yaml",
    // Jenkins.
    "Jenkinsfile",
    "Jenkinsfile.*",
    "*.jenkinsfile",
    "*.Jenkinsfile",
    "/jenkins/**",
    "/.jenkins/**",
    // CircleCI.
    "/.circleci/**",
    // Azure Pipelines.
    "azure-pipelines.yml",
    "azure-pipelines.yaml",
    "azure-pipelines-*.yml",
    "azure-pipelines-*.yaml",
    "/.azure-pipelines/**",
    "/.azuredevops/**",
    "/.pipelines/**",
    // Bitbucket Pipelines.
    "bitbucket-pipelines.yml",
    "bitbucket-pipelines.yaml",
    "*-pipelines.yml",
    "*-pipelines.yaml",
    // Buildkite.
    "/.buildkite/**",
    "/buildkite.yml",
    "/buildkite.yaml",
    // Drone.
    "/.drone.yml",
    "/.drone.yaml",
    "/.drone.star",
    "/.drone.jsonnet",
    // Travis CI.
    "/.travis.yml",
    "/.travis.yaml",
    // Google Cloud Build.
    "cloudbuild.yml",
    "cloudbuild.yaml",
    "cloudbuild.json",
    "cloudbuild-*.yml",
    "cloudbuild-*.yaml",
    // Tekton.
    "/.tekton/**",
    "/tekton/**",
    // Argo Workflows / Argo CD.
    "/.argo/**",
    "/argo/**",
    "/.argocd/**",
    // AWS CodeBuild / CodePipeline.
    "buildspec.yml",
    "buildspec.yaml",
    "buildspec-*.yml",
    "buildspec-*.yaml",
    // Woodpecker.
    "/.woodpecker.yml",
    "/.woodpecker.yaml",
    "/.woodpecker/**",
    // Crow CI, Vela, Bitrise, Batect.
    "/.crow.yml",
    "/.crow.yaml",
    "/.crow/**",
    "/.vela.yml",
    "/.vela.yaml",
    "bitrise.yml",
    "bitrise.yaml",
    "batect.yml",
    "batect-bundle.yml",
    // Other hosted CI.
    "/.semaphore/**",
    "/appveyor.yml",
    "/.appveyor.yml",
    "/.cirrus.yml",
    "/.cirrus.star",
    "/codefresh.yml",
    "/.codefresh/**",
    "/bamboo-specs/**",
    "/.harness/**",
    "/.teamcity/**",
    "/.concourse/**",
    "/.earthly/**",
    // Pre-commit, husky and lefthook hook configs.
    "/.pre-commit-config.yaml",
    "/.pre-commit-config.yml",
    "/.pre-commit-hooks.yaml",
    "/.husky/**",
    "/lefthook.yml",
    "/lefthook.yaml",
    "/lefthook.json",
    "/lefthook.toml",
    "/.lefthook.yml",
    "/.lefthook.yaml",
    "/lefthook-local.yml",
    "/lefthook-local.yaml",
    "/.lefthook/**",
    "/.lefthook-local/**",
    // The repository's own CI entry point.
    "/.ci/**",
];

/// The controls that decide what gets merged: code owners, rulesets, remit's own policy.
pub(crate) const REVIEW_GATE_GLOBS: &[&str] = &[
    "/CODEOWNERS",
    "/.github/CODEOWNERS",
    "/docs/CODEOWNERS",
    "/.gitlab/CODEOWNERS",
    "/.github/remit.yml",
    "/.github/remit.yaml",
    "/.github/settings.yml",
    "/.github/settings.yaml",
    "/.github/rulesets/**",
    "/.github/branch-protection/**",
    "/.gitlab/merge_request_templates/**",
];

/// Instructions and settings that steer future agent sessions.
pub(crate) const AGENT_CONFIG_GLOBS: &[&str] = &[
    "CLAUDE.md",
    "CLAUDE.local.md",
    "AGENTS.md",
    "AGENT.md",
    "AGENTS.override.md",
    "GEMINI.md",
    "/.claude/**",
    "/.mcp.json",
    "/.cursor/**",
    "/.cursorrules",
    "/.cursorignore",
    "/.codex/**",
    "/.gemini/**",
    "/.opencode/**",
    "/opencode.json",
    "/opencode.jsonc",
    "/.github/copilot-instructions.md",
    "/.github/instructions/**",
    "/.github/prompts/**",
    "/.github/chatmodes/**",
    "/.github/agents/**",
    "/.github/copilot/**",
    "/.vscode/mcp.json",
    "/.windsurfrules",
    "/.windsurf/**",
    "/.clinerules",
    "/.clinerules/**",
    "/.roo/**",
    "/.roomodes",
    "/.continue/**",
    "/.aider.conf.yml",
    "/.aider.conf.yaml",
    "/.amazonq/**",
    "/.junie/**",
    "/.kiro/**",
    "/.devin/**",
    // Git hooks paths: the commands that run on every commit and push.
    "/.githooks/**",
    "/.git-hooks/**",
    "/.hooks/**",
    "/git-hooks/**",
];

/// Globs of a built-in category (auth has none: it is judged by
/// `auth_path`).
pub(crate) fn builtin_globs(category: &str) -> &'static [&'static str] {
    match category {
        PIPELINE => PIPELINE_GLOBS,
        REVIEW_GATE => REVIEW_GATE_GLOBS,
        AGENT_CONFIG => AGENT_CONFIG_GLOBS,
        _ => &[],
    }
}

/// Whether the built-in globs of `category` match names case-insensitively:
/// agents and hosts read `.Claude/settings.json` or `claude.md` on a
/// case-insensitive file system (macOS, Windows) as their own.
pub(crate) fn case_insensitive(category: &str) -> bool {
    matches!(category, AGENT_CONFIG | REVIEW_GATE)
}

/// Why `path` is auth code (built-in judgement), e.g. `path word `oauth``.
pub(crate) fn auth_reason(path: &str, ignored_words: &[String]) -> Option<String> {
    super::auth_path::judge_ignoring(path, ignored_words)
}

/// Folders where CI keeps what it runs (`ci/build.sh`, `tests/ci/run.sh`).
const CI_FOLDERS: &[&str] = &[
    "ci",
    ".ci",
    ".gitlab-ci",
    "ci-scripts",
    "ci_scripts",
    "ci-tools",
    ".zuul.d",
    "zuul.d",
];

/// Files under `.github/` that no workflow runs: documentation, templates
/// for people, images, funding links.
fn github_non_pipeline(rest: &str) -> bool {
    let lower = rest.to_ascii_lowercase();
    let name = lower.rsplit('/').next().unwrap_or(&lower);
    let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    lower.starts_with("issue_template")
        || lower.starts_with("discussion_template")
        || lower.starts_with("pull_request_template")
        || matches!(
            ext,
            "md" | "markdown" | "rst" | "txt" | "png" | "jpg" | "jpeg" | "gif" | "svg" | "webp"
        )
        || matches!(name, "funding.yml" | "funding.yaml" | ".editorconfig" | "dco")
        // Review gates and agent instructions have their own categories.
        || lower == "codeowners"
        || lower.starts_with("remit.y")
        || lower.starts_with("settings.y")
        || ["rulesets/", "branch-protection/", "instructions/", "prompts/", "chatmodes/", "agents/", "copilot/", "hooks/"]
            .iter()
            .any(|p| lower.starts_with(p))
}

/// Release and update bots' configuration files at the root (lowercase).
const ROOT_CONFIGS: &[&str] = &[
    ".goreleaser.yml",
    ".goreleaser.yaml",
    "goreleaser.yml",
    "goreleaser.yaml",
    ".zuul.yaml",
    ".zuul.yml",
    "zuul.yaml",
    "zuul.yml",
    "renovate.json",
    "renovate.json5",
    ".renovaterc",
    ".renovaterc.json",
    ".renovaterc.json5",
];

/// Why `path` is pipeline code beyond the built-in globs: a CI folder, a
/// file kept under `.github/` for automation, release and update bots.
pub(crate) fn pipeline_reason(path: &str) -> Option<String> {
    if under_fixture(path) {
        return None;
    }
    let segments: Vec<&str> = path.split('/').collect();
    let (name, folders) = segments.split_last()?;
    let lower_name = name.to_ascii_lowercase();
    if let Some(dir) = folders
        .iter()
        .find(|f| CI_FOLDERS.contains(&f.to_ascii_lowercase().as_str()))
    {
        return Some(format!("CI folder `{dir}/` (built-in)"));
    }
    if let Some(rest) = path.strip_prefix(".github/") {
        if !github_non_pipeline(rest) {
            return Some("automation under `.github/` (built-in)".to_string());
        }
    }
    let script = [".sh", ".bash", ".ps1", ".py", ".rb", ".js", ".ts"]
        .iter()
        .any(|e| lower_name.ends_with(e));
    if script && (lower_name.starts_with("ci-") || lower_name.starts_with("ci_")) {
        return Some(format!("CI script `{name}` (built-in)"));
    }
    let root_config = folders.is_empty() && ROOT_CONFIGS.contains(&lower_name.as_str());
    let gitlab_renovate = matches!(
        path,
        ".gitlab/renovate.json" | ".gitlab/renovate.json5" | ".github/renovate.json5"
    );
    (root_config || gitlab_renovate)
        .then(|| format!("CI/release configuration `{path}` (built-in)"))
}

/// Whether [`pipeline_reason`] gives `path` one, without making it: a few
/// byte comparisons, no lowered copies (asked of every CI definition
/// candidate of base and head, and of the paths agent commits changed).
pub(crate) fn is_pipeline(path: &str) -> bool {
    if under_fixture(path) {
        return false;
    }
    let (folders, name) = path.rsplit_once('/').unwrap_or(("", path));
    let named = |list: &[&str], text: &str| list.iter().any(|l| text.eq_ignore_ascii_case(l));
    if !folders.is_empty() && folders.split('/').any(|f| named(CI_FOLDERS, f)) {
        return true;
    }
    if let Some(rest) = path.strip_prefix(".github/") {
        if !github_non_pipeline(rest) {
            return true;
        }
    }
    let ends = |suffix: &str| {
        name.len() >= suffix.len()
            && name.as_bytes()[name.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
    };
    let starts = |prefix: &str| {
        name.as_bytes()
            .get(..prefix.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(prefix.as_bytes()))
    };
    let script = [".sh", ".bash", ".ps1", ".py", ".rb", ".js", ".ts"]
        .iter()
        .any(|e| ends(e));
    if script && (starts("ci-") || starts("ci_")) {
        return true;
    }
    let root_config = !path.contains('/') && named(ROOT_CONFIGS, name);
    root_config
        || matches!(
            path,
            ".gitlab/renovate.json" | ".gitlab/renovate.json5" | ".github/renovate.json5"
        )
}

/// Whether `path` lies under a test-fixture folder: a Jenkinsfile in
/// `src/test/resources/samples/` is data a test reads, not the pipeline.
pub(crate) fn under_fixture(path: &str) -> bool {
    // The folders, letter case aside (every name compared is lowercase).
    let Some((folders, _)) = path.rsplit_once('/') else {
        return false;
    };
    let named = |list: &[&str], f: &str| list.iter().any(|l| f.eq_ignore_ascii_case(l));
    let mut in_test = false;
    for f in folders.split('/') {
        if named(super::auth_path::FIXTURE_FOLDERS, f) {
            return true;
        }
        if named(&["test", "tests", "spec", "specs", "__tests__"], f) {
            in_test = true;
        } else if in_test && named(&["resources", "samples", "data", "repos"], f) {
            return true;
        }
    }
    false
}

/// Why `path` is agent configuration beyond the built-in globs: skills,
/// `.agents/`, Copilot hooks, editor settings an agent reads or runs.
pub(crate) fn agent_config_reason(path: &str) -> Option<String> {
    let lower = path.to_ascii_lowercase();
    let name = lower.rsplit('/').next().unwrap_or(&lower);
    if name == "skill.md" {
        return Some("agent skill `SKILL.md` (built-in)".to_string());
    }
    let prefixes = [
        ".agents/",
        ".agent/",
        ".github/hooks/",
        ".qwen/",
        ".kilocode/",
        ".augment/",
        ".trae/",
        ".goose/",
        ".crush/",
        ".zed/",
    ];
    if let Some(p) = prefixes.iter().find(|p| lower.starts_with(*p)) {
        return Some(format!("agent configuration folder `{}` (built-in)", p));
    }
    let files = [
        ".vscode/settings.json",
        ".vscode/tasks.json",
        ".vscode/mcp.json",
        ".goosehints",
        "mcp.json",
        ".crush.json",
        "crush.json",
        ".rules",
        "copilot-instructions.md",
    ];
    if files.contains(&lower.as_str()) {
        return Some(format!("agent configuration `{path}` (built-in)"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_pipeline_is_whether_there_is_a_reason() {
        // The lists are compared letter case aside: all lowercase.
        for list in [
            CI_FOLDERS,
            ROOT_CONFIGS,
            super::super::auth_path::FIXTURE_FOLDERS,
        ] {
            assert!(
                list.iter().all(|l| *l == l.to_ascii_lowercase()),
                "{list:?}"
            );
        }
        let folders = [
            "",
            "ci/",
            "CI/",
            "x/.ci/",
            "a/.Gitlab-CI/",
            "src/",
            "tests/",
            "tests/data/",
            "Tests/Samples/",
            "spec/x/resources/",
            "fixtures/",
            "x/TestData/",
            ".github/",
            ".github/workflows/",
            ".github/ISSUE_TEMPLATE/",
            ".github/hooks/",
            "docs/",
            ".gitlab/",
            "a//",
            "/",
        ];
        let names = [
            "build.yml",
            "ci-run.sh",
            "CI_check.PY",
            "ci-notes.md",
            "release.yml",
            ".goreleaser.yml",
            "Renovate.json",
            ".renovaterc",
            "README.md",
            "FUNDING.yml",
            "CODEOWNERS",
            "renovate.json5",
            "Jenkinsfile",
            "x.ts",
            "ci_x.Ts",
            "",
        ];
        let (mut yes, mut no) = (0, 0);
        for f in folders {
            for n in names {
                let path = format!("{f}{n}");
                let reason = pipeline_reason(&path).is_some();
                assert_eq!(is_pipeline(&path), reason, "{path}");
                if reason {
                    yes += 1;
                } else {
                    no += 1;
                }
            }
        }
        for path in [
            ".gitlab/renovate.json",
            ".github/renovate.json5",
            "x/.gitlab/renovate.json",
        ] {
            assert_eq!(is_pipeline(path), pipeline_reason(path).is_some(), "{path}");
        }
        assert!(yes > 50 && no > 50, "{yes} {no}");
        assert!(under_fixture("Tests/Data/x.yml") && !under_fixture("data/tests/x.yml"));
        assert!(!under_fixture("fixtures"));
    }

    #[test]
    fn ci_folders_and_github_automation_are_pipeline() {
        for path in [
            "ci/build.sh",
            "tests/ci/api_run.sh",
            ".gitlab-ci/checkout.sh",
            ".github/travis/build.sh",
            ".github/nomad-builder/Dockerfile",
            ".github/ci-prerequisites.sh",
            ".goreleaser.yaml",
            "renovate.json",
            "zuul.d/jobs.yaml",
        ] {
            assert!(pipeline_reason(path).is_some(), "{path} should be pipeline");
        }
        for path in [
            ".github/ISSUE_TEMPLATE/bug.yml",
            ".github/PULL_REQUEST_TEMPLATE.md",
            ".github/logo.png",
            "src/ci.rs",
            "docs/renovate.json",
            "src/test/resources/ci/build.sh",
        ] {
            assert_eq!(pipeline_reason(path), None, "{path} should not be pipeline");
        }
    }

    #[test]
    fn fixtures_are_recognised() {
        assert!(under_fixture(
            "buildSrc/src/test/resources/samples/showcase/Jenkinsfile"
        ));
        assert!(under_fixture("pkg/testdata/Jenkinsfile"));
        assert!(!under_fixture("Jenkinsfile"));
        assert!(!under_fixture("tests/ci/run.sh"));
    }

    #[test]
    fn skills_and_agent_folders_are_agent_config() {
        for path in [
            ".agents/skills/release/SKILL.md",
            "tools/skills/x/skill.md",
            ".github/hooks/remit.json",
            ".vscode/tasks.json",
        ] {
            assert!(agent_config_reason(path).is_some(), "{path}");
        }
        assert_eq!(agent_config_reason("docs/skills.md"), None);
        assert_eq!(agent_config_reason("src/vscode/settings.json"), None);
    }
}
