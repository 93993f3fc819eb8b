//! `manifest-changed`: the task manifest is the agent's declared remit, so
//! the agent must not edit it.

use crate::finding::{Finding, RuleMeta, Severity, Source};
use crate::model::policy::Action;
use crate::normalize::Context;
use crate::rules::Rule;

pub(crate) static META: RuleMeta = RuleMeta {
    id: "manifest-changed",
    summary: "an agent commit changed its task manifest after it was declared",
    fires_when: "an agent commit altered its manifest after declaration",
    source: Source::Manifest,
    severity: Severity::High,
    action: Action::Block,
    action_note: None,
    settable: false,
    frameworks: &[
        "OWASP-LLM06",
        "OWASP-ASI01",
        "OWASP-ASI10",
        "NIST-AI-RMF-MANAGE-2.4",
        "NIST-800-207-TENET-4",
        "EU-AI-ACT-ART-14",
        "ISO-42001-A.6.2.8",
        "SOC2-CC8.1",
    ],
    docs: include_str!("../../docs/rules/manifest-changed.md"),
};

pub(crate) struct ManifestChanged;

impl Rule for ManifestChanged {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for change in &ctx.manifests.changes {
            let session = ctx
                .commits
                .iter()
                .find(|c| c.sha == change.commit)
                .and_then(|c| c.session());
            out.push(
                Finding::new(
                    &META,
                    format!(
                        "an agent commit {} the task manifest `{}` after it was declared",
                        change.kind.as_str(),
                        change.path
                    ),
                )
                .path(&change.path)
                .commit(&change.commit, session)
                .evidence("manifest", format!("declared version in force: {}", change.declared))
                .fix("revert the agent's change to the manifest; if the task really grew, a person commits the new manifest"),
            );
        }
    }
}
