//! `remit check`: gate base..head of a local repository.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};

use crate::cli::{CheckArgs, ModeArg};
use crate::gate::{self, Request};
use crate::model::policy::Mode;
use crate::report::{self, Format};

pub(crate) fn run(args: CheckArgs) -> Result<u8> {
    let branch = branch_of(&args.repo, &args.head);
    let req = Request {
        branch,
        repo: args.repo,
        base: args.base,
        head: Some(args.head),
        policy: args.policy,
        manifests: args.manifests,
        audits: args.audits,
        mode: args.mode.map(|m| match m {
            ModeArg::Enforce => Mode::Enforce,
            ModeArg::Report => Mode::Report,
        }),
        all_commits_agent: false,
        ..Request::default()
    };
    let outcome = gate::run(&req)?;
    publish(&outcome, &args.formats, &args.outputs, args.verbose)?;
    Ok(outcome.verdict.outcome.exit_code())
}

/// The local branch `head` names (`HEAD`: the checked-out branch), if any.
fn branch_of(repo: &std::path::Path, head: &str) -> Option<String> {
    let repo = git2::Repository::discover(repo).ok()?;
    if head == "HEAD" {
        return crate::collect::git::GitRepo::checked_out_branch(repo.path());
    }
    let name = head.strip_prefix("refs/heads/").unwrap_or(head);
    repo.find_branch(name, git2::BranchType::Local)
        .ok()
        .map(|_| name.to_string())
}

/// Writes each format to its output file, or to stdout.
pub(crate) fn publish(
    outcome: &gate::Outcome,
    formats: &[Format],
    outputs: &[PathBuf],
    verbose: bool,
) -> Result<()> {
    if outputs.len() > formats.len() {
        bail!("more --output files than --format values: give one --format per --output");
    }
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    for (i, format) in formats.iter().enumerate() {
        match outputs.get(i) {
            Some(path) => {
                let text = report::render_with(outcome, *format, false, verbose);
                std::fs::write(path, text)
                    .with_context(|| format!("cannot write report to {}", path.display()))?;
            }
            None => out!("{}", report::render_with(outcome, *format, color, verbose)),
        }
    }
    Ok(())
}
