//! The binary's entry: parse the command line, run, map the result to the
//! exit code (0 pass/warn, 1 block, 2 the gate could not decide).

use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command};
use crate::commands;
use crate::error::GateError;
use crate::report::controls::visible;

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => commands::check::run(args),
        Command::Explain { rule } => commands::explain::run(rule.as_deref()),
        Command::Demo => commands::demo::run(),
        Command::Record(args) => commands::record::run(args),
        Command::Import(args) => commands::import::run(args),
        Command::VerifyLog { files } => commands::verify_log::run(&files),
        Command::PrePush(args) => commands::pre_push::run(args),
        Command::Init(args) => commands::init::run(args),
        Command::Task(args) => commands::task::run(args),
        Command::Schema { kind } => commands::schema::run(kind),
        Command::Protected(args) => commands::protected::run(args),
        Command::Completions { shell } => commands::completions::completions(shell),
        Command::Man => commands::completions::man(),
        Command::Action(args) => commands::action::run(args),
    };
    match result {
        Ok(code) => {
            crate::stdout::flush();
            match crate::stdout::failure() {
                None => ExitCode::from(code),
                Some(err) => fail(anyhow::anyhow!(
                    "cannot write to standard output: {err}; the report was not delivered"
                )),
            }
        }
        Err(err) => fail(err),
    }
}

/// Says why the gate could not decide, and exits 2.
fn fail(err: anyhow::Error) -> ExitCode {
    // The message can quote untrusted names (a log's file name, a
    // path): controls are shown, not acted on, and under GitHub
    // Actions workflow commands are off while it prints, because the
    // runner reads a container action's stderr for them too.
    let raw = format!("{err:#}");
    let message = crate::redact::redact(&raw).to_string();
    let help = match err.downcast_ref::<GateError>() {
        Some(gate) => gate.help().to_string(),
        None => "see `remit --help`; remit fails closed when it cannot decide".to_string(),
    };
    let stop = std::env::var_os("GITHUB_ACTIONS").map(|_| {
        let seed = format!("{}:{:?}", std::process::id(), std::time::SystemTime::now());
        format!("remit-{}", &crate::hash::sha256_hex(seed.as_bytes())[..16])
    });
    if let Some(stop) = &stop {
        eprintln!("::stop-commands::{stop}");
    }
    eprintln!("error: {}", visible(&message, &['\n', '\t']));
    eprintln!("help: {}", visible(&help, &['\n', '\t']));
    if let Some(stop) = &stop {
        eprintln!("::{stop}::");
    }
    ExitCode::from(2)
}
