//! The `remit` binary: parse the command line, run, map the result to the
//! exit code (0 pass/warn, 1 block, 2 the gate could not decide).

use std::process::ExitCode;

use clap::Parser;

use remit::cli::{Cli, Command};
use remit::commands;
use remit::error::GateError;

fn main() -> ExitCode {
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
        Command::Schema { kind } => commands::schema::run(kind),
        Command::Protected(args) => commands::protected::run(args),
        Command::Completions { shell } => commands::completions::completions(shell),
        Command::Man => commands::completions::man(),
        Command::Action(args) => commands::action::run(args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            eprintln!("error: {}", remit::redact::redact(&format!("{err:#}")));
            match err.downcast_ref::<GateError>() {
                Some(gate) => eprintln!("help: {}", gate.help()),
                None => {
                    eprintln!("help: see `remit --help`; remit fails closed when it cannot decide")
                }
            }
            ExitCode::from(2)
        }
    }
}
