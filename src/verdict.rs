//! Stage 4: the verdict, decided once. Applies the policy's actions, then
//! the approvals (`crate::approval`), then the mode to the rules' findings,
//! and decides `pass | warn | block`.

use crate::approval::{self, ApprovalFacts};
use crate::finding::Finding;
use crate::model::policy::{Action, Mode, Policy};
use crate::rules;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Outcome {
    Pass,
    Warn,
    Block,
}

impl Outcome {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Pass => "pass",
            Self::Warn => "warn",
            Self::Block => "block",
        }
    }

    /// SPEC §1: 0 pass or warn, 1 blocked.
    pub(crate) fn exit_code(self) -> u8 {
        match self {
            Self::Block => 1,
            Self::Pass | Self::Warn => 0,
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Verdict {
    pub(crate) outcome: Outcome,
    pub(crate) mode: Mode,
    /// Findings with their action set; `ignore` ones are dropped.
    pub(crate) findings: Vec<Finding>,
    /// Approvals that did not count, and why, for the report.
    pub(crate) approval_notes: Vec<String>,
}

impl Verdict {
    pub(crate) fn blocking(&self) -> usize {
        self.findings.iter().filter(|f| blocks(f)).count()
    }
}

/// Whether a finding stops the merge (in enforce mode).
pub(crate) fn blocks(f: &Finding) -> bool {
    match f.action {
        Action::Block => true,
        Action::Approve => f.approved_by.is_none(),
        Action::Warn | Action::Ignore => false,
    }
}

/// The action the policy assigns to a finding: the policy's `rules:` entry
/// for the rule, else what the rule derives from its own settings.
fn action_for(f: &Finding, policy: &Policy) -> Action {
    if let Some(action) = policy.rule_actions.get(f.rule.id) {
        return *action;
    }
    rules::find(f.rule.id).map_or(Action::Block, |r| r.action(f, policy))
}

/// The action a finding gets: the policy's, at most `warn` for what a
/// person's commit introduced.
fn effective_action(f: &Finding, policy: &Policy) -> Action {
    let action = action_for(f, policy);
    if f.by_person && action > Action::Warn {
        Action::Warn
    } else {
        action
    }
}

/// The findings whose action is `approve` (before any approval): what the
/// approval facts must cover.
pub(crate) fn awaiting_approval<'f>(
    policy: &'f Policy,
    findings: &'f [Finding],
) -> impl Iterator<Item = &'f Finding> {
    findings
        .iter()
        .filter(|f| effective_action(f, policy) == Action::Approve)
}

/// The verdict: actions from the policy, approvals from `approvals` (when
/// the API was read), then the mode.
pub(crate) fn decide(
    policy: &Policy,
    mode: Option<Mode>,
    findings: Vec<Finding>,
    approvals: Option<&ApprovalFacts>,
) -> Verdict {
    let mode = mode.unwrap_or(policy.mode);
    let mut findings: Vec<Finding> = findings
        .into_iter()
        .map(|mut f| {
            f.action = effective_action(&f, policy);
            f
        })
        .filter(|f| f.action != Action::Ignore)
        .collect();
    let approval_notes = match approvals {
        Some(facts) => approval::mark(&mut findings, policy, facts),
        None => Vec::new(),
    };
    conclude(mode, findings, approval_notes)
}

/// Orders findings and computes the outcome.
fn conclude(mode: Mode, mut findings: Vec<Finding>, approval_notes: Vec<String>) -> Verdict {
    // Most important first: blocking, then by severity, then in commit order.
    // Among equals, approved findings (which would block but for their
    // approval) before warnings.
    let would_block = |f: &Finding| matches!(f.action, Action::Block | Action::Approve);
    findings.sort_by(|a, b| {
        blocks(b)
            .cmp(&blocks(a))
            .then(b.severity.cmp(&a.severity))
            .then(would_block(b).cmp(&would_block(a)))
    });
    let worst = if findings.iter().any(blocks) {
        Outcome::Block
    } else if findings.is_empty() {
        Outcome::Pass
    } else {
        Outcome::Warn
    };
    let outcome = match (mode, worst) {
        (Mode::Report, Outcome::Block) => Outcome::Warn,
        (_, o) => o,
    };
    Verdict {
        outcome,
        mode,
        findings,
        approval_notes,
    }
}
