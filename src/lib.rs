//! remit: a PR gate for code written by AI coding agents.
//!
//! The pipeline runs one way — collect → normalize → rules → verdict →
//! report — and every command shares it (`gate::run`). Only
//! `collect` does I/O; everything after it is plain data.

#[macro_use]
mod stdout;
mod analysis;
mod approval;
mod audit;
mod cli;
mod collect;
mod commands;
mod entry;
mod error;
mod finding;
mod gate;
mod hash;
mod model;
mod normalize;
mod notices;
mod publish;
mod redact;
mod report;
mod rules;
mod scan;
#[doc(hidden)]
pub mod testkit;
mod verdict;

pub use entry::main;

/// The few items the integration tests and the evaluation examples under
/// `examples/` reach directly; not a stable API.
#[doc(hidden)]
pub mod test_api {
    /// Where the recorder keeps the heads of the log `log_name` of the
    /// repository at `root`, under the state folder `state`.
    pub fn heads_file(
        state: &std::path::Path,
        root: &std::path::Path,
        log_name: &str,
    ) -> std::path::PathBuf {
        use crate::audit::heads;
        heads::heads_file(&heads::repo_heads_dir(state, root), log_name)
    }

    /// remit's redaction of one text.
    pub fn redact(text: &str) -> String {
        crate::redact::redact(text).into_owned()
    }

    /// How remit attributes a commit with these identities and message,
    /// under the default policy: `Agent(agent, reason)`, `Suggested(bot,
    /// why)` for a person's commit of an agent's suggestion, or `Person`.
    pub fn attribution(author: (&str, &str), committer: (&str, &str), message: &str) -> Attributed {
        use crate::collect::git::{Commit, Person};
        use crate::normalize::attribution::{attribute, suggested_by};
        let person = |(name, email): (&str, &str)| Person {
            name: name.to_string(),
            email: email.to_string(),
        };
        let commit = Commit {
            oid: git2::Oid::zero(),
            sha: "0".repeat(40),
            author: person(author),
            committer: person(committer),
            message: message.to_string(),
            summary: message.lines().next().unwrap_or("").to_string(),
            changes: Vec::new(),
            merge: false,
        };
        let rules = crate::model::policy::AgentRules::default();
        match attribute(&commit, &rules, false) {
            Some(a) => Attributed::Agent(a.agent, a.reason),
            None => match suggested_by(&commit) {
                Some((bot, why)) => Attributed::Suggested(bot, why),
                None => Attributed::Person,
            },
        }
    }

    /// See [`attribution`].
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub enum Attributed {
        Agent(String, String),
        Suggested(String, String),
        Person,
    }

    pub use crate::hash::sha256_hex;
    pub use crate::model::auth_path::judge as judge_auth_path;
    pub use crate::model::event::{check_link, line_hash, Event, EventKind};
    pub use crate::model::manifest::MANIFEST_TEMPLATE_YAML;
    pub use crate::model::policy::DEFAULT_POLICY_YAML;
    pub use crate::model::schema::SCHEMA_BASE_URL;

    /// `git log --name-status`-style lines of each commit in `base..head`,
    /// as remit's own tree diff sees them: `(sha, summary, lines)`.
    pub fn name_status(
        dir: &std::path::Path,
        base: &str,
        head: &str,
    ) -> anyhow::Result<Vec<(String, String, Vec<String>)>> {
        use crate::collect::git::{ChangeKind, GitRepo};
        let repo = GitRepo::open(dir)?;
        let commits = repo.range(repo.resolve(base)?, repo.resolve(head)?)?;
        Ok(commits
            .iter()
            .map(|c| {
                let mut lines: Vec<String> = c
                    .changes
                    .iter()
                    .map(|ch| {
                        let status = match ch.kind {
                            ChangeKind::Added => "A",
                            ChangeKind::Deleted => "D",
                            ChangeKind::Modified => "M",
                            ChangeKind::Renamed => "R",
                            ChangeKind::TypeChanged => "T",
                        };
                        let paths: Vec<&str> = match (&ch.old, &ch.new) {
                            (Some(o), Some(n)) if ch.kind == ChangeKind::Renamed => {
                                vec![&o.path, &n.path]
                            }
                            (_, Some(n)) => vec![&n.path],
                            (Some(o), None) => vec![&o.path],
                            (None, None) => vec![],
                        };
                        std::iter::once(status)
                            .chain(paths)
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .collect();
                lines.sort();
                (c.sha.clone(), c.summary.clone(), lines)
            })
            .collect())
    }
}
