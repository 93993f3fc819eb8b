//! Stage 5: one renderer per format, each a pure function of the outcome.

pub(crate) mod controls;
pub(crate) mod github;
pub(crate) mod json;
pub(crate) mod markdown;
pub(crate) mod sarif;
pub(crate) mod summary;
pub(crate) mod text;

use crate::gate::Outcome;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    Text,
    Json,
    Sarif,
    Markdown,
    Github,
}

pub(crate) fn render(outcome: &Outcome, format: Format, color: bool) -> String {
    render_with(outcome, format, color, false)
}

/// `verbose` lists everything in the text and Markdown reports; JSON and
/// SARIF always hold every finding.
pub(crate) fn render_with(outcome: &Outcome, format: Format, color: bool, verbose: bool) -> String {
    match format {
        Format::Text => text::render_with(outcome, color, verbose),
        Format::Json => json::render(outcome),
        Format::Sarif => sarif::render(outcome),
        Format::Markdown => markdown::render_with(outcome, verbose),
        Format::Github => github::render(outcome),
    }
}
