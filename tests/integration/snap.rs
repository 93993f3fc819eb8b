//! Helpers for the snapshot tests: what varies from run to run (the temp
//! folder, commit shas) is replaced by stable names before a report is
//! compared, so a snapshot changes only when remit's output does.
//!
//! Snapshots live in tests/integration/snapshots/. A mismatch fails the test
//! (insta never accepts a change on its own); review a change with
//! `cargo insta review`, or rerun with `INSTA_UPDATE=always` and read the diff.

use std::path::Path;

use serde_json::Value;

use crate::common::*;

/// Replacements for one repository: its folder, and every commit's sha
/// (full and the 12-character form reports print) named by its order.
pub struct Normalizer {
    pairs: Vec<(String, String)>,
}

impl Normalizer {
    pub fn of(dir: &Path) -> Self {
        let mut pairs = Vec::new();
        // Commits in the order they were made (the builder's clock only
        // moves forward), so names follow the story of the fixture.
        let shas = git(dir, &["rev-list", "--all", "--date-order", "--reverse"]);
        for (i, sha) in shas.lines().enumerate() {
            let name = format!("COMMIT_{}", i + 1);
            pairs.push((sha.to_string(), name.clone()));
            pairs.push((sha[..12].to_string(), name));
        }
        for path in [Some(dir.to_path_buf()), dir.canonicalize().ok()]
            .into_iter()
            .flatten()
        {
            pairs.push((path.display().to_string(), "[REPO]".to_string()));
        }
        // Longest first: a full sha before its prefix, a path before its parent.
        pairs.sort_by_key(|(from, _)| std::cmp::Reverse(from.len()));
        Self { pairs }
    }

    pub fn text(&self, s: &str) -> String {
        self.pairs
            .iter()
            .fold(s.to_string(), |acc, (from, to)| acc.replace(from, to))
    }

    /// Every string in `value` (object keys too) normalised.
    pub fn json(&self, value: &Value) -> Value {
        match value {
            Value::String(s) => Value::String(self.text(s)),
            Value::Array(items) => Value::Array(items.iter().map(|v| self.json(v)).collect()),
            Value::Object(map) => Value::Object(
                map.iter()
                    .map(|(k, v)| (self.text(k), self.json(v)))
                    .collect(),
            ),
            other => other.clone(),
        }
    }
}

/// The findings of a report, without the framework mappings (a rule's
/// metadata, snapshotted once with the JSON report format, not per finding).
pub fn findings_without_frameworks(report: &Value) -> Value {
    let mut findings = report["findings"].clone();
    for f in findings.as_array_mut().into_iter().flatten() {
        if let Some(map) = f.as_object_mut() {
            map.remove("frameworks");
        }
    }
    findings
}
