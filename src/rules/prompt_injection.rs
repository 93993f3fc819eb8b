//! `prompt-injection`: untrusted content with injection indicators, then a
//! sensitive action in the same session that it could have caused. The
//! evidence is the chain: read X at seq 12 → ran Y at seq 15.

use crate::finding::{Finding, RuleMeta, Severity, Source};
use crate::model::policy::Action;
use crate::normalize::Context;
use crate::rules::session_logs::{at, located, sessions};
use crate::rules::Rule;

pub static META: RuleMeta = RuleMeta {
    id: "prompt-injection",
    summary: "untrusted content with injection indicators, followed by an action it could have caused",
    fires_when: "untrusted content with injection indicators, then a sensitive action in the same session (the report shows the chain)",
    source: Source::Session,
    severity: Severity::Critical,
    action: Action::Block,
    action_note: None,
    frameworks: &[
        "OWASP-LLM01",
        "OWASP-ASI01",
        "OWASP-ASI06",
        "NIST-AI-RMF-MEASURE-2.7",
        "EU-AI-ACT-ART-15",
        "ISO-42001-A.6.2.6",
        "SOC2-CC7.2",
    ],
    docs: include_str!("../../docs/rules/prompt-injection.md"),
};

pub struct PromptInjection;

impl Rule for PromptInjection {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for (log, id, s) in sessions(ctx) {
            let n = s.chains.items.len();
            for (i, chain) in s.chains.items.iter().enumerate() {
                let t = &chain.taint;
                let a = &chain.action;
                let (verb, what) = match a.what.split_once(' ') {
                    Some(("write", p)) => ("wrote", p.to_string()),
                    Some(("read", p)) => ("read", p.to_string()),
                    Some(("fetch", u)) => ("fetched", u.to_string()),
                    Some(("tool", t)) => ("called", t.to_string()),
                    _ => ("ran", format!("`{}`", a.what)),
                };
                let mut f = located(
                &META,
                format!(
                    "untrusted content with injection indicators ({}) was followed by a sensitive action: {}",
                    t.indicators.join(", "),
                    a.why
                ),
                log,
                id,
                a.at,
            );
                f.evidence.push(at(
                    "chain",
                    format!(
                        "{} at seq {} → {verb} {what} at seq {}",
                        t.source, t.at.seq, a.at.seq
                    ),
                    a.at,
                ));
                f.evidence.push(at(
                    "content",
                    format!(
                        "{} (untrusted; indicators: {})",
                        t.source,
                        t.indicators.join(", ")
                    ),
                    t.at,
                ));
                f.evidence
                    .push(at("log", format!("{}: {}", a.what, a.why), a.at));
                if i + 1 == n && s.chains.more > 0 {
                    f = f.evidence(
                        "log",
                        format!(
                            "{} more actions after untrusted content in this session",
                            s.chains.more
                        ),
                    );
                }
                out.push(f.fix(
                "review what the untrusted content asked for and undo what the session did after reading it; keep the source out of agent sessions or restrict the task's tools and hosts",
            ));
            }
        }
    }
}
