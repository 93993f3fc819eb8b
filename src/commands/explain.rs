//! `remit explain RULE`: the rule's documentation page.

use anyhow::Result;

use crate::error::GateError;
use crate::rules::RuleId;

pub fn run(rule: Option<&str>) -> Result<u8> {
    match rule {
        None => {
            println!("remit rules (remit explain RULE for details):\n");
            for r in RuleId::ALL {
                println!("  {:<20} {}", r.as_str(), r.summary());
            }
        }
        Some(id) => {
            let r = RuleId::parse(id).ok_or_else(|| {
                let ids: Vec<&str> = RuleId::ALL.iter().map(|r| r.as_str()).collect();
                GateError::input(
                    format!("unknown rule `{id}`"),
                    format!("known rules: {}", ids.join(", ")),
                )
            })?;
            print!("{}", r.docs());
            println!("\nFrameworks: {}", r.frameworks().join(", "));
        }
    }
    Ok(0)
}
