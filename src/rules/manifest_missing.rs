//! `manifest-missing`: the task manifest is the agent's declared remit, so
//! an agent commit must have one that governs it.

use crate::finding::{Finding, RuleMeta, Severity, Source};
use crate::model::policy::Action;
use crate::normalize::Context;
use crate::rules::Rule;

pub(crate) static META: RuleMeta = RuleMeta {
    id: "manifest-missing",
    summary: "agent commits with no task manifest declaring their scope",
    fires_when: "agent commits with no task manifest",
    source: Source::Manifest,
    severity: Severity::Medium,
    action: Action::Block,
    action_note: None,
    settable: false,
    frameworks: &[
        "OWASP-LLM06",
        "OWASP-ASI10",
        "NIST-AI-RMF-GOVERN-1.4",
        "EU-AI-ACT-ART-12",
        "ISO-42001-A.6.2.8",
        "SOC2-CC8.1",
    ],
    docs: include_str!("../../docs/rules/manifest-missing.md"),
};

pub(crate) struct ManifestMissing;

impl Rule for ManifestMissing {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for commit in ctx.commits.iter().filter(|c| c.is_agent()) {
            if !ctx.manifests_for(commit.session()).is_empty() {
                continue;
            }
            let agent = commit.agent_name();
            let mut f = Finding::new(
                &META,
                format!("{agent} commit has no task manifest declaring its scope"),
            )
            .commit(&commit.sha, commit.session());
            f = match (commit.session(), ctx.manifests.declared.is_empty()) {
                (_, true) => f.evidence("manifest", "no .remit/task.yml or .remit/tasks/*.yml on base or in the range"),
                (Some(s), false) => f.evidence("manifest", format!("no manifest lists session `{s}` in `sessions`")),
                (None, false) => f.evidence(
                    "manifest",
                    "every manifest lists `sessions`, and this commit names none (add a `Remit-Session:` trailer)",
                ),
            };
            if let Some(a) = &commit.attribution {
                f = f.evidence("commit", format!("agent commit: {}", a.reason));
            }
            out.push(f.fix(
                "have the person who starts the session commit a task manifest (`remit init` writes .remit/task.yml) declaring scope.paths and grants",
            ));
        }
    }
}
