//! The pipeline, end to end: collect → normalize → rules → verdict. Every
//! command (`check`, `demo`, and the hooks and action built on them) runs
//! this same engine and differs only in how it collects and publishes.
//!
//! [`evaluate`] runs the rules; [`Evaluation::conclude`] is the one verdict
//! stage (policy actions, approvals, mode). The action reads the approval
//! facts in between, for the paths [`Evaluation::approval_paths`] names.

use std::path::PathBuf;

use crate::analysis::identity::{self, Identity};
use crate::analysis::session::Watch;
use crate::approval::ApprovalFacts;
use crate::collect::log_facts::LogFacts;
use crate::collect::{files, git::GitRepo, logs, semantic};
use crate::error::{GateError, Problem};
use crate::finding::Finding;
use crate::model::manifest::{self, Manifest};
use crate::model::policy::{Mode, Policy};
use crate::normalize::{self, attribution};
use crate::notices;
use crate::rules;
use crate::verdict::{self, Verdict};

#[derive(Debug, Clone, Default)]
pub(crate) struct Request {
    pub(crate) repo: PathBuf,
    pub(crate) base: Option<String>,
    pub(crate) head: Option<String>,
    pub(crate) policy: Option<PathBuf>,
    pub(crate) manifests: Vec<PathBuf>,
    /// Audit logs to evaluate besides those committed in the range (`--audit`).
    pub(crate) audits: Vec<PathBuf>,
    pub(crate) mode: Option<Mode>,
    /// Every commit is the agent's (e.g. the PR was opened by an agent account).
    pub(crate) all_commits_agent: bool,
    /// Gate what head adds over the whole history of these revisions instead
    /// of base..head (pre-push: everything the remote already has); the base
    /// is then where that range leaves them.
    pub(crate) exclude: Option<Vec<String>>,
    /// Read the policy from this revision instead of the base (pre-push: the
    /// remote's default branch).
    pub(crate) policy_rev: Option<String>,
    /// Use the built-in default policy, whatever the revisions hold.
    pub(crate) builtin_policy: bool,
    /// The branch the head is on, when known: manifests bound to other
    /// branches (`branches:`) do not govern the range.
    pub(crate) branch: Option<String>,
    /// Manifests a person declared in the issue the PR links (GitHub-native
    /// agents), already judged trustworthy by the action.
    pub(crate) issue_manifests: Vec<crate::collect::issue_manifest::IssueManifest>,
}

/// One commit of the range as the report shows it.
#[derive(Debug, Clone)]
pub(crate) struct CommitSummary {
    pub(crate) sha: String,
    pub(crate) summary: String,
    pub(crate) author: String,
    pub(crate) agent: Option<String>,
    pub(crate) session: Option<String>,
    pub(crate) reason: Option<String>,
    /// A person's commit accepting a review bot's suggestion: the bot and
    /// the line that says so (`agents.suggestions: person`).
    pub(crate) suggested_by: Option<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct Outcome {
    /// The policy's approval label, which the PR comment names.
    pub(crate) approval_label: Option<String>,
    pub(crate) base: String,
    pub(crate) head: String,
    pub(crate) policy_source: String,
    pub(crate) manifest_sources: Vec<String>,
    pub(crate) commits: Vec<CommitSummary>,
    /// Allowances that applied to nothing (probably typos), and other notes.
    pub(crate) notices: Vec<String>,
    /// The agents behind the range and the credentials their sessions touched.
    pub(crate) identities: Vec<Identity>,
    /// The audit logs evaluated.
    pub(crate) log_sources: Vec<String>,
    pub(crate) verdict: Verdict,
}

/// What the rules established, before the verdict.
#[derive(Debug, Clone)]
pub(crate) struct Evaluation {
    policy: Policy,
    mode: Option<Mode>,
    findings: Vec<Finding>,
    /// The outcome's facts besides the verdict.
    outcome: Outcome,
}

impl Evaluation {
    /// Whether some finding passes only with a person's approval.
    pub(crate) fn needs_approval(&self) -> bool {
        verdict::awaiting_approval(&self.policy, &self.findings)
            .next()
            .is_some()
    }

    /// The paths of findings that only a person's approval would pass: the
    /// approval facts to read concern these.
    pub(crate) fn approval_paths(&self) -> Vec<String> {
        verdict::awaiting_approval(&self.policy, &self.findings)
            .filter_map(|f| f.path.clone())
            .collect()
    }

    /// The policy's approval label.
    pub(crate) fn approval_label(&self) -> Option<&str> {
        self.policy.approval_label.as_deref()
    }

    /// The verdict stage: the policy's actions, the approvals when there
    /// are facts about them, and the mode.
    pub(crate) fn conclude(self, approvals: Option<&ApprovalFacts>) -> Outcome {
        let verdict = verdict::decide(&self.policy, self.mode, self.findings, approvals);
        Outcome {
            verdict,
            ..self.outcome
        }
    }
}

/// Runs the pipeline with no approval facts (everything but the action).
pub(crate) fn run(req: &Request) -> Result<Outcome, GateError> {
    Ok(evaluate(req)?.conclude(None))
}

/// Collects the range and runs the rules.
pub(crate) fn evaluate(req: &Request) -> Result<Evaluation, GateError> {
    let repo = GitRepo::open(&req.repo)?;
    let head = repo.resolve(req.head.as_deref().unwrap_or("HEAD"))?;
    let (base, oids) = match &req.exclude {
        Some(revs) => {
            let hide = revs
                .iter()
                .map(|r| repo.resolve(r))
                .collect::<Result<Vec<_>, _>>()?;
            repo.oids_excluding(head, &hide)?
        }
        None => {
            let (base, named) = match &req.base {
                Some(rev) => {
                    let base = repo.resolve(rev)?;
                    (base, base.to_string() != crate::collect::git::EMPTY_TREE)
                }
                None => (repo.default_base(head)?, false),
            };
            (base, repo.gated_oids(base, head, named)?)
        }
    };
    let policy = match (&req.policy_rev, req.builtin_policy) {
        (_, true) if req.policy.is_none() => crate::model::policy::Policy::builtin()?,
        (Some(rev), _) => files::policy(&repo, repo.resolve(rev)?, req.policy.as_deref())?,
        _ => files::policy(&repo, base, req.policy.as_deref())?,
    };
    let log_facts = LogFacts::gather(&repo, base, head, &req.audits)?;
    let followed = semantic::Followed::read(&repo, base, head)?;
    // Each commit is attributed as the walk reads it. A person's commit
    // keeps only the changes later stages read of it (manifests, pipeline
    // files, whose history counts every commit): over a long range, most
    // of what the walk reads is never held.
    let mut who = Vec::with_capacity(oids.oids.len());
    // What attribution found of review bots, for the commits it asked about.
    let mut noted = Vec::with_capacity(oids.oids.len());
    let commits = repo.commits(base, oids, &mut |commit| {
        let mut suggested = None;
        let mut agent = attribution::attribute_noting(
            commit,
            &policy.agents,
            req.all_commits_agent,
            &mut suggested,
        );
        noted.push(suggested);
        log_facts.bind(commit, &mut agent);
        if agent.is_none() {
            commit.changes.retain(|change| {
                change
                    .paths()
                    .any(|p| manifest::is_manifest_path(p) || followed.kind(p).is_some())
            });
        }
        who.push(agent);
    })?;
    // What a long range's walk read of the pack need not stay resident (a
    // short range's is small, and renewing costs more than it saves).
    let long = commits.len() > crate::collect::git::COMMITS_PER_ODB;
    if long {
        repo.fresh_odb(head)?;
    }
    let mut manifests =
        files::manifests(&repo, base, &commits, &who, &req.manifests, &log_facts.pins)?;
    for m in &req.issue_manifests {
        manifests
            .declared
            .push(Manifest::parse(&m.text, &m.source, None)?);
    }
    check_grants(&manifests.declared, &policy)?;
    // Each stage below reads objects from all over the pack (a pipeline
    // file's every version, two whole trees, the agents' files): on a long
    // range none keeps what the one before it read resident.
    let renew = || if long { repo.fresh_odb(head) } else { Ok(()) };
    let watched = semantic::watched(&repo, base, head, &commits, &who, &followed)?;
    renew()?;
    // Only the paths agent commits changed are asked what CI runs and which
    // symlinks reach them (`normalize::context`): a range without agent
    // commits needs no facts; a long range's are gathered whole, as a set
    // of its asked paths would save little there and cost memory.
    let mut facts = if !who.iter().any(Option::is_some) {
        crate::collect::refs::RepoFacts::default()
    } else if long {
        crate::collect::refs::repo_facts(&repo, base, head, &policy)?
    } else {
        let asked: std::collections::HashSet<&str> = commits
            .iter()
            .zip(&who)
            .filter(|(_, who)| who.is_some())
            .flat_map(|(c, _)| c.changes.iter().flat_map(|change| change.paths()))
            .collect();
        crate::collect::refs::repo_facts_for(&repo, base, head, &policy, &asked)?
    };
    renew()?;
    crate::collect::refs::read_code(&repo, &commits, &who, &mut facts)?;
    // Read last, as the contents are held until the commits are normalised.
    let contents = files::iac_contents(&repo, &commits, &who)?;
    renew()?;
    let read_blob = semantic::reader(&repo);
    let mut ctx = normalize::context(&policy, &manifests, &commits, who, &contents, &facts);
    // The report's word on people's commits is all the rules' stage needs of
    // the raw commits: the rest goes before the rules run.
    let suggested: Vec<Option<String>> = ctx
        .commits
        .iter()
        .zip(&commits)
        .zip(noted)
        .map(|((c, raw), noted)| match &c.attribution {
            Some(_) => None,
            None => noted
                .unwrap_or_else(|| attribution::suggested_by(raw))
                .map(|(bot, why)| format!("{bot}: {why}")),
        })
        .collect();
    drop(commits);
    drop(contents);
    ctx.watched = watched;
    ctx.blobs = Some(&read_blob);
    ctx.branch = req.branch.clone();
    let changed = ctx
        .commits
        .iter()
        .flat_map(|c| c.touches.iter())
        .filter(|t| !t.remit_input)
        .map(|t| t.path.clone());
    let protected = |path: &str| {
        normalize::path_categories(path, &policy)
            .into_iter()
            .next()
            .map(|hit| hit.category)
    };
    let allowed_host = |session: &str, host: &str| {
        let manifests = ctx.manifests_for(Some(session));
        let mut lists: Vec<&[String]> = vec![&policy.allowed_hosts];
        lists.extend(manifests.iter().map(|m| m.hosts.as_slice()));
        crate::analysis::egress::allowed_by(host, &lists).is_some()
    };
    let detectors = rules::detectors();
    let watch = Watch::new(changed, &protected)
        .allowing(&allowed_host)
        .detecting(&detectors);
    ctx.logs = logs::gather(&repo, base, head, &req.audits, &watch)?;
    let findings = rules::run(&ctx);
    // `ctx.commits` is `suggested`, one for one and in order.
    let summaries = ctx
        .commits
        .iter()
        .zip(suggested)
        .map(|(c, suggested_by)| CommitSummary {
            sha: c.sha.clone(),
            summary: c.summary.clone(),
            author: format!("{} <{}>", c.author.name, c.author.email),
            agent: c.attribution.as_ref().map(|a| a.agent.clone()),
            session: c.session().map(str::to_string),
            reason: c.attribution.as_ref().map(|a| a.reason.clone()),
            suggested_by,
        })
        .collect();
    let stale = stale_scope(&repo, base, &ctx);
    let mut notices: Vec<String> = stale.iter().map(|(_, _, n)| n.clone()).collect();
    notices.extend(notices::unused_allowances(&ctx));
    let identities = identity::identities(&ctx.commits, &ctx.logs);
    let log_sources = ctx
        .logs
        .iter()
        .map(|l| match &l.format {
            Some(f) => format!("{} ({f})", l.name),
            None => l.name.clone(),
        })
        .collect();
    let outcome = Outcome {
        approval_label: policy.approval_label.clone(),
        base: base.to_string(),
        head: head.to_string(),
        policy_source: policy.source.clone(),
        manifest_sources: manifests
            .declared
            .iter()
            .map(|m| match stale.iter().find(|(s, _, _)| *s == m.source) {
                // In the report's first lines: whose scope this is, and since when.
                Some((_, short, _)) => format!("{} — {short}", m.source),
                None => m.source.clone(),
            })
            .collect(),
        commits: summaries,
        notices,
        identities,
        log_sources,
        // Decided by `Evaluation::conclude`.
        verdict: Verdict {
            outcome: verdict::Outcome::Pass,
            mode: req.mode.unwrap_or(policy.mode),
            findings: Vec::new(),
            approval_notes: Vec::new(),
        },
    };
    Ok(Evaluation {
        policy,
        mode: req.mode,
        findings,
        outcome,
    })
}

/// A manifest on base that names no session and no branch governs every
/// agent PR until someone retires it — possibly a finished task's scope
/// judging new work. Say which task it is and when it was declared.
fn stale_scope(
    repo: &GitRepo,
    base: git2::Oid,
    ctx: &crate::normalize::Context<'_>,
) -> Vec<(String, String, String)> {
    if !ctx.commits.iter().any(|c| c.is_agent()) {
        return Vec::new();
    }
    let on_base = format!("@{}", files::short(base));
    ctx.manifests
        .declared
        .iter()
        .filter(|m| m.sessions.is_empty() && m.branches.is_empty() && m.source.ends_with(&on_base))
        .filter_map(|m| {
            let path = m.repo_path.as_deref()?;
            let when = repo
                .last_change(base, path, 5000)
                .map(|(sha, author, time)| {
                    format!(
                        "declared in {} by {author} on {}",
                        &sha[..12],
                        &crate::audit::format_utc(time, 0)[..10]
                    )
                })
                .unwrap_or_else(|| "declared before the history remit read".to_string());
            let short = format!(
                "task \"{}\", {when}; bound to no branch or session: it judges every agent change until retired",
                m.task
            );
            let notice = format!(
                "the scope in force comes from `{path}` on the base branch, task \"{}\" ({when}); it names no session or branch, so it governs every agent change until it is retired — if this work is a different task, declare it (`remit task new`) and retire the old one (`remit task done`)",
                m.task
            );
            Some((m.source.clone(), short, notice))
        })
        .collect()
}

/// A grant naming a category the policy does not know is a typo that would
/// silently grant nothing: stop and say where it is.
fn check_grants(manifests: &[Manifest], policy: &Policy) -> Result<(), GateError> {
    for m in manifests {
        let problems: Vec<Problem> = m
            .grants
            .iter()
            .filter(|g| policy.category(&g.value).is_none())
            .map(|g| Problem {
                line: g.line,
                col: g.col,
                message: format!(
                    "`grants` names unknown category `{}`; the policy's categories are: {}",
                    g.value,
                    policy
                        .categories
                        .iter()
                        .map(|c| c.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            })
            .collect();
        if !problems.is_empty() {
            return Err(GateError::ConfigText {
                file: m.source.clone(),
                text: m.text.clone(),
                problems,
                help: "fix the category name in the task manifest's grants".to_string(),
            });
        }
    }
    Ok(())
}
