//! `remit pre-push`: git's pre-push hook. Gates every pushed range before it
//! leaves, offline, with the same engine as the required check.
//!
//! git passes `<remote> <url>` and one line per ref on stdin:
//! `<local ref> <local sha> <remote ref> <remote sha>`. Under the pre-commit
//! framework the range comes in `PRE_COMMIT_FROM_REF` / `PRE_COMMIT_TO_REF`
//! (and the remote in `PRE_COMMIT_REMOTE_NAME`) instead.

use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use git2::Oid;

use crate::cli::ModeArg;
use crate::collect::git::GitRepo;
use crate::error::GateError;
use crate::gate::{self, Request};
use crate::model::policy::Mode;
use crate::report::text;

#[derive(Debug, Args)]
pub(crate) struct PrePushArgs {
    /// The remote's name (or its URL for an unnamed remote), as git passes it.
    pub(crate) remote: Option<String>,
    /// The remote's URL, as git passes it (not used: remit never touches the network).
    pub(crate) url: Option<String>,
    /// The repository being pushed from.
    #[arg(long, default_value = ".")]
    pub(crate) repo: PathBuf,
    /// Policy file to use instead of .github/remit.yml on the remote's default branch.
    #[arg(long)]
    pub(crate) policy: Option<PathBuf>,
    /// Task manifest(s) to use instead of those discovered under .remit/.
    #[arg(long = "manifest")]
    pub(crate) manifests: Vec<PathBuf>,
    /// report: warn about findings but never block the push.
    #[arg(long, value_enum)]
    pub(crate) mode: Option<ModeArg>,
    /// List every commit, finding and identity in the text report (by default identical findings are collapsed and long lists cut to their first few; the JSON report always keeps everything).
    #[arg(long)]
    pub(crate) verbose: bool,
}

/// One ref being pushed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PushedRef {
    pub(crate) local_ref: String,
    pub(crate) local_sha: String,
    pub(crate) remote_ref: String,
    pub(crate) remote_sha: String,
}

/// The all-zeroes object name git uses for "none" (SHA-1 or SHA-256).
fn is_zero(sha: &str) -> bool {
    !sha.is_empty() && sha.bytes().all(|b| b == b'0')
}

/// Parses git's pre-push stdin. The local ref comes first and is shown as
/// typed, so the line is split from the right.
pub(crate) fn parse_lines(input: &str) -> Result<Vec<PushedRef>, GateError> {
    let mut out = Vec::new();
    for (i, line) in input.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let mut parts: Vec<&str> = line.trim_end().rsplitn(4, ' ').collect();
        parts.reverse();
        let [local_ref, local_sha, remote_ref, remote_sha] = parts[..] else {
            return Err(GateError::input(
                format!("pre-push input line {}: expected `<local ref> <local sha> <remote ref> <remote sha>`, got `{line}`", i + 1),
                "remit pre-push reads what git passes to the pre-push hook; call it from .git/hooks/pre-push as `remit pre-push \"$@\"`",
            ));
        };
        out.push(PushedRef {
            local_ref: local_ref.to_string(),
            local_sha: local_sha.to_string(),
            remote_ref: remote_ref.to_string(),
            remote_sha: remote_sha.to_string(),
        });
    }
    Ok(out)
}

/// What one ref's push asks the gate to do.
enum Plan {
    /// Nothing to gate, and why.
    Skip(String),
    /// Gate what `head` adds over the `exclude` revisions.
    Gate { head: String, exclude: Vec<String> },
}

/// The range the pre-commit framework computed, when it runs remit.
struct PreCommit {
    from: Option<String>,
    to: Option<String>,
    remote: Option<String>,
    local_branch: Option<String>,
}

impl PreCommit {
    fn from_env() -> Option<Self> {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        let env = Self {
            from: var("PRE_COMMIT_FROM_REF"),
            to: var("PRE_COMMIT_TO_REF"),
            remote: var("PRE_COMMIT_REMOTE_NAME"),
            local_branch: var("PRE_COMMIT_LOCAL_BRANCH"),
        };
        (env.to.is_some() || env.remote.is_some()).then_some(env)
    }
}

pub(crate) fn run(args: PrePushArgs) -> Result<u8> {
    let repo = GitRepo::open(&args.repo)?;
    let pre_commit = PreCommit::from_env();
    let remote = args
        .remote
        .clone()
        .or_else(|| pre_commit.as_ref().and_then(|p| p.remote.clone()))
        .ok_or_else(|| {
            GateError::input(
                "remit pre-push needs the remote name git passes to the hook",
                "call it from .git/hooks/pre-push as `remit pre-push \"$@\"` (or run `remit init --hooks`)",
            )
        })?;

    // An unnamed remote arrives as its URL, which may carry credentials.
    let shown = crate::redact::redact(&remote).into_owned();
    let tracking = repo.remote_tracking(&remote)?;
    let known: Vec<String> = tracking.iter().map(|(_, oid)| oid.to_string()).collect();
    if tracking.is_empty() {
        eprintln!(
            "remit: notice: no remote-tracking refs for `{shown}` (never fetched, or a push to a URL): each pushed ref is gated over its whole history; `git fetch {shown}` narrows that to what is new"
        );
    }

    let mut req = Request {
        repo: args.repo.clone(),
        policy: args.policy.clone(),
        manifests: args.manifests.clone(),
        mode: args.mode.map(|m| match m {
            ModeArg::Enforce => Mode::Enforce,
            ModeArg::Report => Mode::Report,
        }),
        ..Request::default()
    };
    if args.policy.is_none() {
        match repo.remote_default_branch(&remote) {
            Some((_, oid)) => req.policy_rev = Some(oid.to_string()),
            None => {
                req.builtin_policy = true;
                eprintln!(
                    "remit: notice: no remote-tracking default branch for `{shown}` (refs/remotes/{shown}/HEAD, main or master): using the built-in default policy; `git fetch {shown}` (or `git remote set-head {shown} --auto`) lets remit read the repository's policy"
                );
            }
        }
    }

    let plans: Vec<(String, Plan)> = match &pre_commit {
        Some(env) => {
            let head = env
                .to
                .clone()
                .or_else(|| env.local_branch.clone())
                .unwrap_or_else(|| "HEAD".to_string());
            let mut exclude = known.clone();
            exclude.extend(env.from.clone());
            vec![(head.clone(), Plan::Gate { head, exclude })]
        }
        None => {
            let stdin = std::io::stdin();
            if stdin.is_terminal() {
                return Err(GateError::input(
                    "remit pre-push reads the pushed refs on stdin, as git passes them",
                    "let git run it: `remit init --hooks` installs .git/hooks/pre-push; to gate a branch by hand use `remit check`",
                )
                .into());
            }
            let mut input = String::new();
            for line in stdin.lock().lines() {
                let line = line.map_err(|e| {
                    GateError::input(
                        format!("cannot read stdin: {e}"),
                        "run it from git's pre-push hook",
                    )
                })?;
                input.push_str(&line);
                input.push('\n');
            }
            parse_lines(&input)?
                .into_iter()
                .map(|r| {
                    let plan = plan(&repo, &r, &known)?;
                    Ok((r.remote_ref, plan))
                })
                .collect::<Result<_, GateError>>()?
        }
    };

    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let verbose = args.verbose;
    let mut worst = 0;
    for (target, plan) in plans {
        match plan {
            Plan::Skip(why) => outln!("remit: {target}: {why}"),
            Plan::Gate { head, exclude } => {
                req.head = Some(head);
                req.exclude = Some(exclude);
                // The branch the push goes to: manifests bound to it govern.
                req.branch = target.strip_prefix("refs/heads/").map(str::to_string);
                let outcome = gate::run(&req)?;
                if outcome.commits.is_empty() {
                    outln!("remit: {target}: nothing new to gate (the remote has every commit)");
                    continue;
                }
                outln!("remit: {target} → {shown}");
                out!("{}", text::render_with(&outcome, color, verbose));
                worst = worst.max(outcome.verdict.outcome.exit_code());
            }
        }
    }
    if worst == 1 {
        eprintln!(
            "\nremit blocked this push. Fix the findings above (`remit explain RULE` tells how), or change the task manifest as a person. \
             `git push --no-verify` skips this local check; the required check on the pull request still runs."
        );
    }
    Ok(worst)
}

/// Decides what to gate for one pushed ref: what it adds over everything the
/// remote already has (its remote-tracking refs and the ref's current value).
fn plan(repo: &GitRepo, r: &PushedRef, known: &[String]) -> Result<Plan, GateError> {
    if is_zero(&r.local_sha) {
        return Ok(Plan::Skip("deleted, nothing to gate".to_string()));
    }
    let bad_sha = |sha: &str| {
        GateError::input(
            format!("pre-push input names `{sha}`, which is not an object name"),
            "remit pre-push reads what git passes to the pre-push hook",
        )
    };
    let local = Oid::from_str(&r.local_sha).map_err(|_| bad_sha(&r.local_sha))?;
    let head = match repo.commit_of(local) {
        Some(commit) => commit,
        None if repo.has_object(local) => {
            return Ok(Plan::Skip(
                "points at no commit (a tag of a tree or blob), nothing to gate".to_string(),
            ))
        }
        None => {
            return Err(GateError::input(
                format!(
                    "{} ({}) is not in this repository",
                    r.local_ref, r.local_sha
                ),
                "run remit pre-push from the repository being pushed",
            ))
        }
    };
    let mut exclude = known.to_vec();
    if !is_zero(&r.remote_sha) {
        let remote = Oid::from_str(&r.remote_sha).map_err(|_| bad_sha(&r.remote_sha))?;
        // A force-push may replace commits this clone never fetched: those
        // cannot be hidden, and need not be — only what is pushed is gated.
        if let Some(commit) = repo.commit_of(remote) {
            exclude.push(commit.to_string());
        }
    }
    Ok(Plan::Gate {
        head: head.to_string(),
        exclude,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_lines_from_the_right() {
        let zero = "0".repeat(40);
        let a = "a".repeat(40);
        let input =
            format!("refs/heads/work {a} refs/heads/work {zero}\nHEAD~1 {a} refs/heads/x {a}\n\n");
        let refs = parse_lines(&input).expect("parses");
        assert_eq!(refs.len(), 2);
        assert_eq!(refs[1].local_ref, "HEAD~1");
        assert!(is_zero(&refs[0].remote_sha));
        assert!(!is_zero(&refs[0].local_sha));
        assert!(parse_lines("refs/heads/x abc\n").is_err());
    }
}
