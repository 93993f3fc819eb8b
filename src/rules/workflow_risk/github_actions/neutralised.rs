//! Jobs switched off between base and head: always-false `if:`,
//! `continue-on-error`, `needs:` and `environment:` removed, a job removed or
//! its status check renamed.

use serde_yaml::Value;

use super::expression::{always_false, truthy};
use super::show;
use crate::finding::Severity;
use crate::rules::workflow_risk::pipeline::Risk;
use crate::rules::workflow_risk::yaml_doc::{get, key, scalar, strings, Doc};

/// Checks a job that exists in both versions for ways it was switched off.
pub(crate) fn neutralised_job(
    id: &str,
    base: &Value,
    head: &Value,
    doc: &Doc,
    out: &mut Vec<Risk>,
) {
    let at = |k: &str| doc.line(&[key("jobs"), key(id), key(k)]);
    if always_false(get(head, "if")) && !always_false(get(base, "if")) {
        out.push(
            Risk::new(
                format!("job `{id}` is switched off by `if: {}`", show(get(head, "if"))),
                "a job that never runs can neither fail nor gate anything: its check is skipped, not failed",
                Severity::High,
            )
            .job(Some(id))
            .line(at("if")),
        );
    }
    if truthy(get(head, "continue-on-error")) && !truthy(get(base, "continue-on-error")) {
        out.push(
            Risk::new(
                format!(
                    "job `{id}` now has `continue-on-error: {}`",
                    show(get(head, "continue-on-error"))
                ),
                "its failure no longer fails the workflow: the check passes whatever the job finds",
                Severity::High,
            )
            .job(Some(id))
            .line(at("continue-on-error")),
        );
    }
    let (b_needs, h_needs) = (strings(get(base, "needs")), strings(get(head, "needs")));
    for need in b_needs.iter().filter(|n| !h_needs.contains(n)) {
        out.push(
            Risk::new(
                format!("job `{id}` no longer needs `{need}`"),
                format!(
                    "it now runs without waiting for `{need}` (a test or approval gate) to succeed"
                ),
                Severity::High,
            )
            .job(Some(id))
            .line(at(if h_needs.is_empty() {
                "runs-on"
            } else {
                "needs"
            })),
        );
    }
    let env_name = |v: &Value| {
        get(v, "environment").and_then(|e| scalar(e).or_else(|| get(e, "name").and_then(scalar)))
    };
    if let Some(b_env) = env_name(base) {
        let h_env = env_name(head);
        if h_env.as_deref() != Some(b_env.as_str()) {
            let what = match &h_env {
                None => format!("job `{id}` no longer uses environment `{b_env}`"),
                Some(h) => format!("job `{id}` switches environment `{b_env}` → `{h}`"),
            };
            out.push(
                Risk::new(
                    what,
                    format!("the protection rules of `{b_env}` (required reviewers, wait timers, branch limits) no longer apply to it"),
                    Severity::High,
                )
                .job(Some(id))
                .line(at(if h_env.is_some() { "environment" } else { "runs-on" })),
            );
        }
    }
    let check = |v: &Value| {
        get(v, "name")
            .and_then(scalar)
            .unwrap_or_else(|| id.to_string())
    };
    let (b_name, h_name) = (check(base), check(head));
    if b_name != h_name {
        out.push(
            Risk::new(
                format!("job `{id}`'s check is renamed `{b_name}` → `{h_name}`"),
                format!("a required status check named `{b_name}` no longer reports, inviting its removal from branch protection"),
                Severity::High,
            )
            .job(Some(id))
            .line(at("name")),
        );
    }
}

/// Jobs on base that are gone at head; a job whose body moved under a new
/// id is reported as a renamed check.
pub(crate) fn removed_jobs(
    base: &[(String, &Value)],
    head: &[(String, &Value)],
    doc: &Doc,
    out: &mut Vec<Risk>,
) {
    let without_name = |v: &Value| {
        let mut v = v.clone();
        if let Some(m) = v.as_mapping_mut() {
            m.remove("name");
        }
        v
    };
    for (id, job) in base {
        if head.iter().any(|(h, _)| h == id) {
            continue;
        }
        let body = without_name(job);
        let moved = head
            .iter()
            .filter(|(h, _)| !base.iter().any(|(b, _)| b == h))
            .find(|(_, hj)| without_name(hj) == body);
        let check = |i: &str, v: &Value| {
            get(v, "name")
                .and_then(scalar)
                .unwrap_or_else(|| i.to_string())
        };
        match moved {
            Some((new_id, new_job)) => {
                let (old, new) = (check(id, job), check(new_id, new_job));
                if old != new {
                    out.push(
                        Risk::new(
                            format!("job `{id}` is renamed `{new_id}`: its check `{old}` becomes `{new}`"),
                            format!("a required status check named `{old}` no longer reports, inviting its removal from branch protection"),
                            Severity::High,
                        )
                        .job(Some(new_id))
                        .line(doc.line(&[key("jobs"), key(new_id)])),
                    );
                }
            }
            None => out.push(
                Risk::new(
                    format!("job `{id}` is removed"),
                    "the check or gate it ran no longer runs",
                    Severity::High,
                )
                .job(Some(id))
                .line(doc.line(&[key("jobs")])),
            ),
        }
    }
}
