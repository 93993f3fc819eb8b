//! Cursor agent transcripts (`~/.cursor/projects/<slug>/…`, formats.md §4):
//! `{"role":…,"message":{"content":[text | tool_use{name,input}]}}` lines,
//! without timestamps, results or ids.

use std::path::Path;

use serde_json::Value;

use super::tools::{self, Call, Ctx};
use super::{at, json_lines, stem};
use crate::error::GateError;
use crate::model::event::{Event, EventKind};

pub(crate) const AGENT: &str = "cursor";

pub(crate) fn parse(path: &Path, text: &str) -> Result<Vec<Event>, GateError> {
    let ctx = Ctx {
        agent: AGENT.to_string(),
        session: stem(path),
        ..Ctx::default()
    };
    let mut events = vec![ctx.event(EventKind::SessionStart, "")];
    for record in json_lines(path, text) {
        let (line, v) = record?;
        let role = v.get("role").and_then(Value::as_str).unwrap_or("");
        let content = match v.pointer("/message/content") {
            None | Some(Value::Null) => continue,
            Some(Value::Array(blocks)) => blocks,
            Some(Value::String(s)) => {
                if role == "user" {
                    events.push(tools::prompt(&ctx, "", s));
                }
                continue;
            }
            Some(other) => {
                return Err(at(
                    path,
                    line,
                    format!(
                        "\"message.content\" must be an array, found {}",
                        super::hooks::kind_of(other)
                    ),
                ))
            }
        };
        for block in content {
            match block.get("type").and_then(Value::as_str) {
                Some("tool_use") => {
                    let name = block
                        .get("name")
                        .and_then(Value::as_str)
                        .ok_or_else(|| at(path, line, "a tool_use block has no \"name\" string"))?;
                    events.extend(tools::events(
                        &ctx,
                        &Call {
                            ts: "",
                            name,
                            input: block.get("input"),
                            ..Call::default()
                        },
                    ));
                }
                Some("text") if role == "user" => {
                    if let Some(t) = block.get("text").and_then(Value::as_str) {
                        events.push(tools::prompt(&ctx, "", t));
                    }
                }
                _ => {}
            }
        }
    }
    Ok(events)
}
