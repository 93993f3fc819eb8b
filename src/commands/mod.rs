//! One thin file per subcommand: collect, run the gate, publish.

pub mod check;
pub mod demo;
pub mod explain;
pub mod verify_log;
