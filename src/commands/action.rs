//! `remit action`: the GitHub Action entrypoint. Collects the range from the
//! workflow event, runs the same gate as `remit check`, applies approvals,
//! then publishes. Publishing is best effort; the exit code is the verdict's.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::cli::{ActionArgs, ModeArg};
use crate::collect::approvals::approval_facts;
use crate::collect::git::GitRepo;
use crate::collect::github::{Api, ApiError, Event, CHECKOUT_FIX};
use crate::collect::inputs::{env, Inputs};
use crate::error::GateError;
use crate::gate::{self, Outcome, Request};
use crate::model::policy::Mode;
use crate::normalize::attribution::agent_for_login;
use crate::publish::{self, CommentAction, Conclusion};
use crate::report::{self, Format};
use crate::verdict::Outcome as Verdict;

pub(crate) fn run(args: ActionArgs) -> Result<u8> {
    let mut inputs = Inputs::read()?;
    if let Some(policy) = args.policy {
        inputs.policy = Some(policy);
    }
    if let Some(mode) = args.mode {
        inputs.mode = Some(match mode {
            ModeArg::Enforce => Mode::Enforce,
            ModeArg::Report => Mode::Report,
        });
    }
    let workspace = args
        .repo
        .or_else(|| env("GITHUB_WORKSPACE").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("."));
    let event_name = env("GITHUB_EVENT_NAME").unwrap_or_else(|| "workflow_dispatch".into());
    let event = Event::read(
        &event_name,
        env("GITHUB_EVENT_PATH").as_deref().map(Path::new),
    )?;
    let outputs_path = env("GITHUB_OUTPUT").map(PathBuf::from);

    if event.deletion && inputs.head.is_none() {
        publish::notice(
            "remit",
            "this push deletes a branch or tag: nothing to gate",
        );
        write_outputs(outputs_path.as_deref(), "pass", 0, false, None, None)?;
        return Ok(0);
    }

    let repo = open_workspace(&workspace)?;
    let head = inputs
        .head
        .clone()
        .or(event.head.clone())
        .or_else(|| env("GITHUB_SHA"))
        .ok_or_else(|| {
            GateError::input(
                format!("the `{event_name}` event names no head commit"),
                "set the action's `head` input (e.g. `head: ${{ github.sha }}`)",
            )
        })?;
    let base = inputs.base.clone().or(event.base.clone()).ok_or_else(|| {
        GateError::input(
            format!("the `{event_name}` event names no base commit (a new branch or tag, or a manual run)"),
            "set the action's `base` input: the previous release tag for a release (e.g. `base: ${{ steps.prev.outputs.tag }}`), or the branch the work started from",
        )
    })?;
    let (base_oid, head_oid) = present(&repo, &base, &head)?;

    let api = connect(&inputs);
    // A merge group's payload has no PR: the queue's ref names it. Its author
    // decides agent attribution, and its approvals apply.
    let pr = match (&event.pr, event.queued_pr, &api) {
        (None, Some(number), Some(api)) => match api.pull_request(number) {
            Ok(pr) => Some(pr),
            Err(e) => {
                publish::notice(
                    "remit: pull request not read",
                    &format!("cannot read pull request #{number} of this merge group ({e}): its author and approvals are not known"),
                );
                None
            }
        },
        (pr, _, _) => pr.clone(),
    };
    let agent_author = pr
        .as_ref()
        .and_then(|p| agent_for_login(&p.author).map(|a| (p.author.clone(), a)));
    if let Some((login, agent)) = &agent_author {
        publish::notice(
            "remit",
            &format!(
                "@{login} opened this pull request: every commit in it is treated as {agent}'s"
            ),
        );
    }
    // GitHub-native agents start from an issue: a person's `remit` block
    // there is the task (see collect::issue_manifest for when it is trusted).
    let issue_manifests = match (&pr, &api) {
        (Some(pr), Some(api)) if !pr.body.is_empty() => {
            let first = first_commit_time(&repo, base_oid, head_oid);
            let (found, notes) = crate::collect::issue_manifest::gather(api, &pr.body, &first);
            for note in notes {
                publish::notice("remit: task from the issue", &note);
            }
            found
        }
        _ => Vec::new(),
    };
    let req = Request {
        issue_manifests,
        repo: workspace.clone(),
        base: Some(base_oid.to_string()),
        head: Some(head_oid.to_string()),
        policy: inputs.policy.clone(),
        manifests: args.manifests,
        mode: inputs.mode,
        all_commits_agent: agent_author.is_some(),
        audits: args.audits,
        // The PR's head branch (or the pushed branch): manifests bound to
        // other branches do not govern this run.
        branch: env("GITHUB_HEAD_REF")
            .filter(|b| !b.is_empty())
            .or_else(|| {
                (env("GITHUB_REF_TYPE").as_deref() == Some("branch"))
                    .then(|| env("GITHUB_REF_NAME"))
                    .flatten()
            }),
        ..Request::default()
    };
    let evaluation = gate::evaluate(&req).map_err(|e| shallow_help(e, &repo))?;
    // The approvals, read only when a finding needs one; the verdict stage
    // then applies them with the policy and the mode.
    let mut facts = None;
    if let (Some(pr), true) = (&pr, evaluation.needs_approval()) {
        match approval_facts(
            api.as_ref(),
            &repo,
            base_oid,
            pr,
            evaluation.approval_label(),
            &evaluation.approval_paths(),
        ) {
            Ok(read) => {
                for note in &read.team_notes {
                    publish::notice("remit: team owners not checked", note);
                }
                facts = Some(read);
            }
            Err(e) => publish::notice(
                "remit: approvals not checked",
                &format!("{e}; findings that need approval stay blocking"),
            ),
        }
    }
    let outcome = evaluation.conclude(facts.as_ref());
    let notes = &outcome.verdict.approval_notes;

    let mut warnings = Vec::new();
    if let Some(path) = self_protection(&event_name, &repo, base_oid, head_oid) {
        let message = format!("this pull request changes {path}, the workflow that runs remit; under `pull_request` the PR's own version of it runs, so it can disable this check. Run remit from `pull_request_target` (checking out the head SHA) or an org ruleset's required workflow — see the README.");
        publish::warning("remit: self-protection", &message);
        warnings.push(message);
    }

    let blocked = outcome.verdict.outcome == Verdict::Block;
    let fails = blocked || (inputs.fail_on_warn && outcome.verdict.outcome == Verdict::Warn);
    let code = u8::from(fails);

    let summary = publish_local(
        &workspace,
        &inputs,
        &outcome,
        notes,
        &warnings,
        args.verbose,
    )?;
    write_outputs(
        outputs_path.as_deref(),
        outcome.verdict.outcome.as_str(),
        outcome.verdict.findings.len(),
        blocked,
        Some(&inputs.report),
        inputs.sarif.as_deref(),
    )?;

    let conclusion = if fails {
        Conclusion::Failure
    } else if outcome.verdict.findings.is_empty() {
        Conclusion::Success
    } else {
        Conclusion::Neutral
    };
    publish_api(&PublishCtx {
        api: api.as_ref(),
        inputs: &inputs,
        event: &event,
        outcome: &outcome,
        conclusion,
        summary: &summary,
        label: outcome.approval_label.as_deref(),
        notes,
    });
    Ok(code)
}

/// What needs no API: the log (text report and annotations), the JSON and
/// SARIF files, and the job summary, which it returns for the check run.
fn publish_local(
    workspace: &Path,
    inputs: &Inputs,
    outcome: &Outcome,
    notes: &[String],
    warnings: &[String],
    verbose: bool,
) -> Result<String> {
    // The log: the text report, with workflow commands off so that commit
    // messages cannot inject commands, then the annotations.
    let seed = format!(
        "{}:{}:{:?}",
        outcome.head,
        std::process::id(),
        std::time::SystemTime::now()
    );
    let stop = format!("remit-{}", &crate::hash::sha256_hex(seed.as_bytes())[..16]);
    println!("::stop-commands::{stop}");
    print!(
        "{}",
        report::render_with(outcome, Format::Text, false, verbose)
    );
    println!("::{stop}::");
    print!("{}", report::render(outcome, Format::Github, false));
    for note in notes {
        publish::notice("remit: approval", note);
    }

    let report_path = workspace.join(&inputs.report);
    std::fs::write(&report_path, report::render(outcome, Format::Json, false))
        .with_context(|| format!("cannot write {}", report_path.display()))?;
    if let Some(sarif) = &inputs.sarif {
        let path = workspace.join(sarif);
        std::fs::write(&path, report::render(outcome, Format::Sarif, false))
            .with_context(|| format!("cannot write {}", path.display()))?;
    }

    let mut extra = String::new();
    for w in warnings {
        extra.push_str(&format!(
            "\n> [!WARNING]\n> {}\n",
            report::markdown::rich(w)
        ));
    }
    if !notes.is_empty() {
        extra.push_str("\n#### Approvals that did not count\n\n");
        for n in notes {
            extra.push_str(&format!("- {}\n", report::markdown::rich(n)));
        }
    }
    // The job summary holds up to 1 MiB: the report is cut to what is left
    // after the warnings and notes, from its least important end.
    let room = publish::SUMMARY_LIMIT.saturating_sub(2048 + extra.len());
    let mut summary = report::markdown::render_within(outcome, room, verbose);
    summary.push_str(&extra);
    if let Some(path) = env("GITHUB_STEP_SUMMARY") {
        if let Err(e) = publish::write_summary(Path::new(&path), &summary) {
            publish::notice("remit", &format!("cannot write the job summary: {e}"));
        }
    }
    // The check run's summary holds 65,535 characters, much less than the
    // job summary: a long report is rendered again to fit it.
    if summary.len() > publish::BODY_LIMIT {
        let room = publish::BODY_LIMIT.saturating_sub(1024 + extra.len());
        summary = report::markdown::render_within(outcome, room, false);
        summary.push_str(&extra);
    }
    Ok(summary)
}

/// Opens the workspace. Inside the action's container remit runs as root
/// while the checkout belongs to the runner's user, which git refuses
/// ("dubious ownership"); remit then trusts that one path — never `*` — in
/// the container's own `$HOME/.gitconfig`, and only under GitHub Actions.
fn open_workspace(workspace: &Path) -> Result<GitRepo, GateError> {
    match GitRepo::open(workspace) {
        Ok(repo) => Ok(repo),
        Err(e) if owner_refusal(&e) && env("GITHUB_ACTIONS").as_deref() == Some("true") => {
            let path = std::fs::canonicalize(workspace).unwrap_or_else(|_| workspace.to_path_buf());
            trust(&path).map_err(|io| {
                GateError::input(
                    format!("{e}; and remit could not add it to safe.directory: {io}"),
                    format!(
                        "run `git config --global --add safe.directory {}` before remit",
                        path.display()
                    ),
                )
            })?;
            publish::notice(
                "remit",
                &format!("trusted {} in this container's git config (safe.directory): the checkout belongs to the runner's user", path.display()),
            );
            GitRepo::open(workspace)
        }
        Err(e) => Err(e),
    }
}

fn owner_refusal(e: &GateError) -> bool {
    e.to_string().contains("owned by another user")
}

fn trust(path: &Path) -> std::io::Result<()> {
    let home = env("HOME").ok_or_else(|| std::io::Error::other("HOME is not set"))?;
    let config = Path::new(&home).join(".gitconfig");
    let line = format!("\tdirectory = {}\n", path.display());
    let current = std::fs::read_to_string(&config).unwrap_or_default();
    if current.contains(line.trim()) {
        return Ok(());
    }
    let mut text = current;
    text.push_str(&format!("[safe]\n{line}"));
    std::fs::write(&config, text)
}

/// Both ends of the range must be in the clone; a shallow or single-commit
/// checkout is the usual reason they are not.
fn present(repo: &GitRepo, base: &str, head: &str) -> Result<(git2::Oid, git2::Oid), GateError> {
    let find = |rev: &str, which: &str| {
        repo.resolve(rev).map_err(|e| {
            GateError::input(
                format!(
                    "the {which} commit {rev} is not in the checkout{}: {e}",
                    if repo.is_shallow() {
                        " (a shallow clone)"
                    } else {
                        ""
                    }
                ),
                CHECKOUT_FIX,
            )
        })
    };
    Ok((find(base, "base")?, find(head, "head")?))
}

fn shallow_help(e: GateError, repo: &GitRepo) -> GateError {
    match e {
        GateError::Input { message, .. } if repo.is_shallow() => {
            GateError::input(message, CHECKOUT_FIX)
        }
        other => other,
    }
}

fn connect(inputs: &Inputs) -> Option<Api> {
    let Some(token) = &inputs.token else {
        publish::notice("remit", "no token was given, so the check run, PR comment and approvals are skipped (set the `token` input, by default `${{ github.token }}`)");
        return None;
    };
    let (Some(url), Some(repo)) = (
        env("GITHUB_API_URL").or(Some("https://api.github.com".into())),
        env("GITHUB_REPOSITORY"),
    ) else {
        publish::notice(
            "remit",
            "GITHUB_REPOSITORY is not set: the GitHub API steps are skipped",
        );
        return None;
    };
    Some(Api::new(token, &url, &repo))
}

/// The workflow file that runs remit, when a `pull_request` run's own PR changes it.
fn self_protection(
    event: &str,
    repo: &GitRepo,
    base: git2::Oid,
    head: git2::Oid,
) -> Option<String> {
    // Under these events the PR's own copy of the workflow runs.
    if !matches!(event, "pull_request" | "pull_request_review") {
        return None;
    }
    // `owner/repo/.github/workflows/remit.yml@refs/pull/1/merge`
    let workflow_ref = env("GITHUB_WORKFLOW_REF")?;
    let repository = env("GITHUB_REPOSITORY").unwrap_or_default();
    let path = workflow_ref
        .strip_prefix(&format!("{repository}/"))
        .unwrap_or(&workflow_ref)
        .split('@')
        .next()?
        .to_string();
    let before = repo.file_at(base, &path).ok()?;
    let after = repo.file_at(head, &path).ok()?;
    (before != after).then_some(path)
}

fn write_outputs(
    path: Option<&Path>,
    verdict: &str,
    findings: usize,
    blocked: bool,
    report: Option<&str>,
    sarif: Option<&str>,
) -> Result<()> {
    let Some(path) = path else { return Ok(()) };
    let mut outputs = vec![
        ("verdict", verdict.to_string()),
        ("findings", findings.to_string()),
        ("blocked", blocked.to_string()),
    ];
    if let Some(report) = report {
        outputs.push(("report", report.to_string()));
    }
    if let Some(sarif) = sarif {
        outputs.push(("sarif", sarif.to_string()));
    }
    publish::write_outputs(path, &outputs)
        .with_context(|| format!("cannot write step outputs to {}", path.display()))
}

struct PublishCtx<'a> {
    api: Option<&'a Api>,
    inputs: &'a Inputs,
    event: &'a Event,
    outcome: &'a Outcome,
    conclusion: Conclusion,
    summary: &'a str,
    label: Option<&'a str>,
    notes: &'a [String],
}

/// The check run and the PR comment: each skipped with a notice when the
/// token may not write (fork PRs under `pull_request`) or the API is down.
fn publish_api(ctx: &PublishCtx<'_>) {
    let Some(api) = ctx.api else { return };
    let read_only = matches!(
        ctx.event.name.as_str(),
        "pull_request" | "pull_request_review"
    ) && ctx.event.pr.as_ref().is_some_and(|p| p.fork);
    if read_only {
        publish::notice(
            "remit: read-only token",
            "this pull request comes from a fork, and `pull_request` runs get a read-only token, so the check run and PR comment are skipped; the job's own result, the annotations and the job summary carry the verdict",
        );
        return;
    }
    if ctx.inputs.check_run {
        let sha = ctx
            .event
            .pr
            .as_ref()
            .map(|p| p.head_sha.clone())
            .unwrap_or_else(|| ctx.outcome.head.clone());
        let title = report::markdown::headline(ctx.outcome)
            .trim_start_matches("### ")
            .to_string();
        let annotations = publish::annotations(ctx.outcome);
        if let Err(e) =
            publish::check_run(api, &sha, ctx.conclusion, &title, ctx.summary, &annotations)
        {
            publish::notice("remit: check run skipped", &write_hint(&e, "checks: write"));
        }
    }
    if let (true, Some(pr)) = (ctx.inputs.comment, &ctx.event.pr) {
        // A comment is for what needs a person: something to fix or to
        // approve. Warnings alone stay in the check run and the summary; an
        // earlier comment is still updated (to "resolved", or to warnings).
        let passed = !ctx
            .outcome
            .verdict
            .findings
            .iter()
            .any(crate::verdict::blocks);
        let body = publish::comment_body(ctx.outcome, ctx.label, ctx.notes);
        match publish::sticky_comment(api, pr.number, &body, passed) {
            Ok(CommentAction::Created | CommentAction::Updated | CommentAction::Skipped) => {}
            Err(e) => publish::notice(
                "remit: PR comment skipped",
                &write_hint(&e, "pull-requests: write"),
            ),
        }
    }
}

/// The earliest commit time in base..head (RFC 3339 UTC), or empty.
fn first_commit_time(repo: &GitRepo, base: git2::Oid, head: git2::Oid) -> String {
    repo.commit_times(base, head)
        .into_iter()
        .min()
        .map(|t| crate::audit::format_utc(t, 0).replace(".000Z", "Z"))
        .unwrap_or_default()
}

fn write_hint(e: &ApiError, permission: &str) -> String {
    match e {
        ApiError::Denied { status: 401, .. } => format!("{e}. Check the action's `token` input (the default `${{{{ github.token }}}}` is always valid inside a job). The verdict is unchanged."),
        ApiError::Denied { status: 403 | 404, .. } => format!("{e}. The token may not do this: give the job `permissions: {permission}` (fork PRs under `pull_request` always get a read-only token). The verdict is unchanged."),
        ApiError::Denied { .. } => format!("{e}. GitHub refused the request. The verdict is unchanged."),
        ApiError::RateLimited { .. } => format!("{e}. Re-run the job later, or use a token with its own rate limit. The verdict is unchanged."),
        ApiError::Down(_) | ApiError::TooLong(_) | ApiError::Unexpected(_) => format!("{e}. The verdict above was computed from git and is unchanged."),
    }
}
