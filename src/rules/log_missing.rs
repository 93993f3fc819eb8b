//! `log-missing`: an agent commit that no evaluated audit log covers. What
//! the session did (fetches, commands, tools) is then unknown.

use crate::finding::Finding;
use crate::normalize::Context;
use crate::rules::session_logs::{binding, sessions};
use crate::rules::RuleId;

pub fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let logged: Vec<&str> = sessions(ctx).map(|(_, id, _)| id).collect();
    for commit in ctx.commits.iter().filter(|c| c.is_agent()) {
        if !binding(ctx, commit).is_empty() {
            continue;
        }
        let agent = commit
            .attribution
            .as_ref()
            .map_or("agent", |a| a.agent.as_str());
        let mut f = Finding::new(
            RuleId::LogMissing,
            format!("{agent} commit has no audit log of the session that wrote it"),
        )
        .commit(&commit.sha, commit.session());
        f = if ctx.logs.is_empty() {
            f.evidence(
                "log",
                "no session log was added or grown in the range (.remit/sessions/*.jsonl) and no --audit file was given",
            )
        } else {
            f.evidence(
                "log",
                format!(
                    "logged sessions: {}; none has a `commit` event for {}, and {}",
                    logged.join(", "),
                    &commit.sha[..commit.sha.len().min(12)],
                    match commit.session() {
                        Some(s) => format!("the commit's session `{s}` is not among them"),
                        None => "the commit names no session (no Remit-Session: / Claude-Session: trailer) and no manifest `sessions` entry is logged".to_string(),
                    }
                ),
            )
        };
        out.push(f.fix(
            "record the session with `remit record` hooks (`remit init` wires them) and commit .remit/sessions/<session>.jsonl, or pass the log with --audit; bind it with a `Remit-Session: <id>` trailer",
        ));
    }
}
