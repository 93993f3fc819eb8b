//! Stage 2: plain data for the rules. Which commits are the agent's, and for
//! every path they touched, which protected categories it belongs to and why.

mod agents_table;
pub(crate) mod attribution;
pub(crate) mod codeowners;
pub(crate) mod iac;
pub(crate) mod log;

use crate::model::glob::Candidate;

use crate::collect::files::{Contents, Manifests};
use crate::collect::git::{Change, ChangeKind, Commit, FileKind, Person};
use crate::collect::refs::RepoFacts;
use crate::collect::semantic::Watched;
use crate::model::auth_path::{self, ContentSignal};
use crate::model::category::{self, AGENT_CONFIG, AUTH, PIPELINE, REVIEW_GATE};
use crate::model::manifest::{Manifest, MANIFEST_DIR};
use crate::model::policy::Policy;
use attribution::Attribution;

/// Why a path belongs to a category.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CategoryHit {
    pub(crate) category: String,
    /// `glob `/.github/workflows/**` (built-in)`, `path word `oauth``, ...
    pub(crate) why: String,
    pub(crate) line: Option<usize>,
    /// IaC content that grants broad privilege: no manifest grant covers it.
    pub(crate) escalation: bool,
}

/// One path an agent commit touched (both sides of a rename count).
#[derive(Debug, Clone)]
pub(crate) struct Touch {
    pub(crate) path: String,
    pub(crate) change: ChangeKind,
    /// `symlink`, `submodule`, `mode file → executable`, `renamed to x`, ...
    pub(crate) note: Option<String>,
    pub(crate) categories: Vec<CategoryHit>,
    /// Under `.remit/`: the gate's own input, judged by the manifest rules.
    pub(crate) remit_input: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct CommitFacts {
    pub(crate) sha: String,
    pub(crate) summary: String,
    pub(crate) author: Person,
    pub(crate) attribution: Option<Attribution>,
    pub(crate) touches: Vec<Touch>,
}

impl CommitFacts {
    pub(crate) fn is_agent(&self) -> bool {
        self.attribution.is_some()
    }

    pub(crate) fn session(&self) -> Option<&str> {
        self.attribution.as_ref().and_then(|a| a.session.as_deref())
    }

    /// The agent that wrote the commit, as findings name it.
    pub(crate) fn agent_name(&self) -> &str {
        self.attribution
            .as_ref()
            .map_or("agent", |a| a.agent.as_str())
    }
}

/// Everything the rules look at.
pub(crate) struct Context<'a> {
    pub(crate) policy: &'a Policy,
    pub(crate) manifests: &'a Manifests,
    pub(crate) commits: Vec<CommitFacts>,
    /// The audit logs of the range (digested while streaming).
    pub(crate) logs: Vec<crate::analysis::session::LogDigest>,
    /// Pipeline and CODEOWNERS files agent commits changed, base and head.
    pub(crate) watched: Watched,
    /// The branch the range is on, when known (manifests can be bound to it).
    pub(crate) branch: Option<String>,
    /// Reads a blob's text back: the watched files' history keeps objects,
    /// not texts. Without one, blame finds every earlier version unreadable.
    pub(crate) blobs: Option<&'a dyn Fn(git2::Oid) -> Option<String>>,
}

impl Context<'_> {
    /// The manifests governing a commit of `session`.
    ///
    /// A manifest that names the session governs it alone: an unbound
    /// manifest never widens what a bound one says for the same session.
    /// Otherwise the unbound manifests govern. A commit that names no session
    /// is governed by the one manifest in force when there is exactly one and
    /// no agent commit of the range belongs to a session it does not list.
    pub(crate) fn manifests_for(&self, session: Option<&str>) -> Vec<&Manifest> {
        let declared: Vec<&Manifest> = self
            .manifests
            .declared
            .iter()
            .filter(|m| m.applies_on(self.branch.as_deref()))
            .collect();
        if let Some(s) = session {
            let bound: Vec<&Manifest> = declared
                .iter()
                .copied()
                .filter(|m| m.sessions.iter().any(|x| x == s))
                .collect();
            if !bound.is_empty() {
                return bound;
            }
        }
        let unbound: Vec<&Manifest> = declared
            .iter()
            .copied()
            .filter(|m| m.sessions.is_empty())
            .collect();
        if !unbound.is_empty() || session.is_some() {
            return unbound;
        }
        match declared.as_slice() {
            [only]
                if self
                    .commits
                    .iter()
                    .filter_map(CommitFacts::session)
                    .all(|s| only.sessions.iter().any(|x| x == s)) =>
            {
                vec![*only]
            }
            _ => Vec::new(),
        }
    }
}

pub(crate) fn context<'a>(
    policy: &'a Policy,
    manifests: &'a Manifests,
    commits: &[Commit],
    attribution: Vec<Option<Attribution>>,
    contents: &Contents,
    facts: &RepoFacts,
) -> Context<'a> {
    let found = iac::Found::default();
    let commits = commits
        .iter()
        .zip(attribution)
        .map(|(commit, attribution)| {
            let touches = if attribution.is_some() {
                commit
                    .changes
                    .iter()
                    .flat_map(|c| touches(c, policy, contents, facts, &found))
                    .collect()
            } else {
                Vec::new()
            };
            CommitFacts {
                sha: commit.sha.clone(),
                summary: commit.summary.clone(),
                author: commit.author.clone(),
                attribution,
                touches,
            }
        })
        .collect();
    Context {
        policy,
        manifests,
        commits,
        logs: Vec::new(),
        watched: Watched::default(),
        branch: None,
        blobs: None,
    }
}

fn touches(
    change: &Change,
    policy: &Policy,
    contents: &Contents,
    facts: &RepoFacts,
    found: &iac::Found,
) -> Vec<Touch> {
    let resources = resource_hits(change, contents, found);
    change
        .paths()
        .map(|path| {
            let under_remit = path == MANIFEST_DIR || path.starts_with(".remit/");
            let remit_input = under_remit && is_remit_input(change, path);
            let mut categories = if remit_input {
                Vec::new()
            } else {
                path_categories(path, policy)
            };
            if under_remit && !remit_input {
                categories.push(CategoryHit {
                    category: REVIEW_GATE.to_string(),
                    why: "`.remit/` is the gate's own input: it holds task manifests and session logs as regular files, nothing else".to_string(),
                    line: None,
                    escalation: false,
                });
            }
            if !remit_input {
                content_judgement(change, path, policy, facts, &mut categories);
                for hit in indirect_hits(change, path, policy, facts) {
                    if !categories.iter().any(|c| c.category == hit.category) {
                        categories.push(hit);
                    }
                }
                for hit in &resources {
                    if hit.escalation {
                        // The escalation says more than the plain category hit.
                        categories.retain(|c| c.category != hit.category || c.escalation);
                        categories.push(hit.clone());
                    } else if !categories.iter().any(|c| c.category == hit.category) {
                        categories.push(hit.clone());
                    }
                }
            }
            Touch {
                path: path.to_string(),
                change: change.kind,
                note: note(change, path),
                categories,
                remit_input,
            }
        })
        .collect()
}

/// Whether `path` under `.remit/` is what the gate reads there — a task
/// manifest or a session log, as a regular (non-executable) file on every
/// side of the change. Anything else there (a symlink, a submodule, an
/// executable, any other file) steers the gate or the recorder and is
/// judged as a review-gate path.
fn is_remit_input(change: &Change, path: &str) -> bool {
    let known = crate::model::manifest::is_manifest_path(path)
        || crate::collect::logs::is_session_log(path);
    known
        && change
            .old
            .iter()
            .chain(change.new.iter())
            .all(|s| s.kind == FileKind::Regular)
}

pub(crate) fn path_categories(path: &str, policy: &Policy) -> Vec<CategoryHit> {
    let candidate = Candidate::new(path);
    policy
        .categories
        .iter()
        .filter_map(|cat| {
            category_reason(cat, path, &candidate).map(|why| CategoryHit {
                category: cat.name.clone(),
                why,
                line: None,
                escalation: false,
            })
        })
        .collect()
}

/// Whether `path` is in the category named `name`: what [`path_categories`]
/// finds of it, without asking the other categories.
pub(crate) fn in_category(path: &str, policy: &Policy, name: &str) -> bool {
    let candidate = Candidate::new(path);
    policy
        .categories
        .iter()
        .filter(|cat| cat.name == name)
        .any(|cat| {
            // Whether it has a reason needs no glob when the built-in
            // pipeline one, a few string tests, gives it (nearly every CI
            // definition: asking the pipeline globs one by one cost ~23,000
            // instructions a path).
            if cat.builtin && cat.name == PIPELINE && category::is_pipeline(path) {
                return !cat.exclude.is_match(&candidate);
            }
            category_reason(cat, path, &candidate).is_some()
        })
}

/// Why `path` is in `cat`, if it is.
fn category_reason(
    cat: &crate::model::policy::Category,
    path: &str,
    candidate: &Candidate<'_>,
) -> Option<String> {
    if cat.exclude.is_match(candidate) {
        return None;
    }
    let glob = cat.globs.first_match(candidate).filter(|(_, origin)| {
        // A Jenkinsfile among a test's fixtures is data, not the pipeline.
        !(origin.source == "built-in" && cat.name == PIPELINE && category::under_fixture(path))
    });
    match glob {
        Some((_, origin)) => Some(format!("glob {origin}")),
        None if cat.builtin => builtin_reason(&cat.name, path, &cat.ignore_words),
        None => None,
    }
}

/// Lets the content of a source file the agent wrote confirm or overrule
/// the path judgement of `auth`: an auth library makes it auth whatever its
/// name; a database layer with no auth library makes an ORM `session` not.
fn content_judgement(
    change: &Change,
    path: &str,
    policy: &Policy,
    facts: &RepoFacts,
    categories: &mut Vec<CategoryHit>,
) {
    let Some(markers) = change
        .new
        .as_ref()
        .filter(|s| s.path == path)
        .and_then(|s| facts.texts.get(&s.oid))
    else {
        return;
    };
    let Some(auth) = policy.category(AUTH) else {
        return;
    };
    if auth.exclude.is_match(&Candidate::new(path)) {
        return;
    }
    match auth_path::signal(path, *markers) {
        Some(ContentSignal::Auth(marker)) if !categories.iter().any(|c| c.category == AUTH) => {
            categories.push(CategoryHit {
                category: AUTH.to_string(),
                why: format!("content uses `{marker}` (built-in)"),
                line: None,
                escalation: false,
            });
        }
        Some(ContentSignal::NotAuth(_)) => {
            // Only the built-in word judgement is overruled, never a glob.
            categories.retain(|c| c.category != AUTH || c.why.starts_with("glob "));
        }
        _ => {}
    }
}

/// Categories `path` takes from elsewhere: a CI definition that runs it, a
/// protected symlink on base it is written through, or the protected name a
/// symlink or submodule now occupies (`.claude -> docs/x`).
fn indirect_hits(
    change: &Change,
    path: &str,
    policy: &Policy,
    facts: &RepoFacts,
) -> Vec<CategoryHit> {
    let hit = |category: &str, why: String| CategoryHit {
        category: category.to_string(),
        why,
        line: None,
        escalation: false,
    };
    let mut hits = Vec::new();
    let pipeline_excluded = policy
        .category(PIPELINE)
        .is_some_and(|c| c.exclude.is_match(&Candidate::new(path)));
    if let (Some(why), false) = (facts.ci_reason(path), pipeline_excluded) {
        hits.push(hit(PIPELINE, why));
    }
    for (as_path, link) in facts.linked_as(path) {
        for h in path_categories(&as_path, policy) {
            hits.push(hit(
                &h.category,
                format!(
                    "written through symlink `{}` → `{}`, as `{as_path}` ({})",
                    link.link, link.target, h.why
                ),
            ));
        }
    }
    let side = change
        .new
        .as_ref()
        .filter(|s| s.path == path)
        .or(change.old.as_ref().filter(|s| s.path == path));
    if let Some(s) = side.filter(|s| matches!(s.kind, FileKind::Symlink | FileKind::Gitlink)) {
        for h in path_categories(&format!("{path}/x"), policy) {
            hits.push(hit(
                &h.category,
                format!("{} at a protected folder name ({})", s.kind.as_str(), h.why),
            ));
        }
    }
    hits
}

/// Every category `path` belongs to in a tree, with the reason: its own
/// name, a CI definition that runs it, a protected symlink it is reached by.
pub(crate) fn protected_reasons(
    path: &str,
    policy: &Policy,
    facts: &RepoFacts,
) -> Vec<CategoryHit> {
    let mut hits = path_categories(path, policy);
    let pipeline_excluded = policy
        .category(PIPELINE)
        .is_some_and(|c| c.exclude.is_match(&Candidate::new(path)));
    if let (Some(why), false) = (facts.ci_reason(path), pipeline_excluded) {
        if !hits.iter().any(|h| h.category == PIPELINE) {
            hits.push(CategoryHit {
                category: PIPELINE.to_string(),
                why,
                line: None,
                escalation: false,
            });
        }
    }
    for (as_path, link) in facts.linked_as(path) {
        for h in path_categories(&as_path, policy) {
            if !hits.iter().any(|c| c.category == h.category) {
                hits.push(CategoryHit {
                    why: format!(
                        "written through symlink `{}` → `{}`",
                        link.link, link.target
                    ),
                    ..h
                });
            }
        }
    }
    hits
}

/// What makes `path` part of a built-in category besides its globs.
fn builtin_reason(category: &str, path: &str, ignore_words: &[String]) -> Option<String> {
    match category {
        AUTH => category::auth_reason(path, ignore_words),
        PIPELINE => category::pipeline_reason(path),
        AGENT_CONFIG => category::agent_config_reason(path),
        _ => None,
    }
}

/// IaC identity / protection resources added, removed or changed by `change`.
fn resource_hits(change: &Change, contents: &Contents, found: &iac::Found) -> Vec<CategoryHit> {
    let text =
        |side: &Option<crate::collect::git::Side>| -> Result<Option<(git2::Oid, &str)>, String> {
            match side {
                Some(s) if iac::inspects(&s.path) => match contents.get(&s.oid) {
                    Some(Some(t)) => Ok(Some((s.oid, t.as_str()))),
                    Some(None) if iac::large_counts(&s.path) => Err(s.path.clone()),
                    Some(None) => Ok(None),
                    None => Ok(None),
                },
                _ => Ok(None),
            }
        };
    let path = change
        .new
        .as_ref()
        .or(change.old.as_ref())
        .map(|s| s.path.as_str())
        .unwrap_or_default();
    match (text(&change.old), text(&change.new)) {
        (Err(p), _) | (_, Err(p)) => vec![CategoryHit {
            category: AUTH.to_string(),
            why: format!(
                "{p} cannot be inspected for identity resources (larger than {} MiB, a Git LFS pointer, or not text, e.g. encrypted by a .gitattributes filter): content remit cannot read is judged as identity work",
                iac::MAX_INSPECTED_BYTES / (1024 * 1024)
            ),
            line: None,
            escalation: false,
        }],
        (Ok(None), Ok(None)) => Vec::new(),
        (Ok(old), Ok(new)) => found
            .changed(path, old, new)
            .into_iter()
            .map(|r| CategoryHit {
                category: r.category.to_string(),
                why: format!("{} resource `{}` {}", r.category, r.resource, r.how),
                line: Some(r.line),
                escalation: false,
            })
            .chain(
                iac::new_escalations(path, old.map(|(_, t)| t), new.map(|(_, t)| t))
                    .into_iter()
                    .map(|e| CategoryHit {
                        category: AUTH.to_string(),
                        why: format!("{} in `{}`", e.what, e.resource),
                        line: Some(e.line),
                        escalation: true,
                    }),
            )
            .collect(),
    }
}

fn note(change: &Change, path: &str) -> Option<String> {
    let kind_of = |s: &Option<crate::collect::git::Side>| s.as_ref().map(|s| s.kind);
    match (&change.old, &change.new) {
        (Some(o), Some(n)) if change.kind == ChangeKind::Renamed => {
            if path == o.path {
                Some(format!("{} to {}", change.kind.as_str(), n.path))
            } else {
                Some(format!("{} from {}", change.kind.as_str(), o.path))
            }
        }
        _ if change.mode_changed() => Some(format!(
            "{} → {}",
            kind_of(&change.old).map_or("none", |k| k.as_str()),
            kind_of(&change.new).map_or("none", |k| k.as_str())
        )),
        (_, Some(n)) if matches!(n.kind, FileKind::Symlink | FileKind::Gitlink) => {
            Some(n.kind.as_str().to_string())
        }
        (Some(o), None) if matches!(o.kind, FileKind::Symlink | FileKind::Gitlink) => {
            Some(o.kind.as_str().to_string())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_category_is_what_the_reasons_say() -> anyhow::Result<()> {
        let custom = Policy::parse(
            "version: 1\ncategories:\n  pipeline:\n    paths: [\"deploy/**\", \"*.mk\"]\n    exclude: [\".github/workflows/skip.yml\", \"ci/old/**\"]\n",
            "p.yml",
        )?;
        let paths = [
            ".github/workflows/ci.yml",
            ".github/workflows/skip.yml",
            ".github/dependabot.yml",
            ".github/CODEOWNERS",
            ".gitlab-ci.yml",
            "ci/build.sh",
            "ci/old/build.yml",
            "tests/fixtures/ci/build.yml",
            "tests/fixtures/Jenkinsfile",
            "Jenkinsfile",
            "scripts/ci-check.sh",
            "scripts/check.sh",
            "deploy/app.yml",
            "rules.mk",
            ".circleci/config.yml",
            "azure-pipelines.yml",
            "docs/ci.md",
            "src/main.rs",
            "crates/x/Cargo.toml",
            ".goreleaser.yml",
            "sub/.goreleaser.yml",
        ];
        let mut pipeline = 0;
        for policy in [&Policy::builtin()?, &custom] {
            for path in paths {
                let reasons = path_categories(path, policy)
                    .iter()
                    .any(|h| h.category == PIPELINE);
                assert_eq!(in_category(path, policy, PIPELINE), reasons, "{path}");
                pipeline += usize::from(reasons);
            }
        }
        // Both answers occur, the excluded paths among the noes.
        assert!(pipeline > 10 && pipeline < 2 * paths.len(), "{pipeline}");
        assert!(!in_category(
            ".github/workflows/skip.yml",
            &custom,
            PIPELINE
        ));
        assert!(in_category(
            ".github/workflows/skip.yml",
            &Policy::builtin()?,
            PIPELINE
        ));
        Ok(())
    }
}
