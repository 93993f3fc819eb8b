//! `log-missing`: an agent commit that no evaluated audit log covers. What
//! the session did (fetches, commands, tools) is then unknown.

use crate::finding::{Finding, RuleMeta, Severity, Source};
use crate::model::policy::{Action, Policy};
use crate::normalize::Context;
use crate::rules::session_logs::{binding, sessions};
use crate::rules::Rule;

pub(crate) static META: RuleMeta = RuleMeta {
    id: "log-missing",
    summary: "agent commits that no audit log of their session covers",
    fires_when: "agent commits that no audit log of their session covers",
    source: Source::Session,
    severity: Severity::Medium,
    action: Action::Warn,
    action_note: Some("warn (block with `audit.required: true`)"),
    settable: false,
    frameworks: &[
        "OWASP-ASI10",
        "NIST-AI-RMF-GOVERN-1.4",
        "NIST-800-207-TENET-7",
        "EU-AI-ACT-ART-12",
        "ISO-42001-A.6.2.8",
        "SOC2-CC7.2",
    ],
    docs: include_str!("../../docs/rules/log-missing.md"),
};

pub(crate) struct LogMissing;

impl Rule for LogMissing {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    /// Blocks when the policy requires audit logs (`audit.required`).
    fn action(&self, _f: &Finding, policy: &Policy) -> Action {
        if policy.audit_required {
            Action::Block
        } else {
            Action::Warn
        }
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        let logged: Vec<&str> = sessions(ctx).map(|(_, id, _)| id).collect();
        for commit in ctx.commits.iter().filter(|c| c.is_agent()) {
            if !binding(ctx, commit).is_empty() {
                continue;
            }
            let agent = commit.agent_name();
            let mut f = Finding::new(
                &META,
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
}
