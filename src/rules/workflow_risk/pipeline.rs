//! What a change to a pipeline file does: the base and head versions of a
//! GitHub workflow, a composite action or GitLab CI file are compared and
//! every change that widens privilege, exposes secrets or switches off a
//! check becomes a [`Risk`], located at its line in the head version.

use std::collections::{BTreeSet, HashMap};

use git2::Oid;

use crate::collect::semantic::{PipelineFile, PipelineKind, Step, Stored, Version};
use crate::finding::Severity;
use crate::rules::workflow_risk::github_actions::JobMemo;
use crate::rules::workflow_risk::yaml_doc::{Doc, Unreadable};
use crate::rules::workflow_risk::yaml_sections::Sections;
use crate::rules::workflow_risk::{github_actions, gitlab_ci};

/// One risky change in one pipeline file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Risk {
    /// The job (or `composite action`) it is in, when it is in one.
    pub(crate) job: Option<String>,
    /// Line in the head version (in the base version for a deleted file).
    pub(crate) line: Option<usize>,
    /// What changed, one line.
    pub(crate) what: String,
    /// Why that is a risk, one line.
    pub(crate) why: String,
    pub(crate) severity: Severity,
    /// Extra facts: the base value, the trigger, ...
    pub(crate) evidence: Vec<String>,
}

impl Risk {
    pub(crate) fn new(what: impl Into<String>, why: impl Into<String>, severity: Severity) -> Self {
        Self {
            job: None,
            line: None,
            what: what.into(),
            why: why.into(),
            severity,
            evidence: Vec::new(),
        }
    }

    pub(crate) fn job(mut self, job: Option<&str>) -> Self {
        self.job = job.map(str::to_string);
        self
    }

    pub(crate) fn line(mut self, line: Option<usize>) -> Self {
        self.line = line;
        self
    }

    pub(crate) fn evidence(mut self, e: impl Into<String>) -> Self {
        self.evidence.push(e.into());
        self
    }

    /// Names the zizmor audit class the risk belongs to, so users who know
    /// zizmor recognise it.
    pub(crate) fn class(self, class: &str) -> Self {
        self.evidence(format!("class: {class}"))
    }
}

/// The base version of a changed pipeline file, parsed once for [`analyze`]
/// and [`blame`] (a large workflow costs millions of instructions to read).
/// `None` when there is none, or it cannot be read.
pub(crate) fn parse_base(file: &PipelineFile) -> Option<Doc> {
    file.base
        .as_ref()
        .and_then(|v| readable(v, &mut Doc::parse).ok())
}

/// The risks of one changed pipeline file over its parsed `base`. A head
/// version remit cannot read is itself a risk: a gate that cannot look must
/// not pass.
pub(crate) fn analyze(file: &PipelineFile, base: Option<&Doc>) -> Vec<Risk> {
    analyze_against(file.kind, base, file.head.as_ref(), &mut Doc::parse)
}

/// The risks of `head` over an already parsed base: blame compares many
/// versions with the same base, which is parsed once for all of them.
/// `parse` reads the head version: blame needs no lines, only which risks
/// there are, and skips locating them.
fn analyze_against(
    kind: PipelineKind,
    base: Option<&Doc>,
    head: Option<&Version>,
    parse: Parser<'_>,
) -> Vec<Risk> {
    let head = match head {
        None => None,
        Some(v) => match readable(v, parse) {
            Ok(doc) => Some(doc),
            Err(risk) => return vec![risk],
        },
    };
    judge(kind, base, head.as_ref())
}

/// The risks of a read `head` (`None`: the file is deleted) over `base`.
fn judge(kind: PipelineKind, base: Option<&Doc>, head: Option<&Doc>) -> Vec<Risk> {
    match (kind, head) {
        (PipelineKind::GithubWorkflow, Some(head)) => github_actions::workflow(base, head),
        (PipelineKind::GithubWorkflow, None) => base
            .map(github_actions::workflow_deleted)
            .unwrap_or_default(),
        (PipelineKind::Action, Some(head)) => github_actions::action(base, head),
        (PipelineKind::Action, None) => Vec::new(),
        (PipelineKind::GitlabCi, Some(head)) => gitlab_ci::check(base, head),
        (PipelineKind::GitlabCi, None) => base
            .map(|b| gitlab_ci::check(Some(b), &Doc::empty()))
            .unwrap_or_default(),
    }
}

/// The commit of the range that introduced each of `risks` (the risks of
/// `file` from base to head): the one after which the risk is present in
/// every later version of the file. Versions are compared with the base, so
/// a risk a person added and an agent commit later left alone stays the
/// person's, and one an agent re-added after a person removed it is the
/// agent's. `None` when the file's history is unknown.
///
/// `read` gives the text of a history version's blob: versions are read back
/// one at a time, only as far as the walk goes.
pub(crate) fn blame<'a>(
    file: &'a PipelineFile,
    base: Option<&Doc>,
    risks: &[Risk],
    read: &dyn Fn(Oid) -> Option<String>,
) -> Vec<Option<&'a Step>> {
    blame_with(file, base, risks, read, Some(&mut JobMemo::default()))
}

/// [`blame`], reusing the judgements of unchanged jobs with `memo`.
fn blame_with<'a>(
    file: &'a PipelineFile,
    base: Option<&Doc>,
    risks: &[Risk],
    read: &dyn Fn(Oid) -> Option<String>,
    mut memo: Option<&mut JobMemo>,
) -> Vec<Option<&'a Step>> {
    let keys: Vec<String> = risks.iter().map(|r| blame_key(&r.what)).collect();
    let mut out: Vec<Option<&Step>> = vec![file.history.last(); risks.len()];
    let mut open: Vec<usize> = (0..risks.len()).collect();
    if open.is_empty() {
        return out;
    }
    let mut seen: HashMap<Option<&Stored>, BTreeSet<String>> = HashMap::new();
    // Consecutive versions share most of their text: each section is read once.
    let mut sections = Sections::default();
    // Walk back from the version before head: a risk still present there
    // existed before the later commit, so that commit did not add it.
    for k in (0..file.history.len().saturating_sub(1)).rev() {
        if open.is_empty() {
            break;
        }
        let version = file.history[k].version.as_ref();
        // A version the range restores (a revert) is judged once.
        let present = match seen.get(&version) {
            Some(keys) => keys,
            None => {
                let loaded = version.map(|v| v.load(read));
                let keys = judge_version(
                    file.kind,
                    base,
                    loaded.as_ref(),
                    &mut sections,
                    memo.as_deref_mut(),
                )
                .iter()
                .map(|r| blame_key(&r.what))
                .collect();
                seen.entry(version).or_insert(keys)
            }
        };
        open.retain(|&i| {
            let there = present.contains(&keys[i]);
            if there {
                out[i] = Some(&file.history[k]);
            }
            there
        });
    }
    out
}

/// The risks of one version blame reads: [`analyze_against`] with the
/// version read by sections, a workflow's unchanged jobs judged once.
fn judge_version(
    kind: PipelineKind,
    base: Option<&Doc>,
    head: Option<&Version>,
    sections: &mut Sections,
    memo: Option<&mut JobMemo>,
) -> Vec<Risk> {
    let head = match head {
        None => None,
        Some(v) => match readable(v, &mut |text| sections.parse(text)) {
            Ok(doc) => Some(doc),
            Err(risk) => return vec![risk],
        },
    };
    let risks = match (kind, head.as_ref(), memo) {
        (PipelineKind::GithubWorkflow, Some(head), Some(memo)) => {
            github_actions::workflow_memo(base, head, sections.jobs(), memo)
        }
        (_, head, _) => judge(kind, base, head),
    };
    if let Some(head) = head {
        sections.give_back(head);
    }
    risks
}

/// A risk's identity across versions: its message without step numbers,
/// which shift when a later commit inserts a step above it.
fn blame_key(what: &str) -> String {
    let mut out = String::with_capacity(what.len());
    let mut rest = what;
    while let Some(i) = rest.find("step ") {
        out.push_str(&rest[..i + 5]);
        rest = rest[i + 5..].trim_start_matches(|c: char| c.is_ascii_digit());
    }
    out.push_str(rest);
    out
}

/// No real workflow nests flow collections this deep; `${{ }}` and shell
/// braces stay far below it.
const MAX_FLOW_DEPTH: usize = 64;

/// The deepest nesting of `[`/`{` in `text` (quotes are not tracked: a
/// count that is too high only refuses a file no person would write).
fn flow_depth(text: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    for b in text.bytes() {
        match b {
            b'[' | b'{' => {
                depth += 1;
                max = max.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// How a version's text becomes a [`Doc`]: with or without lines.
type Parser<'a> = &'a mut dyn FnMut(&str) -> Result<Doc, Unreadable>;

fn readable(v: &Version, parse: Parser<'_>) -> Result<Doc, Risk> {
    const WHY: &str = "remit cannot tell what this pipeline now does, so it does not pass it";
    let text = v.text.as_ref().map_err(|why| {
        Risk::new(
            format!("`{}` cannot be inspected: {why}", v.path),
            WHY,
            Severity::High,
        )
    })?;
    // Deeply nested flow collections make the YAML reader slow (quadratic):
    // refuse them before parsing, as a finding.
    let depth = flow_depth(text);
    if depth > MAX_FLOW_DEPTH {
        return Err(Risk::new(
            format!(
                "`{}` nests `[`/`{{` collections {depth} levels deep (remit reads at most {MAX_FLOW_DEPTH})",
                v.path
            ),
            WHY,
            Severity::High,
        )
        .line(Some(1)));
    }
    let doc = parse(text).map_err(|e| {
        Risk::new(
            format!(
                "`{}` is not valid YAML: {}",
                v.path,
                e.message.lines().next().unwrap_or_default()
            ),
            WHY,
            Severity::High,
        )
        .line(e.line)
    })?;
    if !doc.value.is_mapping() {
        return Err(Risk::new(
            format!("`{}` is not a YAML mapping", v.path),
            WHY,
            Severity::High,
        )
        .line(Some(1)));
    }
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collect::git::GitRepo;
    use crate::collect::semantic::{self, Followed};
    use crate::normalize::attribution::Attribution;
    use crate::testkit::{RepoBuilder, Who};

    const WF: &str = ".github/workflows/ci.yml";

    /// A workflow: its triggers, its `deploy` job's steps and its `test`
    /// job's command.
    fn workflow(on: &str, deploy: &str, test: &str) -> String {
        format!(
            "name: ci\non: [{on}]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      TOKEN: ${{{{ secrets.DEPLOY_TOKEN }}}}\n    steps:\n      - run: ./deploy.sh \"$TOKEN\"\n{deploy}  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: {test}\n"
        )
    }

    const PIPE: &str = "      - run: curl -sSL https://get.example.com/install.sh | sh\n";

    /// Commits `versions` of the workflow over a base (each `(agent made
    /// it, text)`) in a real repository, and gives its changed pipeline
    /// file and the commits' shas.
    fn history(
        dir: &std::path::Path,
        base: &str,
        versions: &[(bool, String)],
    ) -> anyhow::Result<(GitRepo, PipelineFile, Vec<String>)> {
        let mut r = RepoBuilder::init(dir)?;
        let base_oid = r.write(WF, base)?.commit("base", &Who::human())?;
        let mut shas = Vec::new();
        let mut who = Vec::new();
        for (i, (agent, text)) in versions.iter().enumerate() {
            shas.push(
                r.write(WF, text)?
                    .commit(&format!("v{i}"), &Who::human())?
                    .to_string(),
            );
            who.push(agent.then(|| Attribution {
                agent: "claude-code".to_string(),
                session: None,
                reason: "test".to_string(),
            }));
        }
        let head = r.head().ok_or_else(|| anyhow::anyhow!("no head"))?;
        let repo = GitRepo::open(dir)?;
        let commits = repo.range(base_oid, head)?;
        let followed = Followed::read(&repo, base_oid, head)?;
        let mut watched = semantic::watched(&repo, base_oid, head, &commits, &who, &followed)?;
        let file = watched
            .pipelines
            .pop()
            .ok_or_else(|| anyhow::anyhow!("no pipeline"))?;
        Ok((repo, file, shas))
    }

    /// Each risk's blamed commit with the memo and without it (asserted
    /// equal), and the memo's counts.
    fn blamed(repo: &GitRepo, file: &PipelineFile) -> (Vec<(String, String)>, JobMemo) {
        let base = parse_base(file);
        let risks = analyze(file, base.as_ref());
        let read = semantic::reader(repo);
        let mut memo = JobMemo::default();
        let with = blame_with(file, base.as_ref(), &risks, &read, Some(&mut memo));
        let without = blame_with(file, base.as_ref(), &risks, &read, None);
        let sha = |s: &[Option<&Step>]| -> Vec<Option<String>> {
            s.iter().map(|s| s.map(|s| s.commit.clone())).collect()
        };
        assert_eq!(sha(&with), sha(&without), "{risks:#?}");
        let out = risks
            .iter()
            .zip(with)
            .map(|(r, s)| {
                (
                    r.what.clone(),
                    s.map(|s| s.commit.clone()).unwrap_or_default(),
                )
            })
            .collect();
        (out, memo)
    }

    #[test]
    fn an_unchanged_job_is_judged_once_and_a_changed_one_again() -> anyhow::Result<()> {
        // The agent adds a download piped into a shell to `deploy`, a
        // person takes it out, the agent puts the same text back; `test`
        // changes in every other version.
        let with_pipe = |test: &str| workflow("push", PIPE, test);
        let versions = [
            (true, with_pipe("make test1")),
            (false, with_pipe("make test2")),
            (false, workflow("push", "", "make test2")),
            (true, with_pipe("make test2")),
            (false, with_pipe("make test5")),
            (false, with_pipe("make test6")),
            (false, with_pipe("make test7")),
        ];
        let dir = tempfile::tempdir()?;
        let (repo, file, shas) =
            history(dir.path(), &workflow("push", "", "make test"), &versions)?;
        let (blamed, memo) = blamed(&repo, &file);
        let pipe: Vec<_> = blamed
            .iter()
            .filter(|(w, _)| w.contains("pipes a download"))
            .collect();
        assert_eq!(pipe.len(), 1, "{blamed:#?}");
        // Not the first agent commit: the person's removal in between was
        // judged as the changed job it is.
        assert_eq!(pipe[0].1, shas[3], "{blamed:#?}");
        // Versions 6, 5, 4 and 3 are read: `deploy` is judged in 6 and 3,
        // reused in 5 and 4; `test` is judged in 6, 5 and 4 and reused in 3.
        assert_eq!((memo.judged, memo.reused), (5, 3));
        Ok(())
    }

    #[test]
    fn a_job_is_judged_again_when_the_workflow_around_it_changes() -> anyhow::Result<()> {
        // A person adds a trigger anyone can cause: `deploy`, unchanged,
        // now hands its secret to a shell an outsider starts.
        let versions = [
            (true, workflow("push", "", "make test1")),
            (false, workflow("push, issue_comment", "", "make test1")),
            (true, workflow("push, issue_comment", "", "make test3")),
            (false, workflow("push, issue_comment", "", "make test4")),
        ];
        let dir = tempfile::tempdir()?;
        let (repo, file, shas) =
            history(dir.path(), &workflow("push", "", "make test"), &versions)?;
        let (blamed, _) = blamed(&repo, &file);
        let secret: Vec<_> = blamed
            .iter()
            .filter(|(w, _)| w.contains("hands secret"))
            .collect();
        assert_eq!(secret.len(), 1, "{blamed:#?}");
        assert_eq!(secret[0].1, shas[1], "the person's trigger: {blamed:#?}");
        Ok(())
    }

    /// A workflow with one `build` job: its `env:` lines and its steps.
    fn build_job(env: &str, steps: &str) -> String {
        format!("name: ci\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n{env}    steps:\n{steps}")
    }

    #[test]
    fn a_kept_step_is_judged_again_when_its_jobs_environment_changes() -> anyhow::Result<()> {
        // The agent adds a step that prints `$TOKEN`, harmless while the job
        // has no such secret; a person then gives the job the secret, and
        // later commits change other steps. The printing step's text never
        // changes: only its job's environment makes it a risk, so the
        // person's commit introduced it.
        let echo = "      - run: echo \"$TOKEN\" | base64 -w0 > out\n";
        let env = "    env:\n      TOKEN: ${{ secrets.T }}\n";
        let steps = |build: &str, lint: &str| {
            format!("      - run: make {build}\n      - run: make {lint}\n{echo}")
        };
        let versions = [
            (true, build_job("", &steps("build", "lint"))),
            (false, build_job(env, &steps("build", "lint"))),
            (true, build_job(env, &steps("build2", "lint"))),
            (false, build_job(env, &steps("build2", "lint2"))),
        ];
        let dir = tempfile::tempdir()?;
        let base = build_job("", "      - run: make build\n");
        let (repo, file, shas) = history(dir.path(), &base, &versions)?;
        let (blamed, memo) = blamed(&repo, &file);
        let out: Vec<_> = blamed
            .iter()
            .filter(|(w, _)| w.contains("writes secret `TOKEN` out"))
            .collect();
        assert_eq!(out.len(), 1, "{blamed:#?}");
        assert!(out[0].0.contains("step 3 "), "{blamed:#?}");
        assert_eq!(out[0].1, shas[1], "the person's environment: {blamed:#?}");
        // Versions 2, 1 and 0 are read, their job changed in each: in 1 the
        // lint and printing steps are kept from 2; in 0 the environment
        // differs and all three are judged again.
        assert_eq!((memo.judged, memo.reused), (3, 0));
        assert_eq!((memo.steps_judged, memo.steps_reused), (7, 2));
        Ok(())
    }

    /// Each version of `versions` judged as blame judges it, with one memo
    /// over a fixed base, and judged whole without it: the risks must be
    /// the same, in the same order, with the same words.
    fn same_with_memo(base: &str, versions: &[String]) -> JobMemo {
        let base = Doc::parse_unlocated(base).ok();
        let mut sections = Sections::default();
        let mut memo = JobMemo::default();
        for text in versions {
            let doc = sections.parse(text).expect("readable");
            let kept =
                github_actions::workflow_memo(base.as_ref(), &doc, sections.jobs(), &mut memo);
            let whole = Doc::parse_unlocated(text).expect("readable");
            assert_eq!(
                kept,
                github_actions::workflow(base.as_ref(), &whole),
                "{text}"
            );
        }
        memo
    }

    #[test]
    fn a_kept_steps_risks_keep_their_number_job_and_order() {
        let wf = |on: &str, jobs: &str| format!("name: ci\non: [{on}]\njobs:\n{jobs}");
        let job = |id: &str, env: &str, steps: &str| {
            format!("  {id}:\n    runs-on: ubuntu-latest\n{env}    steps:\n{steps}")
        };
        let pipe = "      - run: curl -sSL https://get.example.com/i.sh | sh\n";
        let script = "      - uses: actions/github-script@v7\n        with:\n          script: ${{ github.event.issue.title }}\n          code: ${{ github.event.comment.body }}\n";
        let swapped = "      - uses: actions/github-script@v7\n        with:\n          code: ${{ github.event.comment.body }}\n          script: ${{ github.event.issue.title }}\n";
        let env = "    env:\n      TOKEN: ${{ secrets.T }}\n";
        let echo = "      - run: echo \"$TOKEN\" > t\n";
        let lint = |n: u8| format!("      - run: make lint{n}\n");
        let versions = [
            wf("push", &job("a", "", &format!("{pipe}{script}{}", lint(1)))),
            // A step inserted above: the same texts are steps 2 and 3 now.
            wf(
                "push",
                &job("a", "", &format!("{}{pipe}{script}{}", lint(0), lint(1))),
            ),
            // The same `with:` inputs in another order: their risks follow it.
            wf(
                "push",
                &job("a", "", &format!("{}{pipe}{swapped}{}", lint(0), lint(2))),
            ),
            // The same steps under another job's name, and twice in one job.
            wf(
                "push",
                &job("b", "", &format!("{}{pipe}{swapped}{}", lint(0), lint(2))),
            ),
            wf(
                "push",
                &job("b", "", &format!("{pipe}{pipe}{swapped}{}", lint(3))),
            ),
            // An environment that makes the printing step a risk, and one
            // where it is not; a trigger that hands secrets to outsiders.
            wf("push", &job("b", env, &format!("{echo}{pipe}{}", lint(3)))),
            wf("push", &job("b", "", &format!("{echo}{pipe}{}", lint(4)))),
            wf("push", &job("b", env, &format!("{echo}{pipe}{}", lint(5)))),
            wf(
                "issue_comment",
                &job("b", env, &format!("{echo}{pipe}{}", lint(6))),
            ),
            wf(
                "issue_comment",
                &job("b", env, &format!("{echo}{pipe}{}", lint(7))),
            ),
        ];
        let base = wf("push", &job("a", "", &lint(1)));
        let memo = same_with_memo(&base, &versions);
        assert!(memo.steps_reused >= 8, "{}", memo.steps_reused);
        // And the risks really differ by number, order and job.
        let whole = |t: &str| {
            github_actions::workflow(
                Doc::parse_unlocated(&base).ok().as_ref(),
                &Doc::parse_unlocated(t).expect("readable"),
            )
        };
        let what = |t: &str| -> Vec<String> { whole(t).into_iter().map(|r| r.what).collect() };
        assert!(
            what(&versions[0])[0].contains("job `a` step 1 "),
            "{:?}",
            what(&versions[0])
        );
        assert!(
            what(&versions[1])[0].contains("job `a` step 2 "),
            "{:?}",
            what(&versions[1])
        );
        assert_ne!(what(&versions[1])[1..], what(&versions[2])[1..]);
        assert!(what(&versions[7])
            .iter()
            .any(|w| w.contains("writes secret `TOKEN`")));
        assert!(!what(&versions[6])
            .iter()
            .any(|w| w.contains("writes secret `TOKEN`")));
    }

    #[test]
    fn same_tells_apart_what_values_equality_does_not() {
        let v = |t: &str| serde_yaml::from_str::<serde_yaml::Value>(t).expect("yaml");
        assert!(github_actions::same(
            &v("{a: 1, b: [x, 2.5]}"),
            &v("{a: 1, b: [x, 2.5]}")
        ));
        assert!(!github_actions::same(
            &v("{a: 1, b: 2}"),
            &v("{b: 2, a: 1}")
        ));
        assert_eq!(v("{a: 1, b: 2}"), v("{b: 2, a: 1}"));
        assert!(!github_actions::same(&v("-0.0"), &v("0.0")));
        assert!(!github_actions::same(&v("1"), &v("1.0")));
        assert!(!github_actions::same(&v("'1'"), &v("1")));
        assert!(!github_actions::same(&v("!t a"), &v("!t a")));
    }

    #[test]
    fn flow_depth_counts_nesting() {
        assert_eq!(flow_depth("a: [b, {c: d}]\nrun: ${{ x }}"), 2);
        assert_eq!(flow_depth(&"[".repeat(100)), 100);
    }

    #[test]
    fn blame_key_ignores_step_numbers() {
        assert_eq!(
            blame_key("job `a` step 3 (`x`) expands"),
            blame_key("job `a` step 12 (`x`) expands")
        );
        assert_ne!(blame_key("job `a` step 3"), blame_key("job `b` step 3"));
    }
}
