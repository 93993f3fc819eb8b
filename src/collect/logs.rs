//! The audit logs the gate evaluates (SPEC §5): every
//! `.remit/sessions/*.jsonl` added or grown in the range (read at head and
//! compared with its base version: append-only), plus every `--audit FILE`.
//! Logs are streamed line by line into a [`LogDigest`], so memory stays flat
//! however long the log; every problem is located at file:line (and seq).

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use git2::Oid;

use crate::analysis::event_view::EventView;
use crate::analysis::session::{LogDigest, Tamper, Watch};
use crate::collect::files::short;
use crate::collect::git::GitRepo;
use crate::error::GateError;
use crate::model::event::check_link_fields;
use crate::normalize::log;

/// Where session logs live in a repository.
pub(crate) const SESSIONS_DIR: &str = ".remit/sessions";

/// A longer line is refused: no event is this large, and reading it whole
/// would let one line exhaust memory.
pub(crate) const MAX_LINE_BYTES: usize = 4 * 1024 * 1024;

const LOG_HELP: &str = "an audit log must be remit's JSONL (one event a line, as `remit record` or `remit import` write it); restore the log from the agent's machine or re-create it with `remit import`. remit does not guess";

/// Whether `path` is a session log remit discovers in the repository.
pub(crate) fn is_session_log(path: &str) -> bool {
    path.strip_prefix(".remit/sessions/")
        .is_some_and(|rest| !rest.contains('/') && rest.ends_with(".jsonl"))
}

/// Every log the range adds or grows, then every `--audit` file.
pub(crate) fn gather(
    repo: &GitRepo,
    base: Oid,
    head: Oid,
    audits: &[PathBuf],
    watch: &Watch<'_>,
) -> Result<Vec<LogDigest>, GateError> {
    let mut out = Vec::new();
    let on_head: Vec<String> = repo
        .list_dir(head, SESSIONS_DIR)?
        .into_iter()
        .filter(|p| is_session_log(p))
        .collect();
    for path in &on_head {
        let Some(now) = repo.file_at(head, path)? else {
            continue;
        };
        let before = repo.file_at(base, path)?;
        if before.as_deref() == Some(now.as_slice()) {
            continue;
        }
        let mut digest = LogDigest::new(path);
        if stream(now.as_slice(), path, &mut digest, watch)? == Read::Native {
            let text = log::check_bytes(Path::new(path), now.clone())?;
            digest = native(Path::new(path), &text, watch)?;
        }
        if let Some(before) = before {
            if let Some(t) = append_only(&before, &now, &short(base)) {
                digest.tampering.insert(0, t);
            }
        }
        if let Some(t) = against_noted_heads(repo.root(), path, &now) {
            digest.tampering.insert(0, t);
        }
        out.push(digest);
    }
    for path in repo
        .list_dir(base, SESSIONS_DIR)?
        .into_iter()
        .filter(|p| is_session_log(p) && !on_head.contains(p))
    {
        let mut digest = LogDigest::new(&path);
        digest.tampering.push(Tamper {
            line: None,
            seq: None,
            reason: format!(
                "the log exists on base ({}) and was deleted in the range: a session log may only grow",
                short(base)
            ),
        });
        out.push(digest);
    }
    for path in audits {
        out.push(read_file(path, watch, true)?);
    }
    Ok(out)
}

/// Reads one log file from disk (`--audit`, `remit verify-log`). Native
/// agent logs are read when `native` is set; they carry no hash chain.
pub(crate) fn read_file(
    path: &Path,
    watch: &Watch<'_>,
    native: bool,
) -> Result<LogDigest, GateError> {
    let name = path.display().to_string();
    let file = File::open(path).map_err(|e| {
        GateError::input(
            format!("cannot read audit log {name}: {e}"),
            "check the path you passed",
        )
    })?;
    let mut digest = LogDigest::new(&name);
    let read = stream(
        BufReader::with_capacity(1 << 16, file),
        &name,
        &mut digest,
        watch,
    )?;
    match read {
        Read::Remit => Ok(digest),
        Read::Native if native => native_file(path, watch),
        Read::Native => {
            let text = log::read_text(path)?;
            let format = log::detect(path, &text)?;
            Err(GateError::input(
                format!(
                    "{name}: a {} has no hash chain to verify",
                    format.as_str()
                ),
                "convert it with `remit import FILE` (which chains it), or pass it to `remit check --audit`",
            ))
        }
    }
}

fn native_file(path: &Path, watch: &Watch<'_>) -> Result<LogDigest, GateError> {
    let text = log::read_text(path)?;
    native(path, &text, watch)
}

/// A native agent log (Claude Code transcript, Codex rollout, ...), parsed
/// whole by `normalize::log` and digested like a remit log. It has no chain
/// and no line numbers of its own: findings point at events by `seq`.
fn native(path: &Path, text: &str, watch: &Watch<'_>) -> Result<LogDigest, GateError> {
    let format = log::detect(path, text)?;
    let mut events = log::parse_native(format, path, text)?;
    super::log_root::join_to_repository(&mut events, |p| watch.changed().contains(p));
    let mut digest = LogDigest::new(&path.display().to_string());
    digest.format = Some(format.as_str().to_string());
    for e in &events {
        digest.push(&EventView::of(e), 0, watch);
    }
    digest.lines = events.len();
    Ok(digest)
}

/// What [`stream`] found: a remit log (read), or another format (untouched
/// past its first line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Read {
    Remit,
    Native,
}

enum Line {
    Eof,
    /// `complete`: ended by a newline (not cut off at the end of the file).
    Read {
        complete: bool,
    },
    TooLong,
}

/// Reads one line into `buf` (without its newline), refusing lines longer
/// than `max` before they are read whole.
fn read_line<R: BufRead>(r: &mut R, buf: &mut Vec<u8>, max: usize) -> std::io::Result<Line> {
    loop {
        let chunk = r.fill_buf()?;
        if chunk.is_empty() {
            return Ok(if buf.is_empty() {
                Line::Eof
            } else {
                Line::Read { complete: false }
            });
        }
        match memchr::memchr(b'\n', chunk) {
            Some(i) => {
                if buf.len() + i > max {
                    return Ok(Line::TooLong);
                }
                buf.extend_from_slice(&chunk[..i]);
                r.consume(i + 1);
                return Ok(Line::Read { complete: true });
            }
            None => {
                let n = chunk.len();
                if buf.len() + n > max {
                    return Ok(Line::TooLong);
                }
                buf.extend_from_slice(chunk);
                r.consume(n);
            }
        }
    }
}

fn bad_line(name: &str, line: usize, what: impl std::fmt::Display) -> GateError {
    GateError::input(format!("{name}:{line}: {what}"), LOG_HELP)
}

/// Streams a log into `digest`: each line is parsed strictly and linked to
/// the previous one. A line that cannot be read is an error (exit 2); a
/// broken link or a cut-off last line is tampering (a finding).
pub(crate) fn stream<R: BufRead>(
    mut reader: R,
    name: &str,
    digest: &mut LogDigest,
    watch: &Watch<'_>,
) -> Result<Read, GateError> {
    let mut buf = Vec::with_capacity(4096);
    let mut line = 0usize;
    let mut prev: Option<[u8; 64]> = None;
    let mut expected_seq = 0u64;
    loop {
        buf.clear();
        let complete = match read_line(&mut reader, &mut buf, MAX_LINE_BYTES)
            .map_err(|e| bad_line(name, line + 1, format!("cannot read: {e}")))?
        {
            Line::Eof => break,
            Line::TooLong => {
                return Err(bad_line(
                    name,
                    line + 1,
                    format!(
                        "line longer than {} MiB: not an audit-log event",
                        MAX_LINE_BYTES >> 20
                    ),
                ))
            }
            Line::Read { complete } => complete,
        };
        line += 1;
        let text = std::str::from_utf8(&buf).map_err(|e| {
            bad_line(
                name,
                line,
                format!("not valid UTF-8 (byte {} of the line)", e.valid_up_to() + 1),
            )
        })?;
        if text.trim().is_empty() {
            return Err(bad_line(name, line, "empty line inside the log"));
        }
        if line == 1 && !is_remit(text) {
            return Ok(Read::Native);
        }
        let event: EventView<'_> = match serde_json::from_str(text) {
            Ok(e) => e,
            Err(e) if !complete && e.is_eof() => {
                digest.tampering.push(Tamper {
                    line: Some(line),
                    seq: None,
                    reason: "the last line is cut off (no newline, incomplete JSON): the log was truncated".to_string(),
                });
                break;
            }
            Err(e) => {
                return Err(bad_line(
                    name,
                    line,
                    format!("not a valid audit-log event: {e}"),
                ))
            }
        };
        let hash = hex_sha256(text.as_bytes());
        let prev_hash = prev
            .as_ref()
            .map(|h| std::str::from_utf8(h).unwrap_or_default());
        if let Err(reason) = check_link_fields(
            event.v,
            event.seq,
            event.prev.as_deref(),
            expected_seq,
            prev_hash,
        ) {
            if digest.tampering.iter().any(|t| t.seq.is_some()) {
                digest.more_breaks += 1;
            } else {
                digest.tampering.push(Tamper {
                    line: Some(line),
                    seq: Some(event.seq),
                    reason: format!("hash chain broken: {reason}"),
                });
            }
        }
        expected_seq = event.seq.saturating_add(1);
        digest.push(&event, line, watch);
        prev = Some(hash);
    }
    digest.lines = line;
    digest.head = prev.map(|h| String::from_utf8_lossy(&h).into_owned());
    Ok(Read::Remit)
}

/// Lowercase hex SHA-256 without allocating (same as `line_hash`).
fn hex_sha256(bytes: &[u8]) -> [u8; 64] {
    use sha2::{Digest, Sha256};
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(bytes);
    let mut out = [0u8; 64];
    for (i, b) in digest.iter().enumerate() {
        out[2 * i] = HEX[usize::from(b >> 4)];
        out[2 * i + 1] = HEX[usize::from(b & 0xf)];
    }
    out
}

/// The first line decides the format: remit's own log has `v`, `event` and
/// `prev` on every line; anything else goes to the native readers.
fn is_remit(first_line: &str) -> bool {
    let value: Option<serde_json::Value> = serde_json::from_str(first_line).ok();
    value
        .as_ref()
        .and_then(|v| v.as_object())
        .is_some_and(|o| o.contains_key("v") && o.contains_key("event") && o.contains_key("prev"))
}

/// Compares the committed log with the heads the recorder kept outside the
/// workspace on this machine (see [`crate::audit::heads`]): line `seq`
/// must hash to the head noted for `seq`. A log the session never wrote
/// this way (a rewrite, a forgery) fails at the first noted line it changed.
fn against_noted_heads(root: &Path, path: &str, log: &[u8]) -> Option<Tamper> {
    let name = path.rsplit('/').next()?;
    let (heads, kept) = crate::audit::heads::noted(root, name)?;
    for (i, line) in log.split(|b| *b == b'\n').enumerate() {
        let seq = i as u64;
        let Some(want) = heads.get(&seq) else {
            continue;
        };
        if line.is_empty() {
            break;
        }
        let got = hex_sha256(line);
        if got.as_slice() != want.as_bytes() {
            return Some(Tamper {
                line: Some(i + 1),
                seq: Some(seq),
                reason: format!(
                    "line {} differs from the chain head the recorder kept outside the workspace ({}): the log was rewritten or forged",
                    i + 1,
                    kept.display()
                ),
            });
        }
    }
    None
}

/// A log that exists on base must only grow: its base bytes must be a
/// prefix of the head version, line for line.
fn append_only(before: &[u8], now: &[u8], base: &str) -> Option<Tamper> {
    let grown = now.starts_with(before)
        && (before.is_empty()
            || before.ends_with(b"\n")
            || now.len() == before.len()
            || now[before.len()] == b'\n');
    if grown {
        return None;
    }
    let mut line = 1;
    for (a, b) in before
        .split(|c| *c == b'\n')
        .zip(now.split(|c| *c == b'\n'))
    {
        if a != b {
            break;
        }
        line += 1;
    }
    let what = if before.starts_with(now) {
        format!("lines {line} and after of the base version ({base}) were removed")
    } else {
        format!("line {line} differs from the base version ({base})")
    };
    Some(Tamper {
        line: Some(line),
        seq: None,
        reason: format!("log rewritten instead of appended: {what}; a session log may only grow"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn append_only_locates_the_rewrite() {
        assert!(append_only(b"a\nb\n", b"a\nb\nc\n", "base").is_none());
        assert!(append_only(b"", b"a\n", "base").is_none());
        let t = append_only(b"a\nb\n", b"a\nX\nc\n", "base").expect("rewrite");
        assert_eq!(t.line, Some(2));
        let t = append_only(b"a\nb\nc\n", b"a\n", "base").expect("cut");
        assert!(t.reason.contains("removed"), "{}", t.reason);
        assert!(append_only(b"a\nb", b"a\nbc\n", "base").is_some());
    }

    #[test]
    fn hex_hash_matches_the_model() {
        let h = hex_sha256(b"{\"v\":1}");
        assert_eq!(
            std::str::from_utf8(&h).ok(),
            Some(crate::model::event::line_hash("{\"v\":1}").as_str())
        );
    }

    #[test]
    fn long_lines_are_refused_before_being_read() {
        let data = vec![b'x'; 100];
        let mut buf = Vec::new();
        let mut r = std::io::BufReader::with_capacity(8, data.as_slice());
        assert!(matches!(read_line(&mut r, &mut buf, 50), Ok(Line::TooLong)));
    }
}
