//! Stage 3: the rules. Each rule is one file, pure and synchronous: it reads
//! the [`Context`] and reports facts. It never reads `mode`, approvals or
//! `on_violation` — the verdict stage decides what a finding means.

mod codeowners_weakened;
mod egress;
mod exfiltration;
mod hook_bypass;
mod log_missing;
mod log_tampered;
mod manifest;
mod permission_bypass;
mod prompt_injection;
mod protected_path;
mod scope_drift;
mod session_logs;
pub mod unapproved_tool;
mod unexplained_change;
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
    LogMissing,
    LogTampered,
    UnexplainedChange,
    Exfiltration,
    Egress,
    UnapprovedTool,
    PromptInjection,
    HookBypass,
    PermissionBypass,
    WorkflowRisk,
    CodeownersWeakened,
}

impl RuleId {
    pub const ALL: &'static [RuleId] = &[
        Self::ProtectedPath,
        Self::ScopeDrift,
        Self::ManifestMissing,
        Self::ManifestChanged,
        Self::LogMissing,
        Self::LogTampered,
        Self::UnexplainedChange,
        Self::Exfiltration,
        Self::Egress,
        Self::UnapprovedTool,
        Self::PromptInjection,
        Self::HookBypass,
        Self::PermissionBypass,
        Self::WorkflowRisk,
        Self::CodeownersWeakened,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::ProtectedPath => "protected-path",
            Self::ScopeDrift => "scope-drift",
            Self::ManifestMissing => "manifest-missing",
            Self::ManifestChanged => "manifest-changed",
            Self::LogMissing => "log-missing",
            Self::LogTampered => "log-tampered",
            Self::UnexplainedChange => "unexplained-change",
            Self::Exfiltration => "exfiltration",
            Self::Egress => "egress",
            Self::UnapprovedTool => "unapproved-tool",
            Self::PromptInjection => "prompt-injection",
            Self::HookBypass => "hook-bypass",
            Self::PermissionBypass => "permission-bypass",
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
            Self::LogMissing => "agent commits that no audit log of their session covers",
            Self::LogTampered => {
                "an audit log's hash chain is broken, or the log was rewritten, truncated or pinned to another manifest"
            }
            Self::UnexplainedChange => {
                "a changed path that the session's log never wrote and no command in it could have"
            }
            Self::Exfiltration => {
                "a command or fetch sent the environment, secrets or credential files off the machine"
            }
            Self::Egress => "network access to a host outside the allowlists",
            Self::UnapprovedTool => "a tool or MCP server outside the task manifest's `tools`",
            Self::PromptInjection => {
                "untrusted content with injection indicators, followed by an action it could have caused"
            }
            Self::HookBypass => {
                "commit hooks or the session recorder skipped or disabled (--no-verify, core.hooksPath, HUSKY=0)"
            }
            Self::PermissionBypass => {
                "the session ran with the agent's permission checks off (bypassPermissions, YOLO modes)"
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
            Self::Exfiltration | Self::PromptInjection => Severity::Critical,
            Self::LogTampered | Self::UnapprovedTool | Self::HookBypass => Severity::High,
            Self::LogMissing | Self::UnexplainedChange | Self::Egress | Self::PermissionBypass => {
                Severity::Medium
            }
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
            Self::LogMissing => &[
                "OWASP-ASI10",
                "NIST-AI-RMF-GOVERN-1.4",
                "NIST-800-207-TENET-7",
                "EU-AI-ACT-ART-12",
                "ISO-42001-A.6.2.8",
                "SOC2-CC7.2",
            ],
            Self::LogTampered => &[
                "OWASP-ASI10",
                "OWASP-ASI06",
                "NIST-AI-RMF-MANAGE-4.1",
                "NIST-800-207-TENET-7",
                "EU-AI-ACT-ART-12",
                "ISO-42001-A.6.2.8",
                "SOC2-CC7.2",
            ],
            Self::UnexplainedChange => &[
                "OWASP-LLM06",
                "OWASP-ASI10",
                "NIST-AI-RMF-MEASURE-2.7",
                "EU-AI-ACT-ART-12",
                "ISO-42001-A.6.2.8",
                "SOC2-CC8.1",
            ],
            Self::Exfiltration => &[
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
            Self::Egress => &[
                "OWASP-LLM06",
                "OWASP-ASI02",
                "NIST-800-207-TENET-3",
                "EU-AI-ACT-ART-15",
                "SOC2-CC6.6",
            ],
            Self::UnapprovedTool => &[
                "OWASP-LLM06",
                "OWASP-ASI02",
                "OWASP-ASI04",
                "NIST-800-207-TENET-3",
                "NIST-AI-RMF-MANAGE-2.4",
                "ISO-42001-A.9.2",
                "SOC2-CC6.1",
            ],
            Self::PromptInjection => &[
                "OWASP-LLM01",
                "OWASP-ASI01",
                "OWASP-ASI06",
                "NIST-AI-RMF-MEASURE-2.7",
                "EU-AI-ACT-ART-15",
                "ISO-42001-A.6.2.6",
                "SOC2-CC7.2",
            ],
            Self::HookBypass => &[
                "OWASP-LLM06",
                "OWASP-ASI10",
                "NIST-800-207-TENET-6",
                "NIST-AI-RMF-MANAGE-2.4",
                "EU-AI-ACT-ART-14",
                "SOC2-CC8.1",
            ],
            Self::PermissionBypass => &[
                "OWASP-LLM06",
                "OWASP-ASI03",
                "OWASP-NHI5",
                "NIST-AI-RMF-MANAGE-2.4",
                "EU-AI-ACT-ART-14",
                "ISO-42001-A.9.2",
                "SOC2-CC6.1",
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
            Self::LogMissing => include_str!("../../docs/rules/log-missing.md"),
            Self::LogTampered => include_str!("../../docs/rules/log-tampered.md"),
            Self::UnexplainedChange => include_str!("../../docs/rules/unexplained-change.md"),
            Self::Exfiltration => include_str!("../../docs/rules/exfiltration.md"),
            Self::Egress => include_str!("../../docs/rules/egress.md"),
            Self::UnapprovedTool => include_str!("../../docs/rules/unapproved-tool.md"),
            Self::PromptInjection => include_str!("../../docs/rules/prompt-injection.md"),
            Self::HookBypass => include_str!("../../docs/rules/hook-bypass.md"),
            Self::PermissionBypass => include_str!("../../docs/rules/permission-bypass.md"),
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
    let sessions_start = findings.len();
    log_missing::check(ctx, &mut findings);
    log_tampered::check(ctx, &mut findings);
    unexplained_change::check(ctx, &mut findings);
    exfiltration::check(ctx, &mut findings);
    egress::check(ctx, &mut findings);
    unapproved_tool::check(ctx, &mut findings);
    prompt_injection::check(ctx, &mut findings);
    hook_bypass::check(ctx, &mut findings);
    permission_bypass::check(ctx, &mut findings);
    session_logs::attach_commits(ctx, &mut findings[sessions_start..]);
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
