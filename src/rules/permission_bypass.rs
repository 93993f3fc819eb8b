//! `permission-bypass`: the session ran with the agent's permission checks
//! switched off (`bypassPermissions`, `--dangerously-skip-permissions`, YOLO modes).

use crate::finding::{Finding, RuleMeta, Severity, Source};
use crate::model::policy::Action;
use crate::normalize::Context;
use crate::rules::session_logs::per_signal;
use crate::rules::Rule;

pub static META: RuleMeta = RuleMeta {
    id: "permission-bypass",
    summary: "the session ran with the agent's permission checks off (bypassPermissions, YOLO modes)",
    fires_when: "the session ran with permission checks off (`bypassPermissions`, `--dangerously-skip-permissions`, YOLO modes)",
    source: Source::Session,
    severity: Severity::Medium,
    action: Action::Warn,
    action_note: None,
    frameworks: &[
        "OWASP-LLM06",
        "OWASP-ASI03",
        "OWASP-NHI5",
        "NIST-AI-RMF-MANAGE-2.4",
        "EU-AI-ACT-ART-14",
        "ISO-42001-A.9.2",
        "SOC2-CC6.1",
    ],
    docs: include_str!("../../docs/rules/permission-bypass.md"),
};

pub struct PermissionBypass;

impl Rule for PermissionBypass {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        per_signal(
        ctx,
        out,
        &META,
        |s| (&s.permission_bypass.items, s.permission_bypass.more),
        |id, sig| format!("session `{id}` ran with permission checks off (seq {}): {}", sig.at.seq, sig.what),
        "run agents with their permission prompts on (or an explicit allowlist); review this session's commands before merging",
    );
    }
}
