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
    assert_eq!(code, 1, "{report}");
    assert_eq!(agent_of_last(&report), "claude-code");
}

#[test]
fn bot_author_without_trailer_counts() {
    let bot = Who::new(
        "copilot-swe-agent[bot]",
        "198982749+Copilot@users.noreply.github.com",
    );
    let (code, report) = gate_commit("Update CI", &bot, None);
    assert_eq!(code, 1);
    assert_eq!(agent_of_last(&report), "copilot");
}

#[test]
fn cursor_committer_counts() {
    let bot = Who::new("Cursor Agent", "cursoragent@cursor.com");
    let (code, report) = gate_commit("Update CI", &bot, None);
    assert_eq!(code, 1);
    assert_eq!(agent_of_last(&report), "cursor");
}

#[test]
fn message_markers_count() {
    let (code, report) = gate_commit(
        "ci\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n",
        &human(),
        None,
    );
    assert_eq!(code, 1);
    assert_eq!(agent_of_last(&report), "claude-code");
    let (code, report) = gate_commit("aider: tune ci", &human(), None);
    assert_eq!(code, 1);
    assert_eq!(agent_of_last(&report), "aider");
}

#[test]
fn aider_name_suffix_counts() {
    let (code, report) = gate_commit(
        "tune ci",
        &Who::new("Dana (aider)", "dana@example.com"),
        None,
    );
    assert_eq!(code, 1);
    assert_eq!(agent_of_last(&report), "aider");
}

#[test]
fn remit_session_trailer_counts_and_names_the_session() {
    let (code, report) = gate_commit("ci\n\nRemit-Session: 6f1c9a0e\n", &human(), None);
    assert_eq!(code, 1);
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
    assert_eq!(code, 0, "{report}");
    assert!(agent_of_last(&report).is_null());
}

#[test]
fn policy_adds_authors_and_trailers() {
    let policy = "version: 1\nagents:\n  authors: [\"release-bot@example.com\"]\n  trailers: [\"Co-authored-by: *bot*\"]\n";
    let (code, _) = gate_commit(
        "ci",
        &Who::new("Release", "release-bot@example.com"),
        Some(policy),
    );
    assert_eq!(code, 1);
    let (code, _) = gate_commit(
        "ci\n\nCo-authored-by: helper-bot <h@example.com>\n",
        &human(),
        Some(policy),
    );
    assert_eq!(code, 1);
    let (code, _) = gate_commit("ci", &human(), Some(policy));
    assert_eq!(code, 0);
}

#[test]
fn all_commits_policy_gates_everything() {
    let policy = "version: 1\nagents:\n  all_commits: true\n";
    let (code, report) = gate_commit("ci", &human(), Some(policy));
    assert_eq!(code, 1, "{report}");
}

#[test]
fn agent_conventions_beyond_claude_and_copilot_are_gated() {
    // Each convention alone makes the commit the agent's: the workflow edit
    // the manifest does not grant then blocks.
    for (message, who, agent) in [
        (
            "ci\n\nCo-authored-by: Roo Code <roomote@roocode.com>\n",
            human(),
            "roo-code",
        ),
        (
            "ci",
            Who::new("Cline Agent", "cline-agent@users.noreply.github.com"),
            "cline",
        ),
        (
            "ci",
            Who::new(
                "Kiro Agent",
                "244629292+kiro-agent@users.noreply.github.com",
            ),
            "kiro",
        ),
        ("ci\n\nCo-Authored-By: Claude\n", human(), "claude-code"),
        (
            "ci\n\nGenerated with assistance from OpenAI Codex.\n",
            human(),
            "codex",
        ),
        (
            "ci",
            Who::new("qwen.ai[bot]", "qwenlm-intl@service.alibaba.com"),
            "qwen-code",
        ),
    ] {
        let (code, report) = gate_commit(message, &who, None);
        assert_eq!(code, 1, "{message:?}: {report}");
        assert_eq!(agent_of_last(&report), agent, "{report}");
    }
}

#[test]
fn a_person_named_like_an_agent_is_a_person() {
    let (code, report) = gate_commit(
        "ci\n\nCo-authored-by: Claude Smith <claude@smith.dev>\n",
        &Who::new("Claude", "claude@smith.dev"),
        None,
    );
    assert_eq!(code, 0, "{report}");
    assert_eq!(agent_of_last(&report), serde_json::Value::Null, "{report}");
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
    assert_eq!(code, 0, "{report}");
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
    assert_eq!(code, 1, "{report}");
    assert_eq!(agent_of_last(&report), "gemini-code-assist", "{report}");
    // A value the policy does not know fails closed.
    let dir = repo_with(
        message,
        &human(),
        Some("version: 1\nagents:\n  suggestions: maybe\n"),
    );
    let out = remit(dir.path(), &["check", "--base", "main"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("agents.suggestions"),
        "{}",
        stderr(&out)
    );
}
