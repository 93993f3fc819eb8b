//! A YAML document for the semantic checks: the value as serde_yaml reads it
//! (anchors and merge keys resolved, like the CI systems do) plus a way to
//! find the line of any key path in the original text, so every finding
//! points at the exact line.

use std::cell::OnceCell;
use std::sync::LazyLock;

use regex::Regex;
use serde_yaml::{Mapping, Value};

/// One step of a path into a document: a mapping key or a sequence index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Seg {
    Key(String),
    Index(usize),
}

pub(crate) fn key(k: &str) -> Seg {
    Seg::Key(k.to_string())
}

pub(crate) struct Doc {
    pub(crate) value: Value,
    /// The same text with source positions; `None` when the located reader
    /// cannot load it (it refuses anchors), and lines are then found by text.
    /// Read from `source` when a line is first asked: most versions read
    /// (a changed workflow's base, a head without risks) are never asked
    /// one, and the located reader costs nearly what the value's does.
    located: OnceCell<Option<marked_yaml::Node>>,
    source: Option<Box<str>>,
    lines: Vec<String>,
}

/// Why a document could not be read: a message and the line, when known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unreadable {
    pub(crate) message: String,
    pub(crate) line: Option<usize>,
}

impl Doc {
    pub(crate) fn parse(text: &str) -> Result<Self, Unreadable> {
        let mut doc = Self::parse_unlocated(text)?;
        doc.source = Some(text.into());
        doc.lines = text.lines().map(str::to_string).collect();
        Ok(doc)
    }

    /// The value alone, without lines (every `line` is `None`): enough to
    /// tell which risks a version has, at half the cost of [`Doc::parse`].
    pub(crate) fn parse_unlocated(text: &str) -> Result<Self, Unreadable> {
        let value: Value = serde_yaml::from_str(text).map_err(|e| Unreadable {
            line: e.location().map(|l| l.line()),
            message: e.to_string(),
        })?;
        Self::unlocated(value)
    }

    /// A document of a value read without lines, its merge keys resolved.
    pub(crate) fn unlocated(value: Value) -> Result<Self, Unreadable> {
        Self::unlocated_merging(value).map(|(doc, _)| doc)
    }

    /// [`Doc::unlocated`], and whether a merge key changed the value.
    pub(crate) fn unlocated_merging(mut value: Value) -> Result<(Self, bool), Unreadable> {
        let merged = merge_keys(&mut value).map_err(|message| Unreadable {
            line: None,
            message,
        })?;
        Ok((
            Self {
                value,
                located: OnceCell::new(),
                source: None,
                lines: Vec::new(),
            },
            merged,
        ))
    }

    /// An empty mapping: the "after" of a deleted file.
    pub(crate) fn empty() -> Self {
        Self {
            value: Value::Mapping(serde_yaml::Mapping::new()),
            located: OnceCell::new(),
            source: None,
            lines: Vec::new(),
        }
    }

    /// Whether [`Doc::line`] and [`Doc::find_text`] can find any line: a
    /// document read without lines finds none, whatever is asked.
    pub(crate) fn has_lines(&self) -> bool {
        !self.lines.is_empty() || self.located().is_some()
    }

    /// Whether the source positions have been read (a line was asked).
    #[cfg(test)]
    pub(crate) fn positions_read(&self) -> bool {
        self.located.get().is_some()
    }

    /// [`Doc::located`], read on first use.
    fn located(&self) -> Option<&marked_yaml::Node> {
        self.located
            .get_or_init(|| {
                self.source
                    .as_deref()
                    .and_then(|text| marked_yaml::parse_yaml(0, text).ok())
            })
            .as_ref()
    }

    /// The 1-based line of the deepest part of `path` that exists.
    pub(crate) fn line(&self, path: &[Seg]) -> Option<usize> {
        match self.located() {
            Some(node) => located_line(node, path),
            None => self.text_line(path),
        }
    }

    /// Fallback: the first line spelling each key, in order, below the last.
    fn text_line(&self, path: &[Seg]) -> Option<usize> {
        let mut from = 0;
        let mut found = None;
        for seg in path {
            let Seg::Key(k) = seg else { continue };
            let hit = self.lines[from..]
                .iter()
                .position(|l| key_on_line(l, k))
                .map(|i| i + from);
            if let Some(i) = hit {
                found = Some(i + 1);
                from = i + 1;
            }
        }
        found
    }

    /// The 1-based line of the first line containing `needle` at or after
    /// `from` (a line number), else the first anywhere.
    pub(crate) fn find_text(&self, needle: &str, from: Option<usize>) -> Option<usize> {
        let start = from.unwrap_or(1).saturating_sub(1).min(self.lines.len());
        self.lines[start..]
            .iter()
            .position(|l| l.contains(needle))
            .map(|i| i + start + 1)
            .or_else(|| {
                self.lines
                    .iter()
                    .position(|l| l.contains(needle))
                    .map(|i| i + 1)
            })
    }
}

static KEY_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"^\s*(?:-\s+)*['"]?"#).expect("static regex"));

fn key_on_line(line: &str, key: &str) -> bool {
    let Some(m) = KEY_PREFIX.find(line) else {
        return false;
    };
    let rest = &line[m.end()..];
    rest.strip_prefix(key).is_some_and(|after| {
        let after = after.trim_start_matches(['\'', '"']);
        after.trim_start().starts_with(':')
    })
}

fn located_line(node: &marked_yaml::Node, path: &[Seg]) -> Option<usize> {
    let mut node = node;
    let mut line = node.span().start().map(|m| m.line());
    for seg in path {
        match (seg, node) {
            (Seg::Key(k), marked_yaml::Node::Mapping(map)) => {
                let Some((key, value)) = map.iter().find(|(key, _)| key.as_str() == k) else {
                    break;
                };
                line = key.span().start().map(|m| m.line()).or(line);
                node = value;
            }
            (Seg::Index(i), marked_yaml::Node::Sequence(seq)) => {
                let Some(item) = seq.get(*i) else { break };
                line = item.span().start().map(|m| m.line()).or(line);
                node = item;
            }
            _ => break,
        }
    }
    line
}

/// Resolves `<<` merge keys, including merges that bring further merges
/// (a template extending a template), as GitLab and GitHub do.
fn merge_keys(v: &mut Value) -> Result<bool, String> {
    let mut merged = false;
    match v {
        Value::Mapping(m) => {
            // Few mappings hold a `<<`: comparing their keys (what `remove`
            // compares, a string key `<<`) is cheaper than hashing `<<`
            // with the mapping's SipHash, as every parsed section's every
            // mapping did (0.09 G instructions on uv's history).
            let merges = |m: &Mapping| m.keys().any(|k| matches!(k, Value::String(s) if s == "<<"));
            while merges(m) {
                let Some(merged_value) = m.remove("<<") else {
                    break;
                };
                merged = true;
                let sources = match merged_value {
                    Value::Sequence(items) => items,
                    other => vec![other],
                };
                for source in sources {
                    let Value::Mapping(source) = source else {
                        return Err("a `<<` merge key must name a mapping".to_string());
                    };
                    for (k, val) in source {
                        m.entry(k).or_insert(val);
                    }
                }
            }
            for value in m.values_mut() {
                merged |= merge_keys(value)?;
            }
        }
        Value::Sequence(items) => {
            for item in items {
                merged |= merge_keys(item)?;
            }
        }
        Value::Tagged(t) => merged = merge_keys(&mut t.value)?,
        _ => {}
    }
    Ok(merged)
}

/// The string of a scalar (strings, booleans and numbers as written).
pub(crate) fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A mapping's value under a string key.
pub(crate) fn get<'a>(v: &'a Value, k: &str) -> Option<&'a Value> {
    v.as_mapping().and_then(|m| m.get(k))
}

/// The string keys of a mapping, in order.
pub(crate) fn keys(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_mapping)
        .map(|m| m.keys().filter_map(scalar).collect())
        .unwrap_or_default()
}

/// A string or a list of strings, as a list.
pub(crate) fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Sequence(items)) => items.iter().filter_map(scalar).collect(),
        Some(other) => scalar(other).into_iter().collect(),
        None => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_of_key_paths() {
        let text = "name: ci\non:\n  push:\njobs:\n  build:\n    runs-on: x\n    steps:\n      - uses: a/b@v1\n      - name: test\n        run: make\n";
        let doc = Doc::parse(text).expect("parse");
        assert_eq!(doc.line(&[key("jobs"), key("build")]), Some(5));
        assert_eq!(
            doc.line(&[
                key("jobs"),
                key("build"),
                key("steps"),
                Seg::Index(1),
                key("run")
            ]),
            Some(10)
        );
        assert_eq!(doc.line(&[key("jobs"), key("nope")]), Some(4));
    }

    #[test]
    fn anchors_fall_back_to_text_lines() {
        let text = "x: &a\n  k: 1\njobs:\n  one:\n    <<: *a\n    if: false\n";
        let doc = Doc::parse(text).expect("parse");
        assert_eq!(doc.line(&[key("jobs"), key("one"), key("if")]), Some(6));
        assert_eq!(
            get(
                get(get(&doc.value, "jobs").expect("jobs"), "one").expect("one"),
                "k"
            ),
            Some(&Value::Number(1.into()))
        );
    }

    #[test]
    fn lines_are_located_on_first_use_as_when_read() {
        let text = "on: push\njobs:\n  one:\n    runs-on: x\n    steps:\n      - run: a\n      - uses: b\n";
        let node = marked_yaml::parse_yaml(0, text).expect("located");
        let doc = Doc::parse(text).expect("parse");
        // Nothing located until a line is asked.
        assert!(doc.located.get().is_none());
        assert!(doc.has_lines());
        assert!(doc.located.get().is_none());
        let paths = [
            vec![key("on")],
            vec![key("jobs"), key("one"), key("runs-on")],
            vec![
                key("jobs"),
                key("one"),
                key("steps"),
                Seg::Index(1),
                key("uses"),
            ],
            vec![key("jobs"), key("two")],
        ];
        for path in &paths {
            assert_eq!(doc.line(path), located_line(&node, path), "{path:?}");
        }
        assert!(doc.located.get().is_some_and(Option::is_some));
        assert_eq!(doc.line(&paths[2]), Some(7));
        // Anchors: the located reader refuses them, lines are found by text.
        let anchored = Doc::parse("x: &a\n  k: 1\ny: *a\n").expect("parse");
        assert_eq!(anchored.line(&[key("y")]), Some(3));
        assert!(anchored.located.get().is_some_and(Option::is_none));
    }

    #[test]
    fn unlocated_reads_the_same_value_without_lines() {
        let text = "x: &a\n  k: 1\njobs:\n  one:\n    <<: *a\n    if: false\n";
        let full = Doc::parse(text).expect("parse");
        let bare = Doc::parse_unlocated(text).expect("parse");
        assert_eq!(bare.value, full.value);
        assert_eq!(bare.line(&[key("jobs"), key("one"), key("if")]), None);
        let err = Doc::parse_unlocated("a: [1, 2\nb: c\n")
            .err()
            .expect("error");
        assert_eq!(Some(err), Doc::parse("a: [1, 2\nb: c\n").err());
    }

    #[test]
    fn bad_yaml_has_a_line() {
        let err = Doc::parse("a: [1, 2\nb: c\n").err().expect("error");
        assert!(err.line.is_some(), "{err:?}");
    }
}
