//! Native agent logs → audit-log events. The format is detected per file;
//! events come out numbered 0.. with `prev: null` (nothing is re-chained:
//! the gate evaluates them, `remit import` chains them through the writer).
//!
//! Agent formats are internal and change between versions (formats.md), so
//! unknown record types and fields are skipped; a line that is not JSON, a
//! field of the wrong type, or a file of no known format is an error naming
//! the file and line.

pub(crate) mod claude_code;
pub(crate) mod codex;
pub(crate) mod cursor;
pub(crate) mod gemini;
pub(crate) mod hooks;
pub(crate) mod mcp_identity;
pub(crate) mod other;
pub(crate) mod tools;

use std::path::Path;

use serde_json::Value;

use crate::error::GateError;
use crate::model::event::Event;

/// Longest line remit reads from a native log.
pub(crate) const MAX_LINE: usize = 8 * 1024 * 1024;

/// The native formats remit reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    /// remit's own audit log (SPEC §5).
    Remit,
    ClaudeTranscript,
    /// Raw hook payloads, one a line (any agent's hook stdin).
    HookPayloads,
    CodexRollout,
    CursorTranscript,
    GeminiJson,
    GeminiJsonl,
    CopilotChat,
    CopilotCliEvents,
    OpenCodeParts,
}

impl Format {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Remit => "remit audit log",
            Self::ClaudeTranscript => "Claude Code transcript",
            Self::HookPayloads => "hook payloads",
            Self::CodexRollout => "Codex rollout",
            Self::CursorTranscript => "Cursor transcript",
            Self::GeminiJson => "Gemini CLI session (JSON)",
            Self::GeminiJsonl => "Gemini CLI session (JSONL)",
            Self::CopilotChat => "VS Code Copilot Chat session",
            Self::CopilotCliEvents => "Copilot CLI events",
            Self::OpenCodeParts => "OpenCode message parts",
        }
    }
}

/// An error at `path:line`.
pub(crate) fn at(path: &Path, line: usize, message: impl std::fmt::Display) -> GateError {
    GateError::input(
        format!("{}:{line}: {message}", path.display()),
        "pass a log the agent wrote (Claude Code transcript or hook payloads, Codex rollout, Cursor, Gemini CLI, Copilot, OpenCode) or a remit audit log; a damaged log cannot be vouched for — keep it for review",
    )
}

/// Reads a log file as UTF-8, naming the first line that is not (or is too long).
pub(crate) fn read_text(path: &Path) -> Result<String, GateError> {
    let bytes = std::fs::read(path).map_err(|e| {
        GateError::input(
            format!("cannot read {}: {e}", path.display()),
            "check the path",
        )
    })?;
    check_bytes(path, bytes)
}

pub(crate) fn check_bytes(path: &Path, bytes: Vec<u8>) -> Result<String, GateError> {
    for (i, line) in bytes.split(|&b| b == b'\n').enumerate() {
        if line.len() > MAX_LINE {
            return Err(at(
                path,
                i + 1,
                format!(
                    "line is {} bytes, over the {} MiB limit",
                    line.len(),
                    MAX_LINE / 1024 / 1024
                ),
            ));
        }
        if let Err(e) = std::str::from_utf8(line) {
            return Err(at(
                path,
                i + 1,
                format!("not UTF-8 (invalid byte at column {})", e.valid_up_to() + 1),
            ));
        }
    }
    String::from_utf8(bytes).map_err(|_| at(path, 1, "not UTF-8"))
}

/// The non-empty lines of a JSONL text, parsed, with their 1-based numbers.
pub(crate) fn json_lines<'a>(
    path: &'a Path,
    text: &'a str,
) -> impl Iterator<Item = Result<(usize, Value), GateError>> + 'a {
    text.lines().enumerate().filter_map(move |(i, line)| {
        let line = line.trim();
        if line.is_empty() {
            return None;
        }
        Some(
            serde_json::from_str::<Value>(line)
                .map(|v| (i + 1, v))
                .map_err(|e| at(path, i + 1, format!("not JSON: {e}"))),
        )
    })
}

/// Detects the format of one file from its content.
pub(crate) fn detect(path: &Path, text: &str) -> Result<Format, GateError> {
    let first = text.lines().enumerate().find(|(_, l)| !l.trim().is_empty());
    let Some((first_no, first_line)) = first else {
        return Err(at(path, 1, "empty file: no log records"));
    };
    // A whole-file JSON document (pretty-printed or on one line).
    let whole = match serde_json::from_str::<Value>(first_line.trim()) {
        Ok(v) => Some(v),
        Err(_) => match serde_json::from_str::<Value>(text) {
            Ok(v) => Some(v),
            Err(e) => {
                return Err(at(path, first_no + 1, format!("not JSON or JSONL: {e}")));
            }
        },
    };
    if let Some(Value::Object(o)) = &whole {
        if o.contains_key("messages")
            && (o.contains_key("projectHash") || o.contains_key("sessionId"))
        {
            return Ok(Format::GeminiJson);
        }
        if o.contains_key("requests") && o.contains_key("version") {
            return Ok(Format::CopilotChat);
        }
    }
    // JSONL: look at the first records.
    for item in json_lines(path, text).take(50) {
        let (line, v) = item?;
        let Some(o) = v.as_object() else {
            return Err(at(
                path,
                line,
                format!(
                    "a log record must be a JSON object, found {}",
                    hooks::kind_of(&v)
                ),
            ));
        };
        let ty = o.get("type").and_then(Value::as_str).unwrap_or("");
        if o.contains_key("v") && o.contains_key("seq") && o.contains_key("event") {
            return Ok(Format::Remit);
        }
        if o.contains_key("hook_event_name") || o.contains_key("hookEventName") {
            return Ok(Format::HookPayloads);
        }
        if o.contains_key("payload")
            && matches!(
                ty,
                "session_meta" | "response_item" | "event_msg" | "turn_context" | "compacted"
            )
        {
            return Ok(Format::CodexRollout);
        }
        if (o.contains_key("sessionId") || o.contains_key("leafUuid") || o.contains_key("uuid"))
            && matches!(
                ty,
                "user"
                    | "assistant"
                    | "summary"
                    | "system"
                    | "file-history-snapshot"
                    | "progress"
                    | "queue-operation"
                    | "attachment"
                    | "permission-mode"
            )
        {
            return Ok(Format::ClaudeTranscript);
        }
        if ty == "file-history-snapshot" || (ty == "summary" && o.contains_key("leafUuid")) {
            return Ok(Format::ClaudeTranscript);
        }
        if o.contains_key("role") && o.contains_key("message") {
            return Ok(Format::CursorTranscript);
        }
        if o.contains_key("data") && ty.contains('.') && o.contains_key("timestamp") {
            return Ok(Format::CopilotCliEvents);
        }
        if (matches!(ty, "user" | "gemini" | "info" | "error" | "warning")
            && o.contains_key("content"))
            || (o.contains_key("sessionId") && o.contains_key("projectHash"))
        {
            return Ok(Format::GeminiJsonl);
        }
        if ty == "tool" && o.contains_key("callID") {
            return Ok(Format::OpenCodeParts);
        }
        if o.contains_key("$set") {
            continue;
        }
        if o.contains_key("sessionId") && (o.contains_key("toolName") || o.contains_key("toolArgs"))
        {
            return Ok(Format::HookPayloads);
        }
    }
    Err(at(
        path,
        first_no + 1,
        "unknown log format (not a remit audit log, Claude Code transcript or hook payloads, Codex rollout, Cursor, Gemini CLI, Copilot or OpenCode log)",
    ))
}

/// Parses a native log of `format` into events numbered 0.. (`prev: null`).
pub(crate) fn parse_native(
    format: Format,
    path: &Path,
    text: &str,
) -> Result<Vec<Event>, GateError> {
    let mut events = match format {
        Format::Remit => parse_remit(path, text)?,
        Format::ClaudeTranscript => claude_code::parse(path, text)?,
        Format::HookPayloads => other::parse_hook_payloads(path, text)?,
        Format::CodexRollout => codex::parse(path, text)?,
        Format::CursorTranscript => cursor::parse(path, text)?,
        Format::GeminiJson => gemini::parse_json(path, text)?,
        Format::GeminiJsonl => gemini::parse_jsonl(path, text)?,
        Format::CopilotChat => other::parse_copilot_chat(path, text)?,
        Format::CopilotCliEvents => other::parse_copilot_cli(path, text)?,
        Format::OpenCodeParts => other::parse_opencode(path, text)?,
    };
    for (i, e) in events.iter_mut().enumerate() {
        e.seq = i as u64;
        e.prev = None;
    }
    Ok(events)
}

/// Detects and parses one file.
pub(crate) fn parse_file(path: &Path) -> Result<(Format, Vec<Event>), GateError> {
    let text = read_text(path)?;
    let format = detect(path, &text)?;
    let events = parse_native(format, path, &text)?;
    Ok((format, events))
}

fn parse_remit(path: &Path, text: &str) -> Result<Vec<Event>, GateError> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str::<Event>(l)
                .map_err(|e| at(path, i + 1, format!("not an audit-log event: {e}")))
        })
        .collect()
}

/// The file stem, as a fallback session id.
pub(crate) fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "unknown-session".to_string())
}

/// A string field that must be a string when present.
pub(crate) fn opt_str<'v>(
    path: &Path,
    line: usize,
    v: &'v Value,
    key: &str,
) -> Result<Option<&'v str>, GateError> {
    match v.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(at(
            path,
            line,
            format!(
                "\"{key}\" must be a string, found {}",
                hooks::kind_of(other)
            ),
        )),
    }
}
