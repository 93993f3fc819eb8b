//! The policy (`.github/remit.yml`): raw located YAML → validated policy with
//! compiled globs. The built-in default is a real YAML file parsed by the same
//! code, and a user's policy is read on top of it.

use std::collections::BTreeMap;

use marked_yaml::Node;

use crate::error::GateError;
use crate::model::category::{self, BUILTIN};
use crate::model::glob::{Patterns, PatternsBuilder};
use crate::model::strict::{self, Fields, Located, Problems};

/// The built-in policy, also what `remit init` writes.
pub const DEFAULT_POLICY_YAML: &str = include_str!("../data/default-policy.yml");

/// Where remit looks for the policy in the base tree, in order.
pub(crate) const POLICY_PATHS: [&str; 2] = [".github/remit.yml", ".github/remit.yaml"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Enforce,
    Report,
}

/// What a finding asks of the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Action {
    Ignore,
    Warn,
    Approve,
    Block,
}

impl Action {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Ignore => "ignore",
            Self::Warn => "warn",
            Self::Approve => "approve",
            Self::Block => "block",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "ignore" => Self::Ignore,
            "warn" => Self::Warn,
            "approve" => Self::Approve,
            "block" => Self::Block,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Category {
    pub(crate) name: String,
    pub(crate) builtin: bool,
    /// Built-in globs plus the policy's `paths`.
    pub(crate) globs: Patterns,
    /// The policy's `exclude`: paths never in the category, whatever matched.
    pub(crate) exclude: Patterns,
    /// Built-in words the policy switched off (`ignore_words`, auth only).
    pub(crate) ignore_words: Vec<String>,
    pub(crate) on_violation: Action,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct AgentRules {
    /// Extra trailer-line patterns (`*` wildcard, case-insensitive).
    pub(crate) trailers: Vec<String>,
    /// Extra author/committer email or name patterns.
    pub(crate) authors: Vec<String>,
    pub(crate) all_commits: bool,
    /// How a commit that accepts a review bot's suggestion is gated.
    pub(crate) suggestions: Suggestions,
}

/// `agents.suggestions`: a commit accepting a review bot's suggestion
/// (gemini-code-assist, Copilot Autofix, greptile, …) is gated as the
/// accepting person's commit (`person`, the default: the person reviewed that
/// diff and committed it; a manifest for a one-line suggestion would block
/// every PR of teams that use such bots) or as an agent commit (`agent`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) enum Suggestions {
    #[default]
    Person,
    Agent,
}

#[derive(Debug, Clone)]
pub(crate) struct Policy {
    /// `built-in default`, `.github/remit.yml at <sha>` or a file path.
    pub(crate) source: String,
    pub(crate) mode: Mode,
    pub(crate) out_of_scope: Action,
    pub(crate) agents: AgentRules,
    pub(crate) categories: Vec<Category>,
    pub(crate) audit_required: bool,
    pub(crate) allowed_hosts: Vec<String>,
    pub(crate) approval_label: Option<String>,
    pub(crate) approval_codeowners: bool,
    /// `workflow-risk` class → action; a class not listed blocks.
    pub(crate) workflow_risk: BTreeMap<String, Action>,
    /// The action of each session rule the policy sets (`rules:`).
    pub(crate) rule_actions: BTreeMap<String, Action>,
}

impl Policy {
    /// The built-in default policy.
    pub(crate) fn builtin() -> Result<Self, GateError> {
        Self::parse_over(None, DEFAULT_POLICY_YAML, "built-in default policy")
    }

    /// A user's policy file, read on top of the built-in default.
    pub(crate) fn parse(text: &str, source: &str) -> Result<Self, GateError> {
        let base = Self::builtin()?;
        Self::parse_over(Some(base), text, source)
    }

    pub(crate) fn category(&self, name: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.name == name)
    }

    fn parse_over(base: Option<Self>, text: &str, source: &str) -> Result<Self, GateError> {
        let mut problems = Problems::default();
        let policy = strict::parse(text, &mut problems)
            .and_then(|root| read(&root, base, source, &mut problems));
        problems.0.sort_by_key(|p| (p.line, p.col));
        match policy {
            Some(p) if problems.0.is_empty() => Ok(p),
            _ => Err(GateError::ConfigText {
                file: source.to_string(),
                text: text.to_string(),
                problems: problems.0,
                help: "fix the policy (see `remit init` for a commented example); remit reads it from the base revision, so the fix must land on the base branch first".to_string(),
            }),
        }
    }
}

pub(crate) const TOP_KEYS: &[&str] = &[
    "version",
    "mode",
    "out_of_scope",
    "agents",
    "categories",
    "audit",
    "approvals",
    "workflow_risk",
    "rules",
];
/// The session rules whose action a policy can set (`rules:`); the path
/// and manifest rules have their own settings (`categories`,
/// `out_of_scope`, `audit.required`).
pub(crate) const SETTABLE_RULES: &[&str] = &[
    "egress",
    "exfiltration",
    "hook-bypass",
    "permission-bypass",
    "prompt-injection",
    "unapproved-tool",
    "unexplained-change",
];
pub(crate) const AGENT_KEYS: &[&str] = &["trailers", "authors", "all_commits", "suggestions"];
pub(crate) const CATEGORY_KEYS: &[&str] = &["paths", "exclude", "ignore_words", "on_violation"];
pub(crate) const AUDIT_KEYS: &[&str] = &["required", "allowed_hosts"];
pub(crate) const APPROVAL_KEYS: &[&str] = &["label", "codeowners"];
/// The classes of `workflow-risk` findings (zizmor's audit names, and
/// `remit` for remit's own checks) a policy can set an action for.
pub(crate) const WORKFLOW_RISK_CLASSES: &[&str] = &[
    "artipacked",
    "bot-conditions",
    "cache-poisoning",
    "dangerous-triggers",
    "excessive-permissions",
    "github-env",
    "insecure-commands",
    "overprovisioned-secrets",
    "remit",
    "secrets-inherit",
    "template-injection",
    "unpinned-images",
    "unpinned-uses",
];

/// A category as written, before globs are compiled.
struct CategorySpec {
    name: String,
    builtin: bool,
    /// Globs as written, with their place for origins and problems.
    paths: Vec<Located<String>>,
    exclude: Vec<Located<String>>,
    ignore_words: Vec<String>,
    on_violation: Action,
    /// The base policy's compiled globs and exclusions, reused when this
    /// policy adds no paths: compiling globs is most of what reading a
    /// policy costs, and `remit record --enforce` reads one per hook call.
    compiled: Option<(Patterns, Patterns)>,
}

fn read(
    root: &Node,
    mut base: Option<Policy>,
    source: &str,
    problems: &mut Problems,
) -> Option<Policy> {
    let mut top = Fields::of(root, "the policy", TOP_KEYS, problems)?;
    strict::version(&mut top, root, problems);

    let mut mode = base.as_ref().map_or(Mode::Enforce, |b| b.mode);
    if let Some(node) = top.get("mode") {
        if let Some(v) = strict::choice(node, "mode", &["enforce", "report"], problems) {
            mode = if v.value == "report" {
                Mode::Report
            } else {
                Mode::Enforce
            };
        }
    }
    let mut out_of_scope = base.as_ref().map_or(Action::Warn, |b| b.out_of_scope);
    if let Some(node) = top.get("out_of_scope") {
        if let Some(v) =
            strict::choice(node, "out_of_scope", &["ignore", "warn", "block"], problems)
        {
            out_of_scope = Action::parse(&v.value).unwrap_or(Action::Warn);
        }
    }

    let mut agents = base.as_ref().map(|b| b.agents.clone()).unwrap_or_default();
    if let Some(node) = top.get("agents") {
        if let Some(mut f) = Fields::of(node, "`agents`", AGENT_KEYS, problems) {
            if let Some(n) = f.get("trailers") {
                agents.trailers = strict::string_list(n, "agents.trailers", problems)
                    .into_iter()
                    .map(|s| s.value)
                    .collect();
            }
            if let Some(n) = f.get("authors") {
                agents.authors = strict::string_list(n, "agents.authors", problems)
                    .into_iter()
                    .map(|s| s.value)
                    .collect();
            }
            if let Some(n) = f.get("all_commits") {
                agents.all_commits =
                    strict::boolean(n, "agents.all_commits", problems).unwrap_or(false);
            }
            if let Some(n) = f.get("suggestions") {
                if let Some(v) =
                    strict::choice(n, "agents.suggestions", &["person", "agent"], problems)
                {
                    agents.suggestions = if v.value == "agent" {
                        Suggestions::Agent
                    } else {
                        Suggestions::Person
                    };
                }
            }
            f.finish(problems);
        }
    }

    let mut specs: Vec<CategorySpec> = match base.as_mut() {
        Some(b) => b
            .categories
            .drain(..)
            .map(|c| CategorySpec {
                name: c.name,
                builtin: c.builtin,
                paths: Vec::new(),
                exclude: Vec::new(),
                ignore_words: c.ignore_words,
                on_violation: c.on_violation,
                compiled: Some((c.globs, c.exclude)),
            })
            .collect(),
        None => BUILTIN
            .iter()
            .map(|name| CategorySpec {
                name: (*name).to_string(),
                builtin: true,
                paths: Vec::new(),
                exclude: Vec::new(),
                ignore_words: Vec::new(),
                on_violation: Action::Block,
                compiled: None,
            })
            .collect(),
    };
    if let Some(node) = top.get("categories") {
        read_categories(node, &mut specs, problems);
    }

    let mut audit_required = base.as_ref().is_some_and(|b| b.audit_required);
    let mut allowed_hosts = base
        .as_ref()
        .map(|b| b.allowed_hosts.clone())
        .unwrap_or_default();
    if let Some(node) = top.get("audit") {
        if let Some(mut f) = Fields::of(node, "`audit`", AUDIT_KEYS, problems) {
            if let Some(n) = f.get("required") {
                audit_required = strict::boolean(n, "audit.required", problems).unwrap_or(false);
            }
            if let Some(n) = f.get("allowed_hosts") {
                allowed_hosts = strict::string_list(n, "audit.allowed_hosts", problems)
                    .into_iter()
                    .map(|s| s.value)
                    .collect();
            }
            f.finish(problems);
        }
    }

    let mut approval_label = base
        .as_ref()
        .map_or(Some("remit-approved".to_string()), |b| {
            b.approval_label.clone()
        });
    let mut approval_codeowners = base.as_ref().is_none_or(|b| b.approval_codeowners);
    if let Some(node) = top.get("approvals") {
        if let Some(mut f) = Fields::of(node, "`approvals`", APPROVAL_KEYS, problems) {
            if let Some(n) = f.get("label") {
                approval_label = strict::string(n, "approvals.label", problems).map(|s| s.value);
            }
            if let Some(n) = f.get("codeowners") {
                approval_codeowners =
                    strict::boolean(n, "approvals.codeowners", problems).unwrap_or(true);
            }
            f.finish(problems);
        }
    }
    let workflow_risk = actions(
        &mut top,
        "workflow_risk",
        "`workflow_risk`",
        WORKFLOW_RISK_CLASSES,
        base.as_ref().map(|b| &b.workflow_risk),
        problems,
    );
    let rule_actions = actions(
        &mut top,
        "rules",
        "`rules`",
        SETTABLE_RULES,
        base.as_ref().map(|b| &b.rule_actions),
        problems,
    );
    top.finish(problems);

    let categories = compile_categories(specs, root, source, problems);
    Some(Policy {
        source: source.to_string(),
        mode,
        out_of_scope,
        agents,
        categories,
        audit_required,
        allowed_hosts,
        approval_label,
        approval_codeowners,
        workflow_risk,
        rule_actions,
    })
}

/// A `key: {name: ignore|warn|approve|block}` section over `base`'s.
fn actions(
    top: &mut Fields<'_>,
    key: &'static str,
    label: &'static str,
    names: &'static [&'static str],
    base: Option<&BTreeMap<String, Action>>,
    problems: &mut Problems,
) -> BTreeMap<String, Action> {
    let mut out = base.cloned().unwrap_or_default();
    let Some(node) = top.get(key) else {
        return out;
    };
    if let Some(mut f) = Fields::of(node, label, names, problems) {
        for name in names {
            if let Some(n) = f.get(name) {
                let what = format!("{key}.{name}");
                let allowed = ["ignore", "warn", "approve", "block"];
                if let Some(v) = strict::choice(n, &what, &allowed, problems) {
                    if let Some(action) = Action::parse(&v.value) {
                        out.insert((*name).to_string(), action);
                    }
                }
            }
        }
        f.finish(problems);
    }
    out
}

fn read_categories(node: &Node, specs: &mut Vec<CategorySpec>, problems: &mut Problems) {
    let Some(map) = Fields::of(node, "`categories`", &[], problems) else {
        return;
    };
    for (name, value) in map.entries() {
        let valid_name = !name.value.is_empty()
            && name
                .value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if !valid_name {
            problems.push(
                name.line,
                name.col,
                format!(
                    "category name `{}` must be lowercase letters, digits, `-` or `_`",
                    name.value
                ),
            );
            continue;
        }
        let Some(mut f) = Fields::of(value, "a category", CATEGORY_KEYS, problems) else {
            continue;
        };
        let existing = specs.iter().position(|s| s.name == name.value);
        let paths = f
            .get("paths")
            .map(|n| strict::string_list(n, "paths", problems))
            .unwrap_or_default();
        let exclude = f
            .get("exclude")
            .map(|n| strict::string_list(n, "exclude", problems))
            .unwrap_or_default();
        let mut ignore_words = Vec::new();
        if let Some(n) = f.get("ignore_words") {
            for w in strict::string_list(n, "ignore_words", problems) {
                if name.value != category::AUTH {
                    problems.push(
                        w.line,
                        w.col,
                        format!(
                            "`ignore_words` switches off built-in auth words; category `{}` has none (use `exclude`)",
                            name.value
                        ),
                    );
                } else if !crate::model::auth_path::is_builtin_word(&w.value) {
                    problems.push(
                        w.line,
                        w.col,
                        format!("`{}` is not a built-in auth word", w.value),
                    );
                } else {
                    ignore_words.push(w.value.to_ascii_lowercase());
                }
            }
        }
        let action = f.get("on_violation").and_then(|n| {
            strict::choice(n, "on_violation", &["block", "approve", "warn"], problems)
                .and_then(|v| Action::parse(&v.value))
        });
        f.finish(problems);
        match existing {
            Some(i) => {
                specs[i].paths.extend(paths);
                specs[i].exclude.extend(exclude);
                specs[i].ignore_words.extend(ignore_words);
                if let Some(a) = action {
                    specs[i].on_violation = a;
                }
            }
            None => {
                if paths.is_empty() {
                    problems.push(
                        name.line,
                        name.col,
                        format!(
                            "category `{}` is not built in, so it needs `paths` (built-in categories: {})",
                            name.value,
                            BUILTIN.join(", ")
                        ),
                    );
                }
                specs.push(CategorySpec {
                    name: name.value.clone(),
                    builtin: false,
                    paths,
                    exclude,
                    ignore_words,
                    on_violation: action.unwrap_or(Action::Block),
                    compiled: None,
                });
            }
        }
    }
}

fn compile_categories(
    specs: Vec<CategorySpec>,
    root: &Node,
    source: &str,
    problems: &mut Problems,
) -> Vec<Category> {
    let mut out = Vec::new();
    for mut spec in specs {
        if spec.paths.is_empty() && spec.exclude.is_empty() {
            if let Some((globs, exclude)) = spec.compiled.take() {
                out.push(Category {
                    name: spec.name,
                    builtin: spec.builtin,
                    globs,
                    exclude,
                    ignore_words: spec.ignore_words,
                    on_violation: spec.on_violation,
                });
                continue;
            }
        }
        let mut builder = PatternsBuilder::default();
        if spec.builtin {
            let any_case = category::case_insensitive(&spec.name);
            for glob in category::builtin_globs(&spec.name) {
                if let Err(e) = builder.add_builtin(glob, any_case) {
                    problems.at(root, format!("built-in glob: {e}"));
                }
            }
        }
        for glob in &spec.paths {
            if let Err(e) = builder.add(&glob.value, format!("{source}:{}", glob.line)) {
                problems.push(
                    glob.line,
                    glob.col,
                    format!("category `{}`: {e}", spec.name),
                );
            }
        }
        let mut excluded = PatternsBuilder::default();
        for glob in &spec.exclude {
            if let Err(e) = excluded.add(&glob.value, format!("{source}:{}", glob.line)) {
                problems.push(
                    glob.line,
                    glob.col,
                    format!("category `{}` exclude: {e}", spec.name),
                );
            }
        }
        match (builder.build(), excluded.build()) {
            (Ok(globs), Ok(exclude)) => out.push(Category {
                name: spec.name,
                builtin: spec.builtin,
                globs,
                exclude,
                ignore_words: spec.ignore_words,
                on_violation: spec.on_violation,
            }),
            (Err(e), _) | (_, Err(e)) => problems.at(root, e),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_policy_parses_with_every_category() {
        let p = Policy::builtin().expect("default policy parses");
        for name in BUILTIN {
            assert_eq!(
                p.category(name).map(|c| c.on_violation),
                Some(Action::Block)
            );
        }
        assert_eq!(p.mode, Mode::Enforce);
        assert_eq!(p.out_of_scope, Action::Warn);
    }

    #[test]
    fn all_problems_are_reported_at_once() {
        let text = "version: 1\nmode: lenient\nfoo: 1\ncategories:\n  auth:\n    pathz: [x]\n";
        let Err(GateError::ConfigText { problems, .. }) = Policy::parse(text, "p.yml") else {
            panic!("expected config error");
        };
        let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![2, 3, 6], "{problems:?}");
        assert!(problems[2].message.contains("did you mean `paths`"));
    }
}
