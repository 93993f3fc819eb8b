//! GitHub Actions: what a change to a workflow or a composite action does.
//! Each check compares base and head and reports only what the head adds:
//! a risky construct already on base is not the agent's doing.

use std::collections::{BTreeMap, BTreeSet};

use serde_yaml::Value;

use crate::finding::Severity;
use crate::normalize::pipeline::Risk;
use crate::normalize::script_risk::{self, ScriptRisk};
use crate::normalize::yaml_doc::{get, key, keys, scalar, strings, Doc, Seg};

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
pub fn workflow(base: Option<&Doc>, head: &Doc) -> Vec<Risk> {
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
            .line(head.line(&[key("on"), key(trigger)]));
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
                    .line(*line),
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
    for (id, job) in &h_jobs {
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
                .line(head.line(&[key("jobs"), key(id), key("secrets")])),
            );
        }
        if let Some(uses) = get(job, "uses").and_then(scalar) {
            uses_risk(
                &uses,
                &base_uses,
                Some(id),
                head.line(&[key("jobs"), key(id), key("uses")]),
                &mut out,
            );
        }
        let job_env = merge_env(&wf_env, &env_of(job));
        let steps = steps(job);
        let base_steps = base_job.map(steps_of).unwrap_or_default();
        steps_risks(
            &Scope {
                doc: head,
                job: Some(id),
                path: &path,
                env: &job_env,
                untrusted: h_untrusted.then(|| untrusted_trigger(&h_on)),
            },
            &steps,
            &base_steps,
            &base_uses,
            &base_scripts,
            &mut out,
        );
    }
    out
}

/// A deleted workflow: every job it ran is gone.
pub fn workflow_deleted(base: &Doc) -> Vec<Risk> {
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
pub fn action(base: Option<&Doc>, head: &Doc) -> Vec<Risk> {
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
                head.line(&[key("runs"), key("image")]),
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
        },
        &steps(&h_runs),
        &steps_of(&b_runs),
        &base_uses,
        &base_scripts,
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

fn steps_risks(
    scope: &Scope<'_>,
    head_steps: &[(String, &Value)],
    base_steps: &[(String, Value)],
    base_uses: &BTreeMap<String, BTreeSet<String>>,
    base_scripts: &BTreeSet<ScriptRisk>,
    out: &mut Vec<Risk>,
) {
    let who = scope.who();
    for (i, (step_key, step)) in head_steps.iter().enumerate() {
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
                scope.doc.line(&scope.step_path(i, Some("uses"))),
                out,
            );
        }
        let Some(run) = get(step, "run").and_then(scalar) else {
            continue;
        };
        let run_line = scope.doc.line(&scope.step_path(i, Some("run")));
        let env = merge_env(scope.env, &env_of(step));
        let secret_vars: BTreeSet<String> = env
            .iter()
            .filter(|(_, v)| !script_risk::secret_names(v).is_empty())
            .map(|(k, _)| k.clone())
            .collect();
        for risk in script_risk::risks(&run, &secret_vars, true) {
            if base_scripts.contains(&risk) {
                continue;
            }
            let (what, why, severity, needle) = match &risk {
                ScriptRisk::Injection(expr) => (
                    format!("{who} step {label} expands `${{{{ {expr} }}}}` inside `run:`"),
                    "whoever writes that event text (an issue title, a branch name, a comment) injects shell commands that run with the job's token and secrets".to_string(),
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
                    .line(scope.doc.find_text(&needle, run_line).or(run_line)),
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
                    .line(run_line),
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
    let mut lists: Vec<(Env, Vec<(String, &Value)>)> = jobs(v)
        .into_iter()
        .map(|(_, j)| (merge_env(&wf_env, &env_of(j)), steps(j)))
        .collect();
    if let Some(runs) = get(v, "runs") {
        lists.push((BTreeMap::new(), steps(runs)));
    }
    for (env, steps) in lists {
        for (_, step) in steps {
            let Some(run) = get(step, "run").and_then(scalar) else {
                continue;
            };
            let env = merge_env(&env, &env_of(step));
            let secret_vars: BTreeSet<String> = env
                .iter()
                .filter(|(_, v)| !script_risk::secret_names(v).is_empty())
                .map(|(k, _)| k.clone())
                .collect();
            out.extend(script_risk::risks(&run, &secret_vars, true));
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
    let on = get(v, "on").or_else(|| v.as_mapping().and_then(|m| m.get(Value::Bool(true))));
    match on {
        Some(Value::Mapping(_)) => keys(on).into_iter().collect(),
        other => strings(other).into_iter().collect(),
    }
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

/// `true`, `"true"` or an expression (which may be true): not `false`/absent.
fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => !always_false_expr(s) && !s.trim().is_empty(),
        Some(Value::Number(n)) => n.as_f64() != Some(0.0),
        Some(_) => true,
    }
}

/// Whether an `if:` condition can never be true.
pub fn always_false(v: Option<&Value>) -> bool {
    match v {
        Some(Value::Bool(b)) => !*b,
        Some(Value::Number(n)) => n.as_f64() == Some(0.0),
        Some(Value::String(s)) => always_false_expr(s),
        _ => false,
    }
}

fn always_false_expr(s: &str) -> bool {
    let e = s.trim();
    let e = e
        .strip_prefix("${{")
        .and_then(|x| x.strip_suffix("}}"))
        .unwrap_or(e);
    constant(e.trim()) == Some(false)
}

/// The value of an expression that does not depend on the run, if it is one.
fn constant(e: &str) -> Option<bool> {
    let e = unwrap_parens(e.trim());
    let ors = split_top(e, "||");
    if ors.len() > 1 {
        let vals: Vec<Option<bool>> = ors.iter().map(|p| constant(p)).collect();
        return if vals.contains(&Some(true)) {
            Some(true)
        } else if vals.iter().all(|v| *v == Some(false)) {
            Some(false)
        } else {
            None
        };
    }
    let ands = split_top(e, "&&");
    if ands.len() > 1 {
        let vals: Vec<Option<bool>> = ands.iter().map(|p| constant(p)).collect();
        return if vals.contains(&Some(false)) {
            Some(false)
        } else if vals.iter().all(|v| *v == Some(true)) {
            Some(true)
        } else {
            None
        };
    }
    for (op, equal) in [("==", true), ("!=", false)] {
        let sides = split_top(e, op);
        if sides.len() == 2 {
            let (l, r) = (literal(sides[0].trim())?, literal(sides[1].trim())?);
            return Some((l.eq_ignore_ascii_case(&r)) == equal);
        }
    }
    if let Some(rest) = e.strip_prefix('!') {
        if !rest.starts_with('=') {
            return constant(rest).map(|v| !v);
        }
    }
    let lit = literal(e)?;
    Some(!(lit.is_empty() || lit == "false" || lit == "0" || lit == "null"))
}

/// A literal's canonical text: `'a'` → `a`, `false`, numbers, `null`.
fn literal(e: &str) -> Option<String> {
    let e = unwrap_parens(e.trim());
    if let Some(inner) = e.strip_prefix('\'').and_then(|x| x.strip_suffix('\'')) {
        if !inner.contains('\'') || inner.contains("''") {
            return Some(inner.replace("''", "'"));
        }
    }
    match e {
        "true" | "false" | "null" => Some(e.to_string()),
        _ => e.parse::<f64>().ok().map(|n| {
            if n == 0.0 {
                "0".to_string()
            } else {
                n.to_string()
            }
        }),
    }
}

fn unwrap_parens(e: &str) -> &str {
    let mut e = e.trim();
    while e.starts_with('(') && e.ends_with(')') && split_top(&e[1..e.len() - 1], ")(").len() == 1 {
        let inner = &e[1..e.len() - 1];
        if balanced(inner) {
            e = inner.trim();
        } else {
            break;
        }
    }
    e
}

fn balanced(e: &str) -> bool {
    let mut depth = 0i32;
    let mut quoted = false;
    for c in e.chars() {
        match c {
            '\'' => quoted = !quoted,
            '(' if !quoted => depth += 1,
            ')' if !quoted => {
                depth -= 1;
                if depth < 0 {
                    return false;
                }
            }
            _ => {}
        }
    }
    depth == 0
}

/// Splits at `op` outside quotes and parentheses.
fn split_top<'a>(e: &'a str, op: &str) -> Vec<&'a str> {
    let mut parts = Vec::new();
    let (mut depth, mut quoted, mut start) = (0i32, false, 0);
    let bytes = e.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\'' => quoted = !quoted,
            b'(' if !quoted => depth += 1,
            b')' if !quoted => depth -= 1,
            _ if !quoted && depth == 0 && e[i..].starts_with(op) => {
                parts.push(&e[start..i]);
                i += op.len();
                start = i;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    parts.push(&e[start..]);
    parts
}

/// Checks a job that exists in both versions for ways it was switched off.
fn neutralised_job(id: &str, base: &Value, head: &Value, doc: &Doc, out: &mut Vec<Risk>) {
    let at = |k: &str| doc.line(&[key("jobs"), key(id), key(k)]);
    if always_false(get(head, "if")) && !always_false(get(base, "if")) {
        out.push(
            Risk::new(
                format!("job `{id}` is switched off by `if: {}`", show(get(head, "if"))),
                "a job that never runs can neither fail nor gate anything: its check is skipped, not failed",
                Severity::High,
            )
            .job(Some(id))
            .line(at("if")),
        );
    }
    if truthy(get(head, "continue-on-error")) && !truthy(get(base, "continue-on-error")) {
        out.push(
            Risk::new(
                format!(
                    "job `{id}` now has `continue-on-error: {}`",
                    show(get(head, "continue-on-error"))
                ),
                "its failure no longer fails the workflow: the check passes whatever the job finds",
                Severity::High,
            )
            .job(Some(id))
            .line(at("continue-on-error")),
        );
    }
    let (b_needs, h_needs) = (strings(get(base, "needs")), strings(get(head, "needs")));
    for need in b_needs.iter().filter(|n| !h_needs.contains(n)) {
        out.push(
            Risk::new(
                format!("job `{id}` no longer needs `{need}`"),
                format!(
                    "it now runs without waiting for `{need}` (a test or approval gate) to succeed"
                ),
                Severity::High,
            )
            .job(Some(id))
            .line(at(if h_needs.is_empty() {
                "runs-on"
            } else {
                "needs"
            })),
        );
    }
    let env_name = |v: &Value| {
        get(v, "environment").and_then(|e| scalar(e).or_else(|| get(e, "name").and_then(scalar)))
    };
    if let Some(b_env) = env_name(base) {
        let h_env = env_name(head);
        if h_env.as_deref() != Some(b_env.as_str()) {
            let what = match &h_env {
                None => format!("job `{id}` no longer uses environment `{b_env}`"),
                Some(h) => format!("job `{id}` switches environment `{b_env}` → `{h}`"),
            };
            out.push(
                Risk::new(
                    what,
                    format!("the protection rules of `{b_env}` (required reviewers, wait timers, branch limits) no longer apply to it"),
                    Severity::High,
                )
                .job(Some(id))
                .line(at(if h_env.is_some() { "environment" } else { "runs-on" })),
            );
        }
    }
    let check = |v: &Value| {
        get(v, "name")
            .and_then(scalar)
            .unwrap_or_else(|| id.to_string())
    };
    let (b_name, h_name) = (check(base), check(head));
    if b_name != h_name {
        out.push(
            Risk::new(
                format!("job `{id}`'s check is renamed `{b_name}` → `{h_name}`"),
                format!("a required status check named `{b_name}` no longer reports, inviting its removal from branch protection"),
                Severity::High,
            )
            .job(Some(id))
            .line(at("name")),
        );
    }
}

/// Jobs on base that are gone at head; a job whose body moved under a new
/// id is reported as a renamed check.
fn removed_jobs(
    base: &[(String, &Value)],
    head: &[(String, &Value)],
    doc: &Doc,
    out: &mut Vec<Risk>,
) {
    let without_name = |v: &Value| {
        let mut v = v.clone();
        if let Some(m) = v.as_mapping_mut() {
            m.remove("name");
        }
        v
    };
    for (id, job) in base {
        if head.iter().any(|(h, _)| h == id) {
            continue;
        }
        let body = without_name(job);
        let moved = head
            .iter()
            .filter(|(h, _)| !base.iter().any(|(b, _)| b == h))
            .find(|(_, hj)| without_name(hj) == body);
        let check = |i: &str, v: &Value| {
            get(v, "name")
                .and_then(scalar)
                .unwrap_or_else(|| i.to_string())
        };
        match moved {
            Some((new_id, new_job)) => {
                let (old, new) = (check(id, job), check(new_id, new_job));
                if old != new {
                    out.push(
                        Risk::new(
                            format!("job `{id}` is renamed `{new_id}`: its check `{old}` becomes `{new}`"),
                            format!("a required status check named `{old}` no longer reports, inviting its removal from branch protection"),
                            Severity::High,
                        )
                        .job(Some(new_id))
                        .line(doc.line(&[key("jobs"), key(new_id)])),
                    );
                }
            }
            None => out.push(
                Risk::new(
                    format!("job `{id}` is removed"),
                    "the check or gate it ran no longer runs",
                    Severity::High,
                )
                .job(Some(id))
                .line(doc.line(&[key("jobs")])),
            ),
        }
    }
}

/// A workflow's or job's `permissions`.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Perms {
    /// Not set: the repository's default token permissions apply.
    Default,
    WriteAll,
    ReadAll,
    Scopes(BTreeMap<String, String>),
    Other(String),
}

fn perms(v: Option<&Value>) -> Perms {
    match v {
        None | Some(Value::Null) => Perms::Default,
        Some(Value::Mapping(m)) => Perms::Scopes(
            m.iter()
                .filter_map(|(k, v)| Some((scalar(k)?, scalar(v)?)))
                .collect(),
        ),
        Some(other) => match scalar(other).as_deref() {
            Some("write-all") => Perms::WriteAll,
            Some("read-all") => Perms::ReadAll,
            Some(s) => Perms::Other(s.to_string()),
            None => Perms::Other("?".to_string()),
        },
    }
}

impl Perms {
    fn level(&self, scope: &str) -> Option<&str> {
        match self {
            Self::WriteAll => Some("write"),
            Self::ReadAll => Some("read"),
            Self::Scopes(m) => Some(m.get(scope).map_or("none", String::as_str)),
            Self::Default | Self::Other(_) => None,
        }
    }

    fn describe(&self) -> String {
        match self {
            Self::Default => "not set (repository default)".to_string(),
            Self::WriteAll => "write-all".to_string(),
            Self::ReadAll => "read-all".to_string(),
            Self::Other(s) => s.clone(),
            Self::Scopes(m) if m.is_empty() => "{} (none)".to_string(),
            // `scope level`, not `scope: level`: `id-token: write` reads
            // like a credential to the report's redaction.
            Self::Scopes(m) => m
                .iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
}

/// How `head` grants more than `base`: `(what, why)` pairs.
fn widening(base: &Perms, head: &Perms) -> Vec<(String, String)> {
    if *base == Perms::WriteAll || base == head {
        return Vec::new();
    }
    match head {
        Perms::WriteAll => vec![(
            "`permissions: write-all`".to_string(),
            "every scope of the job's GITHUB_TOKEN can write: code, releases, packages, workflows' runs".to_string(),
        )],
        Perms::Default => vec![(
            "`permissions` removed".to_string(),
            "the repository's default token permissions apply again, which on many repositories is write to everything".to_string(),
        )],
        Perms::Other(s) => vec![(
            format!("`permissions: {s}`"),
            "remit cannot tell what this grants".to_string(),
        )],
        Perms::ReadAll => Vec::new(),
        Perms::Scopes(m) => m
            .iter()
            .filter(|(scope, level)| level.as_str() == "write" && base.level(scope) != Some("write"))
            .map(|(scope, _)| {
                if scope == "id-token" {
                    (
                        "the `id-token` scope at `write`".to_string(),
                        "the job can mint OIDC tokens and assume every cloud role that trusts this repository".to_string(),
                    )
                } else {
                    (
                        format!("new write scope `{scope}: write`"),
                        format!("the job's GITHUB_TOKEN can now change the repository's {scope}"),
                    )
                }
            })
            .collect(),
    }
}

fn permissions(base: &Doc, head: &Doc, out: &mut Vec<Risk>) {
    let (b_wf, h_wf) = (
        perms(get(&base.value, "permissions")),
        perms(get(&head.value, "permissions")),
    );
    let at = if get(&head.value, "permissions").is_some() {
        "permissions"
    } else {
        "jobs"
    };
    let line = head.line(&[key(at)]);
    for (what, why) in widening(&b_wf, &h_wf) {
        out.push(
            Risk::new(
                format!("the workflow's token gets {what}"),
                why,
                Severity::High,
            )
            .line(line)
            .evidence(format!("base: permissions {}", b_wf.describe())),
        );
    }
    let b_jobs = jobs(&base.value);
    for (id, job) in jobs(&head.value) {
        let base_job = b_jobs.iter().find(|(b, _)| *b == id).map(|(_, j)| *j);
        let h_key = get(job, "permissions");
        let b_key = base_job.and_then(|j| get(j, "permissions"));
        if h_key.is_none() && b_key.is_none() {
            continue;
        }
        let b_eff = if b_key.is_some() {
            perms(b_key)
        } else {
            b_wf.clone()
        };
        let h_eff = if h_key.is_some() {
            perms(h_key)
        } else {
            h_wf.clone()
        };
        let at = if h_key.is_some() {
            "permissions"
        } else {
            "runs-on"
        };
        for (what, why) in widening(&b_eff, &h_eff) {
            out.push(
                Risk::new(
                    format!("job `{id}`'s token gets {what}"),
                    why,
                    Severity::High,
                )
                .job(Some(&id))
                .line(head.line(&[key("jobs"), key(&id), key(at)]))
                .evidence(format!("base: permissions {}", b_eff.describe())),
            );
        }
    }
}

/// `uses:` targets on base (without ref) → the refs they were used at.
fn uses_index(v: &Value) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut add = |u: String| {
        let (target, reference) = split_uses(&u);
        out.entry(target).or_default().insert(reference);
    };
    for (_, job) in jobs(v) {
        if let Some(u) = get(job, "uses").and_then(scalar) {
            add(u);
        }
        for (_, step) in steps(job) {
            if let Some(u) = get(step, "uses").and_then(scalar) {
                add(u);
            }
        }
    }
    if let Some(runs) = get(v, "runs") {
        for (_, step) in steps(runs) {
            if let Some(u) = get(step, "uses").and_then(scalar) {
                add(u);
            }
        }
        if let Some(image) = get(runs, "image").and_then(scalar) {
            add(image);
        }
    }
    out
}

/// `owner/repo/path@ref` → (`owner/repo/path`, `ref`); Docker images split
/// at their digest or tag.
fn split_uses(u: &str) -> (String, String) {
    if let Some(image) = u.strip_prefix("docker://") {
        if let Some((name, digest)) = image.split_once('@') {
            return (format!("docker://{name}"), format!("@{digest}"));
        }
        let (name, tag) = match image.rsplit_once(':') {
            Some((n, t)) if !t.contains('/') => (n, t),
            _ => (image, "latest"),
        };
        return (format!("docker://{name}"), tag.to_string());
    }
    match u.split_once('@') {
        Some((t, r)) => (t.to_string(), r.to_string()),
        None => (u.to_string(), String::new()),
    }
}

fn pinned(reference: &str) -> bool {
    (reference.len() == 40 && reference.chars().all(|c| c.is_ascii_hexdigit()))
        || reference.starts_with("@sha256:")
}

fn uses_risk(
    uses: &str,
    base: &BTreeMap<String, BTreeSet<String>>,
    job: Option<&str>,
    line: Option<usize>,
    out: &mut Vec<Risk>,
) {
    if uses.starts_with("./") || uses.starts_with(".\\") {
        return;
    }
    let (target, reference) = split_uses(uses);
    let first_party = ["actions/", "github/"]
        .iter()
        .any(|o| target.starts_with(o));
    let is_pinned = pinned(&reference);
    let already = out.iter().any(|r| r.what.contains(&format!("`{uses}`")));
    if already {
        return;
    }
    match base.get(&target) {
        Some(refs) if refs.contains(&reference) => {}
        Some(refs) => {
            if !is_pinned && refs.iter().any(|r| pinned(r)) {
                let was = refs.iter().find(|r| pinned(r)).cloned().unwrap_or_default();
                out.push(
                    Risk::new(
                        format!("`{uses}` moves off a pinned commit (was `{target}@{}`)", &was[..was.len().min(12)]),
                        "a tag or branch can be moved to different code after review; a full commit SHA cannot",
                        Severity::High,
                    )
                    .job(job)
                    .line(line),
                );
            }
        }
        None if first_party => {}
        None => {
            let (why, severity) = if is_pinned {
                ("code from outside the organisation runs with the job's token and secrets: review it at the pinned commit", Severity::Medium)
            } else {
                ("code from outside the organisation runs with the job's token and secrets, and the tag or branch can be moved to different code at any time", Severity::High)
            };
            out.push(
                Risk::new(
                    format!(
                        "third-party action `{uses}` is added{}",
                        if is_pinned {
                            ""
                        } else {
                            ", not pinned to a commit SHA"
                        }
                    ),
                    why,
                    severity,
                )
                .job(job)
                .line(line),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml(s: &str) -> Value {
        serde_yaml::from_str(s).expect("yaml")
    }

    #[test]
    fn always_false_conditions() {
        for f in [
            "false",
            "${{ false }}",
            "0",
            "${{ false && github.ref == 'x' }}",
            "'a' == 'b'",
            "!true",
            "(false)",
            "github.ref == 'x' && false",
            "${{ '' }}",
        ] {
            assert!(always_false(Some(&Value::String(f.into()))), "{f}");
        }
        assert!(always_false(Some(&Value::Bool(false))));
        for t in [
            "true",
            "github.ref == 'refs/heads/main'",
            "false || github.event_name == 'push'",
            "success()",
            "${{ 'a' == 'A' }}",
        ] {
            assert!(!always_false(Some(&Value::String(t.into()))), "{t}");
        }
    }

    #[test]
    fn permission_widening() {
        let read = perms(Some(&yaml("contents: read")));
        assert!(widening(
            &read,
            &perms(Some(&yaml("contents: read\npull-requests: read")))
        )
        .is_empty());
        assert_eq!(
            widening(&read, &perms(Some(&yaml("contents: write")))).len(),
            1
        );
        assert_eq!(widening(&read, &Perms::WriteAll).len(), 1);
        assert_eq!(widening(&read, &Perms::Default).len(), 1);
        assert!(widening(&Perms::WriteAll, &Perms::Default).is_empty());
        let oidc = widening(
            &read,
            &perms(Some(&yaml("contents: read\nid-token: write"))),
        );
        assert!(oidc[0].0.contains("id-token"));
    }

    #[test]
    fn uses_split_and_pins() {
        assert_eq!(
            split_uses("actions/checkout@v4"),
            ("actions/checkout".into(), "v4".into())
        );
        assert!(pinned("b4ffde65f46336ab88eb53be808477a3936bae11"));
        assert!(!pinned("v4"));
        assert_eq!(split_uses("docker://alpine:3.20").0, "docker://alpine");
    }
}
