//! `remit init`: starter files and agent wiring in real repositories;
//! idempotent, merging, never overwriting, `--dry-run` writes nothing.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;
use tempfile::TempDir;

use crate::common::*;

fn empty_repo() -> TempDir {
    let dir = TempDir::new().expect("tempdir");
    git(dir.path(), &["init", "-q", "-b", "main"]);
    dir
}

/// Every file under `dir` (outside `.git/objects`) with its content.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("read_dir") {
            let path = entry.expect("entry").path();
            let rel = path
                .strip_prefix(dir)
                .expect("prefix")
                .to_string_lossy()
                .into_owned();
            if rel.starts_with(".git/objects") || rel == ".git/index" {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else {
                out.insert(rel, std::fs::read(&path).expect("read"));
            }
        }
    }
    out
}

fn read(dir: &Path, path: &str) -> String {
    std::fs::read_to_string(dir.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn json(dir: &Path, path: &str) -> Value {
    serde_json::from_str(&read(dir, path)).expect("valid JSON")
}

/// The commands of every handler under `hooks.<event>` (any layout).
fn commands(doc: &Value, event: &str) -> Vec<String> {
    fn collect(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(map) => {
                for (k, v) in map {
                    match (k.as_str(), v) {
                        ("command" | "bash", Value::String(s)) => out.push(s.clone()),
                        _ => collect(v, out),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|i| collect(i, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    collect(&doc["hooks"][event], &mut out);
    out
}

#[test]
fn init_on_an_empty_repository_writes_the_starter_files() {
    let dir = empty_repo();
    let out = remit(dir.path(), &["init"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        read(dir.path(), ".github/remit.yml"),
        remit::test_api::DEFAULT_POLICY_YAML
    );
    assert_eq!(
        read(dir.path(), ".remit/task.yml"),
        remit::test_api::MANIFEST_TEMPLATE_YAML
    );
    assert!(stdout(&out).contains("no agent configuration found"));
    assert!(!dir.path().join(".claude").exists());
    assert!(!dir.path().join(".github/workflows/remit.yml").exists());
}

#[test]
fn claude_settings_are_merged_keeping_every_other_key_and_hook() {
    let dir = empty_repo();
    let existing = r#"{
  "model": "claude-opus-4",
  "permissions": { "allow": ["Bash(npm test)"], "deny": ["Read(.env)"] },
  "hooks": {
    "PreToolUse": [
      { "matcher": "Bash", "hooks": [ { "type": "command", "command": "./scripts/guard.sh", "timeout": 30 } ] }
    ],
    "Notification": [ { "hooks": [ { "type": "command", "command": "notify-send done" } ] } ]
  },
  "env": { "FOO": "bar" }
}
"#;
    std::fs::create_dir_all(dir.path().join(".claude")).expect("mkdir");
    std::fs::write(dir.path().join(".claude/settings.json"), existing).expect("write");
    let out = remit(dir.path(), &["init"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("updated .claude/settings.json"),
        "{}",
        stdout(&out)
    );

    let doc = json(dir.path(), ".claude/settings.json");
    let before: Value = serde_json::from_str(existing).expect("json");
    for key in ["model", "permissions", "env"] {
        assert_eq!(doc[key], before[key], "{key} changed");
    }
    // The person's hooks stay first and untouched.
    assert_eq!(
        doc["hooks"]["PreToolUse"][0],
        before["hooks"]["PreToolUse"][0]
    );
    assert_eq!(
        doc["hooks"]["Notification"],
        before["hooks"]["Notification"]
    );
    assert_eq!(
        commands(&doc, "PreToolUse"),
        [
            "./scripts/guard.sh",
            "remit record --agent claude-code --enforce"
        ]
    );
    for event in [
        "PostToolUse",
        "UserPromptSubmit",
        "SessionStart",
        "Stop",
        "SessionEnd",
    ] {
        assert_eq!(
            commands(&doc, event),
            ["remit record --agent claude-code"],
            "{event}"
        );
    }
    // Keys keep their order: a reviewer sees only additions.
    let keys: Vec<&String> = doc.as_object().expect("object").keys().collect();
    assert_eq!(keys, ["model", "permissions", "hooks", "env"]);
}

#[test]
fn running_init_twice_changes_nothing() {
    let dir = empty_repo();
    std::fs::create_dir_all(dir.path().join(".cursor")).expect("mkdir");
    std::fs::write(dir.path().join("CLAUDE.md"), "# notes\n").expect("write");
    let args = ["init", "--hooks", "--workflow"];
    let out = remit(dir.path(), &args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let first = snapshot(dir.path());
    assert!(
        first.contains_key(".cursor/hooks.json"),
        "found by its folder"
    );
    assert!(
        first.contains_key(".claude/settings.json"),
        "found by CLAUDE.md"
    );
    assert!(
        !first.contains_key(".codex/hooks.json"),
        "codex is not used here"
    );
    assert!(first.contains_key(".git/hooks/pre-push"));

    let out = remit(dir.path(), &args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("nothing changed"), "{}", stdout(&out));
    assert_eq!(snapshot(dir.path()), first);
}

#[test]
fn dry_run_prints_the_diff_and_writes_nothing() {
    let dir = empty_repo();
    std::fs::create_dir_all(dir.path().join(".claude")).expect("mkdir");
    std::fs::write(
        dir.path().join(".claude/settings.json"),
        "{\n  \"model\": \"opus\"\n}\n",
    )
    .expect("write");
    let before = snapshot(dir.path());
    let out = remit(dir.path(), &["init", "--dry-run", "--hooks", "--workflow"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(snapshot(dir.path()), before, "dry run wrote something");
    let text = stdout(&out);
    assert!(
        text.contains("--- /dev/null\n+++ b/.github/remit.yml\n+# remit policy"),
        "{text}"
    );
    assert!(
        text.contains("--- a/.claude/settings.json\n+++ b/.claude/settings.json"),
        "{text}"
    );
    assert!(text.contains("+  \"model\": \"opus\","), "{text}");
    assert!(text.contains("+  \"hooks\": {"), "{text}");
    assert!(text.contains("+        \"matcher\": \"*\""), "{text}");
    assert!(text.contains("+++ b/.github/workflows/remit.yml"), "{text}");
    assert!(text.contains("nothing written"), "{text}");
}

#[test]
fn existing_files_are_never_overwritten() {
    let dir = empty_repo();
    std::fs::create_dir_all(dir.path().join(".github")).expect("mkdir");
    let mine = "version: 1\nmode: report\n";
    std::fs::write(dir.path().join(".github/remit.yml"), mine).expect("write");
    let out = remit(dir.path(), &["init"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(read(dir.path(), ".github/remit.yml"), mine);
    assert!(
        stdout(&out).contains("kept .github/remit.yml"),
        "{}",
        stdout(&out)
    );

    // A settings file remit cannot read is an error naming it, not a rewrite.
    std::fs::create_dir_all(dir.path().join(".claude")).expect("mkdir");
    std::fs::write(
        dir.path().join(".claude/settings.json"),
        "{\n  \"model\": \n",
    )
    .expect("write");
    let out = remit(dir.path(), &["init"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(".claude/settings.json:"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("not valid JSON"), "{}", stderr(&out));
    assert_eq!(
        read(dir.path(), ".claude/settings.json"),
        "{\n  \"model\": \n"
    );
}

#[test]
fn other_agents_get_their_own_hook_formats() {
    let dir = empty_repo();
    let out = remit(
        dir.path(),
        &["init", "--agent", "cursor,codex,gemini,copilot,opencode"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    let cursor = json(dir.path(), ".cursor/hooks.json");
    assert_eq!(cursor["version"], 1);
    assert_eq!(
        cursor["hooks"]["beforeShellExecution"][0]["command"],
        "remit record --agent cursor --enforce"
    );
    assert_eq!(
        cursor["hooks"]["afterFileEdit"][0]["command"],
        "remit record --agent cursor"
    );

    let codex = json(dir.path(), ".codex/hooks.json");
    assert_eq!(
        commands(&codex, "PreToolUse"),
        ["remit record --agent codex --enforce"]
    );
    assert_eq!(commands(&codex, "Stop"), ["remit record --agent codex"]);

    let gemini = json(dir.path(), ".gemini/settings.json");
    assert_eq!(
        commands(&gemini, "BeforeTool"),
        ["remit record --agent gemini --enforce"]
    );
    assert_eq!(
        commands(&gemini, "AfterTool"),
        ["remit record --agent gemini"]
    );

    let copilot = json(dir.path(), ".github/hooks/remit.json");
    assert_eq!(copilot["version"], 1);
    assert_eq!(copilot["hooks"]["preToolUse"][0]["type"], "command");
    assert_eq!(
        copilot["hooks"]["preToolUse"][0]["bash"],
        "remit record --agent copilot --enforce"
    );

    let plugin = read(dir.path(), ".opencode/plugins/remit.js");
    assert!(plugin.contains("\"tool.execute.before\""), "{plugin}");
    assert!(plugin.contains("remit record"), "{plugin}");
}

#[test]
fn workflow_is_pinned_and_least_privilege() {
    let dir = empty_repo();
    let out = remit(dir.path(), &["init", "--workflow"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = read(dir.path(), ".github/workflows/remit.yml");
    let doc: serde_yaml::Value = serde_yaml::from_str(&text).expect("YAML");
    let on = &doc["on"];
    assert!(
        on.get("pull_request").is_some() && on.get("merge_group").is_some(),
        "{text}"
    );
    let perms = doc["permissions"].as_mapping().expect("permissions");
    assert!(perms.len() <= 4, "{text}");
    assert_eq!(doc["permissions"]["contents"].as_str(), Some("read"));
    // Approval labels (timeline) and tasks declared in linked issues are
    // read through the issues API; nothing of it is written.
    assert_eq!(doc["permissions"]["issues"].as_str(), Some("read"));
    let steps = doc["jobs"]["remit"]["steps"].as_sequence().expect("steps");
    let checkout = steps[0]["uses"].as_str().expect("uses");
    let (name, rev) = checkout.split_once('@').expect("ref");
    assert_eq!(name, "actions/checkout");
    assert!(
        rev.len() == 40 && rev.chars().all(|c| c.is_ascii_hexdigit()),
        "not pinned: {checkout}"
    );
    assert_eq!(steps[0]["with"]["fetch-depth"].as_u64(), Some(0));
    assert_eq!(
        steps[0]["with"]["persist-credentials"].as_bool(),
        Some(false)
    );
    assert!(steps
        .iter()
        .any(|s| s["uses"].as_str() == Some("remit-dev/remit@v0")));
    assert!(text.contains("Pin a release by its commit SHA"));
    // The workflow itself triggers no remit findings on pull_request_target etc.
    assert!(!text.contains("pull_request_target"));
}

#[test]
fn hooks_chain_an_existing_pre_push_hook() {
    let dir = empty_repo();
    let hooks = dir.path().join(".git/hooks");
    std::fs::create_dir_all(&hooks).expect("mkdir");
    let previous = "#!/bin/sh\necho previous\n";
    std::fs::write(hooks.join("pre-push"), previous).expect("write");
    let out = remit(dir.path(), &["init", "--hooks"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("moved .git/hooks/pre-push to .git/hooks/pre-push.remit-chained"));
    assert_eq!(
        read(dir.path(), ".git/hooks/pre-push.remit-chained"),
        previous
    );
    let hook = read(dir.path(), ".git/hooks/pre-push");
    assert!(hook.contains("remit pre-push \"$@\""), "{hook}");
    assert!(hook.contains("pre-push.remit-chained"), "{hook}");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(hooks.join("pre-push"))
        .expect("meta")
        .permissions()
        .mode();
    assert_eq!(mode & 0o111, 0o111, "hook is executable");

    let before = snapshot(dir.path());
    let out = remit(dir.path(), &["init", "--hooks"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(snapshot(dir.path()), before);
}

/// The workflow-risk findings on `path`: their messages.
fn workflow_risks(report: &Value, path: &str) -> Vec<String> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["rule"] == "workflow-risk" && f["path"] == path)
        .map(|f| f["message"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// The risks remit accepts in its own workflows (`.ci/run` checks the same
/// list): (path, a part of the message).
fn accepted_risks() -> Vec<(String, String)> {
    let list = Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/accepted-workflow-risks.tsv");
    std::fs::read_to_string(list)
        .expect("accepted risks")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut cols = l.split('\t');
            let path = cols.next().unwrap_or_default().to_string();
            (path, cols.next().unwrap_or_default().to_string())
        })
        .collect()
}

#[test]
fn the_written_workflow_passes_workflow_risk_once_remit_is_pinned_as_init_says() {
    const PATH: &str = ".github/workflows/remit.yml";
    let scratch = empty_repo();
    let out = remit(scratch.path(), &["init", "--workflow"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let written = read(scratch.path(), PATH);
    // init says what to pin and where to find it.
    let version = env!("CARGO_PKG_VERSION");
    let text = stdout(&out);
    let advice = text
        .lines()
        .find(|l| l.starts_with("Pin `remit-dev/remit@v0`"))
        .unwrap_or_else(|| panic!("no pin advice: {text}"));
    assert!(advice.contains(PATH), "{advice}");
    assert!(
        advice.contains(&format!(
            "git ls-remote https://github.com/remit-dev/remit refs/tags/v{version}-action"
        )),
        "{advice}"
    );

    // An agent adds the workflow under a task that grants `pipeline`.
    let (dir, mut r) = repo();
    manifest(
        &mut r,
        "version: 1\ntask: \"Add remit's workflow\"\nscope:\n  paths: [\".github/**\"]\ngrants: [pipeline]\n",
    );
    r.write(PATH, &written).expect("write");
    r.commit(&format!("Add remit's workflow{CLAUDE}"), &agent())
        .expect("commit");
    let (_, report) = check_json(dir.path(), &[]);
    let risks = workflow_risks(&report, PATH);
    assert!(
        risks
            .iter()
            .any(|m| m.contains("`remit-dev/remit@v0`") && m.contains("not pinned")),
        "the tag is flagged until pinned: {risks:?}"
    );

    // Pinned as the advice says: every remaining risk is one remit accepts in
    // its own workflows (the write scopes it publishes with, the action itself).
    let sha = git(dir.path(), &["rev-parse", "HEAD"]);
    let pinned = written.replace(
        "remit-dev/remit@v0",
        &format!("remit-dev/remit@{sha} # v{version}"),
    );
    assert_ne!(pinned, written);
    r.write(PATH, &pinned).expect("write");
    r.commit(&format!("Pin remit{CLAUDE}"), &agent())
        .expect("commit");
    let (_, report) = check_json(dir.path(), &[]);
    let risks = workflow_risks(&report, PATH);
    assert!(!risks.is_empty(), "{report}");
    let accepted = accepted_risks();
    for risk in &risks {
        assert!(
            accepted
                .iter()
                .any(|(p, part)| p == PATH && risk.contains(part.as_str())),
            "not accepted in .ci/accepted-workflow-risks.tsv: {risk}"
        );
    }
    assert!(risks.iter().all(|m| !m.contains("not pinned")), "{risks:?}");
}
