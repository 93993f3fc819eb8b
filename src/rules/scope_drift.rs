//! `scope-drift`: an agent commit touched an ordinary file (no protected
//! category) outside the scope of every manifest that governs it.

use crate::finding::{Finding, RuleMeta, Severity, Source};
use crate::model::manifest::ScopeDecision;
use crate::model::policy::{Action, Policy};
use crate::normalize::Context;
use crate::rules::Rule;

pub(crate) static META: RuleMeta = RuleMeta {
    id: "scope-drift",
    summary: "an agent commit touched a file outside its task's scope",
    fires_when: "an agent commit touches an ordinary path outside the scope",
    source: Source::Paths,
    severity: Severity::Medium,
    action: Action::Warn,
    action_note: Some("`out_of_scope`"),
    settable: false,
    frameworks: &[
        "OWASP-LLM06",
        "OWASP-ASI10",
        "NIST-AI-RMF-MEASURE-2.7",
        "EU-AI-ACT-ART-14",
        "ISO-42001-A.9.2",
        "SOC2-CC8.1",
    ],
    docs: include_str!("../../docs/rules/scope-drift.md"),
};

pub(crate) struct ScopeDrift;

impl Rule for ScopeDrift {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    /// The policy's `out_of_scope`.
    fn action(&self, _f: &Finding, policy: &Policy) -> Action {
        policy.out_of_scope
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for commit in ctx.commits.iter().filter(|c| c.is_agent()) {
            let manifests = ctx.manifests_for(commit.session());
            // With no manifest at all, `manifest-missing` says so once per commit.
            if manifests.is_empty() {
                continue;
            }
            for touch in commit
                .touches
                .iter()
                .filter(|t| !t.remit_input && t.categories.is_empty())
            {
                let decisions: Vec<(String, ScopeDecision)> = manifests
                    .iter()
                    .map(|m| (m.source.clone(), m.scope_of(&touch.path)))
                    .collect();
                if decisions
                    .iter()
                    .any(|(_, d)| matches!(d, ScopeDecision::Inside(_)))
                {
                    continue;
                }
                let mut f = Finding::new(
                    &META,
                    format!(
                        "`{}` is outside the task's scope ({})",
                        touch.path,
                        touch.change.as_str()
                    ),
                )
                .path(&touch.path)
                .commit(&commit.sha, commit.session());
                for (source, decision) in decisions {
                    f = f.evidence(
                        "manifest",
                        match decision {
                            ScopeDecision::Excluded(by) => format!("{source}: excluded by {by}"),
                            _ => format!("{source}: matches no scope.paths entry"),
                        },
                    );
                }
                out.push(f.fix(format!(
                    "revert the change to `{}`, or have a person add it to scope.paths in the task manifest",
                    touch.path
                )));
            }
        }
    }
}
