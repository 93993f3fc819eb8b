//! `scope-drift`: an agent commit touched an ordinary file (no protected
//! category) outside the scope of every manifest that governs it.

use crate::finding::Finding;
use crate::model::manifest::ScopeDecision;
use crate::normalize::Context;
use crate::rules::RuleId;

pub fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
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
                RuleId::ScopeDrift,
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
