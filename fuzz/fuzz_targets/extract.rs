//! Any bytes through the corpus reader and the extractor: no panic, and
//! every claim keeps the output contract (its span slices the article body
//! at character boundaries and equals its text; it serialises as JSON).
//! The lines the binary writes (`pipeline::render`, keys written by hand,
//! values by sonic-rs) must be exactly serde_json's lines for the claims,
//! and the text view must show no control character raw.

#![no_main]

use claimex::corpus::CorpusReader;
use claimex::extract::{Kinds, extract};
use claimex::pipeline::{View, render};
use claimex::text::Style;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for article in CorpusReader::new(data, "fuzz") {
        let article = article.expect("reading from memory cannot fail");
        let mut lines = Vec::new();
        for claim in extract(&article, Kinds::default()) {
            let start = claim.span.start - article.offset;
            let end = claim.span.end - article.offset;
            assert!(article.body.is_char_boundary(start) && article.body.is_char_boundary(end));
            assert_eq!(&article.body[start..end], claim.text);
            assert!(claim.span.line >= article.first_line);
            let line = serde_json::to_string(&claim).expect("claims serialise");
            assert!(!line.contains('\n'));
            lines.extend_from_slice(line.as_bytes());
            lines.push(b'\n');
        }
        let written = render(&article, Kinds::default(), View::Jsonl).expect("no internal error");
        assert!(written == lines, "the written lines are serde_json's");
        let text = render(&article, Kinds::default(), View::Text(Style::default()))
            .expect("no internal error");
        let text = String::from_utf8(text).expect("the text view is UTF-8");
        assert!(!text.chars().any(|c| c.is_control() && c != '\n'));
    }
});
