//! `workflow-risk`: what an agent's change to a pipeline does — privileged
//! triggers, wider token permissions, jobs and steps switched off, secrets
//! exposed, unpinned third-party code, downloads piped into a shell. It fires
//! whatever the manifest grants: granting pipeline work is not granting
//! privilege escalation.
//!
//! Each risk is blamed on the commit of the range that introduced it (see
//! [`pipeline::blame`]): a risk a person's commit introduced is listed for
//! the reviewer but never gated, even when an agent commit touched the file
//! later.

mod github_actions;
mod gitlab_ci;
mod pipeline;
mod script_risk;
mod yaml_doc;
mod yaml_sections;

use crate::finding::{Finding, RuleMeta, Severity, Source};
use crate::model::policy::{Action, Policy};
use crate::normalize::Context;
use crate::rules::Rule;

pub(crate) static META: RuleMeta = RuleMeta {
    id: "workflow-risk",
    summary: "a pipeline change widens permissions or triggers, exposes secrets, or switches off a check",
    fires_when: "an agent's pipeline change adds a privileged trigger, widens token permissions, switches off a job or step, exposes secrets, adds unpinned third-party code or `curl \\| sh` — even when `pipeline` is granted",
    source: Source::Content,
    severity: Severity::High,
    action: Action::Block,
    action_note: None,
    settable: false,
    frameworks: &[
        "OWASP-LLM06",
        "OWASP-ASI02",
        "OWASP-ASI03",
        "OWASP-NHI2",
        "OWASP-NHI3",
        "OWASP-NHI5",
        "NIST-AI-RMF-MANAGE-2.4",
        "NIST-800-207-TENET-6",
        "EU-AI-ACT-ART-15",
        "ISO-42001-A.9.2",
        "SOC2-CC8.1",
    ],
    docs: include_str!("../../../docs/rules/workflow-risk.md"),
};

pub(crate) struct WorkflowRisk;

impl Rule for WorkflowRisk {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    /// The policy's `workflow_risk` action for the finding's class.
    fn action(&self, f: &Finding, policy: &Policy) -> Action {
        // The zizmor class the rule named in the evidence; remit's own
        // checks name `remit` or none.
        let class = f
            .evidence
            .iter()
            .find_map(|e| e.detail.strip_prefix("class: "))
            .unwrap_or("remit");
        policy
            .workflow_risk
            .get(class)
            .copied()
            .unwrap_or(Action::Block)
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for file in &ctx.watched.pipelines {
            let path = file
                .head
                .as_ref()
                .or(file.base.as_ref())
                .map(|v| v.path.as_str())
                .unwrap_or_default();
            let base = pipeline::parse_base(file);
            let risks = pipeline::analyze(file, base.as_ref());
            let blamed =
                pipeline::blame(file, base.as_ref(), &risks, ctx.blobs.unwrap_or(&|_| None));
            for (risk, step) in risks.into_iter().zip(blamed) {
                let sha = step.map_or(file.commit.as_str(), |s| s.commit.as_str());
                let facts = ctx.commits.iter().find(|c| c.sha == sha);
                let mut f = Finding::new(&META, format!("{}: {}", risk.what, risk.why))
                    .path(path)
                    .line(risk.line)
                    .commit(sha, facts.and_then(|c| c.session()));
                f.severity = risk.severity;
                if step.is_some_and(|s| !s.agent) {
                    let who = facts.map_or("a person", |c| c.author.name.as_str());
                    f.by_person = true;
                    f = f.evidence(
                        "commit",
                        format!(
                            "introduced by {who} in {}, a commit no agent made: listed, not gated",
                            &sha[..sha.len().min(12)]
                        ),
                    );
                }
                if let Some(job) = &risk.job {
                    f = f.evidence("content", format!("job `{job}`"));
                }
                if let (Some(base), Some(head)) = (&file.base, &file.head) {
                    if base.path != head.path {
                        f = f.evidence("content", format!("renamed from `{}`", base.path));
                    }
                }
                for e in risk.evidence {
                    f = f.evidence("content", e);
                }
                let fix = if f.by_person {
                    format!("a person's commit introduced this in `{path}`: review it; remit does not gate it")
                } else {
                    format!("revert this part of `{path}`, or have a person make the change; a manifest grant of `pipeline` does not cover it")
                };
                out.push(f.fix(fix));
            }
        }
    }
}
