//! What the audit logs say about the range before the rules run: which
//! commits a session recorded as its own, which manifest each session pinned
//! when it started, and which sessions each log holds. Attribution and
//! manifest trust need these facts, so they are read in a quick first pass
//! (a few fields a line).

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use git2::Oid;
use serde::Deserialize;

use crate::collect::git::{Commit, GitRepo};
use crate::collect::logs::{is_session_log, SESSIONS_DIR};
use crate::error::GateError;
use crate::normalize::attribution::Attribution;

/// A manifest hash a session recorded at its start, before any action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pin {
    pub(crate) session: String,
    pub(crate) manifest_sha256: String,
    pub(crate) log: String,
}

/// A `commit` event: the session says it made this commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RecordedCommit {
    pub(crate) sha: String,
    pub(crate) session: String,
    pub(crate) agent: String,
    pub(crate) log: String,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct LogFacts {
    pub(crate) pins: Vec<Pin>,
    pub(crate) commits: Vec<RecordedCommit>,
    /// Repository path of each log → the sessions its events belong to.
    pub(crate) sessions_by_log: BTreeMap<String, BTreeSet<String>>,
}

#[derive(Deserialize)]
struct Brief {
    event: String,
    #[serde(default)]
    session: String,
    #[serde(default)]
    agent: String,
    #[serde(default)]
    sha: Option<String>,
    #[serde(default)]
    manifest_sha256: Option<String>,
}

impl LogFacts {
    /// Reads the logs the range adds or grows, and the `--audit` files.
    /// Unreadable files are left to the full pass, which reports them.
    pub(crate) fn gather(
        repo: &GitRepo,
        base: Oid,
        head: Oid,
        audits: &[PathBuf],
    ) -> Result<Self, GateError> {
        let mut facts = Self::default();
        for path in repo
            .list_dir(head, SESSIONS_DIR)?
            .into_iter()
            .filter(|p| is_session_log(p))
        {
            let Some(now) = repo.file_at(head, &path)? else {
                continue;
            };
            if repo.file_at(base, &path)?.as_deref() == Some(now.as_slice()) {
                continue;
            }
            facts.read(&path, &String::from_utf8_lossy(&now));
        }
        for path in audits {
            if let Ok(bytes) = std::fs::read(path) {
                facts.read(
                    &path.display().to_string(),
                    &String::from_utf8_lossy(&bytes),
                );
            }
        }
        Ok(facts)
    }

    fn read(&mut self, name: &str, text: &str) {
        // Sessions that already did something: a later pin proves nothing.
        let mut acted: BTreeSet<String> = BTreeSet::new();
        let sessions = self.sessions_by_log.entry(name.to_string()).or_default();
        for line in text.lines() {
            let Ok(brief) = serde_json::from_str::<Brief>(line) else {
                continue;
            };
            sessions.insert(brief.session.clone());
            match brief.event.as_str() {
                "session_start" => {
                    if let Some(sha) = brief.manifest_sha256 {
                        if !acted.contains(&brief.session) {
                            self.pins.push(Pin {
                                session: brief.session,
                                manifest_sha256: sha,
                                log: name.to_string(),
                            });
                        }
                    }
                }
                "commit" => {
                    acted.insert(brief.session.clone());
                    if let Some(sha) = brief.sha.filter(|s| s.len() >= 7) {
                        self.commits.push(RecordedCommit {
                            sha: sha.to_ascii_lowercase(),
                            session: brief.session,
                            agent: brief.agent,
                            log: name.to_string(),
                        });
                    }
                }
                // A prompt is the person's, not an action of the agent.
                "prompt" => {}
                _ => {
                    acted.insert(brief.session);
                }
            }
        }
    }

    /// The session that recorded `sha` as its commit, if any.
    pub(crate) fn recorded(&self, sha: &str) -> Option<&RecordedCommit> {
        self.commits.iter().find(|c| sha.starts_with(&c.sha))
    }

    /// Binds a commit to the session the logs say made it:
    /// - a commit a session recorded (`commit` event with its sha) is that
    ///   agent's, trailer or not, and belongs to that session;
    /// - an agent commit that names no session but adds or grows the log of
    ///   exactly one session belongs to that session.
    pub(crate) fn bind(&self, commit: &Commit, who: &mut Option<Attribution>) {
        if let Some(rec) = self.recorded(&commit.sha) {
            match who {
                None => {
                    *who = Some(Attribution {
                        agent: if rec.agent.is_empty() {
                            "agent".to_string()
                        } else {
                            rec.agent.clone()
                        },
                        session: Some(rec.session.clone()),
                        reason: format!(
                            "recorded as a commit of session `{}` in {}",
                            rec.session, rec.log
                        ),
                    });
                    return;
                }
                Some(a) if a.session.is_none() => {
                    a.session = Some(rec.session.clone());
                    return;
                }
                Some(_) => return,
            }
        }
        let Some(a) = who.as_mut().filter(|a| a.session.is_none()) else {
            return;
        };
        let logged: BTreeSet<&String> = commit
            .changes
            .iter()
            .filter_map(|c| c.new.as_ref())
            .filter(|s| is_session_log(&s.path))
            .filter_map(|s| self.sessions_by_log.get(&s.path))
            .flatten()
            .collect();
        if logged.len() == 1 {
            a.session = logged.into_iter().next().cloned();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pin_counts_only_before_the_first_action() {
        let mut f = LogFacts::default();
        f.read(
            "a.jsonl",
            concat!(
                "{\"v\":1,\"seq\":0,\"session\":\"s1\",\"agent\":\"claude-code\",\"event\":\"session_start\",\"manifest_sha256\":\"aa\"}\n",
                "{\"v\":1,\"seq\":1,\"session\":\"s1\",\"agent\":\"claude-code\",\"event\":\"exec\",\"command\":\"ls\"}\n",
                "{\"v\":1,\"seq\":2,\"session\":\"s1\",\"agent\":\"claude-code\",\"event\":\"session_start\",\"manifest_sha256\":\"bb\"}\n",
                "{\"v\":1,\"seq\":3,\"session\":\"s1\",\"agent\":\"claude-code\",\"event\":\"commit\",\"sha\":\"0123456789ab\"}\n",
            ),
        );
        assert_eq!(f.pins.len(), 1);
        assert_eq!(f.pins[0].manifest_sha256, "aa");
        assert_eq!(
            f.recorded("0123456789abcdef").map(|c| c.session.as_str()),
            Some("s1")
        );
        assert!(f.recorded("fedcba").is_none());
    }
}
