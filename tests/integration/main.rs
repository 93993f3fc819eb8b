//! Integration tests: every case builds a real git repository in a temp
//! directory and runs the `remit` binary on it.

mod common;

mod check_attribution;
mod check_bad_input;
mod check_categories;
mod check_manifest;
mod check_range;
mod cli;
mod init;
mod pre_push;
mod schema;
mod treediff;
