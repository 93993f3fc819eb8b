//! `remit import FILE... [--output FILE]`: native agent logs → one
//! hash-chained remit audit log, written through the same appender as
//! `remit record` (to `--output`, continuing its chain, or to stdout).

use std::io::Write;

use anyhow::{Context, Result};

use crate::audit::writer::{self, Tail};
use crate::cli::ImportArgs;
use crate::collect::log_root;
use crate::normalize::log;

/// A log that names no working folder (Cursor, Gemini, Copilot Chat) has
/// its absolute paths made relative to the repository remit is run in, when
/// they end in its files (working tree or HEAD), so the gate can match them
/// to changed paths.
fn join_to_working_tree(
    repo: Option<&git2::Repository>,
    file: &std::path::Path,
    events: &mut [crate::model::event::Event],
) {
    let Some(workdir) = repo.and_then(git2::Repository::workdir) else {
        return;
    };
    // A file of the working tree, or of HEAD (a checkout may be sparse).
    let head = repo.and_then(|r| r.head().and_then(|h| h.peel_to_tree()).ok());
    let known = |p: &str| {
        workdir.join(p).is_file()
            || head
                .as_ref()
                .is_some_and(|t| t.get_path(std::path::Path::new(p)).is_ok())
    };
    if let Some(root) = log_root::join_to_repository(events, known) {
        eprintln!(
            "remit import: {}: names no working folder; its paths under {root} are read relative to {}",
            file.display(),
            workdir.display()
        );
    }
}

pub(crate) fn run(args: ImportArgs) -> Result<u8> {
    let mut events = Vec::new();
    // The repository remit runs in, opened once for every file.
    let repo = git2::Repository::discover(".").ok();
    for file in &args.files {
        let (format, mut evs) = log::parse_file(file)?;
        eprintln!(
            "remit import: {}: {} ({} event{})",
            file.display(),
            format.as_str(),
            evs.len(),
            if evs.len() == 1 { "" } else { "s" }
        );
        join_to_working_tree(repo.as_ref(), file, &mut evs);
        events.append(&mut evs);
    }
    match &args.output {
        Some(out) => {
            let head = writer::append(out, &mut events)?.prev;
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
