//! The HTTP side of the GitHub API: one blocking HTTPS agent (ureq on
//! rustls), retries on rate limits and server errors, and `Link`-header
//! pagination to the last page. Answers are decoded into the typed payloads
//! of [`super::github_payloads`]; an answer that does not fit them is an
//! error naming the call, never a guess.
//!
//! remit makes a handful of sequential calls per run, so a blocking client
//! is enough: no async runtime to build or start (see docs/build-time.md).

use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// Pages read from a list endpoint at most (100 items each); a longer
/// list is an error, never a silent cut.
pub(crate) const MAX_PAGES: usize = 1000;

/// At most this many tries of one call.
const MAX_ATTEMPTS: u32 = 6;
/// Tries of a read or update that met a server error or no answer
/// (backing off 0.5 s, then 1 s).
const SERVER_ATTEMPTS: u32 = 3;
/// GitHub's answers are JSON of at most a few MB (100 timeline events);
/// anything far larger is not an answer remit should hold in memory.
const BODY_LIMIT: u64 = 64 * 1024 * 1024;

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
    /// An answer that is not the payload remit reads (a field missing or of
    /// another type): nothing is taken from it.
    Unexpected(String),
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
            Self::TooLong(message) | Self::Unexpected(message) => write!(f, "{message}"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Method {
    Get,
    Post,
    Patch,
}

impl Method {
    fn as_str(self) -> &'static str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
            Self::Patch => "PATCH",
        }
    }
}

/// One HTTP answer with the headers remit acts on.
pub(crate) struct Reply {
    pub(crate) status: u16,
    /// The body as sent; decoded by the caller into the payload it expects.
    pub(crate) text: String,
    pub(crate) next: Option<String>,
    retry_after: Option<String>,
    reset: Option<String>,
    remaining: Option<String>,
}

impl Reply {
    /// GitHub's `message` of an error answer, or the body's first line.
    fn message(&self) -> String {
        #[derive(Deserialize)]
        struct ErrorBody {
            message: String,
        }
        serde_json::from_str::<ErrorBody>(&self.text)
            .map(|e| e.message)
            .unwrap_or_else(|_| first_line(&self.text))
    }
}

/// An authenticated client for one API root (api.github.com, or a GitHub
/// Enterprise Server's `https://host/api/v3`).
pub(crate) struct Http {
    agent: ureq::Agent,
    /// `Bearer <token>`; sent with every request, never printed.
    authorization: String,
    /// The API root without a trailing slash.
    base: String,
    /// Set once a call found the API down after its retries: later calls
    /// try once, so an unreachable API costs seconds, not minutes.
    down: std::cell::Cell<bool>,
}

impl Http {
    pub(crate) fn new(token: &str, api_url: &str) -> Self {
        let tls = ureq::tls::TlsConfig::builder()
            // The system's roots: GHES behind a private CA, and the image's
            // SSL_CERT_FILE.
            .root_certs(ureq::tls::RootCerts::PlatformVerifier)
            .build();
        let agent = ureq::Agent::config_builder()
            // Every status is an answer remit classifies itself.
            .http_status_as_error(false)
            .timeout_connect(Some(Duration::from_secs(10)))
            .timeout_recv_response(Some(Duration::from_secs(30)))
            .timeout_recv_body(Some(Duration::from_secs(30)))
            .timeout_send_body(Some(Duration::from_secs(30)))
            // The token follows a redirect (a renamed repository) only to
            // the same host.
            .redirect_auth_headers(ureq::config::RedirectAuthHeaders::SameHost)
            .user_agent(concat!("remit/", env!("CARGO_PKG_VERSION")))
            .tls_config(tls)
            .build()
            .new_agent();
        Self {
            agent,
            authorization: format!("Bearer {token}"),
            base: api_url.trim_end_matches('/').to_string(),
            down: std::cell::Cell::new(false),
        }
    }

    /// An absolute URL for a route (`/repos/…`) or a URL GitHub gave
    /// (`Link` headers).
    pub(crate) fn url(&self, route: &str) -> String {
        if route.contains("://") {
            route.to_string()
        } else {
            format!("{}{route}", self.base)
        }
    }

    /// One call decoded as `T`.
    pub(crate) fn call<T: DeserializeOwned>(
        &self,
        method: Method,
        route: &str,
        body: Option<&impl Serialize>,
    ) -> Result<T, ApiError> {
        let url = self.url(route);
        let reply = self.send(method, &url, body)?;
        decode(method, route, &reply.text)
    }

    /// Every item of a paginated list, following GitHub's `Link:
    /// rel="next"` to the end (an error, never a silent cut, past
    /// [`MAX_PAGES`]). `items` takes a page's payload apart: the page itself
    /// for plain lists, a field of it for wrapped ones (`check_runs`).
    pub(crate) fn list<P: DeserializeOwned, T>(
        &self,
        route: &str,
        items: impl Fn(P) -> Vec<T>,
    ) -> Result<Vec<T>, ApiError> {
        let sep = if route.contains('?') { '&' } else { '?' };
        let mut next = Some(self.url(&format!("{route}{sep}per_page=100")));
        let mut all = Vec::new();
        let mut pages = 0;
        while let Some(url) = next.take() {
            pages += 1;
            if pages > MAX_PAGES {
                return Err(ApiError::TooLong(format!(
                    "{route} has more than {} items ({MAX_PAGES} pages); remit stops there rather than judge part of the list",
                    MAX_PAGES * 100
                )));
            }
            let reply = self.send::<()>(Method::Get, &url, None)?;
            let what = format!("{route} (page {pages})");
            all.extend(items(decode(Method::Get, &what, &reply.text)?));
            next = reply.next;
        }
        Ok(all)
    }

    /// One call, retried within [`retry_budget`]: a rate limit (429, or a
    /// 403 that says so) waits for `Retry-After` or `x-ratelimit-reset`;
    /// a 5xx or no answer backs off and retries reads and updates. A
    /// creation (POST) is retried only when GitHub certainly did not act
    /// (a rate limit); the callers look up before creating again.
    pub(crate) fn send<B: Serialize>(
        &self,
        method: Method,
        url: &str,
        body: Option<&B>,
    ) -> Result<Reply, ApiError> {
        let body = body
            .map(serde_json::to_string)
            .transpose()
            .map_err(|e| ApiError::Unexpected(format!("cannot encode the request body: {e}")))?;
        let budget = retry_budget();
        let started = std::time::Instant::now();
        let mut attempt: u32 = 0;
        loop {
            attempt += 1;
            let outcome = self.once(method, url, body.as_deref());
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

    fn authed<B>(&self, request: ureq::RequestBuilder<B>) -> ureq::RequestBuilder<B> {
        request
            .header("Authorization", self.authorization.as_str())
            .header("Accept", "application/vnd.github+json")
            .header("X-GitHub-Api-Version", "2022-11-28")
    }

    fn once(&self, method: Method, url: &str, body: Option<&str>) -> Result<Reply, ApiError> {
        // ureq's errors name the URL and the cause, never the headers.
        let down = |e: ureq::Error| ApiError::Down(first_line(&e.to_string()));
        let response = match (method, body) {
            (Method::Get, _) => self.authed(self.agent.get(url)).call(),
            (Method::Post, Some(body)) => self
                .authed(self.agent.post(url))
                .content_type("application/json")
                .send(body),
            (Method::Post, None) => self.authed(self.agent.post(url)).send_empty(),
            (Method::Patch, Some(body)) => self
                .authed(self.agent.patch(url))
                .content_type("application/json")
                .send(body),
            (Method::Patch, None) => self.authed(self.agent.patch(url)).send_empty(),
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
        let text = response
            .into_body()
            .with_config()
            .limit(BODY_LIMIT)
            .read_to_string()
            .map_err(down)?;
        Ok(Reply {
            status,
            text,
            next,
            retry_after,
            reset,
            remaining,
        })
    }
}

/// A successful answer decoded as `T`; `what` names the call in the error.
/// An empty body decodes as JSON `null` (a `()` or `Option` payload).
fn decode<T: DeserializeOwned>(method: Method, what: &str, text: &str) -> Result<T, ApiError> {
    let text = if text.trim().is_empty() { "null" } else { text };
    serde_json::from_str(text).map_err(|e| {
        ApiError::Unexpected(format!(
            "GitHub's answer to {} {what} is not what remit reads ({e}); nothing was taken from it",
            method.as_str()
        ))
    })
}

/// How long one call may spend waiting between retries in all
/// (`REMIT_API_RETRY_BUDGET` seconds; 60 by default).
fn retry_budget() -> Duration {
    let secs = std::env::var("REMIT_API_RETRY_BUDGET")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(60);
    Duration::from_secs(secs)
}

enum Failure {
    /// Wait this long, then try again.
    RateLimited(Duration),
    Server,
    Refused,
}

fn classify(reply: &Reply) -> Failure {
    let message = reply.message().to_ascii_lowercase();
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
    let message = reply.message();
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
    fn a_payload_missing_a_field_names_the_call_and_the_field() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Review {
            state: String,
        }
        let e = decode::<Vec<Review>>(Method::Get, "/repos/o/r/pulls/1/reviews", r#"[{"id":1}]"#)
            .expect_err("missing state");
        let text = e.to_string();
        assert!(matches!(e, ApiError::Unexpected(_)));
        assert!(text.contains("GET /repos/o/r/pulls/1/reviews"), "{text}");
        assert!(text.contains("missing field `state`"), "{text}");
    }
}
