//! Stage 5: one renderer per format, each a pure function of the outcome.

pub mod controls;
pub mod github;
pub mod json;
pub mod markdown;
pub mod sarif;
pub mod summary;
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
    render_with(outcome, format, color, false)
}

/// `verbose` lists everything in the text and Markdown reports; JSON and
/// SARIF always hold every finding.
pub fn render_with(outcome: &Outcome, format: Format, color: bool, verbose: bool) -> String {
    match format {
        Format::Text => text::render_with(outcome, color, verbose),
        Format::Json => json::render(outcome),
        Format::Sarif => sarif::render(outcome),
        Format::Markdown => markdown::render_with(outcome, verbose),
        Format::Github => github::render(outcome),
    }
}
