//! The appender: adds events to a hash-chained audit log (SPEC §5).
//!
//! Hooks run in parallel, so every append holds an exclusive lock on the
//! log file while it reads the last line (for `seq` and `prev`) and writes
//! its lines in one `write_all`. Lines never interleave and none is lost.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

use crate::error::GateError;
use crate::model::event::{line_hash, Event};

/// The chain position after the log's last line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tail {
    pub(crate) next_seq: u64,
    pub(crate) prev: Option<String>,
}

/// Appends `events` to the log at `path` (created with its folders when
/// missing), setting each event's `seq` and `prev`. Returns the chain
/// position after the lines written, as it was under the lock (another
/// hook may append the moment it is released).
pub(crate) fn append(path: &Path, events: &mut [Event]) -> Result<Tail, GateError> {
    let n = events.len() as u64;
    locked(path, false, |_, tail| Ok((chain(events, tail), n)))
}

/// Like [`append`], but the events are built while the lock is held, from
/// the log's text as it is then (to leave out what it already holds).
/// Returns the chain position after them and how many were written.
pub(crate) fn append_with(
    path: &Path,
    build: impl FnOnce(&str) -> Result<Vec<Event>, GateError>,
) -> Result<(Tail, usize), GateError> {
    let mut n = 0;
    let tail = locked(path, true, |current, tail| {
        let mut events = build(current)?;
        n = events.len();
        Ok((chain(&mut events, tail), n as u64))
    })?;
    Ok((tail, n))
}

/// Holds the exclusive lock while `lines` makes the text to append after
/// the current tail (given the whole log when `read_all`), and how many
/// lines that text holds; returns the tail after them.
fn locked(
    path: &Path,
    read_all: bool,
    lines: impl FnOnce(&str, &Tail) -> Result<((String, Option<String>), u64), GateError>,
) -> Result<Tail, GateError> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| io_error(dir, "create the folder", &e))?;
    }
    let mut options = OpenOptions::new();
    options.create(true).read(true).append(true);
    // A log is never written through a link (an agent could plant one to
    // steer the append outside the repository).
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NOFOLLOW);
    let mut file = options.open(path).map_err(|e| {
        if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
            GateError::input(
                format!(
                    "{} is a symlink: remit never writes an audit log through a link",
                    path.display()
                ),
                "remove the link and write the log to a real file",
            )
        } else {
            io_error(path, "open", &e)
        }
    })?;
    file.lock().map_err(|e| io_error(path, "lock", &e))?;
    // The lock is released when `file` drops, also on every early return.
    let tail = read_tail(&mut file, path)?;
    let mut current = String::new();
    if read_all && tail.next_seq > 0 {
        file.seek(SeekFrom::Start(0))
            .and_then(|_| file.read_to_string(&mut current))
            .map_err(|e| io_error(path, "read", &e))?;
    }
    let ((buf, head), written) = lines(&current, &tail)?;
    if !buf.is_empty() {
        file.write_all(buf.as_bytes())
            .map_err(|e| io_error(path, "append to", &e))?;
        file.flush().map_err(|e| io_error(path, "append to", &e))?;
    }
    Ok(Tail {
        next_seq: tail.next_seq + written,
        prev: head.or(tail.prev),
    })
}

/// Sets `seq`/`prev` on `events` after `tail`; returns the lines and the new head.
pub(crate) fn chain(events: &mut [Event], tail: &Tail) -> (String, Option<String>) {
    let mut buf = String::new();
    let mut prev = tail.prev.clone();
    for (seq, event) in (tail.next_seq..).zip(events.iter_mut()) {
        event.seq = seq;
        event.prev = prev.take();
        event.cap_fields();
        let line = event.to_line();
        prev = Some(line_hash(&line));
        buf.push_str(&line);
        buf.push('\n');
    }
    let head = if events.is_empty() { None } else { prev };
    (buf, head)
}

/// Reads the last line of the (locked) log to find where the chain goes on.
pub(crate) fn read_tail(file: &mut File, path: &Path) -> Result<Tail, GateError> {
    let len = file
        .seek(SeekFrom::End(0))
        .map_err(|e| io_error(path, "read", &e))?;
    if len == 0 {
        return Ok(Tail {
            next_seq: 0,
            prev: None,
        });
    }
    let last = last_line(file, len).map_err(|e| io_error(path, "read", &e))?;
    let Some(last) = last else {
        return Err(GateError::input(
            format!("{}: the last line is incomplete (no newline at the end); the log was cut or is being written by something other than remit", path.display()),
            "keep the damaged log for review (the gate reports it as log-tampered) and start a new session",
        ));
    };
    let text = String::from_utf8(last).map_err(|_| {
        GateError::input(
            format!("{}: the last line is not UTF-8", path.display()),
            "keep the damaged log for review and start a new session",
        )
    })?;
    let event: Event = serde_json::from_str(&text).map_err(|e| {
        GateError::input(
            format!(
                "{}: the last line is not an audit-log event: {e}",
                path.display()
            ),
            "keep the damaged log for review and start a new session",
        )
    })?;
    Ok(Tail {
        next_seq: event.seq + 1,
        prev: Some(line_hash(&text)),
    })
}

/// The bytes of the last line (without its newline); `None` when the file
/// does not end with a newline.
fn last_line(file: &mut File, len: u64) -> std::io::Result<Option<Vec<u8>>> {
    const CHUNK: u64 = 8192;
    let mut tail: Vec<u8> = Vec::new();
    let mut pos = len;
    loop {
        let start = pos.saturating_sub(CHUNK);
        let mut chunk = vec![0u8; (pos - start) as usize];
        file.seek(SeekFrom::Start(start))?;
        file.read_exact(&mut chunk)?;
        chunk.extend_from_slice(&tail);
        tail = chunk;
        if tail.last() != Some(&b'\n') {
            return Ok(None);
        }
        let body = &tail[..tail.len() - 1];
        if let Some(nl) = body.iter().rposition(|&b| b == b'\n') {
            return Ok(Some(body[nl + 1..].to_vec()));
        }
        if start == 0 {
            return Ok(Some(body.to_vec()));
        }
        pos = start;
    }
}

fn io_error(path: &Path, what: &str, e: &std::io::Error) -> GateError {
    GateError::input(
        format!("cannot {what} {}: {e}", path.display()),
        "check that the repository is writable (remit writes session logs under .remit/sessions/)",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::event::{check_link, EventKind};

    fn ev(kind: EventKind) -> Event {
        Event::new(kind, "s1", "claude-code", "2026-11-21T10:00:00.000Z")
    }

    #[test]
    fn appends_continue_the_chain() {
        let dir = tempfile::TempDir::new().expect("tempdir");
        let path = dir.path().join(".remit/sessions/s1.jsonl");
        append(&path, &mut [ev(EventKind::SessionStart)]).expect("first");
        let tail = append(&path, &mut [ev(EventKind::Exec), ev(EventKind::Read)]).expect("second");
        assert_eq!(tail.next_seq, 3);
        let head = tail.prev.expect("head");
        let text = std::fs::read_to_string(&path).expect("read");
        let mut prev: Option<String> = None;
        for (i, line) in text.lines().enumerate() {
            let e: Event = serde_json::from_str(line).expect("event");
            check_link(&e, i as u64, prev.as_deref()).expect("link");
            prev = Some(line_hash(line));
        }
        assert_eq!(text.lines().count(), 3);
        assert_eq!(prev, Some(head));
    }

    #[test]
    fn refuses_a_cut_last_line() {
        let dir = tempfile::TempDir::new().expect("tempdir");
        let path = dir.path().join("s.jsonl");
        std::fs::write(&path, "{\"v\":1,\"seq\":0").expect("write");
        let err = append(&path, &mut [ev(EventKind::Exec)]).expect_err("cut");
        assert!(err.to_string().contains("incomplete"), "{err}");
    }

    #[test]
    fn a_huge_field_is_cut_named_and_marked() {
        let mut big = ev(EventKind::Exec);
        big.command = Some("é".repeat(3_000_000));
        let (text, _) = chain(
            &mut [big],
            &Tail {
                next_seq: 0,
                prev: None,
            },
        );
        assert!(text.len() < 100_000, "{}", text.len());
        let e: Event = serde_json::from_str(text.trim_end()).expect("event");
        assert_eq!(e.truncated, Some(true));
        assert!(e.command.unwrap_or_default().contains("sha256"));
    }

    #[test]
    fn finds_a_long_last_line() {
        let dir = tempfile::TempDir::new().expect("tempdir");
        let path = dir.path().join("s.jsonl");
        let mut big = ev(EventKind::Exec);
        big.command = Some("x".repeat(50_000));
        append(&path, &mut [ev(EventKind::SessionStart), big]).expect("append");
        let mut f = File::open(&path).expect("open");
        let tail = read_tail(&mut f, &path).expect("tail");
        assert_eq!(tail.next_seq, 2);
    }
}
