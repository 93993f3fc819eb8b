//! The task manifest (`.remit/task.yml`): what one agent session was asked
//! to do. Parsed strictly; globs compiled once with their line numbers.

use marked_yaml::Node;

use crate::error::GateError;
use crate::model::glob::{Patterns, PatternsBuilder};
use crate::model::strict::{self, Fields, Located, Problems};

/// The manifest template `remit init` writes.
pub const MANIFEST_TEMPLATE_YAML: &str = include_str!("../data/manifest-template.yml");

/// Where manifests live in a repository.
pub(crate) const MANIFEST_DIR: &str = ".remit";

/// Whether `path` is a task manifest remit discovers.
pub(crate) fn is_manifest_path(path: &str) -> bool {
    let yaml = path.ends_with(".yml") || path.ends_with(".yaml");
    matches!(path, ".remit/task.yml" | ".remit/task.yaml")
        || (yaml
            && path
                .strip_prefix(".remit/tasks/")
                .is_some_and(|rest| !rest.contains('/')))
}

#[derive(Debug, Clone)]
pub(crate) struct Manifest {
    /// Where it was read: `.remit/task.yml at <sha>` or a file path.
    pub(crate) source: String,
    /// The repository path, when it came from the repository.
    pub(crate) repo_path: Option<String>,
    pub(crate) task: String,
    // Validated with the manifest (SPEC §4); reports do not show it yet.
    #[allow(dead_code)]
    pub(crate) ticket: Option<String>,
    pub(crate) sessions: Vec<String>,
    /// Branches this manifest governs (none listed: every branch).
    pub(crate) branches: Vec<String>,
    pub(crate) scope: Patterns,
    pub(crate) exclude: Patterns,
    pub(crate) grants: Vec<Located<String>>,
    pub(crate) tools: Option<Vec<String>>,
    pub(crate) hosts: Vec<String>,
    /// SHA-256 of the exact bytes, for audit logs that pin their manifest.
    pub(crate) sha256: String,
    /// The text as written, for errors found after parsing (a grant the
    /// policy does not know) to quote their line.
    pub(crate) text: String,
}

impl Manifest {
    pub(crate) fn parse(
        text: &str,
        source: &str,
        repo_path: Option<String>,
    ) -> Result<Self, GateError> {
        let mut problems = Problems::default();
        let manifest = strict::parse(text, &mut problems)
            .and_then(|root| read(&root, text, source, repo_path, &mut problems));
        problems.0.sort_by_key(|p| (p.line, p.col));
        match manifest {
            Some(m) if problems.0.is_empty() => Ok(m),
            _ => Err(GateError::ConfigText {
                file: source.to_string(),
                text: text.to_string(),
                problems: problems.0,
                help: "fix the task manifest (see `remit init` for a template); the gate takes a manifest as first introduced, so the fix must come from a person, not an agent commit".to_string(),
            }),
        }
    }

    /// Whether this manifest governs commits of `session` (no list: all).
    pub(crate) fn governs(&self, session: Option<&str>) -> bool {
        self.sessions.is_empty() || session.is_some_and(|s| self.sessions.iter().any(|m| m == s))
    }

    /// Whether this manifest applies on `branch` (no `branches`: every
    /// branch; a bound manifest never applies where the branch is unknown).
    pub(crate) fn applies_on(&self, branch: Option<&str>) -> bool {
        self.branches.is_empty() || branch.is_some_and(|b| self.branches.iter().any(|x| x == b))
    }

    pub(crate) fn grants(&self, category: &str) -> Option<&Located<String>> {
        self.grants.iter().find(|g| g.value == category)
    }
}

pub(crate) const KEYS: &[&str] = &[
    "version", "task", "ticket", "sessions", "branches", "scope", "grants", "tools", "hosts",
];
pub(crate) const SCOPE_KEYS: &[&str] = &["paths", "exclude"];

fn read(
    root: &Node,
    text: &str,
    source: &str,
    repo_path: Option<String>,
    problems: &mut Problems,
) -> Option<Manifest> {
    let mut top = Fields::of(root, "the manifest", KEYS, problems)?;
    strict::version(&mut top, root, problems);
    let task = match top.get("task") {
        Some(n) => strict::string(n, "task", problems)
            .map(|s| s.value)
            .unwrap_or_default(),
        None => {
            problems.at(
                root,
                "missing `task`: say in one line what the session was asked to do",
            );
            String::new()
        }
    };
    let ticket = top
        .get("ticket")
        .and_then(|n| strict::string(n, "ticket", problems))
        .map(|s| s.value);
    let sessions = top
        .get("sessions")
        .map(|n| strict::string_list(n, "sessions", problems))
        .unwrap_or_default()
        .into_iter()
        .map(|s| s.value)
        .collect();
    let branches = top
        .get("branches")
        .map(|n| strict::string_list(n, "branches", problems))
        .unwrap_or_default()
        .into_iter()
        .map(|s| s.value)
        .collect();

    let (mut scope, mut exclude) = (Vec::new(), Vec::new());
    match top.get("scope") {
        Some(node) => {
            if let Some(mut f) = Fields::of(node, "`scope`", SCOPE_KEYS, problems) {
                match f.get("paths") {
                    Some(n) => scope = strict::string_list(n, "scope.paths", problems),
                    None => problems.at(
                        node,
                        "missing `scope.paths`: list where the agent may change files",
                    ),
                }
                if let Some(n) = f.get("exclude") {
                    exclude = strict::string_list(n, "scope.exclude", problems);
                }
                f.finish(problems);
            }
        }
        None => problems.at(
            root,
            "missing `scope` with `paths`: list where the agent may change files",
        ),
    }
    let grants = top
        .get("grants")
        .map(|n| strict::string_list(n, "grants", problems))
        .unwrap_or_default();
    let tools = top.get("tools").map(|n| {
        strict::string_list(n, "tools", problems)
            .into_iter()
            .map(|s| s.value)
            .collect()
    });
    let hosts = top
        .get("hosts")
        .map(|n| strict::string_list(n, "hosts", problems))
        .unwrap_or_default()
        .into_iter()
        .map(|s| s.value)
        .collect();
    top.finish(problems);

    let scope = compile(&scope, source, "scope.paths", problems);
    let exclude = compile(&exclude, source, "scope.exclude", problems);
    Some(Manifest {
        source: source.to_string(),
        repo_path,
        task,
        ticket,
        sessions,
        branches,
        scope,
        exclude,
        grants,
        tools,
        hosts,
        sha256: crate::hash::sha256_hex(text.as_bytes()),
        text: text.to_string(),
    })
}

fn compile(
    globs: &[Located<String>],
    source: &str,
    what: &str,
    problems: &mut Problems,
) -> Patterns {
    let mut builder = PatternsBuilder::default();
    for g in globs {
        if let Err(e) = builder.add(&g.value, format!("{source}:{}", g.line)) {
            problems.push(g.line, g.col, format!("{what}: {e}"));
        }
    }
    builder.build().unwrap_or_else(|e| {
        problems.push(1, 1, e);
        Patterns::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_paths() {
        assert!(is_manifest_path(".remit/task.yml"));
        assert!(is_manifest_path(".remit/tasks/fix-login.yaml"));
        assert!(!is_manifest_path(".remit/sessions/abc.jsonl"));
        assert!(!is_manifest_path(".remit/tasks/a/b.yml"));
    }

    #[test]
    fn parses_the_template() {
        let m = Manifest::parse(MANIFEST_TEMPLATE_YAML, "template", None).expect("template parses");
        assert_eq!(m.scope.origins().len(), 2);
        assert!(m.grants.is_empty());
    }
}

/// How a manifest's scope treats one path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ScopeDecision {
    /// Inside, by this `scope.paths` entry.
    Inside(crate::model::glob::Origin),
    /// Matched `scope.paths` but also this `scope.exclude` entry.
    Excluded(crate::model::glob::Origin),
    Outside,
}

impl Manifest {
    pub(crate) fn scope_of(&self, path: &str) -> ScopeDecision {
        let candidate = crate::model::glob::Candidate::new(path);
        match self.scope.first_match(&candidate) {
            None => ScopeDecision::Outside,
            Some((_, inside)) => match self.exclude.first_match(&candidate) {
                Some((_, ex)) => ScopeDecision::Excluded(ex.clone()),
                None => ScopeDecision::Inside(inside.clone()),
            },
        }
    }
}
