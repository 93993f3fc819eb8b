//! A strict reader over located YAML: unknown keys and wrong types are
//! collected as problems with line:col instead of stopping at the first one,
//! so a user fixes a policy or manifest in one pass.

use std::collections::HashSet;

use marked_yaml::{types::MarkedMappingNode, Node};

use crate::error::Problem;

/// A value with the place it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Located<T> {
    pub(crate) value: T,
    pub(crate) line: usize,
    pub(crate) col: usize,
}

/// Problems found so far in one file.
#[derive(Debug, Default)]
pub(crate) struct Problems(pub(crate) Vec<Problem>);

impl Problems {
    pub(crate) fn at(&mut self, node: &Node, message: impl Into<String>) {
        let (line, col) = position(node);
        self.push(line, col, message);
    }

    pub(crate) fn push(&mut self, line: usize, col: usize, message: impl Into<String>) {
        self.0.push(Problem {
            line,
            col,
            message: message.into(),
        });
    }
}

pub(crate) fn position(node: &Node) -> (usize, usize) {
    let start = node.span().start().map(|m| (m.line(), m.column()));
    // A block mapping's own span starts after its first key (at the `:`);
    // the place a reader looks for it is that key, so take whichever is first.
    let first_key = match node {
        Node::Mapping(map) => map
            .keys()
            .filter_map(|k| k.span().start().map(|m| (m.line(), m.column())))
            .min(),
        _ => None,
    };
    match (start, first_key) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b).unwrap_or((1, 1)),
    }
}

/// Parses YAML text into a located tree whose top level is a mapping.
pub(crate) fn parse(text: &str, problems: &mut Problems) -> Option<Node> {
    if text.trim().is_empty() {
        problems.push(
            1,
            1,
            "the file is empty; expected a mapping with `version: 1`",
        );
        return None;
    }
    let options = marked_yaml::LoaderOptions::default()
        .error_on_duplicate_keys(true)
        .prevent_coercion(true)
        .toplevel_mapping();
    match marked_yaml::parse_yaml_with_options(0, text, options) {
        Ok(node) => Some(node),
        Err(err) => {
            let (line, col, message) = describe_load_error(&err);
            problems.push(line, col, message);
            None
        }
    }
}

fn describe_load_error(err: &marked_yaml::LoadError) -> (usize, usize, String) {
    use marked_yaml::LoadError as E;
    let (marker, what) = match err {
        E::TopLevelMustBeMapping(m) => (Some(*m), "the top level must be a mapping".to_string()),
        E::TopLevelMustBeSequence(m) => (Some(*m), "the top level must be a sequence".to_string()),
        E::UnexpectedAnchor(m) => (Some(*m), "YAML anchors are not allowed here".to_string()),
        E::MappingKeyMustBeScalar(m) => {
            (Some(*m), "mapping keys must be plain strings".to_string())
        }
        E::UnexpectedTag(m) => (Some(*m), "YAML tags are not allowed here".to_string()),
        E::ScanError(m, e) => (Some(*m), format!("invalid YAML: {}", e.info())),
        E::DuplicateKey(inner) => (
            inner.key.span().start().copied(),
            format!("duplicate key `{}`", inner.key.as_str()),
        ),
    };
    let (line, col) = marker.map(|m| (m.line(), m.column())).unwrap_or((1, 1));
    (line, col, what)
}

/// The keys of one mapping, read one by one; whatever is left over is unknown.
pub(crate) struct Fields<'n> {
    map: &'n MarkedMappingNode,
    section: &'static str,
    known: &'static [&'static str],
    seen: HashSet<&'static str>,
}

impl<'n> Fields<'n> {
    /// `node` must be a mapping; otherwise a problem is recorded and `None` returned.
    pub(crate) fn of(
        node: &'n Node,
        section: &'static str,
        known: &'static [&'static str],
        problems: &mut Problems,
    ) -> Option<Self> {
        match node {
            Node::Mapping(map) => Some(Self {
                map,
                section,
                known,
                seen: HashSet::new(),
            }),
            _ => {
                problems.at(node, format!("`{section}` must be a mapping"));
                None
            }
        }
    }

    pub(crate) fn get(&mut self, key: &'static str) -> Option<&'n Node> {
        debug_assert!(self.known.contains(&key), "{key} not declared as known");
        self.seen.insert(key);
        let node = self.map.get_node(key)?;
        // `key:` with nothing after it reads as null: treat as absent.
        match node {
            Node::Scalar(s)
                if s.as_str().is_empty() || s.as_str() == "~" || s.as_str() == "null" =>
            {
                None
            }
            _ => Some(node),
        }
    }

    /// The entries of a free-form mapping (e.g. user-named categories).
    pub(crate) fn entries(&self) -> impl Iterator<Item = (Located<String>, &'n Node)> {
        self.map.iter().map(|(k, v)| {
            let (line, col) = k
                .span()
                .start()
                .map(|m| (m.line(), m.column()))
                .unwrap_or((1, 1));
            (
                Located {
                    value: k.as_str().to_string(),
                    line,
                    col,
                },
                v,
            )
        })
    }

    /// Reports every key that is not one of `known`.
    pub(crate) fn finish(self, problems: &mut Problems) {
        for (key, _) in self.map.iter() {
            if !self.known.contains(&key.as_str()) {
                let (line, col) = key
                    .span()
                    .start()
                    .map(|m| (m.line(), m.column()))
                    .unwrap_or((1, 1));
                let hint = closest(key.as_str(), self.known)
                    .map(|k| format!(" (did you mean `{k}`?)"))
                    .unwrap_or_default();
                problems.push(
                    line,
                    col,
                    format!(
                        "unknown key `{}` in {}{hint}; expected one of: {}",
                        key.as_str(),
                        self.section,
                        self.known.join(", ")
                    ),
                );
            }
        }
    }
}

fn closest<'a>(key: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (edit_distance(key, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

pub(crate) fn string(node: &Node, what: &str, problems: &mut Problems) -> Option<Located<String>> {
    match node {
        Node::Scalar(s) => {
            let (line, col) = position(node);
            Some(Located {
                value: s.as_str().to_string(),
                line,
                col,
            })
        }
        _ => {
            problems.at(node, format!("`{what}` must be a string"));
            None
        }
    }
}

pub(crate) fn boolean(node: &Node, what: &str, problems: &mut Problems) -> Option<bool> {
    match node.as_scalar().map(|s| s.as_str()) {
        Some("true") => Some(true),
        Some("false") => Some(false),
        _ => {
            problems.at(node, format!("`{what}` must be true or false"));
            None
        }
    }
}

/// A string that must be one of `allowed`.
pub(crate) fn choice(
    node: &Node,
    what: &str,
    allowed: &[&str],
    problems: &mut Problems,
) -> Option<Located<String>> {
    let value = string(node, what, problems)?;
    if allowed.contains(&value.value.as_str()) {
        Some(value)
    } else {
        problems.at(
            node,
            format!(
                "`{what}` is `{}`; expected one of: {}",
                value.value,
                allowed.join(", ")
            ),
        );
        None
    }
}

/// A list of strings; a single string is accepted as a list of one.
pub(crate) fn string_list(
    node: &Node,
    what: &str,
    problems: &mut Problems,
) -> Vec<Located<String>> {
    match node {
        Node::Sequence(items) => items
            .iter()
            .filter_map(|item| string(item, what, problems))
            .collect(),
        Node::Scalar(_) => string(node, what, problems).into_iter().collect(),
        Node::Mapping(_) => {
            problems.at(node, format!("`{what}` must be a list of strings"));
            Vec::new()
        }
    }
}

/// `version:` must be present and equal to 1.
pub(crate) fn version(fields: &mut Fields<'_>, root: &Node, problems: &mut Problems) {
    match fields.get("version") {
        None => problems.at(root, "missing `version: 1`"),
        Some(node) => match node.as_scalar().map(|s| s.as_str()) {
            Some("1") => {}
            _ => problems.at(node, "unsupported `version`; this remit reads `version: 1`"),
        },
    }
}
