//! One thin file per subcommand: collect, run the gate, publish.

pub mod check;
pub mod completions;
pub mod demo;
pub mod explain;
pub mod init;
pub mod pre_push;
pub mod schema;
