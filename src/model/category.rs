//! The built-in protected categories (SPEC §3): their globs, the `auth`
//! path-word matcher, and the IaC content checks.

/// The four categories remit always knows.
pub const BUILTIN: [&str; 4] = [PIPELINE, REVIEW_GATE, AUTH, AGENT_CONFIG];
pub const PIPELINE: &str = "pipeline";
pub const REVIEW_GATE: &str = "review-gate";
pub const AUTH: &str = "auth";
pub const AGENT_CONFIG: &str = "agent-config";

/// CI/CD definitions: whatever runs with the repository's secrets and tokens.
pub const PIPELINE_GLOBS: &[&str] = &[
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
pub const REVIEW_GATE_GLOBS: &[&str] = &[
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
pub const AGENT_CONFIG_GLOBS: &[&str] = &[
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

/// Whole words of a path segment that mark authentication/authorization code.
pub const AUTH_WORDS: &[&str] = &[
    "auth",
    "authn",
    "authz",
    "authentication",
    "authenticate",
    "authenticator",
    "authorization",
    "authorize",
    "authorizer",
    "login",
    "logins",
    "logout",
    "signin",
    "oauth",
    "oauth2",
    "oidc",
    "saml",
    "session",
    "sessions",
    "jwt",
    "jwts",
    "jwk",
    "jwks",
    "token",
    "tokens",
    "sso",
    "rbac",
    "abac",
    "acl",
    "acls",
    "permission",
    "permissions",
    "iam",
    "password",
    "passwords",
    "passwd",
    "credential",
    "credentials",
    "creds",
    "mfa",
    "2fa",
    "totp",
    "otp",
    "webauthn",
    "passkey",
    "passkeys",
    "kerberos",
    "ldap",
];

/// Globs of a built-in category (auth has none: it is matched by path words).
pub fn builtin_globs(category: &str) -> &'static [&'static str] {
    match category {
        PIPELINE => PIPELINE_GLOBS,
        REVIEW_GATE => REVIEW_GATE_GLOBS,
        AGENT_CONFIG => AGENT_CONFIG_GLOBS,
        _ => &[],
    }
}

/// The first auth word found among the whole words of `path`'s segments,
/// e.g. `oauth` in `src/oauth_client.py`; never `author` in `author.rs`.
pub fn auth_word(path: &str) -> Option<&'static str> {
    path.split('/').flat_map(segment_words).find_map(|word| {
        AUTH_WORDS
            .iter()
            .copied()
            .find(|w| w.eq_ignore_ascii_case(&word))
    })
}

/// Splits a path segment into lowercase words: at `_ - . space` and at
/// camelCase boundaries (`AuthService` → `auth`, `service`).
fn segment_words(segment: &str) -> Vec<String> {
    let mut words = Vec::new();
    for chunk in segment.split(|c: char| !c.is_ascii_alphanumeric()) {
        let chars: Vec<char> = chunk.chars().collect();
        let mut start = 0;
        for i in 1..chars.len() {
            let (prev, cur) = (chars[i - 1], chars[i]);
            let next_lower = chars.get(i + 1).is_some_and(|c| c.is_ascii_lowercase());
            // fooBar | FOOBar (acronym followed by a word)
            let boundary = (prev.is_ascii_lowercase() && cur.is_ascii_uppercase())
                || (prev.is_ascii_uppercase() && cur.is_ascii_uppercase() && next_lower)
                || (prev.is_ascii_digit() && cur.is_ascii_uppercase());
            if boundary {
                words.push(
                    chars[start..i]
                        .iter()
                        .collect::<String>()
                        .to_ascii_lowercase(),
                );
                start = i;
            }
        }
        if start < chars.len() {
            words.push(
                chars[start..]
                    .iter()
                    .collect::<String>()
                    .to_ascii_lowercase(),
            );
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auth_words_are_whole_words() {
        for path in [
            "src/auth/mod.rs",
            "oauth_client.py",
            "app/session.rs",
            "jwt/verify.go",
            "src/AuthService.java",
            "lib/OAuthClient.ts",
            "src/user-permissions.ts",
            "api/2fa/setup.py",
            "src/login.py",
        ] {
            assert!(auth_word(path).is_some(), "{path} should be auth");
        }
        for path in [
            "src/author.rs",
            "authoring/page.md",
            "tokenizer/mod.rs",
            "docs/authors.md",
            "src/sessionize_util.rs",
            "src/logging.rs",
        ] {
            assert_eq!(auth_word(path), None, "{path} should not be auth");
        }
    }
}
