//! JSON Schemas of the policy and the task manifest, for editors
//! (`# yaml-language-server: $schema=...`) and `remit schema`.
//!
//! The strict readers (`policy.rs`, `manifest.rs`) stay the authority; the
//! types below only describe what they accept. Tests hold the two together:
//! every object's properties equal the reader's key list, and the built-in
//! policy and the manifest template validate against the schemas.

use std::borrow::Cow;
use std::collections::BTreeMap;

use schemars::generate::SchemaSettings;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde_json::Value;

/// Where the published schemas live (the `$id` and the editor line).
pub const SCHEMA_BASE_URL: &str = "https://raw.githubusercontent.com/remit-dev/remit/main/schemas";

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SchemaKind {
    /// `.github/remit.yml`
    Policy,
    /// `.remit/task.yml`
    Manifest,
}

impl SchemaKind {
    /// The committed file under `schemas/`.
    pub fn file_name(self) -> &'static str {
        match self {
            Self::Policy => "remit-policy.schema.json",
            Self::Manifest => "remit-task.schema.json",
        }
    }
}

/// `version: 1`, the only format version.
struct Version;

impl JsonSchema for Version {
    fn schema_name() -> Cow<'static, str> {
        "Version".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "const": 1, "description": "The format version: always 1." })
    }
}

/// A list of strings; a single string counts as a list of one.
struct StringList;

impl JsonSchema for StringList {
    fn schema_name() -> Cow<'static, str> {
        "StringList".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "anyOf": [
                { "type": "array", "items": { "type": "string" } },
                { "type": "string" }
            ]
        })
    }
}

#[derive(JsonSchema)]
#[schemars(rename_all = "lowercase")]
#[allow(dead_code)]
enum ModeValue {
    Enforce,
    Report,
}

#[derive(JsonSchema)]
#[schemars(rename_all = "lowercase")]
#[allow(dead_code)]
enum OutOfScope {
    Ignore,
    Warn,
    Block,
}

#[derive(JsonSchema)]
#[schemars(rename_all = "lowercase")]
#[allow(dead_code)]
enum OnViolation {
    Block,
    Approve,
    Warn,
}

/// remit policy (`.github/remit.yml`), always read from the base revision.
#[derive(JsonSchema)]
#[schemars(title = "remit policy", deny_unknown_fields)]
#[allow(dead_code)]
pub struct PolicyFile {
    version: Version,
    /// enforce: blocking findings fail the check (exit 1); report: nothing fails.
    mode: Option<ModeValue>,
    /// What an agent commit touching an ordinary file outside the task manifest's scope gets.
    out_of_scope: Option<OutOfScope>,
    /// How remit recognises agent commits, on top of its built-in table.
    agents: Option<AgentsFile>,
    /// Protected categories: the built-in pipeline, review-gate, auth and agent-config, plus your own (lowercase letters, digits, `-`, `_`).
    #[schemars(extend("propertyNames" = { "pattern": "^[a-z0-9_-]+$" }))]
    categories: Option<BTreeMap<String, CategoryFile>>,
    audit: Option<AuditFile>,
    approvals: Option<ApprovalsFile>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct AgentsFile {
    /// Extra `Co-authored-by:`-style trailer lines that mark an agent commit (globs, case-insensitive).
    trailers: Option<StringList>,
    /// Extra author/committer emails or names of agents (globs, case-insensitive).
    authors: Option<StringList>,
    /// Treat every commit in the range as the agent's.
    all_commits: Option<bool>,
}

/// A protected category. A category that is not built in needs `paths`.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct CategoryFile {
    /// Globs (gitignore-like) added to the category.
    paths: Option<StringList>,
    /// block, approve (a person's approval passes it) or warn.
    on_violation: Option<OnViolation>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct AuditFile {
    /// Agent commits that no audit log covers block when true, else warn.
    required: Option<bool>,
    /// Hosts the session may reach besides well-known package registries (globs).
    allowed_hosts: Option<StringList>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct ApprovalsFile {
    /// A label a person with write access adds to approve `approve` findings.
    label: Option<String>,
    /// An approving review by a code owner of the path approves its findings.
    codeowners: Option<bool>,
}

/// remit task manifest (`.remit/task.yml`): what one agent session was asked to do.
#[derive(JsonSchema)]
#[schemars(title = "remit task manifest", deny_unknown_fields)]
#[allow(dead_code)]
pub struct ManifestFile {
    version: Version,
    /// The task, in one line.
    task: String,
    ticket: Option<String>,
    /// The agent sessions this manifest governs (default: all).
    sessions: Option<StringList>,
    scope: ScopeFile,
    /// Protected categories this task may touch, inside scope.
    grants: Option<StringList>,
    /// Optional allowlist of agent tools.
    tools: Option<StringList>,
    /// Optional extra egress allowlist (hosts).
    hosts: Option<StringList>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct ScopeFile {
    /// Where the agent may change files (gitignore-like globs).
    paths: StringList,
    /// Paths inside `paths` that stay out of scope.
    exclude: Option<StringList>,
}

/// The schema of one format, as a JSON value.
pub fn schema(kind: SchemaKind) -> Value {
    let generator = SchemaSettings::draft2020_12()
        .with(|s| s.inline_subschemas = true)
        .into_generator();
    let mut schema = match kind {
        SchemaKind::Policy => generator.into_root_schema_for::<PolicyFile>(),
        SchemaKind::Manifest => generator.into_root_schema_for::<ManifestFile>(),
    };
    forbid_null(&mut schema);
    let Value::Object(mut generated) = schema.to_value() else {
        return Value::Null;
    };
    // Identity first, then the shape, for people who read the file.
    generated.insert(
        "$id".to_string(),
        Value::String(format!("{SCHEMA_BASE_URL}/{}", kind.file_name())),
    );
    let mut out = serde_json::Map::new();
    for key in ["$schema", "$id", "title", "description"] {
        if let Some(v) = generated.remove(key) {
            out.insert(key.to_string(), v);
        }
    }
    out.extend(generated);
    Value::Object(out)
}

/// The schema as committed under `schemas/`: pretty JSON and a newline.
pub fn render(kind: SchemaKind) -> String {
    let mut text = serde_json::to_string_pretty(&schema(kind)).unwrap_or_default();
    text.push('\n');
    text
}

/// An optional key may be left out, never set to null: the readers refuse
/// `key: ~`, so the schema must too (schemars lets `Option` be null).
fn forbid_null(schema: &mut Schema) {
    if let Some(obj) = schema.as_object_mut() {
        if let Some(Value::Array(types)) = obj.get_mut("type") {
            types.retain(|t| t != "null");
            if let [only] = types.as_slice() {
                let only = only.clone();
                obj.insert("type".to_string(), only);
            }
        }
        if let Some(Value::Array(values)) = obj.get_mut("enum") {
            values.retain(|v| !v.is_null());
        }
        if let Some(Value::Array(any)) = obj.get_mut("anyOf") {
            any.retain(|s| s.get("type").and_then(Value::as_str) != Some("null"));
            if any.len() == 1 {
                if let Some(Value::Object(only)) = any.pop() {
                    obj.remove("anyOf");
                    for (k, v) in only {
                        obj.entry(k).or_insert(v);
                    }
                }
            }
        }
    }
    schemars::transform::transform_subschemas(&mut forbid_null, schema);
}
