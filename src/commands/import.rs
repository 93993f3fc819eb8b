//! `remit import FILE... [--output FILE]`: native agent logs → one
//! hash-chained remit audit log, written through the same appender as
//! `remit record` (to `--output`, continuing its chain, or to stdout).

use std::io::Write;

use anyhow::{Context, Result};

use crate::audit::writer::{self, Tail};
use crate::cli::ImportArgs;
use crate::normalize::log;

pub fn run(args: ImportArgs) -> Result<u8> {
    let mut events = Vec::new();
    for file in &args.files {
        let (format, mut evs) = log::parse_file(file)?;
        eprintln!(
            "remit import: {}: {} ({} event{})",
            file.display(),
            format.as_str(),
            evs.len(),
            if evs.len() == 1 { "" } else { "s" }
        );
        events.append(&mut evs);
    }
    match &args.output {
        Some(out) => {
            let head = writer::append(out, &mut events)?;
            eprintln!(
                "remit import: wrote {} event{} to {}; head {}",
                events.len(),
                if events.len() == 1 { "" } else { "s" },
                out.display(),
                head.as_deref().unwrap_or("(empty log)")
            );
        }
        None => {
            let (text, _) = writer::chain(
                &mut events,
                &Tail {
                    next_seq: 0,
                    prev: None,
                },
            );
            std::io::stdout()
                .write_all(text.as_bytes())
                .context("cannot write to stdout")?;
        }
    }
    Ok(0)
}
