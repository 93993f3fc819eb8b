//! Reports on a real-shaped large range (issue 15): 135 agent commits by two
//! agents and ninety git authors, 200 human commits, a few protected paths.
//! The text report must fit a screenful of summary and 150 lines in all, the
//! Markdown one PR comment, and the JSON must keep every finding.

use std::path::Path;

use crate::common::*;

const AGENT_COMMITS: usize = 135;
const HUMAN_COMMITS: usize = 200;

/// A repository that never adopted remit: no manifest, no logs.
fn large_range() -> (tempfile::TempDir, RepoBuilder) {
    let (dir, mut r) = repo();
    for i in 0..AGENT_COMMITS {
        let path = match i {
            7 => ".github/workflows/ci.yml".to_string(),
            50 => ".github/workflows/release.yml".to_string(),
            _ => format!("src/mod{i}.rs"),
        };
        r.write(&path, format!("// change {i}\n")).expect("write");
        if i % 9 == 4 {
            // Cursor's own identity.
            r.commit(
                &format!("Cursor change {i}"),
                &Who::new("Cursor Agent", "cursoragent@cursor.com"),
            )
            .expect("commit");
        } else {
            let who = Who::new(
                &format!("Person {}", i % 90),
                &format!("p{}@example.com", i % 90),
            );
            r.commit(&format!("Agent change {i}{CLAUDE}"), &who)
                .expect("commit");
        }
    }
    for i in 0..HUMAN_COMMITS {
        r.write(&format!("docs/note{i}.md"), format!("note {i}\n"))
            .expect("write");
        r.commit(&format!("Human note {i}"), &human())
            .expect("commit");
    }
    (dir, r)
}

fn run(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = remit(dir, args);
    (out.status.code().unwrap_or(-1), stdout(&out))
}

#[test]
fn a_large_first_run_reads_in_one_screen_and_loses_nothing() {
    let (dir, _r) = large_range();
    let (code, text) = run(dir.path(), &["check", "--base", "main"]);
    assert_eq!(code, 1, "{text}");
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() <= 150, "{} lines:\n{text}", lines.len());

    // The first ten lines: the verdict, the agents, what is wrong, what to do.
    let head = lines[..10].join("\n");
    assert!(head.starts_with("remit BLOCK"), "{head}");
    assert!(
        head.contains(&format!(
            "{AGENT_COMMITS} agent commits, {HUMAN_COMMITS} human commits"
        )),
        "{head}"
    );
    assert!(
        head.contains("claude-code 120") && head.contains("cursor 15"),
        "{head}"
    );
    assert!(head.contains("first run:"), "{head}");
    assert!(
        head.contains(".github/workflows/ci.yml") && head.contains(".github/workflows/release.yml"),
        "{head}"
    );
    assert!(
        head.contains("remit init") && head.contains(".remit/task.yml"),
        "{head}"
    );

    // One entry per agent for the 135 identical manifest-missing findings.
    assert_eq!(text.matches("block manifest-missing").count(), 2, "{text}");
    assert!(
        text.contains("block manifest-missing — 120 commits"),
        "{text}"
    );
    assert!(text.contains("(+115 more)"), "{text}");
    // Human commits: a count and the first few.
    assert!(
        text.contains(&format!(
            "human commits (listed, not gated): {HUMAN_COMMITS}"
        )),
        "{text}"
    );
    assert_eq!(text.matches("Human note").count(), 5, "{text}");
    assert!(text.contains("… and 195 more"), "{text}");
    // Identities: ninety authors wrapped, at most 100 characters a line.
    assert!(lines.iter().all(|l| l.chars().count() <= 200), "{text}");
    // Cursor's commits (every ninth) leave 80 of the 90 people to claude-code.
    assert!(text.contains("by 80 git authors"), "{text}");
    assert!(
        text.trim_end()
            .lines()
            .last()
            .is_some_and(|l| l.starts_with("verdict BLOCK")),
        "{text}"
    );

    // The JSON keeps every finding.
    let (_, json) = check_json(dir.path(), &[]);
    let all = all_findings(&json);
    assert_eq!(
        all.iter()
            .filter(|(r, _, _)| r == "manifest-missing")
            .count(),
        AGENT_COMMITS
    );
    assert_eq!(
        all.iter().filter(|(r, _, _)| r == "log-missing").count(),
        AGENT_COMMITS
    );
}

#[test]
fn verbose_lists_every_commit_and_human() {
    let (dir, _r) = large_range();
    let (_, text) = run(dir.path(), &["check", "--base", "main", "--verbose"]);
    assert_eq!(
        text.matches("block manifest-missing").count(),
        AGENT_COMMITS,
        "verbose"
    );
    assert_eq!(text.matches("Human note").count(), HUMAN_COMMITS);
    // The summary still comes first.
    assert!(text
        .lines()
        .next()
        .is_some_and(|l| l.starts_with("remit BLOCK")));
    for i in (0..90).filter(|i| i % 9 != 4) {
        assert!(
            text.contains(&format!("p{i}@example.com>")),
            "author {i} missing"
        );
    }
}

#[test]
fn markdown_fits_one_comment_with_the_summary_first() {
    let (dir, _r) = large_range();
    let (_, md) = run(
        dir.path(),
        &["check", "--base", "main", "--format", "markdown"],
    );
    assert!(md.chars().count() <= 65_536, "{} chars", md.len());
    let first: Vec<&str> = md.lines().take(12).collect();
    let first = first.join("\n");
    assert!(first.starts_with("### remit: ❌ blocked"), "{first}");
    assert!(
        first.contains("First run") && first.contains("remit init"),
        "{first}"
    );
    assert!(
        md.contains("| <code>manifest-missing</code> | 135 | 0 |"),
        "{md}"
    );
    assert!(md.contains("120 commits: <code>"), "{md}");
    // Every commit is still listed, within the limit.
    assert_eq!(md.matches("Human note").count(), HUMAN_COMMITS);
}

/// Long commit subjects make the commit table outgrow a comment: it is cut
/// from its end, with a line saying so and where the full report is.
#[test]
fn markdown_cuts_the_least_important_end_to_fit() {
    let (dir, mut r) = large_range();
    let long = "x".repeat(400);
    for i in 0..200 {
        r.write(&format!("docs/long{i}.md"), "x\n").expect("write");
        r.commit(&format!("Long {i} {long}"), &human())
            .expect("commit");
    }
    let (_, md) = run(
        dir.path(),
        &["check", "--base", "main", "--format", "markdown"],
    );
    assert!(md.len() <= 60_000, "{} bytes", md.len());
    assert!(md.contains("cut to fit GitHub's size limit"), "{md}");
    assert!(md.contains("JSON report"), "{md}");
    // The summary and the findings survive; the commits table was cut.
    assert!(md.contains("| <code>manifest-missing</code> | 135 | 0 |"));
    assert!(md.contains("<code>.github/workflows/ci.yml</code>"));
    assert!(
        md.trim_end().ends_with("hold every finding."),
        "{}",
        &md[md.len() - 400..]
    );
    assert!(md.contains("</details>"), "the commits section is closed");
    // --verbose gives every row, uncut.
    let (_, full) = run(
        dir.path(),
        &[
            "check",
            "--base",
            "main",
            "--format",
            "markdown",
            "--verbose",
        ],
    );
    assert!(full.len() > 65_536 && !full.contains("cut to fit"));
    assert_eq!(full.matches(&long).count(), 200);
}

#[test]
fn a_configured_repository_gets_no_first_run_note() {
    let (dir, mut r) = repo();
    manifest(&mut r, SRC_ONLY);
    r.write("src/a.rs", "a\n").expect("write");
    r.commit(&format!("Agent change{CLAUDE}"), &agent())
        .expect("commit");
    let (code, text) = run(dir.path(), &["check", "--base", "main"]);
    assert_eq!(code, 0, "{text}");
    assert!(!text.contains("first run"), "{text}");
    assert!(
        text.contains("ok 1 agent commit with nothing out of remit")
            || text.contains("log-missing"),
        "{text}"
    );
}
