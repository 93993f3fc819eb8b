//! Content checks for infrastructure-as-code: identity resources (auth) and
//! repository-protection resources (review-gate) found in changed Terraform
//! and Kubernetes files. Reported only when a resource itself was added,
//! removed or changed, so editing a tag next to an IAM role is not auth work.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::model::category::{AUTH, REVIEW_GATE};

/// Files larger than this are not read; they count as touching identity
/// content, because a gate that cannot look must not pass.
pub const MAX_INSPECTED_BYTES: usize = 16 * 1024 * 1024;

/// An identity or protection resource whose definition changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceChange {
    pub category: &'static str,
    /// `aws_iam_role.deploy`, `ClusterRoleBinding/admins`.
    pub resource: String,
    /// `added`, `removed` or `changed`.
    pub how: &'static str,
    /// Line in the new content (in the old one when removed).
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Resource {
    category: &'static str,
    line: usize,
    text: String,
}

/// Whether `path` is a file remit inspects for IaC resources.
pub fn inspects(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    [".tf", ".tofu", ".yaml", ".yml"]
        .iter()
        .any(|ext| lower.ends_with(ext))
}

/// Resource changes between the old and new content of one file.
pub fn changed_resources(path: &str, old: Option<&str>, new: Option<&str>) -> Vec<ResourceChange> {
    let before = old.map(|t| resources(path, t)).unwrap_or_default();
    let after = new.map(|t| resources(path, t)).unwrap_or_default();
    let mut out = Vec::new();
    for (key, res) in &after {
        match before.get(key) {
            None => out.push(change(key, res, "added")),
            Some(prev) if prev.text != res.text => out.push(change(key, res, "changed")),
            Some(_) => {}
        }
    }
    for (key, res) in &before {
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
    if lower.ends_with(".tf") || lower.ends_with(".tofu") {
        terraform_resources(text)
    } else {
        kubernetes_resources(text)
    }
}

static TF_RESOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?m)^[ \t]*resource[ \t]+"([A-Za-z0-9_\-]+)"[ \t]+"([^"]+)"[ \t]*\{"#)
        .expect("static regex")
});

/// Terraform / OpenTofu resource types and the category they belong to.
fn terraform_category(kind: &str) -> Option<&'static str> {
    const AUTH_PREFIXES: &[&str] = &[
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
    const REVIEW_PREFIXES: &[&str] = &[
        "github_branch_protection",
        "github_repository_ruleset",
        "github_organization_ruleset",
        "github_repository_environment",
        "gitlab_branch_protection",
        "gitlab_project_approval_rule",
        "gitlab_project_level_mr_approvals",
    ];
    if AUTH_PREFIXES.iter().any(|p| kind.starts_with(p))
        || (kind.starts_with("google_") && kind.contains("iam"))
    {
        Some(AUTH)
    } else if REVIEW_PREFIXES.iter().any(|p| kind.starts_with(p)) {
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

fn kubernetes_resources(text: &str) -> BTreeMap<String, Resource> {
    let mut out = BTreeMap::new();
    let mut offset = 0;
    for doc in split_documents(text) {
        if let Some(kind) = K8S_KIND.captures(doc).and_then(|c| c.get(1)) {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
