//! Stage 5's side effects for `remit action`: step outputs, the job summary,
//! the `remit` check run and the sticky PR comment. Each one that fails is
//! skipped with a notice; none of them can change the verdict or the exit
//! code, which come from git alone.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

use serde_json::{json, Value};

use crate::collect::github::{Api, ApiError, Comment};
use crate::finding::Finding;
use crate::gate::Outcome;
use crate::redact::redact;
use crate::report::github::{self as commands, Level};
use crate::report::markdown;

/// The hidden marker that finds remit's PR comment again.
pub(crate) const COMMENT_MARKER: &str = "<!-- remit:sticky-comment -->";
/// The check run's name: what branch protection and rulesets require.
pub(crate) const CHECK_NAME: &str = "remit";
/// GitHub accepts at most 50 annotations per check-run request.
pub(crate) const ANNOTATION_BATCH: usize = 50;
/// A step summary is limited to 1 MiB.
pub(crate) const SUMMARY_LIMIT: usize = 1024 * 1024;
/// Check-run summaries and comment bodies are limited to 65,535 characters.
pub(crate) const BODY_LIMIT: usize = 65_535;

/// Prints a `::notice` (never fails the step).
pub(crate) fn notice(title: &str, message: &str) {
    print!(
        "{}",
        commands::command(
            Level::Notice,
            &[("title", title.to_string())],
            &redact(message)
        )
    );
}

/// Prints a `::warning`.
pub(crate) fn warning(title: &str, message: &str) {
    print!(
        "{}",
        commands::command(
            Level::Warning,
            &[("title", title.to_string())],
            &redact(message)
        )
    );
}

/// Appends `name<<DELIM … DELIM` entries to `$GITHUB_OUTPUT` (safe for
/// multi-line values: the delimiter is random and checked against the value).
pub(crate) fn write_outputs(path: &Path, outputs: &[(&str, String)]) -> std::io::Result<()> {
    let mut text = String::new();
    for (name, value) in outputs {
        let delimiter = delimiter_for(value);
        let _ = write!(text, "{name}<<{delimiter}\n{value}\n{delimiter}\n");
    }
    append(path, &text)
}

fn delimiter_for(value: &str) -> String {
    let seed = format!(
        "{}:{:?}:{}",
        std::process::id(),
        std::time::SystemTime::now(),
        value.len()
    );
    let mut delimiter = format!(
        "ghadelimiter_{}",
        &crate::hash::sha256_hex(seed.as_bytes())[..24]
    );
    while value.contains(&delimiter) {
        delimiter.push('_');
    }
    delimiter
}

/// Appends the job summary, cut to fit GitHub's 1 MiB limit.
pub(crate) fn write_summary(path: &Path, markdown: &str) -> std::io::Result<()> {
    append(path, &truncate(markdown, SUMMARY_LIMIT - 1024))
}

fn append(path: &Path, text: &str) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    file.write_all(text.as_bytes())
}

/// Cuts `text` to at most `limit` bytes on a character boundary, saying so.
pub(crate) fn truncate(text: &str, limit: usize) -> String {
    if text.len() <= limit {
        return text.to_string();
    }
    const NOTE: &str = "\n\n… cut to fit GitHub's size limit; the full report is in the SARIF and JSON report files.\n";
    let mut end = limit.saturating_sub(NOTE.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}{NOTE}", &text[..end])
}

/// What a check run concludes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Conclusion {
    Success,
    Neutral,
    Failure,
}

impl Conclusion {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Success => "success",
            Self::Neutral => "neutral",
            Self::Failure => "failure",
        }
    }
}

/// One check-run annotation per finding with a path, most important first.
pub(crate) fn annotations(outcome: &Outcome) -> Vec<Value> {
    outcome
        .verdict
        .findings
        .iter()
        .filter_map(|f| {
            let path = f.path.as_deref()?;
            let line = f.line.unwrap_or(1).max(1);
            let level = match commands::level(f) {
                Level::Error => "failure",
                Level::Warning => "warning",
                Level::Notice => "notice",
            };
            Some(json!({
                "path": path,
                "start_line": line,
                "end_line": line,
                "annotation_level": level,
                "title": title(f),
                "message": annotation_message(f),
            }))
        })
        .collect()
}

fn title(f: &Finding) -> String {
    match &f.category {
        Some(c) => format!("{} [{c}]", f.rule),
        None => f.rule.to_string(),
    }
}

fn annotation_message(f: &Finding) -> String {
    let mut m = redact(&f.message).into_owned();
    if let Some(who) = &f.approved_by {
        let _ = write!(m, "\nApproved by {}.", redact(who));
    }
    if !f.fix.is_empty() {
        let _ = write!(m, "\nFix: {}", redact(&f.fix));
    }
    let _ = write!(m, "\nMore: `remit explain {}`", f.rule);
    m
}

/// Creates the `remit` check run on `head_sha` with every annotation: the
/// first 50 with the create call, the rest appended 50 at a time.
pub(crate) fn check_run(
    api: &Api,
    head_sha: &str,
    conclusion: Conclusion,
    title: &str,
    summary: &str,
    annotations: &[Value],
) -> Result<u64, ApiError> {
    let mut batches = annotations.chunks(ANNOTATION_BATCH);
    let summary = truncate(summary, BODY_LIMIT);
    let output = |batch: Option<&[Value]>| {
        json!({
            "title": title,
            "summary": summary,
            "annotations": batch.unwrap_or_default(),
        })
    };
    let create = json!({
        "name": CHECK_NAME,
        "head_sha": head_sha,
        "status": "completed",
        "conclusion": conclusion.as_str(),
        "output": output(batches.next()),
    });
    let id = match api.create_check_run(&create) {
        // No answer: it may have been created. Look before creating again,
        // so a retry never leaves two `remit` check runs on one commit.
        Err(ApiError::Down(_)) => match existing_check_run(api, head_sha)? {
            Some(id) => {
                api.update_check_run(id, &create)?;
                id
            }
            None => api.create_check_run(&create)?,
        },
        other => other?,
    };
    for batch in batches {
        api.update_check_run(id, &json!({"output": output(Some(batch))}))?;
    }
    Ok(id)
}

/// The id of the `remit` check run on `head_sha`, if one exists.
fn existing_check_run(api: &Api, head_sha: &str) -> Result<Option<u64>, ApiError> {
    Ok(api
        .check_runs_named(head_sha, CHECK_NAME)?
        .into_iter()
        .next())
}

/// What happened to the sticky comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CommentAction {
    Created,
    Updated,
    /// Nothing to say and nothing said before.
    Skipped,
}

/// Creates or updates remit's one comment on the PR, found by its marker.
/// A passing run with no earlier comment posts nothing.
pub(crate) fn sticky_comment(
    api: &Api,
    pr: u64,
    body: &str,
    quiet_if_new: bool,
) -> Result<CommentAction, ApiError> {
    let body = truncate(&format!("{COMMENT_MARKER}\n{body}"), BODY_LIMIT);
    let marked: Vec<Comment> = api
        .comments(pr)?
        .into_iter()
        .filter(|c| c.body.starts_with(COMMENT_MARKER))
        .collect();
    // Anyone can paste the marker: prefer the comment a bot (the workflow
    // token's app) wrote, and post afresh if the one found is not ours to edit.
    let by_bot = |c: &&Comment| c.author.as_deref().is_some_and(|l| l.ends_with("[bot]"));
    let existing = marked
        .iter()
        .find(by_bot)
        .map(|c| (c.id, true))
        .or(marked.first().map(|c| (c.id, false)));
    if let Some((id, bot)) = existing {
        match api.update_comment(id, &body) {
            Ok(()) => return Ok(CommentAction::Updated),
            // A person's comment carrying the marker: not ours, post our own.
            Err(ApiError::Denied { status: 403, .. }) if !bot => {}
            Err(e) => return Err(e),
        }
    } else if quiet_if_new {
        return Ok(CommentAction::Skipped);
    }
    match api.create_comment(pr, &body) {
        // No answer: look before posting again, so a retry never doubles it.
        Err(ApiError::Down(_)) => {
            let posted = api.comments(pr)?.into_iter().any(|c| c.body == body);
            if !posted {
                api.create_comment(pr, &body)?;
            }
        }
        other => {
            other?;
        }
    }
    Ok(CommentAction::Created)
}

/// The PR comment: the report plus how to approve, or a short "resolved".
pub(crate) fn comment_body(outcome: &Outcome, label: Option<&str>, notes: &[String]) -> String {
    let mut body = String::new();
    if outcome.verdict.findings.is_empty() {
        let _ = writeln!(
            body,
            "### remit: ✅ resolved\n\nThe latest push ({}) passes: every agent commit is inside its remit.",
            markdown::code(&outcome.head[..outcome.head.len().min(12)])
        );
        return body;
    }
    // What follows the report is written first, so the report is cut to
    // the room left and the whole comment stays within GitHub's limit.
    let mut tail = String::new();
    let needs_approval = outcome
        .verdict
        .findings
        .iter()
        .any(|f| f.action == crate::model::policy::Action::Approve && f.approved_by.is_none());
    if needs_approval {
        let _ = writeln!(tail, "\n#### How to approve\n");
        if let Some(label) = label {
            let _ = writeln!(
                tail,
                "- A person with write access (not the PR's author, not an agent) adds the label {}.",
                markdown::code(label)
            );
        }
        let _ = writeln!(
            tail,
            "- Or a code owner of the path (CODEOWNERS on the base branch) approves the pull request on its latest commit."
        );
        let _ = writeln!(tail, "\nThen re-run this check.");
    }
    if !notes.is_empty() {
        let _ = writeln!(tail, "\n#### Approvals that did not count\n");
        for n in notes.iter().take(20) {
            let _ = writeln!(tail, "- {}", markdown::rich(n));
        }
        if notes.len() > 20 {
            let _ = writeln!(tail, "- … and {} more", notes.len() - 20);
        }
    }
    let room = BODY_LIMIT.saturating_sub(COMMENT_MARKER.len() + 1 + tail.len() + 64);
    body.push_str(&markdown::render_within(
        outcome,
        room.min(markdown::COMMENT_BUDGET),
        false,
    ));
    let mut rules: Vec<_> = outcome
        .verdict
        .findings
        .iter()
        .filter(|f| f.approved_by.is_none())
        .map(|f| f.rule)
        .collect();
    // In registry order, each rule once.
    rules.sort_by_key(|r| crate::rules::index_of(r));
    rules.dedup();
    for rule in rules {
        // The rule pages are remit's own text, compiled in: no escaping
        // needed. They are the least important part: left out when the
        // comment has no room for them.
        let about = format!(
            "\n<details><summary>About <code>{rule}</code></summary>\n\n{}\n</details>\n",
            rule.docs.trim_end()
        );
        if body.len() + about.len() <= room {
            body.push_str(&about);
        }
    }
    body.push_str(&tail);
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncate_respects_char_boundaries_and_limit() {
        let s = "é".repeat(1000);
        let t = truncate(&s, 500);
        assert!(t.len() <= 500 && t.ends_with("JSON report files.\n"));
    }

    #[test]
    fn outputs_use_a_delimiter_absent_from_the_value() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("out");
        write_outputs(&path, &[("report", "a\nb".into())]).expect("write");
        let text = std::fs::read_to_string(&path).expect("read");
        let delim = text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("report<<"))
            .expect("heredoc");
        assert_eq!(text, format!("report<<{delim}\na\nb\n{delim}\n"));
    }
}
