//! The `claimex` binary: parses the command line, runs the library,
//! maps the outcome to an exit code (extract and compare: 0 clean, 1 input
//! problems, 2 usage or fatal errors; diff: 0 no difference, 1
//! differences, 2 trouble).

use claimex::cli::{
    Cli, Command, CommonArgs, CompareArgs, DiffArgs, ExtractArgs, Format, ReportArgs, StatsArgs,
};
use claimex::diff;
use claimex::pipeline::{self, Messages, Outcome, View};
use claimex::stats::Tally;
use claimex::text::{self, Style};
use claimex::{Claim, Kind, Kinds, compare};
use clap::{CommandFactory, Parser};
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Extraction allocates many small strings; mimalloc serves them faster
/// than the system allocator, on every thread.
#[global_allocator]
static GLOBAL: claimex::alloc::Mimalloc = claimex::alloc::Mimalloc;

fn main() -> ExitCode {
    // A panic in the extractor is caught per article (see
    // `pipeline::guarded_extract`); say where it was, on one line.
    std::panic::set_hook(Box::new(|info| eprintln!("claimex: bug: {info}")));
    let cli = Cli::parse();
    let common = match &cli.command {
        Command::Extract(a) => Some(&a.common),
        Command::Diff(a) => Some(&a.common),
        Command::Compare(a) => Some(&a.common),
        Command::Stats(a) => Some(&a.common),
        Command::Report(a) => Some(&a.common),
        Command::Completions { .. } | Command::Man => None,
    };
    if let Err(code) = common.map_or(Ok(()), start_threads) {
        return code;
    }
    let result = match cli.command {
        Command::Extract(args) => extract(args),
        Command::Diff(args) => diff_command(args),
        Command::Compare(args) => compare_command(args),
        Command::Stats(args) => stats_command(args),
        Command::Report(args) => report_command(args),
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "claimex", &mut io::stdout());
            Ok(ExitCode::SUCCESS)
        }
        Command::Man => clap_mangen::Man::new(Cli::command())
            .render(&mut io::stdout())
            .map(|()| ExitCode::SUCCESS),
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

/// The inputs to read: the files, or standard input. Reading a terminal
/// would wait silently for typing, so say so first.
fn inputs(files: &[PathBuf]) -> Vec<&Path> {
    let paths: Vec<&Path> = if files.is_empty() {
        vec![Path::new("-")]
    } else {
        files.iter().map(PathBuf::as_path).collect()
    };
    if paths.iter().any(|p| p.as_os_str() == "-") && io::stdin().is_terminal() {
        eprintln!(
            "claimex: reading a corpus from the terminal (end with Ctrl-D; pass files or see `claimex --help`)"
        );
    }
    paths
}

fn exit_for(outcome: Outcome) -> ExitCode {
    match outcome {
        Outcome::Clean => ExitCode::SUCCESS,
        Outcome::Problems => ExitCode::from(1),
    }
}

fn extract(args: ExtractArgs) -> io::Result<ExitCode> {
    let view = style(&args.common).map_or(View::Jsonl, View::Text);
    let paths = inputs(&args.files);
    let mut msgs = Messages::with_progress(io::stderr(), &paths);
    let outcome = pipeline::run(
        &paths,
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
    let mut msgs = Messages::new(io::stderr());
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
    for d in diff::corpora(&old, &new, opts) {
        any = true;
        write_result(&mut out, style, &d, |d, s| {
            text::difference_line(d, s) + "\n"
        })?;
    }
    out.flush()?;
    Ok(ExitCode::from(if trouble { 2 } else { u8::from(any) }))
}

/// Writes one result: its text view when `style` is set, else one JSON
/// line.
fn write_result<T: serde::Serialize>(
    out: &mut impl Write,
    style: Option<Style>,
    item: &T,
    text: impl FnOnce(&T, Style) -> String,
) -> io::Result<()> {
    match style {
        Some(s) => out.write_all(text(item, s).as_bytes()),
        None => {
            serde_json::to_writer(&mut *out, item)?;
            writeln!(out)
        }
    }
}

fn compare_command(args: CompareArgs) -> io::Result<ExitCode> {
    let paths = inputs(&args.files);
    let mut msgs = Messages::with_progress(io::stderr(), &paths);
    let articles = read_all(&paths, kinds(&args.common), &mut msgs)?;
    let style = style(&args.common);
    let mut out = io::BufWriter::new(io::stdout().lock());
    for g in compare::compare(&articles, args.all) {
        write_result(&mut out, style, &g, text::group_lines)?;
    }
    out.flush()?;
    Ok(exit_for(msgs.outcome()))
}

fn stats_command(args: StatsArgs) -> io::Result<ExitCode> {
    let paths = inputs(&args.files);
    let mut msgs = Messages::with_progress(io::stderr(), &paths);
    let text = args.common.format == Format::Text;
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut total = Tally::default();
    if text {
        writeln!(out, "{}", Tally::header())?;
    }
    let kinds = kinds(&args.common);
    let written = pipeline::for_each_article(&paths, kinds, &mut msgs, |a, claims| {
        let t = Tally::article(&a.name, &claims);
        total.add(&t);
        if args.total {
            return Ok(());
        }
        if text {
            writeln!(out, "{}", t.row(3))
        } else {
            serde_json::to_writer(&mut out, &t)?;
            writeln!(out)
        }
    });
    let written = written.and_then(|()| {
        if text {
            writeln!(out, "{}", total.row(5))?;
            writeln!(out, "amounts by category: {}", total.category_line())
        } else {
            serde_json::to_writer(&mut out, &total)?;
            writeln!(out)
        }
    });
    match written.and_then(|()| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err(e),
        Ok(()) => Ok(exit_for(msgs.outcome())),
    }
}

fn report_command(args: ReportArgs) -> io::Result<ExitCode> {
    let paths = inputs(&args.files);
    let mut msgs = Messages::with_progress(io::stderr(), &paths);
    let mut articles = Vec::new();
    let kinds = kinds(&args.common);
    pipeline::for_each_article(&paths, kinds, &mut msgs, |a, claims| {
        articles.push((a.clone(), claims));
        Ok(())
    })?;
    let named: Vec<(&str, &[Claim])> = articles
        .iter()
        .map(|(a, c)| (a.name.as_str(), c.as_slice()))
        .collect();
    let page = claimex::report::render(&articles, &compare::compare(&named, false));
    match &args.output {
        Some(path) => std::fs::write(path, page).map_err(|e| {
            io::Error::new(e.kind(), format!("cannot write {}: {e}", path.display()))
        })?,
        None => io::stdout().lock().write_all(page.as_bytes())?,
    }
    Ok(exit_for(msgs.outcome()))
}
