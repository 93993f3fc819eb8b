//! A small HTTP/1.1 server on 127.0.0.1 that answers like GitHub's REST API
//! for the endpoints `remit action` uses, and records every request.

#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

use serde_json::{json, Value};

#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    /// Path and query, e.g. `/repos/o/r/check-runs`.
    pub path: String,
    pub body: Value,
    pub authorization: Option<String>,
}

impl Recorded {
    pub fn route(&self) -> &str {
        self.path.split('?').next().unwrap_or_default()
    }
}

/// What the fake GitHub knows and how it behaves.
#[derive(Debug, Default)]
pub struct State {
    pub requests: Vec<Recorded>,
    /// Issue comments: (id, body).
    pub comments: Vec<(u64, String)>,
    /// Answer every write with 403 (a read-only token).
    pub deny_writes: bool,
    /// Issue timeline events.
    pub timeline: Vec<Value>,
    /// login → role_name.
    pub permissions: HashMap<String, String>,
    pub reviews: Vec<Value>,
    /// Pull requests by number (GET /pulls/N).
    pub pulls: HashMap<u64, Value>,
    /// `org/team/login` of active team members.
    pub team_members: Vec<String>,
    /// Answer team membership reads with 403 (the workflow token's usual answer).
    pub deny_teams: bool,
    /// Faults to inject, first match wins; each answers `times` requests.
    pub faults: Vec<Fault>,
    /// Check runs created: (id, head_sha, name).
    pub check_runs: Vec<(u64, String, String)>,
    /// The server's own URL, for `Link` headers.
    pub base_url: String,
    /// Issues by number (GET /issues/N).
    pub issues: HashMap<u64, Value>,
    /// `userContentEdits` nodes of each issue's body (GraphQL).
    pub issue_edits: HashMap<u64, Vec<Value>>,
    next_id: u64,
}

/// An injected answer: `status`, `headers` and `body` for the next `times`
/// requests whose method is `method` and whose route ends with `route_end`.
#[derive(Debug, Clone)]
pub struct Fault {
    pub method: String,
    pub route_end: String,
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Value,
    pub times: usize,
    /// Do what the request asks, then answer with the fault anyway (a
    /// write that happened but whose answer was lost).
    pub act: bool,
}

impl Fault {
    pub fn new(method: &str, route_end: &str, status: u16, times: usize) -> Self {
        Self {
            method: method.to_string(),
            route_end: route_end.to_string(),
            status,
            headers: Vec::new(),
            body: json!({"message": format!("injected {status}")}),
            times,
            act: false,
        }
    }

    pub fn acting(mut self) -> Self {
        self.act = true;
        self
    }

    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    pub fn body(mut self, body: Value) -> Self {
        self.body = body;
        self
    }
}

pub struct FakeGithub {
    pub url: String,
    pub state: Arc<Mutex<State>>,
}

impl FakeGithub {
    pub fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let state = Arc::new(Mutex::new(State {
            next_id: 1000,
            base_url: url.clone(),
            ..State::default()
        }));
        let shared = Arc::clone(&state);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let state = Arc::clone(&shared);
                std::thread::spawn(move || serve(stream, &state));
            }
        });
        Self { url, state }
    }

    pub fn with<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        f(&mut self.state.lock().expect("lock"))
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.with(|s| s.requests.clone())
    }

    pub fn writes(&self) -> Vec<Recorded> {
        self.requests()
            .into_iter()
            .filter(|r| r.method != "GET")
            .collect()
    }
}

fn serve(stream: TcpStream, state: &Mutex<State>) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
    let mut stream = stream;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let mut parts = line.split_whitespace();
        let method = parts.next().unwrap_or_default().to_string();
        let path = parts.next().unwrap_or_default().to_string();
        let mut length = 0usize;
        let mut authorization = None;
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header).unwrap_or(0) == 0 {
                return;
            }
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            let (name, value) = header.split_once(':').unwrap_or((header, ""));
            match name.to_ascii_lowercase().as_str() {
                "content-length" => length = value.trim().parse().unwrap_or(0),
                "authorization" => authorization = Some(value.trim().to_string()),
                _ => {}
            }
        }
        let mut body = vec![0u8; length];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        let request = Recorded {
            method,
            path,
            body,
            authorization,
        };
        let (status, answer, headers) = {
            let mut s = state.lock().expect("lock");
            s.requests.push(request.clone());
            let fault = s.faults.iter_mut().find(|f| {
                f.times > 0 && f.method == request.method && request.route().ends_with(&f.route_end)
            });
            match fault {
                Some(f) => {
                    f.times -= 1;
                    let fault = f.clone();
                    if fault.act {
                        respond(&mut s, &request);
                    }
                    (fault.status, fault.body, fault.headers)
                }
                None => {
                    let (status, answer) = respond(&mut s, &request);
                    let headers = link_header(&s, &request, &answer);
                    (status, answer, headers)
                }
            }
        };
        let text = answer.to_string();
        let reason = match status {
            200 => "OK",
            201 => "Created",
            401 => "Unauthorized",
            403 => "Forbidden",
            404 => "Not Found",
            429 => "Too Many Requests",
            502 => "Bad Gateway",
            503 => "Service Unavailable",
            _ => "Status",
        };
        let extra: String = headers
            .iter()
            .map(|(k, v)| format!("{k}: {v}\r\n"))
            .collect();
        let head = format!(
            "HTTP/1.1 {status} {reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\n{extra}Connection: keep-alive\r\n\r\n",
            text.len()
        );
        if stream.write_all(head.as_bytes()).is_err() || stream.write_all(text.as_bytes()).is_err()
        {
            return;
        }
    }
}

fn forbidden() -> (u16, Value) {
    (
        403,
        json!({"message": "Resource not accessible by integration",
               "documentation_url": "https://docs.github.com/rest"}),
    )
}

fn not_found() -> (u16, Value) {
    (
        404,
        json!({"message": "Not Found", "documentation_url": "https://docs.github.com/rest"}),
    )
}

fn query(path: &str, key: &str) -> Option<usize> {
    path.split(['?', '&'])
        .find_map(|kv| kv.strip_prefix(key)?.strip_prefix('='))
        .and_then(|p| p.parse().ok())
}

/// Pages like GitHub: `page=N` and `per_page=M` (default 30) in the query;
/// the `Link` header is added by [`link_header`].
fn page(items: &[Value], path: &str) -> Value {
    let page = query(path, "page").unwrap_or(1).max(1);
    let per_page = query(path, "per_page").unwrap_or(30);
    Value::Array(
        items
            .iter()
            .skip((page - 1) * per_page)
            .take(per_page)
            .cloned()
            .collect(),
    )
}

/// GitHub's `Link: <…page=N+1…>; rel="next"` on a list page that is full
/// and has more after it (the fake knows the lists it pages).
fn link_header(s: &State, r: &Recorded, _answer: &Value) -> Vec<(String, String)> {
    if r.method != "GET" {
        return Vec::new();
    }
    let route = r.route();
    let total = if route.ends_with("/timeline") {
        s.timeline.len()
    } else if route.ends_with("/reviews") {
        s.reviews.len()
    } else if route.ends_with("/comments") {
        s.comments.len()
    } else {
        return Vec::new();
    };
    let page = query(&r.path, "page").unwrap_or(1).max(1);
    let per_page = query(&r.path, "per_page").unwrap_or(30);
    if page * per_page >= total {
        return Vec::new();
    }
    vec![(
        "Link".to_string(),
        format!(
            "<{}{route}?per_page={per_page}&page={}>; rel=\"next\", <{}{route}?per_page={per_page}&page={}>; rel=\"last\"",
            s.base_url,
            page + 1,
            s.base_url,
            total.div_ceil(per_page)
        ),
    )]
}

fn respond(s: &mut State, r: &Recorded) -> (u16, Value) {
    if r.method != "GET" && s.deny_writes {
        return forbidden();
    }
    // GitHub Enterprise Server serves the API under /api/v3.
    let route = r.route().trim_start_matches("/api/v3").to_string();
    let segments: Vec<&str> = route.trim_start_matches('/').split('/').collect();
    match (r.method.as_str(), segments.as_slice()) {
        ("POST", ["repos", _, _, "check-runs"]) => {
            s.next_id += 1;
            let id = s.next_id;
            let sha = r.body["head_sha"].as_str().unwrap_or_default().to_string();
            let name = r.body["name"].as_str().unwrap_or_default().to_string();
            s.check_runs.push((id, sha, name));
            (
                201,
                json!({"id": id, "name": r.body["name"], "head_sha": r.body["head_sha"]}),
            )
        }
        ("GET", ["repos", _, _, "commits", sha, "check-runs"]) => {
            let runs: Vec<Value> = s
                .check_runs
                .iter()
                .filter(|(_, s, _)| s == sha)
                .map(|(id, _, name)| json!({"id": id, "name": name}))
                .collect();
            (200, json!({"total_count": runs.len(), "check_runs": runs}))
        }
        ("PATCH", ["repos", _, _, "check-runs", id]) => {
            (200, json!({"id": id.parse::<u64>().unwrap_or(0)}))
        }
        ("GET", ["repos", _, _, "issues", _, "comments"]) => {
            let items: Vec<Value> = s
                .comments
                .iter()
                .map(|(id, body)| json!({"id": id, "body": body, "user": {"login": "github-actions[bot]"}}))
                .collect();
            (200, page(&items, &r.path))
        }
        ("POST", ["repos", _, _, "issues", _, "comments"]) => {
            s.next_id += 1;
            let id = s.next_id;
            let body = r.body["body"].as_str().unwrap_or_default().to_string();
            s.comments.push((id, body));
            (201, json!({"id": id}))
        }
        ("PATCH", ["repos", _, _, "issues", "comments", id]) => {
            let id: u64 = id.parse().unwrap_or(0);
            let body = r.body["body"].as_str().unwrap_or_default().to_string();
            match s.comments.iter_mut().find(|(i, _)| *i == id) {
                Some(c) => {
                    c.1 = body;
                    (200, json!({"id": id}))
                }
                None => not_found(),
            }
        }
        ("GET", ["repos", _, _, "issues", _, "timeline"]) => (200, page(&s.timeline, &r.path)),
        ("GET", ["repos", _, _, "issues", number]) => {
            match number.parse().ok().and_then(|n: u64| s.issues.get(&n)) {
                Some(issue) => (200, issue.clone()),
                None => not_found(),
            }
        }
        ("POST", ["graphql"]) => {
            // Pages of 100 like GitHub; the cursor is the index of the next edit.
            let number = r.body["variables"]["number"].as_u64().unwrap_or(0);
            let edits = s.issue_edits.get(&number).cloned().unwrap_or_default();
            let from: usize = r.body["variables"]["after"]
                .as_str()
                .and_then(|c| c.parse().ok())
                .unwrap_or(0);
            let nodes: Vec<Value> = edits.iter().skip(from).take(100).cloned().collect();
            let end = from + nodes.len();
            (
                200,
                json!({"data": {"repository": {"issue": {"userContentEdits": {
                    "pageInfo": {"hasNextPage": end < edits.len(), "endCursor": end.to_string()},
                    "nodes": nodes,
                }}}}}),
            )
        }
        ("GET", ["repos", _, _, "pulls", _, "reviews"]) => (200, page(&s.reviews, &r.path)),
        ("GET", ["repos", _, _, "collaborators", login, "permission"]) => {
            match s.permissions.get(*login) {
                Some(role) => {
                    let permission = match role.as_str() {
                        "maintain" => "write",
                        "triage" => "read",
                        other => other,
                    };
                    (
                        200,
                        json!({"permission": permission, "role_name": role, "user": {"login": login}}),
                    )
                }
                None => not_found(),
            }
        }
        ("GET", ["repos", _, _, "pulls", number]) => {
            match number.parse().ok().and_then(|n: u64| s.pulls.get(&n)) {
                Some(pr) => (200, pr.clone()),
                None => not_found(),
            }
        }
        ("GET", ["orgs", org, "teams", team, "memberships", login]) => {
            if s.deny_teams {
                forbidden()
            } else if s.team_members.contains(&format!("{org}/{team}/{login}")) {
                (200, json!({"state": "active", "role": "member"}))
            } else {
                not_found()
            }
        }
        _ => not_found(),
    }
}

/// A `labeled` timeline event.
pub fn labeled(label: &str, actor: &str) -> Value {
    json!({"event": "labeled", "actor": {"login": actor}, "label": {"name": label, "color": "0e8a16"}})
}
