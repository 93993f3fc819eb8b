//! The GITHUB_TOKEN's `permissions`, for the workflow and each job: what the
//! head grants that the base did not.

use std::collections::BTreeMap;

use serde_yaml::Value;

use super::{get_uses, jobs, triggers};
use crate::finding::Severity;
use crate::rules::workflow_risk::pipeline::Risk;
use crate::rules::workflow_risk::yaml_doc::{get, key, scalar, Doc};

/// A workflow's or job's `permissions`.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Perms {
    /// Not set: the repository's default token permissions apply.
    Default,
    WriteAll,
    ReadAll,
    Scopes(BTreeMap<String, String>),
    Other(String),
}

fn perms(v: Option<&Value>) -> Perms {
    match v {
        None | Some(Value::Null) => Perms::Default,
        Some(Value::Mapping(m)) => Perms::Scopes(
            m.iter()
                .filter_map(|(k, v)| Some((scalar(k)?, scalar(v)?)))
                .collect(),
        ),
        Some(other) => match scalar(other).as_deref() {
            Some("write-all") => Perms::WriteAll,
            Some("read-all") => Perms::ReadAll,
            Some(s) => Perms::Other(s.to_string()),
            None => Perms::Other("?".to_string()),
        },
    }
}

impl Perms {
    fn level(&self, scope: &str) -> Option<&str> {
        match self {
            Self::WriteAll => Some("write"),
            Self::ReadAll => Some("read"),
            Self::Scopes(m) => Some(m.get(scope).map_or("none", String::as_str)),
            Self::Default | Self::Other(_) => None,
        }
    }

    fn describe(&self) -> String {
        match self {
            Self::Default => "not set (repository default)".to_string(),
            Self::WriteAll => "write-all".to_string(),
            Self::ReadAll => "read-all".to_string(),
            Self::Other(s) => s.clone(),
            Self::Scopes(m) if m.is_empty() => "{} (none)".to_string(),
            // `scope level`, not `scope: level`: `id-token: write` reads
            // like a credential to the report's redaction.
            Self::Scopes(m) => m
                .iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
}

/// How `head` grants more than `base`: `(what, why, scope)`, where `scope`
/// is the key under `permissions:` that grants it, for the finding's line.
fn widening(base: &Perms, head: &Perms) -> Vec<(String, String, Option<String>)> {
    if *base == Perms::WriteAll || base == head {
        return Vec::new();
    }
    match head {
        Perms::WriteAll => vec![(
            "`permissions: write-all`".to_string(),
            "every scope of the job's GITHUB_TOKEN can write: code, releases, packages, workflows' runs".to_string(),
            None,
        )],
        Perms::Default => vec![(
            "`permissions` removed".to_string(),
            "the repository's default token permissions apply again, which on many repositories is write to everything".to_string(),
            None,
        )],
        Perms::Other(s) => vec![(
            format!("`permissions: {s}`"),
            "remit cannot tell what this grants".to_string(),
            None,
        )],
        Perms::ReadAll => Vec::new(),
        Perms::Scopes(m) => m
            .iter()
            .filter(|(scope, level)| level.as_str() == "write" && base.level(scope) != Some("write"))
            .map(|(scope, _)| {
                if scope == "id-token" {
                    (
                        "the `id-token` scope at `write`".to_string(),
                        "the job can mint OIDC tokens and assume every cloud role that trusts this repository".to_string(),
                        Some(scope.clone()),
                    )
                } else {
                    (
                        format!("new write scope `{scope}: write`"),
                        format!("the job's GITHUB_TOKEN can now change the repository's {scope}"),
                        Some(scope.clone()),
                    )
                }
            })
            .collect(),
    }
}

pub(crate) fn permissions(base: &Doc, head: &Doc, out: &mut Vec<Risk>) {
    let (b_wf, h_wf) = (
        perms(get(&base.value, "permissions")),
        perms(get(&head.value, "permissions")),
    );
    let at = if get(&head.value, "permissions").is_some() {
        "permissions"
    } else {
        "jobs"
    };
    for (what, why, scope) in widening(&b_wf, &h_wf) {
        let line = scope
            .and_then(|scope| head.line(&[key(at), key(&scope)]))
            .or_else(|| head.line(&[key(at)]));
        out.push(
            Risk::new(
                format!("the workflow's token gets {what}"),
                why,
                Severity::High,
            )
            .line(line)
            .evidence(format!("base: permissions {}", b_wf.describe()))
            .class("excessive-permissions"),
        );
    }
    let b_jobs = jobs(&base.value);
    for (id, job) in jobs(&head.value) {
        let base_job = b_jobs.iter().find(|(b, _)| *b == id).map(|(_, j)| *j);
        let h_key = get(job, "permissions");
        let b_key = base_job.and_then(|j| get(j, "permissions"));
        if h_key.is_none() && b_key.is_none() {
            continue;
        }
        let b_eff = if b_key.is_some() {
            perms(b_key)
        } else {
            b_wf.clone()
        };
        let h_eff = if h_key.is_some() {
            perms(h_key)
        } else {
            h_wf.clone()
        };
        let at = if h_key.is_some() {
            "permissions"
        } else {
            "runs-on"
        };
        for (what, why, scope) in widening(&b_eff, &h_eff) {
            let block = [key("jobs"), key(&id), key(at)];
            let line = scope
                .filter(|_| h_key.is_some())
                .and_then(|scope| head.line(&[key("jobs"), key(&id), key(at), key(&scope)]))
                .or_else(|| head.line(&block));
            out.push(
                Risk::new(
                    format!("job `{id}`'s token gets {what}"),
                    why,
                    Severity::High,
                )
                .job(Some(&id))
                .line(line)
                .evidence(format!("base: permissions {}", b_eff.describe()))
                .class("excessive-permissions"),
            );
        }
    }
    default_token_jobs(base, head, &h_wf, out);
}

/// Jobs the head adds that set no `permissions` anywhere: they run with the
/// repository's default token, which on many repositories writes to
/// everything. A job of a reusable-only workflow (`workflow_call` alone)
/// gets its caller's token, so only its calls to other workflows count.
fn default_token_jobs(base: &Doc, head: &Doc, h_wf: &Perms, out: &mut Vec<Risk>) {
    if *h_wf != Perms::Default {
        return;
    }
    let on = triggers(&head.value);
    let reusable_only = !on.is_empty() && on.iter().all(|t| t == "workflow_call");
    // Jobs already on base are judged by the widening above (a removed
    // `permissions` is reported there); only new jobs are new tokens.
    let b_jobs = jobs(&base.value);
    for (id, job) in jobs(&head.value) {
        if get(job, "permissions").is_some() || (reusable_only && get_uses(job).is_none()) {
            continue;
        }
        if b_jobs.iter().any(|(b, _)| *b == id) {
            continue;
        }
        out.push(
            Risk::new(
                format!("job `{id}`'s token gets the repository's default permissions (no `permissions:` set)"),
                "without a `permissions:` block the job's GITHUB_TOKEN has the repository's default scopes, which on many repositories write to everything",
                Severity::Medium,
            )
            .job(Some(&id))
            .line(head.line(&[key("jobs"), key(&id)]))
            .class("excessive-permissions"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml(s: &str) -> Value {
        serde_yaml::from_str(s).expect("yaml")
    }

    #[test]
    fn permission_widening() {
        let read = perms(Some(&yaml("contents: read")));
        assert!(widening(
            &read,
            &perms(Some(&yaml("contents: read\npull-requests: read")))
        )
        .is_empty());
        assert_eq!(
            widening(&read, &perms(Some(&yaml("contents: write")))).len(),
            1
        );
        assert_eq!(widening(&read, &Perms::WriteAll).len(), 1);
        assert_eq!(widening(&read, &Perms::Default).len(), 1);
        assert!(widening(&Perms::WriteAll, &Perms::Default).is_empty());
        let oidc = widening(
            &read,
            &perms(Some(&yaml("contents: read\nid-token: write"))),
        );
        assert!(oidc[0].0.contains("id-token"));
    }
}
