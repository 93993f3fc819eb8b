//! `remit task new|list|done`: declaring a task the way remit trusts it —
//! a manifest under `.remit/tasks/`, bound to a branch (and/or sessions),
//! committed by the person before the agent works, and retired after merge
//! so its scope never judges the next task.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};
use clap::{Args, Subcommand};

use crate::collect::git::GitRepo;
use crate::model::manifest::{is_manifest_path, Manifest};

#[derive(Debug, Args)]
pub(crate) struct TaskArgs {
    #[command(subcommand)]
    pub(crate) action: TaskAction,
    /// The repository (default: the current directory).
    #[arg(long, global = true, default_value = ".")]
    pub(crate) repo: PathBuf,
}

#[derive(Debug, Subcommand)]
pub(crate) enum TaskAction {
    /// Declare a task: write `.remit/tasks/<id>.yml` and commit it as you.
    New {
        /// The task, in one line (e.g. "Fix the login test").
        title: String,
        /// Where the agent may change files (repeatable; gitignore-like globs).
        #[arg(long = "scope", required = true, value_name = "GLOB")]
        scope: Vec<String>,
        /// A protected category the task may touch inside its scope (repeatable).
        #[arg(long = "grant", value_name = "CATEGORY")]
        grants: Vec<String>,
        /// Bind to this agent session id (repeatable).
        #[arg(long = "session", value_name = "ID")]
        sessions: Vec<String>,
        /// Bind to this branch (repeatable; default: the checked-out branch).
        #[arg(long = "branch", value_name = "NAME")]
        branches: Vec<String>,
        /// Bind to no branch: the task governs agent work on every branch.
        #[arg(long, conflicts_with = "branches")]
        any_branch: bool,
        /// Write the file but do not commit it.
        #[arg(long)]
        no_commit: bool,
    },
    /// List the declared tasks at HEAD: id, task, bindings, who declared it and when.
    List,
    /// Retire a task after its work merged: remove its manifest in a commit of yours.
    Done {
        /// The task id (the file name under .remit/tasks/ without `.yml`; `task` for .remit/task.yml).
        id: String,
    },
}

pub(crate) fn run(args: TaskArgs) -> Result<u8> {
    let repo = GitRepo::open(&args.repo)?;
    let root = repo.root().to_path_buf();
    match args.action {
        TaskAction::New {
            title,
            scope,
            grants,
            sessions,
            branches,
            any_branch,
            no_commit,
        } => {
            let branches = if any_branch || !branches.is_empty() {
                branches
            } else {
                GitRepo::checked_out_branch(&root).into_iter().collect()
            };
            let text = manifest_yaml(&title, &scope, &grants, &sessions, &branches);
            let id = free_id(&root, &slug(&title));
            let rel = format!(".remit/tasks/{id}.yml");
            // The same strict parser the gate uses: a typo fails here, not in CI.
            Manifest::parse(&text, &rel, Some(rel.clone()))?;
            std::fs::create_dir_all(root.join(".remit/tasks"))?;
            std::fs::write(root.join(&rel), &text)
                .with_context(|| format!("cannot write {rel}"))?;
            outln!("wrote {rel}");
            if !no_commit {
                git(&root, &["add", "--", &rel])?;
                git(
                    &root,
                    &[
                        "commit",
                        "-q",
                        "-m",
                        &format!("Declare task: {title}"),
                        "--",
                        &rel,
                    ],
                )?;
                outln!("committed it as you: a person's commit, so the gate trusts it");
            }
            match branches.as_slice() {
                [] => outln!("bound to no branch: it governs agent work everywhere until `remit task done {id}`"),
                b => outln!("bound to branch {}: it governs agent work there only", b.join(", ")),
            }
            outln!("start the agent session now: `remit record` pins this manifest's hash when the session starts; retire it after the merge with `remit task done {id}`");
            Ok(0)
        }
        TaskAction::List => {
            let head = repo.resolve("HEAD")?;
            let mut paths: Vec<String> = repo
                .list_dir(head, ".remit/tasks")?
                .into_iter()
                .chain(repo.list_dir(head, ".remit")?)
                .filter(|p| is_manifest_path(p))
                .collect();
            paths.sort();
            if paths.is_empty() {
                outln!(
                    "no task declared at HEAD (declare one: remit task new \"…\" --scope 'src/**')"
                );
            }
            for path in paths {
                let Some(bytes) = repo.file_at(head, &path)? else {
                    continue;
                };
                let text = String::from_utf8_lossy(&bytes);
                let m = Manifest::parse(&text, &path, Some(path.clone()))?;
                let bound = match (m.branches.is_empty(), m.sessions.is_empty()) {
                    (true, true) => "every branch and session".to_string(),
                    _ => [
                        (!m.branches.is_empty())
                            .then(|| format!("branch {}", m.branches.join(", "))),
                        (!m.sessions.is_empty())
                            .then(|| format!("session {}", m.sessions.join(", "))),
                    ]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join("; "),
                };
                let declared = repo
                    .last_change(head, &path, 5000)
                    .map(|(sha, who, t)| {
                        format!(
                            "{} by {who} on {}",
                            &sha[..12],
                            &crate::audit::format_utc(t, 0)[..10]
                        )
                    })
                    .unwrap_or_default();
                outln!("{}\t{}\t{bound}\t{declared}", id_of(&path), m.task);
            }
            Ok(0)
        }
        TaskAction::Done { id } => {
            let rel = if id == "task" {
                [".remit/task.yml", ".remit/task.yaml"]
                    .into_iter()
                    .find(|p| root.join(p).is_file())
                    .map(str::to_string)
            } else {
                [
                    format!(".remit/tasks/{id}.yml"),
                    format!(".remit/tasks/{id}.yaml"),
                ]
                .into_iter()
                .find(|p| root.join(p).is_file())
            };
            let Some(rel) = rel else {
                bail!("no task `{id}`: `remit task list` shows the declared ones");
            };
            git(&root, &["rm", "-q", "--", &rel])?;
            git(
                &root,
                &[
                    "commit",
                    "-q",
                    "-m",
                    &format!("Retire task {id}"),
                    "--",
                    &rel,
                ],
            )?;
            outln!("retired {rel}: its scope no longer judges agent work");
            Ok(0)
        }
    }
}

fn manifest_yaml(
    title: &str,
    scope: &[String],
    grants: &[String],
    sessions: &[String],
    branches: &[String],
) -> String {
    let list = |v: &[String]| {
        v.iter()
            .map(|s| serde_json::Value::String(s.clone()).to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out = format!(
        "# Declared with `remit task new`; retire with `remit task done`.\nversion: 1\ntask: {}\n",
        serde_json::Value::String(title.to_string())
    );
    if !branches.is_empty() {
        out.push_str(&format!("branches: [{}]\n", list(branches)));
    }
    if !sessions.is_empty() {
        out.push_str(&format!("sessions: [{}]\n", list(sessions)));
    }
    out.push_str(&format!(
        "scope:\n  paths: [{}]\ngrants: [{}]\n",
        list(scope),
        list(grants)
    ));
    out
}

/// `Fix the login test!` → `fix-the-login-test`.
fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 48 {
            break;
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "task".to_string()
    } else {
        out
    }
}

fn free_id(root: &Path, base: &str) -> String {
    (1..)
        .map(|n| {
            if n == 1 {
                base.to_string()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|id| !root.join(format!(".remit/tasks/{id}.yml")).exists())
        .unwrap_or_else(|| base.to_string())
}

fn id_of(path: &str) -> String {
    path.rsplit('/')
        .next()
        .unwrap_or(path)
        .trim_end_matches(".yml")
        .trim_end_matches(".yaml")
        .to_string()
}

fn git(root: &Path, args: &[&str]) -> Result<()> {
    let out = Command::new("git")
        .current_dir(root)
        .args(args)
        .output()
        .context("cannot run git")?;
    if !out.status.success() {
        bail!(
            "git {} failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(())
}
