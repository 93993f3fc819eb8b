//! The GitHub side of collect: the workflow event (`GITHUB_EVENT_PATH`) and
//! the calls remit makes to the REST and GraphQL APIs, each decoded into a
//! typed payload ([`super::github_payloads`]) over a blocking HTTPS client
//! ([`super::github_http`]). The API is optional: every caller turns an
//! [`ApiError`] into a notice, never into a different verdict.

use std::path::Path;

use serde::Serialize;
use serde_json::{json, Value};

pub(crate) use super::github_http::ApiError;
use super::github_http::{Http, Method};
use super::github_payloads as payload;
use crate::approval::{LabelAdder, Permission};
use crate::error::GateError;

/// The `actions/checkout` settings remit needs, for error messages.
pub(crate) const CHECKOUT_FIX: &str = "give actions/checkout the whole history and the head commit:\n    - uses: actions/checkout@v4\n      with:\n        fetch-depth: 0\n        ref: ${{ github.event.pull_request.head.sha || github.sha }}\n        persist-credentials: false";

const ZERO_SHA: &str = "0000000000000000000000000000000000000000";
/// Pages of issue-body edits read at most (100 each) from GraphQL.
const MAX_EDIT_PAGES: usize = 100;
const EDITS_QUERY: &str = "query($owner:String!,$name:String!,$number:Int!,$after:String){repository(owner:$owner,name:$name){issue(number:$number){userContentEdits(first:100,after:$after){pageInfo{hasNextPage endCursor}nodes{editedAt editor{login}}}}}}";

/// The pull request a workflow event is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PullRequest {
    pub(crate) number: u64,
    pub(crate) author: String,
    pub(crate) head_sha: String,
    pub(crate) base_sha: String,
    /// The head lives in another repository: `pull_request` runs get a read-only token.
    pub(crate) fork: bool,
    /// The PR's description (it may link the issue that started the agent).
    pub(crate) body: String,
}

/// What remit reads from the workflow event.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Event {
    pub(crate) name: String,
    pub(crate) base: Option<String>,
    pub(crate) head: Option<String>,
    pub(crate) pr: Option<PullRequest>,
    /// A push that deleted a branch or tag: nothing to gate.
    pub(crate) deletion: bool,
    /// The PR a merge group was made for (`gh-readonly-queue/<base>/pr-<N>-<sha>`).
    pub(crate) queued_pr: Option<u64>,
}

impl Event {
    /// Reads the event payload for the ranges SPEC §1 names.
    pub(crate) fn read(name: &str, path: Option<&Path>) -> Result<Self, GateError> {
        let payload = match path {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|e| {
                    GateError::input(
                        format!("cannot read the event payload {}: {e}", path.display()),
                        "run `remit action` inside GitHub Actions, or set GITHUB_EVENT_PATH to the event JSON",
                    )
                })?;
                serde_json::from_str::<Value>(&text).map_err(|e| {
                    GateError::input(
                        format!("{}: not a JSON event payload: {e}", path.display()),
                        "GITHUB_EVENT_PATH must point at the workflow event JSON",
                    )
                })?
            }
            None => Value::Null,
        };
        Ok(Self::from_payload(name, &payload))
    }

    pub(crate) fn from_payload(name: &str, payload: &Value) -> Self {
        let s = |v: &Value| v.as_str().map(str::to_string);
        let mut event = Self {
            name: name.to_string(),
            ..Self::default()
        };
        match name {
            "pull_request" | "pull_request_target" | "pull_request_review" => {
                let pr = &payload["pull_request"];
                event.base = s(&pr["base"]["sha"]);
                event.head = s(&pr["head"]["sha"]);
                let base_repo = pr["base"]["repo"]["full_name"].as_str();
                let head_repo = pr["head"]["repo"]["full_name"].as_str();
                if let (Some(number), Some(head), Some(base)) =
                    (pr["number"].as_u64(), &event.head, &event.base)
                {
                    event.pr = Some(PullRequest {
                        number,
                        author: s(&pr["user"]["login"]).unwrap_or_default(),
                        head_sha: head.clone(),
                        base_sha: base.clone(),
                        fork: head_repo.is_none() || head_repo != base_repo,
                        body: s(&pr["body"]).unwrap_or_default(),
                    });
                }
            }
            "merge_group" => {
                let group = &payload["merge_group"];
                event.base = s(&group["base_sha"]);
                event.head = s(&group["head_sha"]);
                event.queued_pr = group["head_ref"].as_str().and_then(queued_pr);
            }
            "push" => {
                event.base = s(&payload["before"]).filter(|b| b != ZERO_SHA);
                event.head = s(&payload["after"]);
                event.deletion = payload["deleted"].as_bool().unwrap_or(false)
                    || event.head.as_deref() == Some(ZERO_SHA);
            }
            _ => {}
        }
        event
    }
}

/// `refs/heads/gh-readonly-queue/main/pr-104-929f82…` → 104.
fn queued_pr(head_ref: &str) -> Option<u64> {
    let (_, tail) = head_ref.rsplit_once("/pr-")?;
    tail.split('-').next()?.parse().ok()
}

/// A client for one repository's REST and GraphQL APIs.
pub(crate) struct Api {
    http: Http,
    /// `owner/name`.
    pub(crate) repo: String,
    /// GitHub's GraphQL endpoint (`/graphql`; `/api/graphql` on GitHub Enterprise Server).
    graphql_url: String,
}

/// An edit of an issue body: who and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BodyEdit {
    /// `None` for a deleted account.
    pub(crate) editor: Option<String>,
    pub(crate) at: String,
}

/// An issue as the manifest-in-issue check reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct IssueBody {
    /// `None` for a deleted account.
    pub(crate) author: Option<String>,
    pub(crate) body: String,
    pub(crate) created_at: String,
}

/// A PR comment: who wrote it and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Comment {
    pub(crate) id: u64,
    pub(crate) author: Option<String>,
    pub(crate) body: String,
}

impl Api {
    /// Connects lazily: an unreachable API shows on the first call.
    pub(crate) fn new(token: &str, api_url: &str, repo: &str) -> Self {
        Self {
            http: Http::new(token, api_url),
            repo: repo.to_string(),
            graphql_url: match api_url.trim_end_matches('/').strip_suffix("/api/v3") {
                Some(host) => format!("{host}/api/graphql"),
                None => format!("{}/graphql", api_url.trim_end_matches('/')),
            },
        }
    }

    /// `/repos/{owner}/{name}/{tail}`.
    fn route(&self, tail: &str) -> String {
        format!("/repos/{}/{tail}", self.repo)
    }

    fn get<T: serde::de::DeserializeOwned>(&self, route: &str) -> Result<T, ApiError> {
        self.http.call(Method::Get, route, None::<&()>)
    }

    /// Who added `label` (still on the PR), each with their permission.
    /// Read from the issue timeline, not the label list: the label alone
    /// says nothing about who put it there.
    pub(crate) fn label_adders(&self, pr: u64, label: &str) -> Result<Vec<LabelAdder>, ApiError> {
        let timeline = self.http.list(
            &self.route(&format!("issues/{pr}/timeline")),
            |page: Vec<payload::TimelineEvent>| page,
        )?;
        let mut adders: Vec<String> = Vec::new();
        for event in timeline {
            if event.label.as_ref().map(|l| l.name.as_str()) != Some(label) {
                continue;
            }
            match event.event.as_deref() {
                Some("labeled") => {
                    // A deleted account added it: nobody to vouch for.
                    if let Some(actor) = event.actor {
                        adders.retain(|a| *a != actor.login);
                        adders.push(actor.login);
                    }
                }
                Some("unlabeled") => adders.clear(),
                _ => {}
            }
        }
        // The most recent adder first.
        adders.reverse();
        adders
            .into_iter()
            .map(|login| {
                let permission = self.permission(&login)?;
                Ok(LabelAdder { login, permission })
            })
            .collect()
    }

    /// A user's permission on the repository (none when not a collaborator).
    pub(crate) fn permission(&self, login: &str) -> Result<Permission, ApiError> {
        match self.get::<payload::CollaboratorPermission>(
            &self.route(&format!("collaborators/{login}/permission")),
        ) {
            // `role_name` is exact (maintain, triage, or a custom role's
            // name); `permission` maps those onto admin/write/read/none.
            Ok(p) => Ok(
                Permission::parse(p.role_name.as_deref().unwrap_or_default())
                    .max(Permission::parse(&p.permission)),
            ),
            Err(ApiError::Denied { status: 404, .. }) => Ok(Permission::None),
            Err(e) => Err(e),
        }
    }

    /// Reviewers whose latest review is an approval of `head_sha`
    /// (an approval of an older commit does not cover later pushes).
    pub(crate) fn approving_reviewers(
        &self,
        pr: u64,
        head_sha: &str,
    ) -> Result<Vec<String>, ApiError> {
        let reviews = self.http.list(
            &self.route(&format!("pulls/{pr}/reviews")),
            |page: Vec<payload::Review>| page,
        )?;
        let mut latest: Vec<(String, String, Option<String>)> = Vec::new();
        for review in reviews {
            let Some(user) = review.user else {
                continue;
            };
            if review.state == "COMMENTED" || review.state == "PENDING" {
                continue;
            }
            latest.retain(|(l, _, _)| *l != user.login);
            latest.push((user.login, review.state, review.commit_id));
        }
        Ok(latest
            .into_iter()
            .filter(|(_, state, commit)| state == "APPROVED" && commit.as_deref() == Some(head_sha))
            .map(|(login, _, _)| login)
            .collect())
    }

    /// A GraphQL query's `data` (GraphQL reports errors in a 200 answer).
    fn graphql<T: serde::de::DeserializeOwned>(
        &self,
        query: &str,
        variables: Value,
    ) -> Result<T, ApiError> {
        let body = json!({"query": query, "variables": variables});
        let reply: payload::GraphqlReply<T> =
            self.http
                .call(Method::Post, &self.graphql_url, Some(&body))?;
        if let Some(error) = reply.errors.first() {
            return Err(ApiError::Denied {
                status: 200,
                message: format!("GraphQL: {}", error.message),
            });
        }
        reply.data.ok_or_else(|| {
            ApiError::Unexpected("GitHub's GraphQL answer has neither data nor errors".to_string())
        })
    }

    /// A pull request as the approval checks need it.
    pub(crate) fn pull_request(&self, number: u64) -> Result<PullRequest, ApiError> {
        let pr: payload::PullRequest = self.get(&self.route(&format!("pulls/{number}")))?;
        let repo = |b: &payload::Branch| b.repo.as_ref().map(|r| r.full_name.clone());
        Ok(PullRequest {
            number,
            author: pr.user.map(|u| u.login).unwrap_or_default(),
            // A deleted head repository is a fork that no longer exists.
            fork: repo(&pr.head).is_none() || repo(&pr.head) != repo(&pr.base),
            head_sha: pr.head.sha,
            base_sha: pr.base.sha,
            body: pr.body.unwrap_or_default(),
        })
    }

    /// Whether `login` is an active member of `org/team` (lower-case). The
    /// workflow token usually may not read organization teams: a refusal is
    /// returned as an error for the caller to report.
    pub(crate) fn team_member(&self, team: &str, login: &str) -> Result<bool, ApiError> {
        let Some((org, slug)) = team.split_once('/') else {
            return Ok(false);
        };
        let route = format!("/orgs/{org}/teams/{slug}/memberships/{login}");
        match self.get::<payload::TeamMembership>(&route) {
            Ok(m) => Ok(m.state == "active"),
            Err(ApiError::Denied { status: 404, .. }) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// An issue's author, body and creation time.
    pub(crate) fn issue(&self, number: u64) -> Result<IssueBody, ApiError> {
        let issue: payload::Issue = self.get(&self.route(&format!("issues/{number}")))?;
        Ok(IssueBody {
            author: issue.user.map(|u| u.login),
            body: issue.body.unwrap_or_default(),
            created_at: issue.created_at,
        })
    }

    /// Every edit of an issue's body (GraphQL `userContentEdits`), page by
    /// page to the end.
    pub(crate) fn issue_body_edits(&self, number: u64) -> Result<Vec<BodyEdit>, ApiError> {
        let (owner, name) = self.repo.split_once('/').unwrap_or((&self.repo, ""));
        let mut edits = Vec::new();
        let mut after: Option<String> = None;
        for _ in 0..MAX_EDIT_PAGES {
            let data: payload::IssueEditsData = self.graphql(
                EDITS_QUERY,
                json!({"owner": owner, "name": name, "number": number, "after": after}),
            )?;
            let issue = data
                .repository
                .and_then(|r| r.issue)
                .ok_or_else(|| ApiError::Denied {
                    status: 404,
                    message: format!("GraphQL: issue #{number} of {} not found", self.repo),
                })?;
            let page = issue.user_content_edits;
            edits.extend(page.nodes.into_iter().map(|e| BodyEdit {
                editor: e.editor.map(|u| u.login),
                at: e.edited_at,
            }));
            match (page.page_info.has_next_page, page.page_info.end_cursor) {
                (true, Some(cursor)) => after = Some(cursor),
                (true, None) => {
                    return Err(ApiError::Unexpected(format!(
                        "GitHub's GraphQL answer for the edits of issue #{number} says there are more but gives no cursor; nothing was taken from it"
                    )))
                }
                (false, _) => return Ok(edits),
            }
        }
        Err(ApiError::TooLong(format!(
            "issue #{number} has more than {} body edits; remit stops there rather than judge part of them",
            MAX_EDIT_PAGES * 100
        )))
    }

    /// Every comment on a PR (or issue), to the last page.
    pub(crate) fn comments(&self, pr: u64) -> Result<Vec<Comment>, ApiError> {
        let comments = self.http.list(
            &self.route(&format!("issues/{pr}/comments")),
            |page: Vec<payload::Comment>| page,
        )?;
        Ok(comments.into_iter().map(comment).collect())
    }

    /// Posts a comment; returns its id.
    pub(crate) fn create_comment(&self, pr: u64, body: &str) -> Result<u64, ApiError> {
        let route = self.route(&format!("issues/{pr}/comments"));
        let created: payload::Comment =
            self.http
                .call(Method::Post, &route, Some(&json!({ "body": body })))?;
        Ok(created.id)
    }

    /// Replaces a comment's text.
    pub(crate) fn update_comment(&self, id: u64, body: &str) -> Result<(), ApiError> {
        let route = self.route(&format!("issues/comments/{id}"));
        let _: payload::Comment =
            self.http
                .call(Method::Patch, &route, Some(&json!({ "body": body })))?;
        Ok(())
    }

    /// Creates a check run from `request` (GitHub's create payload); returns its id.
    pub(crate) fn create_check_run(&self, request: &impl Serialize) -> Result<u64, ApiError> {
        let run: payload::CheckRun =
            self.http
                .call(Method::Post, &self.route("check-runs"), Some(request))?;
        Ok(run.id)
    }

    /// Updates check run `id` with `request` (any fields of the update payload).
    pub(crate) fn update_check_run(
        &self,
        id: u64,
        request: &impl Serialize,
    ) -> Result<(), ApiError> {
        let route = self.route(&format!("check-runs/{id}"));
        let _: payload::CheckRun = self.http.call(Method::Patch, &route, Some(request))?;
        Ok(())
    }

    /// The ids of the check runs named `name` on `head_sha`, every page.
    pub(crate) fn check_runs_named(
        &self,
        head_sha: &str,
        name: &str,
    ) -> Result<Vec<u64>, ApiError> {
        let route = self.route(&format!("commits/{head_sha}/check-runs?check_name={name}"));
        let runs = self
            .http
            .list(&route, |page: payload::CheckRunPage| page.check_runs)?;
        Ok(runs.into_iter().map(|r| r.id).collect())
    }
}

fn comment(c: payload::Comment) -> Comment {
    Comment {
        id: c.id,
        author: c.user.map(|u| u.login),
        body: c.body.unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn push_of_a_new_branch_has_no_base() {
        let e = Event::from_payload(
            "push",
            &json!({"before": ZERO_SHA, "after": "abc", "deleted": false}),
        );
        assert_eq!((e.base, e.head.as_deref()), (None, Some("abc")));
    }

    #[test]
    fn merge_group_names_its_pull_request() {
        assert_eq!(
            queued_pr(
                "refs/heads/gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64"
            ),
            Some(104)
        );
        assert_eq!(queued_pr("refs/heads/main"), None);
    }

    #[test]
    fn fork_pull_request() {
        let e = Event::from_payload(
            "pull_request",
            &json!({"pull_request": {"number": 7, "user": {"login": "a"},
                "base": {"sha": "b", "repo": {"full_name": "o/r"}},
                "head": {"sha": "h", "repo": {"full_name": "fork/r"}}}}),
        );
        assert!(e.pr.as_ref().is_some_and(|p| p.fork && p.number == 7));
    }
}
