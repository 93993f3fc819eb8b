//! Pure analysis of what an agent session did, shared by the gate's session
//! rules and the recorder's `--enforce`: command classification
//! ([`command`]), network destinations ([`egress`]) and the streaming
//! per-session digest of an audit log ([`session`]).

pub mod command;
pub mod egress;
pub mod event_view;
pub mod identity;
pub mod indirection;
pub mod session;
pub mod shell_writes;
