//! Pathological inputs: each runs through the real binary at two sizes, 1×
//! and 4×, and must take time linear in its size (the 4× run may not take
//! more than `MAX_RATIO` times the 1× run; a quadratic scan takes 16×).
//! Problems in the input are reported on stderr as `FILE:LINE: message`.

use assert_cmd::Command;
use std::io::Write;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// Linear work grows 4× from 1× to 4×; allow for noise from tests running
/// side by side, but not for a quadratic 16×.
const MAX_RATIO: f64 = 8.0;

/// The tests of this file run one at a time, so that no test's timing
/// shares the machine with another's work.
static SERIAL: Mutex<()> = Mutex::new(());

fn serial() -> MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

struct Run {
    took: Duration,
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
}

/// An input written to a file, with the fastest run of `claimex extract`
/// on it so far.
struct Timed {
    file: tempfile::NamedTempFile,
    best: Option<Run>,
}

impl Timed {
    fn new(input: &[u8]) -> Timed {
        let mut file = tempfile::NamedTempFile::new().unwrap();
        file.write_all(input).unwrap();
        file.flush().unwrap();
        Timed { file, best: None }
    }

    /// Runs once more; keeps the run if it is the fastest.
    fn run(&mut self) {
        let path = self.file.path().display().to_string();
        let start = Instant::now();
        let out = Command::cargo_bin("claimex")
            .unwrap()
            .args(["extract", &path])
            .output()
            .unwrap();
        let took = start.elapsed();
        if self.best.as_ref().is_none_or(|b| took < b.took) {
            self.best = Some(Run {
                took,
                code: out.status.code().unwrap_or(-1),
                stdout: out.stdout,
                stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            });
        }
    }
}

/// Runs `claimex extract` once on `input` written to a file.
fn run(input: &[u8]) -> Run {
    let mut t = Timed::new(input);
    t.run();
    t.best.expect("just ran")
}

/// Runs the input `make(n)` at `n` and `4 * n` and asserts linear time; the
/// 4× run is returned for further checks. The two sizes run in turn, three
/// times each, and the fastest run of each counts: a slow spell of the
/// machine then weighs on both sizes rather than on one.
fn linear(name: &str, n: usize, make: impl Fn(usize) -> Vec<u8>) -> Run {
    let mut small = Timed::new(&make(n));
    let mut large = Timed::new(&make(4 * n));
    for _ in 0..3 {
        small.run();
        large.run();
    }
    let (small, large) = (small.best.unwrap(), large.best.unwrap());
    let ratio = large.took.as_secs_f64() / small.took.as_secs_f64().max(1e-3);
    eprintln!("{name}: {ratio:.1}x ({:?} vs {:?})", large.took, small.took);
    assert!(
        ratio < MAX_RATIO,
        "{name}: 4x input took {ratio:.1}x as long ({:?} vs {:?})",
        large.took,
        small.took
    );
    large
}

fn lines(out: &[u8]) -> Vec<serde_json::Value> {
    out.split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).expect("every line is JSON"))
        .collect()
}

fn article(body: &str) -> Vec<u8> {
    format!("<<<FILE a>>>\n{body}\n").into_bytes()
}

#[test]
fn unclosed_quote_marks_in_one_paragraph() {
    let _serial = serial();
    let r = linear("unclosed quotes", 10_000, |n| {
        article(&"word \u{201c}said Kim Roe, ".repeat(n))
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn quotes_with_cues_in_one_endless_sentence() {
    let _serial = serial();
    let r = linear("quote after quote", 5_000, |n| {
        article(&"\u{201c}Yes, we agree,\u{201d} said Kim Roe, ".repeat(n))
    });
    assert_eq!(lines(&r.stdout).len(), 20_000);
}

#[test]
fn coordinated_cues_in_one_endless_sentence() {
    let _serial = serial();
    // every cue after "and" may share the sentence's subject: the look
    // for it must not reach back over the whole sentence each time
    let r = linear("and said, and said", 5_000, |n| {
        let cues = " and sat and said \u{201c}yes\u{201d}".repeat(n);
        article(&format!("Kim Roe sat down{cues}."))
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(lines(&r.stdout).len(), 20_000);
}

#[test]
fn amounts_in_one_endless_sentence() {
    let _serial = serial();
    // 4× stays under the part limit, so no range is cut in two.
    let r = linear("amounts", 10_000, |n| {
        article(&"some 1,200 to 1,300 ".repeat(n))
    });
    assert_eq!(lines(&r.stdout).len(), 40_000);
}

#[test]
fn deeply_nested_quotes() {
    let _serial = serial();
    let r = linear("nested quotes", 10_000, |n| {
        let open = "\u{201c}we \u{2018}said ".repeat(n);
        let close = "end\u{2019}\u{201d} ".repeat(n);
        article(&format!("Kim Roe said: {open}{close}"))
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!lines(&r.stdout).is_empty());
}

#[test]
fn many_headers_with_empty_bodies() {
    let _serial = serial();
    let r = linear("empty articles", 25_000, |n| {
        (0..n)
            .flat_map(|i| format!("<<<FILE a{i}>>>\n\n").into_bytes())
            .collect()
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.is_empty());
}

#[test]
fn many_short_paragraphs() {
    let _serial = serial();
    let r = linear("paragraphs", 20_000, |n| {
        article(&"Kim Roe said \u{201c}we sent 40 more trucks\u{201d}.\n".repeat(n))
    });
    assert_eq!(lines(&r.stdout).len(), 160_000);
}

#[test]
fn a_200_mb_single_line_is_read_in_parts_without_loss() {
    let _serial = serial();
    let unit = "Officials said 1,200 people came to the square on the day, \
                and the crowd stayed until the evening when it began to rain. ";
    let reps = 200_000_000 / unit.len();
    let mut input = b"<<<FILE long>>>\n".to_vec();
    input.extend(unit.repeat(reps).into_bytes());
    input.extend(b"\n<<<FILE next>>>\nKim Roe said \xe2\x80\x9cit was 5 miles\xe2\x80\x9d.\n");
    let mut f = tempfile::NamedTempFile::new().unwrap();
    f.write_all(&input).unwrap();
    drop(input);
    let out = Command::cargo_bin("claimex")
        .unwrap()
        .args(["extract", "--kind", "quantity"])
        .arg(f.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr.contains(":2: article 'long' is longer than"),
        "{stderr}"
    );
    let long = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| l.starts_with(br#"{"article":"long""#))
        .count();
    assert_eq!(long, reps, "every amount survives the cuts");
    let next = br#"{"article":"next""#;
    assert!(out.stdout.windows(next.len()).any(|w| w == next));
}

#[test]
fn a_header_like_line_inside_a_body_is_text() {
    let _serial = serial();
    let input = "<<<FILE a>>>\nThe file <<<FILE b>>> was named.\n<<<FILES>>> are text.\n\
                 Kim Roe said \u{201c}we sent 40 trucks\u{201d}.\n";
    let r = run(input.as_bytes());
    let claims = lines(&r.stdout);
    assert!(claims.iter().all(|c| c["article"] == "a"));
    assert_eq!(claims.len(), 2);
}

#[test]
fn nul_bytes_are_reported_and_the_rest_is_read() {
    let _serial = serial();
    let input = b"<<<FILE a>>>\nOne line.\nbad\0\0bytes said Kim\n<<<FILE b>>>\nKim Roe said \xe2\x80\x9cwe sent 40 trucks\xe2\x80\x9d.\n";
    let r = run(input);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains(":3: NUL bytes in article 'a'"),
        "{}",
        r.stderr
    );
    assert_eq!(lines(&r.stdout).len(), 2);
}

#[test]
fn invalid_utf8_in_names_and_bodies_is_reported_with_its_line() {
    let _serial = serial();
    let input = b"<<<FILE caf\xe9>>>\nFine.\nBad \xff\xfe here, Kim Roe said \xe2\x80\x9cwe sent 40 trucks\xe2\x80\x9d.\n";
    let r = run(input);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains(":1: invalid UTF-8 in the article name"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains(":3: invalid UTF-8 in article"),
        "{}",
        r.stderr
    );
    let claims = lines(&r.stdout);
    assert_eq!(claims.len(), 2);
    assert_eq!(claims[0]["article"], "caf\u{fffd}");
}

/// A range cut at the part limit once sent the number scanner past the end
/// of its tokens (a panic): the cut must cost nothing but the warning.
#[test]
fn ranges_cut_at_the_part_limit_do_not_break_the_scanner() {
    let _serial = serial();
    let r = run(&article(&"some 1,200 to 1,300 ".repeat(80_000)));
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("read in parts"), "{}", r.stderr);
    assert!(!r.stderr.contains("internal error"), "{}", r.stderr);
    assert!(lines(&r.stdout).len() >= 80_000);
}

#[test]
fn a_subject_behind_endless_phrases_of_place() {
    let _serial = serial();
    // "Acme in Ohio in Acme in Ohio … said": the subject is looked for
    // behind a bounded number of phrases, not one step (and one stack
    // frame) per phrase
    let r = linear("phrases of place", 15_000, |n| {
        article(&format!(
            "{}said the plan would cost 5 million dollars.",
            "Acme in Ohio ".repeat(n)
        ))
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!lines(&r.stdout).is_empty());
}

#[test]
fn a_list_of_names_without_a_verb() {
    let _serial = serial();
    // every comma of the list asks whether a possessive name opens an
    // appositive: a few items each, not the rest of the sentence
    let r = linear("list of names", 10_000, |n| {
        article(&format!(
            "Jane Roe, {}dismissed it as \u{201c}illogical.\u{201d}",
            "Acme, ".repeat(n)
        ))
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
}
