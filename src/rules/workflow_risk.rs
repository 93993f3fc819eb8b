//! `workflow-risk`: what an agent's change to a pipeline does — privileged
//! triggers, wider token permissions, jobs and steps switched off, secrets
//! exposed, unpinned third-party code, downloads piped into a shell. It fires
//! whatever the manifest grants: granting pipeline work is not granting
//! privilege escalation.

use crate::finding::Finding;
use crate::normalize::{pipeline, Context};
use crate::rules::RuleId;

pub fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for file in &ctx.watched.pipelines {
        let path = file
            .head
            .as_ref()
            .or(file.base.as_ref())
            .map(|v| v.path.as_str())
            .unwrap_or_default();
        let session = ctx
            .commits
            .iter()
            .find(|c| c.sha == file.commit)
            .and_then(|c| c.session());
        for risk in pipeline::analyze(file) {
            let mut f = Finding::new(RuleId::WorkflowRisk, format!("{}: {}", risk.what, risk.why))
                .path(path)
                .line(risk.line)
                .commit(&file.commit, session);
            f.severity = risk.severity;
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
            out.push(f.fix(format!(
                "revert this part of `{path}`, or have a person make the change; a manifest grant of `pipeline` does not cover it"
            )));
        }
    }
}
