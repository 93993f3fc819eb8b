//! The command line (SPEC §1).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::report::Format;

#[derive(Debug, Parser)]
#[command(
    name = "remit",
    version,
    about = "Keep AI coding agents inside their remit: a PR gate for agent-written commits",
    long_about = "remit checks what an AI coding agent committed against what its session was asked to do (the task manifest, .remit/task.yml) and the repository's policy (.github/remit.yml, read from the base revision). It fails when an agent touched CI/CD pipelines, review gates, auth code or agent configuration outside its declared scope.\n\nExit codes: 0 pass or warn, 1 blocked, 2 the gate could not decide (bad config, bad input, missing objects).",
    after_help = "Start with `remit demo`, then `remit check` in your repository. `remit explain RULE` tells what a finding means and how to fix it."
)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Gate the commits base..head of a local repository.
    Check(CheckArgs),
    /// Explain a rule: what it detects, why it matters, how to fix or approve it.
    Explain {
        /// A rule id, e.g. protected-path (omit to list them all).
        rule: Option<String>,
    },
    /// Replay the incidents in throw-away repositories and print each verdict.
    Demo,
    /// Agent hook command: record one hook payload (stdin) in the session's audit log.
    #[command(
        long_about = "Agent hook command. Reads one hook payload on stdin, normalizes it (file edits, shell commands, fetches, MCP calls; repo-relative paths; secrets redacted; untrusted content hashed and scanned, never stored) and appends it to .remit/sessions/<session>.jsonl at the repository root, hash-chained and locked against parallel hooks. At Stop/SessionEnd it also imports the agent's own transcript for events the hooks missed.\n\nWithout --enforce it never breaks the agent: an internal error is reported on stderr and it exits 0. With --enforce (PreToolUse) it denies writes to protected paths the manifest does not grant, unapproved tools and MCP servers, exfiltration-shaped commands and hook bypasses, answering in the agent's hook protocol; it fails closed."
    )]
    Record(RecordArgs),
    /// Convert native agent logs into one hash-chained remit audit log.
    Import(ImportArgs),
    /// Check audit logs' hash chains; print each log's head, event counts and sessions.
    #[command(
        long_about = "Check the hash chain of each audit log (remit's JSONL, .remit/sessions/*.jsonl) and print its head hash (SHA-256 of its last line), event counts by kind, sessions, and the first break (file:line, seq, reason).\n\nExit codes: 0 every log intact, 1 a chain is broken (or a log truncated), 2 a file cannot be read or parsed."
    )]
    VerifyLog {
        /// Audit log files.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// git pre-push hook: gate every pushed range before it leaves (no network).
    PrePush(crate::commands::pre_push::PrePushArgs),
    /// Declare, list and retire tasks (`.remit/tasks/<id>.yml`, bound to a branch or sessions).
    Task(crate::commands::task::TaskArgs),
    /// Write a starter policy, a task manifest template and agent hook wiring.
    Init(crate::commands::init::InitArgs),
    /// List what each protected category covers in the repository, and why.
    Protected(crate::commands::protected::ProtectedArgs),
    /// Print the JSON Schema of the policy or the task manifest.
    Schema {
        #[arg(value_enum)]
        kind: crate::model::schema::SchemaKind,
    },
    /// Print a shell completion script (e.g. `remit completions bash > /etc/bash_completion.d/remit`).
    Completions {
        #[arg(value_enum)]
        shell: crate::commands::completions::Shell,
    },
    /// Print the man page (roff), e.g. `remit man > remit.1`.
    Man,
    /// GitHub Action entrypoint: gate the PR, merge group or push from GITHUB_* / INPUT_* and publish.
    ///
    /// Reads GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_WORKSPACE and the action's INPUT_*
    /// variables (token, policy, mode, base, head, sarif, comment, check_run, fail_on), gates the
    /// range the event names (pull_request / pull_request_target: base.sha..head.sha;
    /// merge_group: base_sha..head_sha; push: before..after, or the base/head inputs), then
    /// writes step outputs, the job summary, annotations, a SARIF file, the `remit` check run
    /// and one sticky PR comment. API failures are notices; the verdict comes from git alone.
    ///
    /// Exit codes: 0 pass or warn, 1 blocked (with fail_on: warn, also on warnings), 2 the gate
    /// could not decide.
    Action(ActionArgs),
}

#[derive(Debug, Args)]
pub(crate) struct RecordArgs {
    /// Which agent's hook protocol the payload follows.
    #[arg(long, value_enum)]
    pub(crate) agent: crate::normalize::log::hooks::Agent,
    /// Before a tool runs: deny out-of-manifest actions (fails closed).
    #[arg(long)]
    pub(crate) enforce: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ImportArgs {
    /// Native logs (Claude Code transcripts or hook payloads, Codex rollouts, Cursor, Gemini CLI, Copilot, OpenCode); the format is detected per file.
    #[arg(required = true)]
    pub(crate) files: Vec<PathBuf>,
    /// Append to this audit log (continuing its chain) instead of printing to stdout.
    #[arg(long)]
    pub(crate) output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ModeArg {
    Enforce,
    Report,
}

#[derive(Debug, Args)]
pub(crate) struct CheckArgs {
    /// The repository to gate.
    #[arg(long, default_value = ".")]
    pub(crate) repo: PathBuf,
    /// Base revision (sha, branch, tag). Default: the merge-base of head with origin/HEAD, else main/master.
    #[arg(long)]
    pub(crate) base: Option<String>,
    /// Head revision.
    #[arg(long, default_value = "HEAD")]
    pub(crate) head: String,
    /// Policy file to use instead of .github/remit.yml from the base revision.
    #[arg(long)]
    pub(crate) policy: Option<PathBuf>,
    /// Task manifest(s) to use instead of those discovered under .remit/.
    #[arg(long = "manifest")]
    pub(crate) manifests: Vec<PathBuf>,
    /// Audit log(s) to evaluate besides the .remit/sessions/*.jsonl logs added or grown in the range.
    #[arg(long = "audit", value_name = "FILE")]
    pub(crate) audits: Vec<PathBuf>,
    /// Output format(s); repeat together with --output to write several.
    #[arg(long = "format", value_enum, default_value = "text")]
    pub(crate) formats: Vec<Format>,
    /// Write each --format to this file instead of stdout (in the same order).
    #[arg(long = "output")]
    pub(crate) outputs: Vec<PathBuf>,
    /// Override the policy's mode: report never fails, only reports.
    #[arg(long, value_enum)]
    pub(crate) mode: Option<ModeArg>,
    /// List every commit, finding and identity in the text report (by default identical findings are collapsed and long lists cut to their first few; the JSON report always keeps everything).
    #[arg(long)]
    pub(crate) verbose: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ActionArgs {
    /// The checked-out repository (default: $GITHUB_WORKSPACE, else the current directory).
    #[arg(long)]
    pub(crate) repo: Option<PathBuf>,
    /// Policy file to use instead of .github/remit.yml from the base (overrides the `policy` input).
    #[arg(long)]
    pub(crate) policy: Option<PathBuf>,
    /// Task manifest(s) to use instead of those discovered under .remit/.
    #[arg(long = "manifest")]
    pub(crate) manifests: Vec<PathBuf>,
    /// Override the policy's mode (overrides the `mode` input).
    #[arg(long, value_enum)]
    pub(crate) mode: Option<ModeArg>,
    /// Audit log(s) to evaluate besides the .remit/sessions/*.jsonl logs of the range.
    #[arg(long = "audit")]
    pub(crate) audits: Vec<PathBuf>,
    /// List every commit, finding and identity in the text report (by default identical findings are collapsed and long lists cut to their first few; the JSON report always keeps everything).
    #[arg(long)]
    pub(crate) verbose: bool,
}
