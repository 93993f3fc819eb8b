//! The audit log (SPEC §5): one JSON object a line, hash-chained. This one
//! model is shared by the writer (`remit record`, `remit import`) and the
//! reader (`remit verify-log`, the gate).

use serde::{Deserialize, Serialize};

use crate::hash::sha256_hex;

/// What happened, in agent-neutral terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    SessionStart,
    Prompt,
    Read,
    Write,
    Exec,
    Fetch,
    Tool,
    Commit,
    SessionEnd,
}

impl EventKind {
    pub(crate) const ALL: [EventKind; 9] = [
        Self::SessionStart,
        Self::Prompt,
        Self::Read,
        Self::Write,
        Self::Exec,
        Self::Fetch,
        Self::Tool,
        Self::Commit,
        Self::SessionEnd,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::SessionStart => "session_start",
            Self::Prompt => "prompt",
            Self::Read => "read",
            Self::Write => "write",
            Self::Exec => "exec",
            Self::Fetch => "fetch",
            Self::Tool => "tool",
            Self::Commit => "commit",
            Self::SessionEnd => "session_end",
        }
    }
}

/// One audit-log line. Unknown fields are rejected: a log the gate cannot
/// fully read is not a log it can vouch for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub v: u32,
    pub seq: u64,
    pub ts: String,
    pub session: String,
    pub agent: String,
    pub event: EventKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
    /// MCP server name for `mcp__<server>__<tool>` calls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub untrusted: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_sha256: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<String>,
    /// Commit sha for `commit` events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cwd: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permission_mode: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manifest_sha256: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// Exit status of an exec, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i64>,
    /// Set when the recorder cut a field (or could not read the payload
    /// whole): the cut text is replaced by its length and SHA-256.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub truncated: Option<bool>,
    /// SHA-256 (hex) of the previous line's exact bytes; `null` on line 1.
    pub prev: Option<String>,
}

impl Event {
    /// A new event of `kind`; `seq` and `prev` are set when it is appended.
    pub fn new(kind: EventKind, session: &str, agent: &str, ts: &str) -> Self {
        Self {
            v: 1,
            seq: 0,
            ts: ts.to_string(),
            session: session.to_string(),
            agent: agent.to_string(),
            event: kind,
            tool: None,
            path: None,
            url: None,
            command: None,
            server: None,
            untrusted: None,
            content_sha256: None,
            indicators: Vec::new(),
            sha: None,
            cwd: None,
            permission_mode: None,
            manifest_sha256: None,
            model: None,
            exit_code: None,
            truncated: None,
            prev: None,
        }
    }

    /// Cuts every text field to [`MAX_FIELD_BYTES`] so no line comes near
    /// the gate's line limit; what was cut is named by length and SHA-256
    /// and the event is marked `truncated`. Nothing is dropped silently.
    pub(crate) fn cap_fields(&mut self) {
        let mut cut = false;
        for field in [&mut self.ts, &mut self.session, &mut self.agent] {
            cut |= cap(field);
        }
        for field in [
            &mut self.tool,
            &mut self.path,
            &mut self.url,
            &mut self.command,
            &mut self.server,
            &mut self.content_sha256,
            &mut self.sha,
            &mut self.cwd,
            &mut self.permission_mode,
            &mut self.manifest_sha256,
            &mut self.model,
        ]
        .into_iter()
        .flatten()
        {
            cut |= cap(field);
        }
        if self.indicators.len() > MAX_INDICATORS {
            self.indicators.truncate(MAX_INDICATORS);
            cut = true;
        }
        for i in &mut self.indicators {
            cut |= cap(i);
        }
        if cut {
            self.truncated = Some(true);
        }
    }

    /// The exact line this event serializes to (no newline).
    pub fn to_line(&self) -> String {
        // Serializing a struct of strings, numbers and options cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The longest text field the recorder writes (64 KiB): a line stays far
/// below the gate's 4 MiB line limit whatever the agent sends.
pub(crate) const MAX_FIELD_BYTES: usize = 64 * 1024;
const MAX_INDICATORS: usize = 64;

/// Cuts `text` at a character boundary below the limit, naming what was cut.
fn cap(text: &mut String) -> bool {
    if text.len() <= MAX_FIELD_BYTES {
        return false;
    }
    let mut end = MAX_FIELD_BYTES - 128;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let rest = &text.as_bytes()[end..];
    let note = format!("…[cut {} bytes, sha256 {}]", rest.len(), sha256_hex(rest));
    text.truncate(end);
    text.push_str(&note);
    true
}

/// The hash of a log line (its exact bytes, without the newline).
pub fn line_hash(line: &str) -> String {
    sha256_hex(line.as_bytes())
}

/// Checks one line against the chain so far: `prev` must be the hash of the
/// previous line and `seq` must count up from 0. `prev_line_hash` is `None`
/// before the first line.
pub fn check_link(
    event: &Event,
    expected_seq: u64,
    prev_line_hash: Option<&str>,
) -> Result<(), String> {
    check_link_fields(
        event.v,
        event.seq,
        event.prev.as_deref(),
        expected_seq,
        prev_line_hash,
    )
}

/// [`check_link`] on the fields alone, for readers that borrow a line
/// instead of building an [`Event`].
pub(crate) fn check_link_fields(
    v: u32,
    seq: u64,
    prev: Option<&str>,
    expected_seq: u64,
    prev_line_hash: Option<&str>,
) -> Result<(), String> {
    if v != 1 {
        return Err(format!("unsupported log version v={v}"));
    }
    if seq != expected_seq {
        return Err(format!(
            "seq {seq} where {expected_seq} was expected (a line was removed, inserted or reordered)"
        ));
    }
    match (prev_line_hash, prev) {
        (None, None) => Ok(()),
        (None, Some(_)) => Err(
            "the first line must have \"prev\": null (the log was cut at the front)".to_string(),
        ),
        (Some(_), None) => Err("\"prev\" is null in the middle of the log".to_string()),
        (Some(want), Some(got)) if want == got => Ok(()),
        (Some(_), Some(_)) => {
            Err("\"prev\" does not match the previous line's hash (a line was edited)".to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chain_links_and_breaks() {
        let mut a = Event::new(
            EventKind::SessionStart,
            "s",
            "claude-code",
            "2026-11-21T10:00:00Z",
        );
        let la = a.to_line();
        let mut b = Event::new(EventKind::Exec, "s", "claude-code", "2026-11-21T10:00:01Z");
        b.seq = 1;
        b.command = Some("pytest".into());
        b.prev = Some(line_hash(&la));
        assert_eq!(check_link(&a, 0, None), Ok(()));
        assert_eq!(check_link(&b, 1, Some(&line_hash(&la))), Ok(()));
        a.command = Some("edited".into());
        assert!(check_link(&b, 1, Some(&line_hash(&a.to_line()))).is_err());
        assert!(check_link(&b, 2, Some(&line_hash(&la))).is_err());
    }

    #[test]
    fn spec_example_line_parses() {
        let line = r#"{"v":1,"seq":2,"ts":"t","session":"6f1c","agent":"claude-code","event":"fetch","tool":"WebFetch","url":"https://docs.example.com/x","untrusted":true,"content_sha256":"ab","indicators":["instruction-override"],"prev":"00"}"#;
        let e: Event = serde_json::from_str(line).expect("parses");
        assert_eq!(e.event, EventKind::Fetch);
        assert_eq!(e.indicators, vec!["instruction-override".to_string()]);
        assert!(serde_json::from_str::<Event>(r#"{"v":1,"seq":0,"ts":"t","session":"s","agent":"a","event":"read","prev":null,"extra":1}"#).is_err());
    }
}
