//! CLI tests: drive the real binary and check the claim contract.

use assert_cmd::Command;
use serde_json::Value;
use std::io::Write;

fn claimex() -> Command {
    Command::cargo_bin("claimex").unwrap()
}

fn lines(out: &[u8]) -> Vec<Value> {
    String::from_utf8(out.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every line is JSON"))
        .collect()
}

const SEEDS: &str = "fixtures/seeds.corpus";

/// A temporary corpus file holding `bytes`, and its path as text.
fn corpus_file(bytes: &[u8]) -> (tempfile::NamedTempFile, String) {
    let mut f = tempfile::NamedTempFile::new().unwrap();
    f.write_all(bytes).unwrap();
    let path = f.path().display().to_string();
    (f, path)
}

/// Runs `cmd`, which must exit with 1 (some input was bad): its standard
/// error, and the claims it still wrote.
fn exits_1(cmd: &mut Command) -> (String, Vec<Value>) {
    let out = cmd.assert().code(1).get_output().clone();
    (String::from_utf8(out.stderr).unwrap(), lines(&out.stdout))
}

#[test]
fn every_line_holds_the_contract_and_spans_slice_the_body() {
    let out = claimex()
        .args(["extract", SEEDS])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let claims = lines(&out);
    assert!(claims.len() > 100);
    for c in &claims {
        for field in [
            "article", "id", "kind", "text", "speaker", "span", "sentence",
        ] {
            assert!(c.get(field).is_some(), "{field} missing in {c}");
        }
        let start = c["span"]["start"].as_u64().unwrap() as usize;
        let end = c["span"]["end"].as_u64().unwrap() as usize;
        assert!(start < end && c["span"]["line"].as_u64().unwrap() >= 2);
        if c["kind"] == "quantity" {
            for field in ["value", "unit", "per", "approx", "category", "subject"] {
                assert!(c.get(field).is_some(), "{field} missing in {c}");
            }
        }
    }
}

#[test]
fn stdin_and_file_give_identical_output_and_runs_are_stable() {
    let from_file = claimex().args(["extract", SEEDS]).output().unwrap().stdout;
    let input = std::fs::read(SEEDS).unwrap();
    let from_stdin = claimex()
        .arg("extract")
        .write_stdin(input.clone())
        .output()
        .unwrap()
        .stdout;
    let dash = claimex()
        .args(["extract", "-"])
        .write_stdin(input)
        .output()
        .unwrap()
        .stdout;
    assert_eq!(from_file, from_stdin);
    assert_eq!(from_file, dash);
    assert_eq!(
        from_file,
        claimex().args(["extract", SEEDS]).output().unwrap().stdout
    );
}

#[test]
fn kind_filter() {
    let out = claimex()
        .args(["extract", "--kind", "quantity", SEEDS])
        .output()
        .unwrap()
        .stdout;
    let claims = lines(&out);
    assert!(!claims.is_empty() && claims.iter().all(|c| c["kind"] == "quantity"));
}

#[test]
fn both_header_forms_no_header_crlf_and_bom() {
    let input = "\u{feff}<<<FILE one>>>\r\n“We will rebuild,” Mayor Ana Ruiz said.\r\n<<<FILE two\n“Never,” Ruiz said.\n>>>\n";
    let claims = lines(
        &claimex()
            .arg("extract")
            .write_stdin(input)
            .assert()
            .success()
            .get_output()
            .stdout,
    );
    let names: Vec<_> = claims
        .iter()
        .map(|c| c["article"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["one", "two"]);
    assert_eq!(claims[0]["speaker"]["name"], "Ana Ruiz");
    assert_eq!(claims[0]["text"], "We will rebuild,");
    let plain = lines(
        &claimex()
            .arg("extract")
            .write_stdin("“Fine,” Ruiz said.")
            .assert()
            .success()
            .get_output()
            .stdout,
    );
    assert_eq!(plain[0]["article"], "-");
}

#[test]
fn invalid_utf8_warns_with_file_and_line_and_later_articles_still_come() {
    let (_f, path) = corpus_file(b"<<<FILE bad>>>\nok\n\xff\xfe \xe2\x80\x9cBroken,\xe2\x80\x9d Ruiz said.\n<<<FILE good>>>\n\xe2\x80\x9cFine,\xe2\x80\x9d Ruiz said.\n");
    let (err, claims) = exits_1(claimex().args(["extract", &path]));
    assert!(
        err.contains(&format!("claimex: {path}:3: invalid UTF-8")),
        "{err}"
    );
    assert!(claims.iter().any(|c| c["article"] == "good"));
    assert!(claims.iter().any(|c| c["article"] == "bad"));
}

/// A bug that panics inside the extractor costs that article's claims:
/// the run goes on, says where, and exits with 1. It used to hang: the
/// main thread held the error stream for the whole run, and the panic
/// message of a worker waited for it forever. The timeout turns a hang
/// back into a failure.
#[test]
fn a_bug_in_one_article_costs_its_claims_not_the_run() {
    let (_f, path) = corpus_file(
        "<<<FILE a>>>\n“We will win,” Jane Roe said.\n<<<FILE boom>>>\n“No,” he said.\n<<<FILE c>>>\n“We will stop,” John Doe said.\n"
            .as_bytes(),
    );
    for threads in ["1", "2"] {
        let (err, claims) = exits_1(
            claimex()
                .args(["extract", "--threads", threads, &path])
                .env("CLAIMEX_TEST_PANIC", "boom")
                .timeout(std::time::Duration::from_secs(30)),
        );
        assert!(
            err.contains(&format!(
                "claimex: {path}:4: internal error while extracting article 'boom'"
            )),
            "{err}"
        );
        let articles: Vec<_> = claims
            .iter()
            .map(|c| c["article"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(articles, ["a", "c"]);
    }
}

/// Claims must not depend on how the work was shared out, or a diff of two
/// runs would show changes that are not there: 1,500 articles, three
/// batches of 512, give the same bytes on one, two and three threads, with
/// every article's claims together and in input order.
#[test]
fn any_number_of_threads_writes_the_same_bytes_in_input_order() {
    let seeds = std::fs::read_to_string(SEEDS).unwrap();
    let mut corpus = String::new();
    let mut names = Vec::new();
    for copy in 0..300 {
        for article in seeds.split("<<<FILE ").skip(1) {
            let (name, body) = article.split_once(">>>\n").unwrap();
            let name = format!("{name}-{copy}");
            corpus.push_str(&format!("<<<FILE {name}>>>\n{body}"));
            names.push(name);
        }
    }
    let (_f, path) = corpus_file(corpus.as_bytes());
    let run = |threads: &str| {
        claimex()
            .args(["extract", "--threads", threads, &path])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    let one = run("1");
    assert_eq!(run("2"), one, "two threads");
    assert_eq!(run("3"), one, "three threads");
    let mut seen: Vec<String> = lines(&one)
        .iter()
        .map(|c| c["article"].as_str().unwrap().to_string())
        .collect();
    seen.dedup();
    assert_eq!(seen, names);
}

/// An article is untrusted text: an escape sequence in its name or words
/// must not reach a terminal through the human views or the messages on
/// standard error, while the JSON keeps every byte (JSON escapes it).
#[test]
fn control_characters_never_reach_the_terminal_raw() {
    let (_f, path) = corpus_file(
        "<<<FILE a\x1b]0;pwned\x07>>>\n“We will \x1b[2J win,” Jane Roe said.\n\0\n".as_bytes(),
    );
    for view in [
        &["extract", "--format", "text"][..],
        &["stats", "--format", "text"],
        &["compare", "--format", "text"],
    ] {
        let out = claimex()
            .args(view)
            .args([&path, &path])
            .assert()
            .code(1)
            .get_output()
            .clone();
        for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            assert!(!bytes.contains(&0x1b), "{view:?} {stream}: {bytes:?}");
        }
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("\\u{1b}]0;pwned"),
            "{view:?}"
        );
    }
    let (_g, changed) = corpus_file(
        "<<<FILE a\x1b]0;pwned\x07>>>\n“We will \x1b[2J lose,” Jane Roe said.\n".as_bytes(),
    );
    let diff = claimex()
        .args(["diff", "--format", "text", &path, &changed])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&diff.stdout).contains("[-win,-]{+lose,+}"));
    assert!(!diff.stdout.contains(&0x1b) && !diff.stderr.contains(&0x1b));
    let (_, claims) = exits_1(claimex().args(["extract", &path]));
    assert_eq!(claims[0]["article"], "a\x1b]0;pwned\x07");
    assert_eq!(claims[0]["text"], "We will \x1b[2J win,");
}

#[test]
fn unreadable_file_among_good_ones() {
    let (err, claims) = exits_1(claimex().args(["extract", "no/such/file", SEEDS]));
    assert!(
        err.starts_with("claimex: no/such/file: cannot open"),
        "{err}"
    );
    assert!(!claims.is_empty());
}

#[test]
fn a_read_error_ends_that_input_only_and_the_output_keeps_input_order() {
    let alone = claimex().args(["extract", SEEDS]).output().unwrap().stdout;
    let out = claimex()
        .args(["extract", SEEDS, "fixtures", SEEDS])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with("claimex: fixtures:1: read error"),
        "{stderr}"
    );
    assert_eq!(out.stdout, [alone.clone(), alone].concat());
}

#[test]
fn usage_error_exits_2() {
    claimex()
        .args(["extract", "--kind", "nonsense"])
        .assert()
        .code(2);
    claimex().arg("frobnicate").assert().code(2);
}

#[test]
fn closed_pipe_ends_quietly() {
    use std::process::{Command as Std, Stdio};
    let big = std::fs::read_to_string(SEEDS).unwrap().repeat(200);
    let (_f, path) = corpus_file(big.as_bytes());
    let mut child = Std::new(assert_cmd::cargo::cargo_bin("claimex"))
        .args(["extract", &path])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 64];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{:?}", out.status);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn an_article_over_64_mb_is_read_in_parts() {
    let mut f = tempfile::NamedTempFile::new().unwrap();
    f.write_all(b"<<<FILE big>>>\n").unwrap();
    let para = "Officials said 1,200 people were counted in the town on the day.\n".repeat(1000);
    for _ in 0..1100 {
        f.write_all(para.as_bytes()).unwrap();
    }
    f.write_all(b"<<<FILE after>>>\n\xe2\x80\x9cDone,\xe2\x80\x9d Ruiz said.\n")
        .unwrap();
    let out = claimex()
        .args([
            "extract",
            "--kind",
            "quote",
            &f.path().display().to_string(),
        ])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            ":2: article 'big' is longer than",
        ))
        .get_output()
        .stdout
        .clone();
    assert_eq!(lines(&out).len(), 1);
}

/// The seeds' accuracy floors, measured the way `score.py` measures them
/// (word-overlap pairing for quotes of three or more words, value pairing
/// for quantities), so no change can lower them unseen.
#[test]
fn seeds_accuracy_floors() {
    let out = claimex().args(["extract", SEEDS]).output().unwrap().stdout;
    let pred = lines(&out);
    let gold: Vec<Value> = std::fs::read_to_string("fixtures/seeds.gold.jsonl")
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let (f1, speaker) = score(&gold, &pred, "quote");
    assert!(
        f1 >= 0.95 && speaker >= 0.95,
        "quotes F1 {f1:.3}, speaker {speaker:.3}"
    );
    let (f1, speaker) = score(&gold, &pred, "quantity");
    assert!(
        f1 >= 0.95 && speaker >= 0.85,
        "quantities F1 {f1:.3}, speaker {speaker:.3}"
    );
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn overlap(a: &[String], b: &[String]) -> f64 {
    let mut pool = b.to_vec();
    let common = a
        .iter()
        .filter(|w| {
            pool.iter()
                .position(|x| x == *w)
                .map(|i| pool.remove(i))
                .is_some()
        })
        .count() as f64;
    if common == 0.0 {
        0.0
    } else {
        2.0 * (common / a.len() as f64) * (common / b.len() as f64)
            / (common / a.len() as f64 + common / b.len() as f64)
    }
}

fn name_of(v: &Value) -> String {
    v.get("name")
        .and_then(Value::as_str)
        .or(v.as_str())
        .unwrap_or("")
        .to_lowercase()
}

/// Greedy best-first pairing; returns (F1, speaker accuracy on pairs).
fn score(gold: &[Value], pred: &[Value], kind: &str) -> (f64, f64) {
    let keep = |v: &&Value| {
        v["kind"] == kind && (kind != "quote" || words(v["text"].as_str().unwrap()).len() >= 3)
    };
    let g: Vec<&Value> = gold.iter().filter(keep).collect();
    let p: Vec<&Value> = pred.iter().filter(keep).collect();
    let mut cands = Vec::new();
    for (i, a) in g.iter().enumerate() {
        for (j, b) in p.iter().enumerate() {
            if a["article"] != b["article"] {
                continue;
            }
            let s = if kind == "quote" {
                overlap(
                    &words(a["text"].as_str().unwrap()),
                    &words(b["text"].as_str().unwrap()),
                )
            } else if (a["value"].as_f64().unwrap() - b["value"].as_f64().unwrap()).abs()
                <= 0.005 * a["value"].as_f64().unwrap().abs()
            {
                1.0 + overlap(
                    &words(a["text"].as_str().unwrap()),
                    &words(b["text"].as_str().unwrap()),
                )
            } else {
                0.0
            };
            if s >= 0.5 {
                cands.push((s, i, j));
            }
        }
    }
    cands.sort_by(|a, b| {
        b.0.partial_cmp(&a.0)
            .unwrap()
            .then(a.1.cmp(&b.1))
            .then(a.2.cmp(&b.2))
    });
    let (mut ug, mut up, mut tp, mut right) =
        (vec![false; g.len()], vec![false; p.len()], 0.0, 0.0);
    for (_, i, j) in cands {
        if ug[i] || up[j] {
            continue;
        }
        ug[i] = true;
        up[j] = true;
        tp += 1.0;
        let (a, b) = (name_of(&g[i]["speaker"]), name_of(&p[j]["speaker"]));
        if a == b || (!a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))) {
            right += 1.0;
        }
    }
    let (pr, rc) = (tp / p.len() as f64, tp / g.len() as f64);
    (2.0 * pr * rc / (pr + rc), right / tp)
}

#[test]
fn stats_counts_per_article_and_in_total() {
    let out = claimex()
        .args(["stats", SEEDS])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let rows = lines(&out);
    assert_eq!(rows.len(), 6, "five articles and the total");
    let total = &rows[5];
    assert!(total["article"].is_null());
    assert_eq!(total["articles"], 5);
    let per_article: u64 = rows[..5]
        .iter()
        .map(|r| r["claims"].as_u64().unwrap())
        .sum();
    assert_eq!(total["claims"].as_u64(), Some(per_article));
    let extracted = lines(&claimex().args(["extract", SEEDS]).output().unwrap().stdout).len();
    assert_eq!(per_article as usize, extracted);
    assert!(total["categories"]["casualties"].as_u64() > Some(0));
    claimex()
        .args(["stats", "--format", "text", SEEDS])
        .assert()
        .success()
        .stdout(predicates::str::contains("TOTAL"))
        .stdout(predicates::str::contains("amounts by category: troops"));
}

#[test]
fn completions_and_man_page_come_from_the_cli_definition() {
    for (shell, marker) in [
        ("bash", "_claimex()"),
        ("zsh", "#compdef claimex"),
        ("fish", "complete -c claimex"),
    ] {
        claimex()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicates::str::contains(marker))
            .stdout(predicates::str::contains("compare"));
    }
    claimex()
        .arg("man")
        .assert()
        .success()
        .stdout(predicates::str::starts_with(".ie"))
        .stdout(predicates::str::contains(".TH claimex 1"))
        .stdout(predicates::str::contains("extract"));
}

#[test]
fn piped_standard_input_gets_no_terminal_hint() {
    claimex()
        .arg("extract")
        .write_stdin("<<<FILE a>>>\nIt cost $5.\n")
        .assert()
        .success()
        .stderr("");
}

/// Runs a shell command line under `script`, which gives it a terminal;
/// `None` when `script` (util-linux) is not installed.
fn in_terminal(command: &str) -> Option<String> {
    let out = std::process::Command::new("script")
        .args(["-qec", command, "/dev/null"])
        .stdin(std::process::Stdio::null())
        .output()
        .ok()?;
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn a_progress_bar_on_a_terminal_only_and_for_large_input() {
    let article = "<<<FILE a>>>\nOfficials said 1,200 people came to the town on the day.\n";
    let (_f, path) = corpus_file(article.repeat(200_000).as_bytes());
    let bin = env!("CARGO_BIN_EXE_claimex");
    let Some(shown) = in_terminal(&format!("{bin} extract {path} > /dev/null")) else {
        eprintln!("skipped: no `script` to provide a terminal");
        return;
    };
    assert!(
        shown.contains("articles") && shown.contains("claims"),
        "{shown}"
    );
    // Piped standard error: nothing at all.
    claimex()
        .args(["extract", &path])
        .assert()
        .success()
        .stderr("");
    // A small input on a terminal: nothing either.
    let small = in_terminal(&format!("{bin} extract {SEEDS} > /dev/null")).unwrap();
    assert!(!small.contains("articles"), "{small}");
}

#[test]
fn a_terminal_on_standard_input_gets_a_hint() {
    let bin = env!("CARGO_BIN_EXE_claimex");
    let Some(shown) = in_terminal(&format!("{bin} extract")) else {
        eprintln!("skipped: no `script` to provide a terminal");
        return;
    };
    assert!(
        shown.contains("reading a corpus from the terminal"),
        "{shown}"
    );
}
