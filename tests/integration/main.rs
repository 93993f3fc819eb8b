//! Integration tests: every case builds a real git repository in a temp
//! directory and runs the `remit` binary on it.

mod common;
mod github_api;

mod action;
mod check_attribution;
mod check_bad_input;
mod check_categories;
mod check_manifest;
mod check_range;
mod cli;
mod codeowners_weakened;
mod import;
mod init;
mod native_logs;
mod pre_push;
mod record;
mod record_enforce;
mod record_trust;
mod reports;
mod schema;
mod session_rules;
mod treediff;
mod trust;
mod verify_log;
mod workflow_risk;
