//! The command line, as one clap definition (help, man page and
//! completions all come from it).

use crate::claim::Kind;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Extract attributed quotes and numeric claims from news corpora, as JSON Lines.
#[derive(Debug, Parser)]
#[command(
    name = "claimex",
    version,
    about,
    after_help = "Example:\n  claimex extract fixtures/seeds.corpus | jq -c 'select(.kind == \"quantity\")'"
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read corpora and write one JSON object per claim per line.
    #[command(after_help = "Example:\n  claimex extract --kind quote news.corpus > quotes.jsonl")]
    Extract(ExtractArgs),
}

/// Arguments of `claimex extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Corpus files, read in order; standard input when none or `-`.
    pub files: Vec<PathBuf>,
    /// Only these kinds of claim (comma-separated).
    #[arg(long, value_enum, value_delimiter = ',')]
    pub kind: Vec<KindArg>,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
}

/// A kind of claim as named on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    /// Direct quotations.
    Quote,
    /// Reported speech.
    Statement,
    /// Amounts.
    Quantity,
}

impl From<KindArg> for Kind {
    fn from(k: KindArg) -> Kind {
        match k {
            KindArg::Quote => Kind::Quote,
            KindArg::Statement => Kind::Statement,
            KindArg::Quantity => Kind::Quantity,
        }
    }
}
