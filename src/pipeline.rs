//! Running the extractor over inputs: reads each input as a stream of
//! articles, extracts batches of them in parallel, and writes their claims
//! in input order through one buffered writer.
//!
//! Memory stays bounded: at most two batches (a few MB of articles each)
//! are in flight, one being extracted while the next is read and the
//! previous one's output written. Text dense with claims, which writes many
//! times its size, gets smaller batches, so its output in flight is bounded
//! too. Problems with the input are written to the error stream as
//! `claimex: FILE:LINE: message` and make the outcome
//! [`Outcome::Problems`]; a closed output pipe ends the run quietly.

use crate::claim::{Claim, write_line};
use crate::corpus::{Article, CorpusReader, Diagnostic};
use crate::extract::{Kinds, extract, extract_each};
use crate::progress::Progress;
use crate::text::{Style, claim_line, printable};
use rayon::prelude::*;
use std::ffi::OsString;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::sync::LazyLock;

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

/// Output a batch is expected to hold. News writes about four times its
/// text, so batches stay at [`BATCH_BYTES`]; text dense with claims writes
/// up to a hundred times, and its batches shrink, down to one article, so
/// the output in flight stays bounded too.
const BATCH_OUTPUT: usize = 32 << 20;

/// What an article's result holds in memory until it is written, to size
/// the batches that follow.
trait Held {
    fn held(&self) -> usize;
}

impl Held for Vec<Claim> {
    fn held(&self) -> usize {
        self.iter().map(line_size).sum()
    }
}

impl Held for Rendered {
    fn held(&self) -> usize {
        self.chunks.iter().map(Vec::len).sum()
    }
}

/// About how many bytes `claim` takes: its strings and room for the rest.
fn line_size(claim: &Claim) -> usize {
    claim.sentence.len() + claim.text.len() + claim.article.len() + 320
}

/// The input bytes of the next batch, after a batch of `read` bytes that
/// held `held` bytes of output.
fn next_budget(read: usize, held: usize) -> usize {
    let ratio = held.div_ceil(read.max(1)).max(1);
    (BATCH_OUTPUT / ratio).clamp(1, BATCH_BYTES)
}

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
            .suspend(|| writeln!(err, "claimex: {}", printable(message)).ok());
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
    let read = each_extracted(
        inputs,
        msgs,
        |a| render_counted(a, kinds, view),
        |_, rendered, msgs| {
            let rendered = rendered?;
            msgs.advance(0, 0, rendered.claims);
            for chunk in &rendered.chunks {
                out.write_all(chunk)?;
            }
            Ok(())
        },
    );
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
    let result = each_extracted(
        inputs,
        msgs,
        |a| {
            let mut c = guarded_extract(a, kinds)?;
            c.retain(|c| kinds.wants(c.kind));
            Ok(c)
        },
        |article, claims, msgs| {
            let claims = claims?;
            msgs.advance(0, 0, claims.len());
            f(article, claims)?;
            Ok(())
        },
    );
    msgs.finish();
    result
}

/// What an article's work gives back: its result, or the internal error
/// that cost its claims.
type Worked<T> = Result<T, Diagnostic>;

/// An error from the consumer of a batch: the diagnostic of one article
/// (reported, the run goes on) or a write error (the run ends).
enum Stop {
    Article(Diagnostic),
    Write(io::Error),
}

impl From<Diagnostic> for Stop {
    fn from(d: Diagnostic) -> Stop {
        Stop::Article(d)
    }
}

impl From<io::Error> for Stop {
    fn from(e: io::Error) -> Stop {
        Stop::Write(e)
    }
}

/// Reads the inputs in order, runs `work` on every article in parallel and
/// hands each article and its result to `consume` in input order, with
/// the article's reading problems reported first. An input that cannot be
/// opened or read is reported and skipped; a write error from `consume`
/// ends the run.
fn each_extracted<T: Send + Held, E: Write>(
    inputs: &[&Path],
    msgs: &mut Messages<E>,
    work: impl Fn(&Article) -> Worked<T> + Sync,
    mut consume: impl FnMut(&Article, Worked<T>, &mut Messages<E>) -> Result<(), Stop>,
) -> io::Result<()> {
    let mut on_batch = |batch: &[Article], results: Vec<Worked<T>>, msgs: &mut Messages<E>| {
        for (article, result) in batch.iter().zip(results) {
            for d in &article.diagnostics {
                msgs.problem(&d.to_string());
            }
            match consume(article, result, msgs) {
                Ok(()) => {}
                Err(Stop::Article(d)) => msgs.problem(&d.to_string()),
                Err(Stop::Write(e)) => return Err(e),
            }
        }
        Ok(())
    };
    for path in inputs {
        if path.as_os_str() == "-" {
            let stdin = io::stdin();
            read_input(stdin.lock(), "-", msgs, &work, &mut on_batch)?;
            continue;
        }
        match File::open(path) {
            Ok(f) => read_input(
                BufReader::with_capacity(1 << 18, f),
                &path.display().to_string(),
                msgs,
                &work,
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

/// Reads one input in batches and works on each in parallel, while this
/// thread reads the next batch and hands the previous one's results to
/// `on_batch`: reading and writing overlap the extraction, so with N
/// worker threads all N extract. At most two batches are in flight.
/// Errors from `on_batch` come back as `Err`; read errors are reported
/// and end that input only.
fn read_input<R: BufRead, T: Send + Held, E: Write>(
    input: R,
    name: &str,
    msgs: &mut Messages<E>,
    work: &(impl Fn(&Article) -> Worked<T> + Sync),
    on_batch: &mut impl FnMut(&[Article], Vec<Worked<T>>, &mut Messages<E>) -> io::Result<()>,
) -> io::Result<()> {
    let mut reader = CorpusReader::new(input, name);
    // The first two batches are read before any output is seen: small,
    // so that text dense with claims cannot fill both.
    let mut budget = BATCH_BYTES / 8;
    std::thread::scope(|scope| {
        let mut in_flight = None;
        loop {
            let (batch, read_error) = next_batch(&mut reader, budget);
            let bytes = batch.iter().map(|a| a.body.len()).sum();
            msgs.advance(bytes, batch.len(), 0);
            let last = read_error.is_some() || batch.is_empty();
            let line = reader_line(&batch);
            let next = scope.spawn(move || {
                let results: Vec<Worked<T>> = batch.par_iter().map(work).collect();
                (batch, results)
            });
            if let Some(done) = in_flight.replace(next) {
                budget = hand_over(done, msgs, on_batch)?;
            }
            if let Some(e) = read_error {
                if let Some(done) = in_flight.take() {
                    hand_over(done, msgs, on_batch)?;
                }
                msgs.problem(&format!("{name}:{line}: read error: {}", plain(&e)));
                return Ok(());
            }
            if last {
                if let Some(done) = in_flight.take() {
                    hand_over(done, msgs, on_batch)?;
                }
                return Ok(());
            }
        }
    })
}

/// Waits for a batch's work and hands it to `on_batch`; returns the input
/// bytes for the next batch, sized by what this one held.
fn hand_over<T: Held, E: Write>(
    done: std::thread::ScopedJoinHandle<'_, (Vec<Article>, Vec<Worked<T>>)>,
    msgs: &mut Messages<E>,
    on_batch: &mut impl FnMut(&[Article], Vec<Worked<T>>, &mut Messages<E>) -> io::Result<()>,
) -> io::Result<usize> {
    // The work catches the extractor's panics itself; a panic here would
    // be one of rayon's own, which the scope passes on as it is.
    let (batch, results) = done.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
    let read = batch.iter().map(|a| a.body.len()).sum();
    let held = results.iter().flatten().map(Held::held).sum();
    on_batch(&batch, results, msgs)?;
    Ok(next_budget(read, held))
}

fn reader_line(batch: &[Article]) -> usize {
    batch.last().map_or(1, |a| a.first_line)
}

/// Articles up to `budget` bytes (one at least), and the read error that
/// cut the batch short.
fn next_batch<R: BufRead>(
    reader: &mut CorpusReader<R>,
    budget: usize,
) -> (Vec<Article>, Option<io::Error>) {
    let mut batch = Vec::new();
    let mut bytes = 0;
    while batch.len() < BATCH_ARTICLES && bytes < budget {
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
    guarded(article, || extract(article, kinds))
}

/// Runs `work` on `article`, turning a panic into the diagnostic that
/// reports the article's claims as lost.
fn guarded<T>(article: &Article, work: impl FnOnce() -> T) -> Result<T, Diagnostic> {
    let work = || {
        if injected_panic(article) {
            panic!("CLAIMEX_TEST_PANIC names article '{}'", article.name);
        }
        work()
    };
    std::panic::catch_unwind(AssertUnwindSafe(work)).map_err(|_| Diagnostic {
        file: article.source.clone(),
        line: article.first_line,
        message: format!(
            "internal error while extracting article '{}'; its claims are left out (please report this article)",
            article.name
        ),
    })
}

/// A test hook: whether `CLAIMEX_TEST_PANIC` names `article`, whose
/// extraction then panics as a bug would. The CLI tests use it to check
/// that a bug costs that article's claims and nothing else: the run goes
/// on, says where, and exits with 1.
fn injected_panic(article: &Article) -> bool {
    static NAME: LazyLock<Option<OsString>> =
        LazyLock::new(|| std::env::var_os("CLAIMEX_TEST_PANIC"));
    NAME.as_deref()
        .is_some_and(|name| name == article.name.as_str())
}

/// One article's claims, one per line.
pub fn render(article: &Article, kinds: Kinds, view: View) -> Result<Vec<u8>, Diagnostic> {
    render_counted(article, kinds, view).map(|r| r.chunks.concat())
}

/// The largest buffer an article's lines are gathered in.
const CHUNK: usize = 1 << 20;

/// One article's lines, in buffers of up to [`CHUNK`] bytes (or one long
/// line's room). When a line
/// may not fit, a new buffer is begun rather than the full one copied to
/// grow: an article's lines run to about four times its text, but one
/// dense with claims writes up to a hundred times (each claim carries its
/// sentence), and those lines are then held once.
struct Rendered {
    chunks: Vec<Vec<u8>>,
    claims: usize,
}

impl Rendered {
    /// Room for an article of `len` bytes: its lines run to about four
    /// times the text.
    fn new(len: usize) -> Rendered {
        Rendered {
            chunks: vec![Vec::with_capacity((len * 4).min(CHUNK))],
            claims: 0,
        }
    }

    fn push(&mut self, claim: &Claim, view: View) {
        // sonic-rs reserves six bytes for each byte of a string it escapes:
        // the sentence, the longest string, is what decides
        let need = line_size(claim) + 6 * claim.sentence.len();
        let last = self.chunks.last().expect("one chunk at least");
        if last.capacity() - last.len() < need {
            let room = last.capacity().min(CHUNK).max(need);
            self.chunks.push(Vec::with_capacity(room));
        }
        let buf = self.chunks.last_mut().expect("one chunk at least");
        match view {
            View::Jsonl => write_line(claim, buf),
            View::Text(style) => {
                buf.extend_from_slice(claim_line(claim, style).as_bytes());
                buf.push(b'\n');
            }
        }
        self.claims += 1;
    }
}

/// [`render`], in chunks, with the number of claims written.
fn render_counted(article: &Article, kinds: Kinds, view: View) -> Result<Rendered, Diagnostic> {
    guarded(article, || {
        let mut out = Rendered::new(article.body.len());
        extract_each(article, kinds, |claim| {
            if kinds.wants(claim.kind) {
                out.push(&claim, view);
            }
        });
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lines_are_what_serde_json_writes() {
        let body = "“Tabs\there, a NUL \u{0} and a \\ \"quote\" \u{2028}here,” Jane Roe said.\n\n\
                    About 1,250.5 troops a day left, officials said.\n";
        let article = Article::new("a\u{1}b", body);
        let out = render(&article, Kinds::default(), View::Jsonl).unwrap();
        let claims = extract(&article, Kinds::default());
        assert!(claims.len() >= 2);
        let expected: String = claims
            .iter()
            .map(|c| serde_json::to_string(c).unwrap() + "\n")
            .collect();
        assert_eq!(String::from_utf8(out).unwrap(), expected);
    }

    #[test]
    fn an_article_that_writes_megabytes_is_written_in_chunks_whole() {
        // each claim carries up to 2 KB of its endless sentence
        let article = Article::new("a", &"some 1,200 to 1,300 ".repeat(3_000));
        let rendered = render_counted(&article, Kinds::default(), View::Jsonl).unwrap();
        assert_eq!(rendered.claims, 3_000);
        assert!(rendered.chunks.len() > 1);
        assert!(rendered.chunks.iter().all(|c| c.len() <= CHUNK));
        let whole: Vec<u8> = extract(&article, Kinds::default())
            .iter()
            .flat_map(|c| serde_json::to_vec(c).unwrap().into_iter().chain([b'\n']))
            .collect();
        assert_eq!(rendered.chunks.concat(), whole);
        assert_eq!(rendered.held(), whole.len());
    }

    #[test]
    fn batches_shrink_when_their_output_is_many_times_their_text() {
        assert_eq!(next_budget(2 << 20, 8 << 20), BATCH_BYTES, "news: 4x");
        assert!(next_budget(1 << 20, 90 << 20) < 400 << 10, "dense: 90x");
        assert_eq!(next_budget(1, usize::MAX / 2), 1, "one article at least");
        assert_eq!(next_budget(0, 0), BATCH_BYTES, "nothing read");
    }
}
