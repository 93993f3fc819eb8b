//! `unapproved-tool`: the session used a tool or MCP server that its task
//! manifest's `tools` allowlist does not name.

use crate::finding::{Finding, RuleMeta, Severity, Source};
use crate::model::manifest::Manifest;
use crate::model::policy::Action;
use crate::normalize::log::tools::{classify, Class};
use crate::normalize::Context;
use crate::rules::session_logs::{at, located, sessions};
use crate::rules::Rule;

pub(crate) static META: RuleMeta = RuleMeta {
    id: "unapproved-tool",
    summary: "a tool or MCP server outside the task manifest's `tools`",
    fires_when: "a tool or MCP server outside the manifest's `tools`",
    source: Source::Session,
    severity: Severity::High,
    action: Action::Block,
    action_note: None,
    settable: true,
    frameworks: &[
        "OWASP-LLM06",
        "OWASP-ASI02",
        "OWASP-ASI04",
        "NIST-800-207-TENET-3",
        "NIST-AI-RMF-MANAGE-2.4",
        "ISO-42001-A.9.2",
        "SOC2-CC6.1",
    ],
    docs: include_str!("../../docs/rules/unapproved-tool.md"),
};

pub(crate) struct UnapprovedTool;

impl Rule for UnapprovedTool {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        for (log, id, s) in sessions(ctx) {
            let manifests = ctx.manifests_for(Some(id));
            let lists: Vec<(&Manifest, &Vec<String>)> = manifests
                .iter()
                .filter_map(|m| m.tools.as_ref().map(|t| (*m, t)))
                .collect();
            if lists.is_empty() {
                continue;
            }
            let servers = s
                .servers
                .iter()
                .map(|(name, u)| (format!("mcp__{name}"), u));
            let tools = s.tools.iter().map(|(t, u)| (t.clone(), u));
            for (tool, u) in tools.chain(servers) {
                let tool = tool.as_str();
                if lists
                    .iter()
                    .any(|(_, list)| list.iter().any(|entry| allows(entry, tool)))
                {
                    continue;
                }
                let what = if tool.starts_with("mcp__") && tool.matches("__").count() == 1 {
                    format!("MCP server `{}`", &tool[5..])
                } else {
                    format!("tool `{tool}`")
                };
                let mut f = located(
                    &META,
                    format!("session `{id}` used {what}, which the task manifest does not allow"),
                    log,
                    id,
                    u.first,
                );
                f.evidence.push(at(
                    "log",
                    format!(
                        "first use ({}), {} use{} in all",
                        u.via,
                        u.count,
                        if u.count == 1 { "" } else { "s" }
                    ),
                    u.first,
                ));
                for (m, list) in &lists {
                    f = f.evidence(
                        "manifest",
                        format!("{} tools: [{}]", m.source, list.join(", ")),
                    );
                }
                out.push(f.fix(format!(
                    "if the task needs {what}, a person adds it to the manifest's `tools` before the session; otherwise review what the call did"
                )));
            }
        }
    }
}

/// Whether a manifest `tools` entry allows `tool`: exact (any case), `*`
/// wildcards, and an MCP server entry (`mcp__github` or `mcp__github__*`)
/// allows the server and its tools. A server is allowed when any of its
/// tools is.
///
/// Entries are judged through the same cross-agent classification the
/// recorder uses: an entry naming a kind (`exec`, `write`, `read`, `fetch`)
/// or a built-in tool of a kind (`Bash`, `Edit`, `Read`, `WebFetch`) allows
/// every agent's tool of that kind — `Bash` covers Gemini's
/// `run_shell_command`, Codex's `exec_command`, Cursor's `Shell`, OpenCode's
/// `bash`; `Edit` covers `apply_patch`, `replace`, `StrReplace`.
pub(crate) fn allows(entry: &str, tool: &str) -> bool {
    if entry.eq_ignore_ascii_case(tool) || wildcard(entry, tool) {
        return true;
    }
    let kind = |name: &str| match name.to_ascii_lowercase().as_str() {
        "exec" | "shell" => Some(Class::Exec),
        "write" | "edit" => Some(Class::Write),
        "read" => Some(Class::Read),
        "fetch" | "web" => Some(Class::Fetch),
        _ => match classify(name) {
            c @ (Class::Exec | Class::Write | Class::Read | Class::Fetch) => Some(c),
            _ => None,
        },
    };
    if let (Some(allowed), Class::Exec | Class::Write | Class::Read | Class::Fetch) =
        (kind(entry), classify(tool))
    {
        if allowed == classify(tool) {
            return true;
        }
    }
    let server_of = |t: &str| -> Option<String> {
        let rest = t.strip_prefix("mcp__")?;
        Some(rest.split("__").next().unwrap_or(rest).to_string())
    };
    match (server_of(entry), server_of(tool)) {
        (Some(es), Some(ts)) if es == ts => {
            let entry_is_server = entry.matches("__").count() == 1 || entry.ends_with("__*");
            let tool_is_server = tool.matches("__").count() == 1;
            entry_is_server || tool_is_server
        }
        _ => false,
    }
}

fn wildcard(pattern: &str, text: &str) -> bool {
    if !pattern.contains('*') {
        return false;
    }
    let parts: Vec<&str> = pattern.split('*').collect();
    let mut rest = text;
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            match rest.strip_prefix(part) {
                Some(r) => rest = r,
                None => return false,
            }
        } else if i == parts.len() - 1 {
            return rest.ends_with(part);
        } else {
            match rest.find(part) {
                Some(pos) => rest = &rest[pos + part.len()..],
                None => return false,
            }
        }
    }
    rest.is_empty()
}

#[cfg(test)]
mod tests {
    use super::allows;

    #[test]
    fn tool_entries() {
        assert!(allows("Bash", "Bash"));
        assert!(allows("bash", "Bash"));
        assert!(!allows("Bash", "WebFetch"));
        assert!(allows("mcp__github__*", "mcp__github__get_issue"));
        assert!(allows("mcp__github", "mcp__github__get_issue"));
        assert!(allows("mcp__github__get_issue", "mcp__github"));
        assert!(!allows(
            "mcp__github__get_issue",
            "mcp__github__get_issue_comments"
        ));
        assert!(!allows("mcp__github__*", "mcp__slack__post"));
        assert!(allows("Web*", "WebFetch"));
        for shell in ["run_shell_command", "exec_command", "Shell", "bash"] {
            assert!(allows("Bash", shell), "{shell}");
            assert!(allows("exec", shell), "{shell}");
        }
        for edit in ["apply_patch", "replace", "StrReplace", "Write"] {
            assert!(allows("Edit", edit), "{edit}");
        }
        assert!(!allows("Edit", "Bash"));
        assert!(!allows("Bash", "mcp__github__get_issue"));
        assert!(!allows("read", "run_shell_command"));
    }
}
