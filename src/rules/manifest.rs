//! `manifest-missing` and `manifest-changed`: the task manifest is the
//! agent's declared remit, so it must exist and the agent must not edit it.

use crate::finding::Finding;
use crate::normalize::Context;
use crate::rules::RuleId;

pub fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for commit in ctx.commits.iter().filter(|c| c.is_agent()) {
        if !ctx.manifests_for(commit.session()).is_empty() {
            continue;
        }
        let agent = commit
            .attribution
            .as_ref()
            .map_or("agent", |a| a.agent.as_str());
        let mut f = Finding::new(
            RuleId::ManifestMissing,
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
    for change in &ctx.manifests.changes {
        let session = ctx
            .commits
            .iter()
            .find(|c| c.sha == change.commit)
            .and_then(|c| c.session());
        out.push(
            Finding::new(
                RuleId::ManifestChanged,
                format!(
                    "an agent commit {} the task manifest `{}` after it was declared",
                    change.kind.as_str(),
                    change.path
                ),
            )
            .path(&change.path)
            .commit(&change.commit, session)
            .evidence("manifest", format!("declared version in force: {}", change.declared))
            .fix("revert the agent's change to the manifest; if the task really grew, a person commits the new manifest"),
        );
    }
}
