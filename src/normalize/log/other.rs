//! Raw hook payloads (one a line), Copilot (VS Code Chat sessions and the
//! Copilot CLI `events.jsonl`) and OpenCode message parts, as far as
//! formats.md documents them.

use std::path::Path;

use serde_json::Value;

use super::hooks;
use super::tools::{self, Call, Ctx};
use super::{at, json_lines, stem};
use crate::error::GateError;
use crate::model::event::{Event, EventKind};

/// A log of raw hook payloads (what `remit record` reads on stdin), any agent.
pub(crate) fn parse_hook_payloads(path: &Path, text: &str) -> Result<Vec<Event>, GateError> {
    let mut events = Vec::new();
    for record in json_lines(path, text) {
        let (line, v) = record?;
        let Some(o) = v.as_object() else {
            return Err(at(path, line, "a hook payload must be a JSON object"));
        };
        let agent = hooks::agent_of(o);
        let p = hooks::read(agent, &v).map_err(|m| at(path, line, m))?;
        let ctx = Ctx {
            agent: agent.as_str().to_string(),
            session: p.session.clone(),
            root: p.cwd.clone(),
            cwd: p.cwd.clone(),
        };
        events.extend(hooks::events(&ctx, &p, ""));
    }
    Ok(events)
}

/// VS Code Copilot Chat session JSON: `requests[]` with the prompt in
/// `message.text` and tool invocations / edits in `response[]`.
pub(crate) fn parse_copilot_chat(path: &Path, text: &str) -> Result<Vec<Event>, GateError> {
    let doc: Value =
        serde_json::from_str(text).map_err(|e| at(path, e.line(), format!("not JSON: {e}")))?;
    let ctx = Ctx {
        agent: "copilot".to_string(),
        session: doc
            .get("sessionId")
            .and_then(Value::as_str)
            .map(String::from)
            .unwrap_or_else(|| stem(path)),
        ..Ctx::default()
    };
    let start_ts = doc
        .get("creationDate")
        .and_then(Value::as_i64)
        .map(ms_to_utc)
        .unwrap_or_default();
    let mut events = vec![ctx.event(EventKind::SessionStart, &start_ts)];
    let Some(requests) = doc.get("requests").and_then(Value::as_array) else {
        return Err(at(path, 1, "\"requests\" must be an array"));
    };
    for r in requests {
        let ts = r
            .get("timestamp")
            .and_then(Value::as_i64)
            .map(ms_to_utc)
            .unwrap_or_default();
        if let Some(t) = r.pointer("/message/text").and_then(Value::as_str) {
            events.push(tools::prompt(&ctx, &ts, t));
        }
        if let Some(model) = r.get("modelId").and_then(Value::as_str) {
            if let Some(first) = events.first_mut() {
                first.model.get_or_insert_with(|| model.to_string());
            }
        }
        for item in r
            .get("response")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            match item.get("kind").and_then(Value::as_str) {
                Some("toolInvocationSerialized") => {
                    let name = item
                        .get("toolId")
                        .and_then(Value::as_str)
                        .unwrap_or("unknown");
                    // Edits are recorded from their textEditGroup, with the path.
                    if tools::classify(name) == tools::Class::Write {
                        continue;
                    }
                    events.extend(tools::events(
                        &ctx,
                        &Call {
                            ts: &ts,
                            name,
                            input: None,
                            ..Call::default()
                        },
                    ));
                }
                Some("textEditGroup") => {
                    let mut e = ctx.event(EventKind::Write, &ts);
                    e.tool = Some("copilot_edit".to_string());
                    e.path = item
                        .pointer("/uri/fsPath")
                        .or_else(|| item.pointer("/uri/path"))
                        .and_then(Value::as_str)
                        .map(|p| ctx.rel(p));
                    events.push(e);
                }
                _ => {}
            }
        }
    }
    Ok(events)
}

fn ms_to_utc(ms: i64) -> String {
    crate::audit::format_utc(ms.div_euclid(1000), ms.rem_euclid(1000) as u32)
}

/// Copilot CLI `~/.copilot/session-state/<id>/events.jsonl`: `{type, data, timestamp}`.
pub(crate) fn parse_copilot_cli(path: &Path, text: &str) -> Result<Vec<Event>, GateError> {
    let mut ctx = Ctx {
        agent: "copilot".to_string(),
        session: stem(path),
        ..Ctx::default()
    };
    if let Some(dir) = path.parent().and_then(|d| d.file_name()) {
        if stem(path) == "events" {
            ctx.session = dir.to_string_lossy().into_owned();
        }
    }
    let mut events = Vec::new();
    for record in json_lines(path, text) {
        let (line, v) = record?;
        let ts = v
            .get("timestamp")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let data = v.get("data").unwrap_or(&Value::Null);
        match v.get("type").and_then(Value::as_str) {
            Some("session.start") => {
                if let Some(id) = data.get("sessionId").and_then(Value::as_str) {
                    ctx.session = id.to_string();
                }
                let cwd = data
                    .pointer("/context/gitRoot")
                    .or_else(|| data.pointer("/context/cwd"))
                    .and_then(Value::as_str);
                ctx.root = cwd.map(String::from);
                ctx.cwd = data
                    .pointer("/context/cwd")
                    .and_then(Value::as_str)
                    .map(String::from);
                let mut e = ctx.event(EventKind::SessionStart, &ts);
                e.cwd = ctx.cwd.clone();
                events.push(e);
            }
            Some("user.message") => {
                let t = data.get("content").and_then(Value::as_str).unwrap_or("");
                events.push(tools::prompt(&ctx, &ts, t));
            }
            Some("tool.execution_start") => {
                let name = data
                    .get("toolName")
                    .and_then(Value::as_str)
                    .ok_or_else(|| {
                        at(
                            path,
                            line,
                            "tool.execution_start has no \"toolName\" string",
                        )
                    })?;
                let args = match data.get("arguments") {
                    Some(Value::String(s)) => {
                        serde_json::from_str(s).unwrap_or(Value::String(s.clone()))
                    }
                    Some(v) => v.clone(),
                    None => Value::Null,
                };
                events.extend(tools::events(
                    &ctx,
                    &Call {
                        ts: &ts,
                        name,
                        input: Some(&args),
                        ..Call::default()
                    },
                ));
            }
            Some("session.shutdown") => events.push(ctx.event(EventKind::SessionEnd, &ts)),
            _ => {}
        }
    }
    Ok(events)
}

/// OpenCode tool parts (`storage/part/<messageID>/<partID>.json` contents,
/// one a line): `{type:"tool", tool, callID, sessionID, state:{input, output?}}`.
pub(crate) fn parse_opencode(path: &Path, text: &str) -> Result<Vec<Event>, GateError> {
    let mut events = Vec::new();
    for record in json_lines(path, text) {
        let (line, v) = record?;
        if v.get("type").and_then(Value::as_str) != Some("tool") {
            continue;
        }
        let name = v
            .get("tool")
            .and_then(Value::as_str)
            .ok_or_else(|| at(path, line, "a tool part has no \"tool\" string"))?;
        let ctx = Ctx {
            agent: "opencode".to_string(),
            session: v
                .get("sessionID")
                .and_then(Value::as_str)
                .map(String::from)
                .unwrap_or_else(|| stem(path)),
            ..Ctx::default()
        };
        let ts = v
            .pointer("/state/time/start")
            .and_then(Value::as_i64)
            .map(ms_to_utc)
            .unwrap_or_default();
        events.extend(tools::events(
            &ctx,
            &Call {
                ts: &ts,
                name,
                input: v.pointer("/state/input"),
                output: v.pointer("/state/output").and_then(tools::output_text),
                ..Call::default()
            },
        ));
    }
    Ok(events)
}
