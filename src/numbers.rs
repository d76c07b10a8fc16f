//! Numbers: every amount a sentence states, with its value, hedge, rate,
//! unit, counted noun and category.
//!
//! Candidates are digit tokens and number words of magnitude ("millions",
//! "ten thousand"); dates, years, times, ordinals, identifiers, counters
//! and copyright lines are set aside. Around each amount the stage reads a
//! hedge before it ("as many as"), a range ("8,000 to 10,000"), the unit or
//! counted noun after it, a rate ("every day"), and context words that
//! decide the category ("losing" makes soldiers casualties). `extract`
//! adds the speaker.

use crate::claim::{Approx, Category, Quantity};
use crate::lexicon::{
    HEDGES, MONTHS, NUMBER_WORDS, NumberWordKind, RATES, STOPWORDS, UNITS, UnitEntry,
};
use crate::segment::{Token, TokenKind};
use std::ops::Range;

/// An amount found in a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Paragraph-relative bytes of the mention ("as many as 8,000 troops").
    pub range: Range<usize>,
    /// The amount and what it counts.
    pub quantity: Quantity,
}

/// Words after which a number is an identifier ("Resolution 2270").
const IDENTIFIER_WORDS: &[&str] = &[
    "resolution",
    "section",
    "row",
    "article",
    "no.",
    "no",
    "number",
    "route",
    "highway",
    "interstate",
    "flight",
    "room",
    "chapter",
    "page",
    "volume",
    "episode",
    "season",
    "model",
    "version",
    "level",
    "phase",
    "grade",
    "class",
    "channel",
    "gate",
    "terminal",
    "platform",
    "district",
    "ward",
    "zone",
    "apollo",
    "boeing",
    "airbus",
    "bill",
    "act",
    "title",
    "rule",
    "paragraph",
    "item",
    "case",
    "code",
    "game",
    "week",
    "day",
    "year",
    "stage",
    "step",
    "figure",
    "table",
    "exhibit",
    "proposition",
    "prop",
    "amendment",
    "unit",
    "lot",
    "block",
    "suite",
    "floor",
    "pier",
    "lane",
    "line",
    "bus",
    "tier",
    "iphone",
    "windows",
    "covid",
    "ps",
    "xbox",
    "galaxy",
    "pixel",
    "top",
    "vol.",
    "p.",
    "pp.",
    "ch.",
    "art.",
    "sec.",
];

/// Words that end the noun phrase after an amount.
const NP_STOPS: &[&str] = &[
    "are", "is", "was", "were", "be", "been", "being", "have", "has", "had", "will", "would",
    "could", "can", "may", "might", "should", "must", "shall", "do", "does", "did", "who", "whom",
    "which", "that", "than", "per", "every", "each", "a", "an", "daily", "weekly", "monthly",
    "annually", "yearly", "ago", "earlier", "later", "more", "less", "fewer", "or", "and", "but",
    "not", "also", "only", "just", "now", "so", "too", "very", "because", "while", "when", "where",
    "if", "since", "until", "after", "before", "during", "as", "from", "to", "in", "on", "at",
    "by", "for", "with", "into", "onto", "over", "under", "about", "against", "between", "through",
    "across", "toward", "towards", "off", "out", "up", "down", "apiece", "each", "old", "long",
    "wide", "high", "deep", "tall", "away",
];

/// Words near an amount that make the counted people casualties.
const CASUALTY_WORDS: &[&str] = &[
    "killed",
    "kill",
    "kills",
    "killing",
    "wounded",
    "wounding",
    "injured",
    "injuring",
    "dead",
    "died",
    "die",
    "dying",
    "casualties",
    "casualty",
    "losses",
    "losing",
    "lose",
    "loses",
    "lost",
    "captured",
    "deaths",
    "death",
    "fatalities",
    "toll",
    "slain",
    "perished",
    "missing",
    "suffering",
    "suffered",
    "incurred",
];

/// Words near a duration that make it a flight time.
const FLIGHT_WORDS: &[&str] = &[
    "flight",
    "flight-time",
    "flew",
    "flown",
    "fly",
    "flying",
    "launch",
    "airborne",
    "missile",
    "rocket",
    "aloft",
];

/// Words near an amount that make people troops.
#[allow(dead_code)]
const TROOP_WORDS: &[&str] = &[
    "deployed",
    "deploy",
    "deploying",
    "sent",
    "send",
    "sending",
    "stationed",
    "troops",
    "soldiers",
    "forces",
    "fielded",
    "mobilized",
    "mobilised",
];

/// Time units a rate can be "a" or "an" of ("1,200 a day").
const TIME_UNITS: &[&str] = &[
    "second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "quarter",
    "season", "game", "match",
];

/// Context of one sentence for the number scan.
struct Scan<'a> {
    text: &'a str,
    toks: &'a [Token],
    /// Token indices of the sentence.
    range: Range<usize>,
}

/// The amounts stated in sentence `sentence` (paragraph-relative bytes) of
/// a paragraph `text` with tokens `toks`.
pub fn find(text: &str, toks: &[Token], sentence: Range<usize>) -> Vec<Found> {
    let lo = toks.partition_point(|t| t.start < sentence.start);
    let hi = toks.partition_point(|t| t.start < sentence.end);
    let scan = Scan {
        text,
        toks,
        range: lo..hi,
    };
    if scan.is_copyright() {
        return Vec::new();
    }
    let mut out: Vec<Found> = Vec::new();
    let mut i = lo;
    while i < hi {
        match scan.amount_at(i) {
            Some((found, next)) => {
                let found = scan.with_context_unit(found, &out);
                out.push(found);
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// A parsed number: its value, the token range it spans and how it was
/// written.
#[derive(Debug, Clone, Copy)]
struct Parsed {
    value: f64,
    /// First token of the number (a currency sign included).
    start: usize,
    /// One past its last token (a scale word included).
    end: usize,
    /// A vague magnitude ("millions of"): a lower bound.
    vague: bool,
    /// Written with digits.
    digits: bool,
    currency: Option<&'static str>,
    /// A unit glued to the digits ("10km").
    glued_unit: Option<UnitEntry>,
}

impl Scan<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        self.range
            .contains(&i)
            .then(|| self.toks[i].text(self.text))
    }

    fn lower(&self, i: usize) -> Option<String> {
        self.word(i).map(str::to_lowercase)
    }

    fn is_punct(&self, i: usize, c: &str) -> bool {
        self.range.contains(&i) && self.toks[i].kind == TokenKind::Punct && self.word(i) == Some(c)
    }

    fn is_copyright(&self) -> bool {
        self.range.clone().any(|i| {
            let w = self.toks[i].text(self.text);
            w == "©"
                || w.eq_ignore_ascii_case("copyright")
                || (w == "c" && self.is_punct(i.wrapping_sub(1), "(") && self.is_punct(i + 1, ")"))
        })
    }

    /// The amount that starts at token `i`, and the token after it.
    fn amount_at(&self, i: usize) -> Option<(Found, usize)> {
        let num = self.number_at(i)?;
        if num.digits && self.excluded(&num) {
            return None;
        }
        let (low, high, end) = self.range_after(&num);
        let (hedge, start) = self.hedge_before(num.start);
        let mut q = Quantity {
            value: match (low, high) {
                (Some(l), Some(h)) => (l + h) / 2.0,
                _ => num.value,
            },
            low,
            high,
            unit: None,
            per: None,
            approx: hedge.unwrap_or(if num.vague {
                Approx::AtLeast
            } else {
                Approx::Exact
            }),
            category: Category::Count,
            subject: None,
        };
        let mut end = self.unit_after(&num, end, &mut q);
        end = self.rate_after(end, &mut q);
        end = self.hedge_after(end, &mut q);
        q.category = self.category(&q, start, end);
        let bytes = self.toks[start].start..self.toks[end - 1].end;
        Some((
            Found {
                range: bytes,
                quantity: q,
            },
            end,
        ))
    }

    /// A number at token `i`: digits (with a currency sign before and a scale
    /// word after) or number words of magnitude.
    fn number_at(&self, i: usize) -> Option<Parsed> {
        let t = self.toks[i];
        let (currency, first) = match self.currency_at(i) {
            Some(c)
                if self
                    .toks
                    .get(i + 1)
                    .is_some_and(|n| n.kind == TokenKind::Number && n.start == t.end) =>
            {
                (Some(c), i + 1)
            }
            _ => (None, i),
        };
        let ft = self.toks[first];
        if ft.kind == TokenKind::Number {
            if currency.is_none()
                && i > self.range.start
                && self.currency_at(i - 1).is_some()
                && self.toks[i - 1].end == t.start
            {
                return None; // read from the sign
            }
            return self.digits_at(first, i, currency);
        }
        self.words_at(i)
    }

    fn currency_at(&self, i: usize) -> Option<&'static str> {
        match self.word(i)? {
            "$" => Some("dollar"),
            "€" => Some("euro"),
            "£" => Some("pound sterling"),
            "¥" => Some("yen"),
            "₩" => Some("won"),
            "₹" => Some("rupee"),
            _ => None,
        }
    }

    fn digits_at(&self, i: usize, start: usize, currency: Option<&'static str>) -> Option<Parsed> {
        let raw = self.toks[i].text(self.text);
        let digits_end = raw
            .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
            .unwrap_or(raw.len());
        let (num, suffix) = raw.split_at(digits_end);
        let mut value = parse_digits(num)?;
        let mut glued_unit = None;
        if !suffix.is_empty() {
            let s = suffix.to_lowercase();
            match NUMBER_WORDS.get(s.as_str()) {
                Some(&(scale, NumberWordKind::Suffix | NumberWordKind::Scale)) => value *= scale,
                _ => glued_unit = Some(*UNITS.get(s.as_str())?),
            }
        }
        let mut end = i + 1;
        if let Some(&(scale, NumberWordKind::Scale)) =
            self.lower(end).as_deref().and_then(|w| NUMBER_WORDS.get(w))
        {
            value *= scale;
            end += 1;
        }
        Some(Parsed {
            value,
            start,
            end,
            vague: false,
            digits: true,
            currency,
            glued_unit,
        })
    }

    /// "ten thousand", "two dozen", "a million", "hundreds of", "tens of
    /// thousands": a value only when a scale word is there.
    fn words_at(&self, i: usize) -> Option<Parsed> {
        let w = self.lower(i)?;
        let &(v, kind) = NUMBER_WORDS.get(w.as_str())?;
        if self.toks[i].kind != TokenKind::Word {
            return None;
        }
        match kind {
            NumberWordKind::Vague => {
                let mut value = v;
                let mut end = i + 1;
                // "tens of thousands", "hundreds of millions"
                if self.lower(end).as_deref() == Some("of")
                    && let Some(&(v2, NumberWordKind::Vague)) = self
                        .lower(end + 1)
                        .as_deref()
                        .and_then(|w| NUMBER_WORDS.get(w))
                {
                    value *= v2;
                    end += 2;
                }
                let of = self.lower(end).as_deref() == Some("of");
                (of || i > self.range.start && self.lower(i - 1).as_deref() == Some("several"))
                    .then_some(Parsed {
                        value,
                        start: i,
                        end,
                        vague: true,
                        digits: false,
                        currency: None,
                        glued_unit: None,
                    })
            }
            NumberWordKind::Small | NumberWordKind::Article | NumberWordKind::Scale => {
                let mut value = if kind == NumberWordKind::Scale {
                    return None;
                } else {
                    v
                };
                let mut end = i + 1;
                // "twenty-five" is one token; "forty five" two.
                if let Some(&(v2, NumberWordKind::Small)) =
                    self.lower(end).as_deref().and_then(|w| NUMBER_WORDS.get(w))
                    && kind == NumberWordKind::Small
                    && v >= 20.0
                    && v2 < 10.0
                {
                    value += v2;
                    end += 1;
                }
                let mut scaled = false;
                while let Some(&(s, NumberWordKind::Scale)) =
                    self.lower(end).as_deref().and_then(|w| NUMBER_WORDS.get(w))
                {
                    value *= s;
                    end += 1;
                    scaled = true;
                }
                scaled.then_some(Parsed {
                    value,
                    start: i,
                    end,
                    vague: false,
                    digits: false,
                    currency: None,
                    glued_unit: None,
                })
            }
            NumberWordKind::Suffix => None,
        }
    }

    /// Dates, years, times of day, ordinals, counters and identifiers.
    fn excluded(&self, n: &Parsed) -> bool {
        let i = if n.currency.is_some() {
            n.start + 1
        } else {
            n.start
        };
        let raw = self.toks[i].text(self.text);
        let lower_raw = raw.to_lowercase();
        if ["st", "nd", "rd", "th", "s"].iter().any(|s| {
            lower_raw.ends_with(s)
                && lower_raw[..lower_raw.len() - s.len()]
                    .chars()
                    .all(|c| c.is_ascii_digit())
        }) {
            return true; // 56th, 1990s
        }
        if n.currency.is_some() {
            return false;
        }
        // Leading zeros and digits glued to a number by a hyphen: codes and
        // phone numbers ("0199", "555-0199").
        let glued = i > self.range.start + 1
            && self.is_punct(i - 1, "-")
            && self.toks[i - 2].kind == TokenKind::Number
            && self.toks[i - 2].end == self.toks[i - 1].start;
        if glued || (raw.len() > 1 && raw.starts_with('0') && !raw.starts_with("0.")) {
            return true;
        }
        let prev = i.checked_sub(1).filter(|p| *p >= self.range.start);
        let prev_word = prev.and_then(|p| self.lower(p));
        let prev2_word = prev
            .and_then(|p| p.checked_sub(1))
            .and_then(|p| self.lower(p));
        let next_word = self.lower(n.end);
        let is_month = |w: &Option<String>| w.as_deref().is_some_and(|w| MONTHS.contains(w));
        // Oct. 31; July 25, 2023; 31 October; Mar 9 2018
        if is_month(&prev_word)
            || is_month(&next_word)
            || (prev_word.as_deref() == Some(",") && is_month(&prev2_word.clone()))
        {
            return true;
        }
        if prev.is_some_and(|p| self.toks[p].kind == TokenKind::Number)
            && prev2_word.as_deref().is_some_and(|w| MONTHS.contains(w))
        {
            return true;
        }
        if prev_word.as_deref() == Some(",")
            && prev
                .and_then(|p| p.checked_sub(1))
                .is_some_and(|p| self.toks[p].kind == TokenKind::Number)
            && prev
                .and_then(|p| p.checked_sub(2))
                .and_then(|p| self.lower(p))
                .is_some_and(|w| MONTHS.contains(w.as_str()))
        {
            return true;
        }
        // 10:30, 3 p.m.
        if self.is_punct(n.end, ":")
            && self
                .toks
                .get(n.end + 1)
                .is_some_and(|t| t.kind == TokenKind::Number)
            || prev.is_some_and(|p| self.is_punct(p, ":"))
        {
            return true;
        }
        if next_word.as_deref().is_some_and(|w| {
            matches!(
                w,
                "a.m."
                    | "p.m."
                    | "am"
                    | "pm"
                    | "gmt"
                    | "utc"
                    | "et"
                    | "est"
                    | "edt"
                    | "pst"
                    | "bst"
                    | "cet"
                    | "o'clock"
                    | "hrs"
            )
        }) {
            return true;
        }
        // 1 of 2
        if next_word.as_deref() == Some("of")
            && self
                .toks
                .get(n.end + 1)
                .is_some_and(|t| t.kind == TokenKind::Number && self.range.contains(&(n.end + 1)))
            && n.value < 100.0
        {
            return true;
        }
        if prev_word.as_deref() == Some("of")
            && prev2_word.is_some()
            && prev
                .and_then(|p| p.checked_sub(1))
                .is_some_and(|p| self.toks[p].kind == TokenKind::Number)
        {
            return true;
        }
        // Years: four digits 1800–2100 with no unit after them.
        let year_like = raw.len() == 4
            && raw.chars().all(|c| c.is_ascii_digit())
            && (1800.0..=2100.0).contains(&n.value);
        if year_like && !self.unit_follows(n.end) {
            return true;
        }
        // Identifiers: "Resolution 2270", "Section 427", phone numbers.
        if prev_word
            .as_deref()
            .is_some_and(|w| IDENTIFIER_WORDS.contains(&w))
            && !self.unit_follows(n.end)
        {
            return true;
        }
        if let Some(p) = prev {
            let pw = self.toks[p].text(self.text);
            let capital_noun = pw.chars().next().is_some_and(char::is_uppercase)
                && p > self.range.start
                && !STOPWORDS.contains(pw.to_lowercase().as_str())
                && HEDGES
                    .iter()
                    .all(|(h, _)| h.last() != Some(&pw.to_lowercase().as_str()));
            if capital_noun
                && !self.unit_follows(n.end)
                && self.toks[p].kind == TokenKind::Word
                && !self.is_punct(n.end, "%")
            {
                return true;
            }
        }
        if self.is_punct(n.end, "-")
            && self
                .toks
                .get(n.end + 1)
                .is_some_and(|t| t.kind == TokenKind::Number && t.end - t.start == 4)
            && raw.len() == 3
        {
            return true; // 555-0100
        }
        false
    }

    /// Whether a unit or counted noun stands at token `i`.
    fn unit_follows(&self, i: usize) -> bool {
        if self.is_punct(i, "%") {
            return true;
        }
        let j = if self.is_punct(i, "-") { i + 1 } else { i };
        self.lower(j).is_some_and(|w| {
            UNITS.contains_key(w.as_str())
                || NUMBER_WORDS
                    .get(w.as_str())
                    .is_some_and(|(_, k)| *k == NumberWordKind::Scale)
        })
    }

    /// "8,000 to 10,000", "30-60", "between 8,000 and 10,000".
    fn range_after(&self, n: &Parsed) -> (Option<f64>, Option<f64>, usize) {
        let joiner = self.lower(n.end);
        let between =
            n.start > self.range.start && self.lower(n.start - 1).as_deref() == Some("between");
        let ok = match joiner.as_deref() {
            Some("to" | "-" | "–" | "—") => true,
            Some("and") => between,
            _ => false,
        };
        if !ok {
            return (None, None, n.end);
        }
        let Some(second) = self.number_at(n.end + 1).filter(|s| s.digits == n.digits) else {
            return (None, None, n.end);
        };
        let mut low = n.value;
        // "8 to 10 million": the scale of the second applies to the first.
        if second.value >= low * 100.0 && n.end == n.start + 1 && !n.vague {
            let scale = second.value
                / parse_digits(
                    self.toks[second.start + usize::from(second.currency.is_some())]
                        .text(self.text)
                        .trim_end_matches(char::is_alphabetic),
                )
                .unwrap_or(1.0);
            if scale > 1.0 {
                low *= scale;
            }
        }
        if second.value <= low {
            return (None, None, n.end);
        }
        (Some(low), Some(second.value), second.end)
    }

    /// The hedge phrase ending right before token `start`, and where the
    /// mention starts.
    fn hedge_before(&self, start: usize) -> (Option<Approx>, usize) {
        let mut s = start;
        if s > self.range.start && self.lower(s - 1).as_deref() == Some("between") {
            s -= 1;
        }
        for (phrase, approx) in HEDGES.iter() {
            let n = phrase.len();
            if s < self.range.start + n {
                continue;
            }
            let matches = phrase
                .iter()
                .enumerate()
                .all(|(k, w)| self.lower(s - n + k).as_deref() == Some(*w));
            if matches {
                return (Some(parse_approx(approx)), s - n);
            }
        }
        (None, s)
    }

    /// "or more", "-plus", "or so" after the amount.
    fn hedge_after(&self, end: usize, q: &mut Quantity) -> usize {
        let a = self.lower(end);
        let b = self.lower(end + 1);
        let hedge = match (a.as_deref(), b.as_deref()) {
            (Some("or"), Some("more" | "greater" | "higher")) => Some(Approx::AtLeast),
            (Some("or"), Some("less" | "fewer" | "lower")) => Some(Approx::AtMost),
            (Some("or"), Some("so")) => Some(Approx::Approx),
            _ => None,
        };
        match hedge {
            Some(h) if q.approx == Approx::Exact => {
                q.approx = h;
                end + 2
            }
            _ => end,
        }
    }

    /// Reads the unit or counted noun after the number; returns the token
    /// after the mention.
    fn unit_after(&self, n: &Parsed, end: usize, q: &mut Quantity) -> usize {
        if let Some(c) = n.currency {
            q.unit = Some(c.to_string());
            return self.money_word_after(end, q);
        }
        if let Some(u) = n.glued_unit {
            q.unit = Some(u.unit.to_string());
            return self.hyphen_noun_after(end);
        }
        if self.is_punct(end, "%") {
            q.unit = Some("percent".into());
            return end + 1;
        }
        // 87-minute flight-time, a 12-mile range
        if self.is_punct(end, "-")
            && self.toks[end].start == self.toks[end - 1].end
            && let Some(w) = self.lower(end + 1)
        {
            let entry = UNITS.get(w.as_str());
            q.unit = Some(entry.map_or_else(|| singular(&w), |e| e.unit.to_string()));
            return self.hyphen_noun_after(end + 2);
        }
        if let Some((entry, len)) = self.unit_phrase(end) {
            q.unit = Some(entry.unit.to_string());
            q.subject = Some(self.span_text(end, end + len));
            if entry.category == "money" || entry.category == "percent" {
                return end + len;
            }
            return self.extend_np(end, end + len, q);
        }
        self.counted_noun(end, q)
    }

    /// "$2.5 billion dollars", "$6 each": money needs no noun.
    fn money_word_after(&self, end: usize, _q: &mut Quantity) -> usize {
        match self.lower(end).as_deref() {
            Some("dollars" | "dollar") => end + 1,
            _ => end,
        }
    }

    /// "-old", "-long" and the noun that follows a hyphenated amount.
    fn hyphen_noun_after(&self, mut end: usize) -> usize {
        while self.is_punct(end, "-") && self.word(end + 1).is_some() {
            end += 2;
        }
        if let Some(w) = self.word(end)
            && w.chars().all(|c| c.is_lowercase() || c == '-')
            && !NP_STOPS.contains(&w)
            && !STOPWORDS.contains(w)
        {
            return end + 1;
        }
        end
    }

    /// A unit from the lexicon at token `i` (two words tried before one).
    fn unit_phrase(&self, i: usize) -> Option<(UnitEntry, usize)> {
        if let (Some(a), Some(b)) = (self.lower(i), self.lower(i + 1))
            && let Some(e) = UNITS.get(format!("{a} {b}").as_str())
        {
            return Some((*e, 2));
        }
        let w = self.lower(i)?;
        UNITS.get(w.as_str()).map(|e| (*e, 1))
    }

    /// "of those North Korean forces", "North Korean troops": the counted
    /// noun phrase, its head as the unit.
    fn counted_noun(&self, end: usize, q: &mut Quantity) -> usize {
        let mut i = end;
        if self.lower(i).as_deref() == Some("of") {
            i += 1;
            if self.lower(i).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "those" | "these" | "the" | "them" | "its" | "their" | "our" | "his" | "her"
                )
            }) {
                i += 1;
            }
        }
        let np_start = i;
        let mut j = i;
        while j < self.range.end && j - np_start < 4 {
            let t = self.toks[j];
            if t.kind != TokenKind::Word {
                break;
            }
            let w = t.text(self.text).to_lowercase();
            if NP_STOPS.contains(&w.as_str())
                || (STOPWORDS.contains(w.as_str())
                    && !t.text(self.text).starts_with(char::is_uppercase))
            {
                break;
            }
            j += 1;
            // A unit ends the phrase unless another noun of it follows
            // ("artillery rounds").
            let next_is_unit = self
                .lower(j)
                .is_some_and(|n| UNITS.contains_key(n.as_str()));
            if UNITS.contains_key(w.as_str()) && !next_is_unit {
                break;
            }
        }
        // The head is the last word; capitalised words alone are not a noun.
        while j > np_start
            && self
                .word(j - 1)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
        {
            j -= 1;
        }
        if j == np_start {
            return end;
        }
        let head = self.lower(j - 1).unwrap_or_default();
        q.unit = Some(
            UNITS
                .get(head.as_str())
                .map_or_else(|| singular(&head), |e| e.unit.to_string()),
        );
        q.subject = Some(self.span_text(np_start, j));
        j
    }

    /// Extends a unit to a noun that follows it ("5 million barrels of oil"
    /// keeps "barrels"; nothing more is taken).
    fn extend_np(&self, _start: usize, end: usize, _q: &mut Quantity) -> usize {
        end
    }

    /// "every day", "a day", "per hour", "daily", "/day".
    fn rate_after(&self, end: usize, q: &mut Quantity) -> usize {
        let Some(w) = self.lower(end) else { return end };
        let Some(fixed) = RATES.get(w.as_str()) else {
            return end;
        };
        if !fixed.is_empty() {
            q.per = Some(fixed.to_string());
            return end + 1;
        }
        let Some(next) = self.lower(end + 1) else {
            return end;
        };
        let unit = UNITS
            .get(next.as_str())
            .map_or_else(|| singular(&next), |e| e.unit.to_string());
        let time = TIME_UNITS.contains(&unit.as_str());
        let ok = match w.as_str() {
            "a" | "an" | "every" | "each" => time,
            _ => self.toks[end + 1].kind == TokenKind::Word,
        };
        if !ok {
            return end;
        }
        q.per = Some(unit);
        end + 2
    }

    /// The category from the unit's own and the words around the mention.
    fn category(&self, q: &Quantity, start: usize, end: usize) -> Category {
        let unit_cat = q
            .unit
            .as_deref()
            .and_then(|u| UNITS.values().find(|e| e.unit == u).map(|e| e.category));
        let near = |words: &[&str], before: usize, after: usize| {
            let a = start.saturating_sub(before).max(self.range.start);
            let b = (end + after).min(self.range.end);
            (a..b).any(|i| self.lower(i).is_some_and(|w| words.contains(&w.as_str())))
        };
        match unit_cat {
            Some("percent") => Category::Percent,
            Some("money") => Category::Money,
            Some("distance") => Category::Distance,
            Some("duration") if near(FLIGHT_WORDS, 3, 3) => Category::FlightTime,
            Some("duration") => Category::Duration,
            Some("munitions") => Category::Munitions,
            Some("casualties") => Category::Casualties,
            Some("troops") if near(CASUALTY_WORDS, 3, 2) => Category::Casualties,
            Some("troops") => Category::Troops,
            _ if q.unit.as_deref().is_some_and(|u| {
                matches!(
                    u,
                    "people" | "person" | "civilian" | "man" | "woman" | "child"
                )
            }) && near(CASUALTY_WORDS, 3, 3) =>
            {
                Category::Casualties
            }
            _ => Category::Count,
        }
    }

    /// A number with no noun of its own takes the unit of the amount before
    /// it in the sentence ("10,000 soldiers, 8,000 of whom"), or a counted
    /// noun that stands before it ("casualties … 1,250 per day").
    fn with_context_unit(&self, mut f: Found, before: &[Found]) -> Found {
        if f.quantity.unit.is_some() {
            return f;
        }
        let prev = before
            .last()
            .and_then(|p| p.quantity.unit.clone().map(|u| (u, p.quantity.category)));
        let noun = || {
            let first = self.toks.partition_point(|t| t.start < f.range.start);
            (self.range.start..first).rev().find_map(|i| {
                let w = self.lower(i)?;
                let e = UNITS.get(w.as_str())?;
                matches!(e.category, "troops" | "casualties" | "munitions")
                    .then(|| (e.unit.to_string(), category_of(e.category)))
            })
        };
        if let Some((unit, cat)) = prev.or_else(noun) {
            f.quantity.unit = Some(unit);
            if f.quantity.category == Category::Count {
                f.quantity.category = cat;
            }
        }
        f
    }

    fn span_text(&self, a: usize, b: usize) -> String {
        self.text[self.toks[a].start..self.toks[b - 1].end].to_string()
    }
}

fn category_of(name: &str) -> Category {
    match name {
        "troops" => Category::Troops,
        "casualties" => Category::Casualties,
        "munitions" => Category::Munitions,
        _ => Category::Count,
    }
}

fn parse_approx(s: &str) -> Approx {
    match s {
        "approx" => Approx::Approx,
        "at_least" => Approx::AtLeast,
        "at_most" => Approx::AtMost,
        _ => Approx::Exact,
    }
}

/// "1,200" → 1200; "2.5" → 2.5; "1,2" (not thousands groups) → None.
fn parse_digits(s: &str) -> Option<f64> {
    let s = s.trim_end_matches(['.', ',']);
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let groups: Vec<&str> = int.split(',').collect();
    if groups.len() > 1
        && (groups[0].is_empty() || groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3))
    {
        return None;
    }
    let clean: String = int.chars().filter(|c| *c != ',').collect();
    let text = if frac.is_empty() {
        clean
    } else {
        format!("{clean}.{frac}")
    };
    text.parse().ok()
}

/// A plural noun in the singular: "casualties" → "casualty".
pub fn singular(word: &str) -> String {
    let w = word.to_lowercase();
    if let Some(e) = UNITS.get(w.as_str()) {
        return e.unit.to_string();
    }
    if w == "people" || w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") || w.len() <= 3
    {
        return w;
    }
    if let Some(stem) = w.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for suffix in ["ches", "shes", "xes", "sses"] {
        if w.ends_with(suffix) {
            return w[..w.len() - 2].to_string();
        }
    }
    w.strip_suffix('s').map_or(w.clone(), str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokens;

    fn amounts(text: &str) -> Vec<Found> {
        find(text, &tokens(text), 0..text.len())
    }

    fn one(text: &str) -> Quantity {
        let f = amounts(text);
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        f.into_iter().next().unwrap().quantity
    }

    fn mention(text: &str) -> String {
        let f = amounts(text);
        text[f[0].range.clone()].to_string()
    }

    #[test]
    fn digits_with_separators_decimals_and_scales() {
        assert_eq!(one("They sent 10,000 troops.").value, 10000.0);
        assert_eq!(one("It rose to 1.2 million barrels.").value, 1_200_000.0);
        assert_eq!(one("A $2.5 billion deal.").value, 2.5e9);
        assert_eq!(one("A $2.5 billion deal.").category, Category::Money);
        assert_eq!(one("It costs €40.").unit.as_deref(), Some("euro"));
    }

    #[test]
    fn number_words_of_magnitude() {
        assert_eq!(one("About ten thousand people came.").value, 10000.0);
        assert_eq!(one("They fired two dozen shells.").value, 24.0);
        let q = one("They sent millions of artillery rounds.");
        assert_eq!(
            (q.value, q.approx, q.unit.as_deref()),
            (1e6, Approx::AtLeast, Some("round"))
        );
        assert_eq!(one("hundreds of homes burned").value, 100.0);
        assert!(amounts("We agreed on three things and two sides.").is_empty());
    }

    #[test]
    fn hyphenated_units_and_ranges() {
        let q = one("Its 45-minute flight-time alarmed many.");
        assert_eq!(
            (q.value, q.unit.as_deref(), q.category),
            (45.0, Some("minute"), Category::FlightTime)
        );
        assert_eq!(
            mention("Its 45-minute flight-time alarmed many."),
            "45-minute flight-time"
        );
        let q = one("a 20-mile range");
        assert_eq!(
            (q.unit.as_deref(), q.category),
            (Some("mile"), Category::Distance)
        );
        let q = one("between 3,000 and 5,000 troops");
        assert_eq!(
            (q.value, q.low, q.high),
            (4000.0, Some(3000.0), Some(5000.0))
        );
        let q = one("It fell 30-60 per cent.");
        assert_eq!(
            (q.low, q.high, q.category),
            (Some(30.0), Some(60.0), Category::Percent)
        );
        assert_eq!(one("2 to 4 million people").low, Some(2e6));
    }

    #[test]
    fn percentages() {
        assert_eq!(one("It rose 40%.").category, Category::Percent);
        assert_eq!(one("It rose 40 percent.").unit.as_deref(), Some("percent"));
    }

    #[test]
    fn exclusions() {
        for text in [
            "On Oct. 31 they met.",
            "In February 2022 it began.",
            "It has grown since 2014.",
            "We met at 10:30 a.m. and at 3 p.m.",
            "The 56th meeting.",
            "Under Resolution 2270 it is banned.",
            "Photo 1 of 2 shows it.",
            "Call 555-0199 now.",
            "(c) Copyright Example Press 2024",
            "It happened on July 25, 2023, in town.",
            "The two-plus-two talks.",
            "Your browser doesn’t support HTML5",
        ] {
            let found = amounts(text);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
    }

    #[test]
    fn hedges() {
        let cases = [
            ("about 5,000 people", Approx::Approx),
            ("some 5,000 people", Approx::Approx),
            ("roughly 5,000 people", Approx::Approx),
            ("nearly 5,000 people", Approx::Approx),
            ("close to 5,000 people", Approx::Approx),
            ("an estimated 5,000 people", Approx::Approx),
            ("at least 5,000 people", Approx::AtLeast),
            ("more than 5,000 people", Approx::AtLeast),
            ("over 5,000 people", Approx::AtLeast),
            ("as many as 5,000 people", Approx::AtMost),
            ("up to 5,000 people", Approx::AtMost),
            ("no more than 5,000 people", Approx::AtMost),
            ("fewer than 5,000 people", Approx::AtMost),
            ("5,000 people or more", Approx::AtLeast),
            ("5,000 people", Approx::Exact),
        ];
        for (text, approx) in cases {
            assert_eq!(one(text).approx, approx, "{text}");
        }
        assert_eq!(
            mention("There are as many as 5,000 people there."),
            "as many as 5,000 people"
        );
    }

    #[test]
    fn rates() {
        assert_eq!(
            one("losing 900 soldiers every day").per.as_deref(),
            Some("day")
        );
        assert_eq!(one("900 casualties a day").per.as_deref(), Some("day"));
        assert_eq!(one("900 per week").per.as_deref(), Some("week"));
        assert_eq!(
            one("it pumps 300 barrels daily").per.as_deref(),
            Some("day")
        );
        assert_eq!(one("$4 per gallon").per.as_deref(), Some("gallon"));
        assert_eq!(
            one("900 soldiers a month ago").per.as_deref(),
            Some("month")
        );
    }

    #[test]
    fn categories_from_unit_and_context() {
        assert_eq!(
            one("The army is losing 900 soldiers every day.").category,
            Category::Casualties
        );
        assert_eq!(one("It deployed 900 soldiers.").category, Category::Troops);
        assert_eq!(
            one("The blast killed 12 people.").category,
            Category::Casualties
        );
        assert_eq!(one("They fired 40 missiles.").category, Category::Munitions);
        assert_eq!(one("It took 30 years.").category, Category::Duration);
        assert_eq!(one("He bought 30 apples.").category, Category::Count);
        assert_eq!(one("He bought 30 apples.").unit.as_deref(), Some("apple"));
    }

    #[test]
    fn counted_noun_and_subject() {
        let q = one("as many as 700 of those Ruritanian forces");
        assert_eq!(
            (q.unit.as_deref(), q.subject.as_deref()),
            (Some("force"), Some("Ruritanian forces"))
        );
        let f = amounts("roughly 900 Ruritanian soldiers are there, about 600 of whom are near.");
        assert_eq!(f[1].quantity.unit.as_deref(), Some("soldier"));
        assert_eq!(f[1].quantity.category, Category::Troops);
    }

    #[test]
    fn unit_from_context() {
        let f = amounts(
            "It is smaller than the casualties the army incurred, an approximate figure of 900 per day.",
        );
        assert_eq!(f.len(), 1);
        let q = &f[0].quantity;
        assert_eq!(
            (q.unit.as_deref(), q.approx, q.category),
            (Some("casualty"), Approx::Approx, Category::Casualties)
        );
    }

    #[test]
    fn singulars() {
        assert_eq!(singular("casualties"), "casualty");
        assert_eq!(singular("troops"), "troop");
        assert_eq!(singular("people"), "people");
        assert_eq!(singular("boxes"), "box");
        assert_eq!(singular("bus"), "bus");
    }
}
