//! The identity view: which non-human identities acted in the range — the
//! agent, the model where logged, the git identity its commits carry, its
//! sessions — and which credentials those sessions touched.

use std::collections::{BTreeMap, BTreeSet};

use crate::analysis::session::LogDigest;
use crate::normalize::CommitFacts;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CredentialUse {
    pub(crate) credential: String,
    pub(crate) session: String,
    /// First touch.
    pub(crate) seq: u64,
    pub(crate) via: String,
    pub(crate) count: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Identity {
    pub(crate) agent: String,
    pub(crate) models: Vec<String>,
    pub(crate) git_authors: Vec<String>,
    pub(crate) sessions: Vec<String>,
    pub(crate) commits: usize,
    pub(crate) credentials: Vec<CredentialUse>,
}

#[derive(Default)]
struct Acc {
    models: BTreeSet<String>,
    authors: BTreeSet<String>,
    sessions: BTreeSet<String>,
    commits: usize,
    credentials: Vec<CredentialUse>,
}

pub(crate) fn identities(commits: &[CommitFacts], logs: &[LogDigest]) -> Vec<Identity> {
    let mut by_agent: BTreeMap<String, Acc> = BTreeMap::new();
    for c in commits {
        let Some(a) = &c.attribution else { continue };
        let acc = by_agent.entry(a.agent.clone()).or_default();
        acc.commits += 1;
        acc.authors
            .insert(format!("{} <{}>", c.author.name, c.author.email));
        if let Some(s) = &a.session {
            acc.sessions.insert(s.clone());
        }
    }
    for log in logs {
        for (id, s) in &log.sessions {
            let acc = by_agent.entry(s.agent.clone()).or_default();
            acc.sessions.insert(id.clone());
            acc.models.extend(s.models.iter().cloned());
            for (credential, u) in &s.credentials {
                acc.credentials.push(CredentialUse {
                    credential: credential.clone(),
                    session: id.clone(),
                    seq: u.first.seq,
                    via: u.via.clone(),
                    count: u.count,
                });
            }
        }
    }
    by_agent
        .into_iter()
        .map(|(agent, a)| Identity {
            agent,
            models: a.models.into_iter().collect(),
            git_authors: a.authors.into_iter().collect(),
            sessions: a.sessions.into_iter().collect(),
            commits: a.commits,
            credentials: a.credentials,
        })
        .collect()
}
