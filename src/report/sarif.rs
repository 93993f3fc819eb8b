//! `--format sarif`: SARIF 2.1.0 for GitHub code scanning
//! (`github/codeql-action/upload-sarif`). Rule ids are remit's stable ids,
//! help comes from the rule docs, and every result carries a
//! `partialFingerprints` entry built from what stays the same across pushes
//! (rule, category, path), never from commit SHAs.

use serde_json::{json, Value};

use crate::finding::{Finding, Severity};
use crate::gate::Outcome;
use crate::hash::sha256_hex;
use crate::model::policy::Action;
use crate::redact::redact;
use crate::rules::RuleId;
use crate::verdict;

pub const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const DOCS_BASE: &str = "https://github.com/remit-dev/remit/blob/main/docs/rules";
/// GitHub keeps 10 tags per rule; `security` plus the first frameworks.
const MAX_TAGS: usize = 10;

pub fn render(outcome: &Outcome) -> String {
    let doc = json!({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "remit",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/remit-dev/remit",
                "rules": RuleId::ALL.iter().map(|r| rule(*r)).collect::<Vec<_>>(),
            }},
            "automationDetails": {"id": "remit/"},
            "invocations": [{"executionSuccessful": true}],
            "properties": {
                "verdict": outcome.verdict.outcome.as_str(),
                "base": outcome.base,
                "head": outcome.head,
            },
            "results": outcome.verdict.findings.iter().map(result).collect::<Vec<_>>(),
        }],
    });
    // A `Value` always serializes.
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}

fn rule(r: RuleId) -> Value {
    let docs = r.docs();
    let mut tags = vec!["security"];
    tags.extend(r.frameworks().iter().take(MAX_TAGS - 1));
    json!({
        "id": r.as_str(),
        "name": r.as_str(),
        "shortDescription": {"text": r.summary()},
        "fullDescription": {"text": first_paragraph(docs)},
        "help": {"text": docs, "markdown": docs},
        "helpUri": format!("{DOCS_BASE}/{}.md", r.as_str()),
        "defaultConfiguration": {"level": level_of(r.severity())},
        "properties": {
            "tags": tags,
            "precision": "high",
            "security-severity": security_severity(r.severity()),
        },
    })
}

/// The paragraph after the page's `# heading`.
fn first_paragraph(docs: &str) -> String {
    docs.lines()
        .skip_while(|l| l.starts_with('#') || l.trim().is_empty())
        .take_while(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn level_of(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low => "note",
    }
}

fn security_severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "9.5",
        Severity::High => "8.0",
        Severity::Medium => "5.5",
        Severity::Low => "3.0",
    }
}

/// The result level follows what the finding does to the merge.
fn result_level(f: &Finding) -> &'static str {
    if verdict::blocks(f) {
        "error"
    } else if f.action == Action::Approve {
        "note"
    } else {
        "warning"
    }
}

/// A stable fingerprint: the same finding on a later push maps to the same alert.
pub fn fingerprint(f: &Finding) -> String {
    let key = format!(
        "{}\0{}\0{}",
        f.rule.as_str(),
        f.category.as_deref().unwrap_or_default(),
        f.path.as_deref().unwrap_or_default()
    );
    sha256_hex(key.as_bytes())[..32].to_string()
}

fn result(f: &Finding) -> Value {
    let index = RuleId::ALL.iter().position(|r| *r == f.rule).unwrap_or(0);
    let line = f.line.unwrap_or(1).max(1);
    let mut text = redact(&f.message).into_owned();
    if !f.fix.is_empty() {
        text.push_str(" Fix: ");
        text.push_str(&redact(&f.fix));
    }
    let fp = fingerprint(f);
    let mut result = json!({
        "ruleId": f.rule.as_str(),
        "ruleIndex": index,
        "level": result_level(f),
        "message": {"text": text},
        "partialFingerprints": {
            "primaryLocationLineHash": format!("{fp}:1"),
            "remitFindingHash/v1": fp,
        },
        "properties": {
            "action": f.action.as_str(),
            "severity": f.severity.as_str(),
            "category": f.category,
            "commit": f.commit,
            "session": f.session,
            "frameworks": f.frameworks(),
        },
    });
    if let Some(path) = &f.path {
        result["locations"] = json!([{
            "physicalLocation": {
                "artifactLocation": {"uri": uri_of(path)},
                "region": {"startLine": line},
            }
        }]);
    }
    if let Some(who) = &f.approved_by {
        result["suppressions"] = json!([{
            "kind": "external",
            "status": "accepted",
            "justification": format!("approved by {}", redact(who)),
        }]);
    }
    result
}

/// A repo-relative path as a URI reference: percent-encode what a URI cannot hold.
fn uri_of(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uri_encoding_keeps_slashes_and_escapes_spaces() {
        assert_eq!(uri_of("src/a b#c.rs"), "src/a%20b%23c.rs");
    }

    #[test]
    fn first_paragraph_skips_heading() {
        assert_eq!(first_paragraph("# `x`\n\nOne\ntwo.\n\n## More"), "One two.");
    }
}
