//! The `claimex` binary: parses the command line, runs the library,
//! maps the outcome to an exit code (0 clean, 1 input problems, 2 usage or
//! fatal errors).

use claimex::cli::{Cli, Command, ExtractArgs};
use claimex::pipeline::{self, Messages, Outcome};
use claimex::{Kind, Kinds};
use clap::Parser;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Extract(args) => extract(args),
    }
}

fn extract(args: ExtractArgs) -> ExitCode {
    let kinds = if args.kind.is_empty() {
        Kinds::default()
    } else {
        Kinds::only(&args.kind.iter().map(|&k| Kind::from(k)).collect::<Vec<_>>())
    };
    if let Some(n) = args.threads
        && let Err(e) = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
    {
        eprintln!("claimex: cannot start {n} threads: {e}");
        return ExitCode::from(2);
    }
    let stdin = [Path::new("-")];
    let files: Vec<&Path> = args.files.iter().map(|p| p.as_path()).collect();
    let inputs = if files.is_empty() {
        &stdin[..]
    } else {
        &files[..]
    };
    let mut msgs = Messages::new(std::io::stderr().lock());
    match pipeline::run(inputs, kinds, std::io::stdout().lock(), &mut msgs) {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Problems) => ExitCode::from(1),
        Err(e) => {
            eprintln!("claimex: cannot write output: {e}");
            ExitCode::from(2)
        }
    }
}
