//! Integration tests: every case builds a real git repository in a temp
//! directory and runs the `remit` binary on it.

// Helper modules share items with `pub`; a test crate exports nothing.
#![allow(unreachable_pub)]

mod common;
mod github_api;
mod snap;

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
mod injection;
mod native_logs;
mod pre_push;
mod protected_paths;
mod record;
mod record_enforce;
mod record_trust;
mod report_snapshots;
mod reports;
mod rule_snapshots;
mod schema;
mod session_rules;
mod task;
mod treediff;
mod trust;
mod verify_log;
mod workflow_blame;
mod workflow_classes;
mod workflow_risk;
