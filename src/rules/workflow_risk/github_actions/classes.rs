//! zizmor's audit classes beyond triggers, permissions, `uses:` and
//! injection, each judged as a change (only what the head adds counts):
//! insecure-commands, github-env, bot-conditions, artipacked,
//! cache-poisoning, unpinned-images and overprovisioned-secrets outside
//! `run:`.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;
use serde_yaml::Value;

use super::{env_of, steps, Scope, PRIVILEGED_TRIGGERS};
use crate::finding::Severity;
use crate::rules::workflow_risk::pipeline::Risk;
use crate::rules::workflow_risk::script_risk;
use crate::rules::workflow_risk::yaml_doc::{get, key, scalar, Doc};

const INSECURE: &str = "ACTIONS_ALLOW_UNSECURE_COMMANDS";

/// Workflow-wide: `env:` re-enabling insecure commands or expanding every
/// secret.
pub(crate) fn workflow_level(base: &Doc, head: &Doc, out: &mut Vec<Risk>) {
    env_risks(
        "the workflow",
        get(&base.value, "env"),
        get(&head.value, "env"),
        head,
        &[],
        None,
        out,
    );
}

/// One job: `if:` bot checks, `env:`, container and service images.
pub(crate) fn job_level(
    id: &str,
    base_job: Option<&Value>,
    job: &Value,
    head: &Doc,
    on: &BTreeSet<String>,
    out: &mut Vec<Risk>,
) {
    let path = [key("jobs"), key(id)];
    let who = format!("job `{id}`");
    env_risks(
        &who,
        base_job.and_then(|j| get(j, "env")),
        get(job, "env"),
        head,
        &path,
        Some(id),
        out,
    );
    bot_condition(
        &who,
        get(job, "if"),
        base_job.and_then(|j| get(j, "if")),
        on,
        out,
        || head.line(&[key("jobs"), key(id), key("if")]),
        Some(id),
    );
    let base_images: BTreeSet<String> = base_job
        .map(images)
        .unwrap_or_default()
        .into_iter()
        .map(|(_, i)| i)
        .collect();
    for (where_, image) in images(job) {
        if base_images.contains(&image) {
            continue;
        }
        if let Some(why) = unpinned_image(&image, job) {
            out.push(
                Risk::new(
                    format!("job `{id}` runs {where_} image `{image}`, not pinned: {why}"),
                    "whoever controls the registry tag decides what code runs with the job's token and secrets; pin a digest (`@sha256:`)",
                    Severity::High,
                )
                .job(Some(id))
                .line(head.find_text(&image, head.line(&path)))
                .class("unpinned-images"),
            );
        }
    }
}

/// One step: `env:`, `if:` bot checks, persisted checkout credentials,
/// caches in publishing workflows, `GITHUB_ENV` writes.
pub(crate) fn step_level(
    scope: &Scope<'_>,
    i: usize,
    _step_key: &str,
    step: &Value,
    base_step: Option<&Value>,
    label: &str,
    out: &mut Vec<Risk>,
) {
    let who = format!("{} step {label}", scope.who());
    let path = scope.step_path(i, None);
    env_risks(
        &who,
        base_step.and_then(|s| get(s, "env")),
        get(step, "env"),
        scope.doc,
        &path,
        scope.job,
        out,
    );
    let on = scope.on;
    bot_condition(
        &who,
        get(step, "if"),
        base_step.and_then(|s| get(s, "if")),
        on,
        out,
        || scope.doc.line(&scope.step_path(i, Some("if"))),
        scope.job,
    );
    let uses = get(step, "uses").and_then(scalar).unwrap_or_default();
    let action = uses
        .split('@')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let uses_line = || scope.doc.line(&scope.step_path(i, Some("uses")));
    if action == "actions/checkout"
        && persists_credentials(step)
        && !base_step.is_some_and(persists_credentials)
    {
        out.push(
            Risk::new(
                format!("{who} checks out with the token persisted in `.git/config` (no `persist-credentials: false`)"),
                "every later step, and any artifact or cache of the workspace, can read the job's GITHUB_TOKEN from the checkout",
                Severity::Medium,
            )
            .job(scope.job)
            .line(uses_line())
            .class("artipacked"),
        );
    }
    if let Some(publishing) = &scope.publishing {
        let tags = scope.tags_only;
        if caches(&action, step, tags) && !base_step.is_some_and(|b| caches(&action, b, tags)) {
            out.push(
                Risk::new(
                    format!("{who} restores a cache (`{action}`) in a workflow that publishes ({publishing})"),
                    "a cache written by any branch's run (a pull request's, say) is restored into the release build: cache poisoning",
                    Severity::High,
                )
                .job(scope.job)
                .line(uses_line())
                .class("cache-poisoning"),
            );
        }
    }
    let trigger = PRIVILEGED_TRIGGERS
        .iter()
        .map(|(t, _)| *t)
        .find(|t| on.contains(*t));
    if scope.job.is_none() || trigger.is_some() {
        let run = get(step, "run").and_then(scalar).unwrap_or_default();
        let base_run = base_step
            .and_then(|b| get(b, "run"))
            .and_then(scalar)
            .unwrap_or_default();
        let before: BTreeSet<(String, String)> = env_writes(&base_run).into_iter().collect();
        for (file, line) in env_writes(&run) {
            if before.contains(&(file.clone(), line.clone())) {
                continue;
            }
            let context = trigger.map_or("an action".to_string(), |t| format!("a `{t}` workflow"));
            out.push(
                Risk::new(
                    format!("{who} writes shell-expanded text to `{file}` in {context}"),
                    "text an attacker controls, written to GITHUB_ENV or GITHUB_PATH, sets variables (LD_PRELOAD, BASH_ENV) or PATH entries that run code in every later step",
                    Severity::High,
                )
                .job(scope.job)
                .line(scope.doc.find_text(&line, scope.doc.line(&scope.step_path(i, Some("run")))))
                .class("github-env"),
            );
        }
    }
}

/// Insecure commands and `toJSON(secrets)` in an `env:` mapping.
#[allow(clippy::too_many_arguments)]
fn env_risks(
    who: &str,
    base_env: Option<&Value>,
    head_env: Option<&Value>,
    doc: &Doc,
    holder: &[crate::rules::workflow_risk::yaml_doc::Seg],
    job: Option<&str>,
    out: &mut Vec<Risk>,
) {
    let mut env_path = holder.to_vec();
    env_path.push(key("env"));
    let Some(env) = head_env else {
        return;
    };
    let head = env_of_value(env);
    let base = base_env.map(env_of_value).unwrap_or_default();
    if head.iter().any(|(k, v)| k == INSECURE && truthy_text(v))
        && !base.iter().any(|(k, v)| k == INSECURE && truthy_text(v))
    {
        let mut p = env_path.clone();
        p.push(key(INSECURE));
        out.push(
            Risk::new(
                format!("{who} sets `{INSECURE}`: insecure workflow commands are enabled"),
                "the deprecated `set-env` and `add-path` commands come back: any text a step prints (a log line, a fetched file) can set variables and PATH for later steps",
                Severity::High,
            )
            .job(job)
            .line(doc.line(&p))
            .class("insecure-commands"),
        );
    }
    for (name, value) in &head {
        if script_risk::all_secrets(value)
            && !base
                .iter()
                .any(|(k, v)| k == name && script_risk::all_secrets(v))
        {
            let mut p = env_path.clone();
            p.push(key(name));
            out.push(
                Risk::new(
                    format!("{who} expands `toJSON(secrets)` into `env.{name}`"),
                    "every secret of the repository is handed to the job at once, not only the ones it needs",
                    Severity::Medium,
                )
                .job(job)
                .line(doc.line(&p))
                .class("overprovisioned-secrets"),
            );
        }
    }
}

fn env_of_value(v: &Value) -> Vec<(String, String)> {
    env_of(&Value::Mapping(
        [(Value::String("env".into()), v.clone())]
            .into_iter()
            .collect(),
    ))
    .into_iter()
    .collect()
}

fn truthy_text(v: &str) -> bool {
    matches!(v.trim().to_ascii_lowercase().as_str(), "true" | "1")
}

static BOT_CHECK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"github\.(?:triggering_)?actor\s*[!=]=\s*'[^']*\[bot\]'|'[^']*\[bot\]'\s*[!=]=\s*github\.(?:triggering_)?actor\b|github\.(?:triggering_)?actor_id\s*[!=]=")
        .expect("static regex")
});
static INDEX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"\[\s*['"]([^'"\]]+)['"]\s*\]"#).expect("static regex"));

/// Whether an `if:` trusts the actor's name or id to be a bot: in a
/// privileged workflow anyone can make a bot the actor (a pull request
/// updated by Dependabot, re-run by someone else).
fn is_bot_check(cond: &str) -> bool {
    let lower = cond.to_ascii_lowercase();
    BOT_CHECK.is_match(&INDEX.replace_all(&lower, ".$1"))
}

#[allow(clippy::too_many_arguments)]
fn bot_condition(
    who: &str,
    cond: Option<&Value>,
    base: Option<&Value>,
    on: &BTreeSet<String>,
    out: &mut Vec<Risk>,
    line: impl Fn() -> Option<usize>,
    job: Option<&str>,
) {
    let Some(trigger) = PRIVILEGED_TRIGGERS
        .iter()
        .map(|(t, _)| *t)
        .find(|t| on.contains(*t))
    else {
        return;
    };
    let Some(cond) = cond.and_then(scalar) else {
        return;
    };
    if !is_bot_check(&cond) || base.and_then(scalar).is_some_and(|b| is_bot_check(&b)) {
        return;
    }
    out.push(
        Risk::new(
            format!("{who} runs only `if: {}`, a spoofable bot check in a `{trigger}` workflow", cond.trim()),
            "the actor is whoever last acted on the event: a pull request a bot touched passes the check for an attacker's commits",
            Severity::High,
        )
        .job(job)
        .line(line())
        .class("bot-conditions"),
    );
}

/// `actions/checkout` leaves the token in `.git/config` unless told not to.
/// Like zizmor, only the silent default counts: an explicit
/// `persist-credentials` (true, false or an expression) is a visible choice,
/// and so is a computed `with:`.
fn persists_credentials(step: &Value) -> bool {
    match get(step, "with") {
        None | Some(Value::Null) => true,
        Some(w @ Value::Mapping(_)) => get(w, "persist-credentials").is_none(),
        Some(_) => false,
    }
}

/// Cache-restoring actions: `(action, input, caches unless the input is
/// one of these / caches only when it is one of these)`.
/// `tags_only`: the workflow publishes only from tags (a `release` event or
/// a tag push), so a toggle switched off for tag builds keeps the cache out.
fn caches(action: &str, step: &Value, tags_only: bool) -> bool {
    let input = |name: &str| {
        get(step, "with")
            .and_then(|w| get(w, name))
            .and_then(scalar)
            .map(|s| s.trim().to_ascii_lowercase())
    };
    let off = |v: Option<String>| v.is_some_and(|s| s == "false" || s.is_empty());
    let on = |v: Option<String>| {
        v.is_some_and(|s| {
            if s.contains("${{") {
                !(tags_only && off_for_tags(&s))
            } else {
                !s.is_empty() && s != "false"
            }
        })
    };
    match action {
        "actions/cache" | "actions/cache/restore" | "mozilla-actions/sccache-action" => true,
        "swatinem/rust-cache" => input("lookup-only").as_deref() != Some("true"),
        "astral-sh/setup-uv" => !off(input("enable-cache")),
        "actions/setup-go" => !off(input("cache")),
        "actions/setup-node" => on(input("cache")) || !off(input("package-manager-cache")),
        "actions/setup-python" | "actions/setup-java" | "actions/setup-dotnet" => {
            on(input("cache"))
        }
        "pyo3/maturin-action" => on(input("sccache")),
        "ramsey/composer-install" => !on(input("ignore-cache")),
        // The binary cache only matters when a buildx `version` is
        // downloaded; without one the runner's own buildx is used.
        "docker/setup-buildx-action" => {
            !off(input("cache-binary")) && input("version").is_some_and(|v| !v.is_empty())
        }
        "ruby/setup-ruby" => on(input("bundler-cache")),
        "gradle/actions/setup-gradle" | "gradle/gradle-build-action" => {
            !on(input("cache-disabled"))
        }
        _ => false,
    }
}

/// Whether a toggle expression is a negated tag check (`!startsWith(github.ref,
/// 'refs/tags/')`, `!(… github.ref_type == 'tag')`): off on tag builds.
fn off_for_tags(expr: &str) -> bool {
    let inner = expr.trim().trim_start_matches("${{").trim_start();
    inner.starts_with('!') && (inner.contains("refs/tags") || inner.contains("ref_type"))
}

/// Whether every way a workflow publishes is a tag: a `release` event or a
/// tag push, not a push to a release branch.
pub(crate) fn tags_only(on_value: Option<&Value>, on: &BTreeSet<String>) -> bool {
    let branches = on_value
        .and_then(|o| get(o, "push"))
        .and_then(|p| get(p, "branches"));
    let release_branch = crate::rules::workflow_risk::yaml_doc::strings(branches)
        .iter()
        .any(|b| b.to_ascii_lowercase().contains("release"));
    !release_branch && publishing(on_value, on).is_some()
}

/// Why a workflow publishes, if it does: a `release` trigger, a tag push, a
/// push to a release branch.
pub(crate) fn publishing(on_value: Option<&Value>, on: &BTreeSet<String>) -> Option<String> {
    if on.contains("release") {
        return Some("`release` trigger".to_string());
    }
    let push = on_value.and_then(|o| get(o, "push"));
    if push.and_then(|p| get(p, "tags")).is_some() {
        return Some("push of tags".to_string());
    }
    let branches = push.and_then(|p| get(p, "branches"));
    let release_branch = crate::rules::workflow_risk::yaml_doc::strings(branches)
        .iter()
        .any(|b| b.to_ascii_lowercase().contains("release"));
    release_branch.then(|| "push to a release branch".to_string())
}

/// Actions that publish a release or package: a job running one is a
/// publishing job whatever its triggers.
pub(crate) fn publishes(job: &Value) -> bool {
    const PUBLISHERS: [&str; 6] = [
        "pypa/gh-action-pypi-publish",
        "softprops/action-gh-release",
        "goreleaser/goreleaser-action",
        "ncipollo/release-action",
        "actions/create-release",
        "rust-lang/crates-io-auth-action",
    ];
    steps(job).iter().any(|(_, s)| {
        let uses = get(s, "uses")
            .and_then(scalar)
            .unwrap_or_default()
            .to_ascii_lowercase();
        let action = uses.split('@').next().unwrap_or_default();
        PUBLISHERS.contains(&action) || (action == "docker/build-push-action" && !push_off(s))
    })
}

/// Whether a build-push step says it does not push (`push: false`). Left
/// unset, remit counts it as publishing: the image can still leave through
/// `outputs:` or a later `docker push`, and an expression may turn it on.
fn push_off(step: &Value) -> bool {
    get(step, "with")
        .and_then(|w| get(w, "push"))
        .and_then(scalar)
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("false"))
}

static ENV_WRITE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?i)(?:>>?|\btee\b(?:\s+-a)?)\s*["']?(?:\$\{?|\$env:|%)(GITHUB_ENV|GITHUB_PATH)\b"#,
    )
    .expect("static regex")
});

/// `(GITHUB_ENV|GITHUB_PATH, line)` for lines writing text with a shell
/// expansion (`$VAR`, `$(cmd)`, `%VAR%`) to those files; literal text is
/// fine.
fn env_writes(script: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for line in script.lines() {
        let Some(m) = ENV_WRITE.captures(line) else {
            continue;
        };
        let Some(start) = m.get(0).map(|x| x.start()) else {
            continue;
        };
        let written = &line[..start];
        let expands =
            written.contains('$') || written.matches('%').count() >= 2 || written.contains('`');
        if expands {
            out.push((m[1].to_ascii_uppercase(), line.trim().to_string()));
        }
    }
    out
}

/// `(where, image)` of a job's container and service images.
fn images(job: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let image_of = |v: &Value| match v {
        Value::Mapping(_) => get(v, "image").and_then(scalar),
        other => scalar(other),
    };
    if let Some(image) = get(job, "container").and_then(image_of) {
        out.push(("container".to_string(), image));
    }
    if let Some(services) = get(job, "services").and_then(Value::as_mapping) {
        for (name, svc) in services {
            if let (Some(name), Some(image)) = (scalar(name), image_of(svc)) {
                out.push((format!("service `{name}`"), image));
            }
        }
    }
    out.retain(|(_, i)| !i.trim().is_empty());
    out
}

static MATRIX_KEY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\$\{\{\s*matrix\.([A-Za-z0-9_\-]+)").expect("static regex"));
/// A string an `a == b && 'x' || 'y'` expression can result in (a literal
/// after `&&` or `||`; the compared ones are not images).
static LITERAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:&&|\|\|)\s*'([^']*)'").expect("static regex"));

/// Why an image is not pinned, if it is not: no tag, `latest`, or a value
/// chosen at run time. Tags other than `latest` are left to policy.
fn unpinned_image(image: &str, job: &Value) -> Option<String> {
    let image = image.trim();
    if let Some(c) = MATRIX_KEY.captures(image) {
        let values = matrix_values(job, &c[1]);
        if values.is_empty() {
            return Some("its matrix value is computed at run time".to_string());
        }
        return values.iter().find_map(|v| literal_unpinned(v));
    }
    if image.contains("${{") {
        if image.contains("==") || image.contains("!=") {
            return LITERAL
                .captures_iter(image)
                .find_map(|c| literal_unpinned(&c[1]));
        }
        return Some("it is chosen at run time".to_string());
    }
    literal_unpinned(image)
}

fn literal_unpinned(image: &str) -> Option<String> {
    let image = image.trim().trim_start_matches("docker://");
    if image.is_empty() || image.contains("@sha256:") {
        return None;
    }
    let last = image.rsplit('/').next().unwrap_or(image);
    match last.split_once(':') {
        None => Some(format!("`{image}` has no tag")),
        Some((_, "latest")) => Some(format!("`{image}` floats with `latest`")),
        Some(_) => None,
    }
}

/// The literal values a job's matrix gives `name` (empty when computed).
fn matrix_values(job: &Value, name: &str) -> Vec<String> {
    let Some(matrix) = get(job, "strategy").and_then(|s| get(s, "matrix")) else {
        return Vec::new();
    };
    let mut out = crate::rules::workflow_risk::yaml_doc::strings(get(matrix, name));
    if let Some(rows) = get(matrix, "include").and_then(Value::as_sequence) {
        out.extend(rows.iter().filter_map(|r| get(r, name)).filter_map(scalar));
    }
    if out.iter().any(|v| v.contains("${{")) {
        return Vec::new();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bot_checks() {
        assert!(is_bot_check("github.actor == 'dependabot[bot]'"));
        assert!(is_bot_check("${{ github['ACTOR'] == 'renovate[bot]' }}"));
        assert!(is_bot_check("github.actor_id == 49699333"));
        assert!(!is_bot_check("github.actor == 'octocat'"));
        assert!(!is_bot_check(
            "github.event.pull_request.user.login == 'dependabot[bot]'"
        ));
    }

    #[test]
    fn env_writes_need_an_expansion() {
        assert_eq!(env_writes("echo \"a=$(b)\" >> $GITHUB_ENV").len(), 1);
        assert_eq!(env_writes("echo \"$m\" >> \"$GITHUB_PATH\"").len(), 1);
        assert_eq!(env_writes("echo LIB=%LIB% >> %GITHUB_ENV%").len(), 1);
        assert!(env_writes("echo foo=bar >> $GITHUB_ENV").is_empty());
        assert!(env_writes("echo x >> $GITHUB_OUTPUT").is_empty());
    }

    #[test]
    fn cache_toggles_off_for_tag_builds() {
        assert!(off_for_tags("${{ !startsWith(github.ref, 'refs/tags/') }}"));
        assert!(!off_for_tags("${{ startsWith(github.ref, 'refs/tags/') }}"));
        let step: Value =
            serde_yaml::from_str("with:\n  sccache: ${{ !startsWith(github.ref, 'refs/tags/') }}")
                .expect("yaml");
        assert!(!caches("pyo3/maturin-action", &step, true));
        assert!(caches("pyo3/maturin-action", &step, false));
    }

    #[test]
    fn image_pins() {
        let job = Value::Null;
        assert!(unpinned_image("redis", &job).is_some());
        assert!(unpinned_image("redis:latest", &job).is_some());
        assert!(unpinned_image("redis:7.4", &job).is_none());
        assert!(unpinned_image("registry:5000/redis@sha256:abc", &job).is_none());
        assert!(unpinned_image("${{ inputs.image }}", &job).is_some());
        assert!(unpinned_image("${{ inputs.x == 'true' && 'redis:7' || '' }}", &job).is_none());
    }
}
