//! remit: a PR gate for code written by AI coding agents.
//!
//! The pipeline runs one way — collect → normalize → rules → verdict →
//! report — and every command shares it ([`gate::run`]). Only
//! [`collect`] does I/O; everything after it is plain data.

#[macro_use]
pub mod stdout;
pub mod analysis;
pub mod approval;
pub mod audit;
pub mod cli;
pub mod collect;
pub mod commands;
pub mod error;
pub mod finding;
pub mod gate;
pub mod hash;
pub mod model;
pub mod normalize;
pub mod notices;
pub mod publish;
pub mod redact;
pub mod report;
pub mod rules;
pub mod scan;
pub mod testkit;
pub mod verdict;
