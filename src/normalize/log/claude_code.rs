//! Claude Code transcripts (`~/.claude/projects/<project>/<session>.jsonl`,
//! formats.md §2). Tool calls are `tool_use` blocks on `assistant` lines
//! (one API response split over several lines); their results come back on
//! `user` lines as `tool_result` blocks, paired by id. Subagents: 1.0.x
//! inline (`isSidechain`), 2.0.x `agent-<id>.jsonl` beside the session,
//! 2.1.x `<session>/subagents/agent-<id>.jsonl` — each parses the same way,
//! and [`companion_files`] finds the separate ones.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::tools::{self, Call, Ctx};
use super::{at, json_lines, opt_str, stem};
use crate::error::GateError;
use crate::model::event::{Event, EventKind};

pub(crate) const AGENT: &str = "claude-code";

enum Item {
    Done(Box<Event>),
    Call {
        ctx: Ctx,
        ts: String,
        name: String,
        input: Box<Value>,
        output: Option<String>,
    },
}

pub(crate) fn parse(path: &Path, text: &str) -> Result<Vec<Event>, GateError> {
    let mut items: Vec<Item> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut ctx: Option<Ctx> = None;
    let mut start_at: Option<usize> = None;
    let mut model: Option<String> = None;
    for record in json_lines(path, text) {
        let (line, v) = record?;
        let ty = opt_str(path, line, &v, "type")?.unwrap_or("");
        if !matches!(ty, "user" | "assistant" | "permission-mode") {
            continue;
        }
        let ts = opt_str(path, line, &v, "timestamp")?
            .unwrap_or("")
            .to_string();
        let session = opt_str(path, line, &v, "sessionId")?;
        let cwd = opt_str(path, line, &v, "cwd")?;
        if ctx.is_none() {
            let c = Ctx {
                agent: AGENT.to_string(),
                session: session.map(String::from).unwrap_or_else(|| stem(path)),
                root: cwd.map(String::from),
                cwd: cwd.map(String::from),
            };
            let mut e = c.event(EventKind::SessionStart, &ts);
            e.cwd = cwd.map(String::from);
            start_at = Some(items.len());
            items.push(Item::Done(Box::new(e)));
            ctx = Some(c);
        }
        let Some(c) = ctx.as_mut() else { continue };
        if let Some(cwd) = cwd {
            c.cwd = Some(cwd.to_string());
        }
        if ty == "permission-mode" {
            if let (Some(i), Some(mode)) = (start_at, opt_str(path, line, &v, "permissionMode")?) {
                if let Some(Item::Done(e)) = items.get_mut(i) {
                    e.permission_mode.get_or_insert_with(|| mode.to_string());
                }
            }
            continue;
        }
        let message = v.get("message").unwrap_or(&Value::Null);
        if ty == "assistant" && model.is_none() {
            model = message
                .get("model")
                .and_then(Value::as_str)
                .map(String::from);
        }
        let content = message.get("content").unwrap_or(&Value::Null);
        match content {
            Value::String(s) if ty == "user" => {
                if v.get("isMeta").and_then(Value::as_bool) != Some(true) {
                    items.push(Item::Done(Box::new(tools::prompt(c, &ts, s))));
                }
            }
            Value::Array(blocks) => {
                let mut prompt_text = String::new();
                for block in blocks {
                    match block.get("type").and_then(Value::as_str) {
                        Some("tool_use") => {
                            let name =
                                block.get("name").and_then(Value::as_str).ok_or_else(|| {
                                    at(path, line, "a tool_use block has no \"name\" string")
                                })?;
                            let id = block.get("id").and_then(Value::as_str).unwrap_or("");
                            by_id.insert(id.to_string(), items.len());
                            items.push(Item::Call {
                                ctx: c.clone(),
                                ts: ts.clone(),
                                name: name.to_string(),
                                input: Box::new(block.get("input").cloned().unwrap_or(Value::Null)),
                                output: None,
                            });
                        }
                        Some("tool_result") => {
                            let id = block
                                .get("tool_use_id")
                                .and_then(Value::as_str)
                                .unwrap_or("");
                            if let Some(Item::Call { output, .. }) =
                                by_id.get(id).and_then(|&i| items.get_mut(i))
                            {
                                *output = block.get("content").and_then(tools::output_text);
                            }
                        }
                        Some("text") if ty == "user" => {
                            if let Some(t) = block.get("text").and_then(Value::as_str) {
                                prompt_text.push_str(t);
                            }
                        }
                        _ => {}
                    }
                }
                if !prompt_text.is_empty() && v.get("isMeta").and_then(Value::as_bool) != Some(true)
                {
                    items.push(Item::Done(Box::new(tools::prompt(c, &ts, &prompt_text))));
                }
            }
            Value::Null | Value::String(_) => {}
            other => {
                return Err(at(
                    path,
                    line,
                    format!(
                        "\"message.content\" must be a string or an array, found {}",
                        super::hooks::kind_of(other)
                    ),
                ))
            }
        }
    }
    let mut events = Vec::new();
    for item in items {
        match item {
            Item::Done(e) => events.push(*e),
            Item::Call {
                ctx,
                ts,
                name,
                input,
                output,
            } => events.extend(tools::events(
                &ctx,
                &Call {
                    ts: &ts,
                    name: &name,
                    input: Some(&input),
                    output,
                    ..Call::default()
                },
            )),
        }
    }
    if let (Some(first), Some(m)) = (events.first_mut(), model) {
        first.model = Some(m);
    }
    Ok(events)
}

/// Subagent transcripts kept beside a main transcript: 2.1.x
/// `<dir>/<session>/subagents/agent-*.jsonl`, and 2.0.x `<dir>/agent-*.jsonl`
/// whose lines carry this `session`.
pub(crate) fn companion_files(transcript: &Path, session: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Some(dir) = transcript.parent() else {
        return out;
    };
    let sub = dir.join(session).join("subagents");
    if let Ok(entries) = std::fs::read_dir(&sub) {
        let mut found: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
            .collect();
        found.sort();
        out.extend(found);
    }
    if let Ok(entries) = std::fs::read_dir(dir) {
        let mut found: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("agent-") && n.ends_with(".jsonl"))
            })
            .filter(|p| belongs_to(p, session))
            .collect();
        found.sort();
        out.extend(found);
    }
    out
}

/// Whether the first record of a 2.0.x agent file names `session`.
fn belongs_to(path: &Path, session: &str) -> bool {
    use std::io::BufRead;
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut first = String::new();
    if std::io::BufReader::new(file).read_line(&mut first).is_err() {
        return false;
    }
    serde_json::from_str::<Value>(&first)
        .ok()
        .and_then(|v| {
            v.get("sessionId")
                .and_then(Value::as_str)
                .map(|s| s == session)
        })
        .unwrap_or(false)
}
