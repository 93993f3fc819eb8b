//! `exfiltration`: a command or fetch that sends the environment, secrets or
//! credential files to another host.

use crate::finding::Finding;
use crate::normalize::Context;
use crate::rules::session_logs::per_signal;
use crate::rules::RuleId;

pub fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    per_signal(
        ctx,
        out,
        RuleId::Exfiltration,
        |s| (&s.exfiltration.items, s.exfiltration.more),
        |id, sig| format!("session `{id}` sent secrets off the machine (seq {}): {}", sig.at.seq, sig.why),
        "treat every secret the session could read as leaked: rotate them, find what content asked for it (see prompt-injection), and revert the session's work",
    );
}
