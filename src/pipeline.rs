//! Running the extractor over inputs: reads each input as a stream of
//! articles, extracts batches of them in parallel, and writes their claims
//! in input order through one buffered writer.
//!
//! Memory stays bounded: at most one batch (a few MB of articles) is in
//! flight. Problems with the input are written to the error stream as
//! `claimex: FILE:LINE: message` and make the outcome [`Outcome::Problems`];
//! a closed output pipe ends the run quietly.

use crate::claim::Claim;
use crate::corpus::{Article, CorpusReader, Diagnostic};
use crate::extract::{Kinds, extract};
use crate::progress::Progress;
use crate::text::{Style, claim_line};
use rayon::prelude::*;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::panic::AssertUnwindSafe;
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
const BATCH_BYTES: usize = 2 << 20;

/// Where diagnostics go, and whether any was written.
pub struct Messages<E: Write> {
    err: E,
    problems: bool,
    progress: Progress,
}

impl<E: Write> Messages<E> {
    /// Messages written to `err`, with no progress bar.
    pub fn new(err: E) -> Messages<E> {
        Messages {
            err,
            problems: false,
            progress: Progress::hidden(),
        }
    }

    /// Messages written to `err`, with a progress bar for reading `inputs`
    /// when standard error is a terminal and the input is large.
    pub fn with_progress(err: E, inputs: &[&Path]) -> Messages<E> {
        Messages {
            progress: Progress::for_inputs(inputs),
            ..Messages::new(err)
        }
    }

    /// Writes `claimex: message` and marks the run as having problems.
    pub fn problem(&mut self, message: &str) {
        self.problems = true;
        let err = &mut self.err;
        self.progress
            .suspend(|| writeln!(err, "claimex: {message}").ok());
    }

    /// Counts work done, for the progress bar.
    pub fn advance(&mut self, bytes: usize, articles: usize, claims: usize) {
        self.progress.advance(bytes, articles, claims);
    }

    /// Clears the progress bar at the end of a run.
    pub fn finish(&mut self) {
        self.progress.finish();
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
    view: View,
    out: W,
    msgs: &mut Messages<E>,
) -> io::Result<Outcome> {
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    let read = each_batch(inputs, msgs, |batch, msgs| {
        write_batch(batch, kinds, view, &mut out, msgs)
    });
    msgs.finish();
    match read.and_then(|()| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(msgs.outcome()),
        Err(e) => Err(e),
        Ok(()) => Ok(msgs.outcome()),
    }
}

/// Reads every input in order and hands each article, with its claims, to
/// `f` in input order; extraction runs in parallel a batch at a time.
/// Reading problems are reported to `msgs`; an error from `f` ends the run.
pub fn for_each_article<E: Write>(
    inputs: &[&Path],
    kinds: Kinds,
    msgs: &mut Messages<E>,
    mut f: impl FnMut(&Article, Vec<Claim>) -> io::Result<()>,
) -> io::Result<()> {
    let result = each_batch(inputs, msgs, |batch, msgs| {
        let claims: Vec<Result<Vec<Claim>, Diagnostic>> = batch
            .par_iter()
            .map(|a| {
                let mut c = guarded_extract(a, kinds)?;
                c.retain(|c| kinds.wants(c.kind));
                Ok(c)
            })
            .collect();
        for (article, claims) in batch.iter().zip(claims) {
            for d in &article.diagnostics {
                msgs.problem(&d.to_string());
            }
            match claims {
                Ok(claims) => {
                    msgs.advance(0, 0, claims.len());
                    f(article, claims)?
                }
                Err(d) => msgs.problem(&d.to_string()),
            }
        }
        Ok(())
    });
    msgs.finish();
    result
}

/// Reads the inputs in order as batches of articles and hands each batch
/// to `on_batch`. An input that cannot be opened or read is reported and
/// skipped; an error from `on_batch` ends the run.
fn each_batch<E: Write>(
    inputs: &[&Path],
    msgs: &mut Messages<E>,
    mut on_batch: impl FnMut(&[Article], &mut Messages<E>) -> io::Result<()>,
) -> io::Result<()> {
    for path in inputs {
        if path.as_os_str() == "-" {
            let stdin = io::stdin();
            read_input(stdin.lock(), "-", msgs, &mut on_batch)?;
            continue;
        }
        match File::open(path) {
            Ok(f) => read_input(
                BufReader::with_capacity(1 << 18, f),
                &path.display().to_string(),
                msgs,
                &mut on_batch,
            )?,
            Err(e) => msgs.problem(&format!("{}: cannot open: {}", path.display(), plain(&e))),
        }
    }
    Ok(())
}

/// An I/O error's message without the "(os error N)" tail.
fn plain(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// Reads one input in batches; errors from `on_batch` come back as `Err`,
/// read errors are reported and end that input only.
fn read_input<R: BufRead, E: Write>(
    input: R,
    name: &str,
    msgs: &mut Messages<E>,
    on_batch: &mut impl FnMut(&[Article], &mut Messages<E>) -> io::Result<()>,
) -> io::Result<()> {
    let mut reader = CorpusReader::new(input, name);
    loop {
        let (batch, read_error) = next_batch(&mut reader);
        let bytes = batch.iter().map(|a| a.body.len()).sum();
        msgs.advance(bytes, batch.len(), 0);
        on_batch(&batch, msgs)?;
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
    view: View,
    out: &mut W,
    msgs: &mut Messages<E>,
) -> io::Result<()> {
    let rendered: Vec<Result<(Vec<u8>, usize), Diagnostic>> = batch
        .par_iter()
        .map(|a| render_counted(a, kinds, view))
        .collect();
    for (article, lines) in batch.iter().zip(rendered) {
        for d in &article.diagnostics {
            msgs.problem(&d.to_string());
        }
        match lines {
            Ok((lines, claims)) => {
                msgs.advance(0, 0, claims);
                out.write_all(&lines)?
            }
            Err(d) => msgs.problem(&d.to_string()),
        }
    }
    Ok(())
}

/// How claims are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// One JSON object per line.
    Jsonl,
    /// One readable line per claim.
    Text(Style),
}

/// The claims of one article; a bug that panics inside the extractor
/// costs that article's claims, reported as a problem, never the run.
pub fn guarded_extract(article: &Article, kinds: Kinds) -> Result<Vec<Claim>, Diagnostic> {
    std::panic::catch_unwind(AssertUnwindSafe(|| extract(article, kinds))).map_err(|_| Diagnostic {
        file: article.source.clone(),
        line: article.first_line,
        message: format!(
            "internal error while extracting article '{}'; its claims are left out (please report this article)",
            article.name
        ),
    })
}

/// One article's claims, one per line.
pub fn render(article: &Article, kinds: Kinds, view: View) -> Result<Vec<u8>, Diagnostic> {
    render_counted(article, kinds, view).map(|(buf, _)| buf)
}

/// [`render`], with the number of claims written.
fn render_counted(
    article: &Article,
    kinds: Kinds,
    view: View,
) -> Result<(Vec<u8>, usize), Diagnostic> {
    // JSON Lines run to about four times the text (each claim carries its
    // sentence); sized once, the buffer is not copied as it grows.
    let mut buf = Vec::with_capacity(article.body.len() * 4);
    let mut claims = 0;
    for claim in guarded_extract(article, kinds)? {
        if !kinds.wants(claim.kind) {
            continue;
        }
        match view {
            View::Jsonl => serde_json::to_writer(&mut buf, &claim).expect("claims serialise"),
            View::Text(style) => buf.extend_from_slice(claim_line(&claim, style).as_bytes()),
        }
        buf.push(b'\n');
        claims += 1;
    }
    Ok((buf, claims))
}
