//! `remit record --agent A [--enforce]`: the hook command. Reads one hook
//! payload on stdin, normalizes it and appends the events to the session's
//! audit log (`.remit/sessions/<session>.jsonl` at the repository root).
//! At the end of a turn or session it also imports the agent's own
//! transcript, because hooks fail open and can miss events.
//!
//! Recording must not break the agent: an internal error is reported on
//! stderr and the command exits 0 — unless `--enforce`, which fails closed.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::Result;
use serde_json::Value;

use crate::audit::{self, writer};
use crate::cli::RecordArgs;
use crate::error::GateError;
use crate::model::event::{Event, EventKind};
use crate::normalize::log::hooks::{self, Agent, Payload, Phase};
use crate::normalize::log::tools::Ctx;
use crate::normalize::log::{self, claude_code};

/// Largest payload read from stdin.
const MAX_PAYLOAD: u64 = 64 * 1024 * 1024;

pub(crate) fn run(args: RecordArgs) -> Result<u8> {
    let agent = args.agent;
    let mut bytes = Vec::new();
    let mut stdin = std::io::stdin();
    let read = (&mut stdin)
        .take(MAX_PAYLOAD + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| {
            GateError::input(
                format!("cannot read the hook payload on stdin: {e}"),
                "run remit record as an agent hook command",
            )
        });
    if read.is_ok() && bytes.len() as u64 > MAX_PAYLOAD {
        // Too large to parse: never dropped silently, recorded as what it is.
        let outcome = oversized(agent, &mut bytes, &mut stdin);
        if args.enforce {
            return Ok(super::enforce::deny_oversized(agent));
        }
        if let Err(e) = outcome {
            eprintln!(
                "remit record: not recorded: {} (the agent goes on; the gate will see the gap)",
                crate::redact::redact(&format!("{e:#}"))
            );
        }
        return Ok(0);
    }
    let payload = read
        .map_err(anyhow::Error::from)
        .and_then(|_| parse(agent, &bytes));
    if args.enforce {
        return super::enforce::run(agent, payload, |p| record(p).map(|_| ()));
    }
    match payload.and_then(|p| record(&p)) {
        Ok(_) => Ok(0),
        Err(e) => {
            eprintln!(
                "remit record: not recorded: {} (the agent goes on; the gate will see the gap)",
                crate::redact::redact(&format!("{e:#}"))
            );
            Ok(0)
        }
    }
}

/// A payload over [`MAX_PAYLOAD`]: the session, cwd and tool are read from
/// its start, the whole stream is hashed, and one `tool` event marked
/// `truncated` records that the call happened and what it carried.
fn oversized(agent: Agent, head: &mut Vec<u8>, rest: &mut impl Read) -> Result<()> {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    hasher.update(&head[..]);
    let mut total = head.len() as u64;
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = rest.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        total += n as u64;
    }
    let start = String::from_utf8_lossy(&head[..head.len().min(1 << 20)]).into_owned();
    head.clear();
    let field = |key: &str| -> Option<String> {
        let re = regex::Regex::new(&format!(r#""{key}"\s*:\s*"((?:[^"\\]|\\.)*)""#)).ok()?;
        let raw = re.captures(&start)?.get(1)?.as_str().to_string();
        serde_json::from_str::<String>(&format!("\"{raw}\"")).ok()
    };
    let session = field("session_id")
        .or_else(|| field("sessionId"))
        .or_else(|| field("conversation_id"))
        .unwrap_or_else(|| "unknown-session".to_string());
    let cwd = field("cwd");
    let start_dir = match &cwd {
        Some(c) => PathBuf::from(c),
        None => std::env::current_dir()?,
    };
    let root = audit::repo_root(&start_dir).ok_or_else(|| {
        GateError::input(
            format!("{} is not inside a git repository", start_dir.display()),
            "run the agent inside the repository it works on",
        )
    })?;
    let digest = hasher.finalize();
    let hex = crate::hash::hex(&digest);
    let mut e = Event::new(EventKind::Tool, &session, agent.as_str(), &audit::now_utc());
    e.tool = field("tool_name").or_else(|| field("hook_event_name"));
    e.untrusted = Some(true);
    e.content_sha256 = Some(hex);
    e.truncated = Some(true);
    e.command = Some(format!(
        "[a {total}-byte hook payload, over remit's {} MiB limit: not parsed]",
        MAX_PAYLOAD >> 20
    ));
    let log = audit::session_log(&root, &session)?;
    let tail = writer::append(&log, &mut [e])?;
    note_head(&root, &log, &tail);
    Ok(())
}

fn parse(agent: Agent, bytes: &[u8]) -> Result<Payload> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        GateError::input(
            format!(
                "stdin:1: the hook payload is not UTF-8 (invalid byte at {})",
                e.valid_up_to()
            ),
            "remit record reads the JSON payload the agent writes to a hook command's stdin",
        )
    })?;
    let value: Value = serde_json::from_str(text).map_err(|e| {
        GateError::input(
            format!("stdin:{}: the hook payload is not JSON: {e}", e.line()),
            "remit record reads the JSON payload the agent writes to a hook command's stdin",
        )
    })?;
    hooks::read(agent, &value).map_err(|m| {
        anyhow::Error::from(GateError::input(
            format!("stdin: not a {} hook payload: {m}", agent.as_str()),
            format!(
                "check that the hook is wired with --agent {}",
                agent.as_str()
            ),
        ))
    })
}

/// Appends the payload's events (and, at a stop, the transcript's missed
/// ones); returns how many lines were written.
pub(crate) fn record(p: &Payload) -> Result<usize> {
    let start = match &p.cwd {
        Some(cwd) => PathBuf::from(cwd),
        None => std::env::current_dir()?,
    };
    let root = audit::repo_root(&start).ok_or_else(|| {
        GateError::input(
            format!("{} is not inside a git repository", start.display()),
            "run the agent inside the repository it works on; remit keeps session logs under .remit/sessions/ at its root",
        )
    })?;
    let ctx = Ctx {
        agent: p.agent.as_str().to_string(),
        session: p.session.clone(),
        root: Some(root.to_string_lossy().into_owned()),
        cwd: Some(start.to_string_lossy().into_owned()),
    };
    let ts = audit::now_utc();
    let mut events = hooks::events(&ctx, p, &ts);
    for e in &mut events {
        if e.event == EventKind::SessionStart {
            e.manifest_sha256 = manifest_sha(&root, &p.session);
        }
        if e.event == EventKind::Commit {
            e.sha = e.sha.take().map(|s| full_sha(&root, &s));
        }
    }
    let log_path = audit::session_log(&root, &p.session)?;
    if matches!(p.phase, Phase::Stop | Phase::SessionEnd) && !p.transcripts.is_empty() {
        // Transcripts are parsed outside the lock; what the log already
        // holds is left out under it, so two stops never add the same twice.
        let candidates = transcript_events(p, &root)?;
        let (tail, n) = writer::append_with(&log_path, |current| {
            let mut out = missed(candidates, current);
            out.append(&mut events);
            Ok(out)
        })?;
        note_head(&root, &log_path, &tail);
        return Ok(n);
    }
    if events.is_empty() {
        return Ok(0);
    }
    let tail = writer::append(&log_path, &mut events)?;
    note_head(&root, &log_path, &tail);
    Ok(events.len())
}

/// Keeps the log's head outside the workspace (see `audit::heads`): the
/// one this call's append left, known under the lock, since re-reading the
/// log after it would race the next hook's write. A failure is said on
/// stderr and never breaks the agent.
fn note_head(root: &Path, log: &Path, tail: &writer::Tail) {
    let (Some(head), Some(seq)) = (&tail.prev, tail.next_seq.checked_sub(1)) else {
        return;
    };
    if let Err(e) = audit::heads::remember(root, log, seq, head) {
        eprintln!("remit record: could not keep the log's head outside the workspace: {e}");
    }
}

/// SHA-256 of the manifest this session starts under (the one governing
/// it, from the working tree), so the gate can tell if it changed later.
fn manifest_sha(root: &Path, session: &str) -> Option<String> {
    super::enforce::read_manifest(root, session)
        .ok()
        .map(|m| m.sha256)
}

/// The full sha of a short one `git commit` printed (kept short if unknown).
fn full_sha(root: &Path, short: &str) -> String {
    git2::Repository::open(root)
        .ok()
        .and_then(|r| r.revparse_single(short).ok().map(|o| o.id().to_string()))
        .unwrap_or_else(|| short.to_string())
}

/// Events of the agent's own transcript(s), in this session's terms.
fn transcript_events(p: &Payload, root: &Path) -> Result<Vec<Event>> {
    let mut files: Vec<PathBuf> = Vec::new();
    for t in &p.transcripts {
        let path = PathBuf::from(t);
        if !path.is_file() || files.contains(&path) {
            continue;
        }
        files.push(path.clone());
        if p.agent == Agent::ClaudeCode {
            for c in claude_code::companion_files(&path, &p.session) {
                if !files.contains(&c) {
                    files.push(c);
                }
            }
        }
    }
    let mut out = Vec::new();
    for file in files {
        let (_, events) = log::parse_file(&file)?;
        let prefix = subdir_prefix(&events, root);
        for mut e in events {
            e.session = p.session.clone();
            e.agent = p.agent.as_str().to_string();
            if let (Some(prefix), Some(path)) = (&prefix, &e.path) {
                if !path.starts_with('/') {
                    e.path = Some(format!("{prefix}/{path}"));
                }
            }
            out.push(e);
        }
    }
    Ok(out)
}

/// The candidates the log (its text `current`) does not hold yet: each
/// action counted once per occurrence, one `session_start` per log.
fn missed(candidates: Vec<Event>, current: &str) -> Vec<Event> {
    let mut seen: HashMap<Key, usize> = HashMap::new();
    for line in current.lines() {
        if let Ok(e) = serde_json::from_str::<Event>(line) {
            *seen.entry(key(&e)).or_insert(0) += 1;
        }
    }
    let mut have_start = seen.keys().any(|k| k.0 == EventKind::SessionStart);
    let mut out = Vec::new();
    for e in candidates {
        if e.event == EventKind::SessionStart {
            if have_start {
                continue;
            }
            have_start = true;
        }
        match seen.get_mut(&key(&e)) {
            Some(n) if *n > 0 => *n -= 1,
            _ => out.push(e),
        }
    }
    out
}

/// When the transcript's cwd is a folder inside the repository, its
/// relative paths need that folder in front.
fn subdir_prefix(events: &[Event], root: &Path) -> Option<String> {
    let cwd = events.first()?.cwd.as_deref()?;
    let rest = Path::new(cwd).strip_prefix(root).ok()?;
    let rest = rest.to_string_lossy().replace('\\', "/");
    (!rest.is_empty()).then_some(rest)
}

type Key = (
    EventKind,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// What makes two records the same action, whichever source logged it.
fn key(e: &Event) -> Key {
    let content = (e.event == EventKind::Prompt)
        .then(|| e.content_sha256.clone())
        .flatten();
    let kind = if e.event == EventKind::SessionStart {
        return (EventKind::SessionStart, None, None, None, None, None);
    } else {
        e.event
    };
    (
        kind,
        e.path.clone(),
        e.command.clone(),
        e.url.clone(),
        e.sha.clone().map(|s| s.chars().take(7).collect()),
        content,
    )
}
