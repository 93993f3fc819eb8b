//! Runs remit's commit attribution over a real history, so a person can read
//! every commit it calls an agent's (and the ones it does not).
//!
//! Usage:
//!   git --git-dir REPO log --all --format='%H%x00%an%x00%ae%x00%cn%x00%ce%x00%B%x1e' > h.log
//!   cargo run --example attribution_eval -- h.log [--list agent|suggested|person]
//!
//! Prints the count of commits per agent and per reason kind, then one line
//! per commit of the listed kind: `sha agent reason | author | summary`.

use std::collections::BTreeMap;

use anyhow::{bail, Context, Result};
use remit::test_api::{attribution, Attributed};

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(file) = args.first() else {
        bail!("usage: attribution_eval HISTORY.log [--list agent|suggested|person]");
    };
    let list = args
        .iter()
        .position(|a| a == "--list")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let bytes = std::fs::read(file).with_context(|| format!("reading {file}"))?;
    let text = String::from_utf8_lossy(&bytes);
    let (mut total, mut by_agent, mut suggested) = (0usize, BTreeMap::new(), BTreeMap::new());
    for rec in text.split('\u{1e}') {
        let f: Vec<&str> = rec.trim_start_matches('\n').splitn(6, '\0').collect();
        let [sha, an, ae, cn, ce, msg] = f[..] else {
            continue;
        };
        total += 1;
        let short = &sha[..sha.len().min(10)];
        let summary: String = msg.lines().next().unwrap_or("").chars().take(70).collect();
        match attribution((an, ae), (cn, ce), msg) {
            Attributed::Agent(agent, reason) => {
                if list.as_deref() == Some("agent") {
                    println!("{short} {agent} {reason} | {an} <{ae}> | {summary}");
                }
                *by_agent.entry(agent).or_insert(0usize) += 1;
            }
            Attributed::Suggested(bot, why) => {
                if list.as_deref() == Some("suggested") {
                    println!("{short} {bot} {why} | {an} <{ae}> | {summary}");
                }
                *suggested.entry(bot).or_insert(0usize) += 1;
            }
            Attributed::Person if list.as_deref() == Some("person") => {
                println!("{short} | {an} <{ae}> | {cn} <{ce}> | {summary}");
            }
            Attributed::Person => {}
        }
    }
    let agents: usize = by_agent.values().sum();
    let sugg: usize = suggested.values().sum();
    eprintln!(
        "{file}: {total} commits, {agents} agent, {sugg} agent-suggested (gated as the person's)"
    );
    eprintln!("  agents: {by_agent:?}");
    eprintln!("  suggested: {suggested:?}");
    Ok(())
}
