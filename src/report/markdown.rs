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

pub fn render(outcome: &Outcome) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}\n", headline(outcome));
    let _ = writeln!(out, "{}\n", range_line(outcome));
    findings_table(&mut out, outcome);
    fixes(&mut out, outcome);
    commits(&mut out, outcome);
    out
}

/// `### remit: ❌ blocked — 2 blocking, 1 warning`.
pub fn headline(outcome: &Outcome) -> String {
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

fn findings_table(out: &mut String, outcome: &Outcome) {
    let v = &outcome.verdict;
    if v.findings.is_empty() {
        let _ = writeln!(out, "Every agent commit stayed inside its remit.\n");
        return;
    }
    let _ = writeln!(out, "| | Rule | Path | Commit | Finding |");
    let _ = writeln!(out, "| --- | --- | --- | --- | --- |");
    for f in &v.findings {
        let rule = match &f.category {
            Some(c) => format!("{} ({})", code(f.rule.as_str()), text(c)),
            None => code(f.rule.as_str()),
        };
        let path = match (&f.path, f.line) {
            (Some(p), Some(l)) => code(&format!("{p}:{l}")),
            (Some(p), None) => code(p),
            _ => String::new(),
        };
        let commit = f
            .commit
            .as_deref()
            .map(|c| code(short(c)))
            .unwrap_or_default();
        let mut message = rich(&f.message);
        if let Some(who) = &f.approved_by {
            let _ = write!(message, " — approved by {}", text(who));
        }
        let _ = writeln!(
            out,
            "| {} | {rule} | {path} | {commit} | {message} |",
            label(f)
        );
    }
    let _ = writeln!(out);
}

fn fixes(out: &mut String, outcome: &Outcome) {
    let open: Vec<&Finding> = outcome
        .verdict
        .findings
        .iter()
        .filter(|f| f.approved_by.is_none())
        .collect();
    if open.is_empty() {
        return;
    }
    let _ = writeln!(out, "#### What to do\n");
    for f in open {
        let place = f
            .path
            .as_deref()
            .map(|p| format!(" {}", code(p)))
            .unwrap_or_default();
        let _ = writeln!(out, "- {}{place}: {}", code(f.rule.as_str()), rich(&f.fix));
        if f.action == Action::Approve {
            let _ = writeln!(
                out,
                "  - or approve it: a person with write access adds the approval label, or a code owner of the path approves the pull request"
            );
        }
    }
    let _ = writeln!(
        out,
        "\nEach rule is explained by `remit explain RULE` and in `docs/rules/`.\n"
    );
}

fn commits(out: &mut String, outcome: &Outcome) {
    if outcome.commits.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<details><summary>Commits ({})</summary>\n",
        outcome.commits.len()
    );
    let _ = writeln!(out, "| Commit | Agent | Summary |");
    let _ = writeln!(out, "| --- | --- | --- |");
    for c in &outcome.commits {
        let agent = match (&c.agent, &c.reason) {
            (Some(a), Some(r)) => format!("{} ({})", text(a), text(r)),
            (Some(a), None) => text(a),
            (None, _) => "person (not gated)".to_string(),
        };
        let _ = writeln!(
            out,
            "| {} | {agent} | {} |",
            code(short(&c.sha)),
            text(&c.summary)
        );
    }
    let _ = writeln!(out, "\n</details>");
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
pub fn text(s: &str) -> String {
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
pub fn rich(s: &str) -> String {
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
pub fn code(s: &str) -> String {
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
