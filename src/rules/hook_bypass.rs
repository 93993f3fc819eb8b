//! `hook-bypass`: the session skipped or disabled the checks that run on
//! commit — `--no-verify`, `core.hooksPath`, `HUSKY=0`, removing hooks or
//! the session recorder.

use crate::analysis::session::{Detector, Observed, Signal};
use crate::finding::{Finding, RuleMeta, Severity, Source};
use crate::model::event::EventKind;
use crate::model::policy::Action;
use crate::normalize::Context;
use crate::rules::session_logs::per_signal;
use crate::rules::Rule;

pub(crate) static META: RuleMeta = RuleMeta {
    id: "hook-bypass",
    summary: "commit hooks or the session recorder skipped or disabled (--no-verify, core.hooksPath, HUSKY=0)",
    fires_when: "`--no-verify`, `core.hooksPath` changes, `HUSKY=0`, removing hooks or the recorder",
    source: Source::Session,
    severity: Severity::High,
    action: Action::Block,
    action_note: None,
    settable: true,
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

pub(crate) struct HookBypass;

impl Rule for HookBypass {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn detector(&self) -> Option<&'static dyn Detector> {
        Some(&HookBypass)
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        per_signal(
            ctx,
            out,
            &META,
            |id, sig| format!("session `{id}` bypassed commit hooks or the recorder (seq {}): {}", sig.at.seq, sig.why),
            "re-run the skipped hooks on the branch (`pre-commit run --all-files` or your hook runner) and fix what they report; agents must commit without --no-verify",
        );
    }
}

impl Detector for HookBypass {
    fn rule(&self) -> &'static str {
        META.id
    }

    /// A write to a hook or to the log itself, or a command skipping hooks.
    fn observe(&self, o: &Observed<'_>, emit: &mut dyn FnMut(Signal)) {
        if let (EventKind::Write, Some(path)) = (o.event.event, o.path) {
            if let Some(why) = hook_path(path) {
                emit(Signal::new(o.at, format!("write {path}"), why));
            }
        }
        if let Some((cmd, f)) = o.command {
            if let Some(why) = &f.hook_bypass {
                emit(Signal::new(o.at, cmd, why.as_str()));
            }
        }
    }
}

/// Writing these disables hooks or the recorder itself.
pub(crate) fn hook_path(path: &str) -> Option<&'static str> {
    if path.starts_with(".git/hooks/") || (path.contains(".git/") && path.contains("/.git/hooks/"))
    {
        Some("writes a git hook directly")
    } else if path.starts_with(".remit/sessions/") {
        Some("writes the session's own audit log")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::HookBypass;
    use crate::analysis::session::detector_tests::{digest, event};
    use crate::model::event::EventKind;

    #[test]
    fn hook_writes_and_skipping_commands_in_log_order() {
        let d = digest(
            &HookBypass,
            &[
                event(EventKind::Write, 0, |e| e.path = Some("src/main.rs".into())),
                event(EventKind::Write, 1, |e| {
                    e.path = Some(".git/hooks/pre-commit".into())
                }),
                event(EventKind::Exec, 2, |e| {
                    e.command = Some("git commit --no-verify -m x".into())
                }),
                event(EventKind::Write, 3, |e| {
                    e.path = Some(".remit/sessions/s1.jsonl".into())
                }),
            ],
        );
        let (signals, more) = d.sessions["s1"].signals_of("hook-bypass");
        let seqs: Vec<u64> = signals.iter().map(|s| s.at.seq).collect();
        assert_eq!((seqs, more), (vec![1, 2, 3], 0));
        assert_eq!(signals[0].what, "write .git/hooks/pre-commit");
        assert_eq!(signals[2].why, "writes the session's own audit log");
    }
}
