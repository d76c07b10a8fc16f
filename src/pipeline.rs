//! Running the extractor over inputs: reads each input as a stream of
//! articles, extracts batches of them in parallel, and writes their claims
//! in input order through one buffered writer.
//!
//! Memory stays bounded: at most one batch (a few MB of articles) is in
//! flight. Problems with the input are written to the error stream as
//! `claimex: FILE:LINE: message` and make the outcome [`Outcome::Problems`];
//! a closed output pipe ends the run quietly.

use crate::corpus::{Article, CorpusReader};
use crate::extract::{Kinds, extract};
use rayon::prelude::*;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::Path;

/// How a run went, for the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// All input was read.
    Clean,
    /// Some input had problems; the rest was processed.
    Problems,
}

/// Articles and bytes gathered before a batch is extracted.
const BATCH_ARTICLES: usize = 512;
const BATCH_BYTES: usize = 8 << 20;

/// Where diagnostics go, and whether any was written.
pub struct Messages<E: Write> {
    err: E,
    problems: bool,
}

impl<E: Write> Messages<E> {
    /// Messages written to `err`.
    pub fn new(err: E) -> Messages<E> {
        Messages {
            err,
            problems: false,
        }
    }

    /// Writes `claimex: message` and marks the run as having problems.
    pub fn problem(&mut self, message: &str) {
        self.problems = true;
        let _ = writeln!(self.err, "claimex: {message}");
    }

    /// The outcome so far.
    pub fn outcome(&self) -> Outcome {
        if self.problems {
            Outcome::Problems
        } else {
            Outcome::Clean
        }
    }
}

/// Extracts claims from every input (`-` is standard input) and writes them
/// to `out` as JSON Lines.
pub fn run<W: Write, E: Write>(
    inputs: &[&Path],
    kinds: Kinds,
    out: W,
    msgs: &mut Messages<E>,
) -> io::Result<Outcome> {
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    for path in inputs {
        let result = if path.as_os_str() == "-" {
            let stdin = io::stdin();
            run_reader(stdin.lock(), "-", kinds, &mut out, msgs)
        } else {
            match File::open(path) {
                Ok(f) => run_reader(
                    BufReader::with_capacity(1 << 18, f),
                    &path.display().to_string(),
                    kinds,
                    &mut out,
                    msgs,
                ),
                Err(e) => {
                    msgs.problem(&format!("{}: cannot open: {}", path.display(), plain(&e)));
                    Ok(())
                }
            }
        };
        match result {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(msgs.outcome()),
            Err(e) => return Err(e),
            Ok(()) => {}
        }
    }
    match out.flush() {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e),
        _ => Ok(msgs.outcome()),
    }
}

/// An I/O error's message without the "(os error N)" tail.
fn plain(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// Reads one input; output errors come back as `Err`, input read errors
/// are reported and end that input only.
fn run_reader<R: BufRead, W: Write, E: Write>(
    input: R,
    name: &str,
    kinds: Kinds,
    out: &mut W,
    msgs: &mut Messages<E>,
) -> io::Result<()> {
    let mut reader = CorpusReader::new(input, name);
    loop {
        let (batch, read_error) = next_batch(&mut reader);
        write_batch(&batch, kinds, out, msgs)?;
        if let Some(e) = read_error {
            msgs.problem(&format!(
                "{name}:{}: read error: {}",
                reader_line(&batch),
                plain(&e)
            ));
            return Ok(());
        }
        if batch.is_empty() {
            return Ok(());
        }
    }
}

fn reader_line(batch: &[Article]) -> usize {
    batch.last().map_or(1, |a| a.first_line)
}

/// Up to a batch of articles, and the read error that cut it short.
fn next_batch<R: BufRead>(reader: &mut CorpusReader<R>) -> (Vec<Article>, Option<io::Error>) {
    let mut batch = Vec::new();
    let mut bytes = 0;
    while batch.len() < BATCH_ARTICLES && bytes < BATCH_BYTES {
        match reader.next_article() {
            Ok(Some(a)) => {
                bytes += a.body.len();
                batch.push(a);
            }
            Ok(None) => break,
            Err(e) => return (batch, Some(e)),
        }
    }
    (batch, None)
}

/// Extracts a batch in parallel and writes it in input order.
fn write_batch<W: Write, E: Write>(
    batch: &[Article],
    kinds: Kinds,
    out: &mut W,
    msgs: &mut Messages<E>,
) -> io::Result<()> {
    let rendered: Vec<Vec<u8>> = batch.par_iter().map(|a| render(a, kinds)).collect();
    for (article, lines) in batch.iter().zip(rendered) {
        for d in &article.diagnostics {
            msgs.problem(&d.to_string());
        }
        out.write_all(&lines)?;
    }
    Ok(())
}

/// One article's claims as JSON Lines.
pub fn render(article: &Article, kinds: Kinds) -> Vec<u8> {
    let mut buf = Vec::with_capacity(article.body.len());
    for claim in extract(article, kinds) {
        if kinds.wants(claim.kind) {
            serde_json::to_writer(&mut buf, &claim).expect("claims serialise");
            buf.push(b'\n');
        }
    }
    buf
}
