//! A finding: one fact a rule established, with its why. Rules fill it in;
//! the verdict stage sets its action.

use crate::model::policy::Action;
use crate::rules::RuleId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Critical => "critical",
        }
    }
}

/// One piece of evidence: the glob, manifest entry or log line that decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    /// `policy`, `manifest`, `commit`, `log`, `content`.
    pub kind: &'static str,
    pub detail: String,
    /// The audit-log line number when the evidence is a log event.
    pub seq: Option<u64>,
}

impl Evidence {
    pub fn new(kind: &'static str, detail: impl Into<String>) -> Self {
        Self {
            kind,
            detail: detail.into(),
            seq: None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: RuleId,
    pub category: Option<String>,
    pub severity: Severity,
    pub path: Option<String>,
    pub line: Option<usize>,
    pub commit: Option<String>,
    pub session: Option<String>,
    pub message: String,
    pub evidence: Vec<Evidence>,
    /// How to fix or approve, one line.
    pub fix: String,
    /// Set by the verdict stage.
    pub action: Action,
    /// Who approved an `approve` finding, when someone did.
    pub approved_by: Option<String>,
    /// Introduced by a person's commit, not an agent's: listed for the
    /// reviewer, never gated (its action is at most `warn`).
    pub by_person: bool,
}

impl Finding {
    pub fn new(rule: RuleId, message: impl Into<String>) -> Self {
        Self {
            rule,
            category: None,
            severity: rule.severity(),
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

    pub fn category(mut self, category: &str) -> Self {
        self.category = Some(category.to_string());
        self
    }

    pub fn path(mut self, path: &str) -> Self {
        self.path = Some(path.to_string());
        self
    }

    pub fn line(mut self, line: Option<usize>) -> Self {
        self.line = line;
        self
    }

    pub fn commit(mut self, sha: &str, session: Option<&str>) -> Self {
        self.commit = Some(sha.to_string());
        self.session = session.map(str::to_string);
        self
    }

    pub fn evidence(mut self, kind: &'static str, detail: impl Into<String>) -> Self {
        self.evidence.push(Evidence::new(kind, detail));
        self
    }

    pub fn fix(mut self, fix: impl Into<String>) -> Self {
        self.fix = fix.into();
        self
    }

    /// The frameworks this finding maps to.
    pub fn frameworks(&self) -> &'static [&'static str] {
        self.rule.frameworks()
    }
}
