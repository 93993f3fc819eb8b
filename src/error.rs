//! Errors that stop the gate from deciding. Every one of them exits 2 and
//! tells the user what is wrong and how to fix it: a security gate fails closed.

use std::fmt;

/// One problem in a configuration file, located at line:col (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Problem {
    pub(crate) line: usize,
    pub(crate) col: usize,
    pub(crate) message: String,
}

/// The gate could not decide. Carries a one-line reason and a fix.
#[derive(Debug, thiserror::Error)]
pub(crate) enum GateError {
    /// Bad input, missing objects, unknown revisions.
    #[error("{message}")]
    Input { message: String, help: String },
    /// A policy or manifest with one or more problems, all reported at
    /// once: each problem is followed by the line it is on, with a caret
    /// under the place.
    #[error("{}", render_config(file, Some(text), problems))]
    ConfigText {
        file: String,
        text: String,
        problems: Vec<Problem>,
        help: String,
    },
}

impl GateError {
    pub(crate) fn input(message: impl Into<String>, help: impl Into<String>) -> Self {
        Self::Input {
            message: message.into(),
            help: help.into(),
        }
    }

    pub(crate) fn help(&self) -> &str {
        match self {
            Self::Input { help, .. } | Self::ConfigText { help, .. } => help,
        }
    }
}

/// `file: N problems`, then per problem `file:line:col: message` — the first
/// line of each stays greppable and clickable — and, when the text is at
/// hand, the offending line with a caret under the place.
fn render_config(file: &str, text: Option<&str>, problems: &[Problem]) -> String {
    let mut out = String::new();
    let n = problems.len();
    out.push_str(&format!(
        "{file}: {n} problem{}",
        if n == 1 { "" } else { "s" }
    ));
    let width = problems
        .iter()
        .map(|p| p.line.to_string().len())
        .max()
        .unwrap_or(1);
    for p in problems {
        out.push_str(&format!("\n  {file}:{}:{}: {}", p.line, p.col, p.message));
        if let Some(snippet) = text.and_then(|t| snippet(t, p.line, p.col, width)) {
            out.push_str(&snippet);
        }
    }
    out
}

/// At most this many characters of a source line are quoted: a minified or
/// hostile one-line file must not flood the terminal.
const WINDOW: usize = 120;

/// The source line `line` with a caret under column `col` (1-based, in
/// characters), indented under its problem. A problem past the last written
/// line (an unclosed bracket or quote found at the end of the input) shows
/// the last written line with the caret just after it, where the input
/// stopped; an empty file shows nothing.
fn snippet(text: &str, line: usize, col: usize, width: usize) -> Option<String> {
    let lines: Vec<&str> = text
        .trim_start_matches('\u{feff}')
        .split('\n')
        .map(|l| l.trim_end_matches('\r'))
        .collect();
    let index = line.checked_sub(1)?;
    let written = |l: &str| !l.trim().is_empty();
    let (line, source, col) = match lines.get(index).filter(|l| written(l)) {
        Some(source) => (line, *source, col),
        None if lines.iter().skip(index).all(|l| !written(l)) => {
            let last = lines.iter().take(index).rposition(|l| written(l))?;
            let source = lines[last];
            (last + 1, source, source.chars().count() + 1)
        }
        None => return None,
    };
    let width = width.max(line.to_string().len());
    let chars: Vec<char> = source.chars().collect();
    let at = col.saturating_sub(1).min(chars.len());
    let len = token_len(&chars[at..]);
    // Keep the place in view: a window of WINDOW characters from the line's
    // start, or centred on the place when that is further right.
    let start = if at + len <= WINDOW {
        0
    } else {
        at.saturating_sub(WINDOW / 2)
    };
    let end = (start + WINDOW).min(chars.len());
    let piece = |from: usize, to: usize| -> String { chars[from..to.max(from)].iter().collect() };
    let (before, token, after) = (
        piece(start, at),
        piece(at, (at + len).min(end)),
        piece((at + len).min(end), end),
    );
    // A secret on the line is redacted before it is measured, so the caret
    // stays under the place and the secret never reaches the output.
    let (before, token, after) = (redacted(&before), redacted(&token), redacted(&after));
    let mut quoted = format!("{before}{token}{after}");
    let whole = redacted(&piece(start, end));
    if whole != quoted {
        // A secret that spans the caret's edges: show the line redacted as
        // a whole, the caret at the start of the place.
        quoted = whole;
    }
    let lead = if start > 0 { "…" } else { "" };
    let tail = if end < chars.len() { "…" } else { "" };
    // Tabs stay tabs under the line so the caret lines up however they render.
    let pad: String = lead
        .chars()
        .chain(before.chars())
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    let carets = "^".repeat(token.chars().count().max(1));
    let gutter = " ".repeat(width);
    Some(format!(
        "\n  {gutter} |\n  {line:>width$} | {lead}{quoted}{tail}\n  {gutter} | {pad}{carets}"
    ))
}

fn redacted(s: &str) -> String {
    crate::redact::redact(s).into_owned()
}

/// How many characters the caret underlines: a quoted scalar to its closing
/// quote, a key to its colon, a plain word to its end, an opening bracket
/// alone; at least one.
fn token_len(rest: &[char]) -> usize {
    match rest.first() {
        None | Some('{' | '[') => 1,
        Some(&q @ ('"' | '\'')) => rest[1..]
            .iter()
            .position(|&c| c == q)
            .map_or(rest.len(), |i| i + 2),
        Some(_) => rest
            .iter()
            .enumerate()
            .position(|(i, &c)| {
                c.is_whitespace()
                    || matches!(c, ',' | ']' | '}' | '#')
                    || (c == ':' && rest.get(i + 1).is_none_or(|n| n.is_whitespace()))
            })
            .unwrap_or(rest.len())
            .max(1),
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.col, self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(line: usize, col: usize) -> Problem {
        Problem {
            line,
            col,
            message: "bad".to_string(),
        }
    }

    #[test]
    fn the_caret_underlines_the_key_or_value_at_the_place() {
        let text = "version: 1\nmodee: report\nout_of_scope: \"maybe so\"\n";
        let out = render_config("p.yml", Some(text), &[problem(2, 1), problem(3, 15)]);
        assert_eq!(
            out,
            "p.yml: 2 problems\n  p.yml:2:1: bad\n    |\n  2 | modee: report\n    | ^^^^^\n  p.yml:3:15: bad\n    |\n  3 | out_of_scope: \"maybe so\"\n    |               ^^^^^^^^^^"
        );
    }

    #[test]
    fn a_problem_at_the_end_of_the_input_shows_where_it_stopped() {
        let out = render_config("p.yml", Some("a: 1\nb: [x\n\n"), &[problem(4, 1)]);
        assert_eq!(
            out,
            "p.yml: 1 problem\n  p.yml:4:1: bad\n    |\n  2 | b: [x\n    |      ^"
        );
        let out = render_config("p.yml", Some("\n"), &[problem(1, 1)]);
        assert_eq!(out, "p.yml: 1 problem\n  p.yml:1:1: bad");
    }

    #[test]
    fn a_long_line_is_cut_around_the_place() {
        let text = format!("k: [{}, bad]\n", "x".repeat(500));
        let col = text.find("bad").map(|i| i + 1).unwrap_or(1);
        let out = render_config("p.yml", Some(&text), &[problem(1, col)]);
        let quoted = out.lines().nth(3).unwrap_or_default();
        assert!(quoted.chars().count() < WINDOW + 12, "{quoted}");
        assert!(quoted.contains("bad]") && quoted.contains('…'), "{quoted}");
        let caret = out.lines().nth(4).unwrap_or_default();
        let at = |s: &str, pat: &str| s.find(pat).map(|b| s[..b].chars().count());
        assert_eq!(at(caret, "^^^"), at(quoted, "bad"), "{out}");
    }

    #[test]
    fn a_secret_on_the_line_is_redacted_and_the_caret_follows() {
        let token = format!("ghp_{}", "a1".repeat(18));
        let text = format!("hosts: [\"{token}\", bad]\n");
        let col = text.find("bad").map(|i| i + 1).unwrap_or(1);
        let out = render_config("p.yml", Some(&text), &[problem(1, col)]);
        assert!(!out.contains(&token), "{out}");
        assert!(out.contains("[REDACTED]"), "{out}");
        let quoted = out.lines().nth(3).unwrap_or_default();
        let caret = out.lines().nth(4).unwrap_or_default();
        assert_eq!(caret.find('^'), quoted.find("bad"), "{out}");
    }

    #[test]
    fn tabs_are_kept_under_the_line() {
        let out = render_config("p.yml", Some("\tkey: x\n"), &[problem(1, 2)]);
        assert!(out.ends_with("  1 | \tkey: x\n    | \t^^^"), "{out:?}");
    }
}
