//! The `claimex` binary: parses the command line, runs the library,
//! maps the outcome to an exit code (extract and compare: 0 clean, 1 input
//! problems, 2 usage or fatal errors; diff: 0 no difference, 1
//! differences, 2 trouble).

use claimex::cli::{Cli, Command, CommonArgs, CompareArgs, DiffArgs, ExtractArgs, Format};
use claimex::diff::{self, Difference, Op};
use claimex::pipeline::{self, Messages, Outcome, View};
use claimex::text::{self, Style};
use claimex::{Claim, Kind, Kinds, compare};
use clap::Parser;
use std::collections::HashMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Extraction allocates many small strings; mimalloc serves them faster
/// than the system allocator, on every thread.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // A panic in the extractor is caught per article (see
    // `pipeline::guarded_extract`); say where it was, on one line.
    std::panic::set_hook(Box::new(|info| eprintln!("claimex: bug: {info}")));
    let cli = Cli::parse();
    let common = match &cli.command {
        Command::Extract(a) => &a.common,
        Command::Diff(a) => &a.common,
        Command::Compare(a) => &a.common,
    };
    if let Err(code) = start_threads(common) {
        return code;
    }
    let result = match cli.command {
        Command::Extract(args) => extract(args),
        Command::Diff(args) => diff_command(args),
        Command::Compare(args) => compare_command(args),
    };
    result.unwrap_or_else(|e| {
        if e.kind() == io::ErrorKind::BrokenPipe {
            return ExitCode::SUCCESS;
        }
        eprintln!("claimex: {e}");
        ExitCode::from(2)
    })
}

fn start_threads(common: &CommonArgs) -> Result<(), ExitCode> {
    let Some(n) = common.threads else {
        return Ok(());
    };
    rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .build_global()
        .map_err(|e| {
            eprintln!("claimex: cannot start {n} threads: {e}");
            ExitCode::from(2)
        })
}

fn kinds(common: &CommonArgs) -> Kinds {
    if common.kind.is_empty() {
        Kinds::default()
    } else {
        Kinds::only(
            &common
                .kind
                .iter()
                .map(|&k| Kind::from(k))
                .collect::<Vec<_>>(),
        )
    }
}

fn style(common: &CommonArgs) -> Option<Style> {
    (common.format == Format::Text).then(Style::for_stdout)
}

fn inputs(files: &[PathBuf]) -> Vec<&Path> {
    if files.is_empty() {
        vec![Path::new("-")]
    } else {
        files.iter().map(PathBuf::as_path).collect()
    }
}

fn exit_for(outcome: Outcome) -> ExitCode {
    match outcome {
        Outcome::Clean => ExitCode::SUCCESS,
        Outcome::Problems => ExitCode::from(1),
    }
}

fn extract(args: ExtractArgs) -> io::Result<ExitCode> {
    let view = style(&args.common).map_or(View::Jsonl, View::Text);
    let mut msgs = Messages::new(io::stderr().lock());
    let outcome = pipeline::run(
        &inputs(&args.files),
        kinds(&args.common),
        view,
        io::stdout().lock(),
        &mut msgs,
    )?;
    Ok(exit_for(outcome))
}

/// Every article of the inputs, with its claims, in input order.
fn read_all(
    paths: &[&Path],
    kinds: Kinds,
    msgs: &mut Messages<impl Write>,
) -> io::Result<Vec<(String, Vec<Claim>)>> {
    let mut out = Vec::new();
    pipeline::for_each_article(paths, kinds, msgs, |a, claims| {
        out.push((a.name.clone(), claims));
        Ok(())
    })?;
    Ok(out)
}

fn diff_command(args: DiffArgs) -> io::Result<ExitCode> {
    let kinds = kinds(&args.common);
    let mut msgs = Messages::new(io::stderr().lock());
    let old = read_all(&[args.old.as_path()], kinds, &mut msgs)?;
    let new = read_all(&[args.new.as_path()], kinds, &mut msgs)?;
    let trouble = msgs.outcome() == Outcome::Problems;
    let opts = diff::Options {
        ignore_moves: args.ignore_moves,
        all: args.all,
    };
    let style = style(&args.common);
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut any = false;
    for d in differences(&old, &new, opts) {
        any = true;
        match style {
            Some(s) => writeln!(out, "{}", text::difference_line(&d, s))?,
            None => {
                serde_json::to_writer(&mut out, &d)?;
                writeln!(out)?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::from(if trouble { 2 } else { u8::from(any) }))
}

/// The differences between two corpora: articles paired by name (the n-th
/// old article of a name with the n-th new one), or the lone article of each
/// side with each other; unpaired articles wholly removed or added.
fn differences(
    old: &[(String, Vec<Claim>)],
    new: &[(String, Vec<Claim>)],
    opts: diff::Options,
) -> Vec<Difference> {
    if old.len() == 1 && new.len() == 1 {
        return diff::diff(&new[0].0, &old[0].1, &new[0].1, opts);
    }
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, (name, _)) in old.iter().enumerate().rev() {
        by_name.entry(name).or_default().push(i);
    }
    let mut paired = vec![false; old.len()];
    let mut out = Vec::new();
    for (name, claims) in new {
        match by_name.get_mut(name.as_str()).and_then(Vec::pop) {
            Some(i) => {
                paired[i] = true;
                out.extend(diff::diff(name, &old[i].1, claims, opts));
            }
            None => out.extend(diff::whole(Op::Added, name, claims)),
        }
    }
    for (i, (name, claims)) in old.iter().enumerate() {
        if !paired[i] {
            out.extend(diff::whole(Op::Removed, name, claims));
        }
    }
    out
}

fn compare_command(args: CompareArgs) -> io::Result<ExitCode> {
    let mut msgs = Messages::new(io::stderr().lock());
    let articles = read_all(&inputs(&args.files), kinds(&args.common), &mut msgs)?;
    let style = style(&args.common);
    let mut out = io::BufWriter::new(io::stdout().lock());
    for g in compare::compare(&articles, args.all) {
        match style {
            Some(s) => write!(out, "{}", text::group_lines(&g, s))?,
            None => {
                serde_json::to_writer(&mut out, &g)?;
                writeln!(out)?;
            }
        }
    }
    out.flush()?;
    Ok(exit_for(msgs.outcome()))
}
