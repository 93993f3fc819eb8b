//! Which commits are the agent's (SPEC §2): co-author trailers, message
//! markers, agent author/committer accounts, `Remit-Session:` trailers, the
//! policy's own patterns, and `agents.all_commits`.

use std::sync::LazyLock;

use serde::Deserialize;

use crate::collect::git::Commit;
use crate::model::policy::AgentRules;

const AGENTS_YAML: &str = include_str!("../data/agents.yml");

/// One known agent and the marks it leaves on commits.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgentIdentity {
    pub id: String,
    pub emails: Vec<String>,
    pub names: Vec<String>,
    pub markers: Vec<String>,
    pub pr_logins: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AgentTable {
    agents: Vec<AgentIdentity>,
}

/// The built-in table of known agents (`src/data/agents.yml`).
pub fn known_agents() -> &'static [AgentIdentity] {
    static TABLE: LazyLock<Vec<AgentIdentity>> = LazyLock::new(|| {
        // The table is compiled in and covered by a test; an error here is a build defect.
        serde_yaml::from_str::<AgentTable>(AGENTS_YAML)
            .map(|t| t.agents)
            .unwrap_or_default()
    });
    &TABLE
}

/// The agent that opened a pull request, by GitHub login.
pub fn agent_for_login(login: &str) -> Option<&'static str> {
    known_agents()
        .iter()
        .find(|a| a.pr_logins.iter().any(|l| l.eq_ignore_ascii_case(login)))
        .map(|a| a.id.as_str())
}

/// Why a commit counts as the agent's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// `claude-code`, `copilot`, … or `agent` when only the policy says so.
    pub agent: String,
    pub session: Option<String>,
    /// e.g. `Co-authored-by: Claude <noreply@anthropic.com>`.
    pub reason: String,
}

/// Decides whether `commit` is an agent's. `None`: a person's commit.
pub fn attribute(commit: &Commit, rules: &AgentRules, all_commits: bool) -> Option<Attribution> {
    let session = session_trailer(&commit.message);
    let found = from_trailers(&commit.message, rules)
        .or_else(|| from_markers(&commit.message))
        .or_else(|| from_person("author", &commit.author.name, &commit.author.email, rules))
        .or_else(|| {
            from_person(
                "committer",
                &commit.committer.name,
                &commit.committer.email,
                rules,
            )
        });
    match (found, &session) {
        (Some((agent, reason)), _) => Some(Attribution {
            agent,
            session: session.map(|(_, s)| s),
            reason,
        }),
        (None, Some((key, id))) => Some(Attribution {
            agent: if key.eq_ignore_ascii_case("claude-session") {
                "claude-code".to_string()
            } else {
                "agent".to_string()
            },
            session: Some(id.clone()),
            reason: format!("{key}: {id}"),
        }),
        (None, None) if all_commits || rules.all_commits => Some(Attribution {
            agent: "agent".to_string(),
            session: None,
            reason: "agents.all_commits: true".to_string(),
        }),
        (None, None) => None,
    }
}

fn trailer_value<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let (k, v) = line.trim().split_once(':')?;
    k.trim().eq_ignore_ascii_case(key).then(|| v.trim())
}

/// `Remit-Session:` or `Claude-Session:` (any case); a session URL keeps its last segment.
fn session_trailer(message: &str) -> Option<(String, String)> {
    message.lines().find_map(|line| {
        ["Remit-Session", "Claude-Session"].iter().find_map(|key| {
            let value = trailer_value(line, key)?;
            let id = value
                .trim_end_matches('/')
                .rsplit('/')
                .next()
                .unwrap_or(value);
            (!id.is_empty()).then(|| ((*key).to_string(), id.to_string()))
        })
    })
}

fn from_trailers(message: &str, rules: &AgentRules) -> Option<(String, String)> {
    for line in message.lines() {
        let line = line.trim();
        if let Some(value) = trailer_value(line, "Co-authored-by") {
            let (name, email) = split_identity(value);
            if let Some(agent) = match_identity(name, email) {
                return Some((agent.to_string(), line.to_string()));
            }
        }
        if rules.trailers.iter().any(|p| wildcard(p, line)) {
            return Some((
                "agent".to_string(),
                format!("{line} (policy agents.trailers)"),
            ));
        }
    }
    None
}

fn from_markers(message: &str) -> Option<(String, String)> {
    for line in message.lines() {
        let lower = line.to_lowercase();
        for agent in known_agents() {
            for marker in &agent.markers {
                let m = marker.to_lowercase();
                // `aider: ` is a prefix marker; the others may sit anywhere in a line.
                let hit = if m.ends_with(": ") {
                    lower.trim_start().starts_with(&m)
                } else {
                    lower.contains(&m)
                };
                if hit {
                    return Some((
                        agent.id.clone(),
                        format!("message marker `{}`", line.trim()),
                    ));
                }
            }
        }
    }
    None
}

fn from_person(
    role: &str,
    name: &str,
    email: &str,
    rules: &AgentRules,
) -> Option<(String, String)> {
    if let Some(agent) = match_identity(name, email) {
        return Some((agent.to_string(), format!("{role} {name} <{email}>")));
    }
    rules
        .authors
        .iter()
        .any(|p| wildcard(p, email) || wildcard(p, name))
        .then(|| {
            (
                "agent".to_string(),
                format!("{role} {name} <{email}> (policy agents.authors)"),
            )
        })
}

/// `Name <email>` → (name, email); a bare value is both.
fn split_identity(value: &str) -> (&str, &str) {
    match (value.find('<'), value.rfind('>')) {
        (Some(l), Some(r)) if l < r => (value[..l].trim(), value[l + 1..r].trim()),
        _ => (value.trim(), value.trim()),
    }
}

fn match_identity(name: &str, email: &str) -> Option<&'static str> {
    known_agents()
        .iter()
        .find(|a| {
            a.emails.iter().any(|p| wildcard(p, email)) || a.names.iter().any(|p| wildcard(p, name))
        })
        .map(|a| a.id.as_str())
}

/// Case-insensitive match where `*` is any text and everything else is literal.
pub fn wildcard(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.to_lowercase().chars().collect();
    let t: Vec<char> = text.to_lowercase().chars().collect();
    let (mut pi, mut ti) = (0, 0);
    let (mut star, mut mark) = (None, 0);
    while ti < t.len() {
        if pi < p.len() && p[pi] != '*' && p[pi] == t[ti] {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ti = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|c| *c == '*')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_parses() {
        assert!(known_agents().len() >= 9, "agents.yml must parse");
        assert_eq!(agent_for_login("Copilot"), Some("copilot"));
    }

    #[test]
    fn wildcard_matching() {
        assert!(wildcard(
            "*+Copilot@users.noreply.github.com",
            "198982749+Copilot@users.noreply.github.com"
        ));
        assert!(wildcard("claude[bot]", "Claude[bot]"));
        assert!(!wildcard("claude[bot]", "claudeb"));
        assert!(wildcard(
            "Co-authored-by: *bot*",
            "co-authored-by: my-bot <x@y>"
        ));
        assert!(!wildcard("aider", "aiders"));
    }

    #[test]
    fn identities() {
        assert_eq!(
            split_identity("Claude <noreply@anthropic.com>"),
            ("Claude", "noreply@anthropic.com")
        );
        assert_eq!(
            match_identity("Claude Sonnet 4.5", "noreply@anthropic.com"),
            Some("claude-code")
        );
        assert_eq!(match_identity("Jane", "jane@example.com"), None);
        assert_eq!(
            match_identity("Jane (aider)", "jane@example.com"),
            Some("aider")
        );
    }
}
