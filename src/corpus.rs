//! Corpus reading: turns a byte stream into [`Article`]s, one at a time.
//!
//! A corpus is a sequence of articles, each opened by a header line
//! `<<<FILE name>>>` (or `<<<FILE name` closed later by a line `>>>`,
//! `<<<END>>>` or `<<<END FILE>>>`). The reader works on bytes, so invalid
//! UTF-8 never stops it: bad bytes become U+FFFD with a [`Diagnostic`]
//! naming the file and line. Memory is bounded: an article longer than
//! [`MAX_PART`] is handed on in parts (with a diagnostic), each cut at a
//! line end or white space, so even a 200 MB one-line input is read in
//! constant memory.
//! The articles it yields go to the extractor stages (`crate::extract`).

use std::io::{self, BufRead};
use std::sync::Arc;

/// One article of a corpus: its name, its body and where it came from.
#[derive(Debug, Clone)]
pub struct Article {
    /// The name in the header, trimmed (or the file's path for text outside
    /// any header).
    pub name: String,
    /// The body as UTF-8: its lines joined by `\n` (a `\r` before a line end
    /// is dropped), invalid bytes replaced by U+FFFD.
    pub body: String,
    /// The path the article was read from (`-` for standard input).
    pub source: Arc<str>,
    /// The 1-based input line of the body's first line.
    pub first_line: usize,
    /// Where this body starts within the article as written: 0, except for
    /// the later parts of an article longer than [`MAX_PART`]. Claims'
    /// spans count from the article's start, so they add it.
    pub offset: usize,
    /// Problems met while reading this article, in input order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Article {
    /// An article built in memory (tests, benchmarks, library users).
    pub fn new(name: &str, body: &str) -> Article {
        Article {
            name: name.to_string(),
            body: body.to_string(),
            source: Arc::from("-"),
            first_line: 1,
            offset: 0,
            diagnostics: Vec::new(),
        }
    }

    /// The 1-based input line that holds byte `offset` of the body.
    pub fn line_of(&self, offset: usize) -> usize {
        let end = offset.min(self.body.len());
        self.first_line + memchr::memchr_iter(b'\n', &self.body.as_bytes()[..end]).count()
    }
}

/// A problem in the input, reported as `claimex: FILE:LINE: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The path of the input (`-` for standard input).
    pub file: Arc<str>,
    /// The 1-based input line where the problem is.
    pub line: usize,
    /// What happened, in words.
    pub message: String,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// What a line of the corpus is.
#[derive(Debug, PartialEq, Eq)]
enum LineKind<'a> {
    /// `<<<FILE name>>>` or `<<<FILE name`: a new article starts.
    Header(&'a [u8]),
    /// `>>>`, `<<<END>>>` or `<<<END FILE>>>`: the current body ends.
    Close,
    /// Anything else: body text.
    Text,
}

fn classify(line: &[u8]) -> LineKind<'_> {
    let trimmed = line.trim_ascii();
    if let Some(rest) = trimmed.strip_prefix(b"<<<FILE")
        && (rest.is_empty() || rest[0].is_ascii_whitespace())
    {
        let name = rest.strip_suffix(b">>>").unwrap_or(rest);
        return LineKind::Header(name.trim_ascii());
    }
    match trimmed {
        b">>>" | b"<<<END>>>" | b"<<<END FILE>>>" => LineKind::Close,
        _ => LineKind::Text,
    }
}

/// Where the reader stands between lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// No header seen yet: text belongs to an article named after the file.
    Start,
    /// Inside the body of a headed article.
    Body,
    /// After a closing line: text here is outside any article.
    Closed,
}

/// The longest body handed on as one article. Real news articles are a
/// few kB; anything longer is cut into parts of about this size so that
/// memory stays flat whatever the input.
pub const MAX_PART: usize = 1 << 20;

/// The article being read: its header fields and its raw body bytes.
struct Pending {
    name: String,
    first_line: usize,
    /// Bytes of this article already handed on as earlier parts.
    offset: usize,
    body: Vec<u8>,
    diagnostics: Vec<Diagnostic>,
    /// Text outside a header (before the first, or after a closing line).
    orphan: bool,
    /// Whether the orphan's warning has been given.
    warned: bool,
    /// Whether NUL bytes have been reported for this article.
    nul_seen: bool,
}

impl Pending {
    /// An empty article named `name` whose body starts on `first_line`.
    fn new(name: String, first_line: usize, orphan: bool) -> Pending {
        Pending {
            name,
            first_line,
            offset: 0,
            body: Vec::new(),
            diagnostics: Vec::new(),
            orphan,
            warned: false,
            nul_seen: false,
        }
    }
}

/// Reads articles one at a time from a buffered byte stream.
pub struct CorpusReader<R> {
    input: R,
    source: Arc<str>,
    line: usize,
    state: State,
    pending: Option<Pending>,
    done: bool,
    /// The last read stopped inside a line at the part limit.
    mid_line: bool,
    /// A part cut off the pending article, waiting to be handed on.
    ready: Option<Article>,
}

impl<R: BufRead> CorpusReader<R> {
    /// A reader over `input`, whose diagnostics name `source`.
    pub fn new(input: R, source: &str) -> CorpusReader<R> {
        CorpusReader {
            input,
            source: Arc::from(source),
            line: 0,
            state: State::Start,
            pending: None,
            done: false,
            mid_line: false,
            ready: None,
        }
    }

    /// The next article, `None` at the end of input.
    pub fn next_article(&mut self) -> io::Result<Option<Article>> {
        while !self.done {
            if let Some(part) = self.ready.take() {
                return Ok(Some(part));
            }
            let first_line = self.line + 1;
            let source = &self.source;
            let pending = self
                .pending
                .get_or_insert_with(|| Pending::new(source.to_string(), first_line, true));
            // The line is read straight onto the body, so a huge one-line
            // article is held once, not twice, and never past the limit.
            let start = pending.body.len();
            let (n, whole) = read_line_capped(&mut self.input, &mut pending.body, MAX_PART)?;
            if n == 0 {
                self.done = true;
                return Ok(self.finish());
            }
            let continued = std::mem::replace(&mut self.mid_line, !whole);
            if !continued {
                self.line += 1;
            }
            self.check_nul(start);
            if !whole || continued {
                // Part of a line longer than a part: text, not a header.
                self.cut_part();
                continue;
            }
            if let Some(article) = self.take_line(start) {
                return Ok(Some(article));
            }
            self.cut_part();
        }
        Ok(self.ready.take())
    }

    /// Reports NUL bytes in the text just read (once per article): text
    /// with NULs is usually binary data or a broken conversion.
    fn check_nul(&mut self, start: usize) {
        let Some(p) = self.pending.as_mut() else {
            return;
        };
        if p.nul_seen || memchr::memchr(0, &p.body[start..]).is_none() {
            return;
        }
        p.nul_seen = true;
        p.diagnostics.push(Diagnostic {
            file: self.source.clone(),
            line: self.line,
            message: format!(
                "NUL bytes in article '{}' (binary data?); kept as text",
                p.name
            ),
        });
    }

    /// Hands on the front of a pending body that has outgrown
    /// [`MAX_PART`] as an article of its own, keeping the rest pending.
    fn cut_part(&mut self) {
        let Some(p) = self.pending.as_mut() else {
            return;
        };
        if p.body.len() <= MAX_PART {
            return;
        }
        let cut = part_end(&p.body);
        let rest = p.body.split_off(cut);
        let lines = memchr::memchr_iter(b'\n', &p.body).count();
        let mut diagnostics = std::mem::take(&mut p.diagnostics);
        if p.offset == 0 {
            diagnostics.push(Diagnostic {
                file: self.source.clone(),
                line: p.first_line,
                message: format!(
                    "article '{}' is longer than {} MiB; read in parts, and speakers are not resolved across parts",
                    p.name,
                    MAX_PART >> 20
                ),
            });
        }
        let next = Pending {
            name: p.name.clone(),
            first_line: p.first_line + lines,
            offset: p.offset + cut,
            body: rest,
            diagnostics: Vec::new(),
            orphan: p.orphan,
            warned: p.warned,
            nul_seen: p.nul_seen,
        };
        let front = std::mem::replace(p, next);
        let front = Pending {
            diagnostics,
            ..front
        };
        self.ready = self.article(front);
    }

    /// Handles the line that was just appended at `start` of the body.
    fn take_line(&mut self, start: usize) -> Option<Article> {
        let line_no = self.line;
        let p = self.pending.as_mut()?;
        normalise_line_end(&mut p.body, start, line_no == 1);
        match classify(&p.body[start..]) {
            LineKind::Text => {
                let blank = p.body[start..].trim_ascii().is_empty();
                if self.state == State::Closed && p.orphan && !p.warned && !blank {
                    p.warned = true;
                    let d = self.diagnostic(
                        line_no,
                        "text after a closing line and before the next header; kept as an article named after the input",
                    );
                    self.pending.as_mut()?.diagnostics.push(d);
                }
                None
            }
            LineKind::Header(name) => {
                let name = name.to_vec();
                p.body.truncate(start);
                let finished = self.finish();
                self.state = State::Body;
                let (name, diagnostics) = self.header_name(&name);
                self.pending = Some(Pending {
                    diagnostics,
                    ..Pending::new(name, line_no + 1, false)
                });
                finished
            }
            LineKind::Close => {
                p.body.truncate(start);
                let finished = self.finish();
                self.state = State::Closed;
                finished
            }
        }
    }

    /// The header's name as text, with a diagnostic for invalid UTF-8.
    fn header_name(&self, raw: &[u8]) -> (String, Vec<Diagnostic>) {
        match std::str::from_utf8(raw) {
            Ok(s) => (s.to_string(), Vec::new()),
            Err(_) => (
                String::from_utf8_lossy(raw).into_owned(),
                vec![self.diagnostic(
                    self.line,
                    "invalid UTF-8 in the article name, replaced with U+FFFD",
                )],
            ),
        }
    }

    /// Turns the pending article into an [`Article`], if it has any text.
    fn finish(&mut self) -> Option<Article> {
        let p = self.pending.take()?;
        self.article(p)
    }

    /// The [`Article`] a pending body makes, if it has any text.
    fn article(&self, p: Pending) -> Option<Article> {
        if p.orphan && p.body.trim_ascii().is_empty() && p.offset == 0 {
            return None;
        }
        let mut diagnostics = p.diagnostics;
        if p.orphan && self.state == State::Start && !self.done {
            diagnostics.push(self.diagnostic(
                p.first_line,
                "text before the first header; kept as an article named after the input",
            ));
        }
        let body = match String::from_utf8(p.body) {
            Ok(s) => s,
            Err(e) => {
                let bad = e.utf8_error().valid_up_to();
                let bytes = e.into_bytes();
                let line = p.first_line + memchr::memchr_iter(b'\n', &bytes[..bad]).count();
                diagnostics.push(self.diagnostic(
                    line,
                    &format!(
                        "invalid UTF-8 in article '{}', replaced with U+FFFD",
                        p.name
                    ),
                ));
                String::from_utf8_lossy(&bytes).into_owned()
            }
        };
        Some(Article {
            name: p.name,
            body,
            source: self.source.clone(),
            first_line: p.first_line,
            offset: p.offset,
            diagnostics,
        })
    }

    fn diagnostic(&self, line: usize, message: &str) -> Diagnostic {
        Diagnostic {
            file: self.source.clone(),
            line,
            message: message.to_string(),
        }
    }
}

/// Appends bytes of `input` to `buf` up to and including the next `\n`,
/// but no more than `limit` bytes: how many were read, and whether the line
/// ended (or the input did).
fn read_line_capped<R: BufRead>(
    input: &mut R,
    buf: &mut Vec<u8>,
    limit: usize,
) -> io::Result<(usize, bool)> {
    let mut read = 0;
    loop {
        let available = match input.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok((read, true));
        }
        let room = limit - read;
        let (take, ended) = match memchr::memchr(b'\n', available) {
            Some(i) if i < room => (i + 1, true),
            _ => (available.len().min(room), false),
        };
        buf.extend_from_slice(&available[..take]);
        input.consume(take);
        read += take;
        if ended {
            return Ok((read, true));
        }
        if read == limit {
            return Ok((read, false));
        }
    }
}

/// Where to cut a body that has outgrown [`MAX_PART`]: after the last line
/// end in its second half, else after the last white space there, else at
/// a character boundary, so no word or character is split.
fn part_end(body: &[u8]) -> usize {
    let limit = MAX_PART.min(body.len());
    let half = &body[limit / 2..limit];
    if let Some(i) = memchr::memrchr(b'\n', half) {
        return limit / 2 + i + 1;
    }
    if let Some(i) = half.iter().rposition(|b| b.is_ascii_whitespace()) {
        return limit / 2 + i + 1;
    }
    (limit.saturating_sub(3)..=limit)
        .rev()
        .find(|&i| i == body.len() || (body[i] as i8) >= -0x40)
        .unwrap_or(limit)
}

/// Drops a UTF-8 BOM at the very start and turns a `\r\n` (or a final `\r`)
/// ending the line that starts at `start` into `\n`.
fn normalise_line_end(body: &mut Vec<u8>, start: usize, first_line: bool) {
    if first_line && body[start..].starts_with(b"\xEF\xBB\xBF") {
        body.drain(start..start + 3);
    }
    let had_newline = body.last() == Some(&b'\n');
    if had_newline {
        body.pop();
    }
    if body.len() > start && body.last() == Some(&b'\r') {
        body.pop();
    }
    if had_newline {
        body.push(b'\n');
    }
}

impl<R: BufRead> Iterator for CorpusReader<R> {
    type Item = io::Result<Article>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_article().transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(input: &[u8]) -> Vec<Article> {
        CorpusReader::new(input, "in.corpus")
            .collect::<io::Result<Vec<_>>>()
            .unwrap()
    }

    #[test]
    fn headers_split_articles_and_keep_order() {
        let a = read(b"<<<FILE a b >>>\nOne.\n<<<FILE c>>>\nTwo.\nThree.\n");
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].name, "a b");
        assert_eq!(a[0].body, "One.\n");
        assert_eq!(a[0].first_line, 2);
        assert_eq!(a[1].body, "Two.\nThree.\n");
        assert_eq!(a[1].line_of(5), 5);
    }

    #[test]
    fn closing_form_and_text_between_articles() {
        let a = read(b"<<<FILE x\nbody\n>>>\nstray\n<<<FILE y>>>\nmore\n<<<END FILE>>>\n\n");
        let names: Vec<_> = a.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["x", "in.corpus", "y"]);
        assert_eq!(a[1].body, "stray\n");
        assert_eq!(a[1].diagnostics[0].line, 4);
    }

    #[test]
    fn no_header_is_one_article_named_after_input() {
        let a = read(b"Just text.\nMore.");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].name, "in.corpus");
        assert!(a[0].diagnostics.is_empty());
        assert_eq!(a[0].body, "Just text.\nMore.");
    }

    #[test]
    fn crlf_and_bom() {
        let a = read(b"\xEF\xBB\xBF<<<FILE a>>>\r\nOne.\r\nTwo.\r\n");
        assert_eq!(a[0].name, "a");
        assert_eq!(a[0].body, "One.\nTwo.\n");
    }

    #[test]
    fn invalid_utf8_is_replaced_with_a_diagnostic() {
        let a = read(b"<<<FILE a>>>\nok\nbad \xff here\n<<<FILE b>>>\nfine\n");
        assert_eq!(a[0].body, "ok\nbad \u{FFFD} here\n");
        assert_eq!(a[0].diagnostics.len(), 1);
        assert_eq!(a[0].diagnostics[0].line, 3);
        assert!(a[1].diagnostics.is_empty());
    }

    #[test]
    fn header_like_text_inside_a_line_is_body() {
        let a = read(b"<<<FILE a>>>\nsee <<<FILE b>>> here\n<<<FILEx>>>\n");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].body, "see <<<FILE b>>> here\n<<<FILEx>>>\n");
    }

    #[test]
    fn empty_articles_and_repeated_names() {
        let a = read(b"<<<FILE a>>>\n<<<FILE a>>>\nx\n");
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].body, "");
        assert_eq!(a[1].name, "a");
    }

    #[test]
    fn text_before_first_header_is_kept_with_a_warning() {
        let a = read(b"preamble\n<<<FILE a>>>\nx\n");
        assert_eq!(a[0].name, "in.corpus");
        assert_eq!(a[0].diagnostics[0].line, 1);
        assert_eq!(a[1].name, "a");
    }

    #[test]
    fn a_long_article_comes_in_parts_cut_at_line_ends() {
        let line = "word ".repeat(99) + "end\n";
        let lines = MAX_PART / line.len() + 10;
        let input = format!("<<<FILE big>>>\n{}<<<FILE b>>>\nx\n", line.repeat(lines));
        let a = read(input.as_bytes());
        assert_eq!(a.len(), 3);
        assert_eq!((a[0].name.as_str(), a[1].name.as_str()), ("big", "big"));
        assert!(a[0].body.ends_with("end\n") && a[0].body.len() <= MAX_PART);
        assert_eq!(a[1].offset, a[0].body.len());
        assert_eq!(a[1].first_line, 2 + a[0].body.matches('\n').count());
        assert_eq!(a[0].body.len() + a[1].body.len(), line.len() * lines);
        assert!(a[0].diagnostics[0].message.contains("read in parts"));
        assert_eq!(a[2].name, "b");
    }

    #[test]
    fn a_long_line_is_cut_at_white_space_or_a_character_boundary() {
        let spaced = "abcé ".repeat(MAX_PART / 3);
        let cut = part_end(spaced.as_bytes());
        assert!(cut <= MAX_PART && spaced[..cut].ends_with(' '));
        let solid = "é".repeat(MAX_PART);
        let cut = part_end(solid.as_bytes());
        assert!(solid.is_char_boundary(cut) && cut > MAX_PART - 4);
    }

    #[test]
    fn nul_bytes_are_reported_once_per_article() {
        let a = read(b"<<<FILE a>>>\nx\0y\n\0\n");
        assert_eq!(a[0].diagnostics.len(), 1);
        assert_eq!(a[0].diagnostics[0].line, 2);
        assert_eq!(a[0].body, "x\0y\n\0\n");
    }
}
