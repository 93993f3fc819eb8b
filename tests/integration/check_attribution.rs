//! Which commits are the agent's: trailers in any case, markers, bot
//! accounts, session trailers, policy additions, all_commits.

use crate::common::*;

/// One commit touching a workflow with `message` by `who`; returns the report.
fn gate_commit(message: &str, who: &Who, policy: Option<&str>) -> (i32, serde_json::Value) {
    let dir = repo_with(message, who, policy);
    check_json(dir.path(), &[])
}

fn repo_with(message: &str, who: &Who, policy: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write("README.md", "# p\n").expect("w");
    if let Some(p) = policy {
        r.write(".github/remit.yml", p).expect("w");
    }
    r.commit("base", &human()).expect("c");
    r.branch("work").expect("b");
    manifest(&mut r, SRC_ONLY);
    r.write(".github/workflows/ci.yml", "on: push\n")
        .expect("w");
    r.commit(message, who).expect("c");
    dir
}

/// Asserts the last commit is gated as `agent`'s, attributed by a sign
/// containing `by`, and blocked for the workflow it touched: the one
/// `protected-path` finding of that commit.
fn assert_gated(code: i32, report: &serde_json::Value, agent: &str, by: &str) {
    assert_eq!(code, 1, "{report:#}");
    let last = report["commits"]
        .as_array()
        .and_then(|c| c.last())
        .expect("commits");
    assert_eq!(last["agent"], agent, "{report:#}");
    let attributed = last["attributed_by"].as_str().unwrap_or_default();
    assert!(
        attributed.contains(by),
        "attributed by {attributed:?}, not {by:?}"
    );
    let blocking: Vec<_> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["action"] == "block" && f["commit"] == last["sha"])
        .map(|f| {
            (
                f["rule"].as_str(),
                f["category"].as_str(),
                f["path"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        blocking,
        [(
            Some("protected-path"),
            Some("pipeline"),
            Some(".github/workflows/ci.yml")
        )],
        "{report:#}"
    );
}

/// Asserts the last commit is a person's: listed, not gated, no finding.
fn assert_person(code: i32, report: &serde_json::Value) {
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(report["verdict"], "pass", "{report:#}");
    assert!(agent_of_last(report).is_null(), "{report:#}");
    assert_eq!(report["findings"], serde_json::json!([]), "{report:#}");
}

fn agent_of_last(report: &serde_json::Value) -> serde_json::Value {
    report["commits"]
        .as_array()
        .and_then(|c| c.last())
        .expect("commits")["agent"]
        .clone()
}

#[test]
fn lowercase_co_authored_by_trailer_counts() {
    let (code, report) = gate_commit(
        "ci\n\nco-authored-by: claude <NOREPLY@ANTHROPIC.COM>\n",
        &human(),
        None,
    );
    assert_gated(
        code,
        &report,
        "claude-code",
        "co-authored-by: claude <NOREPLY@ANTHROPIC.COM>",
    );
}

#[test]
fn bot_author_without_trailer_counts() {
    let bot = Who::new(
        "copilot-swe-agent[bot]",
        "198982749+Copilot@users.noreply.github.com",
    );
    let (code, report) = gate_commit("Update CI", &bot, None);
    assert_gated(code, &report, "copilot", "copilot-swe-agent[bot]");
}

#[test]
fn cursor_committer_counts() {
    let bot = Who::new("Cursor Agent", "cursoragent@cursor.com");
    let (code, report) = gate_commit("Update CI", &bot, None);
    assert_gated(code, &report, "cursor", "cursoragent@cursor.com");
}

#[test]
fn message_markers_count() {
    let (code, report) = gate_commit(
        "ci\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n",
        &human(),
        None,
    );
    assert_gated(code, &report, "claude-code", "Generated with [Claude Code]");
    let (code, report) = gate_commit("aider: tune ci", &human(), None);
    assert_gated(code, &report, "aider", "aider:");
}

#[test]
fn aider_name_suffix_counts() {
    let (code, report) = gate_commit(
        "tune ci",
        &Who::new("Dana (aider)", "dana@example.com"),
        None,
    );
    assert_gated(code, &report, "aider", "Dana (aider)");
}

#[test]
fn remit_session_trailer_counts_and_names_the_session() {
    let (code, report) = gate_commit("ci\n\nRemit-Session: 6f1c9a0e\n", &human(), None);
    assert_gated(code, &report, "agent", "Remit-Session: 6f1c9a0e");
    let last = report["commits"]
        .as_array()
        .and_then(|c| c.last())
        .cloned()
        .expect("commit");
    assert_eq!(last["session"], "6f1c9a0e");
    assert_eq!(report["findings"][0]["session"], "6f1c9a0e");
}

#[test]
fn a_person_mentioning_claude_in_prose_is_not_an_agent() {
    let (code, report) = gate_commit("Document how Claude and Copilot are gated", &human(), None);
    assert_person(code, &report);
}

#[test]
fn policy_adds_authors_and_trailers() {
    let policy = "version: 1\nagents:\n  authors: [\"release-bot@example.com\"]\n  trailers: [\"Co-authored-by: *bot*\"]\n";
    let (code, report) = gate_commit(
        "ci",
        &Who::new("Release", "release-bot@example.com"),
        Some(policy),
    );
    assert_gated(
        code,
        &report,
        "agent",
        "author Release <release-bot@example.com> (policy agents.authors)",
    );
    let (code, report) = gate_commit(
        "ci\n\nCo-authored-by: helper-bot <h@example.com>\n",
        &human(),
        Some(policy),
    );
    assert_gated(
        code,
        &report,
        "agent",
        "Co-authored-by: helper-bot <h@example.com> (policy agents.trailers)",
    );
    let (code, report) = gate_commit("ci", &human(), Some(policy));
    assert_person(code, &report);
}

#[test]
fn all_commits_policy_gates_everything() {
    let policy = "version: 1\nagents:\n  all_commits: true\n";
    let (code, report) = gate_commit("ci", &human(), Some(policy));
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(agent_of_last(&report), "agent", "{report:#}");
    assert!(
        has(
            &report,
            "protected-path",
            "pipeline",
            ".github/workflows/ci.yml"
        ),
        "{report:#}"
    );
    // The person's manifest commit is gated too: an agent's manifest grants
    // nothing, so both commits lack one.
    let commits = report["commits"].as_array().expect("commits");
    assert!(
        commits
            .iter()
            .all(|c| c["attributed_by"] == "agents.all_commits: true"),
        "{report:#}"
    );
    let rules: Vec<String> = all_findings(&report)
        .into_iter()
        .map(|(r, _, _)| r)
        .collect();
    assert!(
        rules.contains(&"manifest-changed".to_string())
            && rules.contains(&"manifest-missing".to_string()),
        "{rules:?}"
    );
}

#[test]
fn agent_conventions_beyond_claude_and_copilot_are_gated() {
    // Each convention alone makes the commit the agent's, named by the sign
    // that did: the workflow edit the manifest does not grant then blocks.
    for (message, who, agent, by) in [
        (
            "ci\n\nCo-authored-by: Roo Code <roomote@roocode.com>\n",
            human(),
            "roo-code",
            "Co-authored-by: Roo Code <roomote@roocode.com>",
        ),
        (
            "ci",
            Who::new("Cline Agent", "cline-agent@users.noreply.github.com"),
            "cline",
            "author Cline Agent <cline-agent@users.noreply.github.com>",
        ),
        (
            "ci",
            Who::new(
                "Kiro Agent",
                "244629292+kiro-agent@users.noreply.github.com",
            ),
            "kiro",
            "author Kiro Agent <244629292+kiro-agent@users.noreply.github.com>",
        ),
        (
            "ci\n\nCo-Authored-By: Claude\n",
            human(),
            "claude-code",
            "Co-Authored-By: Claude",
        ),
        (
            "ci\n\nGenerated with assistance from OpenAI Codex.\n",
            human(),
            "codex",
            "message marker `Generated with assistance from OpenAI Codex.`",
        ),
        (
            "ci",
            Who::new("qwen.ai[bot]", "qwenlm-intl@service.alibaba.com"),
            "qwen-code",
            "author qwen.ai[bot] <qwenlm-intl@service.alibaba.com>",
        ),
    ] {
        let (code, report) = gate_commit(message, &who, None);
        let last = report["commits"]
            .as_array()
            .and_then(|c| c.last())
            .expect("c");
        assert_eq!(last["attributed_by"], by, "{message:?} by {who:?}");
        assert_gated(code, &report, agent, by);
    }
}

#[test]
fn a_person_named_like_an_agent_is_a_person() {
    let (code, report) = gate_commit(
        "ci\n\nCo-authored-by: Claude Smith <claude@smith.dev>\n",
        &Who::new("Claude", "claude@smith.dev"),
        None,
    );
    assert_person(code, &report);
}

#[test]
fn copilot_agent_logs_url_binds_the_session() {
    let (_, report) = gate_commit(
        "ci\n\nAgent-Logs-Url: https://github.com/o/r/sessions/d2d149f9-e8ca-41e6-9ab5-d06da9f4c57f\n",
        &human(),
        None,
    );
    let last = report["commits"]
        .as_array()
        .and_then(|c| c.last())
        .expect("c");
    assert_eq!(last["agent"], "copilot", "{report}");
    assert_eq!(last["session"], "d2d149f9-e8ca-41e6-9ab5-d06da9f4c57f");
}

#[test]
fn accepted_review_bot_suggestions_follow_the_policy() {
    let message = "Apply suggestion from code review\n\nCo-authored-by: gemini-code-assist[bot] <176961590+gemini-code-assist[bot]@users.noreply.github.com>\n";
    // Default: the accepting person's commit, listed with the bot.
    let (code, report) = gate_commit(message, &human(), None);
    assert_person(code, &report);
    let last = report["commits"]
        .as_array()
        .and_then(|c| c.last())
        .expect("c");
    assert_eq!(last["agent"], serde_json::Value::Null, "{report}");
    assert!(
        last["suggested_by"]
            .as_str()
            .is_some_and(|s| s.starts_with("gemini-code-assist: Co-authored-by")),
        "{report}"
    );
    // `agents.suggestions: agent`: gated as an agent commit.
    let (code, report) = gate_commit(
        message,
        &human(),
        Some("version: 1\nagents:\n  suggestions: agent\n"),
    );
    assert_gated(
        code,
        &report,
        "gemini-code-assist",
        "Co-authored-by: gemini-code-assist[bot]",
    );
    // A value the policy does not know fails closed.
    let dir = repo_with(
        message,
        &human(),
        Some("version: 1\nagents:\n  suggestions: maybe\n"),
    );
    let out = remit(dir.path(), &["check", "--base", "main"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let base = git(dir.path(), &["rev-parse", "main"]);
    let expected = format!(
        ".github/remit.yml@{}:3:16: `agents.suggestions` is `maybe`; expected one of: person, agent",
        &base[..12]
    );
    assert!(stderr(&out).contains(&expected), "{}", stderr(&out));
}
