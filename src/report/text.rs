//! `--format text`: for a person at a terminal. Findings grouped by commit,
//! each with the path, the category, the glob and manifest line that decided
//! it, and how to fix or approve it.

use std::fmt::Write;

use crate::finding::Finding;
use crate::gate::Outcome;
use crate::model::policy::{Action, Mode};
use crate::redact::redact;
use crate::verdict::{self, Outcome as Verdict};

struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn red(&self, s: &str) -> String {
        self.wrap("1;31", s)
    }
    fn yellow(&self, s: &str) -> String {
        self.wrap("1;33", s)
    }
    fn green(&self, s: &str) -> String {
        self.wrap("1;32", s)
    }
    fn bold(&self, s: &str) -> String {
        self.wrap("1", s)
    }
    fn dim(&self, s: &str) -> String {
        self.wrap("2", s)
    }
}

fn short(sha: &str) -> &str {
    &sha[..sha.len().min(12)]
}

pub fn render(outcome: &Outcome, color: bool) -> String {
    let p = Paint { on: color };
    let v = &outcome.verdict;
    let mut out = String::new();
    let agents = outcome.commits.iter().filter(|c| c.agent.is_some()).count();
    let humans = outcome.commits.len() - agents;
    let blocking = v.blocking();
    let warnings = v.findings.len() - blocking;

    let _ = writeln!(
        out,
        "{} {}..{}: {} agent commit{}, {} human commit{} (not gated)",
        p.bold("remit"),
        short(&outcome.base),
        short(&outcome.head),
        agents,
        plural(agents),
        humans,
        plural(humans)
    );
    let _ = writeln!(out, "  policy:   {}", clean(&outcome.policy_source));
    if outcome.manifest_sources.is_empty() {
        let _ = writeln!(out, "  manifest: none");
    } else {
        let _ = writeln!(
            out,
            "  manifest: {}",
            clean(&outcome.manifest_sources.join(", "))
        );
    }

    for commit in &outcome.commits {
        let Some(agent) = &commit.agent else { continue };
        let findings: Vec<&Finding> = v
            .findings
            .iter()
            .filter(|f| f.commit.as_deref() == Some(commit.sha.as_str()))
            .collect();
        let _ = writeln!(
            out,
            "\n{} {} {}",
            p.bold(&format!("commit {}", short(&commit.sha))),
            clean(&commit.summary),
            p.dim(&format!(
                "[{agent}{}: {}]",
                commit
                    .session
                    .as_deref()
                    .map(|s| format!(", session {s}"))
                    .unwrap_or_default(),
                clean(commit.reason.as_deref().unwrap_or_default())
            ))
        );
        if findings.is_empty() {
            let _ = writeln!(out, "  {} nothing out of remit", p.green("ok"));
        }
        for f in findings {
            finding(&mut out, f, &p);
        }
    }
    let orphans: Vec<&Finding> = v
        .findings
        .iter()
        .filter(|f| {
            f.commit
                .as_deref()
                .is_none_or(|c| !outcome.commits.iter().any(|k| k.sha == c))
        })
        .collect();
    if !orphans.is_empty() {
        let _ = writeln!(out, "\n{}", p.bold("range"));
        for f in orphans {
            finding(&mut out, f, &p);
        }
    }

    if humans > 0 {
        let _ = writeln!(out, "\n{}", p.bold("human commits (listed, not gated)"));
        for c in outcome.commits.iter().filter(|c| c.agent.is_none()) {
            let _ = writeln!(
                out,
                "  {} {} {}",
                short(&c.sha),
                clean(&c.summary),
                p.dim(&clean(&c.author))
            );
        }
    }

    if !outcome.notices.is_empty() {
        let _ = writeln!(out, "\n{}", p.bold("notices"));
        for n in &outcome.notices {
            let _ = writeln!(out, "  {}", clean(n));
        }
    }

    let verdict = match v.outcome {
        Verdict::Pass => p.green("PASS"),
        Verdict::Warn => p.yellow("WARN"),
        Verdict::Block => p.red("BLOCK"),
    };
    let _ = write!(
        out,
        "\n{} {verdict}: {blocking} blocking, {warnings} warning{}",
        p.bold("verdict"),
        plural(warnings)
    );
    if v.mode == Mode::Report && blocking > 0 {
        let _ = write!(out, " (mode: report, so nothing fails)");
    }
    let _ = writeln!(out);
    out
}

fn finding(out: &mut String, f: &Finding, p: &Paint) {
    let label = match (f.action, verdict::blocks(f)) {
        (Action::Approve, true) => p.red("needs approval"),
        (Action::Approve, false) => p.green("approved"),
        (_, true) => p.red("block"),
        _ => p.yellow("warn"),
    };
    let rule = match &f.category {
        Some(c) => format!("{} [{c}]", f.rule),
        None => f.rule.to_string(),
    };
    let location = match (&f.path, f.line) {
        (Some(path), Some(line)) => format!(" {}:{line}", clean(path)),
        (Some(path), None) => format!(" {}", clean(path)),
        _ => String::new(),
    };
    let _ = writeln!(out, "  {label} {}{location}", p.bold(&rule));
    let _ = writeln!(out, "      {}", clean(&f.message));
    for e in &f.evidence {
        let seq = e.seq.map(|s| format!(" (seq {s})")).unwrap_or_default();
        let _ = writeln!(out, "      {}{seq}: {}", p.dim(e.kind), clean(&e.detail));
    }
    if let Some(who) = &f.approved_by {
        let _ = writeln!(out, "      approved by {who}");
    }
    let _ = writeln!(out, "      {} {}", p.dim("fix:"), clean(&f.fix));
    if f.action == Action::Approve && f.approved_by.is_none() {
        let _ = writeln!(
            out,
            "      {} a person with write access adds the approval label, or a code owner of the path approves the PR",
            p.dim("or approve:")
        );
    }
    let _ = writeln!(out, "      {} remit explain {}", p.dim("more:"), f.rule);
}

/// Redacts secrets and escapes control characters, so a commit message or a
/// file name cannot forge report lines or terminal escape sequences.
fn clean(text: &str) -> String {
    let redacted = redact(text);
    let mut out = String::with_capacity(redacted.len());
    for c in redacted.chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
