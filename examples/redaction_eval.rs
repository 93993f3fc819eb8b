//! Runs remit's redaction over every line of a text file (commit messages,
//! shell history, logs) and prints each line it changes, so a person can
//! read every false alarm and every secret it caught.
//!
//! Usage: cargo run --release --example redaction_eval -- FILE

use anyhow::{bail, Context, Result};
use remit::test_api::redact;

fn main() -> Result<()> {
    let Some(file) = std::env::args().nth(1) else {
        bail!("usage: redaction_eval FILE");
    };
    let bytes = std::fs::read(&file).with_context(|| format!("reading {file}"))?;
    let text = String::from_utf8_lossy(&bytes);
    let (mut lines, mut changed) = (0usize, 0usize);
    for line in text.lines() {
        lines += 1;
        let r = redact(line);
        if r != line {
            changed += 1;
            println!("- {line}\n+ {r}");
        }
    }
    eprintln!("{file}: {lines} lines, {changed} changed");
    Ok(())
}
