//! `permission-bypass`: the session ran with the agent's permission checks
//! switched off (`bypassPermissions`, `--dangerously-skip-permissions`, YOLO modes).

use crate::analysis::command::permission_mode_bypass;
use crate::analysis::session::{Detector, Observed, Signal};
use crate::finding::{Finding, RuleMeta, Severity, Source};
use crate::model::policy::Action;
use crate::normalize::Context;
use crate::rules::session_logs::per_signal;
use crate::rules::Rule;

pub(crate) static META: RuleMeta = RuleMeta {
    id: "permission-bypass",
    summary: "the session ran with the agent's permission checks off (bypassPermissions, YOLO modes)",
    fires_when: "the session ran with permission checks off (`bypassPermissions`, `--dangerously-skip-permissions`, YOLO modes)",
    source: Source::Session,
    severity: Severity::Medium,
    action: Action::Warn,
    action_note: None,
    settable: true,
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

pub(crate) struct PermissionBypass;

impl Rule for PermissionBypass {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn detector(&self) -> Option<&'static dyn Detector> {
        Some(&PermissionBypass)
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        per_signal(
            ctx,
            out,
            &META,
            |id, sig| format!("session `{id}` ran with permission checks off (seq {}): {}", sig.at.seq, sig.what),
            "run agents with their permission prompts on (or an explicit allowlist); review this session's commands before merging",
        );
    }
}

impl Detector for PermissionBypass {
    fn rule(&self) -> &'static str {
        META.id
    }

    /// A permission mode that skips the checks, or a command switching them off.
    fn observe(&self, o: &Observed<'_>, emit: &mut dyn FnMut(Signal)) {
        if let Some(mode) = &o.event.permission_mode {
            if permission_mode_bypass(mode) {
                emit(Signal::new(
                    o.at,
                    format!("permission_mode: {mode}"),
                    "the session ran with permission checks off",
                ));
            }
        }
        if let Some((cmd, f)) = o.command {
            if let Some(why) = &f.permission_bypass {
                emit(Signal::new(
                    o.at,
                    cmd,
                    format!("{why} switches permission checks off"),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PermissionBypass;
    use crate::analysis::session::detector_tests::{digest, event};
    use crate::model::event::EventKind;

    #[test]
    fn a_bypassing_permission_mode_is_a_signal() {
        let d = digest(
            &PermissionBypass,
            &[
                event(EventKind::SessionStart, 0, |e| {
                    e.permission_mode = Some("default".into())
                }),
                event(EventKind::Prompt, 1, |e| {
                    e.permission_mode = Some("bypassPermissions".into())
                }),
            ],
        );
        let (signals, _) = d.sessions["s1"].signals_of("permission-bypass");
        assert_eq!(signals.len(), 1, "{signals:?}");
        assert_eq!(signals[0].at.seq, 1);
        assert_eq!(signals[0].what, "permission_mode: bypassPermissions");
    }
}
