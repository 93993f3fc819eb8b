//! Stage 4: the verdict. Applies the policy's actions and the mode to the
//! rules' findings and decides `pass | warn | block`.

use crate::finding::Finding;
use crate::model::policy::{Action, Mode, Policy};
use crate::rules;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    Pass,
    Warn,
    Block,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pass => "pass",
            Self::Warn => "warn",
            Self::Block => "block",
        }
    }

    /// SPEC §1: 0 pass or warn, 1 blocked.
    pub fn exit_code(self) -> u8 {
        match self {
            Self::Block => 1,
            Self::Pass | Self::Warn => 0,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Verdict {
    pub outcome: Outcome,
    pub mode: Mode,
    /// Findings with their action set; `ignore` ones are dropped.
    pub findings: Vec<Finding>,
}

impl Verdict {
    pub fn blocking(&self) -> usize {
        self.findings.iter().filter(|f| blocks(f)).count()
    }
}

/// Whether a finding stops the merge (in enforce mode).
pub fn blocks(f: &Finding) -> bool {
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

pub fn decide(policy: &Policy, mode: Option<Mode>, findings: Vec<Finding>) -> Verdict {
    let mode = mode.unwrap_or(policy.mode);
    let findings: Vec<Finding> = findings
        .into_iter()
        .map(|mut f| {
            f.action = action_for(&f, policy);
            if f.by_person && f.action > Action::Warn {
                f.action = Action::Warn;
            }
            f
        })
        .filter(|f| f.action != Action::Ignore)
        .collect();
    conclude(mode, findings)
}

/// Orders findings and computes the outcome; also re-run after approvals
/// (`crate::approval`) mark findings as approved.
pub fn conclude(mode: Mode, mut findings: Vec<Finding>) -> Verdict {
    // Most important first: blocking, then by severity, then in commit order.
    findings.sort_by(|a, b| blocks(b).cmp(&blocks(a)).then(b.severity.cmp(&a.severity)));
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
    }
}
