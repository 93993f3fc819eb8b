//! Allowances that applied to nothing: a `grants` category or `scope.paths`
//! entry no agent change used is probably a typo, or a remit wider than the
//! work needed. Reported as notices, never as findings.

use crate::model::glob::Candidate;

use crate::normalize::Context;

pub(crate) fn unused_allowances(ctx: &Context<'_>) -> Vec<String> {
    let mut notices = Vec::new();
    let agent_commits: Vec<_> = ctx.commits.iter().filter(|c| c.is_agent()).collect();
    if agent_commits.is_empty() {
        return notices;
    }
    for m in &ctx.manifests.declared {
        let governed: Vec<_> = agent_commits
            .iter()
            .filter(|c| m.governs(c.session()))
            .collect();
        if governed.is_empty() {
            continue;
        }
        let mut scope_used = vec![false; m.scope.origins().len()];
        let mut grant_used = vec![false; m.grants.len()];
        for touch in governed
            .iter()
            .flat_map(|c| c.touches.iter())
            .filter(|t| !t.remit_input)
        {
            let hits = m.scope.all_matches(&Candidate::new(&touch.path));
            for i in &hits {
                scope_used[*i] = true;
            }
            if hits.is_empty() {
                continue;
            }
            for (i, grant) in m.grants.iter().enumerate() {
                if touch.categories.iter().any(|c| c.category == grant.value) {
                    grant_used[i] = true;
                }
            }
        }
        for (origin, used) in m.scope.origins().iter().zip(scope_used) {
            if !used {
                notices.push(format!(
                    "scope.paths entry `{}` ({}) matched no path the agent changed",
                    origin.pattern, origin.source
                ));
            }
        }
        for (grant, used) in m.grants.iter().zip(grant_used) {
            if !used {
                notices.push(format!(
                    "grant `{}` ({}:{}) was not needed: no {} path in scope was changed",
                    grant.value, m.source, grant.line, grant.value
                ));
            }
        }
    }
    notices
}
