//! `egress`: network access to a host outside the allowlists — the policy's
//! `audit.allowed_hosts`, the manifest's `hosts`, and the built-in package
//! registries.

use crate::analysis::egress;
use crate::finding::{Finding, RuleMeta, Severity, Source};
use crate::model::policy::Action;
use crate::normalize::Context;
use crate::rules::session_logs::{at, located, sessions};
use crate::rules::Rule;

pub(crate) static META: RuleMeta = RuleMeta {
    id: "egress",
    summary: "network access to a host outside the allowlists",
    fires_when: "network access to a host outside `audit.allowed_hosts`, the manifest's `hosts` and the built-in package registries",
    source: Source::Session,
    severity: Severity::Medium,
    action: Action::Warn,
    action_note: None,
    settable: true,
    frameworks: &[
        "OWASP-LLM06",
        "OWASP-ASI02",
        "NIST-800-207-TENET-3",
        "EU-AI-ACT-ART-15",
        "SOC2-CC6.6",
    ],
    docs: include_str!("../../docs/rules/egress.md"),
};

pub(crate) struct Egress;

impl Rule for Egress {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for (log, id, s) in sessions(ctx) {
            let manifests = ctx.manifests_for(Some(id));
            let mut lists: Vec<&[String]> = vec![&ctx.policy.allowed_hosts];
            lists.extend(manifests.iter().map(|m| m.hosts.as_slice()));
            for (host, u) in &s.hosts {
                if egress::allowed_by(host, &lists).is_some() {
                    continue;
                }
                let mut f = located(
                    &META,
                    format!(
                        "session `{id}` reached `{host}`, outside the allowed hosts ({} time{})",
                        u.count,
                        if u.count == 1 { "" } else { "s" }
                    ),
                    log,
                    id,
                    u.first,
                );
                f.evidence
                    .push(at("log", format!("first: {}", u.via), u.first));
                f = f.evidence(
                    "policy",
                    format!(
                        "allowed: audit.allowed_hosts [{}], manifest hosts [{}], built-in package registries",
                        ctx.policy.allowed_hosts.join(", "),
                        manifests.iter().flat_map(|m| m.hosts.iter().cloned()).collect::<Vec<_>>().join(", ")
                    ),
                );
                out.push(f.fix(format!(
                    "if `{host}` is needed, a person adds it to the manifest's `hosts` or the policy's audit.allowed_hosts; otherwise find out what the session sent there"
                )));
            }
        }
    }
}
