//! `workflow-risk` blames each risk on the commit that introduced it: the
//! file's versions are walked through the range, so a person's risk is not
//! pinned on the agent commit that later touched the same file (and is
//! listed, not gated), and an agent's risk is not hidden behind a later
//! person's commit.

use serde_json::Value;
use tempfile::TempDir;

use crate::common::*;

const GRANT: &str =
    "version: 1\ntask: \"CI upkeep\"\nscope:\n  paths: [\".github/**\"]\ngrants: [pipeline]\n";
const WF: &str = ".github/workflows/ci.yml";
const CI: &str = "name: ci
on: [push]
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - name: Test
        run: make test
";

/// `CI` with a `pull_request_target` trigger (a person's or an agent's risk).
fn with_trigger(ci: &str) -> String {
    ci.replacen("on: [push]", "on: [push, pull_request_target]", 1)
}

/// `CI` with a write-all token.
fn with_write_all(ci: &str) -> String {
    ci.replacen(
        "permissions:\n  contents: read",
        "permissions: write-all",
        1,
    )
}

/// A range of commits on `work`, each `(author is agent, new workflow text)`.
fn range(steps: &[(bool, String)]) -> (TempDir, i32, Value, Vec<String>) {
    let dir = TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write(WF, CI).expect("write");
    r.commit("Initial commit", &human()).expect("commit");
    r.branch("work").expect("branch");
    manifest(&mut r, GRANT);
    let mut shas = Vec::new();
    for (i, (agent_made, text)) in steps.iter().enumerate() {
        r.write(WF, text).expect("write");
        let sha = if *agent_made {
            r.commit(&format!("CI step {i}{CLAUDE}"), &agent())
        } else {
            r.commit(&format!("CI step {i}"), &human())
        }
        .expect("commit");
        shas.push(sha.to_string());
    }
    let (code, report) = check_json(dir.path(), &[]);
    (dir, code, report, shas)
}

/// `(message, commit, action, evidence)` of the workflow-risk findings.
fn blamed(report: &Value) -> Vec<(String, String, String, String)> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["rule"] == "workflow-risk")
        .map(|f| {
            (
                f["message"].as_str().unwrap_or_default().to_string(),
                f["commit"].as_str().unwrap_or_default().to_string(),
                f["action"].as_str().unwrap_or_default().to_string(),
                f["evidence"].to_string(),
            )
        })
        .collect()
}

#[test]
fn a_persons_risk_is_not_the_later_agent_commits() {
    // A person adds the trigger; an agent then edits an unrelated line.
    let human_text = with_trigger(CI);
    let agent_text = human_text.replace("make test", "make check");
    let (_d, code, report, shas) = range(&[(false, human_text), (true, agent_text)]);
    let b = blamed(&report);
    assert_eq!(b.len(), 1, "{b:#?}");
    assert!(
        b[0].0.contains("now triggered by `pull_request_target`"),
        "{b:?}"
    );
    assert_eq!(b[0].1, shas[0], "blamed on the person's commit");
    assert_eq!(b[0].2, "warn", "a person's risk is listed, not gated");
    assert!(b[0].3.contains("listed, not gated"), "{}", b[0].3);
    assert_eq!(code, 0, "{report:#}");
}

#[test]
fn an_agents_risk_is_not_hidden_by_a_later_persons_commit() {
    // The agent widens the token; a person then edits an unrelated line.
    let agent_text = with_write_all(CI);
    let human_text = agent_text.replace("make test", "make check");
    let (_d, code, report, shas) = range(&[(true, agent_text), (false, human_text)]);
    let b = blamed(&report);
    assert_eq!(b.len(), 1, "{b:#?}");
    assert!(
        b[0].0.contains("token gets `permissions: write-all`"),
        "{b:?}"
    );
    assert_eq!(b[0].1, shas[0], "blamed on the agent's commit");
    assert_eq!(b[0].2, "block");
    assert_eq!(code, 1, "{report:#}");
}

#[test]
fn each_risk_names_its_own_commit() {
    // A person adds the trigger, the agent widens the token, a person edits.
    let one = with_trigger(CI);
    let two = with_write_all(&one);
    let three = two.replace("make test", "make check");
    let (_d, code, report, shas) = range(&[(false, one), (true, two), (false, three)]);
    let b = blamed(&report);
    assert_eq!(b.len(), 2, "{b:#?}");
    let trigger = b
        .iter()
        .find(|f| f.0.contains("pull_request_target"))
        .expect("trigger");
    let perms = b.iter().find(|f| f.0.contains("write-all")).expect("perms");
    assert_eq!(
        (trigger.1.as_str(), trigger.2.as_str()),
        (shas[0].as_str(), "warn")
    );
    assert_eq!(
        (perms.1.as_str(), perms.2.as_str()),
        (shas[1].as_str(), "block")
    );
    assert_eq!(code, 1);
}

#[test]
fn an_agent_re_adding_a_removed_risk_is_blamed() {
    // A person adds the trigger, another person removes it, the agent puts
    // it back: the agent introduced it as far as the range is concerned.
    let (_d, code, report, shas) = range(&[
        (false, with_trigger(CI)),
        (false, CI.replace("make test", "make check")),
        (true, with_trigger(&CI.replace("make test", "make check"))),
    ]);
    let b = blamed(&report);
    assert_eq!(b.len(), 1, "{b:#?}");
    assert_eq!(
        (b[0].1.as_str(), b[0].2.as_str()),
        (shas[2].as_str(), "block")
    );
    assert_eq!(code, 1);
}

#[test]
fn a_persons_risk_in_an_included_gitlab_file_is_not_the_agents() {
    // `.gitlab-ci.yml` includes `ci/deploy.yml` by path: the file's history
    // is followed through a person's commits too, although the walk keeps
    // little else of them.
    let dir = TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    let manual = "deploy:\n  stage: deploy\n  when: manual\n  script: [make deploy]\n";
    r.write(
        ".gitlab-ci.yml",
        "include:\n  - local: ci/deploy.yml\nstages: [deploy]\n",
    )
    .expect("write");
    r.write("ci/deploy.yml", manual).expect("write");
    r.commit("Initial commit", &human()).expect("commit");
    r.branch("work").expect("branch");
    manifest(&mut r, GRANT);
    let automatic = manual.replace("  when: manual\n", "");
    r.write("ci/deploy.yml", &automatic).expect("write");
    r.write("src/lib.rs", "pub fn f() {}\n").expect("write");
    let person = r
        .commit("Deploy on every push", &human())
        .expect("commit")
        .to_string();
    r.write(
        "ci/deploy.yml",
        automatic.replace("make deploy", "make deploy-all"),
    )
    .expect("write");
    r.commit(&format!("Deploy everything{CLAUDE}"), &agent())
        .expect("commit");
    let (_code, report) = check_json(dir.path(), &[]);
    let b = blamed(&report);
    let risk = b
        .iter()
        .find(|x| x.0.contains("no longer manual"))
        .unwrap_or_else(|| panic!("{report:#}"));
    assert_eq!(risk.1, person, "blamed on the person's commit: {b:#?}");
    assert_eq!(risk.2, "warn", "a person's risk is listed, not gated");
}

/// `CI` with a second job, `deploy`, whose steps are `deploy`.
fn with_deploy(ci: &str, deploy: &str) -> String {
    format!(
        "{ci}  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./deploy.sh\n{deploy}"
    )
}

const PIPE: &str = "      - run: curl -sSL https://get.example.com/install.sh | sh\n";

#[test]
fn an_unchanged_job_keeps_its_risk_and_a_changed_one_is_read_again() {
    // The agent adds a download piped into a shell to `deploy`; people
    // change `test` around it, take the step out and put the same text
    // back: the versions with `deploy` unchanged are judged once, the
    // one without the step on its own, and the risk is the person's.
    let test = |n: u32| CI.replace("make test", &format!("make test{n}"));
    let (_d, code, report, shas) = range(&[
        (true, with_deploy(&test(1), PIPE)),
        (true, with_deploy(&test(2), PIPE)),
        (false, with_deploy(&test(2), "")),
        (false, with_deploy(&test(2), PIPE)),
        (true, with_deploy(&test(5), PIPE)),
        (true, with_deploy(&test(6), PIPE)),
    ]);
    let b = blamed(&report);
    let pipe: Vec<_> = b
        .iter()
        .filter(|f| f.0.contains("pipes a download"))
        .collect();
    assert_eq!(pipe.len(), 1, "{b:#?}");
    assert_eq!(
        (pipe[0].1.as_str(), pipe[0].2.as_str()),
        (shas[3].as_str(), "warn"),
        "{b:#?}"
    );
    assert_eq!(code, 0, "{report:#}");
}
