//! Stage 1: all I/O. git objects, the policy from the base tree, manifests as
//! first introduced, and file contents the rules need.

pub(crate) mod approvals;
pub(crate) mod files;
pub(crate) mod git;
pub(crate) mod github;
pub(crate) mod github_http;
pub(crate) mod github_payloads;
pub(crate) mod inputs;
pub(crate) mod issue_manifest;
pub(crate) mod log_facts;
pub(crate) mod log_root;
pub(crate) mod logs;
pub(crate) mod refs;
pub(crate) mod semantic;
pub(crate) mod treediff;
pub(crate) mod walk;
