//! `uses:` references: third-party actions added, and actions moved from a
//! pinned commit SHA to a tag or branch.

use std::collections::{BTreeMap, BTreeSet};

use serde_yaml::Value;

use super::{jobs, steps};
use crate::finding::Severity;
use crate::rules::workflow_risk::pipeline::Risk;
use crate::rules::workflow_risk::yaml_doc::{get, scalar};

/// `uses:` targets on base (without ref) → the refs they were used at.
pub(crate) fn uses_index(v: &Value) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut add = |u: String| {
        let (target, reference) = split_uses(&u);
        out.entry(target).or_default().insert(reference);
    };
    for (_, job) in jobs(v) {
        if let Some(u) = get(job, "uses").and_then(scalar) {
            add(u);
        }
        for (_, step) in steps(job) {
            if let Some(u) = get(step, "uses").and_then(scalar) {
                add(u);
            }
        }
    }
    if let Some(runs) = get(v, "runs") {
        for (_, step) in steps(runs) {
            if let Some(u) = get(step, "uses").and_then(scalar) {
                add(u);
            }
        }
        if let Some(image) = get(runs, "image").and_then(scalar) {
            add(image);
        }
    }
    out
}

/// `owner/repo/path@ref` → (`owner/repo/path`, `ref`); Docker images split
/// at their digest or tag.
fn split_uses(u: &str) -> (String, String) {
    if let Some(image) = u.strip_prefix("docker://") {
        if let Some((name, digest)) = image.split_once('@') {
            return (format!("docker://{name}"), format!("@{digest}"));
        }
        let (name, tag) = match image.rsplit_once(':') {
            Some((n, t)) if !t.contains('/') => (n, t),
            _ => (image, "latest"),
        };
        return (format!("docker://{name}"), tag.to_string());
    }
    match u.split_once('@') {
        Some((t, r)) => (t.to_string(), r.to_string()),
        None => (u.to_string(), String::new()),
    }
}

fn pinned(reference: &str) -> bool {
    (reference.len() == 40 && reference.chars().all(|c| c.is_ascii_hexdigit()))
        || reference.starts_with("@sha256:")
}

pub(crate) fn uses_risk(
    uses: &str,
    base: &BTreeMap<String, BTreeSet<String>>,
    job: Option<&str>,
    line: impl FnOnce() -> Option<usize>,
    out: &mut Vec<Risk>,
) {
    // Local actions and same-repository workflows are reviewed with the
    // change itself (`$/` is the same-repository form zizmor's fixtures use).
    if ["./", ".\\", "$/"].iter().any(|p| uses.starts_with(p)) {
        return;
    }
    let (target, reference) = split_uses(uses);
    let first_party = ["actions/", "github/"]
        .iter()
        .any(|o| target.starts_with(o));
    let is_pinned = pinned(&reference);
    let class = if target.starts_with("docker://") {
        "unpinned-images"
    } else {
        "unpinned-uses"
    };
    // Whether a risk already names this `uses`: asked only before adding
    // one (most steps keep the base's reference, and the risks found so far
    // are many in a large workflow).
    let already = |out: &[Risk]| out.iter().any(|r| r.what.contains(&format!("`{uses}`")));
    match base.get(&target) {
        Some(refs) if refs.contains(&reference) => {}
        Some(refs) => {
            if !is_pinned && refs.iter().any(|r| pinned(r)) && !already(out) {
                let was = refs.iter().find(|r| pinned(r)).cloned().unwrap_or_default();
                out.push(
                    Risk::new(
                        format!("`{uses}` moves off a pinned commit (was `{target}@{}`)", &was[..was.len().min(12)]),
                        "a tag or branch can be moved to different code after review; a full commit SHA cannot",
                        Severity::High,
                    )
                    .job(job)
                    .line(line())
                    .class(class),
                );
            }
        }
        None if first_party => {}
        None if already(out) => {}
        None => {
            let (why, severity) = if is_pinned {
                ("code from outside the organisation runs with the job's token and secrets: review it at the pinned commit", Severity::Medium)
            } else {
                ("code from outside the organisation runs with the job's token and secrets, and the tag or branch can be moved to different code at any time", Severity::High)
            };
            out.push(
                Risk::new(
                    format!(
                        "third-party action `{uses}` is added{}",
                        if is_pinned {
                            ""
                        } else {
                            ", not pinned to a commit SHA"
                        }
                    ),
                    why,
                    severity,
                )
                .job(job)
                .line(line())
                .class(class),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uses_split_and_pins() {
        assert_eq!(
            split_uses("actions/checkout@v4"),
            ("actions/checkout".into(), "v4".into())
        );
        assert!(pinned("b4ffde65f46336ab88eb53be808477a3936bae11"));
        assert!(!pinned("v4"));
        assert_eq!(split_uses("docker://alpine:3.20").0, "docker://alpine");
    }
}
