//! Codex CLI rollouts (`~/.codex/sessions/YYYY/MM/DD/rollout-*.jsonl`,
//! formats.md §3). `exec_command_end` and `patch_apply_end` are the record
//! of what actually ran; a shell `function_call` / `local_shell_call` /
//! `apply_patch` call counts only when no such end event exists for its
//! call id (older builds do not persist them). All three shell-argument
//! shapes are read (`command: [argv]`, `command: "…"`, `cmd: "…"`).

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde_json::Value;

use super::tools::{self, Call, Class, Ctx};
use super::{at, json_lines, opt_str, stem};
use crate::error::GateError;
use crate::model::event::{Event, EventKind};

pub(crate) const AGENT: &str = "codex";

pub(crate) fn parse(path: &Path, text: &str) -> Result<Vec<Event>, GateError> {
    // Pass 1: the call ids that have an end event.
    let mut ended: HashSet<String> = HashSet::new();
    for record in json_lines(path, text) {
        let (_, v) = record?;
        if v.get("type").and_then(Value::as_str) == Some("event_msg") {
            let p = &v["payload"];
            if matches!(
                p.get("type").and_then(Value::as_str),
                Some("exec_command_end" | "patch_apply_end")
            ) {
                if let Some(id) = p.get("call_id").and_then(Value::as_str) {
                    ended.insert(id.to_string());
                }
            }
        }
    }
    let mut ctx = Ctx {
        agent: AGENT.to_string(),
        session: stem(path),
        ..Ctx::default()
    };
    let mut events: Vec<Event> = Vec::new();
    let mut start: Option<usize> = None;
    // MCP calls whose output (untrusted content) is still to come.
    let mut pending: HashMap<String, usize> = HashMap::new();
    for record in json_lines(path, text) {
        let (line, v) = record?;
        let ts = opt_str(path, line, &v, "timestamp")?
            .unwrap_or("")
            .to_string();
        let ty = opt_str(path, line, &v, "type")?.unwrap_or("");
        let p = v.get("payload").unwrap_or(&Value::Null);
        let pty = opt_str(path, line, p, "type")?.unwrap_or("");
        match (ty, pty) {
            ("session_meta", _) => {
                if let Some(id) = opt_str(path, line, p, "id")? {
                    ctx.session = id.to_string();
                }
                if let Some(cwd) = opt_str(path, line, p, "cwd")? {
                    ctx.root = Some(cwd.to_string());
                    ctx.cwd = Some(cwd.to_string());
                }
                let mut e = ctx.event(EventKind::SessionStart, &ts);
                e.cwd = ctx.cwd.clone();
                start = Some(events.len());
                events.push(e);
            }
            ("turn_context", _) => {
                let mode = permission_mode(p);
                let model = opt_str(path, line, p, "model")?.map(String::from);
                if let Some(e) = start.and_then(|i| events.get_mut(i)) {
                    if e.permission_mode.is_none() {
                        e.permission_mode = mode;
                    }
                    if e.model.is_none() {
                        e.model = model;
                    }
                }
            }
            ("event_msg", "user_message") => {
                let text = opt_str(path, line, p, "message")?.unwrap_or("");
                events.push(tools::prompt(&ctx, &ts, text));
            }
            ("event_msg", "exec_command_end") => {
                let command = match p.get("command") {
                    Some(Value::Array(argv)) => tools::argv_to_command(argv),
                    Some(Value::String(s)) => s.clone(),
                    _ => return Err(at(path, line, "exec_command_end has no \"command\" array")),
                };
                let output = opt_str(path, line, p, "aggregated_output")?
                    .or(opt_str(path, line, p, "stdout")?)
                    .map(String::from);
                let exit_code = match p.get("exit_code") {
                    None | Some(Value::Null) => None,
                    Some(Value::Number(n)) => n.as_i64(),
                    Some(_) => return Err(at(path, line, "\"exit_code\" must be a number")),
                };
                let input = serde_json::json!({ "command": command });
                events.extend(tools::events(
                    &ctx,
                    &Call {
                        ts: &ts,
                        name: "exec_command",
                        input: Some(&input),
                        output,
                        exit_code,
                        server: None,
                    },
                ));
            }
            ("event_msg", "patch_apply_end") => {
                let Some(changes) = p.get("changes").and_then(Value::as_object) else {
                    return Err(at(path, line, "patch_apply_end has no \"changes\" object"));
                };
                for (file, change) in changes {
                    let mut paths = vec![file.clone()];
                    if let Some(to) = change.get("move_path").and_then(Value::as_str) {
                        paths.push(to.to_string());
                    }
                    for f in paths {
                        let mut e = ctx.event(EventKind::Write, &ts);
                        e.tool = Some("apply_patch".to_string());
                        e.path = Some(ctx.rel(&f));
                        events.push(e);
                    }
                }
            }
            ("response_item", "function_call" | "custom_tool_call" | "local_shell_call") => {
                let id = p.get("call_id").and_then(Value::as_str).unwrap_or("");
                if ended.contains(id) {
                    continue;
                }
                let name = match pty {
                    "local_shell_call" => "local_shell",
                    _ => opt_str(path, line, p, "name")?
                        .ok_or_else(|| at(path, line, "a tool call has no \"name\""))?,
                };
                if matches!(name, "write_stdin" | "update_plan" | "view_image") {
                    if name == "update_plan" {
                        let mut e = ctx.event(EventKind::Tool, &ts);
                        e.tool = Some(name.to_string());
                        events.push(e);
                    }
                    continue;
                }
                let input: Value = match pty {
                    "local_shell_call" => p.get("action").cloned().unwrap_or(Value::Null),
                    "custom_tool_call" => p.get("input").cloned().unwrap_or(Value::Null),
                    _ => match p.get("arguments") {
                        Some(Value::String(s)) => {
                            serde_json::from_str(s).unwrap_or_else(|_| Value::String(s.clone()))
                        }
                        Some(other) => other.clone(),
                        None => Value::Null,
                    },
                };
                // MCP and other non-shell calls are events of their own.
                if tools::classify(name) == Class::Other && !name.starts_with("mcp__") {
                    let mut e = ctx.event(EventKind::Tool, &ts);
                    e.tool = Some(name.to_string());
                    events.push(e);
                    continue;
                }
                if name.starts_with("mcp__") {
                    pending.insert(id.to_string(), events.len());
                }
                events.extend(tools::events(
                    &ctx,
                    &Call {
                        ts: &ts,
                        name,
                        input: Some(&input),
                        ..Call::default()
                    },
                ));
            }
            ("response_item", "function_call_output") => {
                let id = p.get("call_id").and_then(Value::as_str).unwrap_or("");
                if let Some(i) = pending.remove(id) {
                    let output = p.get("output").and_then(tools::output_text);
                    if let Some(e) = events.get_mut(i) {
                        tools::mark_untrusted(e, output.as_deref());
                    }
                }
            }
            ("response_item", "web_search_call") => {
                let mut e = ctx.event(EventKind::Fetch, &ts);
                e.tool = Some("web_search".to_string());
                e.untrusted = Some(true);
                if let Some(url) = p.pointer("/action/url").and_then(Value::as_str) {
                    e.url = Some(tools::redacted(url));
                }
                events.push(e);
            }
            _ => {}
        }
    }
    Ok(events)
}

/// Codex's approval and sandbox settings in the terms the gate knows:
/// no approvals with full access is `bypassPermissions`.
fn permission_mode(turn: &Value) -> Option<String> {
    let approval = turn.get("approval_policy").and_then(Value::as_str);
    let sandbox = turn.pointer("/sandbox_policy/type").and_then(Value::as_str);
    match (approval, sandbox) {
        (_, Some("danger-full-access")) | (Some("never"), None) => {
            Some("bypassPermissions".to_string())
        }
        (Some(a), _) => Some(a.to_string()),
        (None, Some(s)) => Some(s.to_string()),
        (None, None) => None,
    }
}
