//! `--format text`: for a person at a terminal. Findings grouped by commit,
//! each with the path, the category, the glob and manifest line that decided
//! it, and how to fix or approve it.

use std::fmt::Write;

use crate::finding::Finding;
use crate::gate::Outcome;
use crate::model::policy::{Action, Mode};
use crate::redact::redact;
use crate::verdict::{self, Outcome as Verdict};

use super::summary;

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

pub(crate) fn render(outcome: &Outcome, color: bool) -> String {
    render_with(outcome, color, false)
}

/// The findings shown in full by default; the next ones get one line each,
/// and beyond those a count (`--verbose` lists everything).
const FULL_GROUPS: usize = 12;
const LINE_GROUPS: usize = 40;
/// Human commits and notices listed by default before a count.
const FIRST_FEW: usize = 5;
const NOTICES: usize = 10;
/// Identity lines: authors wrapped to this width, at most this many lines.
const WIDTH: usize = 100;
const AUTHOR_LINES: usize = 2;

/// The report: a summary that fits one screen (verdict, what remit found,
/// counts by rule, the paths that decide, what to do), then the details —
/// collapsed by default, every commit and finding with `verbose`.
pub(crate) fn render_with(outcome: &Outcome, color: bool, verbose: bool) -> String {
    let p = Paint { on: color };
    let v = &outcome.verdict;
    let mut out = String::new();
    let agents = outcome.commits.iter().filter(|c| c.agent.is_some()).count();
    let humans = outcome.commits.len() - agents;
    let blocking = v.blocking();
    let warnings = v.findings.len() - blocking;

    let _ = writeln!(
        out,
        "{} {} {}..{}: {} agent commit{}, {} human commit{} (not gated); {blocking} blocking, {warnings} warning{}",
        p.bold("remit"),
        verdict_word(outcome, &p),
        short(&outcome.base),
        short(&outcome.head),
        agents,
        plural(agents),
        humans,
        plural(humans),
        plural(warnings),
    );
    let by_agent = summary::agents(outcome);
    if !by_agent.is_empty() {
        let names: Vec<String> = by_agent
            .iter()
            .map(|(a, n)| format!("{} {n}", clean(a)))
            .collect();
        let _ = writeln!(out, "  agents:   {}", names.join(", "));
    }
    let first_run = summary::first_run(outcome);
    if let Some(fr) = &first_run {
        first_run_note(&mut out, fr, &p);
    }
    summary_block(&mut out, outcome, first_run.is_some(), verbose, &p);

    let _ = writeln!(out, "\n  policy:   {}", clean(&outcome.policy_source));
    if outcome.manifest_sources.is_empty() {
        let _ = writeln!(out, "  manifest: none");
    } else {
        let _ = writeln!(
            out,
            "  manifest: {}",
            clean(&outcome.manifest_sources.join(", "))
        );
    }
    if !outcome.log_sources.is_empty() {
        let _ = writeln!(
            out,
            "  logs:     {}",
            redact(&outcome.log_sources.join(", "))
        );
    }

    if verbose {
        per_commit(&mut out, outcome, &p);
    } else {
        collapsed(&mut out, outcome, &p);
    }

    if !outcome.notices.is_empty() {
        let _ = writeln!(out, "\n{}", p.bold("notices"));
        let shown = if verbose { usize::MAX } else { NOTICES };
        for n in outcome.notices.iter().take(shown) {
            let _ = writeln!(out, "  {}", clean(n));
        }
        if outcome.notices.len() > shown {
            let _ = writeln!(
                out,
                "  … and {} more (--verbose or --format json lists them)",
                outcome.notices.len() - shown
            );
        }
    }
    identities(&mut out, outcome, &p, verbose);

    let _ = write!(
        out,
        "\n{} {}: {blocking} blocking, {warnings} warning{}",
        p.bold("verdict"),
        verdict_word(outcome, &p),
        plural(warnings)
    );
    if v.mode == Mode::Report && blocking > 0 {
        let _ = write!(out, " (mode: report, so nothing fails)");
    }
    let _ = writeln!(out);
    out
}

fn verdict_word(outcome: &Outcome, p: &Paint) -> String {
    match outcome.verdict.outcome {
        Verdict::Pass => p.green("PASS"),
        Verdict::Warn => p.yellow("WARN"),
        Verdict::Block => p.red("BLOCK"),
    }
}

/// What a repository that has not adopted remit should read first.
fn first_run_note(out: &mut String, fr: &summary::FirstRun<'_>, p: &Paint) {
    let _ = writeln!(
        out,
        "{} remit is not set up here yet: no task manifest and no audit log, so no agent commit has a declared scope",
        p.bold("first run:")
    );
    if !fr.protected.is_empty() {
        let mut paths: Vec<String> = fr
            .protected
            .iter()
            .map(|(path, c)| format!("{} [{}]", clean(path), clean(c)))
            .collect();
        if fr.more_protected > 0 {
            paths.push(format!("+{} more", fr.more_protected));
        }
        let _ = writeln!(
            out,
            "  protected paths the agents touched: {}",
            paths.join(", ")
        );
    }
    let _ = writeln!(out, "  to adopt remit:");
    for (i, step) in summary::ADOPT.iter().enumerate() {
        let _ = writeln!(out, "    {}. {step}", i + 1);
    }
}

/// Counts by rule, the paths that decide the verdict, and what to do.
fn summary_block(out: &mut String, outcome: &Outcome, first_run: bool, verbose: bool, p: &Paint) {
    let findings = &outcome.verdict.findings;
    if findings.is_empty() {
        return;
    }
    let counts = summary::counts(findings);
    let names: Vec<String> = counts
        .iter()
        .map(|c| match &c.category {
            Some(cat) => format!("{} [{}]", c.rule, clean(cat)),
            None => c.rule.to_string(),
        })
        .collect();
    let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    let _ = writeln!(out, "{}", p.bold("findings by rule"));
    for (c, name) in counts.iter().zip(&names) {
        let mut parts = Vec::new();
        if c.blocking > 0 {
            parts.push(p.red(&format!("{} blocking", c.blocking)));
        }
        if c.other > 0 {
            parts.push(format!("{} not blocking", c.other));
        }
        let _ = writeln!(out, "  {name:<width$}  {}", parts.join(", "));
    }
    let (paths, more) = summary::deciding(findings, 5);
    if !paths.is_empty() {
        let _ = writeln!(out, "{}", p.bold("decides the verdict"));
        for (path, why) in &paths {
            let _ = writeln!(out, "  {} ({why})", clean(path));
        }
        if more > 0 {
            let _ = writeln!(out, "  … and {more} more path{}", plural(more));
        }
    }
    // On a first run the adoption steps above replace the per-commit fixes
    // of the missing manifest and logs.
    let (mut steps, _) = summary::next_steps(findings, usize::MAX);
    steps.retain(|(r, _)| !(first_run && matches!(r.id, "manifest-missing" | "log-missing")));
    let more = steps.len().saturating_sub(3);
    steps.truncate(3);
    if !steps.is_empty() || summary::approvable(findings) {
        let _ = writeln!(out, "{}", p.bold("what to do"));
        for (rule, fix) in &steps {
            let _ = writeln!(out, "  - {rule}: {}", clean(fix));
        }
        if more > 0 {
            let _ = writeln!(
                out,
                "  - … {more} more fix{} below",
                if more == 1 { "" } else { "es" }
            );
        }
        if summary::approvable(findings) {
            let _ = writeln!(
                out,
                "  - or approve: a person with write access adds the approval label, or a code owner of the path approves the PR"
            );
        }
    }
    if !verbose {
        let _ = writeln!(
            out,
            "  {}",
            p.dim("details below; `remit explain RULE` explains a rule, --verbose lists every commit, --format json keeps everything")
        );
    }
}

/// The verbose details: every agent commit with its findings, every human
/// commit.
fn per_commit(out: &mut String, outcome: &Outcome, p: &Paint) {
    let v = &outcome.verdict;
    for commit in &outcome.commits {
        let Some(agent) = &commit.agent else { continue };
        let findings: Vec<&Finding> = v
            .findings
            .iter()
            .filter(|f| f.commit.as_deref() == Some(commit.sha.as_str()))
            .collect();
        commit_line(out, commit, agent, p);
        if findings.is_empty() {
            let _ = writeln!(out, "  {} nothing out of remit", p.green("ok"));
        }
        for f in findings {
            finding(out, f, p);
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
            finding(out, f, p);
        }
    }
    humans(out, outcome, usize::MAX, p);
}

fn commit_line(out: &mut String, commit: &crate::gate::CommitSummary, agent: &str, p: &Paint) {
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
}

/// The default details: one entry per group of identical findings, clean
/// agent commits and human commits as counts with the first few.
fn collapsed(out: &mut String, outcome: &Outcome, p: &Paint) {
    let groups = summary::groups(&outcome.verdict.findings);
    if !groups.is_empty() {
        let _ = writeln!(out, "\n{}", p.bold("findings"));
    }
    for (i, g) in groups.iter().enumerate() {
        if i < FULL_GROUPS {
            group(out, outcome, g, p);
        } else if i < FULL_GROUPS + LINE_GROUPS {
            let f = g.first;
            let _ = writeln!(
                out,
                "  {} {}{} — {}",
                label(f, p),
                p.bold(&rule_name(f)),
                location(f),
                commits_phrase(g)
            );
        } else {
            let rest = &groups[i..];
            let n: usize = rest.iter().map(|g| g.count).sum();
            let _ = writeln!(
                out,
                "  … and {n} more finding{} in {} group{} (--verbose or --format json lists them)",
                plural(n),
                rest.len(),
                plural(rest.len())
            );
            break;
        }
    }
    let clean_agents: Vec<&crate::gate::CommitSummary> = outcome
        .commits
        .iter()
        .filter(|c| c.agent.is_some())
        .filter(|c| {
            !outcome
                .verdict
                .findings
                .iter()
                .any(|f| f.commit.as_deref() == Some(c.sha.as_str()))
        })
        .collect();
    if !clean_agents.is_empty() {
        let _ = writeln!(
            out,
            "\n{} {} agent commit{} with nothing out of remit",
            p.green("ok"),
            clean_agents.len(),
            plural(clean_agents.len())
        );
        for c in clean_agents.iter().take(FIRST_FEW) {
            let _ = writeln!(out, "  {} {}", short(&c.sha), clean(&c.summary));
        }
        if clean_agents.len() > FIRST_FEW {
            let _ = writeln!(out, "  … and {} more", clean_agents.len() - FIRST_FEW);
        }
    }
    humans(out, outcome, FIRST_FEW, p);
}

fn commits_phrase(g: &summary::Group<'_>) -> String {
    match g.commits.len() {
        0 => "the range".to_string(),
        1 => format!("commit {}", short(g.commits[0])),
        n => format!("{n} commits: {}", summary::shas(&g.commits, 5)),
    }
}

/// One group of identical findings; a single-commit group says which commit.
fn group(out: &mut String, outcome: &Outcome, g: &summary::Group<'_>, p: &Paint) {
    let f = g.first;
    match g.commits.as_slice() {
        [one] => {
            let _ = writeln!(
                out,
                "  {} {}{}",
                label(f, p),
                p.bold(&rule_name(f)),
                location(f)
            );
            let _ = writeln!(out, "      {}", clean(&f.message));
            if let Some(c) = outcome.commits.iter().find(|c| c.sha == *one) {
                let _ = writeln!(
                    out,
                    "      {} {} {}",
                    p.dim("commit:"),
                    short(&c.sha),
                    clean(&c.summary)
                );
            }
            details(out, f, true, p);
        }
        many => {
            let _ = writeln!(
                out,
                "  {} {}{} — {}",
                label(f, p),
                p.bold(&rule_name(f)),
                location(f),
                if many.is_empty() {
                    "the range".to_string()
                } else {
                    format!("{} commits", many.len())
                }
            );
            let _ = writeln!(out, "      {}", clean(&f.message));
            if !many.is_empty() {
                let _ = writeln!(
                    out,
                    "      {} {}",
                    p.dim("commits:"),
                    summary::shas(many, 5)
                );
            }
            details(out, f, false, p);
        }
    }
}

fn humans(out: &mut String, outcome: &Outcome, shown: usize, p: &Paint) {
    let people: Vec<&crate::gate::CommitSummary> = outcome
        .commits
        .iter()
        .filter(|c| c.agent.is_none())
        .collect();
    if people.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n{}",
        p.bold(&format!(
            "human commits (listed, not gated): {}",
            people.len()
        ))
    );
    for c in people.iter().take(shown) {
        let _ = writeln!(
            out,
            "  {} {} {}",
            short(&c.sha),
            clean(&c.summary),
            p.dim(&clean(&c.author))
        );
    }
    if people.len() > shown {
        let _ = writeln!(
            out,
            "  … and {} more (--verbose lists them)",
            people.len() - shown
        );
    }
}

fn label(f: &Finding, p: &Paint) -> String {
    match (f.action, verdict::blocks(f)) {
        (Action::Approve, true) => p.red("needs approval"),
        (Action::Approve, false) => p.green("approved"),
        (_, true) => p.red("block"),
        _ => p.yellow("warn"),
    }
}

fn rule_name(f: &Finding) -> String {
    match &f.category {
        Some(c) => format!("{} [{}]", f.rule, clean(c)),
        None => f.rule.to_string(),
    }
}

fn location(f: &Finding) -> String {
    match (&f.path, f.line) {
        (Some(path), Some(line)) => format!(" {}:{line}", clean(path)),
        (Some(path), None) => format!(" {}", clean(path)),
        _ => String::new(),
    }
}

fn finding(out: &mut String, f: &Finding, p: &Paint) {
    let _ = writeln!(
        out,
        "  {} {}{}",
        label(f, p),
        p.bold(&rule_name(f)),
        location(f)
    );
    let _ = writeln!(out, "      {}", clean(&f.message));
    details(out, f, true, p);
}

/// Evidence, approval, fix and pointer of a finding. A group of findings
/// leaves out the per-commit `commit` evidence, which differs between them.
fn details(out: &mut String, f: &Finding, per_commit: bool, p: &Paint) {
    for e in f
        .evidence
        .iter()
        .filter(|e| per_commit || e.kind != "commit")
    {
        let seq = e.seq.map(|s| format!(" (seq {s})")).unwrap_or_default();
        let _ = writeln!(out, "      {}{seq}: {}", p.dim(e.kind), clean(&e.detail));
    }
    if let Some(who) = &f.approved_by {
        let _ = writeln!(out, "      approved by {}", clean(who));
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

/// The non-human identities behind the range and the credentials they
/// touched. By default git authors are wrapped to a few lines, so ninety
/// people do not make one unreadable line.
fn identities(out: &mut String, outcome: &Outcome, p: &Paint, verbose: bool) {
    if outcome.identities.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{}", p.bold("identities"));
    for id in &outcome.identities {
        let models = if id.models.is_empty() {
            String::new()
        } else {
            format!(" ({})", clean(&id.models.join(", ")))
        };
        let sessions = match id.sessions.len() {
            0 => String::new(),
            n if verbose || n <= 3 => format!("; sessions {}", clean(&id.sessions.join(", "))),
            n => format!("; {n} sessions: {}, …", clean(&id.sessions[..3].join(", "))),
        };
        // One author stays on the identity's line; many are wrapped below.
        let authors = match id.git_authors.as_slice() {
            [] => String::new(),
            [one] => format!(" as {}", clean(one)),
            many => format!(" by {} git authors", many.len()),
        };
        let _ = writeln!(
            out,
            "  {}{models}: {} commit{}{authors}{sessions}",
            p.bold(&clean(&id.agent)),
            id.commits,
            plural(id.commits),
        );
        let names: Vec<String> = if id.git_authors.len() > 1 {
            id.git_authors.iter().map(|a| clean(a)).collect()
        } else {
            Vec::new()
        };
        let lines = summary::wrap(&names, WIDTH);
        let shown = if verbose { usize::MAX } else { AUTHOR_LINES };
        for (line, _) in lines.iter().take(shown) {
            let _ = writeln!(out, "      {} {line}", p.dim("as"));
        }
        if lines.len() > shown {
            let listed: usize = lines.iter().take(shown).map(|(_, n)| n).sum();
            let _ = writeln!(
                out,
                "      … and {} more author{} (--verbose lists them)",
                names.len().saturating_sub(listed),
                plural(names.len().saturating_sub(listed))
            );
        }
        for c in &id.credentials {
            let _ = writeln!(
                out,
                "      credential {} (session {}, seq {}, {}×): {}",
                p.bold(&c.credential),
                redact(&c.session),
                c.seq,
                c.count,
                redact(&c.via)
            );
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
