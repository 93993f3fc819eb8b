//! Risky constructs inside one shell script of a pipeline (a GitHub `run:`,
//! a GitLab `script:` line): untrusted event data expanded into the script,
//! downloads piped into a shell, and secrets written where they can be read.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

/// One risky construct, keyed so the same construct in base and head matches.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum ScriptRisk {
    /// `${{ github.event.issue.title }}` and the like inside the script.
    Injection(String),
    /// `curl … | sh`, `bash <(curl …)`; the trimmed line.
    PipeToShell(String),
    /// A secret echoed, encoded or written to an output; the secret's name.
    SecretOut(String),
    /// `toJSON(secrets)`: every secret of the repository at once.
    AllSecrets,
}

static EXPRESSION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\$\{\{(.*?)\}\}").expect("static regex"));
/// Contexts whose text people outside the repository write: the event
/// payload (whole or a field) and the names of refs. Matched on a lowercased
/// expression with `['x']` indexing rewritten to `.x`.
static EVENT_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bgithub\.(?:event(?:(?:\.[a-z0-9_\-]+|\.\*)+|\b)|head_ref\b|ref_name\b|ref\b)")
        .expect("static regex")
});
static INPUT_REF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\binputs\.([a-z0-9_\-]+)").expect("static regex"));
static MATRIX_REF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bmatrix\.([a-z0-9_\-]+)").expect("static regex"));
static INDEX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"\[\s*['"]([^'"\]]+)['"]\s*\]"#).expect("static regex"));
/// `(a || b).field`: the field of whichever object is set.
static GROUP_FIELD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(([^()]*)\)\.([a-z0-9_\-]+)").expect("static regex"));

/// Which expression contexts besides the event carry text a caller or an
/// event can choose, for one workflow or action.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Taint {
    /// Free-text `inputs.<name>` (lowercased): untyped or `type: string`.
    pub(crate) inputs: BTreeSet<String>,
    /// Every input is free text (an action's inputs are all strings).
    pub(crate) all_inputs: bool,
    /// `matrix.<key>` whose values are computed by an expression.
    pub(crate) matrix: BTreeSet<String>,
    /// The whole matrix is computed (`matrix: ${{ fromJSON(...) }}`).
    pub(crate) all_matrix: bool,
}

/// The contexts of `text`'s `${{ }}` expressions that can inject code when
/// the text is run as a script, e.g. `github.event.issue.title`,
/// `inputs.name`; numbers, ids and SHAs are left out.
pub(crate) fn injections(text: &str, taint: &Taint) -> Vec<String> {
    let mut out = BTreeSet::new();
    // Each pattern is built and run only on text holding a literal every
    // match of it spells: most scripts and expressions lack most of them,
    // and building the patterns cost a short range more than running them.
    if !text.contains("${{") {
        return Vec::new();
    }
    for expr in EXPRESSION.captures_iter(text) {
        let Some(inner) = expr.get(1) else { continue };
        let lower = inner.as_str().to_ascii_lowercase();
        let indexed = if lower.contains('[') {
            INDEX.replace_all(&lower, ".$1")
        } else {
            Cow::Borrowed(lower.as_str())
        };
        let grouped = if indexed.contains('(') {
            GROUP_FIELD.replace_all(&indexed, |c: &regex::Captures<'_>| {
                if SAFE_EVENT_FIELDS.contains(&&c[2]) {
                    String::new()
                } else {
                    c[1].to_string()
                }
            })
        } else {
            Cow::Borrowed(&*indexed)
        };
        if grouped.contains("github.") {
            for r in EVENT_REF.find_iter(&grouped) {
                if !safe_event_ref(r.as_str()) {
                    out.insert(r.as_str().to_string());
                }
            }
        }
        if grouped.contains("inputs.") {
            for c in INPUT_REF.captures_iter(&grouped) {
                if taint.all_inputs || taint.inputs.contains(&c[1]) {
                    out.insert(c[0].to_string());
                }
            }
        }
        if grouped.contains("matrix.") {
            for c in MATRIX_REF.captures_iter(&grouped) {
                if taint.all_matrix || taint.matrix.contains(&c[1]) {
                    out.insert(c[0].to_string());
                }
            }
        }
    }
    out.into_iter().collect()
}

static PIPE_TO_SHELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        \b(?:curl|wget|iwr|irm|Invoke-WebRequest|Invoke-RestMethod|fetch)\b[^|\n]*\|\s*
            (?:sudo\s+(?:-\S+\s+)*)?(?:env\s+\S+\s+)*
            (?:ba|z|da|k|fi)?sh\b|
        \b(?:curl|wget)\b[^|\n]*\|\s*(?:sudo\s+)?(?:python[0-9.]*|perl|ruby|node|iex|pwsh|powershell)\b|
        (?:ba|z)?sh\s+(?:-\S+\s+)*<\(\s*(?:curl|wget)\b|
        (?:ba|z)?sh\s+-c\s+[\x22']?\$\(\s*(?:curl|wget)\b|
        \biex\s*\(\s*(?:New-Object\s+Net\.WebClient|iwr|irm|Invoke-WebRequest)",
    )
    .expect("static regex")
});
static SECRET_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bsecrets\.([A-Za-z_][A-Za-z0-9_]*)|\bsecrets\[\s*'([^']+)'\s*\]")
        .expect("static regex")
});
static WRITES_OUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:echo|printf|print|base64|xxd|od|rev|tee|Write-Host|Write-Output)\b|>>?\s*\x22?\$\{?(?:GITHUB_OUTPUT|GITHUB_ENV|GITHUB_STEP_SUMMARY)")
        .expect("static regex")
});
static ALL_SECRETS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\btojson\s*\(\s*secrets\s*\)").expect("static regex"));

/// What every [`PIPE_TO_SHELL`] match spells: each branch names a download
/// tool (`curl`, `wget`, `iwr`, `irm`, `Invoke-…`, `fetch`) or `iex`.
const PIPE_LITERALS: &[&str] = &["curl", "wget", "iwr", "irm", "Invoke-", "fetch", "iex"];

/// What every [`WRITES_OUT`] match spells but its redirection: one of the
/// commands (`print` in `printf`, `Write-` in both cmdlets).
const WRITE_LITERALS: &[&str] = &[
    "echo", "print", "base64", "xxd", "od", "rev", "tee", "Write-",
];

/// Whether `text` can hold a [`PIPE_TO_SHELL`] match.
fn may_pipe_to_shell(text: &str) -> bool {
    PIPE_LITERALS.iter().any(|l| text.contains(l))
}

/// Whether `text` can hold a [`WRITES_OUT`] match: a command's name, or a
/// redirection to `GITHUB_OUTPUT`, `GITHUB_ENV` or `GITHUB_STEP_SUMMARY`.
fn may_write_out(text: &str) -> bool {
    WRITE_LITERALS.iter().any(|l| text.contains(l))
        || (text.contains('>') && text.contains("GITHUB_"))
}

/// Whether `text` can hold an [`ALL_SECRETS`] match: `tojson` in any ASCII
/// case, or a character a case-insensitive `s` may match (`ſ`).
fn may_hold_all_secrets(text: &str) -> bool {
    !text.is_ascii()
        || text
            .as_bytes()
            .windows(6)
            .any(|w| w.eq_ignore_ascii_case(b"tojson"))
}

/// Event fields that are numbers, ids, SHAs or flags: never attacker text.
const SAFE_EVENT_FIELDS: &[&str] = &[
    "number",
    "id",
    "sha",
    "node_id",
    "merged",
    "draft",
    "after",
    "before",
    "run_id",
    "run_number",
    "run_attempt",
    "created_at",
    "updated_at",
    "additions",
    "deletions",
    "changed_files",
    "commits",
    "forced",
    "deleted",
    "created",
    "installation",
    "private",
    "fork",
    "size",
];

fn safe_event_ref(r: &str) -> bool {
    let last = r.rsplit('.').next().unwrap_or(r);
    SAFE_EVENT_FIELDS.contains(&last) || last.ends_with("_sha") || last.ends_with("_id")
}

/// The risky constructs of `script`. `secret_env` names the environment
/// variables that hold secrets, so `echo "$TOKEN"` counts too.
pub(crate) fn risks(script: &str, secret_env: &BTreeSet<String>, github: bool) -> Vec<ScriptRisk> {
    risks_in(script, secret_env, github.then(Taint::default).as_ref())
}

/// [`risks`] of a GitHub script (`taint` set) with the workflow's or
/// action's own attacker-controlled inputs and matrix values.
pub(crate) fn risks_in(
    script: &str,
    secret_env: &BTreeSet<String>,
    taint: Option<&Taint>,
) -> Vec<ScriptRisk> {
    let github = taint.is_some();
    let mut out = BTreeSet::new();
    if let Some(taint) = taint {
        for r in injections(script, taint) {
            out.insert(ScriptRisk::Injection(r));
        }
        if all_secrets(script) {
            out.insert(ScriptRisk::AllSecrets);
        }
    }
    // No line holds what the script does not.
    let pipes = may_pipe_to_shell(script);
    let writes = may_write_out(script);
    if !pipes && !writes {
        return out.into_iter().collect();
    }
    for line in script.lines() {
        if pipes && PIPE_TO_SHELL.is_match(line) {
            out.insert(ScriptRisk::PipeToShell(line.trim().to_string()));
        }
        if !writes {
            continue;
        }
        // Judge each command of the line: `echo "$A" && use "$SECRET"` is fine.
        for command in commands(line) {
            secrets_out(command, secret_env, github, &mut out);
        }
    }
    out.into_iter().collect()
}

/// The commands of a shell line: the text between `&&`, `||` and `;`, as
/// splitting at the leftmost of them, left to right, gives it (the last
/// piece even when empty).
fn commands(line: &str) -> impl Iterator<Item = &str> {
    let bytes = line.as_bytes();
    let mut start = 0;
    let mut at = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            let sep = match (bytes[at], bytes.get(at + 1)) {
                (b'&', Some(b'&')) | (b'|', Some(b'|')) => 2,
                (b';', _) => 1,
                _ => 0,
            };
            if sep == 0 {
                at += 1;
                continue;
            }
            // Separators are ASCII: both ends are character boundaries.
            let piece = line.get(start..at);
            at += sep;
            start = at;
            return piece;
        }
        if done {
            return None;
        }
        done = true;
        line.get(start..)
    })
}

fn secrets_out(
    line: &str,
    secret_env: &BTreeSet<String>,
    github: bool,
    out: &mut BTreeSet<ScriptRisk>,
) {
    {
        // A secret is only written out when the line names one: a
        // `secrets.` reference, or a variable (every form opens with `$`).
        // Asked first, the write pattern is built only for such a line.
        let names =
            (github && line.contains("secrets")) || (!secret_env.is_empty() && line.contains('$'));
        if !names || !WRITES_OUT.is_match(line) {
            return;
        }
        if github && line.contains("secrets") {
            for c in SECRET_REF.captures_iter(line) {
                if let Some(name) = c.get(1).or(c.get(2)) {
                    if name.as_str() != "GITHUB_TOKEN" {
                        out.insert(ScriptRisk::SecretOut(name.as_str().to_string()));
                    }
                }
            }
        }
        for var in secret_env {
            if mentions_var(line, var) {
                out.insert(ScriptRisk::SecretOut(var.clone()));
            }
        }
    }
}

/// Whether a shell line expands variable `var` (`$VAR`, `${VAR}`, `$env:VAR`).
fn mentions_var(line: &str, var: &str) -> bool {
    [
        format!("${var}"),
        format!("${{{var}}}"),
        format!("$env:{var}"),
    ]
    .iter()
    .any(|form| {
        line.match_indices(form.as_str()).any(|(i, m)| {
            let next = line[i + m.len()..].chars().next();
            form.ends_with('}') || !next.is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
    })
}

/// Whether `text` expands `toJSON(secrets)`: every secret at once.
pub(crate) fn all_secrets(text: &str) -> bool {
    may_hold_all_secrets(text) && ALL_SECRETS.is_match(text)
}

/// The secret names an environment mapping's values expand.
pub(crate) fn secret_names(value: &str) -> Vec<String> {
    if !value.contains("secrets") {
        return Vec::new();
    }
    SECRET_REF
        .captures_iter(value)
        .filter_map(|c| c.get(1).or(c.get(2)).map(|m| m.as_str().to_string()))
        .collect()
}

/// Whether `script` fetches a pull request's head (in a privileged trigger
/// this runs untrusted code with the repository's secrets).
pub(crate) fn fetches_pr_head(script: &str) -> bool {
    static PR_FETCH: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"gh\s+pr\s+checkout|git\s+fetch\s+\S+\s+(?:\+?refs/)?pull/|github\.event\.pull_request\.head\.(?:sha|ref)|github\.head_ref|github\.event\.workflow_run\.head_(?:sha|branch)")
            .expect("static regex")
    });
    // Every branch spells `checkout`, `pull/` or `github.`.
    (script.contains("checkout") || script.contains("pull/") || script.contains("github."))
        && PR_FETCH.is_match(script)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_out_asks_the_write_pattern_only_of_lines_naming_a_secret() {
        // Every line the write pattern is asked of, as before the names.
        let each = |line: &str, env: &BTreeSet<String>, github: bool| {
            let mut out = BTreeSet::new();
            if WRITES_OUT.is_match(line) {
                if github && line.contains("secrets") {
                    for c in SECRET_REF.captures_iter(line) {
                        if let Some(name) = c.get(1).or(c.get(2)) {
                            if name.as_str() != "GITHUB_TOKEN" {
                                out.insert(ScriptRisk::SecretOut(name.as_str().to_string()));
                            }
                        }
                    }
                }
                for var in env {
                    if mentions_var(line, var) {
                        out.insert(ScriptRisk::SecretOut(var.clone()));
                    }
                }
            }
            out
        };
        let envs: [BTreeSet<String>; 2] = [
            BTreeSet::new(),
            ["TOKEN".to_string(), "KEY".to_string()]
                .into_iter()
                .collect(),
        ];
        let lines = [
            "echo ${{ secrets.NPM }}",
            "echo \"${{ secrets['X'] }}\" >> $GITHUB_OUTPUT",
            "echo $TOKEN",
            "printf '%s' \"${KEY}\"",
            "Write-Host $env:TOKEN",
            "echo $TOKENS",
            "cat $TOKEN",
            "echo secrets",
            "echo ${{ secrets.GITHUB_TOKEN }}",
            "make build",
            "tee out.txt < $KEY",
            "",
        ];
        let mut written = 0;
        for env in &envs {
            for github in [false, true] {
                for line in lines {
                    let mut out = BTreeSet::new();
                    secrets_out(line, env, github, &mut out);
                    assert_eq!(out, each(line, env, github), "{line} {github} {env:?}");
                    written += out.len();
                }
            }
        }
        assert!(written >= 8, "{written}");
    }

    fn of(script: &str) -> Vec<ScriptRisk> {
        risks(script, &BTreeSet::from(["TOKEN".to_string()]), true)
    }

    #[test]
    fn injection_of_attacker_text_but_not_numbers() {
        assert_eq!(
            of("echo \"${{ github.event.issue.title }}\""),
            vec![ScriptRisk::Injection("github.event.issue.title".into())]
        );
        assert_eq!(
            of("git checkout ${{ github.head_ref }}"),
            vec![ScriptRisk::Injection("github.head_ref".into())]
        );
        assert!(of("gh pr view ${{ github.event.pull_request.number }}").is_empty());
        assert!(of("git checkout ${{ github.event.pull_request.head.sha }}").is_empty());
        assert!(of("echo \"$TITLE\"").is_empty());
        // A number of whichever object is set cannot inject.
        assert!(
            of("echo ${{ (github.event.pull_request || github.event.issue).number }}").is_empty()
        );
        assert!(of("echo ${{ github['event']['issue']['number'] }}").is_empty());
        assert_eq!(
            of("x=${{ toJSON(github.event) }}"),
            vec![ScriptRisk::Injection("github.event".into())]
        );
        assert!(of("echo ${{ github.event_name }} ${{ github.ref_type }}").is_empty());
    }

    #[test]
    fn inputs_and_matrix_values_by_taint() {
        let taint = Taint {
            inputs: BTreeSet::from(["name".to_string()]),
            matrix: BTreeSet::from(["dynamic".to_string()]),
            ..Taint::default()
        };
        let found = injections(
            "${{ inputs.name }} ${{ inputs.count }} ${{ matrix.dynamic }} ${{ matrix.os }}",
            &taint,
        );
        assert_eq!(found, vec!["inputs.name", "matrix.dynamic"]);
        let all = Taint {
            all_inputs: true,
            ..Taint::default()
        };
        assert_eq!(injections("${{ inputs.X }}", &all), vec!["inputs.x"]);
    }

    #[test]
    fn pipes_to_shell() {
        for bad in [
            "curl -fsSL https://x.sh | sh",
            "curl -s https://x | sudo bash -s -- --yes",
            "wget -qO- https://x | python3",
            "bash <(curl -s https://x)",
            "sh -c \"$(curl -fsSL https://x)\"",
        ] {
            assert!(
                matches!(of(bad).first(), Some(ScriptRisk::PipeToShell(_))),
                "{bad}"
            );
        }
        for fine in [
            "curl -fsSL https://x -o installer.sh",
            "curl -s https://api | jq .name",
            "cat file | sh -n",
        ] {
            assert!(of(fine).is_empty(), "{fine}");
        }
    }

    /// Scripts of every shape the gates look at: each literal present,
    /// absent, in another case, and next to non-ASCII text.
    fn corpus() -> Vec<String> {
        let parts = [
            "curl -fsSL https://x | sh",
            "wget -qO- x | python3",
            "iex (iwr https://x)",
            "Invoke-WebRequest x | iex",
            "fetch x | bash",
            "bash <(curl -s x)",
            "sh -c \"$(wget -O- x)\"",
            "echo ${{ secrets.TOKEN }}",
            "printf '%s' \"$TOKEN\" | base64",
            "od -c <<< $TOKEN",
            "Write-Host $env:TOKEN",
            "x >> \"$GITHUB_OUTPUT\"",
            "echo \"$TOKEN\" >> ${GITHUB_ENV}",
            "use ${{ secrets['KEY'] }}; echo $TOKEN",
            "x=${{ toJSON(secrets) }}",
            "x=${{ TOJSON ( SECRETS ) }}",
            "x=${{ toJ\u{17f}on(secrets) }}",
            "${{ github.event.issue.title }}",
            "${{ github['event']['issue']['body'] }}",
            "${{ (github.event.pull_request || github.event.issue).title }}",
            "${{ inputs.name }} ${{ matrix.dynamic }}",
            "${{ INPUTS.Name }} ${{ Matrix.OS }}",
            "gh pr checkout 12",
            "git fetch origin pull/1/head",
            "git checkout ${{ github.head_ref }}",
            "cargo test && cargo clippy || true",
            "plain words; nothing here",
            "d\u{e9}j\u{e0} vu",
            "",
        ];
        let mut out: Vec<String> = parts.iter().map(|p| (*p).to_string()).collect();
        for a in parts {
            for b in parts {
                out.push(format!("{a}\n{b}"));
                out.push(format!("{a} && {b}"));
            }
        }
        out
    }

    /// [`risks_in`] and [`injections`] as they were before the literal
    /// gates: every pattern run on every text.
    fn ungated_injections(text: &str, taint: &Taint) -> Vec<String> {
        let mut out = BTreeSet::new();
        for expr in EXPRESSION.captures_iter(text) {
            let Some(inner) = expr.get(1) else { continue };
            let lower = inner.as_str().to_ascii_lowercase();
            let indexed = INDEX.replace_all(&lower, ".$1");
            let grouped = GROUP_FIELD.replace_all(&indexed, |c: &regex::Captures<'_>| {
                if SAFE_EVENT_FIELDS.contains(&&c[2]) {
                    String::new()
                } else {
                    c[1].to_string()
                }
            });
            for r in EVENT_REF.find_iter(&grouped) {
                if !safe_event_ref(r.as_str()) {
                    out.insert(r.as_str().to_string());
                }
            }
            for c in INPUT_REF.captures_iter(&grouped) {
                if taint.all_inputs || taint.inputs.contains(&c[1]) {
                    out.insert(c[0].to_string());
                }
            }
            for c in MATRIX_REF.captures_iter(&grouped) {
                if taint.all_matrix || taint.matrix.contains(&c[1]) {
                    out.insert(c[0].to_string());
                }
            }
        }
        out.into_iter().collect()
    }

    fn ungated_risks(
        script: &str,
        secret_env: &BTreeSet<String>,
        taint: Option<&Taint>,
    ) -> Vec<ScriptRisk> {
        let separator = Regex::new(r"&&|\|\||;").expect("static regex");
        let mut out = BTreeSet::new();
        if let Some(taint) = taint {
            for r in ungated_injections(script, taint) {
                out.insert(ScriptRisk::Injection(r));
            }
            if ALL_SECRETS.is_match(script) {
                out.insert(ScriptRisk::AllSecrets);
            }
        }
        for line in script.lines() {
            if PIPE_TO_SHELL.is_match(line) {
                out.insert(ScriptRisk::PipeToShell(line.trim().to_string()));
            }
            for command in separator.split(line) {
                if !WRITES_OUT.is_match(command) {
                    continue;
                }
                if taint.is_some() {
                    for c in SECRET_REF.captures_iter(command) {
                        if let Some(name) = c.get(1).or(c.get(2)) {
                            if name.as_str() != "GITHUB_TOKEN" {
                                out.insert(ScriptRisk::SecretOut(name.as_str().to_string()));
                            }
                        }
                    }
                }
                for var in secret_env {
                    if mentions_var(command, var) {
                        out.insert(ScriptRisk::SecretOut(var.clone()));
                    }
                }
            }
        }
        out.into_iter().collect()
    }

    #[test]
    fn literal_gates_change_no_answer() {
        let env = BTreeSet::from(["TOKEN".to_string()]);
        let taint = Taint {
            inputs: BTreeSet::from(["name".to_string()]),
            matrix: BTreeSet::from(["dynamic".to_string()]),
            ..Taint::default()
        };
        for text in corpus() {
            for t in [None, Some(&taint)] {
                assert_eq!(
                    risks_in(&text, &env, t),
                    ungated_risks(&text, &env, t),
                    "{text}"
                );
            }
            assert_eq!(
                injections(&text, &taint),
                ungated_injections(&text, &taint),
                "{text}"
            );
            assert_eq!(all_secrets(&text), ALL_SECRETS.is_match(&text), "{text}");
            let names: Vec<String> = SECRET_REF
                .captures_iter(&text)
                .filter_map(|c| c.get(1).or(c.get(2)).map(|m| m.as_str().to_string()))
                .collect();
            assert_eq!(secret_names(&text), names, "{text}");
            // The gates themselves: never false where the pattern matches.
            assert!(
                may_pipe_to_shell(&text) || !PIPE_TO_SHELL.is_match(&text),
                "{text}"
            );
            assert!(
                may_write_out(&text) || !WRITES_OUT.is_match(&text),
                "{text}"
            );
            assert!(
                may_hold_all_secrets(&text) || !ALL_SECRETS.is_match(&text),
                "{text}"
            );
        }
        assert!(all_secrets("x=${{ toJ\u{17f}on(secrets) }}"));
        assert!(fetches_pr_head("gh pr checkout 1") && !fetches_pr_head("gh pr view 1"));
    }

    #[test]
    fn commands_split_where_the_separator_pattern_did() {
        let separator = Regex::new(r"&&|\|\||;").expect("static regex");
        let alphabet = ["&", "|", ";", "a", " ", "\u{e9}"];
        // Every line of up to 6 of them.
        let mut level = vec![String::new()];
        let mut lines = level.clone();
        for _ in 0..6 {
            level = level
                .iter()
                .flat_map(|l| alphabet.iter().map(move |c| format!("{l}{c}")))
                .collect();
            lines.extend(level.iter().cloned());
        }
        assert!(lines.len() > 40_000);
        for line in &lines {
            let ours: Vec<&str> = commands(line).collect();
            let theirs: Vec<&str> = separator.split(line).collect();
            assert_eq!(ours, theirs, "{line:?}");
        }
    }

    #[test]
    fn secrets_written_out() {
        assert_eq!(
            of("echo ${{ secrets.NPM_TOKEN }} | base64"),
            vec![ScriptRisk::SecretOut("NPM_TOKEN".into())]
        );
        assert_eq!(
            of("echo \"$TOKEN\" > t"),
            vec![ScriptRisk::SecretOut("TOKEN".into())]
        );
        assert!(of("npm publish --token \"$TOKEN\"").is_empty());
        assert!(of("echo \"$TOKENS_DIR\"").is_empty());
        assert!(of("echo \"$TITLE\" && npm publish --token \"$TOKEN\"").is_empty());
        assert_eq!(of("echo '${{ toJSON(secrets) }}'").len(), 1);
    }
}
