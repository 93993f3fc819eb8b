//! One thin file per subcommand: collect, run the gate, publish.

pub mod action;
pub mod check;
pub mod demo;
pub mod explain;
