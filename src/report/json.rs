//! `--format json`: the frozen v1 wire format of SPEC §7. These structs are
//! the contract; internal types may change without changing them.

use serde::Serialize;

use crate::gate::Outcome;
use crate::redact::{redact, Memo};

#[derive(Serialize)]
struct V1Report<'a> {
    version: u32,
    verdict: &'a str,
    mode: &'a str,
    base: &'a str,
    head: &'a str,
    policy: String,
    manifests: Vec<String>,
    commits: Vec<V1Commit<'a>>,
    findings: Vec<V1Finding<'a>>,
    notices: Vec<String>,
    /// The audit logs evaluated.
    logs: Vec<String>,
    /// The non-human-identity inventory: agents behind the range and the
    /// credentials their sessions touched.
    identities: Vec<V1Identity>,
}

#[derive(Serialize)]
struct V1Identity {
    agent: String,
    models: Vec<String>,
    git_authors: Vec<String>,
    sessions: Vec<String>,
    commits: usize,
    credentials: Vec<V1Credential>,
}

#[derive(Serialize)]
struct V1Credential {
    credential: String,
    session: String,
    seq: u64,
    count: u64,
    via: String,
}

#[derive(Serialize)]
struct V1Commit<'a> {
    sha: &'a str,
    /// `null` for a person's commit: listed, not gated.
    agent: Option<&'a str>,
    session: Option<&'a str>,
    author: String,
    summary: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    attributed_by: Option<String>,
    /// A review bot's suggestion the person accepted (gated as theirs).
    #[serde(skip_serializing_if = "Option::is_none")]
    suggested_by: Option<String>,
}

#[derive(Serialize)]
struct V1Finding<'a> {
    rule: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    category: Option<&'a str>,
    severity: &'a str,
    action: &'a str,
    path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    commit: Option<&'a str>,
    session: Option<&'a str>,
    message: String,
    evidence: Vec<V1Evidence>,
    fix: String,
    frameworks: &'a [&'a str],
    #[serde(skip_serializing_if = "Option::is_none")]
    approved_by: Option<&'a str>,
}

#[derive(Serialize)]
struct V1Evidence {
    kind: &'static str,
    detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    seq: Option<u64>,
}

pub(crate) fn render(outcome: &Outcome) -> String {
    let v = &outcome.verdict;
    // Authors, fixes and messages recur; summaries seldom do.
    let mut memo = Memo::default();
    let report = V1Report {
        version: 1,
        verdict: v.outcome.as_str(),
        mode: match v.mode {
            crate::model::policy::Mode::Enforce => "enforce",
            crate::model::policy::Mode::Report => "report",
        },
        base: &outcome.base,
        head: &outcome.head,
        policy: redact(&outcome.policy_source).into_owned(),
        manifests: outcome
            .manifest_sources
            .iter()
            .map(|s| redact(s).into_owned())
            .collect(),
        commits: outcome
            .commits
            .iter()
            .map(|c| V1Commit {
                sha: &c.sha,
                agent: c.agent.as_deref(),
                session: c.session.as_deref(),
                author: memo.redact(&c.author),
                summary: redact(&c.summary).into_owned(),
                attributed_by: c.reason.as_deref().map(|r| memo.redact(r)),
                suggested_by: c.suggested_by.as_deref().map(|r| memo.redact(r)),
            })
            .collect(),
        findings: v
            .findings
            .iter()
            .map(|f| V1Finding {
                rule: f.rule.as_str(),
                category: f.category.as_deref(),
                severity: f.severity.as_str(),
                action: f.action.as_str(),
                path: f.path.clone(),
                line: f.line,
                commit: f.commit.as_deref(),
                session: f.session.as_deref(),
                message: memo.redact(&f.message),
                evidence: f
                    .evidence
                    .iter()
                    .map(|e| V1Evidence {
                        kind: e.kind,
                        detail: memo.redact(&e.detail),
                        seq: e.seq,
                    })
                    .collect(),
                fix: memo.redact(&f.fix),
                frameworks: f.frameworks(),
                approved_by: f.approved_by.as_deref(),
            })
            .collect(),
        notices: outcome
            .notices
            .iter()
            .map(|n| redact(n).into_owned())
            .collect(),
        logs: outcome
            .log_sources
            .iter()
            .map(|s| redact(s).into_owned())
            .collect(),
        identities: outcome
            .identities
            .iter()
            .map(|i| V1Identity {
                agent: i.agent.clone(),
                models: i.models.clone(),
                git_authors: i
                    .git_authors
                    .iter()
                    .map(|a| redact(a).into_owned())
                    .collect(),
                sessions: i.sessions.iter().map(|s| redact(s).into_owned()).collect(),
                commits: i.commits,
                credentials: i
                    .credentials
                    .iter()
                    .map(|c| V1Credential {
                        credential: c.credential.clone(),
                        session: redact(&c.session).into_owned(),
                        seq: c.seq,
                        count: c.count,
                        via: redact(&c.via).into_owned(),
                    })
                    .collect(),
            })
            .collect(),
    };
    // Serializing plain structs of strings and numbers cannot fail.
    let mut out = serde_json::to_string_pretty(&report).unwrap_or_default();
    out.push('\n');
    out
}
