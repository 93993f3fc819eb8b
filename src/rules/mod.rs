//! Stage 3: the rules. Each rule is one file, pure and synchronous: its
//! metadata ([`RuleMeta`]) and its check, which reads the [`Context`] and
//! reports facts. It never reads `mode`, approvals or approval labels — the
//! verdict stage decides what a finding means, asking the rule only for the
//! action its policy setting gives ([`Rule::action`]).
//!
//! A new rule is one file here, one line in [`REGISTRY`] and its docs page.

mod codeowners_weakened;
mod egress;
mod exfiltration;
mod hook_bypass;
mod log_missing;
mod log_tampered;
mod manifest_changed;
mod manifest_missing;
mod permission_bypass;
mod prompt_injection;
mod protected_path;
mod scope_drift;
mod session_logs;
pub(crate) mod unapproved_tool;
mod unexplained_change;
mod workflow_risk;

use crate::analysis::session::Detector;
use crate::finding::{Finding, RuleMeta};
use crate::model::policy::{Action, Policy};
use crate::normalize::Context;

/// A rule: what it is, and how it judges the context.
pub(crate) trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;

    /// Appends the rule's findings; reads nothing but the context.
    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>);

    /// How a session rule judges single events as the logs stream by
    /// (collection runs it, the rule's check reads what it emitted).
    fn detector(&self) -> Option<&'static dyn Detector> {
        None
    }

    /// The action for one of its findings when the policy's `rules:` sets
    /// none: the rule's default, unless a policy setting of its own decides.
    fn action(&self, _finding: &Finding, _policy: &Policy) -> Action {
        self.meta().action
    }
}

/// Every rule, in the order reports list findings of equal weight.
pub(crate) static REGISTRY: &[&dyn Rule] = &[
    &protected_path::ProtectedPath,
    &scope_drift::ScopeDrift,
    &manifest_missing::ManifestMissing,
    &manifest_changed::ManifestChanged,
    &log_missing::LogMissing,
    &log_tampered::LogTampered,
    &unexplained_change::UnexplainedChange,
    &exfiltration::Exfiltration,
    &egress::Egress,
    &unapproved_tool::UnapprovedTool,
    &prompt_injection::PromptInjection,
    &hook_bypass::HookBypass,
    &permission_bypass::PermissionBypass,
    &workflow_risk::WorkflowRisk,
    &codeowners_weakened::CodeownersWeakened,
];

/// The rule with this id.
pub(crate) fn find(id: &str) -> Option<&'static dyn Rule> {
    REGISTRY.iter().copied().find(|r| r.meta().id == id)
}

/// The metadata of the rule with this id.
pub(crate) fn meta(id: &str) -> Option<&'static RuleMeta> {
    find(id).map(|r| r.meta())
}

/// Where a rule stands in the registry (SARIF's `ruleIndex`).
pub(crate) fn index_of(meta: &RuleMeta) -> Option<usize> {
    REGISTRY.iter().position(|r| r.meta() == meta)
}

/// Every rule's metadata, in registry order.
pub(crate) fn metas() -> impl Iterator<Item = &'static RuleMeta> {
    REGISTRY.iter().map(|r| r.meta())
}

/// The session rules' detectors, for the log digests.
pub(crate) fn detectors() -> Vec<&'static dyn Detector> {
    REGISTRY.iter().filter_map(|r| r.detector()).collect()
}

/// Runs every rule over the context. Rules are independent of each other's
/// order; session findings are then attached to the commits they concern.
pub(crate) fn run(ctx: &Context<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    for rule in REGISTRY {
        rule.check(ctx, &mut findings);
    }
    session_logs::attach_commits(ctx, &mut findings);
    findings
}

/// The README's rule table, as the registry declares it (a test keeps the
/// README in step).
#[cfg(test)]
pub(crate) fn readme_table() -> String {
    let mut out = String::from("| id | fires when | default |\n| --- | --- | --- |\n");
    for m in metas() {
        out.push_str(&format!(
            "| `{}` | {} | {} |\n",
            m.id,
            m.fires_when,
            m.default_action()
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_documented() {
        let mut seen = std::collections::HashSet::new();
        for rule in metas() {
            assert!(seen.insert(rule.id), "duplicate id {rule}");
            assert_eq!(find(rule.id).map(|r| r.meta()), Some(rule));
            let docs = rule.docs;
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
            assert!(!rule.frameworks.is_empty());
        }
    }

    /// The policy's `rules:` section (and its JSON schema, which
    /// `model::schema` checks against the same list) names exactly the
    /// rules whose action it may set.
    #[test]
    fn the_policy_sets_the_actions_of_the_settable_rules() {
        let mut settable: Vec<&str> = metas().filter(|m| m.settable).map(|m| m.id).collect();
        settable.sort_unstable();
        assert_eq!(settable, crate::model::policy::SETTABLE_RULES);
    }

    /// The README's rule table is the registry's: regenerate it from
    /// [`readme_table`] when a rule is added or its metadata changes.
    #[test]
    fn readme_rule_table_matches_the_registry() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
        let readme = std::fs::read_to_string(path).expect("README.md");
        let start = readme
            .find("| id | fires when | default |")
            .expect("README has a rule table");
        let table: String = readme[start..]
            .lines()
            .take_while(|l| l.starts_with('|'))
            .map(|l| format!("{l}\n"))
            .collect();
        assert_eq!(
            table,
            readme_table(),
            "README.md's rule table drifted from the rule registry; replace it with rules::readme_table()"
        );
    }
}
