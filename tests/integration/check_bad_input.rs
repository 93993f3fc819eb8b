//! Bad input fails closed: exit 2, the file and line, and a fix.

use crate::common::*;

fn with_policy(policy: &str) -> (tempfile::TempDir, RepoBuilder) {
    let dir = tempfile::TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write(".github/remit.yml", policy).expect("w");
    r.commit("policy", &human()).expect("c");
    r.branch("work").expect("b");
    r.write("src/a.rs", "x\n").expect("w");
    r.commit(&format!("a{CLAUDE}"), &agent()).expect("c");
    (dir, r)
}

fn fails(dir: &std::path::Path, args: &[&str]) -> String {
    let out = remit(dir, args);
    assert_eq!(
        out.status.code(),
        Some(2),
        "stdout: {}\nstderr: {}",
        stdout(&out),
        stderr(&out)
    );
    assert!(
        stdout(&out).is_empty(),
        "no report on exit 2: {}",
        stdout(&out)
    );
    let err = stderr(&out);
    assert!(err.contains("help:"), "{err}");
    err
}

/// `path@<first 12 of the base's sha>`, the name a policy read from the
/// base revision goes by in messages.
fn at_base(dir: &std::path::Path, path: &str) -> String {
    let sha = git(dir, &["rev-parse", "main"]);
    format!("{path}@{}", &sha[..12])
}

#[test]
fn malformed_policy_yaml() {
    let (dir, _r) = with_policy("version: 1\nmode: [enforce\n");
    let err = fails(dir.path(), &["check", "--base", "main"]);
    let file = at_base(dir.path(), ".github/remit.yml");
    // The parser notices the unclosed `[` where the input ends (3:1); the
    // snippet shows the last written line, the caret where the input stopped.
    assert_eq!(
        err,
        format!(
            "error: {file}: 1 problem\n  {file}:3:1: invalid YAML: while parsing a flow sequence, expected ',' or ']'\n    |\n  2 | mode: [enforce\n    |               ^\nhelp: fix the policy (see `remit init` for a commented example); remit reads it from the base revision, so the fix must land on the base branch first\n"
        )
    );
}

#[test]
fn config_problems_quote_their_line_with_a_caret() {
    let (dir, _r) = with_policy(
        "version: 1\ncategories:\n  auth:\n    paths: [\"ok/**\", \"src/{a\"]\n    ignore_words: [nope]\n",
    );
    let err = fails(dir.path(), &["check", "--base", "main"]);
    let file = at_base(dir.path(), ".github/remit.yml");
    let expected = format!(
        "  {file}:4:22: category `auth`: invalid glob `src/{{a`: unclosed alternate group; missing '}}' (maybe escape '{{' with '[{{]'?)
    |
  4 |     paths: [\"ok/**\", \"src/{{a\"]
    |                      ^^^^^^^^
  {file}:5:20: `nope` is not a built-in auth word
    |
  5 |     ignore_words: [nope]
    |                    ^^^^
"
    );
    assert!(err.contains(&expected), "{err}");

    // A manifest's problems are quoted the same way.
    let (dir, mut r) = repo();
    r.write(
        ".remit/task.yml",
        "version: 1\ntask: t\nscope:\n  paths: [\"src/**\"]\ngrants: [auth]\ntols: [Read]\n",
    )
    .expect("w");
    r.commit("task", &human()).expect("c");
    let err = fails(dir.path(), &["check", "--base", "main"]);
    assert!(
        err.contains(":6:1: unknown key `tols` in the manifest (did you mean `tools`?)"),
        "{err}"
    );
    assert!(
        err.contains("\n    |\n  6 | tols: [Read]\n    | ^^^^\n"),
        "{err}"
    );
}

#[test]
fn a_secret_on_a_quoted_line_is_redacted() {
    let token = "ghp_R4nd0mL00k1ngT0k3nF0rTh3T3st5xYz0123";
    let (dir, _r) = with_policy(&format!(
        "version: 1\nmode: {token}\nagents:\n  all_commits: {token}\n"
    ));
    let err = fails(dir.path(), &["check", "--base", "main"]);
    assert!(!err.contains(token), "{err}");
    assert!(!err.contains("R4nd0m"), "{err}");
    let file = at_base(dir.path(), ".github/remit.yml");
    assert!(
        err.contains(&format!(
            "  {file}:2:7: `mode` is `[REDACTED]`; expected one of: enforce, report\n    |\n  2 | mode: [REDACTED]\n    |       ^^^^^^^^^^\n"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "  {file}:4:16: `agents.all_commits` must be true or false\n    |\n  4 |   all_commits: [REDACTED]\n    |                ^^^^^^^^^^\n"
        )),
        "{err}"
    );
}

#[test]
fn unknown_keys_and_bad_values_are_all_reported() {
    let (dir, _r) = with_policy("version: 1\nmodee: report\nout_of_scope: maybe\ncategories:\n  auth:\n    paths: [\"src/{a\"]\n");
    let err = fails(dir.path(), &["check", "--base", "main"]);
    assert!(err.contains(":2:1: unknown key `modee`"), "{err}");
    assert!(err.contains("did you mean `mode`"), "{err}");
    assert!(err.contains(":3:15: `out_of_scope` is `maybe`"), "{err}");
    assert!(
        err.contains(":6:13: category `auth`: invalid glob `src/{a`"),
        "{err}"
    );
    assert!(err.contains("3 problems"), "{err}");
}

#[test]
fn wrong_version_and_custom_category_without_paths() {
    let (dir, _r) = with_policy("version: 2\ncategories:\n  payments:\n    on_violation: block\n");
    let err = fails(dir.path(), &["check", "--base", "main"]);
    assert!(err.contains(":1:10: unsupported `version`"), "{err}");
    assert!(
        err.contains(":3:3: category `payments` is not built in"),
        "{err}"
    );
}

#[test]
fn malformed_manifest() {
    let (dir, mut r) = repo();
    r.write(
        ".remit/task.yml",
        "version: 1\ntask: t\nscope:\n  pathz: [\"src/**\"]\ngrants: auth, pipeline\n",
    )
    .expect("w");
    r.commit("task", &human()).expect("c");
    let err = fails(dir.path(), &["check", "--base", "main"]);
    assert!(err.contains(".remit/task.yml@"), "{err}");
    assert!(err.contains(":4:3: unknown key `pathz`"), "{err}");
    // The scope mapping lacks `paths`: shown where the mapping begins.
    assert!(
        err.contains(":4:3: missing `scope.paths`: list where the agent may change files\n    |\n  4 |   pathz: [\"src/**\"]\n    |   ^^^^^\n"),
        "{err}"
    );
}

#[test]
fn empty_manifest_and_tabs() {
    let (dir, mut r) = repo();
    r.write(".remit/task.yml", "").expect("w");
    r.commit("task", &human()).expect("c");
    let err = fails(dir.path(), &["check", "--base", "main"]);
    let file = format!(
        ".remit/task.yml@{}",
        &r.head().expect("head").to_string()[..12]
    );
    assert!(
        err.starts_with(&format!(
            "error: {file}: 1 problem\n  {file}:1:1: the file is empty; expected a mapping with `version: 1`\nhelp: "
        )),
        "{err}"
    );
    // A tab where YAML wants spaces: the line is quoted with its tab, and the
    // caret lines up under it however wide the terminal draws the tab.
    r.write(
        ".remit/task.yml",
        "version: 1\ntask: t\nscope:\n\tpaths: [\"src/**\"]\n",
    )
    .expect("w");
    r.commit("task with a tab", &human()).expect("c");
    let err = fails(dir.path(), &["check", "--base", "main"]);
    let file = format!(
        ".remit/task.yml@{}",
        &r.head().expect("head").to_string()[..12]
    );
    assert!(
        err.starts_with(&format!(
            "error: {file}: 1 problem\n  {file}:4:2: invalid YAML: tabs disallowed within this context (block indentation)\n    |\n  4 | \tpaths: [\"src/**\"]\n    | \t^^^^^\nhelp: "
        )),
        "{err}"
    );
}

#[test]
fn explicit_policy_file_problems_name_the_file() {
    let (dir, _r) = repo();
    let policy = dir.path().join("p.yml");
    std::fs::write(&policy, "version: 1\nagents:\n  all_commits: yes please\n").expect("w");
    let err = fails(
        dir.path(),
        &[
            "check",
            "--base",
            "main",
            "--policy",
            policy.to_str().expect("utf8"),
        ],
    );
    assert!(
        err.contains("p.yml:3:16: `agents.all_commits` must be true or false"),
        "{err}"
    );
    let err = fails(
        dir.path(),
        &["check", "--base", "main", "--policy", "missing.yml"],
    );
    assert!(err.contains("missing.yml"), "{err}");
}

#[test]
fn unknown_revisions() {
    let (dir, _r) = repo();
    let err = fails(dir.path(), &["check", "--base", "no-such-branch"]);
    assert!(err.contains("unknown revision `no-such-branch`"), "{err}");
    let err = fails(
        dir.path(),
        &["check", "--base", "main", "--head", "deadbeef"],
    );
    assert!(err.contains("deadbeef"), "{err}");
}

#[test]
fn not_a_repository() {
    let dir = tempfile::TempDir::new().expect("tempdir");
    let err = fails(dir.path(), &["check"]);
    assert!(err.contains("is not a git repository"), "{err}");
    assert!(err.contains("--repo"), "{err}");
}

#[test]
fn no_default_branch() {
    let dir = tempfile::TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write("a", "a").expect("w");
    r.commit("a", &human()).expect("c");
    r.branch("trunk").expect("b");
    r.repo()
        .find_reference("refs/heads/main")
        .expect("ref")
        .delete()
        .expect("delete");
    let err = fails(dir.path(), &["check"]);
    assert!(err.contains("--base"), "{err}");
}

#[test]
fn a_policy_with_a_byte_order_mark_is_read() {
    let (dir, mut r) = repo();
    r.switch("main").expect("main");
    r.write(
        ".github/remit.yml",
        "\u{feff}version: 1\nout_of_scope: block\n",
    )
    .expect("w");
    r.commit("Policy saved with a BOM", &human()).expect("c");
    r.branch("bom").expect("b");
    manifest(&mut r, SRC_ONLY);
    r.write("docs/x.md", "x\n").expect("w");
    r.commit(&format!("docs{CLAUDE}"), &agent()).expect("c");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1, "out_of_scope: block applies: {report}");
    assert!(has(&report, "scope-drift", "", "docs/x.md"), "{report}");
}

#[test]
fn a_latin1_commit_message_keeps_its_accents() {
    let (dir, _r) = repo();
    std::fs::write(dir.path().join("a.txt"), "x\n").expect("w");
    git(dir.path(), &["add", "a.txt"]);
    let msg = dir.path().join("msg");
    // "Corrigé le café" in Latin-1, with an agent trailer.
    let mut bytes =
        b"Corrig\xe9 le caf\xe9\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n".to_vec();
    bytes.shrink_to_fit();
    std::fs::write(&msg, bytes).expect("msg");
    git(
        dir.path(),
        &[
            "-c",
            "i18n.commitEncoding=ISO-8859-1",
            "commit",
            "-q",
            "-F",
            msg.to_str().expect("utf8"),
        ],
    );
    let (_, report) = check_json(dir.path(), &[]);
    let summary = report["commits"][0]["summary"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert_eq!(summary, "Corrigé le café", "{report}");
}

#[test]
fn a_tree_git_cannot_parse_fails_closed_without_shallow_advice() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let (dir, _r) = repo();
    let run = |args: &[&str], input: &[u8]| -> String {
        let mut child = Command::new("git")
            .current_dir(dir.path())
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("git");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input)
            .expect("write");
        let out = child.wait_with_output().expect("wait");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    let blob = run(&["hash-object", "-w", "--stdin"], b"x\n");
    let mut entry = b"100644 ".to_vec();
    entry.extend(std::iter::repeat_n(b'a', 100_000));
    entry.push(0);
    entry.extend((0..20).map(|i| u8::from_str_radix(&blob[2 * i..2 * i + 2], 16).expect("hex")));
    let tree = run(
        &["hash-object", "-w", "-t", "tree", "--literally", "--stdin"],
        &entry,
    );
    let commit = run(
        &["commit-tree", &tree, "-p", "HEAD", "-F", "-"],
        format!("long{CLAUDE}").as_bytes(),
    );
    git(dir.path(), &["update-ref", "refs/heads/work", &commit]);
    let out = remit(dir.path(), &["check", "--base", "main"]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(
        err.contains("cannot be parsed") && err.contains(&commit[..12]),
        "{err}"
    );
    assert!(!err.contains("shallow"), "{err}");
}
