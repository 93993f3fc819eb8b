//! What a change to a pipeline file does: the base and head versions of a
//! GitHub workflow, a composite action or GitLab CI file are compared and
//! every change that widens privilege, exposes secrets or switches off a
//! check becomes a [`Risk`], located at its line in the head version.

use crate::collect::semantic::{PipelineFile, PipelineKind, Version};
use crate::finding::Severity;
use crate::normalize::yaml_doc::Doc;
use crate::normalize::{github_actions, gitlab_ci};

/// One risky change in one pipeline file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Risk {
    /// The job (or `composite action`) it is in, when it is in one.
    pub job: Option<String>,
    /// Line in the head version (in the base version for a deleted file).
    pub line: Option<usize>,
    /// What changed, one line.
    pub what: String,
    /// Why that is a risk, one line.
    pub why: String,
    pub severity: Severity,
    /// Extra facts: the base value, the trigger, ...
    pub evidence: Vec<String>,
}

impl Risk {
    pub fn new(what: impl Into<String>, why: impl Into<String>, severity: Severity) -> Self {
        Self {
            job: None,
            line: None,
            what: what.into(),
            why: why.into(),
            severity,
            evidence: Vec::new(),
        }
    }

    pub fn job(mut self, job: Option<&str>) -> Self {
        self.job = job.map(str::to_string);
        self
    }

    pub fn line(mut self, line: Option<usize>) -> Self {
        self.line = line;
        self
    }

    pub fn evidence(mut self, e: impl Into<String>) -> Self {
        self.evidence.push(e.into());
        self
    }
}

/// The risks of one changed pipeline file. A head version remit cannot read
/// is itself a risk: a gate that cannot look must not pass.
pub fn analyze(file: &PipelineFile) -> Vec<Risk> {
    let base = file.base.as_ref().and_then(|v| readable(v).ok());
    let head = match &file.head {
        None => None,
        Some(v) => match readable(v) {
            Ok(doc) => Some(doc),
            Err(risk) => return vec![risk],
        },
    };
    match (file.kind, head) {
        (PipelineKind::GithubWorkflow, Some(head)) => {
            github_actions::workflow(base.as_ref(), &head)
        }
        (PipelineKind::GithubWorkflow, None) => base
            .as_ref()
            .map(github_actions::workflow_deleted)
            .unwrap_or_default(),
        (PipelineKind::Action, Some(head)) => github_actions::action(base.as_ref(), &head),
        (PipelineKind::Action, None) => Vec::new(),
        (PipelineKind::GitlabCi, Some(head)) => gitlab_ci::check(base.as_ref(), &head),
        (PipelineKind::GitlabCi, None) => base
            .as_ref()
            .map(|b| gitlab_ci::check(Some(b), &Doc::empty()))
            .unwrap_or_default(),
    }
}

fn readable(v: &Version) -> Result<Doc, Risk> {
    const WHY: &str = "remit cannot tell what this pipeline now does, so it does not pass it";
    let text = v.text.as_ref().map_err(|why| {
        Risk::new(
            format!("`{}` cannot be inspected: {why}", v.path),
            WHY,
            Severity::High,
        )
    })?;
    let doc = Doc::parse(text).map_err(|e| {
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
