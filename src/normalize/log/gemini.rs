//! Gemini CLI chat recordings (formats.md §6.1): the older single JSON
//! document (`{sessionId, projectHash, messages[]}`) and the newer JSONL
//! (one message a line, plus `{"$set":…}` updates). Tool calls are
//! `toolCalls[{name, args, result, status, timestamp}]` on `gemini` messages.

use std::path::Path;

use serde_json::Value;

use super::tools::{self, Call, Ctx};
use super::{at, json_lines, stem};
use crate::error::GateError;
use crate::model::event::{Event, EventKind};

pub(crate) const AGENT: &str = "gemini";

pub(crate) fn parse_json(path: &Path, text: &str) -> Result<Vec<Event>, GateError> {
    let doc: Value =
        serde_json::from_str(text).map_err(|e| at(path, e.line(), format!("not JSON: {e}")))?;
    let mut state = State::new(path, &doc);
    let messages = match doc.get("messages") {
        Some(Value::Array(m)) => m,
        Some(other) => {
            return Err(at(
                path,
                1,
                format!(
                    "\"messages\" must be an array, found {}",
                    super::hooks::kind_of(other)
                ),
            ))
        }
        None => return Err(at(path, 1, "no \"messages\" array")),
    };
    for m in messages {
        state.message(path, line_of(text, m), m)?;
    }
    Ok(state.events)
}

/// Best-effort line of a message in a pretty-printed document (by its id).
fn line_of(text: &str, m: &Value) -> usize {
    m.get("id")
        .and_then(Value::as_str)
        .and_then(|id| text.find(id))
        .map(|pos| text[..pos].lines().count().max(1))
        .unwrap_or(1)
}

pub(crate) fn parse_jsonl(path: &Path, text: &str) -> Result<Vec<Event>, GateError> {
    let mut state: Option<State> = None;
    for record in json_lines(path, text) {
        let (line, v) = record?;
        if v.get("$set").is_some() {
            continue;
        }
        let s = state.get_or_insert_with(|| State::new(path, &v));
        if v.get("projectHash").is_some() && v.get("type").is_none() {
            continue;
        }
        s.message(path, line, &v)?;
    }
    Ok(state.map(|s| s.events).unwrap_or_default())
}

struct State {
    ctx: Ctx,
    events: Vec<Event>,
}

impl State {
    fn new(path: &Path, head: &Value) -> Self {
        let ctx = Ctx {
            agent: AGENT.to_string(),
            session: head
                .get("sessionId")
                .and_then(Value::as_str)
                .map(String::from)
                .unwrap_or_else(|| stem(path)),
            ..Ctx::default()
        };
        let ts = head
            .get("startTime")
            .or_else(|| head.get("timestamp"))
            .and_then(Value::as_str)
            .unwrap_or("");
        let events = vec![ctx.event(EventKind::SessionStart, ts)];
        Self { ctx, events }
    }

    fn message(&mut self, path: &Path, line: usize, m: &Value) -> Result<(), GateError> {
        let ts = m.get("timestamp").and_then(Value::as_str).unwrap_or("");
        match m.get("type").and_then(Value::as_str) {
            Some("user") => {
                let text = match m.get("content") {
                    Some(Value::String(s)) => s.clone(),
                    Some(v) => tools::output_text(v).unwrap_or_default(),
                    None => String::new(),
                };
                self.events.push(tools::prompt(&self.ctx, ts, &text));
            }
            Some("gemini") => {
                if let (Some(model), Some(first)) = (
                    m.get("model").and_then(Value::as_str),
                    self.events.first_mut(),
                ) {
                    first.model.get_or_insert_with(|| model.to_string());
                }
                let calls = match m.get("toolCalls") {
                    None | Some(Value::Null) => return Ok(()),
                    Some(Value::Array(c)) => c,
                    Some(other) => {
                        return Err(at(
                            path,
                            line,
                            format!(
                                "\"toolCalls\" must be an array, found {}",
                                super::hooks::kind_of(other)
                            ),
                        ))
                    }
                };
                for call in calls {
                    let name = call
                        .get("name")
                        .and_then(Value::as_str)
                        .ok_or_else(|| at(path, line, "a tool call has no \"name\" string"))?;
                    let output = call.get("result").and_then(result_text);
                    let ts = call.get("timestamp").and_then(Value::as_str).unwrap_or(ts);
                    self.events.extend(tools::events(
                        &self.ctx,
                        &Call {
                            ts,
                            name,
                            input: call.get("args"),
                            output,
                            ..Call::default()
                        },
                    ));
                }
            }
            _ => {}
        }
        Ok(())
    }
}

/// `result: [{functionResponse:{response:{output}}}]` → the output text.
fn result_text(v: &Value) -> Option<String> {
    let parts: Vec<String> = v
        .as_array()?
        .iter()
        .filter_map(|r| {
            r.pointer("/functionResponse/response/output")
                .or_else(|| r.pointer("/functionResponse/response/error"))
                .and_then(tools::output_text)
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join("\n"))
}
