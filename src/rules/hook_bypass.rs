//! `hook-bypass`: the session skipped or disabled the checks that run on
//! commit — `--no-verify`, `core.hooksPath`, `HUSKY=0`, removing hooks or
//! the session recorder.

use crate::finding::Finding;
use crate::normalize::Context;
use crate::rules::session_logs::per_signal;
use crate::rules::RuleId;

pub fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    per_signal(
        ctx,
        out,
        RuleId::HookBypass,
        |s| (&s.hook_bypass.items, s.hook_bypass.more),
        |id, sig| format!("session `{id}` bypassed commit hooks or the recorder (seq {}): {}", sig.at.seq, sig.why),
        "re-run the skipped hooks on the branch (`pre-commit run --all-files` or your hook runner) and fix what they report; agents must commit without --no-verify",
    );
}
