//! `--format markdown`: GitHub-flavoured Markdown for the job summary and the
//! PR comment. Every string that came from the repository (paths, commit
//! messages, authors) is escaped: it must not inject HTML, links, tables or
//! @-mentions into a page people trust.

use std::fmt::Write;

use crate::finding::Finding;
use crate::gate::Outcome;
use crate::model::policy::{Action, Mode};
use crate::redact::redact;
use crate::verdict::{self, Outcome as Verdict};

use super::summary;

/// The most a default Markdown report takes: one PR comment (65,536
/// characters) with room left for what the comment adds after it.
pub(crate) const COMMENT_BUDGET: usize = 60_000;

/// By default the report is collapsed and fits one PR comment; `verbose`
/// gives one table row per finding and no size limit.
pub(crate) fn render_with(outcome: &Outcome, verbose: bool) -> String {
    if verbose {
        render_within(outcome, usize::MAX, true)
    } else {
        render_within(outcome, COMMENT_BUDGET, false)
    }
}

/// The report in at most `limit` bytes (so at most `limit` characters):
/// the summary always, then what to do, the findings and the commits, each
/// cut row by row from its end with a line saying what was cut.
pub(crate) fn render_within(outcome: &Outcome, limit: usize, verbose: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}\n", headline(outcome));
    if let Some(fr) = summary::first_run(outcome) {
        first_run(&mut out, outcome, &fr);
    }
    let _ = writeln!(out, "{}\n", range_line(outcome));
    counts(&mut out, outcome);
    let mut budget = Budget { out, limit, cut: 0 };
    fixes(&mut budget, outcome);
    findings_table(&mut budget, outcome, verbose);
    commits(&mut budget, outcome);
    budget.finish()
}

/// Sections added row by row within a size limit.
struct Budget {
    out: String,
    limit: usize,
    /// Rows left out so far.
    cut: usize,
}

/// Room kept for a section's closing lines and the final note.
const RESERVE: usize = 600;

impl Budget {
    /// Adds a section: its head, as many rows as fit, its foot. A section
    /// whose head does not fit is left out whole.
    fn section(&mut self, head: &str, rows: &[String], foot: &str) {
        if rows.is_empty() {
            return;
        }
        let fixed = head.len() + foot.len() + RESERVE;
        if self.out.len() + fixed > self.limit {
            self.cut += rows.len();
            return;
        }
        self.out.push_str(head);
        let mut left = 0;
        for (i, row) in rows.iter().enumerate() {
            if self.out.len() + row.len() + fixed > self.limit {
                left = rows.len() - i;
                break;
            }
            self.out.push_str(row);
        }
        if left > 0 {
            let _ = writeln!(
                self.out,
                "\n*… {left} more row{} of this section cut to fit GitHub's size limit.*",
                plural(left)
            );
            self.cut += left;
        }
        self.out.push_str(foot);
    }

    fn finish(mut self) -> String {
        if self.cut > 0 {
            let _ = writeln!(
                self.out,
                "\n> [!NOTE]\n> {} row{} cut to fit GitHub's size limit. Nothing is lost: the JSON report (the action's `report` file, or `remit check --format json`) and the SARIF file hold every finding.",
                self.cut,
                plural(self.cut)
            );
        }
        self.out
    }
}

/// What a repository that has not adopted remit reads first.
fn first_run(out: &mut String, outcome: &Outcome, fr: &summary::FirstRun<'_>) {
    let agents: Vec<String> = summary::agents(outcome)
        .iter()
        .map(|(a, n)| format!("{} ({n})", text(a)))
        .collect();
    let _ = writeln!(
        out,
        "> [!IMPORTANT]\n> **First run: remit is not set up here yet.** It found agent commits by {}, and no task manifest or audit log, so none of them has a declared scope.",
        agents.join(", ")
    );
    if !fr.protected.is_empty() {
        let mut paths: Vec<String> = fr
            .protected
            .iter()
            .map(|(p, c)| format!("{} ({})", code(p), text(c)))
            .collect();
        if fr.more_protected > 0 {
            paths.push(format!("{} more", fr.more_protected));
        }
        let _ = writeln!(out, "> Protected paths they touched: {}.", paths.join(", "));
    }
    let _ = writeln!(out, ">\n> To adopt remit:");
    for (i, step) in summary::ADOPT.iter().enumerate() {
        let _ = writeln!(out, "> {}. {}", i + 1, rich(step));
    }
    let _ = writeln!(out);
}

/// Findings counted by rule, then the paths that decide the verdict.
fn counts(out: &mut String, outcome: &Outcome) {
    let findings = &outcome.verdict.findings;
    if findings.is_empty() {
        return;
    }
    let _ = writeln!(out, "| Rule | Blocking | Not blocking |");
    let _ = writeln!(out, "| --- | ---: | ---: |");
    for c in summary::counts(findings) {
        let rule = match &c.category {
            Some(cat) => format!("{} ({})", code(c.rule.as_str()), text(cat)),
            None => code(c.rule.as_str()),
        };
        let _ = writeln!(out, "| {rule} | {} | {} |", c.blocking, c.other);
    }
    let _ = writeln!(out);
    let (paths, more) = summary::deciding(findings, 5);
    if !paths.is_empty() {
        let mut list: Vec<String> = paths
            .iter()
            .map(|(p, why)| format!("{} ({})", code(p), text(why)))
            .collect();
        if more > 0 {
            list.push(format!("{more} more"));
        }
        let _ = writeln!(out, "**Decides the verdict:** {}.\n", list.join(", "));
    }
}

/// `### remit: ❌ blocked — 2 blocking, 1 warning`.
pub(crate) fn headline(outcome: &Outcome) -> String {
    let v = &outcome.verdict;
    let blocking = v.blocking();
    let warnings = v.findings.len() - blocking;
    let (icon, word) = match v.outcome {
        Verdict::Pass => ("✅", "passed"),
        Verdict::Warn => ("⚠️", "passed with warnings"),
        Verdict::Block => ("❌", "blocked"),
    };
    let mut line = format!(
        "### remit: {icon} {word} — {blocking} blocking, {warnings} warning{}",
        plural(warnings)
    );
    if v.mode == Mode::Report && blocking > 0 {
        line.push_str(" (mode: report, so nothing fails)");
    }
    line
}

fn range_line(outcome: &Outcome) -> String {
    let agents = outcome.commits.iter().filter(|c| c.agent.is_some()).count();
    let humans = outcome.commits.len() - agents;
    let manifests = if outcome.manifest_sources.is_empty() {
        "none".to_string()
    } else {
        outcome
            .manifest_sources
            .iter()
            .map(|s| code(s))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "Range {}..{}: {agents} agent commit{}, {humans} human commit{} (not gated). Policy: {}. Manifest: {manifests}.",
        code(short(&outcome.base)),
        code(short(&outcome.head)),
        plural(agents),
        plural(humans),
        code(&outcome.policy_source),
    )
}

fn findings_table(b: &mut Budget, outcome: &Outcome, verbose: bool) {
    let v = &outcome.verdict;
    if v.findings.is_empty() {
        let _ = writeln!(b.out, "Every agent commit stayed inside its remit.\n");
        return;
    }
    let groups: Vec<summary::Group<'_>> = if verbose {
        v.findings
            .iter()
            .map(|f| summary::Group {
                first: f,
                commits: f.commit.as_deref().into_iter().collect(),
                count: 1,
            })
            .collect()
    } else {
        summary::groups(&v.findings)
    };
    let rows: Vec<String> = groups.iter().map(row).collect();
    b.section(
        "| | Rule | Path | Commit | Finding |\n| --- | --- | --- | --- | --- |\n",
        &rows,
        "\n",
    );
}

/// One table row: a finding, or a group of identical ones on many commits.
fn row(g: &summary::Group<'_>) -> String {
    let f = g.first;
    let rule = match &f.category {
        Some(c) => format!("{} ({})", code(f.rule.as_str()), text(c)),
        None => code(f.rule.as_str()),
    };
    let path = match (&f.path, f.line) {
        (Some(p), Some(l)) => code(&format!("{p}:{l}")),
        (Some(p), None) => code(p),
        _ => String::new(),
    };
    let commit = match g.commits.as_slice() {
        [] => String::new(),
        [one] => code(short(one)),
        many => format!("{} commits: {}", many.len(), code(&summary::shas(many, 3))),
    };
    let mut message = rich(&f.message);
    if let Some(who) = &f.approved_by {
        let _ = write!(message, " — approved by {}", text(who));
    }
    format!(
        "| {} | {rule} | {path} | {commit} | {message} |\n",
        label(f)
    )
}

fn fixes(b: &mut Budget, outcome: &Outcome) {
    let open: Vec<&Finding> = outcome
        .verdict
        .findings
        .iter()
        .filter(|f| f.approved_by.is_none())
        .collect();
    if open.is_empty() {
        return;
    }
    // One line per distinct fix and path: a fix repeated on 135 commits is
    // said once, with the count.
    let mut seen: Vec<(&Finding, usize)> = Vec::new();
    for f in open {
        match seen
            .iter_mut()
            .find(|(g, _)| g.rule == f.rule && g.path == f.path && g.fix == f.fix)
        {
            Some((_, n)) => *n += 1,
            None => seen.push((f, 1)),
        }
    }
    let rows: Vec<String> = seen
        .iter()
        .map(|(f, n)| {
            let place = f
                .path
                .as_deref()
                .map(|p| format!(" {}", code(p)))
                .unwrap_or_default();
            let times = if *n > 1 {
                format!(" ({n} findings)")
            } else {
                String::new()
            };
            let mut line = format!("- {}{place}{times}: {}\n", code(f.rule.as_str()), rich(&f.fix));
            if f.action == Action::Approve {
                line.push_str("  - or approve it: a person with write access adds the approval label, or a code owner of the path approves the pull request\n");
            }
            line
        })
        .collect();
    b.section(
        "#### What to do\n\n",
        &rows,
        "\nEach rule is explained by `remit explain RULE` and in `docs/rules/`.\n\n",
    );
}

fn commits(b: &mut Budget, outcome: &Outcome) {
    if outcome.commits.is_empty() {
        return;
    }
    let head = format!(
        "<details><summary>Commits ({})</summary>\n\n| Commit | Agent | Summary |\n| --- | --- | --- |\n",
        outcome.commits.len()
    );
    let rows: Vec<String> = outcome
        .commits
        .iter()
        .map(|c| {
            let agent = match (&c.agent, &c.reason) {
                (Some(a), Some(r)) => format!("{} ({})", text(a), text(r)),
                (Some(a), None) => text(a),
                (None, _) => "person (not gated)".to_string(),
            };
            format!(
                "| {} | {agent} | {} |\n",
                code(short(&c.sha)),
                text(&c.summary)
            )
        })
        .collect();
    b.section(&head, &rows, "\n</details>\n");
}

fn label(f: &Finding) -> &'static str {
    match (f.action, verdict::blocks(f)) {
        (Action::Approve, true) => "🛑 needs approval",
        (Action::Approve, false) => "✅ approved",
        (_, true) => "🛑 block",
        _ => "⚠️ warn",
    }
}

/// Untrusted text in a table cell: redacted, HTML-escaped, Markdown
/// punctuation escaped, mentions broken, on one line.
pub(crate) fn text(s: &str) -> String {
    let s = redact(s);
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '@' => out.push_str("@\u{200b}"),
            '\r' | '\n' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '!' | '~' => {
                out.push('\\');
                out.push(ch);
            }
            c if c.is_control() => out.push_str(&super::controls::visible(&c.to_string(), &[])),
            c => out.push(c),
        }
    }
    out
}

/// Untrusted text whose `backticked` parts become inline code (remit's
/// messages quote paths that way); everything else is [`text`].
pub(crate) fn rich(s: &str) -> String {
    let parts: Vec<&str> = s.split('`').collect();
    let balanced = parts.len() % 2 == 1;
    parts
        .iter()
        .enumerate()
        .map(|(i, part)| {
            let last = i == parts.len() - 1;
            if i % 2 == 1 && (balanced || !last) {
                code(part)
            } else if i % 2 == 1 {
                format!("\\`{}", text(part))
            } else {
                text(part)
            }
        })
        .collect()
}

/// Untrusted text as inline code: an HTML `<code>` element, so no backtick
/// or pipe in the text can end it early.
pub(crate) fn code(s: &str) -> String {
    let s = redact(s);
    let mut out = String::from("<code>");
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '|' => out.push_str("&#124;"),
            '@' => out.push_str("&#64;"),
            '\r' | '\n' => out.push(' '),
            c if c.is_control() => out.push_str(&super::controls::visible(&c.to_string(), &[])),
            c => out.push(c),
        }
    }
    out.push_str("</code>");
    out
}

fn short(sha: &str) -> &str {
    &sha[..sha.len().min(12)]
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn untrusted_text_cannot_break_out() {
        let t = text("<img src=x> | @org/team [x](y)\nnext");
        assert!(!t.contains('<') && !t.contains("\n"));
        assert!(t.contains("\\|") && t.contains("@\u{200b}org") && t.contains("\\[x\\]"));
        assert_eq!(code("a|`b`<"), "<code>a&#124;`b`&lt;</code>");
        assert_eq!(rich("x `a|b` y"), "x <code>a&#124;b</code> y");
        assert_eq!(rich("odd `tick"), "odd \\`tick");
    }
}
