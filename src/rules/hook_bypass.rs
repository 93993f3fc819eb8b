//! `hook-bypass`: the session skipped or disabled the checks that run on
//! commit — `--no-verify`, `core.hooksPath`, `HUSKY=0`, removing hooks or
//! the session recorder.

use crate::finding::{Finding, RuleMeta, Severity, Source};
use crate::model::policy::Action;
use crate::normalize::Context;
use crate::rules::session_logs::per_signal;
use crate::rules::Rule;

pub static META: RuleMeta = RuleMeta {
    id: "hook-bypass",
    summary: "commit hooks or the session recorder skipped or disabled (--no-verify, core.hooksPath, HUSKY=0)",
    fires_when: "`--no-verify`, `core.hooksPath` changes, `HUSKY=0`, removing hooks or the recorder",
    source: Source::Session,
    severity: Severity::High,
    action: Action::Block,
    action_note: None,
    frameworks: &[
        "OWASP-LLM06",
        "OWASP-ASI10",
        "NIST-800-207-TENET-6",
        "NIST-AI-RMF-MANAGE-2.4",
        "EU-AI-ACT-ART-14",
        "SOC2-CC8.1",
    ],
    docs: include_str!("../../docs/rules/hook-bypass.md"),
};

pub struct HookBypass;

impl Rule for HookBypass {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        per_signal(
        ctx,
        out,
        &META,
        |s| (&s.hook_bypass.items, s.hook_bypass.more),
        |id, sig| format!("session `{id}` bypassed commit hooks or the recorder (seq {}): {}", sig.at.seq, sig.why),
        "re-run the skipped hooks on the branch (`pre-commit run --all-files` or your hook runner) and fix what they report; agents must commit without --no-verify",
    );
    }
}
