//! Stage 3: the rules. Each rule is one file, pure and synchronous: it reads
//! the [`Context`] and reports facts. It never reads `mode`, approvals or
//! `on_violation` — the verdict stage decides what a finding means.

mod codeowners_weakened;
mod manifest;
mod protected_path;
mod scope_drift;
mod workflow_risk;

use crate::finding::{Finding, Severity};
use crate::normalize::Context;

/// The stable rule ids (SPEC §6). Each id is written once, here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RuleId {
    ProtectedPath,
    ScopeDrift,
    ManifestMissing,
    ManifestChanged,
    WorkflowRisk,
    CodeownersWeakened,
}

impl RuleId {
    pub const ALL: &'static [RuleId] = &[
        Self::ProtectedPath,
        Self::ScopeDrift,
        Self::ManifestMissing,
        Self::ManifestChanged,
        Self::WorkflowRisk,
        Self::CodeownersWeakened,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::ProtectedPath => "protected-path",
            Self::ScopeDrift => "scope-drift",
            Self::ManifestMissing => "manifest-missing",
            Self::ManifestChanged => "manifest-changed",
            Self::WorkflowRisk => "workflow-risk",
            Self::CodeownersWeakened => "codeowners-weakened",
        }
    }

    pub fn parse(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|r| r.as_str() == id)
    }

    /// One line: what the rule detects.
    pub fn summary(self) -> &'static str {
        match self {
            Self::ProtectedPath => {
                "an agent commit touched a protected path that its task does not grant"
            }
            Self::ScopeDrift => "an agent commit touched a file outside its task's scope",
            Self::ManifestMissing => "agent commits with no task manifest declaring their scope",
            Self::ManifestChanged => {
                "an agent commit changed its task manifest after it was declared"
            }
            Self::WorkflowRisk => {
                "a pipeline change widens permissions or triggers, exposes secrets, or switches off a check"
            }
            Self::CodeownersWeakened => {
                "a CODEOWNERS change leaves paths with fewer, broader or no code owners"
            }
        }
    }

    pub fn severity(self) -> Severity {
        match self {
            Self::ProtectedPath
            | Self::ManifestChanged
            | Self::WorkflowRisk
            | Self::CodeownersWeakened => Severity::High,
            Self::ScopeDrift | Self::ManifestMissing => Severity::Medium,
        }
    }

    /// Frameworks the rule maps to: OWASP LLM Top 10 (2025), OWASP Agentic
    /// Top 10 (ASI, 2026), OWASP NHI Top 10, NIST AI RMF, NIST SP 800-207,
    /// EU AI Act, ISO/IEC 42001, SOC 2.
    pub fn frameworks(self) -> &'static [&'static str] {
        match self {
            Self::ProtectedPath => &[
                "OWASP-LLM06",
                "OWASP-ASI02",
                "OWASP-ASI03",
                "OWASP-NHI5",
                "NIST-AI-RMF-MANAGE-2.4",
                "NIST-800-207-TENET-6",
                "EU-AI-ACT-ART-14",
                "ISO-42001-A.9.2",
                "SOC2-CC8.1",
            ],
            Self::ScopeDrift => &[
                "OWASP-LLM06",
                "OWASP-ASI10",
                "NIST-AI-RMF-MEASURE-2.7",
                "EU-AI-ACT-ART-14",
                "ISO-42001-A.9.2",
                "SOC2-CC8.1",
            ],
            Self::ManifestMissing => &[
                "OWASP-LLM06",
                "OWASP-ASI10",
                "NIST-AI-RMF-GOVERN-1.4",
                "EU-AI-ACT-ART-12",
                "ISO-42001-A.6.2.8",
                "SOC2-CC8.1",
            ],
            Self::ManifestChanged => &[
                "OWASP-LLM06",
                "OWASP-ASI01",
                "OWASP-ASI10",
                "NIST-AI-RMF-MANAGE-2.4",
                "NIST-800-207-TENET-4",
                "EU-AI-ACT-ART-14",
                "ISO-42001-A.6.2.8",
                "SOC2-CC8.1",
            ],
            Self::WorkflowRisk => &[
                "OWASP-LLM06",
                "OWASP-ASI02",
                "OWASP-ASI03",
                "OWASP-NHI2",
                "OWASP-NHI3",
                "OWASP-NHI5",
                "NIST-AI-RMF-MANAGE-2.4",
                "NIST-800-207-TENET-6",
                "EU-AI-ACT-ART-15",
                "ISO-42001-A.9.2",
                "SOC2-CC8.1",
            ],
            Self::CodeownersWeakened => &[
                "OWASP-LLM06",
                "OWASP-ASI03",
                "NIST-AI-RMF-GOVERN-1.4",
                "NIST-800-207-TENET-6",
                "EU-AI-ACT-ART-14",
                "ISO-42001-A.9.2",
                "SOC2-CC8.1",
            ],
        }
    }

    /// The rule's documentation page (`docs/rules/<id>.md`).
    pub fn docs(self) -> &'static str {
        match self {
            Self::ProtectedPath => include_str!("../../docs/rules/protected-path.md"),
            Self::ScopeDrift => include_str!("../../docs/rules/scope-drift.md"),
            Self::ManifestMissing => include_str!("../../docs/rules/manifest-missing.md"),
            Self::ManifestChanged => include_str!("../../docs/rules/manifest-changed.md"),
            Self::WorkflowRisk => include_str!("../../docs/rules/workflow-risk.md"),
            Self::CodeownersWeakened => include_str!("../../docs/rules/codeowners-weakened.md"),
        }
    }
}

impl std::fmt::Display for RuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Runs every rule over the context.
pub fn run(ctx: &Context<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    protected_path::check(ctx, &mut findings);
    scope_drift::check(ctx, &mut findings);
    manifest::check(ctx, &mut findings);
    workflow_risk::check(ctx, &mut findings);
    codeowners_weakened::check(ctx, &mut findings);
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_documented() {
        let mut seen = std::collections::HashSet::new();
        for rule in RuleId::ALL {
            assert!(seen.insert(rule.as_str()), "duplicate id {rule}");
            assert_eq!(RuleId::parse(rule.as_str()), Some(*rule));
            let docs = rule.docs();
            assert!(
                docs.starts_with(&format!("# `{rule}`")),
                "{rule} docs heading"
            );
            for heading in [
                "## What it detects",
                "## Why it matters",
                "## How to fix",
                "## How to approve",
            ] {
                assert!(docs.contains(heading), "{rule} docs lack {heading}");
            }
            assert!(!rule.frameworks().is_empty());
        }
    }
}
