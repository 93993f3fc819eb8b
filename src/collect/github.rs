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
pub(crate) const CHECKOUT_FIX: &str = "give actions/checkout the whole history and the head commit:\n    - uses: actions/checkout@v4\n      with:\n        fetch-depth: 0\n        ref: ${{ github.event.pull_request.head.sha || github.sha }}\n        persist-credentials: false";

const ZERO_SHA: &str = "0000000000000000000000000000000000000000";
/// Pages read from a list endpoint at most (100 items each); a longer
/// list is an error, never a silent cut.
const MAX_PAGES: usize = 1000;

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

/// Why an API call did not go through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ApiError {
    /// 401/403/404/422: GitHub refused (bad credentials, a token without the
    /// permission — fork PRs get a read-only token — or nothing there).
    Denied { status: u16, message: String },
    /// Rate limited (429, or a 403 primary/secondary rate limit), still
    /// limited when remit's retry budget ran out.
    RateLimited { status: u16, message: String },
    /// No answer, or a 5xx after retries: the API is down or unreachable.
    Down(String),
    /// A list longer than remit reads: said, never silently cut.
    TooLong(String),
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Denied {
                status: 401,
                message,
            } => write!(
                f,
                "HTTP 401 ({message}): the token is missing, expired or revoked"
            ),
            Self::Denied {
                status: 404,
                message,
            } => write!(
                f,
                "HTTP 404 ({message}): not found, or the token cannot see it"
            ),
            Self::Denied { status, message } => write!(f, "HTTP {status}: {message}"),
            Self::RateLimited { status, message } => write!(
                f,
                "HTTP {status}: rate limited ({message}), still limited after remit's retries"
            ),
            Self::Down(message) => write!(f, "the GitHub API did not answer: {message}"),
            Self::TooLong(message) => write!(f, "{message}"),
        }
    }
}

/// A REST client for one repository.
pub(crate) struct Api {
    octo: Octocrab,
    rt: tokio::runtime::Runtime,
    /// Set once a call found the API down after its retries: later calls
    /// try once, so an unreachable API costs seconds, not minutes.
    down: std::cell::Cell<bool>,
    /// `owner/name`.
    pub(crate) repo: String,
    /// GitHub's GraphQL endpoint (`/graphql`; `/api/graphql` on GitHub Enterprise Server).
    graphql_url: String,
}

impl Api {
    pub(crate) fn new(token: &str, api_url: &str, repo: &str) -> Result<Self, ApiError> {
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
            down: std::cell::Cell::new(false),
            repo: repo.to_string(),
            graphql_url: match api_url.trim_end_matches('/').strip_suffix("/api/v3") {
                Some(host) => format!("{host}/api/graphql"),
                None => format!("{}/graphql", api_url.trim_end_matches('/')),
            },
        })
    }

    fn route(&self, tail: &str) -> String {
        if tail.starts_with('/') || tail.contains("://") {
            tail.to_string()
        } else {
            format!("/repos/{}/{tail}", self.repo)
        }
    }

    pub(crate) fn get(&self, tail: &str) -> Result<Value, ApiError> {
        self.send(Method::Get, &self.route(tail), None)
            .map(|r| r.body)
    }

    pub(crate) fn post(&self, tail: &str, body: &Value) -> Result<Value, ApiError> {
        self.send(Method::Post, &self.route(tail), Some(body))
            .map(|r| r.body)
    }

    pub(crate) fn patch(&self, tail: &str, body: &Value) -> Result<Value, ApiError> {
        self.send(Method::Patch, &self.route(tail), Some(body))
            .map(|r| r.body)
    }

    /// Every item of a paginated list endpoint, following GitHub's `Link:
    /// rel="next"` to the end (an error, never a silent cut, past
    /// [`MAX_PAGES`]).
    pub(crate) fn list(&self, tail: &str) -> Result<Vec<Value>, ApiError> {
        let sep = if tail.contains('?') { '&' } else { '?' };
        let mut next = Some(self.route(&format!("{tail}{sep}per_page=100")));
        let mut all = Vec::new();
        let mut pages = 0;
        while let Some(url) = next.take() {
            pages += 1;
            if pages > MAX_PAGES {
                return Err(ApiError::TooLong(format!(
                    "{tail} has more than {} items ({MAX_PAGES} pages); remit stops there rather than judge part of the list",
                    MAX_PAGES * 100
                )));
            }
            let reply = self.send(Method::Get, &url, None)?;
            match reply.body {
                Value::Array(items) => all.extend(items),
                other => {
                    return Err(ApiError::Down(format!(
                        "{tail}: expected a list, got {}",
                        first_line(&other.to_string())
                    )))
                }
            }
            next = reply.next;
        }
        Ok(all)
    }

    /// One call, retried within [`RETRY_BUDGET`]: a rate limit (429, or a
    /// 403 that says so) waits for `Retry-After` or `x-ratelimit-reset`;
    /// a 5xx or no answer backs off and retries reads and updates. A
    /// creation (POST) is retried only when GitHub certainly did not act
    /// (a rate limit); the callers look up before creating again.
    fn send(&self, method: Method, url: &str, body: Option<&Value>) -> Result<Reply, ApiError> {
        let budget = retry_budget();
        let started = std::time::Instant::now();
        let mut attempt: u32 = 0;
        loop {
            attempt += 1;
            let outcome = self.rt.block_on(self.once(method, url, body));
            // A server error or no answer: a short backoff, a few times.
            let backoff = (method != Method::Post && attempt < SERVER_ATTEMPTS && !self.down.get())
                .then(|| Duration::from_millis(250 << attempt));
            let wait = match &outcome {
                Ok(reply) if reply.status < 400 => {
                    self.down.set(false);
                    return outcome;
                }
                Ok(reply) => match classify(reply) {
                    Failure::RateLimited(wait) => Some(wait),
                    Failure::Server => backoff,
                    Failure::Refused => None,
                },
                Err(_) => backoff,
            };
            let fits =
                wait.is_some_and(|w| started.elapsed() + w <= budget) && attempt < MAX_ATTEMPTS;
            match (wait, fits) {
                (Some(w), true) => std::thread::sleep(w),
                _ => {
                    let error = outcome.and_then(|reply| Err(reply_error(&reply)));
                    if matches!(error, Err(ApiError::Down(_))) {
                        self.down.set(true);
                    }
                    return error;
                }
            }
        }
    }

    async fn once(
        &self,
        method: Method,
        url: &str,
        body: Option<&Value>,
    ) -> Result<Reply, ApiError> {
        let down = |e: octocrab::Error| ApiError::Down(first_line(&e.to_string()));
        let response = match method {
            Method::Get => self.octo._get(url).await,
            Method::Post => self.octo._post(url, body).await,
            Method::Patch => self.octo._patch(url, body).await,
        }
        .map_err(down)?;
        let status = response.status().as_u16();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let retry_after = header("retry-after");
        let reset = header("x-ratelimit-reset");
        let remaining = header("x-ratelimit-remaining");
        let next = header("link").and_then(|l| next_link(&l));
        let text = self.octo.body_to_string(response).await.map_err(down)?;
        let body = if text.trim().is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::String(text))
        };
        Ok(Reply {
            status,
            body,
            next,
            retry_after,
            reset,
            remaining,
        })
    }

    /// Who added `label` (still on the PR), each with their permission.
    /// Read from the issue timeline, not the label list: the label alone
    /// says nothing about who put it there.
    pub(crate) fn label_adders(&self, pr: u64, label: &str) -> Result<Vec<LabelAdder>, ApiError> {
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
    pub(crate) fn permission(&self, login: &str) -> Result<Permission, ApiError> {
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
    pub(crate) fn approving_reviewers(
        &self,
        pr: u64,
        head_sha: &str,
    ) -> Result<Vec<String>, ApiError> {
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
    /// A GraphQL query's `data` (GraphQL reports errors in a 200 answer).
    pub(crate) fn graphql(&self, query: &str, variables: Value) -> Result<Value, ApiError> {
        let body = serde_json::json!({"query": query, "variables": variables});
        let reply = self.send(Method::Post, &self.graphql_url, Some(&body))?;
        if let Some(errors) = reply.body["errors"].as_array().filter(|e| !e.is_empty()) {
            return Err(ApiError::Denied {
                status: 200,
                message: format!(
                    "GraphQL: {}",
                    errors[0]["message"].as_str().unwrap_or("error")
                ),
            });
        }
        Ok(reply.body["data"].clone())
    }

    /// A pull request as the approval checks need it.
    pub(crate) fn pull_request(&self, number: u64) -> Result<PullRequest, ApiError> {
        let pr = self.get(&format!("pulls/{number}"))?;
        let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
        Ok(PullRequest {
            number,
            author: text(&pr["user"]["login"]),
            head_sha: text(&pr["head"]["sha"]),
            base_sha: text(&pr["base"]["sha"]),
            fork: pr["head"]["repo"]["full_name"] != pr["base"]["repo"]["full_name"],
            body: text(&pr["body"]),
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
        match self.get(&route) {
            Ok(v) => Ok(v["state"].as_str() == Some("active")),
            Err(ApiError::Denied { status: 404, .. }) => Ok(false),
            Err(e) => Err(e),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Method {
    Get,
    Post,
    Patch,
}

/// At most this many tries of one call.
const MAX_ATTEMPTS: u32 = 6;
/// Tries of a read or update that met a server error or no answer
/// (backing off 0.5 s, then 1 s).
const SERVER_ATTEMPTS: u32 = 3;

/// How long one call may spend waiting between retries in all
/// (`REMIT_API_RETRY_BUDGET` seconds; 60 by default).
fn retry_budget() -> Duration {
    let secs = std::env::var("REMIT_API_RETRY_BUDGET")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(60);
    Duration::from_secs(secs)
}

/// One HTTP answer with the headers remit acts on.
struct Reply {
    status: u16,
    body: Value,
    next: Option<String>,
    retry_after: Option<String>,
    reset: Option<String>,
    remaining: Option<String>,
}

enum Failure {
    /// Wait this long, then try again.
    RateLimited(Duration),
    Server,
    Refused,
}

fn classify(reply: &Reply) -> Failure {
    let message = reply.body["message"]
        .as_str()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let limited = reply.status == 429
        || (reply.status == 403
            && (message.contains("rate limit") || reply.remaining.as_deref() == Some("0")));
    if limited {
        let after = reply
            .retry_after
            .as_deref()
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        let until_reset = reply
            .reset
            .as_deref()
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(|reset| {
                let now = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_secs())
                    .unwrap_or_default();
                Duration::from_secs(reset.saturating_sub(now) + 1)
            });
        // GitHub: wait at least a minute for a secondary limit that names no time.
        return Failure::RateLimited(after.or(until_reset).unwrap_or(Duration::from_secs(60)));
    }
    if reply.status >= 500 {
        Failure::Server
    } else {
        Failure::Refused
    }
}

fn reply_error(reply: &Reply) -> ApiError {
    let message = reply.body["message"]
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| first_line(&reply.body.to_string()));
    match classify(reply) {
        Failure::RateLimited(_) => ApiError::RateLimited {
            status: reply.status,
            message,
        },
        Failure::Server => ApiError::Down(format!("HTTP {}: {message}", reply.status)),
        Failure::Refused => ApiError::Denied {
            status: reply.status,
            message,
        },
    }
}

/// The `rel="next"` target of a `Link` header.
fn next_link(link: &str) -> Option<String> {
    link.split(',').find_map(|part| {
        let (url, params) = part.split_once(';')?;
        params
            .split(';')
            .any(|p| p.trim().replace(' ', "") == "rel=\"next\"")
            .then(|| {
                url.trim()
                    .trim_start_matches('<')
                    .trim_end_matches('>')
                    .to_string()
            })
    })
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or_default().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn link_headers_name_the_next_page() {
        let link = r#"<https://api.github.com/repositories/1/issues/2/timeline?per_page=100&page=2>; rel="next", <https://api.github.com/repositories/1/issues/2/timeline?per_page=100&page=9>; rel="last""#;
        assert_eq!(
            next_link(link).as_deref(),
            Some("https://api.github.com/repositories/1/issues/2/timeline?per_page=100&page=2")
        );
        assert_eq!(next_link(r#"<https://x/?page=1>; rel="prev""#), None);
    }

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
