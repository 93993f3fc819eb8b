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
        let risks = pipeline::analyze(file);
        let blamed = pipeline::blame(file, &risks);
        for (risk, step) in risks.into_iter().zip(blamed) {
            let sha = step.map_or(file.commit.as_str(), |s| s.commit.as_str());
            let facts = ctx.commits.iter().find(|c| c.sha == sha);
            let mut f = Finding::new(RuleId::WorkflowRisk, format!("{}: {}", risk.what, risk.why))
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
