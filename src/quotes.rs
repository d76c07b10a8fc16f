//! Quotation finding: the spans between matching quotation marks in a
//! paragraph, told apart from apostrophes.
//!
//! Handles curly “ ” and ‘ ’, straight " and ', doubled '' (as some papers
//! print double quotes), and guillemets « ». A single-quoted span nested in a
//! double-quoted one stays inside it. A double quotation left open runs to
//! the end of its paragraph (it may continue in the next one). The spans go
//! to `attribution`, which finds who said them.

use crate::lexicon::{CUE_VERBS, PRONOUNS};
use std::ops::Range;

/// A quotation in a paragraph; offsets are relative to the paragraph text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Offset of the opening mark.
    pub open: usize,
    /// Offset of the first byte of the quoted words.
    pub start: usize,
    /// Offset just past the last byte of the quoted words.
    pub end: usize,
    /// Offset just past the closing mark (the paragraph end when unclosed).
    pub close: usize,
    /// Whether a closing mark was found.
    pub closed: bool,
}

impl QuoteSpan {
    /// The whole quotation, marks included.
    pub fn outer(&self) -> Range<usize> {
        self.open..self.close
    }
}

/// The family of a quotation mark: only marks of one family pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
}

/// What a mark at a position can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open(Family),
    Close(Family),
    /// A straight double mark: opens or closes by context.
    Either,
}

/// An open quotation waiting for its closing mark.
#[derive(Debug, Clone, Copy)]
struct Opened {
    family: Family,
    open: usize,
    start: usize,
}

/// A quotation a paragraph leaves open at its end, which the next
/// paragraph may close without opening it again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LeftOpen(Family);

/// The quotation `quotes` (found in `text`) leave open at the paragraph's
/// end, when its opening mark says which closing mark ends it: a curly
/// double mark or a guillemet (a straight mark may be either).
pub fn left_open(text: &str, quotes: &[QuoteSpan]) -> Option<LeftOpen> {
    let q = quotes.last().filter(|q| !q.closed)?;
    match char_at(text, q.open) {
        '“' | '„' => Some(LeftOpen(Family::Double)),
        '«' => Some(LeftOpen(Family::Guillemet)),
        _ => None,
    }
}

/// The quotations in `text` (one paragraph), in order of their openings.
pub fn find(text: &str) -> Vec<QuoteSpan> {
    find_after(text, None)
}

/// [`find`], for a paragraph after one that left a quotation open: when
/// the first mark is a closing mark of that quotation's family, the words
/// before it continue the quotation (`“A.¶B,” said X.` where a corpus
/// prints a sentence a line, or a writer left out the reopening mark).
pub fn find_after(text: &str, left_open: Option<LeftOpen>) -> Vec<QuoteSpan> {
    let mut continuing = left_open;
    let mut out = Vec::new();
    let mut outer: Option<Opened> = None;
    let mut inner: Option<Family> = None;
    let mut from = 0;
    while let Some(i) = next_mark(text, from) {
        let c = char_at(text, i);
        let prev = text[..i].chars().next_back().unwrap_or(' ');
        let next = char_at(text, i + c.len_utf8());
        let (role, width) = if c == '\'' && next == '\'' {
            let after = char_at(text, i + 2);
            (
                Some(double_from_context(prev, after, outer.map(|o| o.family))),
                2,
            )
        } else {
            (
                mark_role(c, prev, next, outer.map(|o| o.family), inner),
                c.len_utf8(),
            )
        };
        from = i + width;
        let Some(role) = role else { continue };
        if role == Role::Close(Family::Single)
            && outer.is_some_and(|o| o.family == Family::Single)
            && plural_possessive(text, i + width, prev)
        {
            continue;
        }
        if let Some(LeftOpen(family)) = continuing.take()
            && role == Role::Close(family)
        {
            let o = Opened {
                family,
                open: 0,
                start: 0,
            };
            push(&mut out, text, o, i, i + width, true);
            continue;
        }
        match (role, outer) {
            (Role::Open(_) | Role::Either, None) => {
                let family = match role {
                    Role::Open(f) => f,
                    _ => Family::Double,
                };
                outer = Some(Opened {
                    family,
                    open: i,
                    start: i + width,
                });
                inner = None;
            }
            (Role::Close(f), Some(o)) | (Role::Either, Some(o @ Opened { family: f, .. }))
                if f == o.family && inner.is_none() =>
            {
                push(&mut out, text, o, i, i + width, true);
                outer = None;
            }
            (Role::Open(Family::Double), Some(o)) if o.family == Family::Double => {
                // A new opening while one is open: the first was never closed.
                push(&mut out, text, o, i, i, false);
                outer = Some(Opened {
                    family: Family::Double,
                    open: i,
                    start: i + width,
                });
                inner = None;
            }
            (Role::Open(f), Some(o)) if f != o.family => inner = Some(f),
            (Role::Close(f), Some(_)) if inner == Some(f) => inner = None,
            _ => {}
        }
    }
    if let Some(o) = outer.filter(|o| o.family != Family::Single) {
        push(&mut out, text, o, text.len(), text.len(), false);
    }
    out
}

/// How far past a mark after a plural "s" the next single mark is sought.
const POSSESSIVE_LOOKAHEAD: usize = 400;

/// `'It's the nurses' union that …'`: a single mark after a plural's "s",
/// a space and a lower-case word is a possessive when the next single
/// mark closes a quotation too; when it opens one, or none follows, it
/// closes (`'a mess' and left.`). `after` is the byte after the mark.
fn plural_possessive(text: &str, after: usize, prev: char) -> bool {
    let rest = &text[after..];
    let lower_next = rest
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(|c: char| c.is_lowercase()));
    if prev != 's' || !lower_next {
        return false;
    }
    let mut end = (after + POSSESSIVE_LOOKAHEAD).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut from = after;
    while let Some(k) = next_mark(&text[..end], from) {
        let c = char_at(text, k);
        from = k + c.len_utf8();
        if !matches!(c, '\'' | '’') {
            continue;
        }
        let before = text[..k].chars().next_back().unwrap_or(' ');
        let after = char_at(text, k + c.len_utf8());
        match single_role(c, before, after, Some(Family::Single), None) {
            Some(role) => return role == Role::Close(Family::Single),
            None => continue,
        }
    }
    false
}

/// The byte offset, from `from` on, of the next character that may be a
/// quotation mark: straight marks, and the first byte of the two- and
/// three-byte encodings of guillemets and curly marks.
fn next_mark(text: &str, from: usize) -> Option<usize> {
    let rest = text.as_bytes().get(from..)?;
    // memchr takes three needles: the fourth is sought only before the
    // first of the others, so no byte is scanned more than twice
    let common = memchr::memchr3(b'"', b'\'', 0xE2, rest);
    let guillemet = memchr::memchr(0xC2, &rest[..common.unwrap_or(rest.len())]);
    guillemet.or(common).map(|k| from + k)
}

/// The character at byte `i` of `text`, or a space past its end.
fn char_at(text: &str, i: usize) -> char {
    crate::segment::char_at(text, i).unwrap_or(' ')
}

/// A doubled straight apostrophe is a double mark; which way it faces.
fn double_from_context(prev: char, next: char, outer: Option<Family>) -> Role {
    if outer == Some(Family::Double) && !(next.is_alphanumeric() && prev.is_whitespace()) {
        Role::Close(Family::Double)
    } else if prev.is_whitespace() || is_open_punct(prev) || outer.is_none() {
        Role::Open(Family::Double)
    } else {
        Role::Close(Family::Double)
    }
}

fn is_open_punct(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':')
}

/// The role of character `c` between `prev` and `next`, given the family of
/// the open outer quotation and of an open nested one.
fn mark_role(
    c: char,
    prev: char,
    next: char,
    outer: Option<Family>,
    inner: Option<Family>,
) -> Option<Role> {
    match c {
        '“' | '„' => Some(Role::Open(Family::Double)),
        '”' => Some(Role::Close(Family::Double)),
        '«' => Some(Role::Open(Family::Guillemet)),
        '»' => Some(Role::Close(Family::Guillemet)),
        '"' => Some(Role::Either),
        '‘' => (!next.is_ascii_digit()).then_some(Role::Open(Family::Single)),
        '’' | '\'' => single_role(c, prev, next, outer, inner),
        _ => None,
    }
}

/// Tells a single quotation mark from an apostrophe: between two letters it
/// is an apostrophe ("there’s"); after a word it closes an open single
/// quotation, else it is a possessive ("troops’"); before a word it opens.
fn single_role(
    c: char,
    prev: char,
    next: char,
    outer: Option<Family>,
    inner: Option<Family>,
) -> Option<Role> {
    let single_open = outer == Some(Family::Single) || inner == Some(Family::Single);
    if prev.is_alphanumeric() && next.is_alphanumeric() {
        return None;
    }
    let after_word = prev.is_alphanumeric() || matches!(prev, '.' | ',' | '!' | '?' | '…' | ')');
    if after_word && !next.is_alphanumeric() {
        return single_open.then_some(Role::Close(Family::Single));
    }
    let before_word = next.is_alphanumeric() || matches!(next, '[' | '…' | '(');
    if before_word && !prev.is_alphanumeric() {
        // ’90s and 'em are elisions, not quotations.
        if next.is_ascii_digit() || c == '’' && !single_open {
            return None;
        }
        return Some(Role::Open(Family::Single));
    }
    None
}

/// Records a quotation from `o` to the closing mark at `end..close`,
/// trimming white space inside the marks; empty ones are dropped.
fn push(out: &mut Vec<QuoteSpan>, text: &str, o: Opened, end: usize, close: usize, closed: bool) {
    let inside = &text[o.start..end];
    let trimmed = inside.trim();
    if trimmed.is_empty() {
        return;
    }
    let start = o.start + (inside.len() - inside.trim_start().len());
    out.push(QuoteSpan {
        open: o.open,
        start,
        end: start + trimmed.len(),
        close,
        closed,
    });
}

/// Whether the paragraph opens with a quotation mark (a continued quote).
pub fn opens_with_mark(text: &str) -> bool {
    text.starts_with(['“', '"', '‘', '«', '\''])
}

/// Words a title of a work leaves in lower case ("Game of Thrones").
fn is_title_small_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "for"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "by"
            | "with"
            | "from"
            | "as"
            | "vs"
            | "via"
    )
}

/// A speaker's pronouns: quoted words holding one are speech.
const SPEAKER_PRONOUNS: &[&str] = &["i", "me", "my", "we", "us", "our", "you", "your"];

/// Whether a capitalised word makes quoted words speech rather than a
/// name: a speaker's pronoun or a contraction. Only the common short
/// forms of "is" count ("It’s Time"), not a possessive ("Schindler’s").
fn speaks(word: &str) -> bool {
    if SPEAKER_PRONOUNS
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
    {
        return true;
    }
    let Some(apostrophe) = word.rfind(['\'', '’']) else {
        return false;
    };
    let (stem, tail) = (&word[..apostrophe], &word[apostrophe..]);
    let tail = tail.trim_start_matches(['\'', '’']);
    match tail.to_ascii_lowercase().as_str() {
        "t" => stem.ends_with(['n', 'N']),
        "re" | "ve" | "ll" | "m" | "d" => true,
        "s" => IS_CONTRACTED.iter().any(|w| stem.eq_ignore_ascii_case(w)),
        _ => false,
    }
}

/// Words whose "’s" is "is", not a possessive.
const IS_CONTRACTED: &[&str] = &[
    "it", "that", "there", "here", "what", "let", "he", "she", "who",
];

/// Whether quoted words are the title of a work or a name in title case
/// ("Meet the Press", "Game of Thrones"): two or more words, each
/// capitalised or a small word, none of them a speaker's pronoun or a
/// contraction. Such quotation marks name a thing; nobody said the words.
pub fn names_a_work(quoted: &str) -> bool {
    lower_case_only_small(quoted) && {
        let words = || {
            quoted
                .split_ascii_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| w.starts_with(char::is_alphabetic))
        };
        words()
            .filter(|w| w.starts_with(char::is_uppercase))
            .count()
            >= 2
            && !words().any(speaks)
    }
}

/// Whether one quoted capitalised word is the name of a thing, told by
/// what follows the closing mark: a lower-case word that is no cue verb
/// (`“Starfall” topped the box office`, `Acme’s “Nova” sold well`).
/// Speech of one word is followed by its attribution or punctuation
/// (`“Never,” she said`, `called it “Unacceptable.”`), or comes after
/// "that" or a cue (`saying that “Roe-Doe” policies`).
pub fn names_one_thing(before: &str, quoted: &str, after: &str) -> bool {
    let one_word = quoted.starts_with(|c: char| c.is_uppercase())
        && quoted.chars().all(|c| c.is_alphanumeric() || c == '-')
        && !speaks(quoted);
    let Some(rest) = after.strip_prefix(' ').filter(|_| one_word) else {
        return false;
    };
    let next = first_word(rest);
    let last = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    next.starts_with(|c: char| c.is_ascii_lowercase())
        && !CUE_VERBS.contains(next)
        && !PRONOUNS.contains_key(next)
        && last != "that"
        && !CUE_VERBS.contains(last)
}

/// The ASCII letters `text` starts with.
fn first_word(text: &str) -> &str {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("")
}

/// Whether every word of `quoted` that starts with an ASCII lower-case
/// letter is a small word of titles. A byte loop: most quotations fail it
/// at their first or second word, and it runs for every quotation.
fn lower_case_only_small(quoted: &str) -> bool {
    let b = quoted.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_lowercase() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_alphabetic() {
            i += 1;
        }
        // a lower-case letter inside a word ("Press", "Roe’s") starts none
        let word_start = start == 0 || {
            let before = b[start - 1];
            before.is_ascii() && !before.is_ascii_alphanumeric() && before != b'\''
        };
        if word_start && !is_title_small_word(&quoted[start..i]) {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    #[test]
    fn titles_of_works_are_told_from_speech() {
        for title in [
            "Meet the Press",
            "Game of Thrones.",
            "Failure to Adjust: How Americans Got Left Behind",
            "Schindler’s List",
        ] {
            assert!(names_a_work(title), "{title}");
        }
        for speech in [
            "We will stay",
            "It’s Time For A Change",
            "I Did All I Could",
            "Don’t Tread On Me",
            "flagrant violation",
            "Stay",
            "Go home, Roe",
        ] {
            assert!(!names_a_work(speech), "{speech}");
        }
        // one word: what follows the quotation tells
        assert!(names_one_thing("", "Starfall", " topped the box office."));
        assert!(names_one_thing("", "Nova", " sold well."));
        assert!(!names_one_thing("", "Never", " she said."));
        assert!(!names_one_thing("", "Never", ", she said."));
        assert!(!names_one_thing("", "Unacceptable", " said Roe."));
        assert!(!names_one_thing("", "unacceptable", " and cruel."));
        assert!(!names_one_thing("", "It's", " over."));
        assert!(!names_one_thing(
            "saying that ",
            "Roe-Doe",
            " policies fail."
        ));
        assert!(!names_one_thing("said ", "Roe-Doe", " policies fail."));
    }

    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        find(text)
            .into_iter()
            .map(|q| &text[q.start..q.end])
            .collect()
    }

    #[test]
    fn curly_straight_and_guillemets() {
        assert_eq!(
            quoted("“One,” he said. \"Two.\" «Three»"),
            ["One,", "Two.", "Three"]
        );
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(
            quoted("The troops’ base and the city’s mayor’s “plan’s fine,” she said."),
            ["plan’s fine,"]
        );
        assert_eq!(
            quoted("It's the workers' day, isn't it?"),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn single_quotes_quote_when_they_pair() {
        assert_eq!(quoted("‘Big win’ for the team"), ["Big win"]);
        assert_eq!(quoted("'We won,' said the coach."), ["We won,"]);
        assert_eq!(quoted("The '90s were rock 'n' roll"), ["n"]);
        // a plural's possessive inside a single quotation
        assert_eq!(
            quoted("'It's the nurses' union that warned us,' she said."),
            ["It's the nurses' union that warned us,"]
        );
        assert_eq!(
            quoted("He called it 'a mess' and left. 'We'll see,' he said."),
            ["a mess", "We'll see,"]
        );
        assert_eq!(quoted("He called it 'a mess' and left."), ["a mess"]);
    }

    #[test]
    fn nested_single_stays_inside_double() {
        assert_eq!(
            quoted("“He told me ‘no way’ twice,” she said."),
            ["He told me ‘no way’ twice,"]
        );
        assert_eq!(
            quoted("\"They said 'never' again,\" he said."),
            ["They said 'never' again,"]
        );
    }

    #[test]
    fn a_paragraph_may_close_the_quotation_the_last_one_left_open() {
        let first = "“The mother saw her son.";
        let open = left_open(first, &find(first));
        assert!(open.is_some());
        let next = "She had not seen him for years,” said Roe. “Be strong.”";
        let texts: Vec<_> = find_after(next, open)
            .iter()
            .map(|q| &next[q.start..q.end])
            .collect();
        assert_eq!(texts, ["She had not seen him for years,", "Be strong."]);
        // without an open quotation, or when a mark opens first, no piece
        assert_eq!(find_after(next, None).len(), 1);
        let reopened = "“She wept,” Roe said.";
        assert_eq!(find_after(reopened, open).len(), 1);
        // a straight mark does not say which way it faces
        let straight = "\"The mother saw her son.";
        assert_eq!(left_open(straight, &find(straight)), None);
        assert_eq!(left_open(next, &find(next)), None, "closed");
    }

    #[test]
    fn unclosed_double_runs_to_paragraph_end() {
        let q = find("She said “it is over. Done.");
        assert_eq!(q.len(), 1);
        assert!(!q[0].closed);
        assert_eq!(q[0].end, "She said “it is over. Done.".len());
    }

    #[test]
    fn doubled_apostrophes_are_double_marks() {
        assert_eq!(quoted("''It is done,'' he said."), ["It is done,"]);
    }

    #[test]
    fn brackets_and_ellipses_are_kept() {
        assert_eq!(
            quoted("“The [city] … will act,” she said."),
            ["The [city] … will act,"]
        );
    }

    #[test]
    fn many_unclosed_marks_stay_linear_and_sane() {
        let text = "“a ".repeat(10_000);
        let q = find(&text);
        assert_eq!(q.len(), 10_000);
    }
}
