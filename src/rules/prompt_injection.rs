//! `prompt-injection`: untrusted content with injection indicators, then a
//! sensitive action in the same session that it could have caused. The
//! evidence is the chain: read X at seq 12 → ran Y at seq 15.

use crate::analysis::command::credential_path;
use crate::analysis::session::{Detector, Observed, Signal};
use crate::finding::{Finding, RuleMeta, Severity, Source};
use crate::model::event::EventKind;
use crate::model::policy::Action;
use crate::normalize::Context;
use crate::rules::exfiltration::url_carries_secret;
use crate::rules::hook_bypass::hook_path;
use crate::rules::session_logs::{at, located, sessions};
use crate::rules::Rule;

pub(crate) static META: RuleMeta = RuleMeta {
    id: "prompt-injection",
    summary: "untrusted content with injection indicators, followed by an action it could have caused",
    fires_when: "untrusted content with injection indicators, then a sensitive action in the same session (the report shows the chain)",
    source: Source::Session,
    severity: Severity::Critical,
    action: Action::Block,
    action_note: None,
    settable: true,
    frameworks: &[
        "OWASP-LLM01",
        "OWASP-ASI01",
        "OWASP-ASI06",
        "NIST-AI-RMF-MEASURE-2.7",
        "EU-AI-ACT-ART-15",
        "ISO-42001-A.6.2.6",
        "SOC2-CC7.2",
    ],
    docs: include_str!("../../docs/rules/prompt-injection.md"),
};

pub(crate) struct PromptInjection;

impl Rule for PromptInjection {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn detector(&self) -> Option<&'static dyn Detector> {
        Some(&PromptInjection)
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for (log, id, s) in sessions(ctx) {
            let (chains, more) = s.signals_of(META.id);
            let n = chains.len();
            for (i, a) in chains.iter().enumerate() {
                // The detector emits only actions after untrusted content.
                let Some(t) = &a.after else {
                    continue;
                };
                let (verb, what) = match a.what.split_once(' ') {
                    Some(("write", p)) => ("wrote", p.to_string()),
                    Some(("read", p)) => ("read", p.to_string()),
                    Some(("fetch", u)) => ("fetched", u.to_string()),
                    Some(("tool", t)) => ("called", t.to_string()),
                    _ => ("ran", format!("`{}`", a.what)),
                };
                let mut f = located(
                    &META,
                    format!(
                        "untrusted content with injection indicators ({}) was followed by a sensitive action: {}",
                        t.indicators.join(", "),
                        a.why
                    ),
                    log,
                    id,
                    a.at,
                );
                f.evidence.push(at(
                    "chain",
                    format!(
                        "{} at seq {} → {verb} {what} at seq {}",
                        t.source, t.at.seq, a.at.seq
                    ),
                    a.at,
                ));
                f.evidence.push(at(
                    "content",
                    format!(
                        "{} (untrusted; indicators: {})",
                        t.source,
                        t.indicators.join(", ")
                    ),
                    t.at,
                ));
                f.evidence
                    .push(at("log", format!("{}: {}", a.what, a.why), a.at));
                if i + 1 == n && more > 0 {
                    f = f.evidence(
                        "log",
                        format!(
                            "{} more actions after untrusted content in this session",
                            more
                        ),
                    );
                }
                out.push(f.fix(
                    "review what the untrusted content asked for and undo what the session did after reading it; keep the source out of agent sessions or restrict the task's tools and hosts",
                ));
            }
        }
    }
}

impl Detector for PromptInjection {
    fn rule(&self) -> &'static str {
        META.id
    }

    /// After untrusted content with injection indicators, a sensitive
    /// action: the chain from one to the other.
    fn observe(&self, o: &Observed<'_>, emit: &mut dyn FnMut(Signal)) {
        let Some(taint) = &o.session.last_taint else {
            return;
        };
        if let Some(mut action) = sensitive(o) {
            action.after = Some(taint.clone());
            emit(action);
        }
    }
}

/// What makes an event a sensitive action (the last reason found wins): it
/// touches credentials, disables hooks, writes a protected path, sends a
/// secret, calls a tool that changes something elsewhere, or runs a
/// sensitive command — a request to an allowed host alone is not one.
fn sensitive(o: &Observed<'_>) -> Option<Signal> {
    let e = o.event;
    let mut sensitive = None;
    match (e.event, o.path) {
        (EventKind::Write | EventKind::Read, Some(path)) => {
            let how = e.event.as_str();
            if let Some(label) = credential_path(path) {
                sensitive = Some(Signal::new(
                    o.at,
                    format!("{how} {path}"),
                    format!("touches credentials ({label})"),
                ));
            }
            if e.event == EventKind::Write {
                if let Some(why) = hook_path(path) {
                    sensitive = Some(Signal::new(
                        o.at,
                        format!("write {path}"),
                        format!("hook bypass: {why}"),
                    ));
                } else if let Some(category) = o.watch.protected(path) {
                    sensitive = Some(Signal::new(
                        o.at,
                        format!("write {path}"),
                        format!("changes a protected path ({category})"),
                    ));
                }
            }
        }
        (EventKind::Fetch, _) => {
            if let Some(url) = &e.url {
                if let Some(why) = url_carries_secret(url) {
                    sensitive = Some(Signal::new(o.at, format!("fetch {url}"), why));
                }
            }
        }
        (EventKind::Tool, _) => {
            if let Some(tool) = &e.tool {
                if let Some(verb) = writing_tool(tool) {
                    sensitive = Some(Signal::new(
                        o.at,
                        format!("tool {tool}"),
                        format!("a tool call that {verb}s"),
                    ));
                }
            }
        }
        _ => {}
    }
    if let Some((cmd, f)) = o.command {
        let harmless_request =
            f.only_reaches_hosts() && f.hosts.iter().all(|h| o.watch.allowed_host(&e.session, h));
        if let Some(why) = f.sensitive.as_ref().filter(|_| !harmless_request) {
            sensitive = Some(Signal::new(o.at, cmd, why.as_str()));
        }
    }
    sensitive
}

/// A tool call whose name says it changes something elsewhere.
fn writing_tool(tool: &str) -> Option<&'static str> {
    const VERBS: &[&str] = &[
        "create", "update", "delete", "merge", "push", "post", "send", "write", "comment",
        "approve", "add", "remove", "set", "run", "exec", "upload", "publish",
    ];
    let rest = tool.strip_prefix("mcp__")?;
    // The tool's own name, after `<server>__`; its words split at `_`.
    let name = rest.split_once("__").map_or(rest, |(_, n)| n);
    name.split('_').find_map(|word| {
        VERBS
            .iter()
            .find(|v| {
                word.get(..v.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(v))
            })
            .copied()
    })
}

#[cfg(test)]
mod tests {
    use super::{writing_tool, PromptInjection};
    use crate::analysis::session::detector_tests::{digest, event};
    use crate::model::event::EventKind;

    #[test]
    fn a_sensitive_action_after_untrusted_content_is_a_chain() {
        let d = digest(
            &PromptInjection,
            &[
                // Before any untrusted content: not a chain.
                event(EventKind::Write, 0, |e| {
                    e.path = Some(".git/hooks/pre-commit".into())
                }),
                event(EventKind::Fetch, 1, |e| {
                    e.url = Some("https://issues.example/1".into());
                    e.untrusted = Some(true);
                    e.indicators = vec!["instruction-override".into()];
                }),
                event(EventKind::Read, 2, |e| e.path = Some("src/lib.rs".into())),
                event(EventKind::Write, 3, |e| {
                    e.path = Some(".git/hooks/pre-push".into())
                }),
            ],
        );
        let s = &d.sessions["s1"];
        let (chains, more) = s.signals_of("prompt-injection");
        assert_eq!((chains.len(), more), (1, 0), "{chains:?}");
        assert_eq!(chains[0].at.seq, 3);
        assert_eq!(chains[0].why, "hook bypass: writes a git hook directly");
        let taint = chains[0]
            .after
            .as_ref()
            .map(|t| (t.at.seq, t.source.as_str()));
        assert_eq!(taint, Some((1, "fetch https://issues.example/1")));
        // The rule judges alone: no other rule's detector ran.
        assert!(s.signals_of("hook-bypass").0.is_empty());
    }

    #[test]
    fn tools_that_change_something_elsewhere() {
        assert_eq!(writing_tool("mcp__github__create_issue"), Some("create"));
        assert_eq!(
            writing_tool("mcp__github__get_issue_comments"),
            Some("comment")
        );
        assert_eq!(writing_tool("mcp__github__get_issue"), None);
        assert_eq!(writing_tool("mcp__x__ré_ü"), None);
        assert_eq!(writing_tool("WebFetch"), None);
    }
}
