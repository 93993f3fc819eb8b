//! Stage 1: all I/O. git objects, the policy from the base tree, manifests as
//! first introduced, and file contents the rules need.

pub mod approvals;
pub mod files;
pub mod git;
pub mod github;
pub mod github_http;
pub mod github_payloads;
pub mod inputs;
pub mod issue_manifest;
pub mod log_facts;
pub mod logs;
pub mod refs;
pub mod semantic;
pub mod treediff;
