//! `exfiltration`: a command or fetch that sends the environment, secrets or
//! credential files to another host.

use crate::finding::{Finding, RuleMeta, Severity, Source};
use crate::model::policy::Action;
use crate::normalize::Context;
use crate::rules::session_logs::per_signal;
use crate::rules::Rule;

pub static META: RuleMeta = RuleMeta {
    id: "exfiltration",
    summary: "a command or fetch sent the environment, secrets or credential files off the machine",
    fires_when:
        "a command or fetch sends the environment, secrets or credential files off the machine",
    source: Source::Session,
    severity: Severity::Critical,
    action: Action::Block,
    action_note: None,
    frameworks: &[
        "OWASP-LLM02",
        "OWASP-LLM06",
        "OWASP-ASI02",
        "OWASP-NHI2",
        "NIST-AI-RMF-MANAGE-2.4",
        "NIST-800-207-TENET-6",
        "EU-AI-ACT-ART-15",
        "ISO-42001-A.7.4",
        "SOC2-CC6.7",
    ],
    docs: include_str!("../../docs/rules/exfiltration.md"),
};

pub struct Exfiltration;

impl Rule for Exfiltration {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        per_signal(
        ctx,
        out,
        &META,
        |s| (&s.exfiltration.items, s.exfiltration.more),
        |id, sig| format!("session `{id}` sent secrets off the machine (seq {}): {}", sig.at.seq, sig.why),
        "treat every secret the session could read as leaked: rotate them, find what content asked for it (see prompt-injection), and revert the session's work",
    );
    }
}
