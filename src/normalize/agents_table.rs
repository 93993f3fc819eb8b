//! A hand-written reader for the layout `src/data/agents.yml` is written in.
//!
//! The YAML reader cost 2.6 M instructions on every run for 10.8 KB. This
//! reader accepts only the table's own layout (entries of `key: [...]` lines
//! of double-quoted strings without escapes) and answers `None` on anything
//! else, which the caller then reads with the YAML reader: the file stays the
//! one source of truth, and a test checks both readers agree on it.

use super::attribution::{AgentIdentity, AgentTable, Suggester};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    Top,
    Agents,
    Suggesters,
}

/// Fields of one entry, by key, before it is known to be whole.
#[derive(Default)]
struct Fields {
    id: String,
    lists: Vec<(&'static str, Vec<String>)>,
}

const AGENT_KEYS: &[&str] = &[
    "emails",
    "names",
    "logins",
    "products",
    "domains",
    "markers",
    "pr_logins",
];
const SUGGESTER_KEYS: &[&str] = &["emails", "names"];

impl Fields {
    /// The list under `key`, taken; every key must be there exactly once.
    fn take(&mut self, key: &str) -> Option<Vec<String>> {
        let i = self.lists.iter().position(|(k, _)| *k == key)?;
        Some(self.lists.swap_remove(i).1)
    }

    fn agent(mut self) -> Option<AgentIdentity> {
        let a = AgentIdentity {
            id: std::mem::take(&mut self.id),
            emails: self.take("emails")?,
            names: self.take("names")?,
            logins: self.take("logins")?,
            products: self.take("products")?,
            domains: self.take("domains")?,
            markers: self.take("markers")?,
            pr_logins: self.take("pr_logins")?,
        };
        self.lists.is_empty().then_some(a)
    }

    fn suggester(mut self) -> Option<Suggester> {
        let s = Suggester {
            id: std::mem::take(&mut self.id),
            emails: self.take("emails")?,
            names: self.take("names")?,
        };
        self.lists.is_empty().then_some(s)
    }
}

/// The table `text` spells, or `None` when it strays from the layout.
pub(crate) fn read(text: &str) -> Option<AgentTable> {
    let mut section = Section::Top;
    let mut agents = Vec::new();
    let mut suggesters = Vec::new();
    let mut words = None;
    // Each top-level key once, as the YAML reader requires.
    let (mut seen_agents, mut seen_suggesters) = (false, false);
    let mut open: Option<Fields> = None;
    for line in text.lines() {
        let content = line.trim_start_matches(' ');
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        if let Some(id) = line.strip_prefix("  - id: ") {
            if section == Section::Top || !plain_id(id) {
                return None;
            }
            close(section, open.take(), &mut agents, &mut suggesters)?;
            open = Some(Fields {
                id: id.to_string(),
                lists: Vec::new(),
            });
        } else if let Some(field) = line.strip_prefix("    ") {
            let fields = open.as_mut()?;
            let (key, value) = field.split_once(": ")?;
            let keys = match section {
                Section::Agents => AGENT_KEYS,
                _ => SUGGESTER_KEYS,
            };
            let key = *keys.iter().find(|k| **k == key)?;
            if fields.lists.iter().any(|(k, _)| *k == key) {
                return None;
            }
            fields.lists.push((key, strings(value)?));
        } else {
            close(section, open.take(), &mut agents, &mut suggesters)?;
            section = match line {
                "agents:" if !seen_agents => {
                    seen_agents = true;
                    Section::Agents
                }
                "suggesters:" if !seen_suggesters => {
                    seen_suggesters = true;
                    Section::Suggesters
                }
                _ => {
                    let value = line.strip_prefix("agent_login_words: ")?;
                    if words.is_some() {
                        return None;
                    }
                    words = Some(strings(value)?);
                    Section::Top
                }
            };
        }
    }
    close(section, open.take(), &mut agents, &mut suggesters)?;
    (seen_agents && seen_suggesters && !agents.is_empty() && !suggesters.is_empty())
        .then_some(())?;
    Some(AgentTable {
        agents,
        agent_login_words: words?,
        suggesters,
    })
}

/// Ends the entry being read: it must have every key of its section.
fn close(
    section: Section,
    open: Option<Fields>,
    agents: &mut Vec<AgentIdentity>,
    suggesters: &mut Vec<Suggester>,
) -> Option<()> {
    if let Some(f) = open {
        match section {
            Section::Agents => agents.push(f.agent()?),
            Section::Suggesters => suggesters.push(f.suggester()?),
            Section::Top => return None,
        }
    }
    Some(())
}

/// An id YAML reads as the same plain string: a letter, then letters,
/// digits and `-`, and none of the words YAML reads as a boolean or null.
fn plain_id(id: &str) -> bool {
    id.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !matches!(
            id.to_ascii_lowercase().as_str(),
            "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n"
        )
}

/// `["a", "b"]`: double-quoted strings without escapes or control
/// characters, `, ` between them, nothing after the `]`.
fn strings(value: &str) -> Option<Vec<String>> {
    let inner = value.strip_prefix('[')?.strip_suffix(']')?;
    let mut out = Vec::new();
    if inner.is_empty() {
        return Some(out);
    }
    for item in inner.split(", ") {
        let s = item.strip_prefix('"')?.strip_suffix('"')?;
        if s.contains(['"', '\\']) || s.chars().any(char::is_control) {
            return None;
        }
        out.push(s.to_string());
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml(text: &str) -> Option<AgentTable> {
        serde_yaml::from_str(text).ok()
    }

    #[test]
    fn reads_the_table_as_the_yaml_reader_does() {
        let text = super::super::attribution::AGENTS_YAML;
        let fast = read(text);
        assert!(
            fast.is_some(),
            "agents.yml strays from the hand reader's layout"
        );
        assert_eq!(fast, yaml(text));
    }

    #[test]
    fn anything_else_is_left_to_the_yaml_reader() {
        let text = super::super::attribution::AGENTS_YAML;
        // Each edit either reads as YAML reads it or is refused.
        let edits: &[(&str, &str)] = &[
            ("agents:", "agents:  # all of them"),
            ("    names: [", "    names:  ["),
            ("\"Claude\", ", "\"Claude\",  "),
            ("\"Claude\"", "'Claude'"),
            ("\"Claude\"", "\"Cla\\u0075de\""),
            ("\"Claude\"", "\"Claude # x\""),
            ("  - id: codex", "  - id: true"),
            ("  - id: codex", "  - id: \"codex\""),
            ("  - id: codex", "  -  id: codex"),
            ("    markers: []\n", ""),
            ("    markers: []\n", "    markers: []\n    markers: []\n"),
            ("    markers: []\n", "    markers: []\n    extra: []\n"),
            (
                "    names: [\"gemini-code-assist[bot]\"]",
                "    names: [\"a\"]\n    logins: []",
            ),
            ("suggesters:", "suggesters: []\nsuggesters:"),
            ("agent_login_words: [", "agent_login_words: [\"x\", "),
            (
                "agent_login_words:",
                "agent_login_words: []\nagent_login_words:",
            ),
            ("agents:\n", "agents:\n\n# a comment\n   \n"),
        ];
        for (from, to) in edits {
            assert!(text.contains(from), "{from:?}");
            let edited = text.replacen(from, to, 1);
            if let Some(fast) = read(&edited) {
                assert_eq!(Some(fast), yaml(&edited), "{from:?} -> {to:?}");
            }
        }
        assert!(read("agents:\n  - id: a\n    emails: []\n").is_none());
        assert!(read("").is_none());
    }
}
