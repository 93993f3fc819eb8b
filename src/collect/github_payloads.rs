//! The GitHub API answers remit reads, as typed structs: only the fields
//! remit uses. A field remit decides on is required, so an answer without it
//! fails to decode (an [`super::github_http::ApiError::Unexpected`] naming
//! the call and the field) instead of reading as empty. Fields GitHub
//! documents as nullable (a deleted account, an empty body) are `Option`.

use serde::Deserialize;

/// A user as GitHub embeds it (`user`, `actor`, `editor`).
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct User {
    pub(crate) login: String,
}

/// `GET /repos/{repo}/pulls/{n}/reviews` items.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Review {
    /// Null for a deleted account.
    pub(crate) user: Option<User>,
    /// APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED or PENDING.
    pub(crate) state: String,
    /// The commit reviewed; null when GitHub no longer has it.
    pub(crate) commit_id: Option<String>,
}

/// `GET /repos/{repo}/issues/{n}/timeline` items. Events have many shapes;
/// remit reads labels, which `labeled`/`unlabeled` events carry.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct TimelineEvent {
    /// Absent on a few event kinds (e.g. `line-commented` groups).
    pub(crate) event: Option<String>,
    /// Null for a deleted account.
    pub(crate) actor: Option<User>,
    pub(crate) label: Option<Label>,
}

#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Label {
    pub(crate) name: String,
}

/// `GET /repos/{repo}/collaborators/{login}/permission`.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct CollaboratorPermission {
    /// admin, write, read or none (custom roles mapped onto these).
    pub(crate) permission: String,
    /// The exact role (maintain, triage, a custom role); older GitHub
    /// Enterprise Server versions do not send it.
    #[serde(default)]
    pub(crate) role_name: Option<String>,
}

/// `GET /repos/{repo}/pulls/{n}`.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct PullRequest {
    /// Null for a deleted account.
    pub(crate) user: Option<User>,
    pub(crate) head: Branch,
    pub(crate) base: Branch,
    /// Null when the description is empty.
    pub(crate) body: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Branch {
    pub(crate) sha: String,
    /// Null when the fork the head lived in was deleted.
    pub(crate) repo: Option<Repository>,
}

#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Repository {
    pub(crate) full_name: String,
}

/// `GET /orgs/{org}/teams/{slug}/memberships/{login}`.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct TeamMembership {
    /// active or pending.
    pub(crate) state: String,
}

/// `GET /repos/{repo}/issues/{n}`.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Issue {
    /// Null for a deleted account.
    pub(crate) user: Option<User>,
    /// Null when the description is empty.
    pub(crate) body: Option<String>,
    pub(crate) created_at: String,
}

/// A check run as created, updated or listed.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct CheckRun {
    pub(crate) id: u64,
}

/// `GET /repos/{repo}/commits/{sha}/check-runs` pages.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct CheckRunPage {
    pub(crate) check_runs: Vec<CheckRun>,
}

/// `GET /repos/{repo}/issues/{n}/comments` items, and a created comment.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Comment {
    pub(crate) id: u64,
    /// Null for a deleted account.
    pub(crate) user: Option<User>,
    #[serde(default)]
    pub(crate) body: Option<String>,
}

/// A GraphQL answer: `data`, or `errors` in a 200 answer.
#[derive(Debug, Deserialize)]
pub(crate) struct GraphqlReply<T> {
    pub(crate) data: Option<T>,
    #[serde(default)]
    pub(crate) errors: Vec<GraphqlError>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct GraphqlError {
    pub(crate) message: String,
}

/// The `data` of the issue-body edits query.
#[derive(Debug, Deserialize)]
pub(crate) struct IssueEditsData {
    /// Null when the repository cannot be seen (GraphQL says why in `errors`).
    pub(crate) repository: Option<IssueEditsRepository>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct IssueEditsRepository {
    pub(crate) issue: Option<IssueEditsIssue>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct IssueEditsIssue {
    pub(crate) user_content_edits: Connection<ContentEdit>,
}

/// A GraphQL connection page.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Connection<T> {
    pub(crate) page_info: PageInfo,
    pub(crate) nodes: Vec<T>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct PageInfo {
    pub(crate) has_next_page: bool,
    pub(crate) end_cursor: Option<String>,
}

/// One edit of an issue body.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ContentEdit {
    pub(crate) edited_at: String,
    /// Null for a deleted account.
    pub(crate) editor: Option<User>,
}
