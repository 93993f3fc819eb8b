//! Stage 5: one renderer per format, each a pure function of the outcome.

pub mod controls;
pub mod github;
pub mod json;
pub mod markdown;
pub mod sarif;
pub mod text;

use crate::gate::Outcome;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
    Sarif,
    Markdown,
    Github,
}

pub fn render(outcome: &Outcome, format: Format, color: bool) -> String {
    match format {
        Format::Text => text::render(outcome, color),
        Format::Json => json::render(outcome),
        Format::Sarif => sarif::render(outcome),
        Format::Markdown => markdown::render(outcome),
        Format::Github => github::render(outcome),
    }
}
