//! The GitHub side of collect: the workflow event (`GITHUB_EVENT_PATH`) and
//! the REST API through octocrab on a small tokio runtime. The API is
//! optional: every caller turns an [`ApiError`] into a notice, never into a
//! different verdict.

use std::path::Path;
use std::time::Duration;

use octocrab::Octocrab;
use serde_json::Value;

use crate::approval::{LabelAdder, Permission};
use crate::error::GateError;

/// The `actions/checkout` settings remit needs, for error messages.
pub const CHECKOUT_FIX: &str = "give actions/checkout the whole history and the head commit:\n    - uses: actions/checkout@v4\n      with:\n        fetch-depth: 0\n        ref: ${{ github.event.pull_request.head.sha || github.sha }}\n        persist-credentials: false";

const ZERO_SHA: &str = "0000000000000000000000000000000000000000";
/// Pages read from a list endpoint at most (100 items each).
const MAX_PAGES: usize = 20;

/// The pull request a workflow event is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PullRequest {
    pub number: u64,
    pub author: String,
    pub head_sha: String,
    pub base_sha: String,
    /// The head lives in another repository: `pull_request` runs get a read-only token.
    pub fork: bool,
}

/// What remit reads from the workflow event.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Event {
    pub name: String,
    pub base: Option<String>,
    pub head: Option<String>,
    pub pr: Option<PullRequest>,
    /// A push that deleted a branch or tag: nothing to gate.
    pub deletion: bool,
    /// The PR a merge group was made for (`gh-readonly-queue/<base>/pr-<N>-<sha>`).
    pub queued_pr: Option<u64>,
}

impl Event {
    /// Reads the event payload for the ranges SPEC §1 names.
    pub fn read(name: &str, path: Option<&Path>) -> Result<Self, GateError> {
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

    pub fn from_payload(name: &str, payload: &Value) -> Self {
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

/// Why an API call did not go through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    /// 401/403/404: the token may not do this (fork PRs get a read-only token).
    Denied { status: u16, message: String },
    /// No answer, or a 5xx: the API is down or unreachable.
    Down(String),
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Denied { status, message } => write!(f, "HTTP {status}: {message}"),
            Self::Down(message) => write!(f, "the GitHub API did not answer: {message}"),
        }
    }
}

/// A REST client for one repository.
pub struct Api {
    octo: Octocrab,
    rt: tokio::runtime::Runtime,
    /// `owner/name`.
    pub repo: String,
}

impl Api {
    pub fn new(token: &str, api_url: &str, repo: &str) -> Result<Self, ApiError> {
        let down = |e: &dyn std::fmt::Display| ApiError::Down(e.to_string());
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| down(&e))?;
        // The client spawns its connection tasks: build it inside the runtime.
        let octo = rt.block_on(async {
            Octocrab::builder()
                .personal_token(token.to_string())
                .base_uri(api_url)
                .map_err(|e| down(&e))?
                .set_connect_timeout(Some(Duration::from_secs(10)))
                .set_read_timeout(Some(Duration::from_secs(30)))
                .build()
                .map_err(|e| down(&e))
        })?;
        Ok(Self {
            octo,
            rt,
            repo: repo.to_string(),
        })
    }

    fn route(&self, tail: &str) -> String {
        format!("/repos/{}/{tail}", self.repo)
    }

    pub fn get(&self, tail: &str) -> Result<Value, ApiError> {
        let route = self.route(tail);
        self.rt
            .block_on(self.octo.get::<Value, _, ()>(route, None))
            .map_err(api_error)
    }

    pub fn post(&self, tail: &str, body: &Value) -> Result<Value, ApiError> {
        let route = self.route(tail);
        self.rt
            .block_on(self.octo.post::<Value, Value>(route, Some(body)))
            .map_err(api_error)
    }

    pub fn patch(&self, tail: &str, body: &Value) -> Result<Value, ApiError> {
        let route = self.route(tail);
        self.rt
            .block_on(self.octo.patch::<Value, _, Value>(route, Some(body)))
            .map_err(api_error)
    }

    /// Every item of a paginated list endpoint (`tail` without a query).
    pub fn list(&self, tail: &str) -> Result<Vec<Value>, ApiError> {
        let mut all = Vec::new();
        for page in 1..=MAX_PAGES {
            let sep = if tail.contains('?') { '&' } else { '?' };
            let items = match self.get(&format!("{tail}{sep}per_page=100&page={page}"))? {
                Value::Array(items) => items,
                _ => break,
            };
            let last = items.len() < 100;
            all.extend(items);
            if last {
                break;
            }
        }
        Ok(all)
    }

    /// Who added `label` (still on the PR), each with their permission.
    /// Read from the issue timeline, not the label list: the label alone
    /// says nothing about who put it there.
    pub fn label_adders(&self, pr: u64, label: &str) -> Result<Vec<LabelAdder>, ApiError> {
        let mut adders: Vec<String> = Vec::new();
        for event in self.list(&format!("issues/{pr}/timeline"))? {
            if event["label"]["name"].as_str() != Some(label) {
                continue;
            }
            match event["event"].as_str() {
                Some("labeled") => {
                    if let Some(login) = event["actor"]["login"].as_str() {
                        adders.retain(|a| a != login);
                        adders.push(login.to_string());
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
    pub fn permission(&self, login: &str) -> Result<Permission, ApiError> {
        match self.get(&format!("collaborators/{login}/permission")) {
            // `role_name` is exact (maintain, triage, or a custom role's
            // name); `permission` maps those onto admin/write/read/none.
            Ok(v) => {
                let field = |k: &str| Permission::parse(v[k].as_str().unwrap_or_default());
                Ok(field("role_name").max(field("permission")))
            }
            Err(ApiError::Denied { status: 404, .. }) => Ok(Permission::None),
            Err(e) => Err(e),
        }
    }

    /// Reviewers whose latest review is an approval of `head_sha`
    /// (an approval of an older commit does not cover later pushes).
    pub fn approving_reviewers(&self, pr: u64, head_sha: &str) -> Result<Vec<String>, ApiError> {
        let mut latest: Vec<(String, String, String)> = Vec::new();
        for review in self.list(&format!("pulls/{pr}/reviews"))? {
            let (Some(login), Some(state)) =
                (review["user"]["login"].as_str(), review["state"].as_str())
            else {
                continue;
            };
            if state == "COMMENTED" || state == "PENDING" {
                continue;
            }
            let commit = review["commit_id"].as_str().unwrap_or_default().to_string();
            latest.retain(|(l, _, _)| l != login);
            latest.push((login.to_string(), state.to_string(), commit));
        }
        Ok(latest
            .into_iter()
            .filter(|(_, state, commit)| state == "APPROVED" && commit == head_sha)
            .map(|(login, _, _)| login)
            .collect())
    }
}

impl Api {
    /// A pull request as the approval checks need it.
    pub fn pull_request(&self, number: u64) -> Result<PullRequest, ApiError> {
        let pr = self.get(&format!("pulls/{number}"))?;
        let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
        Ok(PullRequest {
            number,
            author: text(&pr["user"]["login"]),
            head_sha: text(&pr["head"]["sha"]),
            base_sha: text(&pr["base"]["sha"]),
            fork: pr["head"]["repo"]["full_name"] != pr["base"]["repo"]["full_name"],
        })
    }

    /// Whether `login` is an active member of `org/team` (lower-case). The
    /// workflow token usually may not read organization teams: a refusal is
    /// returned as an error for the caller to report.
    pub fn team_member(&self, team: &str, login: &str) -> Result<bool, ApiError> {
        let Some((org, slug)) = team.split_once('/') else {
            return Ok(false);
        };
        let route = format!("/orgs/{org}/teams/{slug}/memberships/{login}");
        match self
            .rt
            .block_on(self.octo.get::<Value, _, ()>(route, None))
            .map_err(api_error)
        {
            Ok(v) => Ok(v["state"].as_str() == Some("active")),
            Err(ApiError::Denied { status: 404, .. }) => Ok(false),
            Err(e) => Err(e),
        }
    }
}

fn api_error(e: octocrab::Error) -> ApiError {
    match e {
        octocrab::Error::GitHub { source, .. } => {
            let status = source.status_code.as_u16();
            if status >= 500 {
                ApiError::Down(format!("HTTP {status}: {}", source.message))
            } else {
                ApiError::Denied {
                    status,
                    message: source.message,
                }
            }
        }
        other => ApiError::Down(first_line(&other.to_string())),
    }
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or_default().to_string()
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
