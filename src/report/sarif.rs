//! `--format sarif`: SARIF 2.1.0 for GitHub code scanning
//! (`github/codeql-action/upload-sarif`). Rule ids are remit's stable ids,
//! help comes from the rule docs, and every result carries a
//! `partialFingerprints` entry built from what stays the same across pushes
//! (rule, category, path), never from commit SHAs.

use serde::Serialize;

use crate::finding::{Finding, RuleMeta, Severity};
use crate::gate::Outcome;
use crate::hash::sha256_hex;
use crate::model::policy::Action;
use crate::redact::redact;
use crate::rules;
use crate::verdict;

pub(crate) const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const DOCS_BASE: &str = "https://github.com/remit-dev/remit/blob/main/docs/rules";
/// GitHub keeps 10 tags per rule; `security` plus the first frameworks.
const MAX_TAGS: usize = 10;

// The subset of SARIF 2.1.0 remit writes; field order is output order.

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    automation_details: AutomationDetails,
    invocations: [Invocation; 1],
    properties: RunProperties<'a>,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    information_uri: &'static str,
    rules: Vec<ReportingDescriptor>,
}

#[derive(Serialize)]
struct AutomationDetails {
    id: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
}

#[derive(Serialize)]
struct RunProperties<'a> {
    verdict: &'static str,
    base: &'a str,
    head: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReportingDescriptor {
    id: &'static str,
    name: &'static str,
    short_description: Text,
    full_description: Text,
    help: Help,
    help_uri: String,
    default_configuration: Configuration,
    properties: RuleProperties,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: &'static str,
    markdown: &'static str,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct RuleProperties {
    tags: Vec<&'static str>,
    precision: &'static str,
    #[serde(rename = "security-severity")]
    security_severity: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    partial_fingerprints: Fingerprints,
    properties: ResultProperties<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    locations: Option<[Location; 1]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    suppressions: Option<[Suppression; 1]>,
}

#[derive(Serialize)]
struct Fingerprints {
    #[serde(rename = "primaryLocationLineHash")]
    primary_location_line_hash: String,
    #[serde(rename = "remitFindingHash/v1")]
    remit_finding_hash: String,
}

#[derive(Serialize)]
struct ResultProperties<'a> {
    action: &'static str,
    severity: &'static str,
    category: &'a Option<String>,
    commit: &'a Option<String>,
    session: &'a Option<String>,
    frameworks: &'static [&'static str],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: PhysicalLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
}

#[derive(Serialize)]
struct Suppression {
    kind: &'static str,
    status: &'static str,
    justification: String,
}

pub(crate) fn render(outcome: &Outcome) -> String {
    let doc = Log {
        schema: SCHEMA_URI,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "remit",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    information_uri: "https://github.com/remit-dev/remit",
                    rules: rules::metas().map(rule).collect(),
                },
            },
            automation_details: AutomationDetails { id: "remit/" },
            invocations: [Invocation {
                execution_successful: true,
            }],
            properties: RunProperties {
                verdict: outcome.verdict.outcome.as_str(),
                base: &outcome.base,
                head: &outcome.head,
            },
            results: outcome.verdict.findings.iter().map(result).collect(),
        }],
    };
    // Plain structs of strings and numbers always serialize.
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}

fn rule(r: &'static RuleMeta) -> ReportingDescriptor {
    let mut tags = vec!["security"];
    tags.extend(r.frameworks.iter().take(MAX_TAGS - 1));
    ReportingDescriptor {
        id: r.id,
        name: r.id,
        short_description: Text {
            text: r.summary.to_string(),
        },
        full_description: Text {
            text: first_paragraph(r.docs),
        },
        help: Help {
            text: r.docs,
            markdown: r.docs,
        },
        help_uri: format!("{DOCS_BASE}/{}.md", r.id),
        default_configuration: Configuration {
            level: level_of(r.severity),
        },
        properties: RuleProperties {
            tags,
            precision: "high",
            security_severity: security_severity(r.severity),
        },
    }
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
pub(crate) fn fingerprint(f: &Finding) -> String {
    let key = format!(
        "{}\0{}\0{}",
        f.rule.id,
        f.category.as_deref().unwrap_or_default(),
        f.path.as_deref().unwrap_or_default()
    );
    sha256_hex(key.as_bytes())[..32].to_string()
}

fn result(f: &Finding) -> SarifResult<'_> {
    let line = f.line.unwrap_or(1).max(1);
    let mut text = redact(&f.message).into_owned();
    if !f.fix.is_empty() {
        text.push_str(" Fix: ");
        text.push_str(&redact(&f.fix));
    }
    let fp = fingerprint(f);
    SarifResult {
        rule_id: f.rule.id,
        rule_index: rules::index_of(f.rule).unwrap_or(0),
        level: result_level(f),
        message: Text { text },
        partial_fingerprints: Fingerprints {
            primary_location_line_hash: format!("{fp}:1"),
            remit_finding_hash: fp,
        },
        properties: ResultProperties {
            action: f.action.as_str(),
            severity: f.severity.as_str(),
            category: &f.category,
            commit: &f.commit,
            session: &f.session,
            frameworks: f.frameworks(),
        },
        locations: f.path.as_ref().map(|path| {
            [Location {
                physical_location: PhysicalLocation {
                    artifact_location: ArtifactLocation { uri: uri_of(path) },
                    region: Region { start_line: line },
                },
            }]
        }),
        suppressions: f.approved_by.as_ref().map(|who| {
            [Suppression {
                kind: "external",
                status: "accepted",
                justification: format!("approved by {}", redact(who)),
            }]
        }),
    }
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
