//! Property tests: whatever the bytes, reading and extracting never panic,
//! every output line is a JSON object in the output contract, and every
//! span slices its article at character boundaries and equals its text.

use claimex::compare::compare;
use claimex::diff::{Options, diff};
use claimex::pipeline::{View, render};
use claimex::text::{Style, difference_line, group_lines};
use claimex::{Claim, CorpusReader, Kinds, extract};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use serde_json::Value;

/// Words and marks that drive the extractor's rules, to build text that
/// reaches deep into them (quotes, cues, names, amounts, headers).
const VOCABULARY: &[&str] = &[
    "\u{201c}",
    "\u{201d}",
    "\u{2018}",
    "\u{2019}",
    "\"",
    "'",
    "«",
    "»",
    "said",
    "says",
    "told",
    "according to",
    "he",
    "she",
    "they",
    "it",
    "Kim",
    "Roe",
    "Mary Major",
    "Sen.",
    "Mr.",
    "minister",
    "the ministry",
    "statement",
    ",",
    ".",
    ":",
    "?",
    "!",
    "-",
    "–",
    "(",
    ")",
    "1,200",
    "2.5",
    ".25",
    "-3",
    "40%",
    "$",
    "US$",
    "€5",
    "£",
    "10km",
    "5G",
    "9-2",
    "million",
    "billion",
    "dozen",
    "hundreds of",
    "twenty-eight",
    "thousand",
    "to",
    "between",
    "and",
    "per",
    "a day",
    "about",
    "at least",
    "as many as",
    "troops",
    "soldiers",
    "killed",
    "missiles",
    "minutes",
    "flight",
    "miles",
    "percent",
    "Oct.",
    "2024",
    "56th",
    "©",
    "\n",
    "\n\n",
    "\r\n",
    "<<<FILE a>>>\n",
    "<<<FILE b\n",
    ">>>\n",
    "<<<END>>>\n",
    "\u{a0}",
    "é",
    "\u{fffd}",
    "\0",
    "\u{1b}[2J",
    "\u{9b}",
];

fn vocabulary_text() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(prop::sample::select(VOCABULARY), 0..200).prop_map(|words| {
        let mut text = b"<<<FILE t>>>\n".to_vec();
        for w in words {
            text.extend_from_slice(w.as_bytes());
            text.push(b' ');
        }
        text
    })
}

/// Reads `input` as a corpus, renders every article as JSON Lines and
/// checks each line against the contract and its article's body.
fn check(input: &[u8]) -> Result<(), TestCaseError> {
    for article in CorpusReader::new(input, "prop") {
        let article = article.expect("reading from memory cannot fail");
        let out = render(&article, Kinds::default(), View::Jsonl).expect("no internal error");
        let mut claims = 0;
        for line in out.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
            let claim: Value = serde_json::from_slice(line).expect("a JSON line");
            check_claim(&claim, &article.body, article.offset)?;
            claims += 1;
        }
        // the human view: a line per claim, no control character raw
        let text = render(&article, Kinds::default(), View::Text(Style::default()))
            .expect("no internal error");
        let text = String::from_utf8(text).expect("the text view is UTF-8");
        prop_assert_eq!(text.lines().count(), claims);
        prop_assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{:?}",
            text
        );
    }
    Ok(())
}

/// Diffs two versions and compares them as two outlets, then renders both
/// text views plain and coloured: no control character from the input may
/// reach the terminal raw, only the view's own colour codes.
fn check_diff_and_compare(old: &[u8], new: &[u8]) -> Result<(), TestCaseError> {
    let claims = |input: &[u8]| -> Vec<Claim> {
        CorpusReader::new(input, "prop")
            .flat_map(|a| extract(&a.expect("reading from memory"), Kinds::default()))
            .collect()
    };
    let (old, new) = (claims(old), claims(new));
    let options = Options {
        all: true,
        ..Options::default()
    };
    let differences = diff("v\u{1b}]0;x\u{7}", &old, &new, options);
    let groups = compare(&[("one\u{1b}[2J", &old), ("two", &new)], true);
    for style in [Style { color: false }, Style { color: true }] {
        let mut out = String::new();
        for d in &differences {
            out.push_str(&difference_line(d, style));
            out.push('\n');
        }
        for g in &groups {
            out.push_str(&group_lines(g, style));
        }
        let shown = without_colour_codes(&out);
        prop_assert!(
            !shown.chars().any(|c| c.is_control() && c != '\n'),
            "{:?}",
            out
        );
    }
    Ok(())
}

/// `s` without the colour codes the text view writes (`ESC [ digits m`).
fn without_colour_codes(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(at) = rest.find("\u{1b}[") {
        out.push_str(&rest[..at]);
        let code = &rest[at + 2..];
        let digits = code
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(code.len());
        if code[digits..].starts_with('m') {
            rest = &code[digits + 1..];
        } else {
            // not a colour code: keep the ESC for the check to find
            out.push('\u{1b}');
            rest = &rest[at + 1..];
        }
    }
    out.push_str(rest);
    out
}

fn check_claim(c: &Value, body: &str, offset: usize) -> Result<(), TestCaseError> {
    for key in ["article", "id", "kind", "text", "sentence"] {
        prop_assert!(c[key].is_string(), "{key} in {c}");
    }
    prop_assert!(matches!(
        c["kind"].as_str(),
        Some("quote" | "statement" | "quantity")
    ));
    prop_assert!(c["speaker"].is_null() || c["speaker"]["name"].is_string());
    prop_assert!(c["cue"].is_null() || c["cue"].is_string());
    let start = c["span"]["start"].as_u64().unwrap() as usize - offset;
    let end = c["span"]["end"].as_u64().unwrap() as usize - offset;
    prop_assert!(start <= end && end <= body.len());
    prop_assert!(body.is_char_boundary(start) && body.is_char_boundary(end));
    prop_assert_eq!(&body[start..end], c["text"].as_str().unwrap());
    if c["kind"] == "quantity" {
        prop_assert!(c["value"].is_number(), "value in {}", c);
        prop_assert!(c["category"].is_string() && c["approx"].is_string());
    }
    Ok(())
}

proptest! {
    // failing cases are kept next to this file (`properties.regressions`),
    // not in a new directory at the top of the project
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_bytes_keep_the_contract(input in prop::collection::vec(any::<u8>(), 0..4096)) {
        check(&input)?;
    }

    #[test]
    fn arbitrary_bytes_after_a_header_keep_the_contract(
        input in prop::collection::vec(any::<u8>(), 0..4096)
    ) {
        let mut text = b"<<<FILE x>>>\n".to_vec();
        text.extend(input);
        check(&text)?;
    }

    #[test]
    fn news_like_token_soup_keeps_the_contract(input in vocabulary_text()) {
        check(&input)?;
    }

    #[test]
    fn a_scaled_decimal_prints_its_written_digits(
        mantissa in 1u64..1_000_000,
        decimals in 1u32..=3,
        scale in prop::sample::select(&[("thousand", 3u32), ("million", 6), ("billion", 9)]),
    ) {
        let written = format!(
            "{}.{:0width$}",
            mantissa / 10u64.pow(decimals),
            mantissa % 10u64.pow(decimals),
            width = decimals as usize
        );
        let text = format!("<<<FILE t>>>\nIt cost ${written} {} last year.\n", scale.0);
        let article = CorpusReader::new(text.as_bytes(), "prop").next().unwrap().unwrap();
        let out = render(&article, Kinds::default(), View::Jsonl).expect("no internal error");
        let claim: Value = serde_json::from_slice(out.split(|&b| b == b'\n').next().unwrap()).unwrap();
        let expected = u128::from(mantissa) * 10u128.pow(scale.1 - decimals);
        prop_assert_eq!(claim["value"].to_string(), expected.to_string(), "{}", text);
    }

    #[test]
    fn diff_and_compare_lines_show_no_control_character_raw(
        old in vocabulary_text(),
        new in vocabulary_text(),
    ) {
        check_diff_and_compare(&old, &new)?;
    }
}
