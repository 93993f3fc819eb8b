//! `permission-bypass`: the session ran with the agent's permission checks
//! switched off (`bypassPermissions`, `--dangerously-skip-permissions`, YOLO modes).

use crate::finding::Finding;
use crate::normalize::Context;
use crate::rules::session_logs::per_signal;
use crate::rules::RuleId;

pub fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    per_signal(
        ctx,
        out,
        RuleId::PermissionBypass,
        |s| (&s.permission_bypass.items, s.permission_bypass.more),
        |id, sig| format!("session `{id}` ran with permission checks off (seq {}): {}", sig.at.seq, sig.what),
        "run agents with their permission prompts on (or an explicit allowlist); review this session's commands before merging",
    );
}
