//! Pure analysis of what an agent session did, shared by the gate's session
//! rules and the recorder's `--enforce`: command classification
//! ([`command`]), network destinations ([`egress`]) and the streaming
//! per-session digest of an audit log ([`session`]).

pub(crate) mod command;
pub(crate) mod egress;
pub(crate) mod event_view;
pub(crate) mod identity;
pub(crate) mod indirection;
pub(crate) mod session;
pub(crate) mod shell_writes;
