//! `remit protected [PATH...]`: what each protected category covers in this
//! repository and why (glob, word, CI reference, symlink), so a person can
//! review it in one screen and fix the policy (`exclude`, `ignore_words`).

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use crate::collect::files;
use crate::collect::git::GitRepo;
use crate::collect::refs;
use crate::normalize::protected_reasons;

#[derive(Debug, Args)]
pub(crate) struct ProtectedArgs {
    /// Repository to inspect.
    #[arg(long, default_value = ".")]
    pub(crate) repo: PathBuf,
    /// Revision whose tree and policy are read.
    #[arg(long, default_value = "HEAD")]
    pub(crate) rev: String,
    /// List every protected path, not a summary by reason.
    #[arg(long)]
    pub(crate) all: bool,
    /// Paths to judge (default: every file of the revision).
    pub(crate) paths: Vec<String>,
}

/// Paths shown per reason in the summary.
const EXAMPLES: usize = 3;

pub(crate) fn run(args: ProtectedArgs) -> Result<u8> {
    let repo = GitRepo::open(&args.repo)?;
    let rev = repo.resolve(&args.rev)?;
    let policy = files::policy(&repo, rev, None)?;
    let facts = refs::repo_facts(&repo, rev, rev, &policy)?;
    let explicit = !args.paths.is_empty();
    let paths = if explicit {
        args.paths.clone()
    } else {
        repo.paths_at(rev)?
    };
    outln!("policy: {}", policy.source);
    // category → reason → paths
    let mut by: BTreeMap<String, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for path in &paths {
        let hits = protected_reasons(path, &policy, &facts);
        if explicit {
            if hits.is_empty() {
                outln!("{path}: not protected");
            }
            for h in &hits {
                outln!("{path}: {} — {}", h.category, h.why);
            }
            continue;
        }
        for h in hits {
            by.entry(h.category)
                .or_default()
                .entry(h.why)
                .or_default()
                .push(path.clone());
        }
    }
    if explicit {
        return Ok(0);
    }
    for (category, reasons) in &by {
        let total: usize = reasons.values().map(Vec::len).sum();
        outln!("\n{category}: {total} paths");
        for (why, list) in reasons {
            if args.all {
                outln!("  {why}:");
                for p in list {
                    outln!("    {p}");
                }
                continue;
            }
            let shown: Vec<&str> = list.iter().take(EXAMPLES).map(String::as_str).collect();
            let more = list.len().saturating_sub(EXAMPLES);
            let tail = if more > 0 {
                format!(", +{more} more")
            } else {
                String::new()
            };
            outln!("  {:>5}  {why}: {}{tail}", list.len(), shown.join(", "));
        }
    }
    if by.is_empty() {
        outln!("\nno path of {} is protected", args.rev);
    }
    Ok(0)
}

/// One line for `remit init`: how many paths of HEAD each category covers.
/// `None` when there is no commit yet or the tree cannot be read: init must
/// not fail over a summary.
pub(crate) fn summary(root: &std::path::Path) -> Option<String> {
    let repo = GitRepo::open(root).ok()?;
    let rev = repo.resolve("HEAD").ok()?;
    let policy = files::policy(&repo, rev, None).ok()?;
    let facts = refs::repo_facts(&repo, rev, rev, &policy).ok()?;
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for path in repo.paths_at(rev).ok()? {
        let hits = protected_reasons(&path, &policy, &facts);
        let mut seen: Vec<String> = hits.into_iter().map(|h| h.category).collect();
        seen.dedup();
        for c in seen {
            *counts.entry(c).or_default() += 1;
        }
    }
    let parts: Vec<String> = counts.iter().map(|(c, n)| format!("{c} {n}")).collect();
    let listed = if parts.is_empty() {
        "no path yet".to_string()
    } else {
        parts.join(", ")
    };
    Some(format!(
        "Protected in this repository at HEAD: {listed}. `remit protected` lists them with the reasons; `exclude` and `ignore_words` in .github/remit.yml adjust them."
    ))
}
