//! Task manifests for GitHub-native agents (Copilot's coding agent, `@claude`
//! in Actions, Codex cloud, Jules, Devin): they start from an issue, and every
//! commit on their branch is theirs, so the person's task lives in the issue.
//! A fenced ```` ```remit ```` block in an issue the PR links (a closing
//! keyword: `Fixes #7`) is a manifest — trusted only when its author and
//! every later editor is a person with write access, not an agent account,
//! and it was last edited before the agent's first commit. The edit history
//! comes from GraphQL (`userContentEdits`): REST does not expose it.

use std::sync::LazyLock;

use regex::Regex;

use crate::approval::Permission;
use crate::collect::github::{Api, ApiError};
use crate::normalize::attribution::agent_for_login;

/// A manifest read from an issue: where it came from, and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct IssueManifest {
    /// `issue #7 by @maintainer`.
    pub(crate) source: String,
    pub(crate) text: String,
}

static CLOSES: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+#(\d+)\b").ok()
});
static BLOCK: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?s)```remit[ \t]*\r?\n(.*?)```").ok());

/// The issues a PR body links with a closing keyword, in order, once each.
pub(crate) fn linked_issues(body: &str) -> Vec<u64> {
    let mut out: Vec<u64> = Vec::new();
    if let Some(re) = CLOSES.as_ref() {
        for cap in re.captures_iter(body) {
            if let Some(n) = cap.get(1).and_then(|m| m.as_str().parse().ok()) {
                if !out.contains(&n) {
                    out.push(n);
                }
            }
        }
    }
    out
}

/// The first ```` ```remit ```` block of an issue body.
pub(crate) fn remit_block(body: &str) -> Option<String> {
    let re = BLOCK.as_ref()?;
    re.captures(body)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().to_string())
}

/// One edit of the issue body (or its creation).
#[derive(Debug, Clone)]
pub(crate) struct Edit {
    pub(crate) login: String,
    pub(crate) permission: Permission,
    /// RFC 3339.
    pub(crate) at: String,
}

/// Why a block grants nothing, or `None` when it is a person's declaration.
pub(crate) fn distrust(author: &Edit, edits: &[Edit], first_agent_commit: &str) -> Option<String> {
    for e in std::iter::once(author).chain(edits) {
        if e.login.ends_with("[bot]") || agent_for_login(&e.login).is_some() {
            return Some(format!("@{} is an agent or bot account", e.login));
        }
        if e.permission < Permission::Write {
            return Some(format!(
                "@{} has no write access to the repository",
                e.login
            ));
        }
    }
    let last = edits
        .iter()
        .map(|e| e.at.as_str())
        .max()
        .unwrap_or(&author.at);
    // RFC 3339 UTC timestamps compare as text.
    (!first_agent_commit.is_empty() && last > first_agent_commit).then(|| {
        format!("it was last edited ({last}) after the agent's first commit ({first_agent_commit})")
    })
}

/// Reads the manifests of the issues `pr_body` links; notes say why a
/// block grants nothing. API errors are notes too: an unreadable issue
/// grants nothing.
pub(crate) fn gather(
    api: &Api,
    pr_body: &str,
    first_agent_commit: &str,
) -> (Vec<IssueManifest>, Vec<String>) {
    let mut manifests = Vec::new();
    let mut notes = Vec::new();
    for number in linked_issues(pr_body) {
        match one(api, number, first_agent_commit) {
            Ok(Some(Ok(m))) => manifests.push(m),
            Ok(Some(Err(why))) => notes.push(format!(
                "the `remit` block in issue #{number} grants nothing: {why}"
            )),
            Ok(None) => {}
            Err(e) => notes.push(format!(
                "issue #{number} could not be read ({e}): a task declared there grants nothing"
            )),
        }
    }
    (manifests, notes)
}

type Judged = Option<Result<IssueManifest, String>>;

/// The login GitHub shows for a deleted account.
const GHOST: &str = "ghost";

/// A person's permission; a deleted account has none.
fn vouched_permission(api: &Api, login: &str) -> Result<Permission, ApiError> {
    if login == GHOST {
        Ok(Permission::None)
    } else {
        api.permission(login)
    }
}

fn one(api: &Api, number: u64, first_agent_commit: &str) -> Result<Judged, ApiError> {
    let issue = api.issue(number)?;
    let Some(text) = remit_block(&issue.body) else {
        return Ok(None);
    };
    // A deleted account wrote it as nobody: not a person we can vouch for.
    let login = issue.author.unwrap_or_else(|| GHOST.to_string());
    let author = Edit {
        permission: vouched_permission(api, &login)?,
        at: issue.created_at,
        login: login.clone(),
    };
    let mut edits = Vec::new();
    for edit in api.issue_body_edits(number)? {
        let editor = edit.editor.unwrap_or_else(|| GHOST.to_string());
        edits.push(Edit {
            permission: vouched_permission(api, &editor)?,
            login: editor,
            at: edit.at,
        });
    }
    // GitHub lists the creation among the edits when the body was edited.
    Ok(Some(match distrust(&author, &edits, first_agent_commit) {
        Some(why) => Err(why),
        None => Ok(IssueManifest {
            source: format!("issue #{number} by @{login}"),
            text: text.clone(),
        }),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_and_blocks() {
        assert_eq!(
            linked_issues("Fixes #7, closes #9 and resolves: #7; see #11"),
            vec![7, 9]
        );
        assert_eq!(
            remit_block("Do it.\n\n```remit\nversion: 1\ntask: t\n```\n").as_deref(),
            Some("version: 1\ntask: t\n")
        );
        assert_eq!(remit_block("```yaml\nx: 1\n```"), None);
    }

    #[test]
    fn trust_needs_people_with_write_access_before_the_agent() {
        let person = |l: &str, p: Permission, at: &str| Edit {
            login: l.into(),
            permission: p,
            at: at.into(),
        };
        let author = person("mona", Permission::Write, "2026-11-01T10:00:00Z");
        assert_eq!(distrust(&author, &[], "2026-11-02T00:00:00Z"), None);
        let bot = person("Copilot", Permission::Write, "2026-11-01T11:00:00Z");
        assert!(distrust(&author, &[bot], "2026-11-02T00:00:00Z").is_some());
        let reader = person("rita", Permission::Read, "2026-11-01T11:00:00Z");
        assert!(distrust(&author, &[reader], "2026-11-02T00:00:00Z").is_some());
        let late = person("mona", Permission::Write, "2026-11-03T00:00:00Z");
        assert!(distrust(&author, &[late], "2026-11-02T00:00:00Z").is_some());
    }
}
