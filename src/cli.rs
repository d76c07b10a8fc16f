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
    /// Compare the claims of two versions of an article or corpus.
    ///
    /// Articles pair by name (a lone article on each side pairs whatever
    /// its name). Exit status: 0 no difference, 1 differences, 2 trouble.
    #[command(
        after_help = "Example:\n  claimex diff old.corpus new.corpus | jq -c 'select(.op == \"changed\")'"
    )]
    Diff(DiffArgs),
    /// Group the claims that several articles make about the same thing.
    #[command(
        after_help = "Example:\n  claimex compare outlet-a.corpus outlet-b.corpus --format text"
    )]
    Compare(CompareArgs),
    /// Write a self-contained HTML report: highlighted quotes and amounts,
    /// speakers, and the comparison across articles.
    #[command(after_help = "Example:\n  claimex report fixtures/seeds.corpus -o report.html")]
    Report(ReportArgs),
    /// Count claims per article and in total: by kind, category and speaker.
    #[command(after_help = "Example:\n  claimex stats --format text fixtures/seeds.corpus")]
    Stats(StatsArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    #[command(
        after_help = "Example:\n  claimex completions bash > ~/.local/share/bash-completion/completions/claimex"
    )]
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    #[command(after_help = "Example:\n  claimex man > ~/.local/share/man/man1/claimex.1")]
    Man,
}

/// Arguments of `claimex report`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Corpus files, read in order; standard input when none or `-`.
    pub files: Vec<PathBuf>,
    /// Where to write the page (default: standard output).
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
    /// Options every command shares.
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Arguments of `claimex stats`.
#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    /// Corpus files, read in order; standard input when none or `-`.
    pub files: Vec<PathBuf>,
    /// Only the total, not one line per article.
    #[arg(long)]
    pub total: bool,
    /// Options every command shares.
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Arguments of `claimex diff`.
#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The old version: a corpus or a single article (`-` for standard input).
    pub old: PathBuf,
    /// The new version.
    pub new: PathBuf,
    /// Report claims that only moved as unchanged.
    #[arg(long)]
    pub ignore_moves: bool,
    /// Also report changes in how a speaker is mentioned, the cue, the
    /// counted noun phrase and spelling.
    #[arg(long)]
    pub all: bool,
    /// Options every command shares.
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Arguments of `claimex compare`.
#[derive(Debug, clap::Args)]
pub struct CompareArgs {
    /// Corpus files, read in order; standard input when none or `-`.
    pub files: Vec<PathBuf>,
    /// Also list groups whose claims all come from one article.
    #[arg(long)]
    pub all: bool,
    /// Options every command shares.
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Options every command shares.
#[derive(Debug, clap::Args)]
pub struct CommonArgs {
    /// Only these kinds of claim (comma-separated).
    #[arg(long, value_enum, value_delimiter = ',')]
    pub kind: Vec<KindArg>,
    /// Output format: JSON Lines for programs, or text for people.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
}

/// How results are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One JSON object per line.
    Jsonl,
    /// One readable line per item, coloured on a terminal.
    Text,
}

/// Arguments of `claimex extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Corpus files, read in order; standard input when none or `-`.
    pub files: Vec<PathBuf>,
    /// Options every command shares.
    #[command(flatten)]
    pub common: CommonArgs,
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
