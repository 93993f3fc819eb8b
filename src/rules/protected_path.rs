//! `protected-path`: an agent commit touched a path of a protected category
//! (pipeline, review-gate, auth, agent-config, or the policy's own) that no
//! governing manifest both scopes and grants.

use crate::finding::{Finding, RuleMeta, Severity, Source};
use crate::model::manifest::ScopeDecision;
use crate::model::policy::{Action, Policy};
use crate::normalize::{CategoryHit, CommitFacts, Context, Touch};
use crate::rules::Rule;

pub(crate) static META: RuleMeta = RuleMeta {
    id: "protected-path",
    summary: "an agent commit touched a protected path that its task does not grant",
    fires_when: "an agent commit touches a protected path not granted and in scope",
    source: Source::Paths,
    severity: Severity::High,
    action: Action::Block,
    action_note: None,
    settable: false,
    frameworks: &[
        "OWASP-LLM06",
        "OWASP-ASI02",
        "OWASP-ASI03",
        "OWASP-NHI5",
        "NIST-AI-RMF-MANAGE-2.4",
        "NIST-800-207-TENET-6",
        "EU-AI-ACT-ART-14",
        "ISO-42001-A.9.2",
        "SOC2-CC8.1",
    ],
    docs: include_str!("../../docs/rules/protected-path.md"),
};

pub(crate) struct ProtectedPath;

impl Rule for ProtectedPath {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    /// The category's `on_violation`.
    fn action(&self, f: &Finding, policy: &Policy) -> Action {
        f.category
            .as_deref()
            .and_then(|c| policy.category(c))
            .map_or(Action::Block, |c| c.on_violation)
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for commit in ctx.commits.iter().filter(|c| c.is_agent()) {
            let manifests = ctx.manifests_for(commit.session());
            for touch in commit.touches.iter().filter(|t| !t.remit_input) {
                for hit in &touch.categories {
                    let mut reasons = Vec::new();
                    let allowed = manifests.iter().any(|m| {
                        let scope = m.scope_of(&touch.path);
                        let grant = m.grants(&hit.category);
                        match (&scope, grant) {
                            (ScopeDecision::Inside(by), Some(g)) => {
                                reasons.push(format!(
                                    "{}: inside scope by {by}, `{}` granted at line {}",
                                    m.source, hit.category, g.line
                                ));
                                true
                            }
                            (ScopeDecision::Inside(by), None) => {
                                reasons.push(format!(
                                    "{}: inside scope by {by}, but `{}` is not in grants",
                                    m.source, hit.category
                                ));
                                false
                            }
                            (ScopeDecision::Excluded(by), _) => {
                                reasons.push(format!("{}: excluded from scope by {by}", m.source));
                                false
                            }
                            (ScopeDecision::Outside, grant) => {
                                reasons.push(format!(
                                    "{}: outside scope.paths{}",
                                    m.source,
                                    if grant.is_some() {
                                        String::new()
                                    } else {
                                        format!(", and `{}` is not in grants", hit.category)
                                    }
                                ));
                                false
                            }
                        }
                    });
                    if hit.escalation {
                        if allowed {
                            reasons.push(format!(
                                "a grant of `{}` covers identity work, not broad privilege: no grant allows this",
                                hit.category
                            ));
                        }
                        out.push(escalation(commit, touch, hit, reasons));
                    } else if !allowed {
                        out.push(finding(
                            commit,
                            touch,
                            &hit.category,
                            &hit.why,
                            hit.line,
                            reasons,
                        ));
                    }
                }
            }
        }
    }
}

fn finding(
    commit: &CommitFacts,
    touch: &Touch,
    category: &str,
    why: &str,
    line: Option<usize>,
    reasons: Vec<String>,
) -> Finding {
    let how = match &touch.note {
        Some(note) => format!("{} ({note})", touch.change.as_str()),
        None => touch.change.as_str().to_string(),
    };
    let mut f = Finding::new(
        &META,
        format!(
            "`{}` is a protected {category} path that the task does not grant ({how})",
            touch.path
        ),
    )
    .category(category)
    .path(&touch.path)
    .line(line)
    .commit(&commit.sha, commit.session())
    .evidence("policy", why.to_string());
    if reasons.is_empty() {
        f = f.evidence("manifest", "no task manifest governs this commit");
    }
    for r in reasons {
        f = f.evidence("manifest", r);
    }
    f.fix(format!(
        "revert the change to `{}`, or have a person declare it in the task manifest (add the path to scope.paths and `{category}` to grants) before the agent works",
        touch.path
    ))
}

/// IaC content that grants broad privilege (wildcard IAM, administrator
/// policies, `cluster-admin`): critical, and reported even when granted.
fn escalation(
    commit: &CommitFacts,
    touch: &Touch,
    hit: &CategoryHit,
    reasons: Vec<String>,
) -> Finding {
    let mut f = Finding::new(
        &META,
        format!(
            "`{}` grants broad privilege: {} — an identity change no task grant covers",
            touch.path, hit.why
        ),
    )
    .category(&hit.category)
    .path(&touch.path)
    .line(hit.line)
    .commit(&commit.sha, commit.session())
    .evidence("content", hit.why.clone());
    f.severity = Severity::Critical;
    for r in reasons {
        f = f.evidence("manifest", r);
    }
    f.fix(format!(
        "grant the narrowest actions, resources or roles the task needs in `{}` instead of wildcards or administrator access, or have a person make this change",
        touch.path
    ))
}
