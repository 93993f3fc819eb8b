//! Verdict stage, part two: approvals of `approve`-action findings (SPEC §3).
//! A pure function of the findings, the policy and the approval facts that
//! `collect::github` read from the API: who added the approval label and
//! their permission, who approved the head commit, and CODEOWNERS from base.
//! Neither the PR author nor an agent or bot account can approve.

use crate::finding::Finding;
use crate::model::policy::{Action, Policy};
use crate::normalize::attribution::agent_for_login;
use crate::normalize::codeowners::Codeowners as CodeOwners;

/// A repository permission, as the collaborators permission endpoint names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Permission {
    None,
    Read,
    Triage,
    Write,
    Maintain,
    Admin,
}

impl Permission {
    pub(crate) fn parse(s: &str) -> Self {
        match s {
            "admin" => Self::Admin,
            "maintain" => Self::Maintain,
            "write" => Self::Write,
            "triage" => Self::Triage,
            "read" => Self::Read,
            _ => Self::None,
        }
    }
}

/// Someone who added the approval label (and it is still on the PR).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LabelAdder {
    pub(crate) login: String,
    pub(crate) permission: Permission,
}

/// What the API says about approvals of this PR.
#[derive(Debug, Clone, Default)]
pub(crate) struct ApprovalFacts {
    pub(crate) pr_author: String,
    pub(crate) label_adders: Vec<LabelAdder>,
    /// Reviewers whose latest review of the head commit is an approval.
    pub(crate) approving_reviewers: Vec<String>,
    /// CODEOWNERS from the base revision, when there is one.
    pub(crate) codeowners: Option<CodeOwners>,
    /// `(org/team, login)`: approving reviewers who are active members of an
    /// owning team (lower-case).
    pub(crate) team_members: Vec<(String, String)>,
    /// Why team memberships could not be read, when they could not: the
    /// action shows it as a notice.
    pub(crate) team_notes: Vec<String>,
}

impl ApprovalFacts {
    /// Whether `login` owns `path`, in person or through a team.
    fn owns(&self, owners: &CodeOwners, path: &str, login: &str) -> bool {
        let login = login.to_ascii_lowercase();
        owners.is_owner(path, &login)
            || owners
                .owners_of(path)
                .iter()
                .any(|o| self.team_members.iter().any(|(t, l)| t == o && *l == login))
    }
}

/// Marks the `approve` findings a person approved (`approved_by`); returns
/// notes on approvals that did not count (and why), for the report.
pub(crate) fn mark(
    findings: &mut [Finding],
    policy: &Policy,
    facts: &ApprovalFacts,
) -> Vec<String> {
    let mut notes = Vec::new();
    let label = policy.approval_label.as_deref();
    let label_approver = label.and_then(|label| {
        facts.label_adders.iter().find_map(|a| {
            match refusal(&a.login, facts) {
                Some(why) => notes.push(format!(
                    "the `{label}` label added by @{} does not approve: {why}",
                    a.login
                )),
                None if a.permission < Permission::Write => notes.push(format!(
                    "the `{label}` label added by @{} does not approve: they lack write access to the repository",
                    a.login
                )),
                None => return Some(format!("@{} (label `{label}`)", a.login)),
            }
            None
        })
    });
    for login in &facts.approving_reviewers {
        if let Some(why) = refusal(login, facts) {
            notes.push(format!(
                "the approving review by @{login} does not count: {why}"
            ));
        }
    }
    for f in findings.iter_mut() {
        if f.action != Action::Approve || f.approved_by.is_some() {
            continue;
        }
        if let Some(who) = &label_approver {
            f.approved_by = Some(who.clone());
            continue;
        }
        let (Some(owners), Some(path), true) =
            (&facts.codeowners, &f.path, policy.approval_codeowners)
        else {
            continue;
        };
        f.approved_by = facts
            .approving_reviewers
            .iter()
            .filter(|l| refusal(l, facts).is_none())
            .find(|l| facts.owns(owners, path, l))
            .map(|l| format!("@{l} (code owner review)"));
    }
    notes
}

/// Why `login` cannot approve this PR, if it cannot.
fn refusal(login: &str, facts: &ApprovalFacts) -> Option<&'static str> {
    if login.eq_ignore_ascii_case(&facts.pr_author) {
        Some("the pull request's author cannot approve their own change")
    } else if agent_for_login(login).is_some() || login.ends_with("[bot]") {
        Some("agent and bot accounts cannot approve")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::policy::Mode;
    use crate::verdict::Outcome;
    use crate::verdict::{self, Verdict};

    fn approve_finding(path: &str) -> Finding {
        Finding::new(
            crate::rules::meta("protected-path").expect("registered rule"),
            "touched",
        )
        .path(path)
    }

    /// The built-in policy, with protected paths needing approval.
    fn policy() -> Policy {
        let mut p = Policy::builtin().expect("builtin policy");
        p.rule_actions
            .insert("protected-path".to_string(), Action::Approve);
        p
    }

    /// The verdict on one finding needing approval, given these facts.
    fn judged(path: &str, facts: &ApprovalFacts) -> (Verdict, Vec<String>) {
        let v = verdict::decide(
            &policy(),
            Some(Mode::Enforce),
            vec![approve_finding(path)],
            Some(facts),
        );
        let notes = v.approval_notes.clone();
        (v, notes)
    }

    #[test]
    fn writer_label_approves_author_label_does_not() {
        let mut facts = ApprovalFacts {
            pr_author: "octo-agent".into(),
            label_adders: vec![LabelAdder {
                login: "Octo-Agent".into(),
                permission: Permission::Admin,
            }],
            ..Default::default()
        };
        let (v, notes) = judged("src/auth/x.rs", &facts);
        assert_eq!(v.outcome, Outcome::Block);
        assert!(notes[0].contains("author"), "{notes:?}");

        facts.label_adders.push(LabelAdder {
            login: "reader".into(),
            permission: Permission::Read,
        });
        let (v, _) = judged("src/auth/x.rs", &facts);
        assert_eq!(v.outcome, Outcome::Block);

        facts.label_adders.push(LabelAdder {
            login: "dana".into(),
            permission: Permission::Write,
        });
        let (v, _) = judged("src/auth/x.rs", &facts);
        // Approved findings stay in the report: the verdict is a warning, not a block.
        assert_eq!(v.outcome, Outcome::Warn);
        assert_eq!(
            v.findings[0].approved_by.as_deref(),
            Some("@dana (label `remit-approved`)")
        );
    }

    #[test]
    fn code_owner_review_approves_only_owned_paths() {
        let facts = ApprovalFacts {
            pr_author: "someone".into(),
            approving_reviewers: vec!["copilot".into(), "sam".into()],
            codeowners: Some(CodeOwners::parse("/src/auth/ @sam @Copilot\n")),
            ..Default::default()
        };
        let (v, notes) = judged("src/auth/x.rs", &facts);
        assert_eq!(v.outcome, Outcome::Warn);
        assert_eq!(
            v.findings[0].approved_by.as_deref(),
            Some("@sam (code owner review)")
        );
        assert!(notes.iter().any(|n| n.contains("@copilot")));
        let (v, _) = judged("src/pay.rs", &facts);
        assert_eq!(v.outcome, Outcome::Block);
    }

    #[test]
    fn a_member_of_an_owning_team_approves() {
        let mut facts = ApprovalFacts {
            pr_author: "someone".into(),
            approving_reviewers: vec!["Kim".into()],
            codeowners: Some(CodeOwners::parse("/src/auth/ @Octo-Org/Security\n")),
            ..Default::default()
        };
        let (v, _) = judged("src/auth/x.rs", &facts);
        assert_eq!(v.outcome, Outcome::Block);
        facts.team_members = vec![("octo-org/security".into(), "kim".into())];
        let (v, _) = judged("src/auth/x.rs", &facts);
        assert_eq!(
            v.findings[0].approved_by.as_deref(),
            Some("@Kim (code owner review)")
        );
    }
}
