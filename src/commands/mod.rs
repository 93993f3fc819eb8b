//! One thin file per subcommand: collect, run the gate, publish.

pub mod check;
pub mod demo;
pub mod enforce;
pub mod explain;
pub mod import;
pub mod record;
pub mod verify_log;
