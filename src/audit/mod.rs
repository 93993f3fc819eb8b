//! Writing audit logs: the locked, hash-chained appender and the helpers
//! `remit record` / `remit import` share.

pub mod writer;

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// Where session logs live, relative to the repository root.
pub const SESSIONS_DIR: &str = ".remit/sessions";

/// The repository root above `start`: the nearest folder holding `.git`
/// (a directory, or a file in a worktree). `None` outside a repository.
pub fn repo_root(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .find(|dir| dir.join(".git").exists())
        .map(Path::to_path_buf)
}

/// The log file of `session` under `root`; the id is reduced to a safe file
/// name so a payload cannot steer the write outside `.remit/sessions`.
pub fn session_log(root: &Path, session: &str) -> PathBuf {
    root.join(SESSIONS_DIR)
        .join(format!("{}.jsonl", safe_name(session)))
}

pub fn safe_name(session: &str) -> String {
    let name: String = session
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    match name.trim_start_matches('.') {
        "" => "unknown-session".to_string(),
        n => n.chars().take(128).collect(),
    }
}

/// Now, as RFC 3339 UTC with milliseconds (`2026-11-21T10:00:00.123Z`).
pub fn now_utc() -> String {
    let since = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    format_utc(since.as_secs() as i64, since.subsec_millis())
}

/// Formats seconds since the epoch as RFC 3339 UTC (civil-from-days, H. Hinnant).
pub fn format_utc(secs: i64, millis: u32) -> String {
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
        assert_eq!(safe_name("../../etc/passwd"), "_.._etc_passwd");
        assert_eq!(safe_name(""), "unknown-session");
        assert_eq!(safe_name("6f1c9a0e-1234"), "6f1c9a0e-1234");
    }
}
