//! `remit explain RULE`: the rule's documentation page.

use anyhow::Result;

use crate::error::GateError;
use crate::rules;

pub(crate) fn run(rule: Option<&str>) -> Result<u8> {
    match rule {
        None => {
            outln!("remit rules (remit explain RULE for details):\n");
            for r in rules::metas() {
                outln!("  {:<20} {}", r.id, r.summary);
            }
        }
        Some(id) => {
            let r = rules::meta(id).ok_or_else(|| {
                let ids: Vec<&str> = rules::metas().map(|r| r.id).collect();
                GateError::input(
                    format!("unknown rule `{id}`"),
                    format!("known rules: {}", ids.join(", ")),
                )
            })?;
            out!("{}", r.docs);
            outln!("\nFires when: {}", r.fires_when);
            let settable = if r.settable {
                " (the policy's `rules:` section can set it)"
            } else {
                ""
            };
            outln!("Default action: {}{settable}", r.default_action());
            outln!("Frameworks: {}", r.frameworks.join(", "));
        }
    }
    Ok(0)
}
