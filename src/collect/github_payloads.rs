//! The GitHub API answers remit reads, as typed structs: only the fields
//! remit uses. A field remit decides on is required, so an answer without it
//! fails to decode (an [`super::github_http::ApiError::Unexpected`] naming
//! the call and the field) instead of reading as empty. Fields GitHub
//! documents as nullable (a deleted account, an empty body) are `Option`.

use serde::Deserialize;

/// A user as GitHub embeds it (`user`, `actor`, `editor`).
#[derive(Debug, Clone, Deserialize)]
pub struct User {
    pub login: String,
}

/// `GET /repos/{repo}/pulls/{n}/reviews` items.
#[derive(Debug, Clone, Deserialize)]
pub struct Review {
    /// Null for a deleted account.
    pub user: Option<User>,
    /// APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED or PENDING.
    pub state: String,
    /// The commit reviewed; null when GitHub no longer has it.
    pub commit_id: Option<String>,
}

/// `GET /repos/{repo}/issues/{n}/timeline` items. Events have many shapes;
/// remit reads labels, which `labeled`/`unlabeled` events carry.
#[derive(Debug, Clone, Deserialize)]
pub struct TimelineEvent {
    /// Absent on a few event kinds (e.g. `line-commented` groups).
    pub event: Option<String>,
    /// Null for a deleted account.
    pub actor: Option<User>,
    pub label: Option<Label>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Label {
    pub name: String,
}

/// `GET /repos/{repo}/collaborators/{login}/permission`.
#[derive(Debug, Clone, Deserialize)]
pub struct CollaboratorPermission {
    /// admin, write, read or none (custom roles mapped onto these).
    pub permission: String,
    /// The exact role (maintain, triage, a custom role); older GitHub
    /// Enterprise Server versions do not send it.
    #[serde(default)]
    pub role_name: Option<String>,
}

/// `GET /repos/{repo}/pulls/{n}`.
#[derive(Debug, Clone, Deserialize)]
pub struct PullRequest {
    /// Null for a deleted account.
    pub user: Option<User>,
    pub head: Branch,
    pub base: Branch,
    /// Null when the description is empty.
    pub body: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Branch {
    pub sha: String,
    /// Null when the fork the head lived in was deleted.
    pub repo: Option<Repository>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Repository {
    pub full_name: String,
}

/// `GET /orgs/{org}/teams/{slug}/memberships/{login}`.
#[derive(Debug, Clone, Deserialize)]
pub struct TeamMembership {
    /// active or pending.
    pub state: String,
}

/// `GET /repos/{repo}/issues/{n}`.
#[derive(Debug, Clone, Deserialize)]
pub struct Issue {
    /// Null for a deleted account.
    pub user: Option<User>,
    /// Null when the description is empty.
    pub body: Option<String>,
    pub created_at: String,
}

/// A check run as created, updated or listed.
#[derive(Debug, Clone, Deserialize)]
pub struct CheckRun {
    pub id: u64,
}

/// `GET /repos/{repo}/commits/{sha}/check-runs` pages.
#[derive(Debug, Clone, Deserialize)]
pub struct CheckRunPage {
    pub check_runs: Vec<CheckRun>,
}

/// `GET /repos/{repo}/issues/{n}/comments` items, and a created comment.
#[derive(Debug, Clone, Deserialize)]
pub struct Comment {
    pub id: u64,
    /// Null for a deleted account.
    pub user: Option<User>,
    #[serde(default)]
    pub body: Option<String>,
}

/// A GraphQL answer: `data`, or `errors` in a 200 answer.
#[derive(Debug, Deserialize)]
pub struct GraphqlReply<T> {
    pub data: Option<T>,
    #[serde(default)]
    pub errors: Vec<GraphqlError>,
}

#[derive(Debug, Deserialize)]
pub struct GraphqlError {
    pub message: String,
}

/// The `data` of the issue-body edits query.
#[derive(Debug, Deserialize)]
pub struct IssueEditsData {
    /// Null when the repository cannot be seen (GraphQL says why in `errors`).
    pub repository: Option<IssueEditsRepository>,
}

#[derive(Debug, Deserialize)]
pub struct IssueEditsRepository {
    pub issue: Option<IssueEditsIssue>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IssueEditsIssue {
    pub user_content_edits: Connection<ContentEdit>,
}

/// A GraphQL connection page.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Connection<T> {
    pub page_info: PageInfo,
    pub nodes: Vec<T>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PageInfo {
    pub has_next_page: bool,
    pub end_cursor: Option<String>,
}

/// One edit of an issue body.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContentEdit {
    pub edited_at: String,
    /// Null for a deleted account.
    pub editor: Option<User>,
}
