//! A finding: one fact a rule established, with its why. Rules fill it in;
//! the verdict stage sets its action.

use crate::model::policy::Action;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Severity {
    // Part of the report's severity scale (SPEC §5); no rule raises it yet.
    #[allow(dead_code)]
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Critical => "critical",
        }
    }
}

/// What a rule reads to reach its findings: which stage of collection it
/// depends on, and how reports group it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    /// The range's changed paths, judged against the policy and manifests.
    Paths,
    /// The task manifests themselves.
    Manifest,
    /// The audit logs of the agents' sessions: such findings are attached to
    /// the agent commit their session covers.
    Session,
    /// The contents of changed files (pipelines, CODEOWNERS).
    Content,
}

/// What a rule is, declared once next to its check (`src/rules/<id>.rs`):
/// everything the verdict, `remit explain`, SARIF and the README read.
#[derive(Debug)]
pub(crate) struct RuleMeta {
    /// The stable id (SPEC §6).
    pub(crate) id: &'static str,
    /// One line: what the rule detects.
    pub(crate) summary: &'static str,
    /// The README rule table's "fires when" cell (Markdown).
    pub(crate) fires_when: &'static str,
    pub(crate) source: Source,
    pub(crate) severity: Severity,
    /// The action when the policy sets none.
    pub(crate) action: Action,
    /// The README's "default" cell when the policy decides more than a fixed
    /// action (otherwise the action's name).
    pub(crate) action_note: Option<&'static str>,
    /// Whether the policy's `rules:` section may set its action (the other
    /// rules have settings of their own, or none).
    pub(crate) settable: bool,
    /// Frameworks the rule maps to: OWASP LLM Top 10 (2025), OWASP Agentic
    /// Top 10 (ASI, 2026), OWASP NHI Top 10, NIST AI RMF, NIST SP 800-207,
    /// EU AI Act, ISO/IEC 42001, SOC 2.
    pub(crate) frameworks: &'static [&'static str],
    /// The documentation page (`docs/rules/<id>.md`).
    pub(crate) docs: &'static str,
}

impl RuleMeta {
    pub(crate) fn as_str(&self) -> &'static str {
        self.id
    }

    /// The README's "default" cell.
    pub(crate) fn default_action(&self) -> &'static str {
        self.action_note.unwrap_or(self.action.as_str())
    }
}

/// Two rules are the same rule when their ids are.
impl PartialEq for RuleMeta {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl Eq for RuleMeta {}

impl std::fmt::Display for RuleMeta {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id)
    }
}

/// One piece of evidence: the glob, manifest entry or log line that decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Evidence {
    /// `policy`, `manifest`, `commit`, `log`, `content`.
    pub(crate) kind: &'static str,
    pub(crate) detail: String,
    /// The audit-log line number when the evidence is a log event.
    pub(crate) seq: Option<u64>,
}

impl Evidence {
    pub(crate) fn new(kind: &'static str, detail: impl Into<String>) -> Self {
        Self {
            kind,
            detail: detail.into(),
            seq: None,
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Finding {
    pub(crate) rule: &'static RuleMeta,
    pub(crate) category: Option<String>,
    pub(crate) severity: Severity,
    pub(crate) path: Option<String>,
    pub(crate) line: Option<usize>,
    pub(crate) commit: Option<String>,
    pub(crate) session: Option<String>,
    pub(crate) message: String,
    pub(crate) evidence: Vec<Evidence>,
    /// How to fix or approve, one line.
    pub(crate) fix: String,
    /// Set by the verdict stage.
    pub(crate) action: Action,
    /// Who approved an `approve` finding, when someone did.
    pub(crate) approved_by: Option<String>,
    /// Introduced by a person's commit, not an agent's: listed for the
    /// reviewer, never gated (its action is at most `warn`).
    pub(crate) by_person: bool,
}

impl Finding {
    pub(crate) fn new(rule: &'static RuleMeta, message: impl Into<String>) -> Self {
        Self {
            rule,
            category: None,
            severity: rule.severity,
            path: None,
            line: None,
            commit: None,
            session: None,
            message: message.into(),
            evidence: Vec::new(),
            fix: String::new(),
            action: Action::Block,
            approved_by: None,
            by_person: false,
        }
    }

    pub(crate) fn category(mut self, category: &str) -> Self {
        self.category = Some(category.to_string());
        self
    }

    pub(crate) fn path(mut self, path: &str) -> Self {
        self.path = Some(path.to_string());
        self
    }

    pub(crate) fn line(mut self, line: Option<usize>) -> Self {
        self.line = line;
        self
    }

    pub(crate) fn commit(mut self, sha: &str, session: Option<&str>) -> Self {
        self.commit = Some(sha.to_string());
        self.session = session.map(str::to_string);
        self
    }

    pub(crate) fn evidence(mut self, kind: &'static str, detail: impl Into<String>) -> Self {
        self.evidence.push(Evidence::new(kind, detail));
        self
    }

    pub(crate) fn fix(mut self, fix: impl Into<String>) -> Self {
        self.fix = fix.into();
        self
    }

    /// The frameworks this finding maps to.
    pub(crate) fn frameworks(&self) -> &'static [&'static str] {
        self.rule.frameworks
    }
}
