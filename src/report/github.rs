//! `--format github`: workflow-command annotations
//! (`::error file=…,line=…,title=…::message`). GitHub shows at most 10 error
//! and 10 warning annotations per step (and caps notices the same way), so
//! findings go out most important first and the rest are counted in one
//! closing notice that points to the check run, summary and SARIF.

use std::fmt::Write;

use crate::finding::Finding;
use crate::gate::Outcome;
use crate::model::policy::Action;
use crate::redact::redact;
use crate::verdict;

/// Per-step cap of each annotation kind.
pub(crate) const PER_STEP_CAP: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Level {
    Error,
    Warning,
    Notice,
}

impl Level {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
            Self::Notice => "notice",
        }
    }
}

/// The annotation level of a finding: blocking → error, approved → notice.
pub(crate) fn level(f: &Finding) -> Level {
    if verdict::blocks(f) {
        Level::Error
    } else if f.action == Action::Approve {
        Level::Notice
    } else {
        Level::Warning
    }
}

/// Escapes a command's message (`%`, CR, LF).
pub(crate) fn escape_data(s: &str) -> String {
    super::controls::visible(
        &s.replace('%', "%25")
            .replace('\r', "%0D")
            .replace('\n', "%0A"),
        &[],
    )
}

/// Escapes a command property value: the data escapes plus `:` and `,`.
pub(crate) fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// One workflow command line.
pub(crate) fn command(level: Level, props: &[(&str, String)], message: &str) -> String {
    let props: Vec<String> = props
        .iter()
        .map(|(k, v)| format!("{k}={}", escape_property(v)))
        .collect();
    let sep = if props.is_empty() { "" } else { " " };
    format!(
        "::{}{sep}{}::{}\n",
        level.as_str(),
        props.join(","),
        escape_data(message)
    )
}

pub(crate) fn render(outcome: &Outcome) -> String {
    let mut out = String::new();
    let mut used = [0usize; 3];
    let mut dropped = 0usize;
    // Leave one notice for the closing line when anything is dropped.
    let notice_cap = PER_STEP_CAP - 1;
    for f in &outcome.verdict.findings {
        let level = level(f);
        let (slot, cap) = match level {
            Level::Error => (0, PER_STEP_CAP),
            Level::Warning => (1, PER_STEP_CAP),
            Level::Notice => (2, notice_cap),
        };
        if used[slot] >= cap {
            dropped += 1;
            continue;
        }
        used[slot] += 1;
        out.push_str(&annotation(f, level));
    }
    if dropped > 0 {
        let _ = write!(
            out,
            "{}",
            command(
                Level::Notice,
                &[("title", "remit: more findings".to_string())],
                &format!(
                    "{dropped} more finding{} than GitHub shows per step: see the `remit` check run, the job summary or the SARIF report",
                    if dropped == 1 { "" } else { "s" }
                ),
            )
        );
    }
    out
}

fn annotation(f: &Finding, level: Level) -> String {
    let mut props = Vec::new();
    if let Some(path) = &f.path {
        props.push(("file", path.clone()));
        props.push(("line", f.line.unwrap_or(1).max(1).to_string()));
    }
    let title = match &f.category {
        Some(c) => format!("remit {} [{c}]", f.rule),
        None => format!("remit {}", f.rule),
    };
    props.push(("title", title));
    let mut message = redact(&f.message).into_owned();
    if let Some(who) = &f.approved_by {
        let _ = write!(message, "\napproved by {}", redact(who));
    }
    if !f.fix.is_empty() {
        let _ = write!(message, "\nfix: {}", redact(&f.fix));
    }
    let _ = write!(message, "\nmore: remit explain {}", f.rule);
    command(level, &props, &message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_data_and_properties() {
        assert_eq!(escape_data("50% done\r\nnext"), "50%25 done%0D%0Anext");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }

    #[test]
    fn command_shape() {
        let line = command(
            Level::Error,
            &[("file", "a,b.yml".into()), ("line", "3".into())],
            "x\ny",
        );
        assert_eq!(line, "::error file=a%2Cb.yml,line=3::x%0Ay\n");
    }
}
