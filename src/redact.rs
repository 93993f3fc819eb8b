//! Secret redaction, applied to every string a report or log writes.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

pub const REDACTED: &str = "[REDACTED]";

static TOKENS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,}",
        r"|(?:AKIA|ASIA)[A-Z0-9]{16}|xox[abposr]-[A-Za-z0-9-]{10,}",
        r"|sk-(?:ant-|proj-)?[A-Za-z0-9_\-]{20,}|AIza[0-9A-Za-z_\-]{35}",
        r"|glpat-[A-Za-z0-9_\-]{20,}|npm_[A-Za-z0-9]{36}",
        r"|eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}",
        r"|-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$))"
    ))
    .expect("static regex")
});

/// `NAME=value` / `NAME: value` where NAME says it holds a secret.
static ASSIGNMENTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?i)\b([A-Z0-9_]*(?:SECRET|TOKEN|PASSWORD|PASSWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?|AUTH)[A-Z0-9_]*)(\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s"']+)"#,
    )
    .expect("static regex")
});

/// Bearer / basic credentials in headers and URLs.
static HEADERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(authorization:\s*(?:bearer|basic|token)\s+|://[^/\s:@]+:)([^\s@/]+)")
        .expect("static regex")
});

pub fn redact(text: &str) -> Cow<'_, str> {
    if !(TOKENS.is_match(text) || ASSIGNMENTS.is_match(text) || HEADERS.is_match(text)) {
        return Cow::Borrowed(text);
    }
    let text = TOKENS.replace_all(text, REDACTED);
    let text = HEADERS
        .replace_all(&text, format!("${{1}}{REDACTED}"))
        .into_owned();
    let text = ASSIGNMENTS
        .replace_all(&text, format!("${{1}}${{2}}{REDACTED}"))
        .into_owned();
    Cow::Owned(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_tokens_and_assignments() {
        let s = "curl -H 'Authorization: Bearer abc.def' https://x?y AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI ghp_0123456789abcdefghijklmnopqrstuvwxyz";
        let r = redact(s);
        assert!(!r.contains("abc.def"), "{r}");
        assert!(!r.contains("wJalrXUtnFEMI"), "{r}");
        assert!(!r.contains("ghp_0123"), "{r}");
        assert!(r.contains("AWS_SECRET_ACCESS_KEY=[REDACTED]"), "{r}");
    }

    #[test]
    fn leaves_plain_text_alone() {
        assert_eq!(
            redact("fix the auth token refresh test"),
            "fix the auth token refresh test"
        );
        assert_eq!(redact("src/auth/token.rs"), "src/auth/token.rs");
    }
}
