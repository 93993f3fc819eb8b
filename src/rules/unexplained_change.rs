//! `unexplained-change`: a path that agent commits changed but that the
//! covering session's log never wrote, and that no command in it named or
//! could plausibly have written. The log and the diff disagree.

use crate::finding::{Finding, RuleMeta, Severity, Source};
use crate::model::policy::Action;
use crate::normalize::Context;
use crate::rules::session_logs::{binding, digests_of};
use crate::rules::Rule;

pub(crate) static META: RuleMeta = RuleMeta {
    id: "unexplained-change",
    summary: "a changed path that the session's log never wrote and no command in it could have",
    fires_when: "a changed path that the session's log never wrote and no command in it could have",
    source: Source::Session,
    severity: Severity::Medium,
    action: Action::Warn,
    action_note: None,
    settable: true,
    frameworks: &[
        "OWASP-LLM06",
        "OWASP-ASI10",
        "NIST-AI-RMF-MEASURE-2.7",
        "EU-AI-ACT-ART-12",
        "ISO-42001-A.6.2.8",
        "SOC2-CC8.1",
    ],
    docs: include_str!("../../docs/rules/unexplained-change.md"),
};

pub(crate) struct UnexplainedChange;

impl Rule for UnexplainedChange {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for commit in ctx.commits.iter().filter(|c| c.is_agent()) {
            let bound = binding(ctx, commit);
            if bound.is_empty() {
                continue; // log-missing says so
            }
            let digests: Vec<_> = bound
                .iter()
                .flat_map(|b| digests_of(ctx, &b.session))
                .collect();
            for touch in commit.touches.iter().filter(|t| !t.remit_input) {
                let path = touch.path.as_str();
                let explained = digests.iter().any(|(_, s)| {
                    s.written.contains_key(path)
                        || s.named_by_exec.contains_key(path)
                        || s.broad_writer.is_some()
                        || (is_lock_file(path) && s.lock_writer.is_some())
                });
                if explained {
                    continue;
                }
                let sessions: Vec<&str> = bound.iter().map(|b| b.session.as_str()).collect();
                let execs: u64 = digests
                    .iter()
                    .map(|(_, s)| s.named_by_exec.len() as u64)
                    .sum();
                let mut f = Finding::new(
                    &META,
                    format!(
                        "`{path}` ({}) was changed, but the log of session {} never wrote it and no command in it could have",
                        touch.change.as_str(),
                        sessions.join(", ")
                    ),
                )
                .path(path)
                .commit(&commit.sha, Some(sessions[0]));
                for b in &bound {
                    f = f.evidence(
                        "log",
                        format!("session `{}` covers the commit: {}", b.session, b.how),
                    );
                }
                for (log, s) in &digests {
                    f = f.evidence(
                        "log",
                        format!(
                            "{}: {} events, no `write` of `{path}`, no exec naming it or a folder above it, no exec that writes files unnamed ({} other changed paths named by execs)",
                            log.name, s.events, execs
                        ),
                    );
                }
                out.push(f.fix(format!(
                    "find out how `{path}` changed: a gap in the log (hooks fail open; import the agent's transcript with `remit import`) or a change made outside the session"
                )));
            }
        }
    }
}

/// Lock files a dependency install writes.
fn is_lock_file(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    matches!(
        name,
        "package-lock.json"
            | "npm-shrinkwrap.json"
            | "yarn.lock"
            | "pnpm-lock.yaml"
            | "Cargo.lock"
            | "poetry.lock"
            | "uv.lock"
            | "Gemfile.lock"
            | "go.sum"
            | "go.mod"
            | "Cargo.toml"
            | "package.json"
    ) || (name.starts_with("requirements") && name.ends_with(".txt"))
}
