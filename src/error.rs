//! Errors that stop the gate from deciding. Every one of them exits 2 and
//! tells the user what is wrong and how to fix it: a security gate fails closed.

use std::fmt;

/// One problem in a configuration file, located at line:col (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub col: usize,
    pub message: String,
}

/// The gate could not decide. Carries a one-line reason and a fix.
#[derive(Debug, thiserror::Error)]
pub enum GateError {
    /// Bad input, missing objects, unknown revisions.
    #[error("{message}")]
    Input { message: String, help: String },
    /// A policy or manifest with one or more problems, all reported at once.
    #[error("{}", render_config(file, problems))]
    Config {
        file: String,
        problems: Vec<Problem>,
        help: String,
    },
}

impl GateError {
    pub fn input(message: impl Into<String>, help: impl Into<String>) -> Self {
        Self::Input {
            message: message.into(),
            help: help.into(),
        }
    }

    pub fn help(&self) -> &str {
        match self {
            Self::Input { help, .. } | Self::Config { help, .. } => help,
        }
    }
}

fn render_config(file: &str, problems: &[Problem]) -> String {
    let mut out = String::new();
    let n = problems.len();
    out.push_str(&format!(
        "{file}: {n} problem{}",
        if n == 1 { "" } else { "s" }
    ));
    for p in problems {
        out.push_str(&format!("\n  {file}:{}:{}: {}", p.line, p.col, p.message));
    }
    out
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.col, self.message)
    }
}
