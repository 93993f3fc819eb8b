//! Content checks for infrastructure-as-code: identity resources (auth) and
//! repository-protection resources (review-gate) found in changed Terraform
//! and Kubernetes files. Reported only when a resource itself was added,
//! removed or changed, so editing a tag next to an IAM role is not auth work.
//!
//! [`new_escalations`] goes further and reads what an identity resource
//! grants: wildcard IAM actions or resources, administrator policies and
//! roles, Kubernetes RBAC with `*` or escalation verbs, `cluster-admin`
//! bindings. These are reported as critical `protected-path` [auth] findings
//! that no manifest grant covers: a task granted auth work is not granted
//! administrator rights.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;
use std::sync::LazyLock;

use git2::Oid;

use regex::Regex;

use crate::model::category::{AUTH, REVIEW_GATE};

/// Files larger than this are not read; they count as touching identity
/// content, because a gate that cannot look must not pass.
pub(crate) const MAX_INSPECTED_BYTES: usize = 16 * 1024 * 1024;

/// An identity or protection resource whose definition changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ResourceChange {
    pub(crate) category: &'static str,
    /// `aws_iam_role.deploy`, `ClusterRoleBinding/admins`.
    pub(crate) resource: String,
    /// `added`, `removed` or `changed`.
    pub(crate) how: &'static str,
    /// Line in the new content (in the old one when removed).
    pub(crate) line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Resource {
    category: &'static str,
    line: usize,
    text: String,
}

/// Whether `path` is a file remit inspects for IaC resources.
pub(crate) fn inspects(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    [".tf", ".tofu", ".yaml", ".yml", ".json"]
        .iter()
        .any(|ext| lower.ends_with(ext))
}

/// Whether a file too large to read must still count as identity content:
/// Terraform and YAML manifests do; an arbitrary large `.json` (a lock file,
/// a data set) does not.
pub(crate) fn large_counts(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    !lower.ends_with(".json") || lower.ends_with(".tf.json")
}

/// Identity resources of a JSON or YAML document that is structured data:
/// Terraform JSON (`resource.<type>.<name>`), CloudFormation (`Resources`
/// with `AWS::IAM::*` types) and Kubernetes RBAC objects (also in a `List`).
/// Each resource's text is its body as JSON, read for escalations with the
/// same patterns as HCL.
fn structured(path: &str, text: &str) -> Vec<(String, Resource)> {
    /// Versions remembered: a change reads each side twice (resources, then
    /// escalations) and the next commit's old side is this one's new side.
    const KEPT: usize = 2;
    type Kept = Vec<(bool, String, Vec<(String, Resource)>)>;
    thread_local! {
        static RECENT: std::cell::RefCell<Kept> = const { std::cell::RefCell::new(Vec::new()) };
    }
    // Only whether the file is JSON matters to the result, besides the text.
    let json = path.to_ascii_lowercase().ends_with(".json");
    RECENT.with(|recent| {
        let mut recent = recent.borrow_mut();
        if let Some(hit) = recent.iter().find(|(j, t, _)| *j == json && t == text) {
            return hit.2.clone();
        }
        let found = structured_uncached(path, text);
        if recent.len() >= KEPT {
            recent.remove(0);
        }
        recent.push((json, text.to_string(), found.clone()));
        found
    })
}

fn structured_uncached(path: &str, text: &str) -> Vec<(String, Resource)> {
    if !names_a_resource_key(text, path.to_ascii_lowercase().ends_with(".json")) {
        return Vec::new();
    }
    structured_read(path, text)
}

/// [`structured_uncached`] without the test of the text first.
fn structured_read(path: &str, text: &str) -> Vec<(String, Resource)> {
    let lower = path.to_ascii_lowercase();
    let value: Option<serde_json::Value> = if lower.ends_with(".json") {
        serde_json::from_str(text).ok()
    } else {
        serde_yaml::from_str::<serde_yaml::Value>(text)
            .ok()
            .and_then(|v| serde_json::to_value(v).ok())
    };
    let Some(value) = value else {
        return Vec::new();
    };
    let line = |needle: &str| text.find(needle).map_or(1, |offset| line_of(text, offset));
    let body = |v: &serde_json::Value| serde_json::to_string_pretty(v).unwrap_or_default();
    let mut out = Vec::new();
    if let Some(types) = value.get("resource").and_then(|r| r.as_object()) {
        for (kind, named) in types {
            let Some(category) = terraform_category(kind) else {
                continue;
            };
            for (name, v) in named.as_object().into_iter().flatten() {
                out.push((
                    format!("{kind}.{name}"),
                    Resource {
                        category,
                        line: line(&format!("\"{name}\"")),
                        text: body(v),
                    },
                ));
            }
        }
    }
    for (name, v) in value
        .get("Resources")
        .and_then(|r| r.as_object())
        .into_iter()
        .flatten()
    {
        let kind = v.get("Type").and_then(|t| t.as_str()).unwrap_or("");
        if kind.starts_with("AWS::IAM::") || kind.starts_with("AWS::SSO::") {
            out.push((
                format!("{kind}/{name}"),
                Resource {
                    category: AUTH,
                    line: line(name),
                    text: body(v),
                },
            ));
        }
    }
    let items: Vec<&serde_json::Value> = match value.get("items").and_then(|i| i.as_array()) {
        Some(items) => items.iter().collect(),
        None => vec![&value],
    };
    if lower.ends_with(".json") {
        for item in items {
            let kind = item.get("kind").and_then(|k| k.as_str()).unwrap_or("");
            if matches!(
                kind,
                "Role" | "ClusterRole" | "RoleBinding" | "ClusterRoleBinding"
            ) {
                let name = item
                    .pointer("/metadata/name")
                    .and_then(|n| n.as_str())
                    .unwrap_or("<unnamed>");
                out.push((
                    format!("{kind}/{name}"),
                    Resource {
                        category: AUTH,
                        line: line(name),
                        text: body(item),
                    },
                ));
            }
        }
    }
    out
}

/// Whether a document could hold a top-level key [`structured_uncached`]
/// reads (`resource`, `Resources`; in JSON also `items` and `kind`). A key
/// is spelled in the text unless escaped: a text that spells none is not
/// parsed (often a large one: a data set, a lock file, a workflow), with the
/// same empty answer.
fn names_a_resource_key(text: &str, json: bool) -> bool {
    if json {
        // JSON's escapes all start with a backslash.
        return text.contains('\\')
            || ["esource", "items", "kind"]
                .iter()
                .any(|k| text.contains(k));
    }
    if spells_a_resource(text) {
        return true;
    }
    // YAML: only a double-quoted scalar's escapes spell what the text does
    // not: `\x`, `\u`, `\U` write any letter, and an escaped line break
    // joins two lines (its next line's leading blanks dropped). Every other
    // escape writes no letter. Workflows' shell lines end in `\` too: the
    // text is read with every such join made.
    if !text.contains('\\') {
        return false;
    }
    joined(text).is_none_or(|joined| spells_a_resource(&joined))
}

/// `text` with every escaped line break joined (the next line's leading
/// blanks dropped), or `None` at a `\x`, `\u` or `\U` with its hex digits,
/// which may write any letter. Only from one backslash to the next is
/// looked at: the text between is copied whole (stepping through every
/// character of uv's workflows cost 0.06 G instructions).
fn joined(text: &str) -> Option<String> {
    let is_break = |c: char| matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}');
    let mut joined = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = memchr::memchr(b'\\', rest.as_bytes()) {
        joined.push_str(&rest[..at]);
        // A backslash is one byte: what follows starts a character.
        let after = &rest[at + 1..];
        let mut chars = after.chars();
        match chars.next() {
            // Only with its hex digits: a double-quoted scalar with a
            // `\u` short of them does not read at all, and elsewhere a
            // backslash is itself (`.\uv.exe` in a Windows step's script).
            Some(e @ ('x' | 'u' | 'U')) => {
                let digits = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                if (0..digits).all(|_| chars.next().is_some_and(|c| c.is_ascii_hexdigit())) {
                    return None;
                }
                joined.push('\\');
                rest = after;
            }
            Some(b) if is_break(b) => {
                let mut tail = chars.as_str();
                if b == '\r' {
                    tail = tail.strip_prefix('\n').unwrap_or(tail);
                }
                rest = tail.trim_start_matches([' ', '\t']);
            }
            _ => {
                joined.push('\\');
                rest = after;
            }
        }
    }
    joined.push_str(rest);
    Some(joined)
}

/// Whether a YAML text spells what [`structured_read`] finds a resource by:
/// a key holding `esource` and a Terraform kind's prefix
/// ([`terraform_category`]) or a CloudFormation type's. Workflows spell
/// `resource` often (0.26 G of reading on uv's history), kinds hardly ever.
/// Folding puts a space or a line break where a scalar's lines meet, so a
/// prefix a value starts with is spelled whole in the text, unless escaped.
fn spells_a_resource(text: &str) -> bool {
    text.contains("esource")
        && TF_AUTH_PREFIXES
            .iter()
            .chain(TF_REVIEW_PREFIXES)
            .chain(&["google_", "AWS::IAM::", "AWS::SSO::"])
            .any(|p| text.contains(p))
}

/// Escalations in structured identity resources: the HCL patterns over the
/// JSON body, plus Kubernetes RBAC read from the object.
fn structured_escalations(path: &str, text: &str) -> Vec<Escalation> {
    let mut out = Vec::new();
    for (key, res) in structured(path, text) {
        if res.category != AUTH {
            continue;
        }
        for (re, what) in TF_GRANTS.iter() {
            for m in re.captures_iter(&res.text) {
                if let Some(value) = m.get(1) {
                    out.push(Escalation {
                        resource: key.clone(),
                        what: format!("{what} `{}`", value.as_str()),
                        line: res.line,
                    });
                }
            }
        }
        if key.contains("Role") && (key.starts_with("Role") || key.starts_with("Cluster")) {
            // Kubernetes RBAC as JSON: read it as the YAML it also is.
            for e in kubernetes_escalations(&yaml_of(&res.text)) {
                out.push(Escalation {
                    line: res.line,
                    ..e
                });
            }
        }
    }
    out
}

/// A JSON body as YAML text (JSON is YAML; the YAML reader needs `kind:` lines).
fn yaml_of(json: &str) -> String {
    serde_json::from_str::<serde_json::Value>(json)
        .ok()
        .and_then(|v| serde_yaml::to_string(&v).ok())
        .unwrap_or_default()
}

/// Resource changes between the old and new content of one file.
#[cfg(test)]
pub(crate) fn changed_resources(
    path: &str,
    old: Option<&str>,
    new: Option<&str>,
) -> Vec<ResourceChange> {
    let before = old.map(|t| resources(path, t)).unwrap_or_default();
    let after = new.map(|t| resources(path, t)).unwrap_or_default();
    resource_changes(&before, &after)
}

/// The resources of the last version of each file read, by path: along a
/// range, the version one commit writes is the one a later commit changes,
/// and it is parsed once, not twice.
#[derive(Default)]
pub(crate) struct Found {
    last: RefCell<HashMap<String, (Oid, Rc<Resources>)>>,
}

type Resources = BTreeMap<String, Resource>;

impl Found {
    fn resources(&self, path: &str, oid: Oid, text: &str) -> Rc<Resources> {
        if let Some((at, found)) = self.last.borrow().get(path) {
            if *at == oid {
                return Rc::clone(found);
            }
        }
        let found = Rc::new(resources(path, text));
        self.last
            .borrow_mut()
            .insert(path.to_string(), (oid, Rc::clone(&found)));
        found
    }

    /// [`changed_resources`] of the file at `path`, each side given with
    /// its object.
    pub(crate) fn changed(
        &self,
        path: &str,
        old: Option<(Oid, &str)>,
        new: Option<(Oid, &str)>,
    ) -> Vec<ResourceChange> {
        let none = Resources::new();
        let before = old.map(|(oid, t)| self.resources(path, oid, t));
        let after = new.map(|(oid, t)| self.resources(path, oid, t));
        resource_changes(
            before.as_deref().unwrap_or(&none),
            after.as_deref().unwrap_or(&none),
        )
    }
}

fn resource_changes(before: &Resources, after: &Resources) -> Vec<ResourceChange> {
    let mut out = Vec::new();
    for (key, res) in after {
        match before.get(key) {
            None => out.push(change(key, res, "added")),
            Some(prev) if prev.text != res.text => out.push(change(key, res, "changed")),
            Some(_) => {}
        }
    }
    for (key, res) in before {
        if !after.contains_key(key) {
            out.push(change(key, res, "removed"));
        }
    }
    out
}

fn change(key: &str, res: &Resource, how: &'static str) -> ResourceChange {
    ResourceChange {
        category: res.category,
        resource: key.to_string(),
        how,
        line: res.line,
    }
}

fn resources(path: &str, text: &str) -> BTreeMap<String, Resource> {
    let lower = path.to_ascii_lowercase();
    let mut out = if lower.ends_with(".tf") || lower.ends_with(".tofu") {
        terraform_resources(text)
    } else if lower.ends_with(".json") {
        BTreeMap::new()
    } else {
        kubernetes_resources(text)
    };
    if !(lower.ends_with(".tf") || lower.ends_with(".tofu")) {
        out.extend(structured(path, text));
    }
    out
}

static TF_RESOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?m)^[ \t]*resource[ \t]+"([A-Za-z0-9_\-]+)"[ \t]+"([^"]+)"[ \t]*\{"#)
        .expect("static regex")
});

/// Terraform kinds of identity resources, by prefix.
const TF_AUTH_PREFIXES: &[&str] = &[
    "aws_iam_",
    "aws_ssoadmin_",
    "aws_organizations_policy",
    "aws_lakeformation_permissions",
    "azurerm_role_",
    "azurerm_pim_",
    "azuread_",
    "kubernetes_role",
    "kubernetes_cluster_role",
    "vault_policy",
    "vault_jwt_auth_backend",
    "okta_",
    "auth0_",
];
/// Terraform kinds of review gates, by prefix.
const TF_REVIEW_PREFIXES: &[&str] = &[
    "github_branch_protection",
    "github_repository_ruleset",
    "github_organization_ruleset",
    "github_repository_environment",
    "gitlab_branch_protection",
    "gitlab_project_approval_rule",
    "gitlab_project_level_mr_approvals",
];

/// Terraform / OpenTofu resource types and the category they belong to.
fn terraform_category(kind: &str) -> Option<&'static str> {
    if TF_AUTH_PREFIXES.iter().any(|p| kind.starts_with(p))
        || (kind.starts_with("google_") && kind.contains("iam"))
    {
        Some(AUTH)
    } else if TF_REVIEW_PREFIXES.iter().any(|p| kind.starts_with(p)) {
        Some(REVIEW_GATE)
    } else {
        None
    }
}

fn terraform_resources(text: &str) -> BTreeMap<String, Resource> {
    let mut out = BTreeMap::new();
    for caps in TF_RESOURCE.captures_iter(text) {
        let (Some(whole), Some(kind), Some(name)) = (caps.get(0), caps.get(1), caps.get(2)) else {
            continue;
        };
        let Some(category) = terraform_category(kind.as_str()) else {
            continue;
        };
        let body_end = block_end(text, whole.end());
        out.insert(
            format!("{}.{}", kind.as_str(), name.as_str()),
            Resource {
                category,
                line: line_of(text, whole.start()) + leading_newlines(whole.as_str()),
                text: text[whole.start()..body_end].to_string(),
            },
        );
    }
    out
}

/// The end of the `{ … }` block whose opening brace ends just before `from`.
fn block_end(text: &str, from: usize) -> usize {
    let mut depth = 1usize;
    for (i, c) in text[from..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return from + i + 1;
                }
            }
            _ => {}
        }
    }
    text.len()
}

static K8S_KIND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^kind:[ \t]*['\x22]?(Role|ClusterRole|RoleBinding|ClusterRoleBinding)['\x22]?[ \t]*(?:#.*)?$")
        .expect("static regex")
});
static K8S_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^metadata:[ \t]*\n(?:[ \t]+.*\n)*?[ \t]+name:[ \t]*['\x22]?([^'\x22\s#]+)")
        .expect("static regex")
});

/// Whether `doc` has a line a [`K8S_KIND`] match needs: `kind:` at its
/// start, then spaces or tabs, maybe a quote, then `Role` or `ClusterRole`.
/// Most YAML is no RBAC, and building the pattern cost ~0.6 M instructions
/// (escalations ran it on every YAML document an agent changed).
/// `kind:` is found by memmem (as the pattern's own prefilter would): long
/// YAML read line by line cost more than building the pattern.
fn may_be_rbac(doc: &str) -> bool {
    memchr::memmem::find_iter(doc.as_bytes(), b"kind:").any(|at| {
        let line_start = at == 0 || doc.as_bytes()[at - 1] == b'\n';
        let rest = doc[at + "kind:".len()..].trim_start_matches([' ', '\t']);
        let rest = rest.strip_prefix(['\'', '"']).unwrap_or(rest);
        line_start && (rest.starts_with("Role") || rest.starts_with("ClusterRole"))
    })
}

fn kubernetes_resources(text: &str) -> BTreeMap<String, Resource> {
    let mut out = BTreeMap::new();
    let mut offset = 0;
    for doc in split_documents(text) {
        if let Some(kind) = may_be_rbac(doc)
            .then(|| K8S_KIND.captures(doc))
            .flatten()
            .and_then(|c| c.get(1))
        {
            let name = K8S_NAME
                .captures(doc)
                .and_then(|c| c.get(1))
                .map(|m| m.as_str().to_string())
                .unwrap_or_else(|| "<unnamed>".to_string());
            out.insert(
                format!("{}/{}", kind.as_str(), name),
                Resource {
                    category: AUTH,
                    line: line_of(text, offset + kind.start()),
                    text: doc.to_string(),
                },
            );
        }
        offset += doc.len();
    }
    out
}

/// YAML documents split at `---` lines, each slice keeping its separator line.
fn split_documents(text: &str) -> Vec<&str> {
    let mut docs = Vec::new();
    let mut start = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        if pos > start && line.trim_end().starts_with("---") {
            docs.push(&text[start..pos]);
            start = pos;
        }
        pos += line.len();
    }
    docs.push(&text[start..]);
    docs
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset].bytes().filter(|b| *b == b'\n').count() + 1
}

fn leading_newlines(s: &str) -> usize {
    s.bytes()
        .take_while(|b| b.is_ascii_whitespace())
        .filter(|b| *b == b'\n')
        .count()
}

/// A grant of broad privilege in identity content.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Escalation {
    /// `aws_iam_policy.admin`, `ClusterRoleBinding/ops`.
    pub(crate) resource: String,
    /// `wildcard action \`*\``, `binds \`cluster-admin\``.
    pub(crate) what: String,
    /// Line in the new content.
    pub(crate) line: usize,
}

/// Escalations in `new` that `old` did not already have (by resource and what).
pub(crate) fn new_escalations(path: &str, old: Option<&str>, new: Option<&str>) -> Vec<Escalation> {
    let Some(new) = new else {
        return Vec::new();
    };
    let before: std::collections::BTreeSet<(String, String)> = old
        .map(|t| escalations(path, t))
        .unwrap_or_default()
        .into_iter()
        .map(|e| (e.resource, e.what))
        .collect();
    escalations(path, new)
        .into_iter()
        .filter(|e| !before.contains(&(e.resource.clone(), e.what.clone())))
        .collect()
}

fn escalations(path: &str, text: &str) -> Vec<Escalation> {
    let lower = path.to_ascii_lowercase();
    let mut out = if lower.ends_with(".tf") || lower.ends_with(".tofu") {
        terraform_escalations(text)
    } else if lower.ends_with(".json") {
        structured_escalations(path, text)
    } else {
        let mut found = kubernetes_escalations(text);
        found.extend(structured_escalations(path, text));
        found
    };
    out.sort();
    out.dedup_by(|a, b| a.resource == b.resource && a.what == b.what);
    out
}

static TF_BLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?m)^[ \t]*(resource|data)[ \t]+"([A-Za-z0-9_\-]+)"[ \t]+"([^"]+)"[ \t]*\{"#)
        .expect("static regex")
});

/// Patterns inside an identity block that grant broad privilege.
static TF_GRANTS: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    let patterns: [(&str, &'static str); 7] = [
        (
            r#"(?i)["']?\b(?:actions|action|not_actions|notaction)\b["']?\s*[:=]\s*(?:\[[^\]]*?)?"(\*|[A-Za-z0-9\-]+:\*)""#,
            "wildcard action",
        ),
        (
            r#"(?i)["']?\b(?:resources|resource)\b["']?\s*[:=]\s*(?:\[[^\]]*?)?"(\*)""#,
            "wildcard resource",
        ),
        (
            r#"arn:aws[a-z\-]*:iam::aws:policy/(AdministratorAccess|IAMFullAccess|PowerUserAccess)\b"#,
            "attaches administrator policy",
        ),
        (
            r#"["']?roles/(owner|editor|iam\.securityAdmin|iam\.serviceAccountTokenCreator|iam\.serviceAccountUser|resourcemanager\.organizationAdmin|iam\.organizationRoleAdmin)["']"#,
            "grants GCP role",
        ),
        (
            r#"role_definition_name\s*=\s*"(Owner|Contributor|User Access Administrator|Role Based Access Control Administrator)""#,
            "assigns Azure role",
        ),
        (
            r#"(?m)^\s*verbs\s*=\s*\[[^\]]*"(\*|escalate|bind|impersonate)""#,
            "RBAC verb",
        ),
        (r#"(?m)^\s*name\s*=\s*"(cluster-admin)""#, "binds"),
    ];
    patterns
        .into_iter()
        .map(|(re, what)| (Regex::new(re).expect("static regex"), what))
        .collect()
});

fn terraform_escalations(text: &str) -> Vec<Escalation> {
    let mut out = Vec::new();
    for caps in TF_BLOCK.captures_iter(text) {
        let (Some(whole), Some(kind), Some(name)) = (caps.get(0), caps.get(2), caps.get(3)) else {
            continue;
        };
        let kind = kind.as_str();
        if terraform_category(kind) != Some(AUTH) && !kind.contains("iam") {
            continue;
        }
        let end = block_end(text, whole.end());
        let body = &text[whole.end()..end];
        for (re, what) in TF_GRANTS.iter() {
            for m in re.captures_iter(body) {
                let (Some(all), Some(value)) = (m.get(0), m.get(1)) else {
                    continue;
                };
                let offset = whole.end() + all.start();
                out.push(Escalation {
                    resource: format!("{kind}.{}", name.as_str()),
                    what: format!("{what} `{}`", value.as_str()),
                    line: line_of(text, offset) + leading_newlines(all.as_str()),
                });
            }
        }
    }
    out
}

fn kubernetes_escalations(text: &str) -> Vec<Escalation> {
    use serde_yaml::Value;
    let mut out = Vec::new();
    let mut offset = 0;
    for doc in split_documents(text) {
        let start = offset;
        offset += doc.len();
        let Some(kind) = may_be_rbac(doc)
            .then(|| K8S_KIND.captures(doc))
            .flatten()
            .and_then(|c| c.get(1))
        else {
            continue;
        };
        let Ok(value) = serde_yaml::from_str::<Value>(doc) else {
            continue;
        };
        let name = K8S_NAME
            .captures(doc)
            .and_then(|c| c.get(1))
            .map_or("<unnamed>", |m| m.as_str());
        let resource = format!("{}/{name}", kind.as_str());
        let kind_line = line_of(text, start + kind.start());
        // The line holding both `after` and `token`, else the first `token`
        // at or after the first `after` line, else the kind's line.
        let lines: Vec<&str> = doc.lines().collect();
        let doc_line = line_of(text, start);
        let find = |after: &str, token: &str| -> usize {
            if let Some(i) = lines
                .iter()
                .position(|l| l.contains(after) && l.contains(token))
            {
                return doc_line + i;
            }
            let from = lines.iter().position(|l| l.contains(after)).unwrap_or(0);
            lines[from..]
                .iter()
                .position(|l| l.contains(token))
                .map_or(kind_line, |i| doc_line + from + i)
        };
        let mut push = |what: String, line: usize| {
            out.push(Escalation {
                resource: resource.clone(),
                what,
                line,
            });
        };
        let strs = |v: Option<&Value>| -> Vec<String> {
            v.and_then(Value::as_sequence)
                .map(|s| {
                    s.iter()
                        .filter_map(|x| x.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default()
        };
        for rule in value
            .get("rules")
            .and_then(Value::as_sequence)
            .into_iter()
            .flatten()
        {
            for verb in strs(rule.get("verbs")) {
                if matches!(verb.as_str(), "*" | "escalate" | "bind" | "impersonate") {
                    let line = find("verbs", &verb);
                    push(format!("RBAC verb `{verb}`"), line);
                }
            }
            if strs(rule.get("resources")).iter().any(|r| r == "*") {
                let line = find("resources", "*");
                push("RBAC resources `*`".to_string(), line);
            }
        }
        if let Some(role) = value
            .get("roleRef")
            .and_then(|r| r.get("name"))
            .and_then(Value::as_str)
        {
            if role == "cluster-admin" || role == "admin" {
                let line = find("roleRef", role);
                push(format!("binds `{role}`"), line);
            }
        }
        for subject in value
            .get("subjects")
            .and_then(Value::as_sequence)
            .into_iter()
            .flatten()
        {
            if let Some(group) = subject.get("name").and_then(Value::as_str) {
                if matches!(
                    group,
                    "system:anonymous" | "system:unauthenticated" | "system:authenticated"
                ) {
                    let line = find("subjects", group);
                    push(format!("binds to everyone (`{group}`)"), line);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn found_resources_match_a_fresh_reading_along_a_history() {
        use git2::{ObjectType, Oid};
        let role = |name: &str, body: &str| {
            format!("resource \"aws_iam_role\" \"{name}\" {{\n  name = \"{body}\"\n}}\n")
        };
        let v1 = role("a", "a");
        let v2 = format!("{v1}{}", role("b", "b"));
        let v3 = format!("{}{}", role("a", "changed"), role("b", "b"));
        let versions = [None, Some(&v1), Some(&v2), Some(&v2), Some(&v3), None];
        fn side(t: Option<&String>) -> Option<(Oid, &str)> {
            let t = t?;
            let oid = Oid::hash_object(ObjectType::Blob, t.as_bytes()).ok()?;
            Some((oid, t.as_str()))
        }
        let found = super::Found::default();
        for pair in versions.windows(2) {
            let (old, new) = (pair[0], pair[1]);
            assert_eq!(
                found.changed("main.tf", side(old), side(new)),
                super::changed_resources(
                    "main.tf",
                    old.map(String::as_str),
                    new.map(String::as_str)
                ),
                "{old:?} -> {new:?}"
            );
        }
        assert!(!found.changed("main.tf", None, side(Some(&v1))).is_empty());
    }

    #[test]
    fn remembered_reads_match_fresh_ones_per_kind_of_file() {
        let k8s = r#"{"kind": "ClusterRoleBinding", "metadata": {"name": "ops"}, "roleRef": {"kind": "ClusterRole", "name": "cluster-admin"}}"#;
        let tf = r#"{"resource": {"aws_iam_role": {"ci": {"name": "ci"}}}}"#;
        // Alternate paths and texts so every read after the first is a hit.
        for _ in 0..2 {
            for (path, text) in [("rbac.json", k8s), ("rbac.yaml", k8s), ("main.tf.json", tf)] {
                assert_eq!(
                    super::structured(path, text),
                    super::structured_uncached(path, text),
                    "{path}"
                );
            }
        }
        assert_ne!(
            super::structured("rbac.json", k8s),
            super::structured("rbac.yaml", k8s),
            "JSON RBAC objects are read only from .json files"
        );
    }

    #[test]
    fn json_and_cloudformation_identity_content() {
        let tf = r#"{"resource": {"aws_iam_role_policy_attachment": {"admin": {"role": "ci", "policy_arn": "arn:aws:iam::aws:policy/AdministratorAccess"}}}}"#;
        let e = super::new_escalations("infra/main.tf.json", None, Some(tf));
        assert!(
            e.iter().any(|e| e.what.contains("AdministratorAccess")),
            "{e:?}"
        );
        let k8s = r#"{"kind": "ClusterRoleBinding", "apiVersion": "rbac.authorization.k8s.io/v1", "metadata": {"name": "ops"}, "roleRef": {"kind": "ClusterRole", "name": "cluster-admin"}, "subjects": []}"#;
        let e = super::new_escalations("deploy/rbac.json", None, Some(k8s));
        assert!(e.iter().any(|e| e.what.contains("cluster-admin")), "{e:?}");
        let cfn = "Resources:\n  Deploy:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: '*'\n            Resource: '*'\n";
        let e = super::new_escalations("cfn/stack.yaml", None, Some(cfn));
        assert!(
            e.iter().any(|e| e.what.contains("wildcard action")),
            "{e:?}"
        );
        let changed = super::changed_resources("cfn/stack.yaml", None, Some(cfn));
        assert_eq!(changed.len(), 1, "{changed:?}");
        assert!(super::new_escalations(
            "package.json",
            None,
            Some(r#"{"name": "x", "scripts": {"test": "*"}}"#)
        )
        .is_empty());
    }

    use super::*;

    #[test]
    fn keys_spelled_with_escapes_are_still_read() {
        // JSON and YAML spell `resource`, `Resources` and `kind` with
        // escapes: the text then names none of them, and the document must
        // still be read.
        let tf = r#"{"r\u0065source": {"aws_iam_role": {"ci": {"name": "ci"}}}}"#;
        assert!(!tf.contains("esource"));
        assert_eq!(structured_uncached("main.tf.json", tf).len(), 1);
        let k8s = r#"{"\u006bind": "ClusterRole", "metadata": {"name": "ops"}}"#;
        assert_eq!(structured_uncached("rbac.json", k8s).len(), 1);
        let cfn = "\"R\\x65sources\":\n  Deploy:\n    Type: AWS::IAM::Role\n";
        assert!(!cfn.contains("esource"));
        assert_eq!(structured_uncached("cfn/stack.yaml", cfn).len(), 1);
        // Without the keys or an escape, nothing is found, unparsed.
        let data = r#"{"cpython-3.14": {"name": "cpython", "url": "https://x/y.tar.gz"}}"#;
        assert!(!names_a_resource_key(data, true));
        assert!(structured_uncached("download-metadata.json", data).is_empty());
        // A shell line's `\` joins nothing that spells a key; an escaped
        // line break in a double-quoted key does.
        assert!(!names_a_resource_key(
            "on: push\nrun: |\n  a \\\n    b\n",
            false
        ));
        let joined = "? \"Reso\\\n    urces\"\n:\n  D:\n    Type: AWS::IAM::Role\n";
        assert!(!joined.contains("esource") && names_a_resource_key(joined, false));
        assert_eq!(structured_uncached("cfn/stack.yaml", joined).len(), 1);
        let crlf = joined.replace('\n', "\r\n");
        assert_eq!(structured_uncached("cfn/stack.yaml", &crlf).len(), 1);
        assert!(names_a_resource_key("k: \"\\u0041\"\n", false));
        // A backslash that writes nothing: a Windows path in a script, and
        // an escape short of its digits, which makes the text unreadable.
        let windows = "resource: x\nrun: .\\uv.exe venv\n";
        assert!(!names_a_resource_key(windows, false));
        let short = "resource:\n  \"aws_iam_\\u00\":\n    n: {}\n";
        assert!(structured_read("x.yaml", short).is_empty());
        assert!(!names_a_resource_key(short, false) || short.contains("aws_iam_"));
        assert!(names_a_resource_key(
            "resource:\n  \"\\x61ws_iam_r\":\n    n: {}\n",
            false
        ));
    }

    /// What [`joined`] did when it stepped through every character.
    fn joined_char_by_char(text: &str) -> Option<String> {
        let is_break = |c: char| matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}');
        let mut joined = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '\\' {
                joined.push(c);
                continue;
            }
            match chars.peek() {
                Some(&e @ ('x' | 'u' | 'U')) => {
                    let digits = match e {
                        'x' => 2,
                        'u' => 4,
                        _ => 8,
                    };
                    let mut ahead = chars.clone();
                    ahead.next();
                    if (0..digits).all(|_| ahead.next().is_some_and(|c| c.is_ascii_hexdigit())) {
                        return None;
                    }
                    joined.push(c);
                }
                Some(&b) if is_break(b) => {
                    chars.next();
                    if b == '\r' {
                        chars.next_if_eq(&'\n');
                    }
                    while chars.next_if(|c| matches!(c, ' ' | '\t')).is_some() {}
                }
                _ => joined.push(c),
            }
        }
        Some(joined)
    }

    #[test]
    fn escapes_are_joined_as_character_by_character() {
        let pieces = [
            "\\", "\\\\", "\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}", "  \t ", "x", "u",
            "U", "41", "0041", "0000004", "00000041", "g", "\u{e9}", "a b", "\t",
        ];
        let mut texts = vec![String::new()];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    texts.push(format!("{a}{b}{c}"));
                    texts.push(format!("k: \"{a}\\{b}{c}\"\n"));
                }
            }
        }
        for text in &texts {
            assert_eq!(joined(text), joined_char_by_char(text), "{text:?}");
        }
    }

    #[test]
    fn yaml_that_spells_no_resource_kind_is_not_read() {
        // What a workflow says of `resources`, in any shape the reader folds
        // or escapes: no kind is spelled, nothing is found, unparsed.
        let workflow = "on: push\njobs:\n  a:\n    steps:\n      - run: echo resource \\\n          x\nresource:\n  aws_s3_bucket:\n    b: {}\nResources:\n  R:\n    Type: AWS::S3::Bucket\n";
        assert!(!names_a_resource_key(workflow, false));
        assert!(structured_read("ci.yml", workflow).is_empty());
        // Every kind and type it reads, plain, quoted, across an escaped
        // line break, or by an alias, is found and read.
        let kinds = TF_AUTH_PREFIXES
            .iter()
            .chain(TF_REVIEW_PREFIXES)
            .map(|p| format!("{p}x"))
            .chain(["google_project_iam_member".to_string()]);
        for kind in kinds {
            for text in [
                format!("resource:\n  {kind}:\n    n: {{}}\n"),
                format!("\"resource\":\n  \"{kind}\":\n    n: {{}}\n"),
                format!("k: &a {kind}\nresource:\n  *a :\n    n: {{}}\n"),
            ] {
                assert_eq!(structured_read("x.yaml", &text).len(), 1, "{text}");
                assert!(names_a_resource_key(&text, false), "{text}");
            }
            let (a, b) = kind.split_at(3);
            let split = format!("resource:\n  ? \"{a}\\\n      {b}\"\n  :\n    n: {{}}\n");
            assert!(!split.contains(&kind) && names_a_resource_key(&split, false));
            assert_eq!(structured_read("x.yaml", &split).len(), 1, "{split}");
        }
        for ty in ["AWS::IAM::Role", "AWS::SSO::PermissionSet"] {
            let text = format!("Resources:\n  R:\n    Type: {ty}\n");
            assert!(names_a_resource_key(&text, false));
            assert_eq!(structured_read("x.yaml", &text).len(), 1, "{text}");
            // Folded across lines a type is not one.
            let folded = text.replacen("::", "::\n      ", 1);
            assert!(structured_read("x.yaml", &folded).is_empty(), "{folded}");
        }
    }

    #[test]
    fn terraform_iam_changes_are_found() {
        let old = "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n}\n";
        let new = "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n}\n\nresource \"aws_iam_role\" \"deploy\" {\n  name = \"deploy\"\n}\n";
        let changes = changed_resources("infra/main.tf", Some(old), Some(new));
        assert_eq!(
            changes,
            vec![ResourceChange {
                category: AUTH,
                resource: "aws_iam_role.deploy".into(),
                how: "added",
                line: 5
            }]
        );
    }

    #[test]
    fn unrelated_edits_next_to_iam_are_not_auth() {
        let old = "resource \"aws_iam_role\" \"r\" {\n  name = \"r\"\n}\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n}\n";
        let new = old.replace("bucket = \"x\"", "bucket = \"y\"");
        assert!(changed_resources("main.tf", Some(old), Some(&new)).is_empty());
    }

    #[test]
    fn rbac_kinds_are_only_in_documents_spelling_kind_and_role() {
        let kinds = [
            "Role",
            "ClusterRole",
            "RoleBinding",
            "ClusterRoleBinding",
            "Pod",
            "role",
        ];
        let forms = [
            "kind: {k}",
            "kind:{k}",
            "kind:\t'{k}' # x",
            "kind: \"{k}\"",
            " kind: {k}",
            "kind: {k}s",
            "kind: {k}\r",
            "kind:  \t {k}  # {k}",
            "kind: '{k}\"",
            "kind: x\nname: {k}",
            "matrix:\n  kind: [{k}]",
            "kind: [{k}]",
        ];
        for k in kinds {
            for f in forms {
                let doc = format!(
                    "apiVersion: v1\n{}\nmetadata:\n  name: x\n",
                    f.replace("{k}", k)
                );
                if K8S_KIND.is_match(&doc) {
                    assert!(may_be_rbac(&doc), "{doc}");
                }
                let escalations = kubernetes_escalations(&doc);
                if !may_be_rbac(&doc) {
                    assert!(escalations.is_empty(), "{doc}");
                }
                let found = kubernetes_resources(&doc);
                assert_eq!(found.is_empty(), !K8S_KIND.is_match(&doc), "{doc}");
            }
        }
    }

    #[test]
    fn kubernetes_rbac_documents() {
        let new = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: admins\n";
        let changes = changed_resources("k8s/rbac.yaml", None, Some(new));
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].resource, "ClusterRoleBinding/admins");
        assert_eq!(changes[0].line, 7);
    }

    #[test]
    fn branch_protection_is_review_gate() {
        let new = "resource \"github_branch_protection\" \"main\" {\n  pattern = \"main\"\n}\n";
        let changes = changed_resources("gh.tf", None, Some(new));
        assert_eq!(changes[0].category, REVIEW_GATE);
    }

    #[test]
    fn terraform_wildcards_and_admin_policies() {
        let old = "data \"aws_iam_policy_document\" \"ci\" {\n  statement {\n    actions   = [\"s3:GetObject\"]\n    resources = [\"arn:aws:s3:::b/*\"]\n  }\n}\n";
        let new = "data \"aws_iam_policy_document\" \"ci\" {\n  statement {\n    actions   = [\"s3:GetObject\", \"iam:*\"]\n    resources = [\"*\"]\n  }\n}\n\nresource \"aws_iam_role_policy_attachment\" \"admin\" {\n  role       = aws_iam_role.ci.name\n  policy_arn = \"arn:aws:iam::aws:policy/AdministratorAccess\"\n}\n";
        let e = new_escalations("iam.tf", Some(old), Some(new));
        let found: Vec<(&str, &str, usize)> = e
            .iter()
            .map(|e| (e.resource.as_str(), e.what.as_str(), e.line))
            .collect();
        assert_eq!(
            found,
            vec![
                ("aws_iam_policy_document.ci", "wildcard action `iam:*`", 3),
                ("aws_iam_policy_document.ci", "wildcard resource `*`", 4),
                (
                    "aws_iam_role_policy_attachment.admin",
                    "attaches administrator policy `AdministratorAccess`",
                    10
                ),
            ]
        );
        assert!(new_escalations("iam.tf", Some(new), Some(new)).is_empty());
        assert!(new_escalations("iam.tf", None, Some(old)).is_empty());
    }

    #[test]
    fn json_policies_in_terraform() {
        let new = "resource \"aws_iam_policy\" \"p\" {\n  policy = jsonencode({\n    Statement = [{\n      Effect   = \"Allow\"\n      Action   = \"*\"\n      Resource = \"arn:aws:s3:::x\"\n    }]\n  })\n}\n";
        let e = new_escalations("p.tf", None, Some(new));
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].line, 5);
    }

    #[test]
    fn kubernetes_rbac_escalations() {
        let new = "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: ops\nrules:\n  - apiGroups: [\"\"]\n    resources: [\"pods\"]\n    verbs: [\"get\"]\n  - apiGroups: [\"*\"]\n    resources: [\"*\"]\n    verbs: [\"*\"]\n---\nkind: ClusterRoleBinding\napiVersion: rbac.authorization.k8s.io/v1\nmetadata:\n  name: ops-admin\nroleRef:\n  kind: ClusterRole\n  name: cluster-admin\nsubjects:\n  - kind: Group\n    name: ops\n";
        let e = new_escalations("rbac.yaml", None, Some(new));
        let found: Vec<(&str, &str, usize)> = e
            .iter()
            .map(|e| (e.resource.as_str(), e.what.as_str(), e.line))
            .collect();
        assert_eq!(
            found,
            vec![
                ("ClusterRole/ops", "RBAC resources `*`", 10),
                ("ClusterRole/ops", "RBAC verb `*`", 11),
                ("ClusterRoleBinding/ops-admin", "binds `cluster-admin`", 19),
            ]
        );
        let readonly = "kind: Role\nmetadata:\n  name: r\nrules:\n  - resources: [\"pods\"]\n    verbs: [\"get\", \"list\"]\n";
        assert!(new_escalations("r.yaml", None, Some(readonly)).is_empty());
    }
}
