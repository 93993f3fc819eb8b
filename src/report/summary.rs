//! What the text and Markdown reports put first: the verdict, counts by rule,
//! the few paths that decide it and what to do next, and findings collapsed
//! so that one rule firing identically on 135 commits is one entry. The
//! renderers format these; the JSON report keeps every finding as it is.

use std::collections::BTreeMap;

use crate::finding::{Finding, RuleMeta};
use crate::gate::Outcome;
use crate::model::policy::Action;
use crate::verdict;

/// Findings that say the same thing about different commits.
pub(crate) struct Group<'a> {
    /// The first finding of the group: its text stands for all of them.
    pub(crate) first: &'a Finding,
    /// The commits the group's findings name, in report order (no repeats).
    pub(crate) commits: Vec<&'a str>,
    /// How many findings the group holds.
    pub(crate) count: usize,
}

/// Evidence of kind `commit` says why a commit counts as an agent's: it
/// differs per commit without changing what the finding means, so it is left
/// out of the grouping key (the verbose and JSON reports keep it).
fn key(f: &Finding) -> String {
    let evidence: Vec<String> = f
        .evidence
        .iter()
        .filter(|e| e.kind != "commit")
        .map(|e| format!("{}\u{0}{}\u{0}{:?}", e.kind, e.detail, e.seq))
        .collect();
    format!(
        "{}\u{1}{:?}\u{1}{:?}\u{1}{:?}\u{1}{}\u{1}{}\u{1}{:?}\u{1}{:?}\u{1}{}\u{1}{:?}",
        f.rule,
        f.category,
        f.path,
        f.line,
        f.message,
        f.fix,
        f.action,
        f.approved_by,
        evidence.join("\u{2}"),
        f.session.is_some()
    )
}

/// Groups identical findings, keeping the verdict's order (most important
/// first) by each group's first finding.
pub(crate) fn groups(findings: &[Finding]) -> Vec<Group<'_>> {
    let mut index: BTreeMap<String, usize> = BTreeMap::new();
    let mut out: Vec<Group<'_>> = Vec::new();
    for f in findings {
        let k = key(f);
        let i = *index.entry(k).or_insert_with(|| {
            out.push(Group {
                first: f,
                commits: Vec::new(),
                count: 0,
            });
            out.len() - 1
        });
        let g = &mut out[i];
        g.count += 1;
        if let Some(c) = f.commit.as_deref() {
            if !g.commits.contains(&c) {
                g.commits.push(c);
            }
        }
    }
    out
}

/// One line of the counts table: a rule (and category), blocking and not.
pub(crate) struct Count {
    pub(crate) rule: &'static RuleMeta,
    pub(crate) category: Option<String>,
    pub(crate) blocking: usize,
    pub(crate) other: usize,
}

/// Findings counted by rule and category, blocking rules first.
pub(crate) fn counts(findings: &[Finding]) -> Vec<Count> {
    let mut out: Vec<Count> = Vec::new();
    for f in findings {
        let i = match out
            .iter()
            .position(|c| c.rule == f.rule && c.category == f.category)
        {
            Some(i) => i,
            None => {
                out.push(Count {
                    rule: f.rule,
                    category: f.category.clone(),
                    blocking: 0,
                    other: 0,
                });
                out.len() - 1
            }
        };
        if verdict::blocks(f) {
            out[i].blocking += 1;
        } else {
            out[i].other += 1;
        }
    }
    out.sort_by(|a, b| {
        (b.blocking > 0)
            .cmp(&(a.blocking > 0))
            .then((b.blocking + b.other).cmp(&(a.blocking + a.other)))
    });
    out
}

/// The blocking paths that decide the verdict, most important first, each
/// with every rule (and category) that blocks on it — a session log can
/// block for several reasons at once; at most `limit`, plus how many more
/// there are.
pub(crate) fn deciding(findings: &[Finding], limit: usize) -> (Vec<(&str, String)>, usize) {
    let mut seen: Vec<(&str, Vec<String>)> = Vec::new();
    for f in findings.iter().filter(|f| verdict::blocks(f)) {
        let Some(path) = f.path.as_deref() else {
            continue;
        };
        let why = match &f.category {
            Some(c) => format!("{} [{c}]", f.rule),
            None => f.rule.to_string(),
        };
        match seen.iter_mut().find(|(p, _)| *p == path) {
            Some((_, whys)) if whys.contains(&why) => {}
            Some((_, whys)) => whys.push(why),
            None => seen.push((path, vec![why])),
        }
    }
    let more = seen.len().saturating_sub(limit);
    seen.truncate(limit);
    let seen = seen
        .into_iter()
        .map(|(path, whys)| (path, whys.join(", ")))
        .collect();
    (seen, more)
}

/// Distinct fixes of the open findings, blocking ones first: what to do next.
pub(crate) fn next_steps(
    findings: &[Finding],
    limit: usize,
) -> (Vec<(&'static RuleMeta, &str)>, usize) {
    let mut steps: Vec<(&'static RuleMeta, &str)> = Vec::new();
    let open = findings
        .iter()
        .filter(|f| f.approved_by.is_none() && !f.fix.is_empty());
    for f in open {
        if !steps.iter().any(|(r, fix)| *r == f.rule && *fix == f.fix) {
            steps.push((f.rule, f.fix.as_str()));
        }
    }
    let more = steps.len().saturating_sub(limit);
    steps.truncate(limit);
    (steps, more)
}

/// Whether some open finding can be approved instead of fixed.
pub(crate) fn approvable(findings: &[Finding]) -> bool {
    findings
        .iter()
        .any(|f| f.action == Action::Approve && f.approved_by.is_none())
}

/// Agent commits counted by agent, most commits first.
pub(crate) fn agents(outcome: &Outcome) -> Vec<(&str, usize)> {
    let mut out: Vec<(&str, usize)> = Vec::new();
    for a in outcome.commits.iter().filter_map(|c| c.agent.as_deref()) {
        match out.iter_mut().find(|(n, _)| *n == a) {
            Some((_, n)) => *n += 1,
            None => out.push((a, 1)),
        }
    }
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    out
}

/// A repository that has not adopted remit yet: agent commits, but no task
/// manifest and no audit log anywhere in the range. Its report leads with
/// what remit found and how to adopt it, not with one `manifest-missing`
/// per commit.
pub(crate) struct FirstRun<'a> {
    /// Protected paths the agents touched, with their category, at most a few.
    pub(crate) protected: Vec<(&'a str, &'a str)>,
    pub(crate) more_protected: usize,
}

pub(crate) fn first_run(outcome: &Outcome) -> Option<FirstRun<'_>> {
    let unconfigured = outcome.manifest_sources.is_empty()
        && outcome.log_sources.is_empty()
        && outcome
            .verdict
            .findings
            .iter()
            .any(|f| f.rule.id == "manifest-missing");
    if !unconfigured {
        return None;
    }
    let mut protected: Vec<(&str, &str)> = Vec::new();
    for f in &outcome.verdict.findings {
        if let (Some(p), Some(c)) = (f.path.as_deref(), f.category.as_deref()) {
            if !protected.iter().any(|(q, _)| *q == p) {
                protected.push((p, c));
            }
        }
    }
    let more_protected = protected.len().saturating_sub(FIRST_RUN_PATHS);
    protected.truncate(FIRST_RUN_PATHS);
    Some(FirstRun {
        protected,
        more_protected,
    })
}

/// How many protected paths the first-run note names.
const FIRST_RUN_PATHS: usize = 5;

/// The adoption steps of a first run, in order.
pub(crate) const ADOPT: [&str; 2] = [
    "run `remit init` and commit what it writes (.github/remit.yml, the policy; .remit/task.yml, a task template; agent hook wiring)",
    "before an agent's session, declare its task in .remit/task.yml (scope.paths, grants) and commit it; until then `mode: report` in the policy reports without failing",
];

/// `12ab34cd56ef, 78ab…, … (+130 more)`: the first few of many commit ids.
pub(crate) fn shas(commits: &[&str], shown: usize) -> String {
    let mut s = commits
        .iter()
        .take(shown)
        .map(|c| &c[..c.len().min(12)])
        .collect::<Vec<_>>()
        .join(", ");
    if commits.len() > shown {
        s.push_str(&format!(" (+{} more)", commits.len() - shown));
    }
    s
}

/// Words wrapped into lines of at most `width` characters (a longer word
/// gets a line of its own), for lists such as ninety git authors.
/// Each line comes with how many items it holds.
pub(crate) fn wrap(items: &[String], width: usize) -> Vec<(String, usize)> {
    let mut lines: Vec<(String, usize)> = Vec::new();
    let mut line = String::new();
    let mut n = 0;
    for item in items {
        if n > 0 && line.chars().count() + 2 + item.chars().count() > width {
            lines.push((std::mem::take(&mut line), n));
            n = 0;
        }
        if n > 0 {
            line.push_str(", ");
        }
        line.push_str(item);
        n += 1;
    }
    if n > 0 {
        lines.push((line, n));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Evidence;

    fn missing(sha: &str, why: &str) -> Finding {
        let mut f = Finding::new(
            crate::rules::meta("manifest-missing").expect("registered rule"),
            "claude-code commit has no manifest",
        );
        f.commit = Some(sha.to_string());
        f.evidence.push(Evidence::new("manifest", "none on base"));
        f.evidence.push(Evidence::new("commit", why));
        f
    }

    #[test]
    fn identical_findings_group_whatever_their_attribution_reason() {
        let mut other = missing("c3", "trailer");
        other.message = "cursor commit has no manifest".into();
        let findings = vec![missing("c1", "trailer"), missing("c2", "author"), other];
        let g = groups(&findings);
        assert_eq!(g.len(), 2);
        assert_eq!((g[0].count, g[0].commits.clone()), (2, vec!["c1", "c2"]));
        assert_eq!(g[1].commits, vec!["c3"]);
    }

    #[test]
    fn wrapping_keeps_every_item_within_the_width() {
        let items: Vec<String> = (0..90).map(|i| format!("person{i}@example.com")).collect();
        let lines = wrap(&items, 80);
        assert!(lines.len() > 1 && lines.iter().all(|(l, _)| l.chars().count() <= 80));
        assert_eq!(lines.iter().map(|(_, n)| n).sum::<usize>(), 90);
        let text: Vec<&str> = lines.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(text.join(", ").matches('@').count(), 90);
        assert_eq!(shas(&["a", "b", "c"], 2), "a, b (+1 more)");
    }
}
