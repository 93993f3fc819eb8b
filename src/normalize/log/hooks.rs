//! One hook payload (what an agent writes on a hook command's stdin) → a
//! neutral [`Payload`] → events. Used by `remit record` and for logs made of
//! raw hook payloads, one a line (formats.md §1, §3.5, §4, §5, §6).

use serde_json::{Map, Value};

use super::tools::{self, Call, Ctx};
use crate::model::event::{Event, EventKind};

/// The agents whose hooks remit speaks (`remit record --agent`) and wires
/// (`remit init --agent`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub(crate) enum Agent {
    ClaudeCode,
    Cursor,
    Codex,
    Gemini,
    Copilot,
    #[value(name = "opencode")]
    OpenCode,
}

impl Agent {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::ClaudeCode => "claude-code",
            Self::Cursor => "cursor",
            Self::Codex => "codex",
            Self::Gemini => "gemini",
            Self::Copilot => "copilot",
            Self::OpenCode => "opencode",
        }
    }
}

/// Where in the agent's loop the hook fired.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Phase {
    SessionStart,
    Prompt,
    /// Before a tool runs: nothing is recorded, `--enforce` decides.
    PreTool,
    /// After a tool ran: the record of what happened.
    PostTool,
    /// The agent finished a turn: import its transcript.
    Stop,
    SessionEnd,
    Other,
}

/// The agent-neutral reading of one payload.
#[derive(Debug, Clone)]
pub(crate) struct Payload {
    pub(crate) agent: Agent,
    pub(crate) event_name: String,
    pub(crate) phase: Phase,
    pub(crate) session: String,
    pub(crate) cwd: Option<String>,
    pub(crate) ts: Option<String>,
    pub(crate) tool_name: Option<String>,
    pub(crate) tool_input: Option<Value>,
    pub(crate) tool_output: Option<String>,
    pub(crate) exit_code: Option<i64>,
    pub(crate) server: Option<String>,
    pub(crate) prompt: Option<String>,
    pub(crate) permission_mode: Option<String>,
    pub(crate) model: Option<String>,
    /// Transcripts the agent says it keeps (main and subagent).
    pub(crate) transcripts: Vec<String>,
}

type Obj = Map<String, Value>;

fn string(o: &Obj, key: &str) -> Result<Option<String>, String> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(format!(
            "\"{key}\" must be a string, found {}",
            kind_of(other)
        )),
    }
}

pub(crate) fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// An object, or a JSON string holding one (Cursor's and Copilot's `tool_input`).
fn object_value(o: &Obj, key: &str) -> Result<Option<Value>, String> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v @ Value::Object(_)) => Ok(Some(v.clone())),
        Some(Value::String(s)) => match serde_json::from_str::<Value>(s) {
            Ok(v @ Value::Object(_)) => Ok(Some(v)),
            _ => Ok(Some(Value::String(s.clone()))),
        },
        Some(other) => Err(format!(
            "\"{key}\" must be an object, found {}",
            kind_of(other)
        )),
    }
}

/// Reads one payload. `agent` is what the hook was configured for; a
/// payload of the wrong shape is an error naming the field.
pub(crate) fn read(agent: Agent, v: &Value) -> Result<Payload, String> {
    let o = v
        .as_object()
        .ok_or_else(|| format!("a hook payload must be a JSON object, found {}", kind_of(v)))?;
    match agent {
        Agent::Cursor => read_cursor(o),
        Agent::Copilot if o.contains_key("sessionId") || o.contains_key("toolName") => {
            read_copilot_camel(o)
        }
        Agent::OpenCode => read_opencode(o),
        _ => read_claude_like(agent, o),
    }
}

fn base(agent: Agent, event_name: String, phase: Phase, session: String) -> Payload {
    Payload {
        agent,
        event_name,
        phase,
        session,
        cwd: None,
        ts: None,
        tool_name: None,
        tool_input: None,
        tool_output: None,
        exit_code: None,
        server: None,
        prompt: None,
        permission_mode: None,
        model: None,
        transcripts: Vec::new(),
    }
}

fn required(o: &Obj, key: &str) -> Result<String, String> {
    string(o, key)?.ok_or_else(|| format!("\"{key}\" is missing"))
}

/// Claude Code, Codex, Gemini CLI and Copilot's PascalCase mode share the
/// snake_case shape (`session_id`, `hook_event_name`, `tool_name`, ...).
fn read_claude_like(agent: Agent, o: &Obj) -> Result<Payload, String> {
    let name = required(o, "hook_event_name")?;
    let session = required(o, "session_id")?;
    let phase = match name.as_str() {
        "SessionStart" => Phase::SessionStart,
        "UserPromptSubmit" | "BeforeAgent" => Phase::Prompt,
        "PreToolUse" | "BeforeTool" | "PermissionRequest" => Phase::PreTool,
        "PostToolUse" | "PostToolUseFailure" | "AfterTool" => Phase::PostTool,
        "Stop" | "SubagentStop" | "AfterAgent" => Phase::Stop,
        "SessionEnd" => Phase::SessionEnd,
        _ => Phase::Other,
    };
    let mut p = base(agent, name, phase, session);
    p.cwd = string(o, "cwd")?;
    p.ts = string(o, "timestamp")?;
    p.tool_name = string(o, "tool_name")?;
    p.tool_input = object_value(o, "tool_input")?;
    p.prompt = string(o, "prompt")?;
    p.permission_mode = string(o, "permission_mode")?;
    p.model = match o.get("model") {
        Some(Value::String(s)) => Some(s.clone()),
        _ => None,
    };
    for key in ["transcript_path", "agent_transcript_path"] {
        if let Some(t) = string(o, key)? {
            p.transcripts.push(t);
        }
    }
    let response = o.get("tool_response").or_else(|| o.get("tool_result"));
    p.tool_output = response.and_then(tool_output_text);
    if let Some(err) = string(o, "error")? {
        p.exit_code = err
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("Exit code "))
            .and_then(|n| n.trim().parse().ok());
        p.tool_output.get_or_insert(err);
    }
    if let Some(ctx) = o.get("mcp_context").and_then(Value::as_object) {
        p.server = string(ctx, "server_name")?;
    }
    if p.phase == Phase::PostTool && p.tool_name.is_none() {
        return Err("\"tool_name\" is missing".to_string());
    }
    Ok(p)
}

/// Output text of a `tool_response`: Bash's stdout+stderr, Gemini's
/// `llmContent`, Copilot's `text_result_for_llm`, or the whole value.
fn tool_output_text(v: &Value) -> Option<String> {
    if let Some(o) = v.as_object() {
        let stdout = o.get("stdout").and_then(Value::as_str);
        let stderr = o.get("stderr").and_then(Value::as_str);
        if stdout.is_some() || stderr.is_some() {
            return Some(format!("{}{}", stdout.unwrap_or(""), stderr.unwrap_or("")));
        }
        // Claude Code's Read: `{type, file: {filePath, content, ...}}`.
        if let Some(content) = o.get("file").and_then(|f| f.get("content")) {
            return tools::output_text(content);
        }
        for key in [
            "llmContent",
            "text_result_for_llm",
            "textResultForLlm",
            "content",
            "result",
        ] {
            if let Some(inner) = o.get(key) {
                return tools::output_text(inner);
            }
        }
    }
    tools::output_text(v)
}

fn read_cursor(o: &Obj) -> Result<Payload, String> {
    let name = required(o, "hook_event_name")?;
    let session = string(o, "conversation_id")?
        .or(string(o, "session_id")?)
        .ok_or("\"conversation_id\" is missing")?;
    let phase = match name.as_str() {
        "sessionStart" => Phase::SessionStart,
        "beforeSubmitPrompt" => Phase::Prompt,
        "beforeShellExecution" | "beforeMCPExecution" | "preToolUse" => Phase::PreTool,
        "afterShellExecution"
        | "afterMCPExecution"
        | "postToolUse"
        | "postToolUseFailure"
        | "afterFileEdit"
        | "beforeReadFile" => Phase::PostTool,
        "stop" | "subagentStop" => Phase::Stop,
        "sessionEnd" => Phase::SessionEnd,
        _ => Phase::Other,
    };
    let mut p = base(Agent::Cursor, name.clone(), phase, session);
    let roots = match o.get("workspace_roots") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .map(String::from)
            .collect(),
        Some(other) => {
            return Err(format!(
                "\"workspace_roots\" must be an array, found {}",
                kind_of(other)
            ))
        }
    };
    p.cwd = string(o, "cwd")?.or_else(|| roots.first().cloned());
    p.model = string(o, "model")?;
    p.prompt = string(o, "prompt")?;
    if let Some(t) = string(o, "transcript_path")? {
        p.transcripts.push(t);
    }
    match name.as_str() {
        "beforeShellExecution" | "afterShellExecution" => {
            let command = required(o, "command")?;
            p.tool_name = Some("Shell".to_string());
            p.tool_input = Some(serde_json::json!({ "command": command }));
            p.tool_output = string(o, "output")?;
        }
        "beforeMCPExecution" | "afterMCPExecution" => {
            p.tool_name = Some(required(o, "tool_name")?);
            p.tool_input = object_value(o, "tool_input")?;
            p.tool_output = string(o, "result_json")?;
            p.server = string(o, "url")?
                .or(string(o, "command")?)
                .map(|raw| super::mcp_identity::identity(&raw))
                .or(Some("mcp".into()));
        }
        "afterFileEdit" => {
            p.tool_name = Some("Write".to_string());
            p.tool_input = Some(serde_json::json!({ "file_path": required(o, "file_path")? }));
        }
        "beforeReadFile" => {
            p.tool_name = Some("Read".to_string());
            p.tool_input = Some(serde_json::json!({ "file_path": required(o, "file_path")? }));
            p.tool_output = string(o, "content")?;
        }
        _ => {
            p.tool_name = string(o, "tool_name")?;
            p.tool_input = object_value(o, "tool_input")?;
            p.tool_output = o
                .get("tool_output")
                .or_else(|| o.get("tool_response"))
                .and_then(tool_output_text);
        }
    }
    Ok(p)
}

/// Copilot's own camelCase payloads carry no event name: the fields say it.
fn read_copilot_camel(o: &Obj) -> Result<Payload, String> {
    let session = required(o, "sessionId")?;
    let name = string(o, "hookEventName")?.unwrap_or_else(|| {
        if o.contains_key("toolResult") {
            "postToolUse"
        } else if o.contains_key("toolName") {
            "preToolUse"
        } else if o.contains_key("stopReason") || o.contains_key("transcriptPath") {
            "agentStop"
        } else if o.contains_key("reason") {
            "sessionEnd"
        } else if o.contains_key("prompt") {
            "userPromptSubmitted"
        } else if o.contains_key("source") {
            "sessionStart"
        } else {
            "unknown"
        }
        .to_string()
    });
    let phase = match name.as_str() {
        "sessionStart" => Phase::SessionStart,
        "userPromptSubmitted" => Phase::Prompt,
        "preToolUse" | "permissionRequest" => Phase::PreTool,
        "postToolUse" | "postToolUseFailure" => Phase::PostTool,
        "agentStop" | "subagentStop" => Phase::Stop,
        "sessionEnd" => Phase::SessionEnd,
        _ => Phase::Other,
    };
    let mut p = base(Agent::Copilot, name, phase, session);
    p.cwd = string(o, "cwd")?;
    p.ts = match o.get("timestamp") {
        Some(Value::Number(n)) => n
            .as_i64()
            .map(|ms| crate::audit::format_utc(ms.div_euclid(1000), ms.rem_euclid(1000) as u32)),
        Some(Value::String(s)) => Some(s.clone()),
        _ => None,
    };
    p.tool_name = string(o, "toolName")?;
    p.tool_input = object_value(o, "toolArgs")?;
    p.prompt = string(o, "prompt")?.or(string(o, "initialPrompt")?);
    p.tool_output = o.get("toolResult").and_then(tool_output_text);
    if let Some(t) = string(o, "transcriptPath")? {
        p.transcripts.push(t);
    }
    Ok(p)
}

/// OpenCode has plugins, not hook commands; remit's plugin pipes
/// `{"event":"tool.execute.after","input":{tool,sessionID,callID,args},"output":{…},"directory":…}`.
fn read_opencode(o: &Obj) -> Result<Payload, String> {
    let name = string(o, "event")?
        .or(string(o, "hook")?)
        .ok_or("\"event\" is missing")?;
    let empty = Map::new();
    let input = match o.get("input") {
        Some(Value::Object(i)) => i,
        None | Some(Value::Null) => o,
        Some(other) => {
            return Err(format!(
                "\"input\" must be an object, found {}",
                kind_of(other)
            ))
        }
    };
    let session = string(input, "sessionID")?
        .or(string(o, "sessionID")?)
        .ok_or("\"sessionID\" is missing")?;
    let phase = match name.as_str() {
        "session.created" => Phase::SessionStart,
        "chat.message" => Phase::Prompt,
        "tool.execute.before" => Phase::PreTool,
        "tool.execute.after" => Phase::PostTool,
        "session.idle" => Phase::Stop,
        "session.deleted" => Phase::SessionEnd,
        _ => Phase::Other,
    };
    let mut p = base(Agent::OpenCode, name, phase, session);
    p.cwd = string(o, "directory")?.or(string(o, "cwd")?);
    p.tool_name = string(input, "tool")?;
    let output = match o.get("output") {
        Some(Value::Object(out)) => out,
        _ => &empty,
    };
    p.tool_input = object_value(input, "args")?.or(object_value(output, "args")?);
    p.tool_output = output.get("output").and_then(tools::output_text);
    p.prompt = string(o, "prompt")?;
    Ok(p)
}

/// The events a payload records. `PreTool` records nothing: what ran is
/// recorded after it ran (and `--enforce` judges before).
pub(crate) fn events(ctx: &Ctx, p: &Payload, ts: &str) -> Vec<Event> {
    let ts = p.ts.as_deref().unwrap_or(ts);
    match p.phase {
        Phase::SessionStart => {
            let mut e = ctx.event(EventKind::SessionStart, ts);
            e.cwd = p.cwd.clone();
            e.permission_mode = p.permission_mode.clone();
            e.model = p.model.clone();
            vec![e]
        }
        Phase::Prompt => match &p.prompt {
            Some(text) => vec![tools::prompt(ctx, ts, text)],
            None => vec![ctx.event(EventKind::Prompt, ts)],
        },
        Phase::PostTool => {
            let Some(name) = p.tool_name.as_deref() else {
                return Vec::new();
            };
            let mut out = tools::events(
                ctx,
                &Call {
                    ts,
                    name,
                    input: p.tool_input.as_ref(),
                    output: p.tool_output.clone(),
                    exit_code: p.exit_code,
                    server: p.server.clone(),
                },
            );
            if let Some(mode) = &p.permission_mode {
                if mode == "bypassPermissions" {
                    for e in &mut out {
                        e.permission_mode = Some(mode.clone());
                    }
                }
            }
            out
        }
        Phase::SessionEnd => vec![ctx.event(EventKind::SessionEnd, ts)],
        Phase::PreTool | Phase::Stop | Phase::Other => Vec::new(),
    }
}

/// Which agent wrote a raw hook payload, from its shape.
pub(crate) fn agent_of(o: &Obj) -> Agent {
    let name = o
        .get("hook_event_name")
        .and_then(Value::as_str)
        .unwrap_or("");
    if o.contains_key("conversation_id") || o.contains_key("workspace_roots") {
        Agent::Cursor
    } else if o.contains_key("sessionId") && !o.contains_key("session_id") {
        Agent::Copilot
    } else if matches!(
        name,
        "BeforeTool" | "AfterTool" | "BeforeAgent" | "AfterAgent"
    ) || o.contains_key("mcp_context")
    {
        Agent::Gemini
    } else if o.contains_key("turn_id")
        || o.get("tool_name").and_then(Value::as_str) == Some("apply_patch")
    {
        Agent::Codex
    } else {
        Agent::ClaudeCode
    }
}
