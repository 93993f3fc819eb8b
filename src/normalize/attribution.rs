//! Which commits are the agent's (SPEC §2): co-author trailers, message
//! markers, agent author/committer accounts, `Remit-Session:` trailers, the
//! policy's own patterns, and `agents.all_commits`.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use crate::collect::git::Commit;
use crate::model::policy::{AgentRules, Suggestions};

pub(super) const AGENTS_YAML: &str = include_str!("../data/agents.yml");

/// One known agent and the marks it leaves on commits (see `agents.yml`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AgentIdentity {
    pub(crate) id: String,
    /// Addresses that are the agent on their own.
    pub(crate) emails: Vec<String>,
    /// Names that are the agent on their own (bot accounts, product agents).
    pub(crate) names: Vec<String>,
    /// GitHub accounts, matched against noreply addresses.
    pub(crate) logins: Vec<String>,
    /// Plain product names: the agent only with one of its domains, a
    /// noreply address of its logins, or no address (a person may carry them).
    pub(crate) products: Vec<String>,
    pub(crate) domains: Vec<String>,
    pub(crate) markers: Vec<String>,
    pub(crate) pr_logins: Vec<String>,
}

/// A review bot whose suggestions a person accepts on GitHub.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Suggester {
    pub(crate) id: String,
    pub(crate) emails: Vec<String>,
    pub(crate) names: Vec<String>,
}

#[derive(Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AgentTable {
    pub(crate) agents: Vec<AgentIdentity>,
    pub(crate) agent_login_words: Vec<String>,
    pub(crate) suggesters: Vec<Suggester>,
}

fn table() -> &'static AgentTable {
    static TABLE: LazyLock<AgentTable> = LazyLock::new(|| {
        // The table is compiled in and covered by a test; an error here is a
        // build defect. Its own layout is read by hand (the YAML reader cost
        // 2.6 M instructions on every run); anything else by the YAML reader.
        if let Some(table) = super::agents_table::read(AGENTS_YAML) {
            return table;
        }
        serde_yaml::from_str::<AgentTable>(AGENTS_YAML).unwrap_or(AgentTable {
            agents: Vec::new(),
            agent_login_words: Vec::new(),
            suggesters: Vec::new(),
        })
    });
    &TABLE
}

/// The built-in table of known agents (`src/data/agents.yml`).
pub(crate) fn known_agents() -> &'static [AgentIdentity] {
    &table().agents
}

/// The agent that opened a pull request, by GitHub login.
pub(crate) fn agent_for_login(login: &str) -> Option<&'static str> {
    known_agents()
        .iter()
        .find(|a| a.pr_logins.iter().any(|l| l.eq_ignore_ascii_case(login)))
        .map(|a| a.id.as_str())
}

/// Why a commit counts as the agent's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Attribution {
    /// `claude-code`, `copilot`, … or `agent` when only the policy says so.
    pub(crate) agent: String,
    pub(crate) session: Option<String>,
    /// e.g. `Co-authored-by: Claude <noreply@anthropic.com>`.
    pub(crate) reason: String,
}

/// Trailers whose value names who (else) wrote the commit.
const AUTHOR_TRAILERS: &[&str] = &[
    "Co-authored-by",
    "Co-developed-by",
    "Assisted-by",
    "Generated-by",
];

/// Trailers that bind a commit to an agent session: (key, agent).
const SESSION_TRAILERS: &[(&str, &str)] = &[
    ("Remit-Session", "agent"),
    ("Claude-Session", "claude-code"),
    ("Copilot-Session", "copilot"),
    // Copilot's coding agent: `https://github.com/<repo>/sessions/<uuid>`.
    ("Agent-Logs-Url", "copilot"),
];

/// Decides whether `commit` is an agent's. `None`: a person's commit.
pub(crate) fn attribute(
    commit: &Commit,
    rules: &AgentRules,
    all_commits: bool,
) -> Option<Attribution> {
    attribute_noting(commit, rules, all_commits, &mut None)
}

/// [`attribute`], leaving in `suggested` what [`suggested_by`] says of the
/// commit when it had to ask (`None` when it did not): a person's commit is
/// reported with it, and it reads the whole message again.
pub(crate) fn attribute_noting(
    commit: &Commit,
    rules: &AgentRules,
    all_commits: bool,
    suggested: &mut Option<Option<(String, String)>>,
) -> Option<Attribution> {
    let session = session_trailer(&commit.message);
    // The first review bot's trailer, seen on the way: when no trailer
    // names an agent, every line was looked at.
    let mut bot_trailer = None;
    let found = from_trailers(&commit.message, rules, &mut bot_trailer)
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
            session: session.map(|(_, _, s)| s),
            reason,
        }),
        (None, Some((key, agent, id))) => Some(Attribution {
            agent: agent.clone(),
            session: Some(id.clone()),
            reason: format!("{key}: {id}"),
        }),
        (None, None) => {
            match suggested.insert(bot_trailer.or_else(|| suggested_by_identity(commit))) {
                Some((bot, why)) if rules.suggestions == Suggestions::Agent => Some(Attribution {
                    agent: bot.clone(),
                    session: None,
                    reason: format!("{why} (agents.suggestions: agent)"),
                }),
                _ if all_commits || rules.all_commits => Some(Attribution {
                    agent: "agent".to_string(),
                    session: None,
                    reason: "agents.all_commits: true".to_string(),
                }),
                _ => None,
            }
        }
    }
}

/// The review bot whose suggestion this commit accepts, with the line or
/// identity that says so: `None` when no review bot had a hand in it.
pub(crate) fn suggested_by(commit: &Commit) -> Option<(String, String)> {
    for line in lines(&commit.message) {
        let line = line.trim();
        if let Some(value) = author_trailer(line) {
            let (name, email) = split_identity(value);
            if let Some(Who::Suggester(id)) = classify(name, email) {
                return Some((id.to_string(), line.to_string()));
            }
        }
    }
    suggested_by_identity(commit)
}

/// [`suggested_by`] from the commit's author or committer.
fn suggested_by_identity(commit: &Commit) -> Option<(String, String)> {
    [("author", &commit.author), ("committer", &commit.committer)]
        .into_iter()
        .find_map(|(role, p)| match classify(&p.name, &p.email) {
            Some(Who::Suggester(id)) => {
                Some((id.to_string(), format!("{role} {} <{}>", p.name, p.email)))
            }
            _ => None,
        })
}

/// A `Key: value` line as (key, value), both trimmed. Split once per line
/// and compared with every key after: a long history has hundreds of
/// thousands of message lines.
fn trailer(line: &str) -> Option<(&str, &str)> {
    let line = line.trim();
    // `memchr`, not `split_once`, whose search costs more on short lines.
    let colon = memchr::memchr(b':', line.as_bytes())?;
    Some((line[..colon].trim(), line[colon + 1..].trim()))
}

/// What `text.lines()` gives, with the line breaks found by `memchr_iter`
/// over the whole text: every line of every message is read three times,
/// and `lines()` searched for each line's end anew (0.1 G on uv's history).
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut at = 0;
    memchr::memchr_iter(b'\n', text.as_bytes())
        .map(|end| end + 1)
        .chain(std::iter::once(text.len()))
        .filter_map(move |end| {
            // The piece with its break, as `split_inclusive` gives it: the
            // last piece only when something follows the last break.
            let piece = text.get(at..end).filter(|p| !p.is_empty())?;
            at = end;
            let line = match piece.strip_suffix('\n') {
                Some(line) => line.strip_suffix('\r').unwrap_or(line),
                None => piece,
            };
            Some(line)
        })
}

/// The value of `line` when it is one of the [`AUTHOR_TRAILERS`] (any case).
fn author_trailer(line: &str) -> Option<&str> {
    let (key, value) = trailer(line)?;
    AUTHOR_TRAILERS
        .iter()
        .any(|k| key.eq_ignore_ascii_case(k))
        .then_some(value)
}

/// A session trailer (any case): (key, agent, id); a session URL keeps its last segment.
fn session_trailer(message: &str) -> Option<(String, String, String)> {
    if !may_hold_session(message) {
        return None;
    }
    lines(message).find_map(|line| {
        let (found, value) = trailer(line)?;
        SESSION_TRAILERS.iter().find_map(|(key, agent)| {
            if !found.eq_ignore_ascii_case(key) {
                return None;
            }
            let id = value
                .trim_end_matches('/')
                .rsplit('/')
                .next()
                .unwrap_or(value);
            (!id.is_empty()).then(|| ((*key).to_string(), (*agent).to_string(), id.to_string()))
        })
    })
}

/// Whether `message` spells the end of a [`SESSION_TRAILERS`] key (ASCII
/// case ignored, as the keys are compared): `-session` or `-logs-url`.
/// Most messages do not, and are not read line by line for one (~0.6 M
/// instructions on uv's HEAD~200..HEAD).
fn may_hold_session(message: &str) -> bool {
    let bytes = message.as_bytes();
    memchr::memchr_iter(b'-', bytes).any(|at| {
        let rest = &bytes[at + 1..];
        ["session", "logs-url"].iter().any(|end| {
            rest.len() >= end.len() && rest[..end.len()].eq_ignore_ascii_case(end.as_bytes())
        })
    })
}

/// The agent a trailer names; `bot` is left with the first review bot a
/// trailer names before it (what [`suggested_by`] finds in the lines).
fn from_trailers(
    message: &str,
    rules: &AgentRules,
    bot: &mut Option<(String, String)>,
) -> Option<(String, String)> {
    for line in lines(message) {
        let line = line.trim();
        if let Some(value) = author_trailer(line) {
            let (name, email) = split_identity(value);
            match classify(name, email) {
                Some(Who::Agent(agent)) => return Some((agent, line.to_string())),
                Some(Who::Suggester(id)) if bot.is_none() => {
                    *bot = Some((id.to_string(), line.to_string()));
                }
                _ => {}
            }
            // `Assisted-by: Claude:claude-opus-4-6` (agent:model, no address).
            let tool = name.split([':', '/']).next().unwrap_or(name).trim();
            if email.is_empty() && tool != name {
                if let Some(Who::Agent(agent)) = classify(tool, "") {
                    return Some((agent, line.to_string()));
                }
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

/// `Generated with [Claude Code](…)`, `Generated with assistance from OpenAI Codex.`
static GENERATED_WITH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:mostly|partly|partially|fully|entirely|largely)\s+)?(?:generated|written|created|authored|made|coded|implemented)\s+(?:with|by|using|via)\s+(?:the\s+)?(?:help\s+of\s+|assistance\s+(?:of|from)\s+)?\[?([^\]\(\n]+)",
    )
    .expect("static regex")
});

/// The words [`GENERATED_WITH`] can open with: its qualifiers (the first
/// [`GENERATED_QUALIFIERS`]), then its verbs.
const GENERATED_OPENINGS: &[&str] = &[
    "mostly",
    "partly",
    "partially",
    "fully",
    "entirely",
    "largely",
    "generated",
    "written",
    "created",
    "authored",
    "made",
    "coded",
    "implemented",
];
const GENERATED_QUALIFIERS: usize = 6;

/// Whether [`GENERATED_WITH`] may match lowered `line`: it opens with one of
/// [`GENERATED_OPENINGS`] and a space, so a line whose leading ASCII letters
/// are followed by an ASCII character (or nothing) matches only when those
/// letters are such a word. A non-ASCII character after them (`ſ`, which
/// `(?i)` takes for `s`, or a non-ASCII space) leaves it to the pattern.
/// Most message lines are not searched at all (0.03 G instructions on uv's
/// history).
///
/// On an ASCII line, the words after the opening are read too: a qualifier
/// is followed by a verb, the verb by `with`, `by`, `using` or `via`, each
/// word by whitespace (ASCII's being the pattern's `\s` there), so "Made
/// the parser faster" builds no pattern (~1 M instructions).
fn may_say_generated(line: &str) -> bool {
    let bytes = line.as_bytes();
    let word = |at: usize| {
        let len = bytes.get(at..).map_or(0, |b| {
            b.iter().take_while(|b| b.is_ascii_alphabetic()).count()
        });
        (line.get(at..at + len).unwrap_or(""), at + len)
    };
    let (first, end) = word(0);
    if bytes.get(end).is_some_and(|b| !b.is_ascii()) {
        return true;
    }
    if !GENERATED_OPENINGS.contains(&first) {
        return false;
    }
    // Non-ASCII text may hold Unicode whitespace or `ſ`: left to the pattern.
    if !line.is_ascii() {
        return true;
    }
    // Past `at`, one whitespace byte or more, then a word of `words`.
    let then = |at: usize, words: &[&str]| {
        let spaces = bytes
            .get(at..)
            .map_or(0, |b| b.iter().take_while(|&&b| pattern_space(b)).count());
        let (next, end) = word(at + spaces);
        (spaces > 0 && words.contains(&next)).then_some(end)
    };
    let (qualifiers, verbs) = GENERATED_OPENINGS.split_at(GENERATED_QUALIFIERS);
    let verb_end = if qualifiers.contains(&first) {
        then(end, verbs)
    } else {
        Some(end)
    };
    verb_end
        .and_then(|at| then(at, &["with", "by", "using", "via"]))
        .is_some_and(|at| bytes.get(at).is_some_and(|&b| pattern_space(b)))
}

/// What the pattern's `\s` matches among ASCII bytes.
fn pattern_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
}

/// Each known agent's markers, lowered once (every line of every commit
/// message is compared with all of them).
fn lower_markers() -> &'static [Vec<String>] {
    static LOWER: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
        known_agents()
            .iter()
            .map(|a| a.markers.iter().map(|m| m.to_lowercase()).collect())
            .collect()
    });
    &LOWER
}

/// The characters a line's lowered start can open with and still hold a
/// marker or [`GENERATED_WITH`]; `None` when any line can (an empty marker).
/// The pattern's first word is one of its qualifiers or verbs, whose first
/// letters have no other case forms than their ASCII ones.
fn opening_chars() -> Option<&'static [char]> {
    static OPENING: LazyLock<Option<Vec<char>>> = LazyLock::new(|| {
        let mut chars: Vec<char> = "mpfelgwcai".chars().collect();
        for m in lower_markers().iter().flatten() {
            chars.push(m.chars().next()?);
        }
        chars.sort_unstable();
        chars.dedup();
        Some(chars)
    });
    OPENING.as_deref()
}

fn from_markers(message: &str) -> Option<(String, String)> {
    let opening = opening_chars();
    for line in lines(message) {
        // A marker opens its line (after an emoji or a bullet): a sentence
        // that mentions one ("Remove the "Generated with …" footer", "requests
        // made by the Gemini CLI") is about the agent, not by it.
        let start = line.trim_start_matches(|c: char| !c.is_alphanumeric());
        // Lowering a string lowers its first character as that character
        // alone (it has no letter before it): a line opening with none of
        // `opening` holds nothing, and is not lowered whole.
        if let (Some(opening), Some(first)) = (opening, start.chars().next()) {
            if !first
                .to_lowercase()
                .next()
                .is_some_and(|c| opening.contains(&c))
            {
                continue;
            }
        }
        // An ASCII line is lowered by ASCII rules: its markers are compared
        // in place, and it is lowered only when its first word opens the
        // `Generated with` pattern (most lines do not: 1,576 lines lowered
        // on uv's HEAD~200..HEAD cost ~0.5 M instructions).
        if start.is_ascii() {
            if let Some(found) = ascii_marker(start) {
                return Some((
                    found.id.clone(),
                    format!("message marker `{}`", line.trim()),
                ));
            }
            if !opens_generated(start) {
                continue;
            }
        }
        let start = start.to_lowercase();
        for (agent, markers) in known_agents().iter().zip(lower_markers()) {
            if markers.iter().any(|m| start.starts_with(m.as_str())) {
                return Some((
                    agent.id.clone(),
                    format!("message marker `{}`", line.trim()),
                ));
            }
        }
        // "Generated with <product>": only when the phrase is the product's
        // whole name, so "generated by cursor movement" stays a sentence.
        if let Some(c) = may_say_generated(&start)
            .then(|| GENERATED_WITH.captures(&start))
            .flatten()
        {
            let phrase = c[1]
                .trim()
                .trim_end_matches(['.', '!', ':', ',', ';'])
                .trim();
            if let Some(a) = known_agents().iter().find(|a| {
                a.names
                    .iter()
                    .chain(&a.products)
                    .any(|p| product_name(p, phrase))
            }) {
                return Some((a.id.clone(), format!("message marker `{}`", line.trim())));
            }
        }
    }
    None
}

/// The first agent one of whose lowered markers opens ASCII `start`
/// lowered, compared in place: what `start.to_lowercase()` starting with
/// the marker gives (a non-ASCII marker opens no ASCII text).
fn ascii_marker(start: &str) -> Option<&'static AgentIdentity> {
    // A marker's bytes past ASCII equal no byte of `start`; its first byte
    // rules most markers out before the rest is compared.
    let bytes = start.as_bytes();
    let first = bytes.first().map(u8::to_ascii_lowercase);
    known_agents()
        .iter()
        .zip(lower_markers())
        .find(|(_, markers)| {
            markers.iter().any(|m| {
                let m = m.as_bytes();
                m.first().is_none_or(|f| Some(*f) == first)
                    && bytes.len() >= m.len()
                    && bytes[..m.len()].eq_ignore_ascii_case(m)
            })
        })
        .map(|(agent, _)| agent)
}

/// Whether ASCII `start`'s first word (its leading ASCII letters), lowered,
/// is one of [`GENERATED_OPENINGS`]: [`may_say_generated`] of the lowered
/// line is false otherwise.
fn opens_generated(start: &str) -> bool {
    let len = start.bytes().take_while(u8::is_ascii_alphabetic).count();
    let first = &start.as_bytes()[..len];
    GENERATED_OPENINGS
        .iter()
        .any(|w| w.as_bytes().eq_ignore_ascii_case(first))
}

fn from_person(
    role: &str,
    name: &str,
    email: &str,
    rules: &AgentRules,
) -> Option<(String, String)> {
    if let Some(Who::Agent(agent)) = classify(name, email) {
        return Some((agent, format!("{role} {name} <{email}>")));
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

/// `Name <email>` → (name, email); a bare value is a name with no address.
fn split_identity(value: &str) -> (&str, &str) {
    match (value.find('<'), value.rfind('>')) {
        (Some(l), Some(r)) if l < r => (value[..l].trim(), value[l + 1..r].trim()),
        _ => (value.trim(), ""),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Who {
    Agent(String),
    Suggester(&'static str),
}

/// Who an identity is: a review bot (checked first, as Copilot Autofix
/// signs with Copilot's address), a known agent, an agent bot account, or
/// nobody remit knows (a person).
fn classify(name: &str, email: &str) -> Option<Who> {
    // A history has thousands of commits by a few dozen identities: judge
    // each identity once. Bounded, so a range of made-up identities cannot
    // grow it without limit.
    const REMEMBERED: usize = 4096;
    // Kept by name, then address: a commit's identity is looked up without
    // copies of its strings (942 lookups cost ~0.5 M instructions with a
    // (String, String) key built for each). The names are the commits'
    // choosing, so the hash is seeded.
    type ByEmail = HashMap<String, Option<Who>, foldhash::fast::RandomState>;
    thread_local! {
        static SEEN: std::cell::RefCell<(HashMap<String, ByEmail, foldhash::fast::RandomState>, usize)> =
            std::cell::RefCell::default();
    }
    if let Some(who) = SEEN.with(|s| s.borrow().0.get(name).and_then(|e| e.get(email)).cloned()) {
        return who;
    }
    let who = classify_uncached(name, email);
    SEEN.with(|s| {
        let (seen, count) = &mut *s.borrow_mut();
        if *count >= REMEMBERED {
            seen.clear();
            *count = 0;
        }
        seen.entry(name.to_string())
            .or_default()
            .insert(email.to_string(), who.clone());
        *count += 1;
    });
    who
}

fn classify_uncached(name: &str, email: &str) -> Option<Who> {
    let t = table();
    if let Some(s) = t.suggesters.iter().find(|s| {
        s.emails.iter().any(|p| wildcard(p, email)) || s.names.iter().any(|p| wildcard(p, name))
    }) {
        return Some(Who::Suggester(s.id.as_str()));
    }
    let login = noreply_login(email);
    if let Some(a) = t.agents.iter().find(|a| is_agent(a, name, email, login)) {
        return Some(Who::Agent(a.id.clone()));
    }
    agent_bot(name)
        .or_else(|| login.and_then(agent_bot))
        .or_else(|| named_agent(name, email, login))
        .map(Who::Agent)
}

fn is_agent(a: &AgentIdentity, name: &str, email: &str, login: Option<&str>) -> bool {
    if !email.is_empty() && a.emails.iter().any(|p| wildcard(p, email)) {
        return true;
    }
    if a.names.iter().any(|p| wildcard(p, name)) {
        return true;
    }
    let own_login = login.is_some_and(|l| a.logins.iter().any(|x| x.eq_ignore_ascii_case(l)));
    if own_login {
        return true;
    }
    let own_address = email.is_empty()
        || domain_of(email).is_some_and(|d| a.domains.iter().any(|x| within(d, x)));
    own_address && a.products.iter().any(|p| product_name(p, name))
}

/// The GitHub login of a noreply address (`123+login@users.noreply.github.com`).
fn noreply_login(email: &str) -> Option<&str> {
    let at = email.rfind('@')?;
    if !email[at + 1..].eq_ignore_ascii_case("users.noreply.github.com") {
        return None;
    }
    let local = &email[..at];
    Some(local.split_once('+').map_or(local, |(_, l)| l)).filter(|l| !l.is_empty())
}

fn domain_of(email: &str) -> Option<&str> {
    email.rsplit_once('@').map(|(_, d)| d)
}

/// `domain` is `base` or one of its subdomains.
fn within(domain: &str, base: &str) -> bool {
    domain.eq_ignore_ascii_case(base)
        || (domain.len() > base.len() + 1
            && domain.is_char_boundary(domain.len() - base.len() - 1)
            && domain[domain.len() - base.len()..].eq_ignore_ascii_case(base)
            && domain.as_bytes()[domain.len() - base.len() - 1] == b'.')
}

/// `name` is the product, or a model of it: `Claude Opus 4.6 (1M context)`,
/// `Claude (claude-opus-4-6)`, `Gemini 2.5 Pro` — the product followed by at
/// most three words, one with a digit, or by a parenthesis only. `Claude
/// Smith` is not.
fn product_name(product: &str, name: &str) -> bool {
    if name.eq_ignore_ascii_case(product) {
        return true;
    }
    let n = name.len().min(product.len());
    if !name.is_char_boundary(n) || !name[..n].eq_ignore_ascii_case(product) {
        return false;
    }
    let rest = &name[n..];
    if !rest.starts_with(' ') {
        return false;
    }
    let rest = rest.trim();
    let (words, paren) = match rest.find('(') {
        Some(i) => (rest[..i].trim(), rest[i..].ends_with(')')),
        None => (rest, false),
    };
    let words: Vec<&str> = words.split_whitespace().collect();
    (words.is_empty() && paren)
        || (words.len() <= 3 && words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit())))
}

/// A GitHub App account (`<login>[bot]`) whose login says it is an agent:
/// one of its words is in `agent_login_words`.
fn agent_bot(name: &str) -> Option<String> {
    let login = name.strip_suffix("[bot]")?;
    login
        .split(['-', '_', '.'])
        .any(|w| {
            table()
                .agent_login_words
                .iter()
                .any(|x| x.eq_ignore_ascii_case(w))
        })
        .then(|| login.to_ascii_lowercase())
}

/// `Kiro Agent <…kiro-agent@users.noreply.github.com>`, `BLACKBOX Agent
/// <agent@blackbox.ai>`: a name ending in the word "Agent" whose address is
/// an agent's too. A person called "Secret Agent" keeps a personal address.
fn named_agent(name: &str, email: &str, login: Option<&str>) -> Option<String> {
    let mut words = name.split_whitespace();
    let last = words.next_back()?;
    let first = words.next()?;
    let local = login.unwrap_or_else(|| email.split('@').next().unwrap_or(""));
    (last.eq_ignore_ascii_case("agent") && local.to_ascii_lowercase().contains("agent"))
        .then(|| first.to_ascii_lowercase())
}

/// Case-insensitive match where `*` is any text and everything else is literal.
pub(crate) fn wildcard(pattern: &str, text: &str) -> bool {
    if pattern.is_ascii() && text.is_ascii() {
        // Every commit is matched against every known agent: ASCII (nearly
        // all identities) is matched in place, without lowercased copies.
        return ascii_wildcard(pattern.as_bytes(), text.as_bytes());
    }
    let p: Vec<char> = pattern.to_lowercase().chars().collect();
    let t: Vec<char> = text.to_lowercase().chars().collect();
    matches(&p, &t, |a, b| a == b)
}

/// [`matches`] over ASCII, ignoring case. The table's patterns are nearly
/// all a plain name or `*` and a suffix (`*+claude[bot]@users…`): those are
/// compared whole, from the end, which rules most identities out at once
/// (3,350 matches cost 1.1 M instructions on uv's HEAD~200..HEAD).
fn ascii_wildcard(p: &[u8], t: &[u8]) -> bool {
    let ends = |p: &[u8]| t.len() >= p.len() && t[t.len() - p.len()..].eq_ignore_ascii_case(p);
    match p.split_first() {
        Some((b'*', rest)) if !rest.contains(&b'*') => ends(rest),
        _ if !p.contains(&b'*') => p.eq_ignore_ascii_case(t),
        _ => matches(p, t, |a, b| a.eq_ignore_ascii_case(b)),
    }
}

/// Glob match of `t` against `p` where `*` is any run; `eq` compares the rest.
fn matches<T: Copy + PartialEq + From<u8>>(p: &[T], t: &[T], eq: impl Fn(&T, &T) -> bool) -> bool {
    let any = T::from(b'*');
    let (mut pi, mut ti) = (0, 0);
    let (mut star, mut mark) = (None, 0);
    while ti < t.len() {
        if pi < p.len() && p[pi] != any && eq(&p[pi], &t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == any {
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
    p[pi..].iter().all(|c| *c == any)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pre-test never turns away a line the pattern matches.
    #[test]
    fn lines_turned_away_never_say_generated() {
        let firsts = [
            "",
            "mostly",
            "moſtly",
            "partly",
            "partially",
            "partial",
            "fully",
            "entirely",
            "largely",
            "generated",
            "generate",
            "written",
            "created",
            "authored",
            "made",
            "madeby",
            "coded",
            "implemented",
            "ﬁx",
            "fix",
            "é",
            "2",
            "-",
            "GENERATED",
        ];
        let seconds = [
            "",
            "generated",
            "written",
            "made",
            "with",
            "by",
            "coded",
            "the",
        ];
        let spaces = [
            "", " ", "\t", "\u{a0}", "\u{2003}", "  ", "\n", "\u{b}", "\u{c}", "\r", " \t",
        ];
        let tails = [
            "",
            "with claude code",
            "by [Claude Code](x)",
            "using the help of codex",
            "via codex",
            "uſing codex",
            "withx y",
            "by",
            "by ",
            "x",
        ];
        let mut matched = 0;
        for first in firsts {
            for space in spaces {
                for second in seconds {
                    for tail in tails {
                        let line = format!("{first}{space}{second}{space}{tail}").to_lowercase();
                        if GENERATED_WITH.is_match(&line) {
                            matched += 1;
                            assert!(may_say_generated(&line), "{line:?}");
                        }
                    }
                }
            }
        }
        assert!(matched > 100, "{matched}");
        assert!(!may_say_generated("made the parser faster"));
        assert!(!may_say_generated("fully generated tables"));
    }

    #[test]
    fn lines_are_what_str_lines_gives() {
        let pieces = ["", "a", "\n", "\r\n", "\r", "b: c", " ", "\n\n", "é"];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = format!("{a}{b}{c}");
                    assert!(lines(&text).eq(text.lines()), "{text:?}");
                }
            }
        }
        assert_eq!(
            trailer(" Co-authored-by : x <y>:z "),
            Some(("Co-authored-by", "x <y>:z"))
        );
        assert_eq!(trailer("no colon"), None);
    }

    #[test]
    fn table_parses() {
        assert!(known_agents().len() >= 9, "agents.yml must parse");
        assert_eq!(agent_for_login("Copilot"), Some("copilot"));
    }

    fn commit(author: (&str, &str), message: &str) -> Commit {
        let person = |(n, e): (&str, &str)| crate::collect::git::Person {
            name: n.to_string(),
            email: e.to_string(),
        };
        Commit {
            oid: git2::Oid::zero(),
            sha: "0".repeat(40),
            author: person(author),
            committer: person(("GitHub", "noreply@github.com")),
            message: message.to_string(),
            summary: message.lines().next().unwrap_or("").to_string(),
            changes: Vec::new(),
            merge: false,
        }
    }

    const DANA: (&str, &str) = ("Dana", "dana@example.com");

    /// Every convention agents sign commits with: (author, message, agent).
    #[test]
    fn every_agent_convention_is_recognised() {
        let cases: &[((&str, &str), &str, &str)] = &[
            (
                (
                    "roomote[bot]",
                    "219738659+roomote[bot]@users.noreply.github.com",
                ),
                "x",
                "roo-code",
            ),
            (
                DANA,
                "x\n\nCo-authored-by: Roo Code <roomote@roocode.com>",
                "roo-code",
            ),
            (("Roo Code", "support@roocode.com"), "x", "roo-code"),
            (
                ("Cline Agent", "cline-agent@users.noreply.github.com"),
                "x",
                "cline",
            ),
            (
                (
                    "cline-cloud[bot]",
                    "276134852+cline-cloud[bot]@users.noreply.github.com",
                ),
                "x",
                "cline",
            ),
            (("Cline Bot", "bot@cline.bot"), "x", "cline"),
            (
                (
                    "anthropic-code-agent[bot]",
                    "1+Claude@users.noreply.github.com",
                ),
                "x",
                "claude-code",
            ),
            (
                DANA,
                "x\n\nCo-Authored-By: Claude <claude@users.noreply.github.com>",
                "claude-code",
            ),
            (
                DANA,
                "x\n\nCo-authored-by: Assistant <assistant@anthropic.com>",
                "claude-code",
            ),
            (DANA, "x\n\nCo-Authored-By: Claude", "claude-code"),
            (
                DANA,
                "x\n\nCo-Authored-By: Claude Opus 4.6 (1M context) <noreply@anthropic.com>",
                "claude-code",
            ),
            (
                DANA,
                "x\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)",
                "claude-code",
            ),
            (
                (
                    "Kiro Agent",
                    "244629292+kiro-agent@users.noreply.github.com",
                ),
                "x",
                "kiro",
            ),
            (DANA, "x\n\nCo-Authored-By: Warp <agent@warp.dev>", "warp"),
            (("Oz", "oz-agent@warp.dev"), "x", "warp"),
            (
                (
                    "factory-droid[bot]",
                    "138933559+factory-droid[bot]@users.noreply.github.com",
                ),
                "x",
                "factory-droid",
            ),
            (
                DANA,
                "x\n\nCo-authored-by: Sisyphus <clio-agent@sisyphuslabs.ai>",
                "sisyphus",
            ),
            (("openhands", "openhands@all-hands.dev"), "x", "openhands"),
            (
                ("qwen.ai[bot]", "qwenlm-intl@service.alibaba.com"),
                "x",
                "qwen-code",
            ),
            (
                DANA,
                "x\n\nCo-authored-by: Qwen-Coder <qwen-coder@alibabacloud.com>",
                "qwen-code",
            ),
            (
                (
                    "kiloconnect[bot]",
                    "240665456+kiloconnect[bot]@users.noreply.github.com",
                ),
                "x",
                "kilo-code",
            ),
            (("BLACKBOX Agent", "agent@blackbox.ai"), "x", "blackbox"),
            (
                DANA,
                "x\n\nCo-authored-by: Google Gemini <noreply@google.com>",
                "gemini",
            ),
            (
                DANA,
                "x\n\nGenerated with assistance from OpenAI Codex.",
                "codex",
            ),
            (
                DANA,
                "x\n\nAssisted-by: Claude:claude-opus-4-6",
                "claude-code",
            ),
            (
                (
                    "copilot-swe-agent[bot]",
                    "198982749+Copilot@users.noreply.github.com",
                ),
                "x",
                "copilot",
            ),
            (
                DANA,
                "x\n\nCo-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>",
                "copilot",
            ),
            (("Cursor Agent", "cursoragent@cursor.com"), "x", "cursor"),
            (
                (
                    "google-labs-jules[bot]",
                    "161369871+google-labs-jules[bot]@users.noreply.github.com",
                ),
                "x",
                "jules",
            ),
            (("Dana (aider)", "dana@example.com"), "x", "aider"),
            // Not in the table: an agent bot account, a named agent.
            (
                (
                    "acme-coder[bot]",
                    "1+acme-coder[bot]@users.noreply.github.com",
                ),
                "x",
                "acme-coder",
            ),
            (
                ("Corvid Agent", "1+corvid-agent@users.noreply.github.com"),
                "x",
                "corvid",
            ),
        ];
        let rules = AgentRules::default();
        for (author, message, agent) in cases {
            let got = attribute(&commit(*author, message), &rules, false);
            assert_eq!(
                got.as_ref().map(|a| a.agent.as_str()),
                Some(*agent),
                "{author:?} {message:?}: {got:?}"
            );
        }
    }

    /// People whose names, addresses or messages resemble an agent's.
    #[test]
    fn people_are_never_agents() {
        let cases: &[((&str, &str), &str)] = &[
            (("Claude Smith", "claude@smith.dev"), "x"),
            (("Claude", "claude@smith.dev"), "x"),
            (DANA, "x\n\nCo-authored-by: Claude Smith <claude@smith.dev>"),
            (("Ashwin Bhat", "ashwin@anthropic.com"), "x"),
            (("Max Paulus", "max@cline.bot"), "x"),
            (("Eric Wheeler", "roo-code@z.ewheeler.org"), "x"),
            (("Charlie Marsh", "charliemarsh@openai.com"), "x"),
            (("Jules Mons", "jules@jupdev.nl"), "x"),
            (("Devin", "devin@gmail.com"), "x"),
            (("Secret Agent", "bond@mi6.example"), "x"),
            (
                (
                    "dependabot[bot]",
                    "49699333+dependabot[bot]@users.noreply.github.com",
                ),
                "x",
            ),
            (
                (
                    "renovate[bot]",
                    "29139614+renovate[bot]@users.noreply.github.com",
                ),
                "x",
            ),
            (DANA, "Remove the \"Generated with Claude Code\" footer"),
            (DANA, "Send a User-Agent on requests made by the Gemini CLI"),
            (DANA, "Menus generated by cursor movement"),
            (DANA, "x\n\nCo-authored-by: Zanie Blue <contact@zanie.dev>"),
        ];
        let rules = AgentRules::default();
        for (author, message) in cases {
            let got = attribute(&commit(*author, message), &rules, false);
            assert_eq!(got, None, "{author:?} {message:?}");
        }
    }

    #[test]
    fn sessions_bind_and_suggestions_follow_the_policy() {
        let rules = AgentRules::default();
        let c = commit(
            DANA,
            "x\n\nAgent-Logs-Url: https://github.com/o/r/sessions/d2d149f9-e8ca-41e6-9ab5-d06da9f4c57f",
        );
        let a = attribute(&c, &rules, false).expect("copilot session");
        assert_eq!(a.agent, "copilot");
        assert_eq!(
            a.session.as_deref(),
            Some("d2d149f9-e8ca-41e6-9ab5-d06da9f4c57f")
        );

        for trailer in [
            "Co-authored-by: gemini-code-assist[bot] <176961590+gemini-code-assist[bot]@users.noreply.github.com>",
            "Co-authored-by: Copilot Autofix powered by AI <175728472+Copilot@users.noreply.github.com>",
            "Co-authored-by: greptile-apps[bot] <165735046+greptile-apps[bot]@users.noreply.github.com>",
            "Co-authored-by: ellipsis-dev[bot] <65095814+ellipsis-dev[bot]@users.noreply.github.com>",
            "Co-authored-by: sourcery-ai[bot] <58596630+sourcery-ai[bot]@users.noreply.github.com>",
        ] {
            let c = commit(DANA, &format!("Apply suggestion\n\n{trailer}"));
            assert_eq!(attribute(&c, &rules, false), None, "{trailer}");
            assert!(suggested_by(&c).is_some(), "{trailer}");
            let strict = AgentRules {
                suggestions: Suggestions::Agent,
                ..AgentRules::default()
            };
            let a = attribute(&c, &strict, false).expect("agent by policy");
            assert!(a.reason.contains("agents.suggestions"), "{a:?}");
        }
        // An agent's own trailer wins over a suggestion in the same commit.
        let c = commit(
            DANA,
            "x\n\nCo-authored-by: gemini-code-assist[bot] <1+gemini-code-assist[bot]@users.noreply.github.com>\nCo-Authored-By: Claude <noreply@anthropic.com>",
        );
        assert_eq!(
            attribute(&c, &rules, false).map(|a| a.agent),
            Some("claude-code".into())
        );
    }

    /// A line is lowered and searched only when its first character,
    /// lowered, is one a marker or the `Generated with` pattern opens with:
    /// no other character matches the pattern's first letters in any case.
    #[test]
    fn lines_skipped_unlowered_hold_no_marker() {
        let opening = opening_chars().expect("no empty marker");
        let first = Regex::new("(?i)^[mpfelgwcai]").expect("static regex");
        for c in (0..=0x10ffff_u32).filter_map(char::from_u32) {
            if first.is_match(c.encode_utf8(&mut [0; 4])) {
                let lowered = c.to_lowercase().next();
                assert!(lowered.is_some_and(|l| opening.contains(&l)), "{c:?}");
            }
        }
        for line in [
            "🤖 Generated with [Claude Code](https://claude.ai/code)",
            "- Mostly written by Codex.",
            "* IMPLEMENTED USING CURSOR",
        ] {
            let message = format!("Fix the thing\n\n{line}\n");
            assert!(from_markers(&message).is_some(), "{line}");
        }
    }

    /// An ASCII line's markers compared in place find what the lowered
    /// line's do, and a line whose first word opens no `Generated with`
    /// is one the pattern's pre-check turns away lowered.
    #[test]
    fn ascii_lines_read_unlowered_as_lowered() {
        let mut lines: Vec<String> = Vec::new();
        for agent in known_agents() {
            for m in &agent.markers {
                for m in [m.clone(), m.to_uppercase(), m.to_lowercase()] {
                    lines.push(m.clone());
                    lines.push(format!("{m} (https://example.com)"));
                    lines.push(m.chars().skip(1).collect());
                }
            }
        }
        for word in GENERATED_OPENINGS
            .iter()
            .chain(&["Fix", "made", "MADE", "Madeup", "gen", ""])
        {
            for rest in [
                "",
                " with Claude Code",
                " by codex.",
                "\twith [Cursor](x)",
                "-with",
                " x",
            ] {
                lines.push(format!("{word}{rest}"));
                lines.push(format!("{}{rest}", word.to_uppercase()));
            }
        }
        let mut found = 0;
        for line in lines.iter().filter(|l| l.is_ascii()) {
            let lower = line.to_lowercase();
            let slow = known_agents()
                .iter()
                .zip(lower_markers())
                .find(|(_, ms)| ms.iter().any(|m| lower.starts_with(m.as_str())))
                .map(|(a, _)| a.id.as_str());
            assert_eq!(ascii_marker(line).map(|a| a.id.as_str()), slow, "{line:?}");
            found += usize::from(slow.is_some());
            if !opens_generated(line) {
                assert!(!may_say_generated(&lower), "{line:?}");
            }
            assert_eq!(
                opens_generated(line),
                GENERATED_OPENINGS.contains(
                    &lower
                        .split(|c: char| !c.is_ascii_alphabetic())
                        .next()
                        .unwrap_or("")
                ),
                "{line:?}"
            );
        }
        assert!(found > 0);
    }

    /// Every session key ends in a spelling the pre-check looks for, and
    /// a message it turns away holds no session trailer.
    #[test]
    fn messages_without_a_session_key_end_hold_no_session() {
        for (key, _) in SESSION_TRAILERS {
            let lower = key.to_ascii_lowercase();
            assert!(
                lower.ends_with("-session") || lower.ends_with("-logs-url"),
                "{key}"
            );
        }
        let mut found = 0;
        for message in [
            "Fix\n\nClaude-Session: abc\n",
            "Fix\n\nCLAUDE-SESSION : abc\n",
            "Fix\n\nagent-logs-url: https://github.com/o/r/sessions/u-1/\n",
            "Fix\n\nRemit-Session:x",
            "Fix\n\n- a bullet\n- session notes\nSession: 1\n",
            "Fix -sessio\n\nClaude_Session: abc\n",
            "Fix\n\nCo-authored-by: Claude <noreply@anthropic.com>\n",
            "",
            "-",
        ] {
            let session = session_trailer(message);
            if !may_hold_session(message) {
                assert_eq!(session, None, "{message:?}");
            }
            let by_lines = lines(message).find_map(|line| {
                let (found, value) = trailer(line)?;
                SESSION_TRAILERS
                    .iter()
                    .any(|(k, _)| found.eq_ignore_ascii_case(k))
                    .then_some(value.to_string())
            });
            assert_eq!(session.is_some(), by_lines.is_some(), "{message:?}");
            found += usize::from(session.is_some());
        }
        assert_eq!(found, 4);
    }

    /// The identities kept for the run answer as they were judged.
    #[test]
    fn remembered_identities_are_judged_alike() {
        let ids = [
            ("Claude", "noreply@anthropic.com"),
            ("claude", "noreply@anthropic.com"),
            ("Claude", ""),
            ("Jane Doe", "jane@example.com"),
            ("Jane Doe", "noreply@anthropic.com"),
            (
                "copilot-swe-agent[bot]",
                "198982749+Copilot@users.noreply.github.com",
            ),
        ];
        for _ in 0..2 {
            for (name, email) in ids {
                assert_eq!(
                    classify(name, email),
                    classify_uncached(name, email),
                    "{name} <{email}>"
                );
            }
        }
        assert_ne!(classify("Claude", "noreply@anthropic.com"), None);
        assert_eq!(classify("Jane Doe", "jane@example.com"), None);
    }

    #[test]
    fn ascii_wildcards_match_as_the_glob_loop_does() {
        let patterns = [
            "",
            "*",
            "**",
            "a",
            "A*",
            "*a",
            "*+claude[bot]@users.noreply.github.com",
            "claude[bot]",
            "*b*",
            "a*b",
            "*ab",
            "ab*",
            "*a*b*",
            "noreply@anthropic.com",
        ];
        let texts = [
            "",
            "a",
            "A",
            "b",
            "ab",
            "AB",
            "ba",
            "aab",
            "abb",
            "xab",
            "abx",
            "123+Claude[bot]@users.noreply.github.com",
            "claude[bot]@users.noreply.github.com",
            "+claude[bot]@users.noreply.github.com",
            "CLAUDE[BOT]",
            "NoReply@Anthropic.com",
        ];
        for p in patterns {
            for t in texts {
                let slow = matches(p.as_bytes(), t.as_bytes(), |a, b| a.eq_ignore_ascii_case(b));
                assert_eq!(
                    ascii_wildcard(p.as_bytes(), t.as_bytes()),
                    slow,
                    "{p:?} {t:?}"
                );
            }
        }
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
        assert_eq!(split_identity("Claude"), ("Claude", ""));
        let agent = |n, e| match classify(n, e) {
            Some(Who::Agent(a)) => Some(a),
            _ => None,
        };
        assert_eq!(
            agent("Claude Sonnet 4.5", "noreply@anthropic.com").as_deref(),
            Some("claude-code")
        );
        assert_eq!(agent("Jane", "jane@example.com"), None);
        assert_eq!(
            agent("Jane (aider)", "jane@example.com").as_deref(),
            Some("aider")
        );
    }
}
