//! Writing audit logs: the locked, hash-chained appender and the helpers
//! `remit record` / `remit import` share.

pub(crate) mod heads;
pub(crate) mod writer;

use std::path::{Path, PathBuf};

use crate::error::GateError;
use std::time::{SystemTime, UNIX_EPOCH};

/// Where session logs live, relative to the repository root.
pub(crate) const SESSIONS_DIR: &str = ".remit/sessions";

/// The repository root above `start`: the nearest folder holding `.git`
/// (a directory, or a file in a worktree). `None` outside a repository.
pub(crate) fn repo_root(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .find(|dir| dir.join(".git").exists())
        .map(Path::to_path_buf)
}

/// The log file of `session` under `root`, with `.remit/sessions` created
/// as real folders. The recorder writes only inside the repository: a
/// symlink at `.remit`, `.remit/sessions` or the log itself (which an agent
/// could commit or create) is refused, never followed.
pub(crate) fn session_log(root: &Path, session: &str) -> Result<PathBuf, GateError> {
    let mut dir = root.to_path_buf();
    for part in SESSIONS_DIR.split('/') {
        dir.push(part);
        match std::fs::symlink_metadata(&dir) {
            Ok(meta) if meta.file_type().is_symlink() => return Err(link_refused(&dir)),
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => {
                return Err(GateError::input(
                    format!("{} is not a folder", dir.display()),
                    "remove it: remit keeps session logs in .remit/sessions/",
                ))
            }
            Err(_) => match std::fs::create_dir(&dir) {
                Ok(()) => {}
                // Created meanwhile by a parallel hook: check it again.
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let meta = std::fs::symlink_metadata(&dir).map_err(|e| {
                        GateError::input(
                            format!("cannot read {}: {e}", dir.display()),
                            "check the repository's permissions",
                        )
                    })?;
                    if !meta.is_dir() {
                        return Err(link_refused(&dir));
                    }
                }
                Err(e) => {
                    return Err(GateError::input(
                        format!("cannot create the folder {}: {e}", dir.display()),
                        "check that the repository is writable",
                    ))
                }
            },
        }
    }
    let path = dir.join(format!("{}.jsonl", safe_name(session)));
    if std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(link_refused(&path));
    }
    Ok(path)
}

fn link_refused(path: &Path) -> GateError {
    GateError::input(
        format!(
            "{} is a symlink (or not a folder): remit never writes a session log through a link",
            path.display()
        ),
        "remove the link; session logs live in real files under .remit/sessions/ at the repository root",
    )
}

/// The log's file name for a session id. Ids that are already safe names
/// (letters, digits, `-`, `_`, `.`, not starting with a dot, at most 128
/// characters) are kept; any other id becomes a readable prefix, `~` and a
/// hash of the whole id. Safe names never hold `~`, so two ids never share
/// a file.
pub(crate) fn safe_name(session: &str) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.');
    if !session.is_empty()
        && session.len() <= 128
        && !session.starts_with('.')
        && session.chars().all(safe)
    {
        return session.to_string();
    }
    let prefix: String = session
        .chars()
        .map(|c| if safe(c) { c } else { '_' })
        .collect::<String>()
        .trim_start_matches('.')
        .chars()
        .take(64)
        .collect();
    let hash = crate::hash::sha256_hex(session.as_bytes());
    format!("{prefix}~{}", &hash[..32])
}

/// Now, as RFC 3339 UTC with milliseconds (`2026-11-21T10:00:00.123Z`).
pub(crate) fn now_utc() -> String {
    let since = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    format_utc(since.as_secs() as i64, since.subsec_millis())
}

/// Formats seconds since the epoch as RFC 3339 UTC (civil-from-days, H. Hinnant).
pub(crate) fn format_utc(secs: i64, millis: u32) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{millis:03}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_utc() {
        assert_eq!(format_utc(0, 0), "1970-01-01T00:00:00.000Z");
        assert_eq!(format_utc(1_795_255_200, 5), "2026-11-21T10:00:00.005Z");
        assert_eq!(format_utc(951_782_400, 0), "2000-02-29T00:00:00.000Z");
    }

    #[test]
    fn session_names_stay_inside() {
        assert_eq!(safe_name("6f1c9a0e-1234"), "6f1c9a0e-1234");
        let hostile = safe_name("../../etc/passwd");
        assert!(hostile.starts_with("_.._etc_passwd~"), "{hostile}");
        assert!(!safe_name("").is_empty());
        assert!(!safe_name(".").starts_with('.'));
    }

    #[test]
    fn session_names_never_collide() {
        let long: Vec<String> = (128..131).map(|n| "x".repeat(n)).collect();
        let mut ids: Vec<&str> = vec!["a/b", "a_b", "a:b", ".", "", ".."];
        ids.extend(long.iter().map(String::as_str));
        let names: std::collections::BTreeSet<String> = ids.iter().map(|i| safe_name(i)).collect();
        assert_eq!(names.len(), ids.len(), "{names:?}");
        assert_eq!(safe_name("a_b"), "a_b");
    }
}
