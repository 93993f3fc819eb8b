//! `remit init`: set remit up in a repository with one command — a starter
//! policy, a task manifest template and the hook wiring of the agents found
//! (or named). Idempotent, never overwrites silently, `--dry-run` shows the
//! diff and writes nothing.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Args;
use serde_json::{json, Map, Value};

use crate::error::GateError;
use crate::model::manifest::MANIFEST_TEMPLATE_YAML;
use crate::model::policy::DEFAULT_POLICY_YAML;
use crate::normalize::log::hooks::Agent;

const PRE_PUSH_HOOK: &str = include_str!("../data/pre-push-hook.sh");
const WORKFLOW: &str = include_str!("../data/init-workflow.yml");
const OPENCODE_PLUGIN: &str = include_str!("../data/opencode-plugin.js");

/// Where `--workflow` writes remit's workflow, and the other name it accepts.
const WORKFLOW_PATHS: [&str; 2] = [
    ".github/workflows/remit.yml",
    ".github/workflows/remit.yaml",
];
/// The action the workflow runs.
const ACTION: &str = "remit-dev/remit";

/// What marks wiring remit already wrote (or a person wrote by hand).
const RECORD: &str = "remit record";
const CHAINED: &str = "pre-push.remit-chained";

#[derive(Debug, Args)]
pub(crate) struct InitArgs {
    /// The repository to set up.
    #[arg(long, default_value = ".")]
    pub(crate) repo: PathBuf,
    /// Agents to wire, comma-separated (default: those whose configuration
    /// folder is already in the repository).
    #[arg(long = "agent", value_enum, value_delimiter = ',')]
    pub(crate) agents: Vec<Agent>,
    /// Also install .git/hooks/pre-push (an existing hook is kept and called first).
    #[arg(long)]
    pub(crate) hooks: bool,
    /// Also write .github/workflows/remit.yml for the required check.
    #[arg(long)]
    pub(crate) workflow: bool,
    /// Print what would change as a diff; write nothing.
    #[arg(long)]
    pub(crate) dry_run: bool,
}

/// What `remit init` knows of each agent: where its configuration lives and
/// how its hooks call the recorder.
impl Agent {
    /// Files or folders whose presence says the repository uses the agent.
    fn markers(self) -> &'static [&'static str] {
        match self {
            Self::ClaudeCode => &[".claude", "CLAUDE.md"],
            Self::Cursor => &[".cursor", ".cursorrules"],
            Self::Codex => &[".codex"],
            Self::Gemini => &[".gemini", "GEMINI.md"],
            Self::Copilot => &[".github/copilot-instructions.md", ".github/hooks"],
            Self::OpenCode => &[".opencode", "opencode.json"],
        }
    }

    fn record(self, enforce: bool) -> String {
        let flag = if enforce { " --enforce" } else { "" };
        format!("{RECORD} --agent {}{flag}", self.as_str())
    }
}

/// One change `init` makes.
#[derive(Debug)]
enum Step {
    /// Create or update a file (`old` is what is there now).
    Write {
        path: String,
        old: Option<String>,
        new: String,
        executable: bool,
        what: String,
    },
    /// Move a file out of the way, to keep it (an existing pre-push hook).
    Rename { from: String, to: String },
    /// A file that exists with other content: left as is.
    Keep { path: String, why: String },
}

pub(crate) fn run(args: InitArgs) -> Result<u8> {
    let repo = git2::Repository::discover(&args.repo).map_err(|e| {
        GateError::input(
            format!(
                "{} is not a git repository ({})",
                args.repo.display(),
                e.message()
            ),
            "run `git init` first, or pass --repo DIR",
        )
    })?;
    let root = repo
        .workdir()
        .ok_or_else(|| GateError::input("the repository is bare", "run remit init in a checkout"))?
        .to_path_buf();

    let mut steps = Vec::new();
    starter(
        &root,
        &mut steps,
        ".github/remit.yml",
        &[".github/remit.yaml"],
        DEFAULT_POLICY_YAML,
        "starter policy (the built-in default)",
    )?;
    starter(
        &root,
        &mut steps,
        ".remit/task.yml",
        &[".remit/task.yaml"],
        MANIFEST_TEMPLATE_YAML,
        "task manifest template",
    )?;

    let mut agents = args.agents.clone();
    if agents.is_empty() {
        agents = [
            Agent::ClaudeCode,
            Agent::Cursor,
            Agent::Codex,
            Agent::Gemini,
            Agent::Copilot,
            Agent::OpenCode,
        ]
        .into_iter()
        .filter(|a| a.markers().iter().any(|m| root.join(m).exists()))
        .collect();
        if agents.is_empty() {
            println!("remit init: no agent configuration found (.claude/, .cursor/, .codex/, .gemini/, .github/hooks/, .opencode/); wire one with --agent claude-code,cursor,codex,gemini,copilot,opencode");
        }
    }
    agents.sort();
    agents.dedup();
    for agent in agents {
        wire(&root, agent, &mut steps)?;
    }
    if args.hooks {
        hook(&repo, &root, &mut steps)?;
    }
    if args.workflow {
        starter(
            &root,
            &mut steps,
            WORKFLOW_PATHS[0],
            &WORKFLOW_PATHS[1..],
            WORKFLOW,
            "required-check workflow",
        )?;
    }

    if args.dry_run {
        print_dry_run(&steps);
    } else {
        apply(&root, &steps)?;
    }
    if args.workflow {
        if let Some((path, text)) = workflow_text(&root, &steps)? {
            for unpinned in unpinned_remit(&text) {
                println!("\n{}", pin_advice(&path, &unpinned));
            }
        }
    }
    if let Some(summary) = crate::commands::protected::summary(&root) {
        println!("\n{summary}");
    }
    Ok(0)
}

/// remit's workflow as it is (or, with `--dry-run`, would be) after init.
fn workflow_text(root: &Path, steps: &[Step]) -> Result<Option<(String, String)>> {
    for step in steps {
        if let Step::Write { path, new, .. } = step {
            if WORKFLOW_PATHS.contains(&path.as_str()) {
                return Ok(Some((path.clone(), new.clone())));
            }
        }
    }
    for path in WORKFLOW_PATHS {
        if let Some(text) = read(root, path)? {
            return Ok(Some((path.to_string(), text)));
        }
    }
    Ok(None)
}

/// The `uses: remit-dev/remit@<ref>` references of a workflow whose ref is
/// not a commit SHA (a tag or branch can be moved to other code).
fn unpinned_remit(workflow: &str) -> Vec<String> {
    workflow
        .lines()
        .filter_map(|line| {
            let uses = line
                .trim_start()
                .trim_start_matches('-')
                .trim_start()
                .strip_prefix("uses:")?;
            let uses = uses.split_once('#').map_or(uses, |(u, _)| u);
            let uses = uses.trim().trim_matches(['"', '\'']);
            let rev = uses.strip_prefix(ACTION)?.strip_prefix('@')?;
            let pinned = rev.len() == 40 && rev.bytes().all(|b| b.is_ascii_hexdigit());
            (!pinned).then(|| uses.to_string())
        })
        .collect()
}

/// What to pin, and how to find it. remit's release workflow commits the
/// action's image digest after building the image, so the commit a
/// workflow should pin exists only once the release ran: init cannot know
/// it offline, but it knows its own version and the tag that commit gets.
fn pin_advice(path: &str, unpinned: &str) -> String {
    let version = env!("CARGO_PKG_VERSION");
    format!(
        "Pin `{unpinned}` in {path} to a release commit: `git ls-remote https://github.com/{ACTION} refs/tags/v{version}-action` prints the SHA of remit {version}'s action; write `uses: {ACTION}@<that sha> # v{version}`. Until then zizmor (unpinned-uses) and remit's workflow-risk flag the tag."
    )
}

fn read(root: &Path, path: &str) -> Result<Option<String>> {
    let full = root.join(path);
    match std::fs::read(&full) {
        Ok(bytes) => String::from_utf8(bytes).map(Some).map_err(|_| {
            GateError::input(
                format!("{path} is not UTF-8 text"),
                "fix or move it, then run remit init again",
            )
            .into()
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("cannot read {}", full.display())),
    }
}

/// A file remit writes whole: created when absent, kept when a person's
/// version (or an alternative name) is there.
fn starter(
    root: &Path,
    steps: &mut Vec<Step>,
    path: &str,
    alternatives: &[&str],
    content: &str,
    what: &str,
) -> Result<()> {
    if let Some(alt) = alternatives.iter().find(|a| root.join(a).exists()) {
        steps.push(Step::Keep {
            path: (*alt).to_string(),
            why: format!("{what} already there"),
        });
        return Ok(());
    }
    match read(root, path)? {
        Some(old) if old == content => {}
        Some(_) => steps.push(Step::Keep {
            path: path.to_string(),
            why: format!("exists with your content; not overwritten (compare with the {what})"),
        }),
        None => steps.push(Step::Write {
            path: path.to_string(),
            old: None,
            new: content.to_string(),
            executable: false,
            what: what.to_string(),
        }),
    }
    Ok(())
}

/// A hook event: its name, the tool matcher, and whether remit enforces there
/// (`--enforce`: the event runs before a tool call and can refuse it).
type Event = (&'static str, Option<&'static str>, bool);

/// The hook wiring of one agent.
fn wire(root: &Path, agent: Agent, steps: &mut Vec<Step>) -> Result<()> {
    let (path, events): (&str, Vec<Event>) = match agent {
        Agent::ClaudeCode => (
            ".claude/settings.json",
            vec![
                ("SessionStart", None, false),
                ("UserPromptSubmit", None, false),
                ("PreToolUse", Some("*"), true),
                ("PostToolUse", Some("*"), false),
                ("Stop", None, false),
                ("SessionEnd", None, false),
            ],
        ),
        Agent::Codex => (
            ".codex/hooks.json",
            vec![
                ("SessionStart", None, false),
                ("UserPromptSubmit", None, false),
                ("PreToolUse", None, true),
                ("PostToolUse", None, false),
                ("Stop", None, false),
            ],
        ),
        Agent::Gemini => (
            ".gemini/settings.json",
            vec![
                ("SessionStart", None, false),
                ("BeforeAgent", None, false),
                ("BeforeTool", None, true),
                ("AfterTool", None, false),
                ("SessionEnd", None, false),
            ],
        ),
        Agent::Cursor => (
            ".cursor/hooks.json",
            vec![
                ("beforeSubmitPrompt", None, false),
                ("beforeShellExecution", None, true),
                ("beforeMCPExecution", None, true),
                ("afterShellExecution", None, false),
                ("afterMCPExecution", None, false),
                ("afterFileEdit", None, false),
                ("stop", None, false),
            ],
        ),
        Agent::Copilot => (
            ".github/hooks/remit.json",
            vec![
                ("sessionStart", None, false),
                ("userPromptSubmitted", None, false),
                ("preToolUse", None, true),
                ("postToolUse", None, false),
                ("sessionEnd", None, false),
            ],
        ),
        Agent::OpenCode => {
            return starter(
                root,
                steps,
                ".opencode/plugins/remit.js",
                &[],
                OPENCODE_PLUGIN,
                "OpenCode plugin calling remit record",
            )
        }
    };
    let old = read(root, path)?;
    let mut doc = match &old {
        Some(text) if !text.trim().is_empty() => serde_json::from_str::<Value>(text).map_err(|e| {
            GateError::input(
                format!("{path}:{}:{}: not valid JSON: {e}", e.line(), e.column()),
                "fix the file (remit merges its hooks into it and keeps everything else), then run remit init again",
            )
        })?,
        _ => json!({}),
    };
    let added = merge(&mut doc, path, agent, &events)?;
    if added.is_empty() {
        return Ok(());
    }
    let mut new = serde_json::to_string_pretty(&doc).context("cannot render JSON")?;
    new.push('\n');
    steps.push(Step::Write {
        path: path.to_string(),
        old,
        new,
        executable: false,
        what: format!(
            "{} hooks calling remit record: {}",
            agent.as_str(),
            added.join(", ")
        ),
    });
    Ok(())
}

/// Adds remit's handler to each event that has none yet; keeps every other
/// key and every existing handler. Returns the events it added.
fn merge(
    doc: &mut Value,
    path: &str,
    agent: Agent,
    events: &[Event],
) -> Result<Vec<String>, GateError> {
    let shape = |what: &str| {
        GateError::input(
            format!("{path}: {what}"),
            "fix the file by hand (remit only adds its own hooks), then run remit init again",
        )
    };
    let top = doc
        .as_object_mut()
        .ok_or_else(|| shape("the top level is not a JSON object"))?;
    if matches!(agent, Agent::Cursor | Agent::Copilot) && !top.contains_key("version") {
        top.insert("version".to_string(), json!(1));
    }
    let hooks = top
        .entry("hooks")
        .or_insert_with(|| Value::Object(Map::new()))
        .as_object_mut()
        .ok_or_else(|| shape("`hooks` is not a JSON object"))?;
    let mut added = Vec::new();
    for (event, matcher, enforce) in events {
        let list = hooks
            .entry(event.to_string())
            .or_insert_with(|| Value::Array(Vec::new()))
            .as_array_mut()
            .ok_or_else(|| shape(&format!("`hooks.{event}` is not a JSON array")))?;
        if list.iter().any(mentions_record) {
            continue;
        }
        let command = agent.record(*enforce);
        let entry = match agent {
            Agent::Cursor => json!({ "command": command }),
            Agent::Copilot => json!({ "type": "command", "bash": command, "timeoutSec": 30 }),
            _ => {
                let mut group = Map::new();
                if let Some(m) = matcher {
                    group.insert("matcher".to_string(), json!(m));
                }
                group.insert(
                    "hooks".to_string(),
                    json!([{ "type": "command", "command": command }]),
                );
                Value::Object(group)
            }
        };
        list.push(entry);
        added.push(event.to_string());
    }
    Ok(added)
}

/// Whether a hook entry (at any depth) already runs `remit record`.
fn mentions_record(v: &Value) -> bool {
    match v {
        Value::String(s) => s.contains(RECORD),
        Value::Array(items) => items.iter().any(mentions_record),
        Value::Object(map) => map.values().any(mentions_record),
        _ => false,
    }
}

/// `.git/hooks/pre-push` (or under `core.hooksPath`), chaining a hook that is
/// already there.
fn hook(repo: &git2::Repository, root: &Path, steps: &mut Vec<Step>) -> Result<()> {
    let dir = repo
        .config()
        .ok()
        .and_then(|c| c.get_path("core.hooksPath").ok())
        .map(|p| if p.is_absolute() { p } else { root.join(p) })
        .unwrap_or_else(|| repo.path().join("hooks"));
    let rel = |name: &str| {
        let full = dir.join(name);
        full.strip_prefix(root)
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|_| full.to_string_lossy().into_owned())
    };
    let (hook_path, chained_path) = (rel("pre-push"), rel(CHAINED));
    match read(root, &hook_path)? {
        Some(old) if old.contains("remit pre-push") => {}
        Some(_) => {
            if root.join(&chained_path).exists() {
                return Err(GateError::input(
                    format!("{hook_path} is not remit's, and {chained_path} already exists"),
                    format!("merge them by hand: keep one as {chained_path} (remit's hook runs it first), then run remit init --hooks again"),
                )
                .into());
            }
            steps.push(Step::Rename {
                from: hook_path.clone(),
                to: chained_path,
            });
            steps.push(Step::Write {
                path: hook_path,
                old: None,
                new: PRE_PUSH_HOOK.to_string(),
                executable: true,
                what: "pre-push hook running your previous hook, then remit pre-push".to_string(),
            });
        }
        None => steps.push(Step::Write {
            path: hook_path,
            old: None,
            new: PRE_PUSH_HOOK.to_string(),
            executable: true,
            what: "pre-push hook running remit pre-push".to_string(),
        }),
    }
    Ok(())
}

fn apply(root: &Path, steps: &[Step]) -> Result<()> {
    let mut changed = false;
    for step in steps {
        match step {
            Step::Write {
                path,
                old,
                new,
                executable,
                what,
            } => {
                let full = root.join(path);
                if let Some(dir) = full.parent() {
                    std::fs::create_dir_all(dir)
                        .with_context(|| format!("cannot create {}", dir.display()))?;
                }
                std::fs::write(&full, new).with_context(|| format!("cannot write {path}"))?;
                if *executable {
                    make_executable(&full)?;
                }
                let verb = if old.is_some() { "updated" } else { "created" };
                println!("{verb} {path}: {what}");
                changed = true;
            }
            Step::Rename { from, to } => {
                std::fs::rename(root.join(from), root.join(to))
                    .with_context(|| format!("cannot move {from} to {to}"))?;
                println!("moved {from} to {to}: your hook is kept and runs first");
                changed = true;
            }
            Step::Keep { path, why } => println!("kept {path}: {why}"),
        }
    }
    if changed {
        println!("\nNext: describe the agent's task in .remit/task.yml before a session, and commit these files. `remit check` gates a branch; `remit explain RULE` explains a finding.");
    } else {
        println!("remit init: everything is already in place; nothing changed");
    }
    Ok(())
}

#[cfg(unix)]
fn make_executable(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mut perms = std::fs::metadata(path)?.permissions();
    perms.set_mode(perms.mode() | 0o755);
    std::fs::set_permissions(path, perms)
        .with_context(|| format!("cannot chmod {}", path.display()))
}

#[cfg(not(unix))]
fn make_executable(_: &Path) -> Result<()> {
    Ok(())
}

fn print_dry_run(steps: &[Step]) {
    let mut changes = 0;
    for step in steps {
        match step {
            Step::Write { path, old, new, .. } => {
                changes += 1;
                let from = if old.is_some() {
                    format!("a/{path}")
                } else {
                    "/dev/null".to_string()
                };
                println!("--- {from}\n+++ b/{path}");
                print!("{}", diff(old.as_deref().unwrap_or(""), new));
            }
            Step::Rename { from, to } => {
                changes += 1;
                println!("rename {from} → {to}");
            }
            Step::Keep { path, why } => println!("# kept {path}: {why}"),
        }
    }
    println!(
        "\nremit init --dry-run: {changes} change{} shown; nothing written",
        if changes == 1 { "" } else { "s" }
    );
}

/// A line diff (longest common subsequence), every line marked ` `, `-` or `+`.
pub(crate) fn diff(old: &str, new: &str) -> String {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            out.push_str(&format!(" {}\n", a[i]));
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            out.push_str(&format!("+{}\n", b[j]));
            j += 1;
        } else {
            out.push_str(&format!("-{}\n", a[i]));
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_commit_sha_pins_remit() {
        let sha = "0123456789abcdef0123456789abcdef01234567";
        let text = format!(
            "steps:\n  - uses: remit-dev/remit@v0\n  - uses: \"remit-dev/remit@main\" # latest\n  - uses: remit-dev/remit@{sha} # v0.1.0\n  - uses: actions/checkout@v4\n"
        );
        assert_eq!(
            unpinned_remit(&text),
            vec!["remit-dev/remit@v0", "remit-dev/remit@main"]
        );
        assert!(unpinned_remit(WORKFLOW).contains(&"remit-dev/remit@v0".to_string()));
    }

    #[test]
    fn diff_marks_changes() {
        assert_eq!(diff("a\nb\nc\n", "a\nx\nc\n"), " a\n+x\n-b\n c\n");
        assert_eq!(diff("", "n\n"), "+n\n");
    }
}
