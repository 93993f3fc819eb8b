//! One thin file per subcommand: collect, run the gate, publish.

pub mod action;
pub mod check;
pub mod completions;
pub mod demo;
pub mod enforce;
pub mod explain;
pub mod import;
pub mod init;
pub mod pre_push;
pub mod protected;
pub mod record;
pub mod schema;
pub mod task;
pub mod verify_log;
