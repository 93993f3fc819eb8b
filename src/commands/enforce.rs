//! `remit record --enforce`: the runtime side of the gate. Before a tool
//! runs (PreToolUse and each agent's equivalent) it denies what the PR gate
//! would block — a write to a protected path the manifest does not grant, a
//! tool or MCP server outside the manifest's `tools`, an exfiltration-shaped
//! command, a hook bypass — and answers in the agent's own hook protocol.
//! It fails closed: a payload, policy or manifest it cannot read is a deny.
//! Other payloads are recorded as without `--enforce`, but errors show.

use std::path::{Path, PathBuf};

use anyhow::Result;
use serde_json::{json, Value};

use crate::analysis::shell_writes;
use crate::audit;
use crate::error::GateError;
use crate::model::manifest::{Manifest, ScopeDecision};
use crate::model::policy::{Policy, POLICY_PATHS};
use crate::normalize::log::hooks::{Agent, Payload, Phase};
use crate::normalize::log::tools::{self, Class, Ctx};
use crate::normalize::path_categories;
use crate::rules::unapproved_tool::allows;

/// Why a tool call is denied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Deny {
    pub(crate) rule: &'static str,
    pub(crate) reason: String,
}

pub(crate) fn run(
    agent: Agent,
    payload: Result<Payload>,
    record: impl Fn(&Payload) -> Result<()>,
) -> Result<u8> {
    let payload = match payload {
        Ok(p) => p,
        Err(e) => {
            return Ok(answer_deny(
                agent,
                "",
                &Deny {
                    rule: "enforce",
                    reason: format!(
                        "remit cannot read this hook payload, so it denies (fail closed): {e:#}"
                    ),
                },
            ))
        }
    };
    if payload.phase != Phase::PreTool {
        return match record(&payload) {
            Ok(()) => Ok(0),
            Err(e) => Err(e.context("remit record --enforce: could not record this event")),
        };
    }
    match decide(&payload) {
        Ok(None) => Ok(0),
        Ok(Some(deny)) => Ok(answer_deny(agent, &payload.event_name, &deny)),
        Err(e) => {
            let help = e
                .downcast_ref::<GateError>()
                .map(|g| format!("\nfix: {}", g.help()))
                .unwrap_or_default();
            Ok(answer_deny(
                agent,
                &payload.event_name,
                &Deny {
                    rule: "enforce",
                    reason: format!("remit cannot decide, so it denies (fail closed): {e:#}{help}"),
                },
            ))
        }
    }
}

/// Denies a payload too large to read (fail closed).
pub(crate) fn deny_oversized(agent: Agent) -> u8 {
    answer_deny(
        agent,
        "",
        &Deny {
            rule: "enforce",
            reason: "the hook payload is too large for remit to read, so it denies (fail closed)"
                .to_string(),
        },
    )
}

/// Answers a deny in the agent's hook protocol; returns the exit code.
fn answer_deny(agent: Agent, event_name: &str, deny: &Deny) -> u8 {
    let text = if deny.rule == "enforce" {
        format!("remit: denied: {}", deny.reason)
    } else {
        format!(
            "remit: denied ({}): {} — see `remit explain {}`; a person can widen the task in .remit/task.yml",
            deny.rule, deny.reason, deny.rule
        )
    };
    let reason = tools::redacted(&text);
    match agent {
        // Cursor reads a JSON permission on stdout.
        Agent::Cursor => {
            println!(
                "{}",
                json!({"permission": "deny", "user_message": reason, "agent_message": reason})
            );
            0
        }
        // Copilot hooks fail open on errors: only the JSON decision blocks.
        Agent::Copilot => {
            println!(
                "{}",
                json!({"permissionDecision": "deny", "permissionDecisionReason": reason})
            );
            0
        }
        // Claude Code ignores exit 2 on PermissionRequest: it takes a decision.
        Agent::ClaudeCode | Agent::Codex if event_name == "PermissionRequest" => {
            println!(
                "{}",
                json!({"hookSpecificOutput": {"hookEventName": "PermissionRequest",
                    "decision": {"behavior": "deny", "message": reason}}})
            );
            0
        }
        // Claude Code, Codex, Gemini CLI (and remit's OpenCode plugin):
        // exit 2 blocks the call and stderr is the reason the agent sees.
        Agent::ClaudeCode | Agent::Codex | Agent::Gemini | Agent::OpenCode => {
            eprintln!("{reason}");
            2
        }
    }
}

/// The verdict on one pending tool call; `None` allows it.
pub(crate) fn decide(p: &Payload) -> Result<Option<Deny>> {
    let Some(name) = p.tool_name.as_deref() else {
        return Ok(None);
    };
    let start = match &p.cwd {
        Some(cwd) => PathBuf::from(cwd),
        None => std::env::current_dir()?,
    };
    let root = audit::repo_root(&start).ok_or_else(|| {
        GateError::input(
            format!("{} is not inside a git repository", start.display()),
            "run the agent inside the repository it works on",
        )
    })?;
    let manifest = read_manifest(&root, &p.session)?;
    let ctx = Ctx {
        agent: p.agent.as_str().to_string(),
        session: p.session.clone(),
        root: Some(root.to_string_lossy().into_owned()),
        cwd: Some(start.to_string_lossy().into_owned()),
    };
    let class = match (&p.server, tools::classify(name)) {
        (Some(server), Class::Other) => Class::Mcp {
            server: server.clone(),
        },
        (_, c) => c,
    };
    if let Some(deny) = check_tool(&manifest, name, &class) {
        return Ok(Some(deny));
    }
    let input = p.tool_input.clone().unwrap_or(Value::Null);
    match class {
        Class::Write => {
            let policy = read_policy(&root)?;
            let call = tools::Call {
                ts: "",
                name,
                input: Some(&input),
                ..tools::Call::default()
            };
            for e in tools::events(&ctx, &call) {
                if let Some(path) = e.path.as_deref() {
                    if let Some(deny) = judge_write(&root, &policy, &manifest, path) {
                        return Ok(Some(deny));
                    }
                }
            }
        }
        Class::Exec => {
            if let Some(command) = tools::command_of(&input) {
                if let Some(deny) = check_command(&command) {
                    return Ok(Some(deny));
                }
                let targets = shell_writes::write_targets(&command);
                if !targets.is_empty() {
                    let policy = read_policy(&root)?;
                    for target in targets {
                        let path = ctx.rel(&expand_home(&target));
                        if let Some(mut deny) = judge_write(&root, &policy, &manifest, &path) {
                            deny.reason =
                                format!("the shell command writes `{target}`: {}", deny.reason);
                            return Ok(Some(deny));
                        }
                    }
                }
            }
        }
        _ => {}
    }
    Ok(None)
}

fn check_tool(manifest: &Manifest, name: &str, class: &Class) -> Option<Deny> {
    let allowed = manifest.tools.as_ref()?;
    // The gate's `unapproved-tool` rule decides what an entry allows, so
    // runtime and PR gate agree; a server named outside the tool name
    // (Cursor) qualifies it as `mcp__<server>__<tool>`.
    let qualified = match class {
        Class::Mcp { server } if !name.starts_with("mcp__") => format!("mcp__{server}__{name}"),
        _ => name.to_string(),
    };
    let ok = allowed.iter().any(|t| allows(t, &qualified));
    if ok {
        return None;
    }
    Some(match class {
        Class::Mcp { server } => Deny {
            rule: "unapproved-tool",
            reason: format!(
                "MCP tool `{name}` (server `{server}`) is not in the task manifest's `tools` ({})",
                manifest.source
            ),
        },
        _ => Deny {
            rule: "unapproved-tool",
            reason: format!(
                "tool `{name}` is not in the task manifest's `tools` ({})",
                manifest.source
            ),
        },
    })
}

/// Judges a write to `path` (repo-relative, or absolute when outside the
/// repository) as spelled and as it resolves through symlinks in the
/// working tree: `docs/ai.md` is `CLAUDE.md` when `docs` links there.
fn judge_write(root: &Path, policy: &Policy, manifest: &Manifest, path: &str) -> Option<Deny> {
    let resolved = resolve(root, path);
    [Some(path.to_string()), resolved]
        .into_iter()
        .flatten()
        .find_map(|p| {
            if p.starts_with('/') || p.as_bytes().get(1) == Some(&b':') {
                check_outside(&p)
            } else {
                check_write(policy, manifest, &p)
            }
        })
}

/// Where `path` leads once every symlink on it is followed (dangling ones
/// too: a link to a folder not yet created still leads there), relative to
/// the resolved root; absolute when it leads outside. `None` when it
/// resolves to itself.
fn resolve(root: &Path, path: &str) -> Option<String> {
    use std::collections::VecDeque;
    use std::path::Component;
    let real_root = root.canonicalize().ok()?;
    let full = if path.starts_with('/') {
        PathBuf::from(path)
    } else {
        root.join(path)
    };
    let mut pending: VecDeque<std::ffi::OsString> = VecDeque::new();
    let mut cur = PathBuf::from("/");
    for c in full.components() {
        if let Component::Normal(n) = c {
            pending.push_back(n.to_os_string());
        } else if c == Component::ParentDir {
            pending.push_back("..".into());
        }
    }
    let mut hops = 0;
    while let Some(part) = pending.pop_front() {
        if part == ".." {
            cur.pop();
            continue;
        }
        let next = cur.join(&part);
        match std::fs::symlink_metadata(&next) {
            Ok(meta) if meta.file_type().is_symlink() => {
                hops += 1;
                if hops > 40 {
                    return None;
                }
                let target = std::fs::read_link(&next).ok()?;
                if target.is_absolute() {
                    cur = PathBuf::from("/");
                }
                let parts: Vec<std::ffi::OsString> = target
                    .components()
                    .filter_map(|c| match c {
                        Component::Normal(n) => Some(n.to_os_string()),
                        Component::ParentDir => Some("..".into()),
                        _ => None,
                    })
                    .collect();
                for p in parts.into_iter().rev() {
                    pending.push_front(p);
                }
            }
            _ => cur = next,
        }
    }
    let out = match cur.strip_prefix(&real_root) {
        Ok(rel) if rel.as_os_str().is_empty() => ".".to_string(),
        Ok(rel) => rel.to_string_lossy().replace('\\', "/"),
        Err(_) => cur.to_string_lossy().into_owned(),
    };
    (out != path).then_some(out)
}

/// `~/x` and `$HOME/x` as the shell would expand them.
fn expand_home(target: &str) -> String {
    let home = std::env::var("HOME").unwrap_or_default();
    for prefix in ["~/", "$HOME/", "${HOME}/"] {
        if let Some(rest) = target.strip_prefix(prefix) {
            if !home.is_empty() {
                return format!("{}/{rest}", home.trim_end_matches('/'));
            }
        }
    }
    target.to_string()
}

/// Outside the repository, what steers agents or git on this machine:
/// user-level agent settings and git's global configuration.
fn check_outside(path: &str) -> Option<Deny> {
    const AGENT_DIRS: &[&str] = &[
        "/.claude/",
        "/.codex/",
        "/.cursor/",
        "/.gemini/",
        "/.opencode/",
        "/.config/opencode/",
        "/.copilot/",
        "/.config/github-copilot/",
    ];
    const FILES: &[&str] = &[
        "/.claude.json",
        "/.mcp.json",
        "/.gitconfig",
        "/.config/git/config",
    ];
    if let Some(state) = audit::heads::state_dir() {
        if Path::new(path).starts_with(&state) {
            return Some(Deny {
                rule: "log-tampered",
                reason: format!(
                    "`{path}` is where remit keeps session log heads outside the workspace"
                ),
            });
        }
    }
    let lower = path.to_ascii_lowercase();
    let hit =
        AGENT_DIRS.iter().any(|d| lower.contains(d)) || FILES.iter().any(|f| lower.ends_with(f));
    hit.then(|| Deny {
        rule: "protected-path",
        reason: format!(
            "`{path}` is outside the repository and configures agents or git for every session on this machine"
        ),
    })
}

fn check_write(policy: &Policy, manifest: &Manifest, path: &str) -> Option<Deny> {
    if path == ".git" || path.starts_with(".git/") {
        return Some(Deny {
            rule: "hook-bypass",
            reason: format!("`{path}` is inside git's own folder (hooks, config): an agent does not write there"),
        });
    }
    if path == ".remit" || path.starts_with(".remit/") {
        return Some(Deny {
            rule: "manifest-changed",
            reason: format!(
                "`{path}` is the session's own manifest or audit log; an agent cannot change it"
            ),
        });
    }
    for hit in path_categories(path, policy) {
        let inside = matches!(manifest.scope_of(path), ScopeDecision::Inside(_));
        if !(inside && manifest.grants(&hit.category).is_some()) {
            return Some(Deny {
                rule: "protected-path",
                reason: format!(
                    "writing `{path}` ({} path, by {}) needs the task manifest to have it in `scope.paths` and `{}` in `grants` ({})",
                    hit.category, hit.why, hit.category, manifest.source
                ),
            });
        }
    }
    None
}

fn check_command(command: &str) -> Option<Deny> {
    let facts = crate::analysis::command::analyze(command);
    if let Some(why) = facts.hook_bypass {
        return Some(Deny {
            rule: "hook-bypass",
            reason: format!("the command skips or disables hooks: {why}"),
        });
    }
    if let Some(why) = facts.exfiltration {
        return Some(Deny {
            rule: "exfiltration",
            reason: format!("the command looks like it sends secrets off the machine: {why}"),
        });
    }
    None
}

/// The policy as committed at HEAD (the agent's working tree could be
/// edited by the agent itself); the built-in default when there is none.
fn read_policy(root: &Path) -> Result<Policy> {
    let repo = git2::Repository::open(root)?;
    let head = repo.head().ok().and_then(|h| h.peel_to_tree().ok());
    if let Some(tree) = head {
        for path in POLICY_PATHS {
            if let Ok(entry) = tree.get_path(Path::new(path)) {
                let blob = entry.to_object(&repo)?.peel_to_blob()?;
                let text = std::str::from_utf8(blob.content()).map_err(|_| {
                    GateError::input(
                        format!("{path}@HEAD is not UTF-8"),
                        "save the policy as UTF-8",
                    )
                })?;
                return Ok(Policy::parse(text, &format!("{path}@HEAD"))?);
            }
        }
    }
    Ok(Policy::builtin()?)
}

/// The manifest governing `session`: `.remit/tasks/*.yml` naming it, else
/// `.remit/task.yml`, from the working tree (the person declares it before
/// the session; writes under `.remit/` are denied, so the agent cannot plant one).
pub(crate) fn read_manifest(root: &Path, session: &str) -> Result<Manifest> {
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Ok(entries) = std::fs::read_dir(root.join(".remit/tasks")) {
        let mut found: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "yml" || x == "yaml"))
            .collect();
        found.sort();
        candidates.extend(found);
    }
    candidates.push(root.join(".remit/task.yml"));
    candidates.push(root.join(".remit/task.yaml"));
    let mut fallback = None;
    for path in candidates {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let rel = path
            .strip_prefix(root)
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|_| path.display().to_string());
        let m = Manifest::parse(&text, &rel, Some(rel.clone()))?;
        if m.governs(Some(session))
            && m.applies_on(crate::collect::git::GitRepo::checked_out_branch(root).as_deref())
        {
            if !m.sessions.is_empty() {
                return Ok(m);
            }
            fallback.get_or_insert(m);
        }
    }
    fallback.ok_or_else(|| {
        GateError::input(
            format!("no task manifest governs session {session} (looked for .remit/task.yml and .remit/tasks/*.yml)"),
            "declare the task before the session starts: `remit init` writes a template to .remit/task.yml",
        )
        .into()
    })
}
