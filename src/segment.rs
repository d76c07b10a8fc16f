//! Text segmentation: paragraphs, sentences and word tokens.
//!
//! A paragraph is a non-blank line of the body. Sentences are found with a
//! byte scan for `.`, `!` and `?` that knows news abbreviations ("Sen.",
//! "U.S.", "Oct.") and does not end a sentence inside a quotation, so a
//! quote and its attribution stay together. Tokens are words with their
//! byte offsets; the quote, attribution and number stages read them.

use crate::lexicon::{ABBREVIATIONS, Abbrev, STOPWORDS, Shapes};
use std::ops::Range;
use std::sync::LazyLock;

/// A paragraph: a non-blank line of the body, without surrounding spaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    /// Byte offset of its first non-space byte in the body.
    pub start: usize,
    /// Byte offset just past its last non-space byte.
    pub end: usize,
    /// The 0-based line of the body it stands on.
    pub line: usize,
}

/// The paragraphs of a body, in order.
pub fn paragraphs(body: &str) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let bytes = body.as_bytes();
    let mut push = |s: usize, e: usize, line: usize| {
        let text = &body[s..e];
        let trimmed = text.trim();
        if !trimmed.is_empty() {
            let start = s + (text.len() - text.trim_start().len());
            out.push(Paragraph {
                start,
                end: start + trimmed.len(),
                line,
            });
        }
    };
    let mut line = 0;
    for nl in memchr::memchr_iter(b'\n', bytes) {
        push(line_start, nl, line);
        line_start = nl + 1;
        line += 1;
    }
    push(line_start, bytes.len(), line);
    out
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and digits, hyphens, apostrophes, abbreviation periods).
    Word,
    /// Starts with a digit: "1,200", "2.5", "56th", "10km".
    Number,
    /// Any other single character that is not white space.
    Punct,
}

/// A token: a word, number or punctuation mark with its byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte, relative to the tokenised text.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// What the token is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text within `text` (the string that was tokenised).
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

fn is_word_char(c: char) -> bool {
    // General Punctuation (’ “ ” — …), common in news, holds no letter or
    // digit: answered without Unicode's tables
    !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
}

/// Characters that join two word characters into one word: "Tae-yul",
/// "there’s", "U.S", "AT&T".
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '&' | '\u{2011}')
}

/// A word that a hyphen joins to the number it qualifies, split from it
/// so the number stays a number: "minus-5", "sub-7".
fn is_number_prefix(word: &str) -> bool {
    word.eq_ignore_ascii_case("minus") || word.eq_ignore_ascii_case("sub")
}

/// A short capitalised code that digits may follow glued ("US", "RM", "F").
fn is_code(word: &str) -> bool {
    word.len() <= 3
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.bytes().all(|b| b.is_ascii_alphabetic())
}

/// Splits `text` into tokens. Abbreviations and initials keep their final
/// period ("Sen.", "J.", "U.S."); numbers keep separators and decimals.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        if !is_word_char(c) {
            out.push(Token {
                start: i,
                end: i + c.len_utf8(),
                kind: TokenKind::Punct,
            });
            i += c.len_utf8();
            continue;
        }
        let kind = if c.is_ascii_digit() {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        let mut end = word_end(text, i, i + c.len_utf8(), kind);
        if kind == TokenKind::Word && text[end..].starts_with('.') && keeps_period(&text[i..end]) {
            end += 1;
        }
        out.push(Token {
            start: i,
            end,
            kind,
        });
        // the space after a word, the common case, is passed at once
        i = end + usize::from(text.as_bytes().get(end) == Some(&b' '));
    }
    out
}

/// The character at byte `i` of `text` (a char boundary), or `None` past
/// its end; ASCII without decoding.
pub fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() {
        Some(char::from(b))
    } else {
        text[i..].chars().next()
    }
}

/// Where the word or number that starts at `start` and runs to `end` so
/// far ends: word characters, and joiners between them.
fn word_end(text: &str, start: usize, mut end: usize, kind: TokenKind) -> usize {
    let bytes = text.as_bytes();
    loop {
        // the common case first: a run of ASCII letters (and digits, in a
        // number); a digit in a word may end a code ("US55", "RM79")
        let rest = &bytes[end..];
        end += match kind {
            TokenKind::Word => rest.iter().position(|b| !b.is_ascii_alphabetic()),
            _ => rest.iter().position(|b| !b.is_ascii_alphanumeric()),
        }
        .unwrap_or(rest.len());
        let Some(d) = char_at(text, end) else {
            return end;
        };
        // the common case: a space ends the word
        if d == ' ' {
            return end;
        }
        if d.is_ascii_digit() {
            if is_code(&text[start..end]) {
                return end;
            }
            end += 1;
            continue;
        }
        if is_word_char(d) {
            end += d.len_utf8();
            continue;
        }
        // what follows a joiner is asked only of a joiner
        let after = || char_at(text, end + d.len_utf8());
        let joins = match kind {
            // "1,200.5" joins; "87-minute" and "30-60" do not.
            TokenKind::Number => {
                matches!(d, ',' | '.') && after().is_some_and(|a| a.is_ascii_digit())
            }
            _ => {
                is_joiner(d)
                    && after().is_some_and(|a| {
                        is_word_char(a)
                            && !(d == '-'
                                && a.is_ascii_digit()
                                && is_number_prefix(&text[start..end]))
                    })
            }
        };
        if !joins {
            return end;
        }
        end += d.len_utf8();
    }
}

/// Whether a word followed by a period is an abbreviation or an initial.
fn keeps_period(word: &str) -> bool {
    let mut cs = word.chars();
    let single_capital = matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase());
    single_capital || is_initialism(word) || abbreviation(word).is_some()
}

/// Whether a word with inner periods is made of initials or short
/// abbreviations ("U.S", "a.m", "Ph.D"), unlike a web address
/// ("Amazon.com", "PowerOutage.us"), whose final period ends a sentence.
fn is_initialism(word: &str) -> bool {
    word.contains('.') && word.split('.').all(|part| part.chars().count() <= 2)
}

/// The shapes of the abbreviations without their final period: most
/// words before a period have none of them, and are let go unhashed.
static ABBREVIATION_SHAPES: LazyLock<Shapes> = LazyLock::new(|| {
    Shapes::of(
        ABBREVIATIONS
            .keys()
            .map(|k| k.strip_suffix('.').unwrap_or(k)),
    )
});

/// The abbreviation kind of `word` (without its final period), if any.
fn abbreviation(word: &str) -> Option<Abbrev> {
    if !ABBREVIATION_SHAPES.admits(word.as_bytes()) {
        return None;
    }
    let mut buf = [0u8; 16];
    if word.len() + 1 > buf.len() {
        return None;
    }
    let lower = &mut buf[..word.len() + 1];
    lower[..word.len()].copy_from_slice(word.as_bytes());
    lower[word.len()] = b'.';
    lower.make_ascii_lowercase();
    ABBREVIATIONS.get(std::str::from_utf8(lower).ok()?).copied()
}

/// Splits a paragraph into sentence ranges (relative to `text`). `quotes`
/// are the byte ranges of its quotations, marks included; a period inside
/// one ends a sentence only when the quotation closes right after it.
pub fn sentences(text: &str, quotes: &[Range<usize>]) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut q = 0;
    for p in memchr::memchr3_iter(b'.', b'!', b'?', bytes) {
        if p < start {
            continue;
        }
        while q < quotes.len() && quotes[q].end <= p {
            q += 1;
        }
        let inside = quotes.get(q).filter(|r| r.start < p);
        let Some(end) = sentence_end(text, p, inside) else {
            continue;
        };
        if text[start..end].trim().is_empty() {
            continue;
        }
        out.push(start..end);
        start = end;
    }
    if !text[start..].trim().is_empty() {
        out.push(start..text.len());
    }
    trim_ranges(text, out)
}

/// Where the sentence ends if the terminator at `p` ends one.
fn sentence_end(text: &str, p: usize, quote: Option<&Range<usize>>) -> Option<usize> {
    let mut end = p + 1;
    // Closing marks and brackets that follow the terminator belong to it.
    for c in text[end..].chars() {
        if matches!(
            c,
            '"' | '”' | '’' | '\'' | ')' | ']' | '»' | '.' | '!' | '?'
        ) {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    if let Some(q) = quote
        && end < q.end
    {
        return None;
    }
    let rest = &text[end..];
    let next = rest.trim_start();
    if next.is_empty() {
        return Some(end);
    }
    if rest.len() == next.len() {
        return None; // no space after it: "1.2", "U.S.-led"
    }
    let first = next.chars().next()?;
    let opener = first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(first, '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '—' | '–');
    if !opener {
        return None;
    }
    if text.as_bytes()[p] == b'.' && !abbreviation_may_end(text, p, next) {
        return None;
    }
    Some(end)
}

/// Whether a period after an abbreviation or initial ends the sentence.
fn abbreviation_may_end(text: &str, p: usize, next: &str) -> bool {
    let word_start = text[..p]
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“'))
        .map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &text[word_start..p];
    let kind = abbreviation(word).or_else(|| {
        let mut cs = word.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) if c.is_uppercase() => Some(Abbrev::Title),
            _ if is_initialism(word) => Some(Abbrev::Other),
            _ => None,
        }
    });
    match kind {
        None => true,
        Some(Abbrev::Title) => false,
        Some(_) => {
            // `at 11 p.m. “I called …`: the quotation's first word tells
            let next_word: String = next
                .trim_start_matches(['"', '“'])
                .chars()
                .take_while(|c| c.is_alphabetic())
                .flat_map(char::to_lowercase)
                .collect();
            STOPWORDS.contains(next_word.as_str())
        }
    }
}

/// Trims white space from each range, dropping empty ones.
fn trim_ranges(text: &str, ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges
        .into_iter()
        .filter_map(|r| {
            let s = &text[r.clone()];
            let t = s.trim();
            if t.is_empty() {
                return None;
            }
            let start = r.start + (s.len() - s.trim_start().len());
            Some(start..start + t.len())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn general_punctuation_holds_no_word_character() {
        let range = '\u{2000}'..='\u{206f}';
        assert!(range.clone().all(|c| !c.is_alphanumeric()));
        assert!(is_word_char('é') && is_word_char('7') && !is_word_char('’'));
    }

    #[test]
    fn words_codes_numbers_and_joiners_split_as_news_writes_them() {
        let text = "US55 F-16 COVID19 RM79m Tae-yul 1,200.5 10km U.S. there’s 30-60 Sen. x";
        let got: Vec<&str> = tokens(text).iter().map(|t| t.text(text)).collect();
        assert_eq!(
            got,
            [
                "US",
                "55",
                "F-16",
                "COVID19",
                "RM",
                "79m",
                "Tae-yul",
                "1,200.5",
                "10km",
                "U.S.",
                "there’s",
                "30",
                "-",
                "60",
                "Sen.",
                "x"
            ]
        );
    }

    fn split<'a>(text: &'a str, quotes: &[Range<usize>]) -> Vec<&'a str> {
        sentences(text, quotes)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    fn words(text: &str) -> Vec<&str> {
        tokens(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn paragraphs_are_non_blank_lines() {
        let body = "  First one. \n\n\tSecond.\n";
        let p = paragraphs(body);
        assert_eq!(p.len(), 2);
        assert_eq!(&body[p[0].start..p[0].end], "First one.");
        assert_eq!(&body[p[1].start..p[1].end], "Second.");
    }

    #[test]
    fn tokens_keep_names_numbers_and_abbreviations_whole() {
        assert_eq!(
            words("Sen. Mary J. Doe-Smith’s aide, U.S. officials: 1,200.5 troops."),
            [
                "Sen.",
                "Mary",
                "J.",
                "Doe-Smith’s",
                "aide",
                ",",
                "U.S.",
                "officials",
                ":",
                "1,200.5",
                "troops",
                "."
            ]
        );
        assert_eq!(tokens("56th")[0].kind, TokenKind::Number);
        assert_eq!(
            words("87-minute 30-60"),
            ["87", "-", "minute", "30", "-", "60"]
        );
    }

    #[test]
    fn sentences_split_at_terminators_but_not_abbreviations() {
        let t = "Gov. Jane Roe spoke on Oct. 3 in the U.S. capital. It rained! Did it? Yes.";
        assert_eq!(
            split(t, &[]),
            [
                "Gov. Jane Roe spoke on Oct. 3 in the U.S. capital.",
                "It rained!",
                "Did it?",
                "Yes."
            ]
        );
    }

    #[test]
    fn abbreviation_can_end_a_sentence_before_an_opener() {
        let t = "He moved to the U.S. The move was quick. Mr. Roe agreed.";
        assert_eq!(
            split(t, &[]),
            [
                "He moved to the U.S.",
                "The move was quick.",
                "Mr. Roe agreed."
            ]
        );
        // a quotation opening with a word that opens sentences
        let t = "She left after 11 p.m. “I was tired,” she said.";
        assert_eq!(
            split(t, &[]),
            ["She left after 11 p.m.", "“I was tired,” she said."]
        );
        let t = "It backs the U.S. “Iron Dome” plan.";
        assert_eq!(split(t, &[]).len(), 1);
    }

    #[test]
    fn a_web_address_ends_a_sentence() {
        let t = "Power was out, according to PowerOutage.us. Officials agreed.";
        assert_eq!(
            split(t, &[]),
            [
                "Power was out, according to PowerOutage.us.",
                "Officials agreed."
            ]
        );
        assert_eq!(
            words("sold on Amazon.com. It"),
            ["sold", "on", "Amazon.com", ".", "It"]
        );
    }

    #[test]
    fn decimals_and_initials_do_not_split() {
        assert_eq!(
            split("It grew 1.2 percent, said Mary J. Doe.", &[]).len(),
            1
        );
    }

    #[test]
    fn a_quotation_stays_in_one_sentence_with_its_attribution() {
        let t = "“We came. We saw,” she said. “We left.” Then rain.";
        let q = [
            0..t.find(" she").unwrap(),
            t.find("“We left").unwrap()..t.find(" Then").unwrap(),
        ];
        assert_eq!(
            split(t, &q),
            ["“We came. We saw,” she said.", "“We left.”", "Then rain."]
        );
    }
}
