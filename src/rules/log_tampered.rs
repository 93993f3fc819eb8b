//! `log-tampered`: the audit log is not the record it claims to be — its
//! hash chain is broken, its last line cut off, it was rewritten instead of
//! appended relative to base, or it pins a manifest other than the one in force.

use crate::finding::Finding;
use crate::normalize::Context;
use crate::rules::session_logs::{at, located, sessions};
use crate::rules::RuleId;

pub fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for log in &ctx.logs {
        for (i, t) in log.tampering.iter().enumerate() {
            let mut f = Finding::new(RuleId::LogTampered, format!("{}: {}", log.name, t.reason))
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
                RuleId::LogTampered,
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
