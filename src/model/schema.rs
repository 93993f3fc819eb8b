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
pub(crate) enum SchemaKind {
    /// `.github/remit.yml`
    Policy,
    /// `.remit/task.yml`
    Manifest,
}

impl SchemaKind {
    /// The committed file under `schemas/`.
    pub(crate) fn file_name(self) -> &'static str {
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
pub(crate) struct PolicyFile {
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
    /// The action for each class of `workflow-risk` finding (zizmor's audit names, `remit` for remit's own checks); a class not listed blocks.
    workflow_risk: Option<WorkflowRiskFile>,
    /// The action of each session rule (default: exfiltration, hook-bypass, prompt-injection and unapproved-tool block; egress, permission-bypass and unexplained-change warn).
    rules: Option<RulesFile>,
}

/// ignore, warn, approve (a person's approval passes it) or block.
#[derive(JsonSchema)]
#[schemars(rename_all = "lowercase")]
#[allow(dead_code)]
enum RiskAction {
    Ignore,
    Warn,
    Approve,
    Block,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields, rename_all = "kebab-case")]
#[allow(dead_code)]
struct WorkflowRiskFile {
    artipacked: Option<RiskAction>,
    bot_conditions: Option<RiskAction>,
    cache_poisoning: Option<RiskAction>,
    dangerous_triggers: Option<RiskAction>,
    excessive_permissions: Option<RiskAction>,
    github_env: Option<RiskAction>,
    insecure_commands: Option<RiskAction>,
    overprovisioned_secrets: Option<RiskAction>,
    remit: Option<RiskAction>,
    secrets_inherit: Option<RiskAction>,
    template_injection: Option<RiskAction>,
    unpinned_images: Option<RiskAction>,
    unpinned_uses: Option<RiskAction>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields, rename_all = "kebab-case")]
#[allow(dead_code)]
struct RulesFile {
    egress: Option<RiskAction>,
    exfiltration: Option<RiskAction>,
    hook_bypass: Option<RiskAction>,
    permission_bypass: Option<RiskAction>,
    prompt_injection: Option<RiskAction>,
    unapproved_tool: Option<RiskAction>,
    unexplained_change: Option<RiskAction>,
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
    /// A commit accepting a review bot's suggestion (gemini-code-assist, Copilot Autofix, greptile, ellipsis, sourcery, …): gated as the accepting person's commit (`person`, the default) or as an agent commit (`agent`).
    suggestions: Option<SuggestionsFile>,
}

#[derive(JsonSchema)]
#[allow(dead_code)]
#[schemars(rename_all = "lowercase")]
enum SuggestionsFile {
    Person,
    Agent,
}

/// A protected category. A category that is not built in needs `paths`.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct CategoryFile {
    /// Globs (gitignore-like) added to the category.
    paths: Option<StringList>,
    /// Globs of paths that are never in the category, whatever else matched
    /// (built-in globs, `paths`, auth words).
    exclude: Option<StringList>,
    /// Built-in auth words that no longer make a path `auth` (auth only),
    /// e.g. `[session]` in a repository whose ORM has a Session class.
    ignore_words: Option<StringList>,
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
pub(crate) struct ManifestFile {
    version: Version,
    /// The task, in one line.
    task: String,
    ticket: Option<String>,
    /// The agent sessions this manifest governs (default: all).
    sessions: Option<StringList>,
    /// The branches this manifest governs (default: all).
    branches: Option<StringList>,
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
pub(crate) fn schema(kind: SchemaKind) -> Value {
    let generator = SchemaSettings::draft2020_12()
        .with(|s| s.inline_subschemas = true)
        .into_generator();
    let schema = match kind {
        SchemaKind::Policy => generator.into_root_schema_for::<PolicyFile>(),
        SchemaKind::Manifest => generator.into_root_schema_for::<ManifestFile>(),
    };
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
pub(crate) fn render(kind: SchemaKind) -> String {
    let mut text = serde_json::to_string_pretty(&schema(kind)).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{manifest, policy};

    fn keys(schema: &Value, pointer: &str) -> Vec<String> {
        let props = schema
            .pointer(pointer)
            .and_then(Value::as_object)
            .unwrap_or_else(|| panic!("no object at {pointer}"));
        let mut keys: Vec<String> = props.keys().cloned().collect();
        keys.sort();
        keys
    }

    fn sorted(list: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = list.iter().map(|s| s.to_string()).collect();
        v.sort();
        v
    }

    /// The schema may not drift from the strict readers: every object's
    /// properties are exactly the keys the reader accepts.
    #[test]
    fn properties_equal_the_readers_keys() {
        let p = schema(SchemaKind::Policy);
        assert_eq!(keys(&p, "/properties"), sorted(policy::TOP_KEYS));
        assert_eq!(
            keys(&p, "/properties/agents/properties"),
            sorted(policy::AGENT_KEYS)
        );
        assert_eq!(
            keys(&p, "/properties/categories/additionalProperties/properties"),
            sorted(policy::CATEGORY_KEYS)
        );
        assert_eq!(
            keys(&p, "/properties/audit/properties"),
            sorted(policy::AUDIT_KEYS)
        );
        assert_eq!(
            keys(&p, "/properties/approvals/properties"),
            sorted(policy::APPROVAL_KEYS)
        );
        assert_eq!(
            keys(&p, "/properties/workflow_risk/properties"),
            sorted(policy::WORKFLOW_RISK_CLASSES)
        );
        assert_eq!(
            keys(&p, "/properties/rules/properties"),
            sorted(policy::SETTABLE_RULES)
        );
        let m = schema(SchemaKind::Manifest);
        assert_eq!(keys(&m, "/properties"), sorted(manifest::KEYS));
        assert_eq!(
            keys(&m, "/properties/scope/properties"),
            sorted(manifest::SCOPE_KEYS)
        );
        assert_eq!(
            m["required"],
            serde_json::json!(["version", "task", "scope"])
        );
        assert_eq!(p["required"], serde_json::json!(["version"]));
    }

    /// Like the readers, every object refuses unknown keys.
    #[test]
    fn every_object_is_closed_and_nothing_is_nullable() {
        fn walk(v: &Value, at: &str) {
            match v {
                Value::Object(map) => {
                    if map.get("type") == Some(&Value::String("object".into())) {
                        assert!(map.contains_key("additionalProperties"), "{at} is open");
                    }
                    for (k, v) in map {
                        walk(v, &format!("{at}/{k}"));
                    }
                }
                Value::Array(items) => {
                    for (i, v) in items.iter().enumerate() {
                        walk(v, &format!("{at}/{i}"));
                    }
                }
                _ => {}
            }
        }
        walk(&schema(SchemaKind::Policy), "policy");
        walk(&schema(SchemaKind::Manifest), "manifest");
    }

    fn validator(kind: SchemaKind) -> (boon::Schemas, boon::SchemaIndex) {
        let value = schema(kind);
        let id = value["$id"].as_str().expect("$id").to_string();
        let mut schemas = boon::Schemas::new();
        let mut compiler = boon::Compiler::new();
        compiler.add_resource(&id, value).expect("add");
        let index = compiler.compile(&id, &mut schemas).expect("compiles");
        (schemas, index)
    }

    fn yaml(text: &str) -> Value {
        serde_yaml::from_str(text).expect("YAML")
    }

    fn accepts(kind: SchemaKind, text: &str) -> bool {
        let (schemas, index) = validator(kind);
        schemas.validate(&yaml(text), index).is_ok()
    }

    #[test]
    fn the_default_policy_and_the_template_validate() {
        assert!(accepts(SchemaKind::Policy, policy::DEFAULT_POLICY_YAML));
        assert!(accepts(
            SchemaKind::Manifest,
            manifest::MANIFEST_TEMPLATE_YAML
        ));
    }

    /// What the readers refuse, the schema refuses too (and the reverse for
    /// what they accept).
    #[test]
    fn schema_and_reader_agree_on_examples() {
        let policies = [
            ("version: 1\n", true),
            ("version: 1\nmode: report\nout_of_scope: block\n", true),
            ("version: 1\ncategories:\n  payments:\n    paths: [\"src/pay/**\"]\n    on_violation: approve\n", true),
            ("version: 1\nagents:\n  trailers: \"Co-authored-by: bot*\"\n", true),
            ("version: 1\nmode: lenient\n", false),
            ("version: 2\n", false),
            ("mode: enforce\n", false),
            ("version: 1\nfoo: 1\n", false),
            ("version: 1\ncategories:\n  auth:\n    pathz: [x]\n", false),
            ("version: 1\ncategories:\n  Bad Name:\n    paths: [x]\n", false),
            // `key: ~` reads as an absent key, for the reader and the schema alike.
            ("version: 1\nmode: ~\n", true),
        ];
        for (text, ok) in policies {
            assert_eq!(accepts(SchemaKind::Policy, text), ok, "schema on {text:?}");
            assert_eq!(
                policy::Policy::parse(text, "p.yml").is_ok(),
                ok,
                "reader on {text:?}"
            );
        }
        let manifests = [
            ("version: 1\ntask: t\nscope:\n  paths: [\"src/**\"]\n", true),
            ("version: 1\ntask: t\nscope:\n  paths: \"src/**\"\n  exclude: [\"src/gen/**\"]\ngrants: [auth]\n", true),
            ("version: 1\nscope:\n  paths: [\"src/**\"]\n", false),
            ("version: 1\ntask: t\n", false),
            ("version: 1\ntask: ~\nscope:\n  paths: [x]\n", false),
            ("version: 1\ntask: t\nscope:\n  exclude: [x]\n", false),
            ("version: 1\ntask: t\nscope:\n  paths: [x]\ngrant: [auth]\n", false),
        ];
        for (text, ok) in manifests {
            assert_eq!(
                accepts(SchemaKind::Manifest, text),
                ok,
                "schema on {text:?}"
            );
            assert_eq!(
                manifest::Manifest::parse(text, "m.yml", None).is_ok(),
                ok,
                "reader on {text:?}"
            );
        }
    }
}
