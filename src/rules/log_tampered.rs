//! `log-tampered`: the audit log is not the record it claims to be — its
//! hash chain is broken, its last line cut off, it was rewritten instead of
//! appended relative to base, or it pins a manifest other than the one in force.

use crate::finding::{Finding, RuleMeta, Severity, Source};
use crate::model::policy::Action;
use crate::normalize::Context;
use crate::rules::session_logs::{at, located, sessions};
use crate::rules::Rule;

pub(crate) static META: RuleMeta = RuleMeta {
    id: "log-tampered",
    summary: "an audit log's hash chain is broken, or the log was rewritten, truncated or pinned to another manifest",
    fires_when: "a log's hash chain is broken, its last line cut off, it was rewritten instead of appended relative to base, or it pins another manifest (`manifest_sha256`)",
    source: Source::Session,
    severity: Severity::High,
    action: Action::Block,
    action_note: None,
    settable: false,
    frameworks: &[
        "OWASP-ASI10",
        "OWASP-ASI06",
        "NIST-AI-RMF-MANAGE-4.1",
        "NIST-800-207-TENET-7",
        "EU-AI-ACT-ART-12",
        "ISO-42001-A.6.2.8",
        "SOC2-CC7.2",
    ],
    docs: include_str!("../../docs/rules/log-tampered.md"),
};

pub(crate) struct LogTampered;

impl Rule for LogTampered {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for log in &ctx.logs {
            for (i, t) in log.tampering.iter().enumerate() {
                let mut f = Finding::new(&META, format!("{}: {}", log.name, t.reason))
                    .path(&log.name)
                    .line(t.line);
                if let Some(session) = log.sessions.keys().next() {
                    f.session = Some(session.clone());
                }
                let where_ = match (t.line, t.seq) {
                    (Some(l), Some(s)) => format!("{}:{l} (seq {s})", log.name),
                    (Some(l), None) => format!("{}:{l}", log.name),
                    _ => log.name.clone(),
                };
                f.evidence.push(crate::finding::Evidence {
                    kind: "log",
                    detail: format!("{where_}: {}", t.reason),
                    seq: t.seq,
                });
                if i == 0 && log.more_breaks > 0 && t.seq.is_some() {
                    f = f.evidence(
                        "log",
                        format!("{} more chain breaks after it", log.more_breaks),
                    );
                }
                out.push(f.fix("restore the log as recorded (the gate judges the original); logs are append-only — never edit, reorder, truncate or delete lines"));
            }
        }
        for (log, id, s) in sessions(ctx) {
            let governing = ctx.manifests_for(Some(id));
            if governing.is_empty() {
                continue;
            }
            for (loc, declared) in &s.manifest_sha256 {
                if governing
                    .iter()
                    .any(|m| m.sha256.eq_ignore_ascii_case(declared))
                {
                    continue;
                }
                let mut f = located(
                    &META,
                    format!("session `{id}` was recorded against a different task manifest than the one in force"),
                    log,
                    id,
                    *loc,
                );
                f.evidence
                    .push(at("log", format!("manifest_sha256 {declared}"), *loc));
                for m in &governing {
                    f = f.evidence("manifest", format!("{} has sha256 {}", m.source, m.sha256));
                }
                out.push(f.fix("the manifest the session ran under must be the one committed: a person commits the manifest before the session starts, and nobody edits it after"));
            }
        }
    }
}
