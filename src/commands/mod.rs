//! One thin file per subcommand: collect, run the gate, publish.

pub(crate) mod action;
pub(crate) mod check;
pub(crate) mod completions;
pub(crate) mod demo;
pub(crate) mod enforce;
pub(crate) mod explain;
pub(crate) mod import;
pub(crate) mod init;
pub(crate) mod pre_push;
pub(crate) mod protected;
pub(crate) mod record;
pub(crate) mod schema;
pub(crate) mod task;
pub(crate) mod verify_log;
