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
    HEDGES, MONTHS, NOUNS_IN_LY, NUMBER_WORDS, NumberWordKind, RATES, STOPWORDS, Shapes,
    UNIT_CATEGORIES, UNITS, UnitEntry, merged_lists, with_lower,
};
use crate::segment::{Token, TokenKind};
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

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
    "category",
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

/// What [`CASUALTY_WORDS`], [`FLIGHT_WORDS`] and [`TROOP_WORDS`] say of a
/// word, one bit per list, merged so that a word near an amount is
/// lower-cased and looked up once.
const CASUALTY: u8 = 1;
const FLIGHT: u8 = 2;
const TROOP: u8 = 4;

static CONTEXT_LISTS: LazyLock<HashMap<&'static str, u8>> = LazyLock::new(|| {
    merged_lists([
        (CASUALTY_WORDS, CASUALTY),
        (FLIGHT_WORDS, FLIGHT),
        (TROOP_WORDS, TROOP),
    ])
});

/// The context lists `word` is in, in any case, as [`CASUALTY`]... bits.
fn context_lists(word: &str) -> u8 {
    with_lower(word, |w| CONTEXT_LISTS.get(w).copied().unwrap_or(0))
}

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
    "wide", "high", "deep", "tall", "away", "last", "next",
];

/// Adverbs of extent, which end the noun phrase after an amount too
/// ("killed nearly 260,000 worldwide").
const EXTENT_ADVERBS: &[&str] = &[
    "worldwide",
    "nationwide",
    "statewide",
    "countrywide",
    "citywide",
    "globally",
    "overall",
    "altogether",
    "respectively",
];

/// Pronouns as written in lower case ("millions of us"): no noun follows
/// them in the phrase. ("US" is a name, so only the lower-case forms.)
const OBJECT_PRONOUNS: &[&str] = &["us", "them", "you", "him", "me", "it"];

/// Common verbs that end a counted noun phrase without a verb's suffix
/// ("96 fans went", "About 1,000 come").
const VERBS: &[&str] = &[
    "went", "go", "goes", "come", "came", "comes", "left", "leave", "leaves", "took", "take",
    "takes", "made", "make", "makes", "got", "get", "gets", "saw", "see", "sees", "grew", "grow",
    "grows", "fell", "fall", "falls", "rose", "rise", "rises", "won", "win", "wins", "say", "says",
    "said", "told", "tell", "know", "knew", "think", "thought", "gave", "give", "gives", "ran",
    "run", "runs", "sold", "bought", "paid", "pay", "pays", "spent", "spend", "bound", "whilst",
    "cheaper", "higher", "lower", "below", "above", "combined", "alone", "remain", "stand",
    "stood", "hit", "cut", "set", "put", "kept", "keep", "held", "hold", "meet", "met", "became",
    "become", "found", "need", "needs", "want", "wants", "live", "lives", "work",
    // irregular past tenses, which no ending gives away ("a 7.8 earthquake struck")
    "struck", "shook", "began", "begun", "fled", "flew", "fought", "spoke", "wrote", "sank",
    "swept", "brought", "sought", "threw", "drew", "broke", "chose", "caught", "sent", "tore",
    // and verbs too short for the ending test ("12 died")
    "died", "dies",
];

/// Nouns and adjectives that look like verbs or adverbs by their ending.
const NOUNS_WITH_VERB_SHAPE: &[&str] = &[
    "wounded",
    "killed",
    "dead",
    "building",
    "buildings",
    "bed",
    "seed",
    "feed",
    "shed",
    "speed",
    "weed",
    "breed",
    "armed",
    "retired",
    "detained",
    "displaced",
    "injured",
    "missing",
    "remaining",
    "surviving",
    "existing",
    "unemployed",
    "elderly",
    "daily",
    "weekly",
    "monthly",
    "yearly",
    "offspring",
    "evening",
    "morning",
    "housing",
    "clothing",
    "ceiling",
    "sibling",
    "king",
    "ring",
    "string",
    "thing",
    "wing",
    "painting",
    "funding",
    "spending",
    "borrowing",
    "lending",
    "training",
    "shipping",
    "shooting",
    "bombing",
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

/// Words near an amount that make people troops ("deployed 5,000 men").
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

/// Country codes that make "$" a dollar ("US$", "$US", "A$").
const DOLLAR_CODES: &[&str] = &[
    "US", "A", "AU", "C", "CA", "HK", "NZ", "S", "SG", "NT", "TT",
];

/// Currency codes written glued to the digits ("RM79", "PS6m": "PS" is how
/// "£" reaches plain-text feeds).
const CODE_CURRENCIES: &[(&str, &str)] = &[
    ("RM", "ringgit"),
    ("Rs", "rupee"),
    ("PS", "pound"),
    ("USD", "dollar"),
    ("EUR", "euro"),
    ("GBP", "pound"),
    ("AUD", "dollar"),
    ("CAD", "dollar"),
    ("NZD", "dollar"),
    ("HKD", "dollar"),
    ("SGD", "dollar"),
    ("JPY", "yen"),
    ("CNY", "yuan"),
    ("RMB", "yuan"),
    ("INR", "rupee"),
    ("CHF", "franc"),
    ("KRW", "won"),
    ("ZAR", "rand"),
    ("KES", "shilling"),
    ("KSh", "shilling"),
    ("Sh", "shilling"),
    ("NGN", "naira"),
    ("GHS", "cedi"),
];

/// Whether a currency code may stand a space before its digits ("USD
/// 200", "Rs 500"): an ISO code or "Rs", not "PS" (a "PS 3" is a console).
fn spaced_code(code: &str) -> bool {
    code.len() == 3 || code == "Rs"
}

/// Time units a rate can be "a" or "an" of ("1,200 a day").
/// The middle of a range ("$2.10 to $2.20" is 2.15), [`tidy`].
fn midpoint(low: f64, high: f64) -> f64 {
    tidy((low + high) / 2.0)
}

/// A computed value rid of the binary rounding that would print 2.15 as
/// 2.1500000000000004: 13 significant digits.
fn tidy(x: f64) -> f64 {
    format!("{x:.12e}").parse().unwrap_or(x)
}

/// The time unit of a rate hyphenated into a word: "a-year" and
/// "hour-a-week" give "year" and "week".
fn hyphenated_rate(word: &str) -> Option<String> {
    let mut parts = word.rsplit('-');
    let unit = parts.next()?;
    let by = parts.next()?;
    (matches!(by, "a" | "an" | "per") && TIME_UNITS.contains(&unit)).then(|| unit.to_string())
}

/// The last words of street names, after a street number.
const STREET_WORDS: &[&str] = &[
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "lane",
    "ln",
    "drive",
    "way",
    "place",
    "court",
    "terrace",
    "parkway",
    "highway",
    "square",
    "crescent",
    "close",
];

/// Verbs whose particle "up" may stand before "to" and an amount: the
/// amount is where something moved or what it adds to, not a ceiling.
const UP_VERBS: &[&str] = &[
    "tick",
    "ticks",
    "ticked",
    "edge",
    "edges",
    "edged",
    "inch",
    "inches",
    "inched",
    "creep",
    "creeps",
    "crept",
    "move",
    "moves",
    "moved",
    "go",
    "goes",
    "went",
    "gone",
    "shot",
    "revise",
    "revises",
    "revised",
    "ratchet",
    "ratcheted",
    "bump",
    "bumps",
    "bumped",
    "step",
    "steps",
    "stepped",
    "ramp",
    "ramps",
    "ramped",
    "round",
    "rounded",
    "add",
    "adds",
    "added",
    "climb",
    "climbs",
    "climbed",
    "jump",
    "jumps",
    "jumped",
    "trend",
    "trended",
];

/// Things a price or an amount is counted per after "a" ("$6 a share",
/// "400 calories a serving", "$50 a head").
const PER_ITEM: &[&str] = &["share", "serving", "head", "person", "ticket", "unit"];

/// Words after "a mile" that make it a distance, not a rate ("a mile away").
const PLACE_AFTER_MEASURE: &[&str] = &[
    "away", "from", "off", "long", "wide", "high", "deep", "apart", "outside", "north", "south",
    "east", "west", "behind", "ahead", "short", "beyond", "inland", "offshore",
];

const TIME_UNITS: &[&str] = &[
    "second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "quarter",
    "season", "game", "match",
];

/// What letters glued to digits are.
enum Glued {
    /// A scale ("bn", "m", "k").
    Scale(f64),
    /// A unit, taking this many tokens after the number ("km" 0, "km/h" 2).
    Unit(UnitEntry, usize),
    /// Anything else ("G" in "5G"): the token is not an amount.
    Unknown,
}

/// Context of one sentence for the number scan.
struct Scan<'a> {
    text: &'a str,
    toks: &'a [Token],
    /// Token indices of the sentence.
    range: Range<usize>,
}

/// Words after a bare count that show its noun was left out ("187 by
/// tender", "95800 who", "2.4 million in 2017").
const ELISION_FOLLOWERS: &[&str] = &[
    "by", "who", "which", "that", "were", "was", "are", "is", "in", "on", "at", "for", "from",
    "of", "last", "this", "each", "more", "fewer", "less", "a", "an",
];

/// How many tokens back a bare amount looks for the noun it counts
/// ("troops … of whom 8,000"): a clause's length, so that a runaway
/// sentence costs linear time.
const CONTEXT_UNIT_REACH: usize = 40;

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
    let mut out: Vec<Found> = Vec::new();
    let mut i = lo;
    // the token after the last amount found
    let mut after_last = None;
    while i < hi {
        if !scan.may_start(i) {
            i += 1;
            continue;
        }
        match scan.amount_at(i) {
            Some((found, next)) => {
                let mut found = scan.with_context_unit(found, &out);
                scan.over_as_period(&mut found, after_last);
                out.push(found);
                after_last = Some(next);
                i = next;
            }
            None => i += 1,
        }
    }
    scan.lend_units_back(&mut out);
    // A copyright line states no amounts; asked only of the few sentences
    // that state one, since it reads every token.
    if !out.is_empty() && scan.is_copyright() {
        out.clear();
    }
    out
}

/// The currency a sign written before an amount stands for ("$" dollar).
pub fn currency_of_sign(sign: char) -> Option<&'static str> {
    match sign {
        '$' => Some("dollar"),
        '€' => Some("euro"),
        '£' => Some("pound"),
        '¥' => Some("yen"),
        '₩' => Some("won"),
        '₹' => Some("rupee"),
        _ => None,
    }
}

/// A parsed number: its value, the token range it spans and how it was
/// written.
#[derive(Debug, Clone, Copy)]
struct Parsed {
    value: f64,
    /// First token of the number (a currency sign included).
    start: usize,
    /// The token holding the digits, or the first number word.
    tok: usize,
    /// The value before scale words ("15" of "15 billion").
    base: f64,
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

impl Parsed {
    /// An amount written in words from token `i` to `end`: no digits,
    /// currency or glued unit.
    fn in_words(value: f64, base: f64, i: usize, end: usize, vague: bool) -> Parsed {
        Parsed {
            value,
            start: i,
            tok: i,
            base,
            end,
            vague,
            digits: false,
            currency: None,
            glued_unit: None,
        }
    }
}

impl Scan<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        self.range
            .contains(&i)
            .then(|| self.toks[i].text(self.text))
    }

    /// "cost $4 billion over 10 years", "30 people over three days": right
    /// after another amount, "over" before a duration says over what time
    /// the first amount runs, not that the duration is more than stated.
    fn over_as_period(&self, found: &mut Found, after_last: Option<usize>) {
        let Some(over) = after_last else { return };
        let q = &mut found.quantity;
        let starts_at_over = self.range.contains(&over)
            && self.toks[over].start == found.range.start
            && self
                .word(over)
                .is_some_and(|w| w.eq_ignore_ascii_case("over"));
        if starts_at_over && q.category == Category::Duration && q.approx == Approx::AtLeast {
            q.approx = Approx::Exact;
            found.range.start = self.toks[over + 1].start;
        }
    }

    fn lower(&self, i: usize) -> Option<Cow<'_, str>> {
        self.word(i).map(crate::lexicon::lower)
    }

    fn is_punct(&self, i: usize, c: &str) -> bool {
        self.range.contains(&i) && self.toks[i].kind == TokenKind::Punct && self.word(i) == Some(c)
    }

    fn is_copyright(&self) -> bool {
        self.range.clone().any(|i| {
            let t = self.toks[i];
            // sifted by first byte: "©" opens with 0xC2, the others with c
            if !matches!(self.text.as_bytes()[t.start], 0xC2 | b'c' | b'C') {
                return false;
            }
            let w = t.text(self.text);
            w == "©"
                || w.eq_ignore_ascii_case("copyright")
                || (w == "c" && self.is_punct(i.wrapping_sub(1), "(") && self.is_punct(i + 1, ")"))
        })
    }

    /// A cheap test that rules out most tokens before [`Scan::amount_at`]:
    /// an amount starts at digits, a currency sign, a leading point, a
    /// short code glued to a currency or digits ("US$", "RM79") or number
    /// words that [`Scan::words_at`] may read.
    fn may_start(&self, i: usize) -> bool {
        let t = self.toks[i];
        let w = t.text(self.text);
        match t.kind {
            TokenKind::Number => true,
            TokenKind::Punct if w == "." => {
                self.is_glued(i, i + 1) && self.toks[i + 1].kind == TokenKind::Number
            }
            TokenKind::Punct => self.currency_at(i).is_some(),
            TokenKind::Word => {
                (w.len() <= 3
                    && w.starts_with(|c: char| c.is_ascii_uppercase())
                    && (self.is_glued(i, i + 1)
                        || spaced_code(w) && CODE_CURRENCIES.iter().any(|(c, _)| *c == w))
                    && self.currency_prefix(i).is_some())
                    || self.words_may_start(i, w)
            }
        }
    }

    /// Whether number words may start an amount at token `i` (the word
    /// `w`), by what [`Scan::words_at`] needs next to them: "a", "one" or
    /// "two" only before another number word ("a million", "twenty five
    /// thousand"), "to"/"or" ("four to five thousand") or a percent ("five
    /// per cent"); "dozens" only
    /// before "of" or "more", or after "several"; "million" alone never. News is full
    /// of "a" and "one": they are let go here without being parsed.
    fn words_may_start(&self, i: usize, w: &str) -> bool {
        let Some(kind) = number_word(w) else {
            // "three-quarters of a million", "two-thirds of a billion"
            return matches!(w.len(), 10 | 14) && self.fraction_of_scale(i).is_some();
        };
        if matches!(kind, NumberWordKind::Article | NumberWordKind::Small)
            && self.fraction_of_scale(i).is_some()
        {
            return true;
        }
        let next_is = |want: fn(&str) -> bool| {
            self.toks
                .get(i + 1)
                .is_some_and(|t| t.kind == TokenKind::Word)
                && self.word(i + 1).is_some_and(|n| with_lower(n, want))
        };
        match kind {
            NumberWordKind::Small | NumberWordKind::Article => {
                next_is(|n| {
                    matches!(n, "to" | "or")
                        || matches!(
                            word_value(n),
                            Some((_, NumberWordKind::Small | NumberWordKind::Scale))
                        )
                }) || kind == NumberWordKind::Small
                    && (next_is(|n| matches!(n, "percent" | "per"))
                        || self.and_a_half(i + 1).is_some())
                    || w.eq_ignore_ascii_case("half") && next_is(|n| matches!(n, "a" | "an"))
            }
            NumberWordKind::Vague => {
                next_is(|n| n == "of" || n == "more")
                    || i > self.range.start
                        && self
                            .word(i - 1)
                            .is_some_and(|p| with_lower(p, |p| p == "several"))
            }
            NumberWordKind::Scale | NumberWordKind::Suffix => false,
        }
    }

    /// The amount that starts at token `i`, and the token after it.
    fn amount_at(&self, i: usize) -> Option<(Found, usize)> {
        let num = self.number_at(i)?;
        if num.digits && self.excluded(&num) {
            return None;
        }
        let range = self.range_after(&num);
        if range.is_none() && self.is_score(&num) {
            return None;
        }
        let (low, high, end, glued) = match range {
            Some((low, high, second)) => (Some(low), Some(high), second.end, second.glued_unit),
            None => (None, None, num.end, None),
        };
        // "25–40min", "5-10W": a unit glued to the second number is the range's
        let num = Parsed {
            glued_unit: num.glued_unit.or(glued),
            ..num
        };
        let (hedge, start) = self.hedge_before(num.start);
        // "a magnitude 6.4 earthquake": the scale named before the number
        let magnitude = hedge.is_none()
            && num.start > self.range.start
            && self.lower(num.start - 1).as_deref() == Some("magnitude");
        let start = start - usize::from(magnitude);
        let mut q = Quantity {
            value: match (low, high) {
                (Some(l), Some(h)) => midpoint(l, h),
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
        let mut end = if magnitude {
            q.unit = Some("magnitude".into());
            end
        } else {
            self.unit_after(&num, end, &mut q)
        };
        end = self.hyphen_rate_at(num.end, end, &mut q);
        end = self.rate_after(end, &mut q);
        end = self.hedge_after(end, &mut q);
        if q.unit.is_none() && self.is_age_apposition(&num) {
            q.unit = Some("year".to_string());
        }
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

    /// "Jane Roe, 45, said": a whole number between commas right after a
    /// capitalised name is the person's age in years.
    fn is_age_apposition(&self, n: &Parsed) -> bool {
        let i = n.start;
        n.digits
            && n.start == n.tok
            && n.end == n.tok + 1
            && n.value.fract() == 0.0
            && (1.0..=120.0).contains(&n.value)
            && i >= self.range.start + 2
            && self.is_punct(i - 1, ",")
            // "Jane Roe, 45, said", "…, says Roe, 58."
            && (self.is_punct(n.end, ",")
                || self.is_punct(n.end, ".") && n.end + 1 >= self.range.end)
            && self.toks[i - 2].kind == TokenKind::Word
            && self.is_name(i - 2)
    }

    /// A number at token `i`: digits (with a currency sign before and a scale
    /// word after) or number words of magnitude.
    fn number_at(&self, i: usize) -> Option<Parsed> {
        if !self.range.contains(&i) {
            return None;
        }
        if let Some((currency, first)) = self.currency_prefix(i) {
            return self.digits_at(first, i, Some(currency), false);
        }
        let t = self.toks[i];
        if t.kind == TokenKind::Number {
            if self.glued_before(i) {
                return None; // read from its prefix, or part of a name ("F16")
            }
            return self.digits_at(i, i, None, false);
        }
        // ".500", ".001 per cent"
        if self.is_punct(i, ".")
            && self.is_glued(i, i + 1)
            && self.toks[i + 1].kind == TokenKind::Number
            && (i == self.range.start || self.toks[i - 1].end < t.start)
        {
            return self.digits_at(i + 1, i, None, true);
        }
        self.words_at(i)
    }

    /// Whether token `i` is a capitalised word.
    fn is_name(&self, i: usize) -> bool {
        self.toks[i].kind == TokenKind::Word
            && self.toks[i].text(self.text).starts_with(char::is_uppercase)
    }

    /// Whether tokens `a` and `a + 1 == b` touch, both in the sentence.
    fn is_glued(&self, a: usize, b: usize) -> bool {
        self.range.contains(&a) && self.range.contains(&b) && self.toks[a].end == self.toks[b].start
    }

    /// Whether the number at token `i` is glued to what stands before it:
    /// a word ("F16", "US55"), a sign, a currency or a decimal point.
    fn glued_before(&self, i: usize) -> bool {
        i > self.range.start
            && self.is_glued(i - 1, i)
            && !self.is_punct(i - 1, "-")
            && !self.is_punct(i - 1, "−")
            && !self.is_punct(i - 1, "–")
            && !self.is_punct(i - 1, "(")
            && !self.is_punct(i - 1, "~")
            && !self.is_punct(i - 1, "+")
            || i > self.range.start + 1
                && self.is_glued(i - 1, i)
                && self.is_glued(i - 2, i - 1)
                && self.currency_at(i - 2).is_some()
    }

    /// A currency written before an amount: a sign ("$", "€"), a sign with
    /// a country code ("US$", "$US", "A$", "HK$"), or a code glued to the
    /// digits ("RM79") or, when it is an ISO code or "Rs", a space before
    /// them ("USD 200", "Rs 500"). Returns the currency and the token
    /// of the digits.
    fn currency_prefix(&self, i: usize) -> Option<(&'static str, usize)> {
        let mut j = i;
        let mut sign = None;
        let mut code = None;
        while j < self.range.end && j - i < 3 {
            let w = self.word(j)?;
            if let Some(c) = self.currency_at(j) {
                sign = Some(c);
            } else if self.toks[j].kind == TokenKind::Word && w.len() <= 3 {
                code = Some(w);
            } else {
                break;
            }
            if !self.is_glued(j, j + 1) {
                let spaced = sign.is_none() && code.is_some_and(spaced_code);
                if !(spaced
                    && self
                        .toks
                        .get(j + 1)
                        .is_some_and(|t| t.kind == TokenKind::Number))
                {
                    return None;
                }
            }
            j += 1;
            if self.is_punct(j, "-") && self.is_glued(j, j + 1) {
                j += 1;
            }
            if self
                .toks
                .get(j)
                .is_some_and(|t| t.kind == TokenKind::Number)
            {
                break;
            }
        }
        if !self.range.contains(&j) || self.toks[j].kind != TokenKind::Number {
            return None;
        }
        let currency = match (sign, code) {
            (Some(c), None) => c,
            (Some("dollar"), Some(code)) if DOLLAR_CODES.contains(&code) => "dollar",
            (None, Some(code)) => CODE_CURRENCIES
                .iter()
                .find(|(c, _)| *c == code)
                .map(|(_, cur)| *cur)?,
            _ => return None,
        };
        Some((currency, j))
    }

    fn currency_at(&self, i: usize) -> Option<&'static str> {
        let mut chars = self.word(i)?.chars();
        let sign = chars.next().filter(|_| chars.next().is_none())?;
        currency_of_sign(sign)
    }

    fn digits_at(
        &self,
        i: usize,
        start: usize,
        currency: Option<&'static str>,
        leading_point: bool,
    ) -> Option<Parsed> {
        let from = self.toks[i].start - usize::from(leading_point);
        let raw = &self.text[from..self.toks[i].end];
        let digits_end = raw
            .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
            .unwrap_or(raw.len());
        let (num, suffix) = raw.split_at(digits_end);
        let mut value = parse_digits(num)?;
        let written = value;
        let mut start = start;
        if self.is_negative(if currency.is_some() { start } else { i }) {
            value = -value;
            // "minus 20 degrees", "-1.3%": the sign is the amount's
            if currency.is_none() {
                start = self.sign_before(start);
            }
        }
        let mut glued_unit = None;
        let mut end = i + 1;
        if suffix.is_empty() && self.slash_after(i) {
            // "3/4 cup" is a fraction; "24/7", "9/11" and dates are no amount
            let (fraction, next) = self.fraction(i, value)?;
            value = fraction;
            end = next;
        } else if suffix.is_empty()
            && value.fract() == 0.0
            && self
                .toks
                .get(end)
                .is_some_and(|t| t.kind == TokenKind::Number)
            && self.range.contains(&end)
            && self.slash_after(end)
            && let Some(top) = parse_digits(self.toks[end].text(self.text))
            && let Some((fraction, next)) = self.fraction(end, top)
        {
            // "3 1/2 hours"
            value += fraction.copysign(value);
            end = next;
        }
        if let Some(u) = self.glued_degrees(suffix, num, value, i) {
            glued_unit = Some(u);
        } else if !suffix.is_empty() {
            match self.glued_suffix(suffix, end) {
                Glued::Scale(scale) => value *= scale,
                Glued::Unit(u, used) => {
                    glued_unit = Some(u);
                    end += used;
                }
                Glued::Unknown => return None,
            }
        }
        let base = value;
        while let Some(&(scale, NumberWordKind::Scale)) =
            self.lower(end).as_deref().and_then(|w| NUMBER_WORDS.get(w))
        {
            value *= scale;
            end += 1;
        }
        // "1.8 billion-mile", "400 million-year-old"
        if let Some(w) = self.lower(end)
            && let Some((scale, rest)) = w.split_once('-')
            && let Some(&(s, NumberWordKind::Scale)) = NUMBER_WORDS.get(scale)
        {
            value *= s;
            end += 1;
            let head = rest.split('-').next().unwrap_or(rest);
            glued_unit = UNITS.get(head).copied();
        }
        // "$1.07 billion" is 1070000000, not 1070000000.0000001
        if value.abs() != written && written.fract() != 0.0 {
            value = tidy(value);
        }
        Some(Parsed {
            value,
            base,
            start,
            tok: i,
            end,
            vague: false,
            digits: true,
            currency,
            glued_unit,
        })
    }

    /// Whether the digits at token `i` are glued by a slash to more
    /// digits ("3/4", "24/7", "10/12/2023").
    fn slash_after(&self, i: usize) -> bool {
        (self.is_punct(i + 1, "/") || self.is_punct(i + 1, "⁄"))
            && self.is_glued(i, i + 1)
            && self.is_glued(i + 1, i + 2)
            && self.toks[i + 2].kind == TokenKind::Number
    }

    /// The fraction written at token `i` (numerator `top`) and the token
    /// after it: a proper fraction of whole numbers over a common
    /// denominator, before what it measures ("1/2 pound", "3/4 cup",
    /// "1/128 gallon"). Anything else glued by slashes is a name, a date or
    /// a score ("24/7", "9/11", "2023/24", "10/12/2023"): `None`.
    fn fraction(&self, i: usize, top: f64) -> Option<(f64, usize)> {
        let raw = self.toks[i + 2].text(self.text);
        let bottom: f64 = raw
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| raw.parse().ok())??;
        let proper = top.fract() == 0.0 && top >= 1.0 && top < bottom;
        let common = [2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100, 128, 1000]
            .iter()
            .any(|&d| f64::from(d) == bottom);
        // what it measures follows: "3/4 cup", "1/2-inch", "2/3 of"
        let measures = self.is_punct(i + 3, "-")
            || self
                .toks
                .get(i + 3)
                .is_some_and(|t| t.kind == TokenKind::Word)
                && self
                    .lower(i + 3)
                    .is_some_and(|w| w == "of" || !STOPWORDS.contains(&*w));
        (proper && common && measures && !self.slash_after(i + 2)).then_some((top / bottom, i + 3))
    }

    /// What the letters glued to digits mean ("bn", "km", "km/h"), and how
    /// many tokens after the number they take ("/h").
    fn glued_suffix(&self, suffix: &str, next: usize) -> Glued {
        // "5G", "4D": a lone capital is a name, not grams or days.
        if suffix.len() == 1
            && suffix.starts_with(|c: char| c.is_ascii_uppercase())
            && !matches!(suffix, "M" | "B" | "K" | "W" | "L" | "V")
        {
            return Glued::Unknown;
        }
        let s = suffix.to_lowercase();
        if let Some(&(scale, NumberWordKind::Suffix | NumberWordKind::Scale)) =
            NUMBER_WORDS.get(&*s)
        {
            return Glued::Scale(scale);
        }
        if self.is_punct(next, "/")
            && let Some(w) = self.lower(next + 1)
            && let Some(u) = UNITS.get(format!("{s}/{w}").as_str())
        {
            return Glued::Unit(*u, 2);
        }
        UNITS
            .get(&*s)
            .map_or(Glued::Unknown, |u| Glued::Unit(*u, 0))
    }

    /// A minus sign or "minus" right before the amount starting at token
    /// `first` ("-1.3%", "minus 233"), or between its currency and digits
    /// ("$-50.8bn").
    fn is_negative(&self, first: usize) -> bool {
        if self.currency_at(first).is_some() || self.toks[first].kind == TokenKind::Word {
            let mut j = first;
            while self.range.contains(&j) && self.toks[j].kind != TokenKind::Number {
                if self.is_punct(j, "-") {
                    return true;
                }
                j += 1;
            }
        }
        let Some(p) = first.checked_sub(1).filter(|p| *p >= self.range.start) else {
            return false;
        };
        // "minus 40", "minus-40"; "plus or minus 3 points" is a margin
        let minus = |k: usize| {
            self.lower(k).as_deref() == Some("minus")
                && !(k >= self.range.start + 2
                    && self.lower(k - 1).as_deref() == Some("or")
                    && self.lower(k - 2).as_deref() == Some("plus"))
        };
        if minus(p) || self.is_punct(p, "-") && p > self.range.start && minus(p - 1) {
            return true;
        }
        let sign = self.is_punct(p, "-") || self.is_punct(p, "−");
        // A change reads as one even after a name or a figure ("FTSE -0.6%",
        // "Stoxx 50 -1.3%"); a bare integer there is a name's part ("COVID -19").
        let change =
            self.word(first).is_some_and(|w| w.contains('.')) || self.is_punct(first + 1, "%");
        sign && self.is_glued(p, first)
            && (p == self.range.start
                || (self.toks[p - 1].end < self.toks[p].start
                    && (change
                        || self.toks[p - 1].kind != TokenKind::Number && !self.is_name(p - 1)))
                || self.is_punct(p - 1, "("))
    }

    /// Where the sign of the negative amount starting at `first` starts:
    /// the "-" or "−" glued to it, or "minus" ("minus-40" too).
    fn sign_before(&self, first: usize) -> usize {
        let Some(p) = first.checked_sub(1).filter(|p| *p >= self.range.start) else {
            return first;
        };
        let minus = |k: usize| self.lower(k).as_deref() == Some("minus");
        if minus(p) {
            p
        } else if p > self.range.start && minus(p - 1) {
            p - 1
        } else if self.is_punct(p, "-") || self.is_punct(p, "−") {
            p
        } else {
            first
        }
    }

    /// "ten thousand", "two dozen", "a million", "hundreds of", "tens of
    /// thousands": a value only when a scale word is there.
    fn words_at(&self, i: usize) -> Option<Parsed> {
        if !self.range.contains(&i) || self.toks[i].kind != TokenKind::Word {
            return None;
        }
        if let Some((fraction, scale, end)) = self.fraction_of_scale(i) {
            let value = (fraction * scale).round();
            return Some(Parsed::in_words(value, fraction, i, end, false));
        }
        let w = self.lower(i)?;
        let (v, kind) = word_value(&w)?;
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
                let after = self.lower(end);
                let of = after.as_deref() == Some("of");
                // "dozens more injured": "more" is part of the amount
                let more = after.as_deref() == Some("more");
                let end = end + usize::from(more);
                (of || more
                    || i > self.range.start && self.lower(i - 1).as_deref() == Some("several"))
                .then_some(Parsed::in_words(value, value, i, end, true))
            }
            NumberWordKind::Small | NumberWordKind::Article | NumberWordKind::Scale => {
                let (value, base, end) = self.compound_words(i)?;
                let scaled = value > base;
                // "four to five thousand": the first end of a range.
                // "seven to 10 years" too.
                let range_start = !scaled
                    && matches!(self.lower(end).as_deref(), Some("to" | "or"))
                    && (self.words_at(end + 1).is_some_and(|p| p.value > p.base)
                        || self
                            .toks
                            .get(end + 1)
                            .is_some_and(|t| t.kind == TokenKind::Number)
                            && self.number_at(end + 1).is_some_and(|p| p.value > value));
                // "five per cent" is a percentage, not a plain small number
                // ("a percent" is none)
                let percent = kind == NumberWordKind::Small
                    && self.range_unit(end).is_some_and(|(u, _)| u == "percent");
                (scaled || range_start || percent)
                    .then_some(Parsed::in_words(value, base, i, end, false))
            }
            NumberWordKind::Suffix => None,
        }
    }

    /// Number words read as one amount from token `i`: "ten thousand",
    /// "a million", "twenty-eight thousand six hundred forty-two". Returns
    /// the value, the value before the first scale word, and the end.
    fn compound_words(&self, i: usize) -> Option<(f64, f64, usize)> {
        let (mut total, mut current, mut base) = (0.0, 0.0, None);
        let mut last_small: Option<f64> = None;
        let mut j = i;
        while let Some(w) = self.lower(j) {
            if self.toks[j].kind != TokenKind::Word {
                break;
            }
            match word_value(&w) {
                Some((v, NumberWordKind::Small)) if fits_after(last_small, v) => {
                    current += v;
                    last_small = Some(v);
                }
                Some((v, NumberWordKind::Article)) if j == i => {
                    current = v;
                    last_small = Some(v);
                }
                // "half a million": the article after "half" counts one
                Some((_, NumberWordKind::Article)) if j == i + 1 && current == 0.5 => {}
                // "one and a half million": a half added to the small number
                None if last_small.is_some() && current.fract() == 0.0 => {
                    let Some(after) = self.and_a_half(j) else {
                        break;
                    };
                    current += 0.5;
                    last_small = None;
                    j = after;
                    continue;
                }
                Some((s, NumberWordKind::Scale)) if current > 0.0 => {
                    base.get_or_insert(current);
                    if s < 1000.0 {
                        current *= s;
                    } else {
                        total += current * s;
                        current = 0.0;
                    }
                    last_small = None;
                }
                _ => break,
            }
            j += 1;
        }
        (j > i).then(|| (total + current, base.unwrap_or(total + current), j))
    }

    /// A temperature written as digits and a capital C or F ("48.8C",
    /// "-5C", "a high of 45F"): read so when the figure has a decimal point
    /// or a sign, or a word of weather stands just before it; "iPhone 5C"
    /// and "seat 12F" stay names.
    fn glued_degrees(&self, suffix: &str, num: &str, value: f64, i: usize) -> Option<UnitEntry> {
        let unit = match suffix {
            "C" => "°c",
            "F" => "°f",
            _ => return None,
        };
        let weather = (i.saturating_sub(4).max(self.range.start)..i).any(|k| {
            self.lower(k).is_some_and(|w| {
                matches!(
                    &*w,
                    "temperature"
                        | "temperatures"
                        | "heat"
                        | "high"
                        | "highs"
                        | "low"
                        | "lows"
                        | "hottest"
                        | "coldest"
                        | "warmest"
                        | "coolest"
                )
            })
        });
        (num.contains('.') || value < 0.0 || weather).then(|| UNITS.get(unit).copied())?
    }

    /// "a quarter of a million", "two-thirds of a billion", "a third
    /// million" at token `i`: the fraction, the scale and the end.
    fn fraction_of_scale(&self, i: usize) -> Option<(f64, f64, usize)> {
        let w = self.word(i)?;
        // most words are turned away by their length
        let (fraction, mut j) = match w.len() {
            10 if w.eq_ignore_ascii_case("two-thirds") => (2.0 / 3.0, i + 1),
            14 if w.eq_ignore_ascii_case("three-quarters") => (0.75, i + 1),
            1 | 3 | 5 => self.fraction_in_words(i, w)?,
            _ => return None,
        };
        let is = |k: usize, want: &str| self.word(k).is_some_and(|n| n.eq_ignore_ascii_case(want));
        j += usize::from(is(j, "of"));
        j += usize::from(is(j, "a") || is(j, "an"));
        let scale = [("million", 1e6), ("billion", 1e9), ("trillion", 1e12)]
            .into_iter()
            .find(|(s, _)| is(j, s))?
            .1;
        Some((fraction, scale, j + 1))
    }

    /// "a quarter", "one third", "two thirds", "three quarters" at token
    /// `i` (the word `w`): the fraction and the token after it.
    fn fraction_in_words(&self, i: usize, w: &str) -> Option<(f64, usize)> {
        let part = self.word(i + 1)?;
        if !matches!(part.len(), 5..=8) || !matches!(part.as_bytes()[0] | 0x20, b'q' | b't') {
            return None;
        }
        let one = w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("one");
        let times = if one {
            1.0
        } else if w.eq_ignore_ascii_case("two") {
            2.0
        } else if w.eq_ignore_ascii_case("three") {
            3.0
        } else {
            return None;
        };
        let (singular, plural, f) = if part.as_bytes()[0] | 0x20 == b'q' {
            ("quarter", "quarters", 0.25)
        } else {
            ("third", "thirds", 1.0 / 3.0)
        };
        let fits = if one {
            part.eq_ignore_ascii_case(singular)
        } else {
            part.eq_ignore_ascii_case(plural)
        };
        fits.then_some((f * times, i + 2))
    }

    /// The end of "and a half" or "and half" at token `j`, if it stands there.
    fn and_a_half(&self, j: usize) -> Option<usize> {
        let is = |k: usize, want: &str| {
            self.toks.get(k).is_some_and(|t| t.kind == TokenKind::Word)
                && self.lower(k).as_deref() == Some(want)
        };
        if !is(j, "and") {
            return None;
        }
        let half = if is(j + 1, "a") { j + 2 } else { j + 1 };
        is(half, "half").then_some(half + 1)
    }

    /// Dates, years, times of day, ordinals, counters and identifiers.
    fn excluded(&self, n: &Parsed) -> bool {
        let i = n.tok;
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
        // "COVID -19", "F -16": a name's number; "FTSE -0.6%" is a change.
        let change = raw.contains('.') || self.is_punct(i + 1, "%");
        let named = i > self.range.start + 1
            && self.is_punct(i - 1, "-")
            && self.is_glued(i - 1, i)
            && self.is_name(i - 2)
            && !change;
        // (".001 per cent": the digits of a decimal after its point)
        let leading_zero =
            raw.len() > 1 && raw.starts_with('0') && !raw.starts_with("0.") && n.start == i;
        if glued || named || leading_zero {
            return true;
        }
        let prev = i.checked_sub(1).filter(|p| *p >= self.range.start);
        let prev_word = prev.and_then(|p| self.lower(p));
        let prev2_word = prev
            .and_then(|p| p.checked_sub(1))
            .and_then(|p| self.lower(p));
        let next_word = self.lower(n.end);
        let is_month = |w: &Option<Cow<'_, str>>| w.as_deref().is_some_and(|w| MONTHS.contains(w));
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
                .is_some_and(|w| MONTHS.contains(&*w))
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
        // "221 Baker Street": a street number
        if n.glued_unit.is_none() && n.value.fract() == 0.0 && self.street_after(n.end) {
            return true;
        }
        // "call 101", "dial 999 or …": a number to ring, not a count of
        // anything ("call 12 witnesses" is one)
        let rung = prev_word
            .as_deref()
            .is_some_and(|w| matches!(w, "call" | "calling" | "dial" | "dialing" | "dialling"));
        let nothing_counted = next_word
            .as_deref()
            .is_none_or(|w| !w.starts_with(char::is_alphabetic) || STOPWORDS.contains(w));
        if rung && n.glued_unit.is_none() && nothing_counted {
            return true;
        }
        // 1 of 2 (bare counts; "50mL of 30% acid" is two amounts)
        let bare_count = n.glued_unit.is_none() && !self.unit_follows(n.end);
        if next_word.as_deref() == Some("of")
            && bare_count
            && self
                .toks
                .get(n.end + 1)
                .is_some_and(|t| t.kind == TokenKind::Number && self.range.contains(&(n.end + 1)))
            && !self.unit_follows(n.end + 2)
            && n.value < 100.0
        {
            return true;
        }
        if prev_word.as_deref() == Some("of")
            && bare_count
            && prev2_word.is_some()
            && prev.and_then(|p| p.checked_sub(1)).is_some_and(|p| {
                self.toks[p].kind == TokenKind::Number
                    && self.toks[p]
                        .text(self.text)
                        .bytes()
                        .all(|b| b.is_ascii_digit())
            })
        {
            return true;
        }
        // Years: four digits 1800–2100 with no unit after them.
        let year_like = raw.len() == 4
            && raw.chars().all(|c| c.is_ascii_digit())
            && (1800.0..=2100.0).contains(&n.value);
        if year_like && !self.unit_follows(n.end) && !self.range_with_unit_after(n.end) {
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
                && !STOPWORDS.contains(&*pw.to_lowercase())
                && HEDGES
                    .iter()
                    .all(|(h, _)| h.last() != Some(&&*pw.to_lowercase()));
            if capital_noun
                && n.glued_unit.is_none()
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

    /// Whether token `i` opens the second half of a range of four-digit
    /// numbers that a unit follows ("2000 - 2500 calories"): the first
    /// number is then no year ("in 2008 to 29 mpg" and "in 2018 to 3.9
    /// million" stay years).
    fn range_with_unit_after(&self, i: usize) -> bool {
        let four_digits = |k: usize| {
            self.range.contains(&k)
                && self.toks[k].kind == TokenKind::Number
                && self.toks[k].end - self.toks[k].start == 4
        };
        self.lower(i)
            .is_some_and(|w| matches!(&*w, "-" | "–" | "—" | "to"))
            && four_digits(i + 1)
            && self.lower(i + 2).is_some_and(|w| UNITS.contains_key(&*w))
    }

    /// Whether a unit or counted noun stands at token `i`.
    fn unit_follows(&self, i: usize) -> bool {
        if self.is_punct(i, "%") {
            return true;
        }
        let j = if self.is_punct(i, "-") { i + 1 } else { i };
        self.lower(j).is_some_and(|w| {
            UNITS.contains_key(&*w)
                || NUMBER_WORDS
                    .get(&*w)
                    .is_some_and(|(_, k)| *k == NumberWordKind::Scale)
        })
    }

    /// The low end, the high end and the second number of a range after
    /// `n`: "8,000 to 10,000", "30-60", "between 8,000 and 10,000", "5% to
    /// 10%", "$10 to $15 billion". A change ("grew by $4 to $19"), a chain
    /// ("$160 to $180 to $200"), a start at zero ("0 to 60 mph") and a
    /// score ("9-2") are not ranges.
    fn range_after(&self, n: &Parsed) -> Option<(f64, f64, Parsed)> {
        let before = n.start.checked_sub(1).and_then(|p| self.lower(p));
        let chained = before.as_deref() == Some("to")
            && n.start >= self.range.start + 2
            && self.toks[n.start - 2].kind == TokenKind::Number;
        if before.as_deref() == Some("by") || n.value == 0.0 {
            return None;
        }
        // A unit on both sides: "5% to 10%", "1 per cent to 2 per cent".
        let unit_len = self.range_unit_len(n.end);
        let mid = n.end + unit_len;
        let ok = match self.lower(mid).as_deref() {
            Some("to" | "-" | "–" | "—") => true,
            Some("and") => before.as_deref() == Some("between"),
            _ => false,
        };
        // "5 to 10 to 15": no range at 10 ("24.2 to 33-35" has one at 33)
        if !ok || chained && self.lower(mid).as_deref() == Some("to") {
            return None;
        }
        // "seven to 10 years" mixes words and digits; "10 to seven" is rare
        let second = self
            .number_at(mid + 1)
            .filter(|s| s.digits == n.digits || !n.digits)?;
        // "5 to 10 to 15" is no range, nor "24.2 to 33-35" (a range after
        // a single amount); "25–40min to cook" is
        let after = second.end;
        let chain = || match self.lower(after).as_deref() {
            Some("to") => self.number_at(after + 1).is_some(),
            Some("-" | "–") => {
                self.is_glued(after - 1, after)
                    && self.is_glued(after, after + 1)
                    && self.toks[after + 1].kind == TokenKind::Number
            }
            _ => false,
        };
        if unit_len > 0 && self.range_unit(second.end) != self.range_unit(n.end) || chain() {
            return None;
        }
        let mut low = n.value;
        // "8 to 10 million": the scale of the second applies to the first.
        if n.value == n.base && low < second.base && second.value > second.base && !n.vague {
            low = tidy(low * second.value / second.base);
        }
        if second.value <= low {
            return None;
        }
        Some((low, second.value, second))
    }

    /// How many tokens of a percent sign or unit stand at `i` (0 for none).
    fn range_unit_len(&self, i: usize) -> usize {
        self.range_unit(i).map_or(0, |(_, len)| len)
    }

    /// The canonical unit written at token `i` and its length in tokens.
    fn range_unit(&self, i: usize) -> Option<(&'static str, usize)> {
        if self.is_punct(i, "%") {
            return Some(("percent", 1));
        }
        self.unit_phrase(i).map(|(e, len)| (e.unit, len))
    }

    /// "9-2", "2-2": a score or tally, not an amount.
    fn is_score(&self, n: &Parsed) -> bool {
        n.digits
            && self.is_punct(n.end, "-")
            && self.is_glued(n.end - 1, n.end)
            && self.is_glued(n.end, n.end + 1)
            && self
                .number_at(n.end + 1)
                .is_some_and(|s| s.digits && s.value <= n.value)
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
            if matches && !self.particle_of_verb(phrase, s - n) {
                return (Some(parse_approx(approx)), s - n);
            }
        }
        (None, s)
    }

    /// "ticked up to 3.9%", "adds up to $5": the "up" of a hedge phrase
    /// starting at token `at` is the verb's before it, and the amount is
    /// exact ("could cost up to $5" keeps its hedge).
    fn particle_of_verb(&self, phrase: &[&str], at: usize) -> bool {
        phrase.first() == Some(&"up")
            && at > self.range.start
            && self.lower(at - 1).is_some_and(|w| UP_VERBS.contains(&&*w))
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
            set_unit(q, &u);
            return self.hyphen_noun_after(end);
        }
        if self.is_punct(end, "%") {
            q.unit = Some("percent".into());
            return end + 1;
        }
        // 25.5″, 6′: primes glued to the digits are inches and feet
        if self.is_glued(end - 1, end)
            && let Some(e) = self.word(end).and_then(prime_unit)
        {
            set_unit(q, &e);
            return end + 1;
        }
        // 87-minute flight-time, a 12-mile range
        if self.is_punct(end, "-")
            && self.is_glued(end - 1, end)
            && let Some(w) = self.lower(end + 1)
        {
            // "a 5,000-strong force": the force is what is counted
            if w == "strong" {
                q.unit = None;
                return self.counted_noun(end + 2, q);
            }
            // "a 65-year-old": the unit is the word before the next hyphen
            let head = w.split('-').next().unwrap_or(&w);
            match UNITS.get(head) {
                Some(e) => set_unit(q, e),
                None => q.unit = Some(singular(&w)),
            }
            return self.hyphen_noun_after(end + 2);
        }
        if let Some((entry, len)) = self.unit_phrase(end)
            && !(len == 1 && self.unit_modifies_plural(end, q.value))
            && !self.model_at(end)
        {
            set_unit(q, &entry);
            q.subject = Some(self.span_text(end, end + len));
            return end + len;
        }
        // "18 year-old", "43.4 percent-owned": a unit fused to a modifier.
        if let Some(w) = self.lower(end)
            && let Some((head, _)) = w.split_once('-')
            && let Some(e) = UNITS.get(head)
        {
            set_unit(q, e);
            return end + 1;
        }
        self.counted_noun(end, q)
    }

    /// "31 M1 tanks", "two F16 jets": a capitalised word at token `j` glued
    /// to digits names a model; it is no unit ("M" is no metre).
    fn model_at(&self, j: usize) -> bool {
        self.word(j)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
            && self.range.contains(&(j + 1))
            && self.toks[j + 1].kind == TokenKind::Number
            && self.is_glued(j, j + 1)
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

    /// A unit from the lexicon at token `i` (three words tried before two,
    /// two before one).
    fn unit_phrase(&self, i: usize) -> Option<(UnitEntry, usize)> {
        // "parts per million": the only three-word units
        if self.word(i + 1) == Some("per")
            && let (Some(a), Some(c)) = (self.lower(i), self.lower(i + 2))
            && let Some(e) = UNITS.get(format!("{a} per {c}").as_str())
        {
            return Some((*e, 3));
        }
        if let (Some(a), Some(b)) = (self.lower(i), self.lower(i + 1))
            && let Some(e) = UNITS.get(format!("{a} {b}").as_str())
        {
            return Some((*e, 2));
        }
        // "900 sq. ft.": the abbreviation's point between the two words
        if self.word(i) == Some("sq")
            && self.is_punct(i + 1, ".")
            && self.is_glued(i, i + 1)
            && let Some(b) = self.lower(i + 2)
            && let Some(e) = UNITS.get(format!("sq {b}").as_str())
        {
            return Some((*e, 3));
        }
        let w = self.lower(i)?;
        UNITS.get(&*w).map(|e| (*e, 1))
    }

    /// "of those North Korean forces", "North Korean troops": the counted
    /// noun phrase, its head as the unit.
    fn counted_noun(&self, end: usize, q: &mut Quantity) -> usize {
        let mut i = end;
        if self.lower(i).as_deref() == Some("of") {
            i += 1;
            if self.lower(i).is_some_and(|w| {
                matches!(
                    &*w,
                    "those" | "these" | "the" | "them" | "its" | "their" | "our" | "his" | "her"
                )
            }) {
                i += 1;
            }
        } else if matches!(self.lower(i).as_deref(), Some("more" | "other")) {
            // "10 more Patriot batteries", "150 other lawsuits": the
            // batteries and lawsuits are counted ("10 more than" finds no
            // noun, "than" ending the phrase)
            i += 1;
        }
        let np_start = i;
        let mut j = i;
        let mut models = 0;
        while j < self.range.end && j - np_start < 4 + models {
            let t = self.toks[j];
            if t.kind != TokenKind::Word {
                // "24 Boeing 737 Max planes": a model's number in a name
                let model = t.kind == TokenKind::Number
                    && j > np_start
                    && self
                        .word(j - 1)
                        .is_some_and(|w| w.starts_with(char::is_uppercase));
                if !model || models == 2 {
                    break;
                }
                models += 1;
                j += 1;
                continue;
            }
            let written = t.text(self.text);
            if self.model_at(j) && models < 2 {
                models += 1;
                j += 2;
                continue;
            }
            let w = written.to_lowercase();
            let joins =
                j > np_start && matches!(&*w, "and" | "or") && self.joins_names(j, np_start + 4);
            // a capitalised word has no verb's shape ("24 Boeing 737
            // planes"), and a capital letter is a name's ("A320")
            let ends = if written.starts_with(char::is_uppercase) {
                w.len() > 1 && NOUN_PHRASE_ENDS.get(&*w).is_some_and(|&nv| !nv)
            } else {
                ends_noun_phrase(&w)
            };
            if ends && !self.modifies_plural(j, &w) && !joins
                || (STOPWORDS.contains(&*w) && !written.starts_with(char::is_uppercase) && !joins)
                || OBJECT_PRONOUNS.contains(&written)
            {
                break;
            }
            j += 1;
            // A unit ends the phrase unless another noun of it follows
            // ("artillery rounds").
            let next_is_unit = self.lower(j).is_some_and(|n| UNITS.contains_key(&*n));
            if UNITS.contains_key(&*w)
                && !next_is_unit
                && !self.unit_modifies_plural(j - 1, q.value)
            {
                break;
            }
            // After a number above one the head noun carries the plural;
            // what follows it is not part of the phrase ("13 units whilst").
            if is_plural(&w) && (!written.starts_with(char::is_uppercase) || is_people(written)) {
                break;
            }
        }
        // The head is the last word; capitalised words alone are not a
        // noun, but a people is ("1,307,000 Americans").
        let people = j > np_start && self.word(j - 1).is_some_and(is_people);
        while !people
            && j > np_start
            && self
                .word(j - 1)
                .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        {
            j -= 1;
        }
        if j == np_start || self.relative_clause_at(j) {
            return end;
        }
        let measured = (np_start == end)
            .then(|| self.measure_noun(np_start, j, q.value))
            .flatten();
        let head = self.lower(measured.unwrap_or(j - 1)).unwrap_or_default();
        q.subject = Some(self.span_text(np_start, j));
        // "two dozen others": the noun counted before in the sentence
        if head == "others" && j == np_start + 1 {
            return j;
        }
        q.unit = Some(
            UNITS
                .get(&*head)
                .map_or_else(|| singular(&head), |e| e.unit.to_string()),
        );
        j
    }

    /// "fewer than the 240,000 economists had expected,": the words after
    /// the number are a relative clause with no object, whose subject is
    /// no counted noun; its verb at token `j` (after "had" or "have") is
    /// one of expecting, and a clause end follows it.
    fn relative_clause_at(&self, j: usize) -> bool {
        let aux = self
            .lower(j)
            .is_some_and(|w| matches!(&*w, "had" | "have" | "has"));
        // "the 240,000 economists expected": without "had", only people
        // who forecast ("the 10,000 visitors expected" are counted)
        let forecasters = j > 0
            && self.lower(j - 1).is_some_and(|w| {
                matches!(
                    &*w,
                    "economists"
                        | "analysts"
                        | "forecasters"
                        | "experts"
                        | "strategists"
                        | "traders"
                        | "investors"
                        | "pollsters"
                )
            });
        let verb = j + usize::from(aux);
        let expects = self.lower(verb).is_some_and(|w| {
            matches!(
                &*w,
                "expected"
                    | "forecast"
                    | "forecasted"
                    | "predicted"
                    | "estimated"
                    | "projected"
                    | "anticipated"
            )
        });
        let closes = verb + 1 >= self.range.end || self.toks[verb + 1].kind == TokenKind::Punct;
        expects && closes && (aux || forecasters)
    }

    /// Whether capitalised words from token `k` end in a word for a street
    /// within three words ("Baker Street", "Fifth Ave.", "Old Mill Road").
    fn street_after(&self, k: usize) -> bool {
        for m in k..(k + 4).min(self.range.end) {
            let Some(w) = self.word(m) else {
                return false;
            };
            // "9 E 71st St": an ordinal may stand in the street's name
            let ordinal = m > k
                && w.ends_with(['t', 'd', 'h'])
                && w.starts_with(|c: char| c.is_ascii_digit());
            if !w.starts_with(char::is_uppercase) && !ordinal {
                return false;
            }
            let street = with_lower(w, |l| STREET_WORDS.contains(&l));
            // "22 Ave Foch": the street's word first, a name after it
            let named_after = m == k
                && street
                && self
                    .word(k + 1)
                    .is_some_and(|n| n.starts_with(char::is_uppercase));
            if (m > k && street) || named_after {
                return true;
            }
        }
        false
    }

    /// "40 shell casings", "2,000 tank shells": a unit named in the
    /// singular at token `i`, after a number above one, modifies the
    /// plural noun after it, which is what is counted.
    fn unit_modifies_plural(&self, i: usize, value: f64) -> bool {
        let (Some(w), Some(next)) = (self.lower(i), self.word(i + 1)) else {
            return false;
        };
        value > 1.0
            && UNITS
                .get(&*w)
                .is_some_and(|e| e.unit == w && matches!(e.category, "count" | "munitions"))
            && next.starts_with(|c: char| c.is_ascii_lowercase())
            && is_plural(next)
            && !STOPWORDS.contains(next)
            && !ends_noun_phrase(next)
    }

    /// Whether `w` at token `i`, a word ending a phrase only by its
    /// verb's shape, is a participle or noun modifying the plural noun
    /// right after it ("400 charging stations", "300 recorded songs",
    /// "1,385 lightning strikes"); a listed verb or a phrase end after
    /// it ("12 visited.") keeps it a verb.
    fn modifies_plural(&self, i: usize, w: &str) -> bool {
        !NOUN_PHRASE_ENDS.contains_key(w)
            && self.toks.get(i + 1).is_some_and(|t| {
                let next = t.text(self.text);
                t.kind == TokenKind::Word
                    && i + 1 < self.range.end
                    && next.starts_with(char::is_lowercase)
                    && is_plural(next)
                    && !ends_noun_phrase(next)
                    && !STOPWORDS.contains(next)
            })
    }

    /// Whether the "and" or "or" at token `i` (after the phrase's first
    /// word) joins capitalised modifiers
    /// of one lower-case noun ("50 British and French troops", "dozens of
    /// Kia and Hyundai vehicles"): a capitalised word before it, and
    /// capitalised words after it up to that noun, which stands before
    /// token `limit`.
    fn joins_names(&self, i: usize, limit: usize) -> bool {
        let capital = |k: usize| {
            self.toks[k].kind == TokenKind::Word
                && self
                    .word(k)
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
        };
        if !capital(i - 1) {
            return false;
        }
        let mut k = i + 1;
        while k < self.range.end && k - i <= 3 && capital(k) {
            k += 1;
        }
        k > i + 1
            && k < self.range.end.min(limit)
            && self.toks[k].kind == TokenKind::Word
            && self.word(k).is_some_and(|w| {
                w.starts_with(char::is_lowercase)
                    && !ends_noun_phrase(w)
                    && !STOPWORDS.contains(w)
                    && !OBJECT_PRONOUNS.contains(&w)
            })
    }

    /// The noun a number measures when it modifies a compound: after an
    /// amount other than one, a singular noun followed by another noun
    /// of the phrase is what is counted ("3 cylinder engine", "12 page
    /// document": cylinders, pages), not the head. Only lower-case
    /// phrases whose head is singular too: "5 new cars" counts cars.
    fn measure_noun(&self, from: usize, to: usize, value: f64) -> Option<usize> {
        let singular_noun = |k: usize| {
            self.word(k).is_some_and(|w| {
                w.starts_with(char::is_lowercase)
                    && w.bytes().all(|b| b.is_ascii_alphabetic())
                    && !is_plural(w)
                    && singular(w) == w
                    && !UNITS.contains_key(w)
            })
        };
        (value != 1.0 && to - from >= 2 && (from..to).all(singular_noun)).then_some(from)
    }

    /// "$5bn-a-year", "40-hour-a-week job": a rate hyphenated onto the
    /// amount, in a word of its unit (tokens `from..end`) or glued after
    /// it. Returns the token after the mention.
    fn hyphen_rate_at(&self, from: usize, end: usize, q: &mut Quantity) -> usize {
        if q.per.is_some() {
            return end;
        }
        let per = |k: usize| self.lower(k).and_then(|w| hyphenated_rate(&w));
        if let Some(unit) = (from..end).find_map(per) {
            q.per = Some(unit);
            end
        } else if self.is_punct(end, "-")
            && self.is_glued(end - 1, end)
            && self.is_glued(end, end + 1)
            && let Some(unit) = per(end + 1)
        {
            q.per = Some(unit);
            end + 2
        } else {
            end
        }
    }

    /// "every day", "a day", "per hour", "daily", "/day".
    fn rate_after(&self, end: usize, q: &mut Quantity) -> usize {
        let Some(w) = self.lower(end) else { return end };
        if w == "of" {
            return self.time_rate_after_of(end, q);
        }
        let Some(fixed) = RATES.get(&*w) else {
            return end;
        };
        if !fixed.is_empty() {
            q.per = Some(fixed.to_string());
            return end + 1;
        }
        let Some(next) = self.lower(end + 1) else {
            return end;
        };
        // "per square foot", "/sq m": a unit of two words.
        let (unit, len, known) = match self.unit_phrase(end + 1) {
            Some((e, len)) => (e.unit.to_string(), len, true),
            None => (singular(&next), 1, false),
        };
        let time = TIME_UNITS.contains(&&*unit);
        let money = q
            .unit
            .as_deref()
            .is_some_and(|u| UNIT_CATEGORIES.get(u) == Some(&"money"));
        // "28 bushels an acre", "4 tonnes a hectare": a measure per measure,
        // not "10 people a mile away"
        let measured = q.unit.as_deref().is_some_and(|u| {
            UNIT_CATEGORIES
                .get(u)
                .is_some_and(|c| !matches!(*c, "money" | "percent"))
                && !matches!(u, "people" | "person")
        }) && known
            && !self
                .word(end + 1 + len)
                .is_some_and(|w| PLACE_AFTER_MEASURE.contains(&w));
        let ok = match &*w {
            // "$75 a barrel", "$6 a share": a price per item.
            "a" | "an" if money => time || known || PER_ITEM.contains(&&*next),
            "a" | "an" => time || measured || q.unit.is_some() && PER_ITEM.contains(&&*next),
            "every" | "each" => time,
            _ => self.toks[end + 1].kind == TokenKind::Word,
        };
        // "a year ago" is a time, not a rate
        let ago = self
            .word(end + 1 + len)
            .is_some_and(|w| matches!(w, "ago" | "earlier" | "later" | "before"));
        if !ok || ago {
            return end;
        }
        q.per = Some(unit);
        end + 1 + len
    }

    /// "2 million barrels of oil a day": a rate of time after the counted
    /// thing's "of" and one or two lower-case words; `end` (the "of") when
    /// there is none.
    fn time_rate_after_of(&self, end: usize, q: &mut Quantity) -> usize {
        for rate in end + 2..end + 4 {
            let plain = |k: usize| {
                self.toks[k].kind == TokenKind::Word
                    && self
                        .word(k)
                        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
            };
            if rate >= self.range.end || !plain(rate - 1) {
                return end;
            }
            if !self
                .word(rate)
                .is_some_and(|w| matches!(w, "a" | "an" | "per" | "every" | "each"))
            {
                continue;
            }
            let mut with_rate = q.clone();
            let after = self.rate_after(rate, &mut with_rate);
            if with_rate
                .per
                .as_deref()
                .is_some_and(|p| TIME_UNITS.contains(&p))
            {
                *q = with_rate;
                return after;
            }
            return end;
        }
        end
    }

    /// The category from the unit's own and the words around the mention.
    fn category(&self, q: &Quantity, start: usize, end: usize) -> Category {
        let unit_cat = q
            .unit
            .as_deref()
            .and_then(|u| UNIT_CATEGORIES.get(u).copied())
            // a speed, or hours a week, is a plain amount
            .filter(|c| q.per.is_none() || !matches!(*c, "distance" | "duration"));
        let near = |list: u8, before: usize, after: usize| {
            // "38 died and more than 15,000 were displaced": the words
            // before are of this clause only
            let a = start.saturating_sub(before).max(self.range.start);
            let a = (a..start)
                .rfind(|&i| matches!(self.word(i), Some("and" | ";")))
                .map_or(a, |i| i + 1);
            let b = (end + after).min(self.range.end);
            (a..b).any(|i| self.word(i).is_some_and(|w| context_lists(w) & list != 0))
        };
        match unit_cat {
            Some("percent") => Category::Percent,
            Some("money") => Category::Money,
            Some("distance") => Category::Distance,
            Some("duration") if near(FLIGHT, 3, 3) => Category::FlightTime,
            Some("duration") => Category::Duration,
            Some("munitions") => Category::Munitions,
            Some("casualties") => Category::Casualties,
            Some("troops") if near(CASUALTY, 3, 2) => Category::Casualties,
            Some("troops") => Category::Troops,
            // "30 injured", "dozens more dead": the counted word is the harm;
            // "12 died", "40 were killed": a bare count the harm follows
            _ if q
                .unit
                .as_deref()
                .is_some_and(|u| CASUALTY_WORDS.contains(&u)) =>
            {
                Category::Casualties
            }
            None if q.unit.is_none() && near(CASUALTY, 0, 2) => Category::Casualties,
            _ if q.unit.as_deref().is_some_and(|u| {
                matches!(
                    u,
                    "people" | "person" | "civilian" | "man" | "woman" | "child"
                )
            }) && near(CASUALTY, 3, 3) =>
            {
                Category::Casualties
            }
            _ if q.unit.as_deref().is_some_and(|u| {
                matches!(
                    u,
                    "people" | "person" | "man" | "member" | "officer" | "guard"
                )
            }) && near(TROOP, 3, 3) =>
            {
                Category::Troops
            }
            _ => Category::Count,
        }
    }

    /// "from 0 to 60 mph": the first amount of a change, written bare,
    /// takes the unit and rate the second is written with.
    fn lend_units_back(&self, out: &mut [Found]) {
        for k in 1..out.len() {
            let (done, rest) = out.split_at_mut(k);
            let (first, second) = (&mut done[k - 1], &rest[0]);
            if first.quantity.unit.is_some() || second.quantity.unit.is_none() {
                continue;
            }
            let s = self.toks.partition_point(|t| t.start < first.range.start);
            let e = self.toks.partition_point(|t| t.start < first.range.end);
            let from = s > self.range.start && self.lower(s - 1).as_deref() == Some("from");
            let to = self.lower(e).as_deref() == Some("to")
                && self
                    .toks
                    .get(e + 1)
                    .is_some_and(|t| t.start == second.range.start);
            if from && to {
                first.quantity.unit.clone_from(&second.quantity.unit);
                first.quantity.per.clone_from(&second.quantity.per);
                if first.quantity.category == Category::Count {
                    first.quantity.category = second.quantity.category;
                }
            }
        }
    }

    /// A number with no noun of its own takes the unit of the amount before
    /// it in the sentence ("10,000 soldiers, 8,000 of whom"), or a counted
    /// noun that stands before it ("casualties … 1,250 per day").
    fn with_context_unit(&self, mut f: Found, before: &[Found]) -> Found {
        if f.quantity.unit.is_some() {
            return f;
        }
        let others = f.quantity.subject.as_deref() == Some("others");
        let prev = before
            .last()
            .filter(|p| others && counts_a_noun(p) || self.shares_unit(p, &f))
            .and_then(|p| p.quantity.unit.clone().map(|u| (u, p.quantity.category)));
        let noun = || {
            let first = self.toks.partition_point(|t| t.start < f.range.start);
            let from = self
                .range
                .start
                .max(first.saturating_sub(CONTEXT_UNIT_REACH));
            (from..first).rev().find_map(|i| {
                let w = self.lower(i)?;
                let e = UNITS.get(&*w)?;
                matches!(e.category, "troops" | "casualties" | "munitions")
                    .then(|| (e.unit.to_string(), category_of(e.category)))
            })
        };
        if let Some((unit, cat)) = prev.or_else(noun) {
            f.quantity.unit = Some(unit);
            if f.quantity.category == Category::Count {
                f.quantity.category = cat;
            }
            // "38 died and 15,000 were displaced": the harm is the first
            // clause's; the second says its own
            if cat == Category::Casualties
                && let Some(p) = before.last()
                && self.joined_by_and(p, &f)
            {
                let start = self.toks.partition_point(|t| t.start < f.range.start);
                let end = self.toks.partition_point(|t| t.start < f.range.end);
                f.quantity.category = self.category(&f.quantity, start, end);
            }
        }
        f
    }

    /// Whether "and" stands between two amounts of a sentence.
    fn joined_by_and(&self, prev: &Found, f: &Found) -> bool {
        let a = self.toks.partition_point(|t| t.start < prev.range.end);
        let b = self.toks.partition_point(|t| t.start < f.range.start);
        (a..b).any(|i| self.word(i) == Some("and"))
    }

    /// Whether a bare amount takes the unit of the amount before it: people
    /// and materiel are counted on through the sentence ("10,000 soldiers,
    /// 8,000 of whom"); other units only pass to an amount listed right
    /// after ("$5 and 6", "$55 (A$82)"), a percentage not across "to".
    fn shares_unit(&self, prev: &Found, f: &Found) -> bool {
        if matches!(
            prev.quantity.category,
            Category::Troops | Category::Casualties | Category::Munitions
        ) || self.elides_counted_noun(prev, f)
        {
            return true;
        }
        // "rose 8% to 3.65": a change then a level, whose unit is not %.
        let to_passes = prev.quantity.category != Category::Percent;
        let a = self.toks.partition_point(|t| t.start < prev.range.end);
        let b = self.toks.partition_point(|t| t.start < f.range.start);
        b.saturating_sub(a) <= 2
            && (a..b).all(|i| {
                self.lower(i).is_some_and(|w| {
                    matches!(&*w, "and" | "or" | "," | "(" | "/") || (&*w == "to" && to_passes)
                })
            })
    }

    /// "435 homes by sale and 187 by tender", "3.9 million headsets, up
    /// from 2.4 million in 2017": a bare count followed by a function word
    /// or a stop elides the noun the count before it in the sentence names.
    fn elides_counted_noun(&self, prev: &Found, f: &Found) -> bool {
        let first = self.toks.partition_point(|t| t.start < f.range.start);
        if !counts_a_noun(prev)
            || prev.quantity.per.is_some()
            || f.quantity.category != Category::Count
            || self
                .toks
                .get(first)
                .is_none_or(|t| t.kind != TokenKind::Number)
        {
            return false;
        }
        let next = self.toks.partition_point(|t| t.start < f.range.end);
        if !self.range.contains(&next) {
            return true;
        }
        self.toks[next].kind == TokenKind::Punct && !self.is_punct(next, "-")
            || self
                .lower(next)
                .is_some_and(|w| ELISION_FOLLOWERS.contains(&&*w))
    }

    fn span_text(&self, a: usize, b: usize) -> String {
        self.text[self.toks[a].start..self.toks[b - 1].end].to_string()
    }
}

/// The kind of number word `w` is, in any case ("Thousands", "FORTY-TWO");
/// words of a shape no number word has are ruled out before a look-up.
fn number_word(w: &str) -> Option<NumberWordKind> {
    if w.is_ascii() && !NUMBER_WORD_SHAPES.admits(w.as_bytes()) {
        return None;
    }
    with_lower(w, word_value).map(|(_, kind)| kind)
}

/// The shapes of the number words, "forty-two" and its kind included.
static NUMBER_WORD_SHAPES: LazyLock<Shapes> = LazyLock::new(|| {
    let mut shapes = Shapes::default();
    for (w, (v, kind)) in NUMBER_WORDS.iter() {
        shapes.insert(w);
        // "forty-two": what word_value reads as tens plus ones
        if *kind == NumberWordKind::Small && *v >= 20.0 {
            for (o, (ov, okind)) in NUMBER_WORDS.iter() {
                if *okind == NumberWordKind::Small && *ov < 10.0 {
                    shapes.insert(&format!("{w}-{o}"));
                }
            }
        }
    }
    shapes
});

/// A number word's value and kind; "forty-two" is read as forty plus two.
fn word_value(w: &str) -> Option<(f64, NumberWordKind)> {
    if let Some(&v) = NUMBER_WORDS.get(w) {
        return Some(v);
    }
    let (tens, ones) = w.split_once('-')?;
    match (NUMBER_WORDS.get(tens)?, NUMBER_WORDS.get(ones)?) {
        ((t, NumberWordKind::Small), (o, NumberWordKind::Small)) if *t >= 20.0 && *o < 10.0 => {
            Some((t + o, NumberWordKind::Small))
        }
        _ => None,
    }
}

/// Whether a small number word may follow `last` in one amount ("twenty"
/// then "five" may; "three" then "four" may not).
fn fits_after(last: Option<f64>, v: f64) -> bool {
    last.is_none_or(|u| u >= 20.0 && u % 10.0 == 0.0 && v < 10.0)
}

/// Sets the unit, and the rate a compound unit carries ("mph").
fn set_unit(q: &mut Quantity, e: &UnitEntry) {
    q.unit = Some(e.unit.to_string());
    if let Some(per) = e.per {
        q.per = Some(per.to_string());
    }
}

/// Words that cannot be part of the noun phrase an amount counts: function
/// words, and verbs and adverbs by their shape ("reached", "studying",
/// "quickly").
fn ends_noun_phrase(w: &str) -> bool {
    NOUN_PHRASE_ENDS.get(w).is_some_and(|&nv| !nv)
        || (w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing") || w.ends_with("ly")))
            && !UNITS.contains_key(w)
            && NOUN_PHRASE_ENDS.get(w) != Some(&true)
}

/// [`NP_STOPS`], [`EXTENT_ADVERBS`] and [`VERBS`] (`false`) and [`NOUNS_WITH_VERB_SHAPE`]
/// (`true`) in one map, looked up once a word rather than searched: the
/// words of every counted noun phrase are asked.
static NOUN_PHRASE_ENDS: LazyLock<HashMap<&'static str, bool>> = LazyLock::new(|| {
    let ends = NP_STOPS
        .iter()
        .chain(EXTENT_ADVERBS)
        .chain(VERBS)
        .map(|w| (*w, false));
    let nouns = NOUNS_WITH_VERB_SHAPE
        .iter()
        .chain(NOUNS_IN_LY)
        .map(|w| (*w, true));
    // a word in both lists ends the phrase, as the searches had it
    nouns.chain(ends).collect()
});

/// The unit a prime sign stands for: ″ inches, ′ feet.
fn prime_unit(sign: &str) -> Option<UnitEntry> {
    match sign {
        "″" => UNITS.get("inch").copied(),
        "′" => UNITS.get("foot").copied(),
        _ => None,
    }
}

/// A capitalised plural naming people by nation, faith or party
/// ("Americans", "Muslims", "Catholics", "Democrats", "Shiites",
/// "Buddhists"): a counted noun although capitalised. Surnames in -s
/// ("Williams", "Jones") have none of these endings.
fn is_people(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 6
        && b[0].is_ascii_uppercase()
        && b[1..].iter().all(u8::is_ascii_lowercase)
        && ["ans", "ims", "ics", "ats", "ists", "ites"]
            .iter()
            .any(|e| w.ends_with(e))
}

/// A regular English plural ("units", "fans"), not "-ss" or "-us".
/// Whether an amount counts a noun of the sentence, not a unit of
/// measure ("212" after "200 horsepower" may be anything): what a later
/// bare count or "others" may count too.
fn counts_a_noun(f: &Found) -> bool {
    f.quantity
        .unit
        .as_deref()
        .is_some_and(|u| u == "people" || !UNITS.contains_key(u))
        && f.quantity.category == Category::Count
}

pub(crate) fn is_plural(w: &str) -> bool {
    w == "people"
        || w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && !w.contains('\'')
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

/// Plurals that no suffix rule undoes: "-ves" from "-f" or "-fe"
/// ("loaves", "knives"; "drives" and "executives" are regular) and
/// changed vowels ("mice", "geese", "teeth").
const IRREGULAR_PLURALS: &[(&str, &str)] = &[
    ("loaves", "loaf"),
    ("knives", "knife"),
    ("wives", "wife"),
    ("lives", "life"),
    ("wolves", "wolf"),
    ("halves", "half"),
    ("shelves", "shelf"),
    ("thieves", "thief"),
    ("leaves", "leaf"),
    ("calves", "calf"),
    ("hooves", "hoof"),
    ("scarves", "scarf"),
    ("mice", "mouse"),
    ("geese", "goose"),
    ("teeth", "tooth"),
    ("oxen", "ox"),
    ("criteria", "criterion"),
    ("phenomena", "phenomenon"),
    // "-us" nouns, whose "-uses" is no "-use" ("abuses", "excuses")
    ("buses", "bus"),
    ("minibuses", "minibus"),
    ("bonuses", "bonus"),
    ("viruses", "virus"),
    ("campuses", "campus"),
    ("censuses", "census"),
    ("surpluses", "surplus"),
    ("circuses", "circus"),
    ("choruses", "chorus"),
    ("statuses", "status"),
    ("geniuses", "genius"),
    ("quizzes", "quiz"),
];

/// Nouns in "-oe" whose plural is no "-o" plus "es" ("tomatoes" is).
const OE_NOUNS: &[&str] = &[
    "shoes", "toes", "canoes", "hoes", "oboes", "floes", "foes", "throes",
];

/// A plural noun in the singular: "casualties" → "casualty".
pub fn singular(word: &str) -> String {
    let w = word.to_lowercase();
    if let Some(e) = UNITS.get(&*w) {
        return e.unit.to_string();
    }
    if let Some((_, one)) = IRREGULAR_PLURALS.iter().find(|(many, _)| *many == w) {
        return (*one).to_string();
    }
    if w == "people" || w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") || w.len() <= 3
    {
        return w;
    }
    if let Some(stem) = w.strip_suffix("ies") {
        return format!("{stem}y");
    }
    // "fishermen", "gunmen"; not "specimen", "abdomen", "acumen", "semen"
    if let Some(stem) = w.strip_suffix("men")
        && !stem.ends_with(['i', 'o', 'u', 'l'])
        && !matches!(&*w, "semen" | "stamen" | "hymen" | "ramen")
    {
        return format!("{stem}man");
    }
    // "torpedoes", "tomatoes", "heroes"
    if w.ends_with("oes") && !OE_NOUNS.contains(&&*w) {
        return w[..w.len() - 2].to_string();
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
        // "scores of" is a score at least; scores of a game are no amount
        assert_eq!(one("Scores of people were hurt.").value, 20.0);
        assert_eq!(one("Test scores rose 5%.").value, 5.0);
        assert!(amounts("We agreed on three things and two sides.").is_empty());
        assert_eq!(one("Nearly half a million people fled.").value, 500_000.0);
        assert_eq!(
            mention("Half a billion dollars went."),
            "Half a billion dollars"
        );
        assert!(amounts("They waited half an hour.").is_empty());
        // "more" after a vague magnitude belongs to it
        assert_eq!(
            mention("Hundreds more troops arrived."),
            "Hundreds more troops"
        );
        let q = one("Two were killed and dozens more injured.");
        assert_eq!((q.value, q.category), (12.0, Category::Casualties));
        // so does "more" after digits, but not "more than"
        assert_eq!(
            one("They sent 10 more batteries.").unit.as_deref(),
            Some("battery")
        );
        assert_eq!(one("They sent 10 more than that.").unit, None);
        // a bare count that dies is a casualty count with no unit
        let q = one("Officials said 12 died.");
        assert_eq!((q.unit, q.category), (None, Category::Casualties));
        // "-strong" counts the noun after it
        let q = one("A 5,000-strong force was deployed.");
        assert_eq!(
            (q.unit.as_deref(), q.category),
            (Some("force"), Category::Troops)
        );
    }

    #[test]
    fn digits_glued_to_c_or_f_are_degrees_where_weather_says_so() {
        let q = one("Temperatures hit 48.8C on Monday.");
        assert_eq!((q.value, q.unit.as_deref()), (48.8, Some("celsius")));
        assert_eq!(one("Lows of -5C are forecast.").value, -5.0);
        assert_eq!(
            one("Sydney was 41.2C on Monday.").unit.as_deref(),
            Some("celsius")
        );
        assert_eq!(
            one("It reached a high of 104F.").unit.as_deref(),
            Some("fahrenheit")
        );
        assert!(amounts("She bought an iPhone 5C and sat in 12F.").is_empty());
    }

    #[test]
    fn a_half_joins_the_number_before_it() {
        assert_eq!(
            one("One and a half million people fled.").value,
            1_500_000.0
        );
        assert_eq!(one("It cost two and half billion dollars.").value, 2.5e9);
        assert_eq!(one("Prices rose three and a half per cent.").value, 3.5);
        assert!(amounts("They waited two and a half years.").is_empty());
        assert!(amounts("One and a Half Men aired.").is_empty());
    }

    #[test]
    fn a_bare_count_after_a_counted_noun_counts_the_same_noun() {
        let units = |text: &str| -> Vec<Option<String>> {
            amounts(text).into_iter().map(|q| q.quantity.unit).collect()
        };
        assert_eq!(
            units("They sold 435 homes by auction and 187 by tender."),
            [Some("home".into()), Some("home".into())]
        );
        assert_eq!(
            units("Sales rose to 3.9 million headsets, up from 2.4 million in 2017."),
            [Some("headset".into()), Some("headset".into())]
        );
        // a unit of measure is not passed on, nor a noun to a counted one
        assert_eq!(
            units("It makes 200 horsepower in eco mode but 212 in sport mode."),
            [Some("horsepower".into()), None]
        );
        assert_eq!(
            units("They sold 435 homes and 187 flats."),
            [Some("home".into()), Some("flat".into())]
        );
    }

    #[test]
    fn a_small_number_word_before_percent_is_a_percentage() {
        let q = one("Exports fell five per cent.");
        assert_eq!((q.value, q.unit.as_deref()), (5.0, Some("percent")));
        let q = one("a five per cent to 20 per cent rebound");
        assert_eq!((q.low, q.high), (Some(5.0), Some(20.0)));
        // "a percent" and "one per day" are no amounts
        assert!(amounts("Not a percent of it came back, one per day.").is_empty());
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
    fn a_count_after_call_is_an_amount() {
        assert_eq!(one("The defence will call 12 witnesses.").value, 12.0);
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
            "The category 4 hurricane made landfall.",
            "Photo 1 of 2 shows it.",
            "Call 555-0199 now.",
            "She urged anyone with information to call 101.",
            "Dial 999 or go to the nearest station.",
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
    fn a_fraction_of_a_scale_word() {
        for (text, value) in [
            ("A quarter of a million people fled.", 250_000.0),
            ("Three-quarters of a million people fled.", 750_000.0),
            ("Two thirds of a billion dollars went.", 666_666_667.0),
            ("A quarter million people fled.", 250_000.0),
        ] {
            assert_eq!(one(text).value, value, "{text}");
        }
        // a fraction of anything else is no amount
        assert!(amounts("A quarter of the budget went.").is_empty());
    }

    #[test]
    fn hedges() {
        let cases = [
            ("about 5,000 people", Approx::Approx),
            ("some 5,000 people", Approx::Approx),
            ("roughly 5,000 people", Approx::Approx),
            ("nearly 5,000 people", Approx::Approx),
            ("close to 5,000 people", Approx::Approx),
            ("closer to 5,000 people", Approx::Approx),
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
    fn over_after_an_amount_gives_its_period() {
        let text = "The plan costs $4.5 billion over 10 years.";
        let a = amounts(text);
        assert_eq!(&text[a[1].range.clone()], "10 years");
        assert_eq!(a[1].quantity.approx, Approx::Exact);
        // with no amount before it, "over" is a hedge
        let q = one("He served over 10 years.");
        assert_eq!(
            (q.approx, q.category),
            (Approx::AtLeast, Category::Duration)
        );
        // before anything but a duration too
        assert_eq!(
            amounts("It lost 30 jobs over 100 sites.")[1]
                .quantity
                .approx,
            Approx::AtLeast
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
        // "a month ago" is a time, not a rate
        assert_eq!(one("900 soldiers a month ago").per.as_deref(), None);
        // a rate may follow what the amount is of
        let q = one("Some 2.3 million barrels of oil per day were lost.");
        assert_eq!(
            (q.unit.as_deref(), q.per.as_deref()),
            (Some("barrel"), Some("day"))
        );
        assert_eq!(
            mention("1,200 tonnes of grain a week"),
            "1,200 tonnes of grain a week"
        );
        assert_eq!(one("He drank 5 cups of tea a year ago.").per, None);
        // "per" inside a unit is no rate
        let q = one("Levels hit 1200 parts per million.");
        assert_eq!(
            (q.unit.as_deref(), q.per.as_deref()),
            (Some("part per million"), None)
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
        assert_eq!(one("It deployed 5,000 men.").category, Category::Troops);
        assert_eq!(one("He bought 30 apples.").unit.as_deref(), Some("apple"));
        // a word of harm before "and" is the clause before's
        let f = amounts("At least 38 people died and 15,000 people were displaced.");
        assert_eq!(f[1].quantity.category, Category::Count);
        let f = amounts("The blast killed 12 people and wounded 40 people.");
        assert_eq!(f[1].quantity.category, Category::Casualties);
        // and a bare count after it says its own harm, or none
        let f = amounts("At least 38 people died and more than 15,000 were displaced.");
        assert_eq!(f[1].quantity.category, Category::Count);
        let f = amounts("At least 38 people died and more than 150 were injured.");
        assert_eq!(f[1].quantity.category, Category::Casualties);
        let f = amounts("Some 300 were killed, 120 of them children.");
        assert_eq!(f[1].quantity.category, Category::Casualties);
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
        // an adverb of extent is no counted noun
        let f = amounts("The virus killed 900 people at first and 2,000 worldwide.");
        assert_eq!(f[1].quantity.unit.as_deref(), Some("people"));
    }

    #[test]
    fn a_model_name_may_stand_before_the_counted_noun() {
        let unit = |t: &str| one(t).unit;
        assert_eq!(
            unit("They grounded 24 Boeing 737 Max planes."),
            Some("plane".into())
        );
        assert_eq!(unit("They sent 31 M1 tanks."), Some("tank".into()));
        assert_eq!(
            unit("They sent 31 Abrams M1 tanks to the front."),
            Some("tank".into())
        );
        assert_eq!(
            unit("They grounded 24 Acme A320 planes."),
            Some("plane".into())
        );
        assert_eq!(
            unit("They grounded 24 Acme A320 Neo planes."),
            Some("plane".into())
        );
        assert_eq!(
            unit("Acme recalled 63000 Model 3 sedans."),
            Some("sedan".into())
        );
    }

    #[test]
    fn a_street_number_is_no_amount() {
        assert!(amounts("The office at 221 Baker Street opened.").is_empty());
        assert!(amounts("She lives at 40 Old Mill Road.").is_empty());
        assert!(amounts("The flat at 9 E 71st St was sold.").is_empty());
        assert!(amounts("The flat at 22 Ave Foch was sold.").is_empty());
        // a street's word alone before the number's noun is none
        assert_eq!(one("They built 40 Way homes.").value, 40.0);
        assert_eq!(
            one("They built 40 Baker homes.").unit.as_deref(),
            Some("home")
        );
    }

    #[test]
    fn up_after_a_verb_of_motion_is_no_hedge() {
        assert_eq!(
            one("The rate ticked up to 3.9% in May.").approx,
            Approx::Exact
        );
        assert_eq!(
            one("The bill adds up to $12 billion.").approx,
            Approx::Exact
        );
        assert_eq!(
            one("It could cost up to $5 million.").approx,
            Approx::AtMost
        );
        assert_eq!(
            one("The storm killed up to 40 people.").approx,
            Approx::AtMost
        );
    }

    #[test]
    fn a_magnitude_is_named_before_or_after_the_number() {
        let q = one("A magnitude 6.4 earthquake struck at dawn.");
        assert_eq!((q.value, q.unit.as_deref()), (6.4, Some("magnitude")));
        assert_eq!(
            mention("A magnitude 6.4 earthquake struck at dawn."),
            "magnitude 6.4"
        );
        assert_eq!(
            one("A 5.1 magnitude quake hit.").unit.as_deref(),
            Some("magnitude")
        );
    }

    #[test]
    fn who_expected_an_amount_is_not_what_it_counts() {
        let unit = |t: &str| one(t).unit;
        assert_eq!(unit("It beat the 240,000 economists had expected."), None);
        assert_eq!(unit("It beat the 240,000 economists expected."), None);
        // a subject with an object, or people expected, are counted
        assert_eq!(
            unit("Some 200 analysts had expected a cut."),
            Some("analyst".into())
        );
        assert_eq!(
            unit("Police prepared for the 10,000 fans expected."),
            Some("fan".into())
        );
    }

    #[test]
    fn a_unit_in_the_singular_modifies_the_plural_after_it() {
        let unit = |t: &str| one(t).unit;
        assert_eq!(
            unit("Police found 40 shell casings."),
            Some("casing".into())
        );
        assert_eq!(unit("They fired 2,000 tank shells."), Some("shell".into()));
        assert_eq!(
            unit("North Korea held 26 missile tests."),
            Some("test".into())
        );
        // a plural unit, or one followed by no plural noun, is the unit
        assert_eq!(unit("The army lost 12 tanks in May."), Some("tank".into()));
        assert_eq!(
            unit("They fired 40 rockets, officials said."),
            Some("rocket".into())
        );
    }

    #[test]
    fn modifiers_may_stand_before_the_counted_noun() {
        assert_eq!(one("18 missing people").unit.as_deref(), Some("people"));
        assert_eq!(
            one("the 12 remaining hostages").unit.as_deref(),
            Some("hostage")
        );
        // any word of a verb's shape modifies the plural noun after it
        let cases = [
            ("The city plans 400 charging stations.", "station"),
            ("He released about 300 recorded songs.", "song"),
            ("There were 1,385 lightning strikes.", "strike"),
            ("Of them 447 likely voters agreed.", "voter"),
        ];
        assert_units(&cases);
        // capitalised modifiers joined by "and" or "or" before the noun
        let cases = [
            ("They sent 50 British and French troops.", "troop"),
            ("He fixed dozens of Kia or Hyundai vehicles.", "vehicle"),
        ];
        assert_units(&cases);
        // but not names joined beyond the phrase, nor a name and a verb
        assert_eq!(one("It sold 27000 Model S and Model X cars.").unit, None);
        assert_eq!(one("It sent 50 to Paris and London yesterday.").unit, None);
        assert_eq!(one("About 50 British and French fled.").unit, None);
        assert_eq!(
            one("It settled 150 other lawsuits.").unit.as_deref(),
            Some("lawsuit")
        );
        // but a verb before anything else stays the verb
        assert_eq!(one("About 40 marched in the rain.").unit, None);
        assert_eq!(one("About 40 gathered, police said.").unit, None);
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
        // "others" and a count before "a decade ago" count the noun before
        let units = |t: &str| -> Vec<Option<String>> {
            amounts(t).into_iter().map(|f| f.quantity.unit).collect()
        };
        assert_eq!(
            units("More than 12 lawmakers signed, and nearly 20 others may follow."),
            [Some("lawmaker".into()), Some("lawmaker".into())]
        );
        assert_eq!(
            units("Some 1.5m people live there, up from 1.2m a decade ago."),
            [Some("people".into()), Some("people".into())]
        );
        // a measure lends no noun to "others"
        assert_eq!(
            units("It weighs 40 kilograms; 12 others were lost.")[1],
            None
        );
    }

    #[test]
    fn glued_and_compound_units() {
        let cases = [
            ("The engine makes 300bhp.", "brake horsepower", None),
            ("It reached 80km/h on the road.", "kilometre", Some("hour")),
            ("Winds hit 60 mph overnight.", "mile", Some("hour")),
            ("The engine idles at 900 rpm.", "revolution", Some("minute")),
            ("The phone holds 64GB of data.", "gigabyte", None),
            ("Shares rose 3.5pc on Monday.", "percent", None),
            ("The flat measures 45m2 in all.", "square metre", None),
            ("The house has 900 sq. ft. of space.", "square foot", None),
            (
                "Rents reached $21 per sq. ft. last year.",
                "dollar",
                Some("square foot"),
            ),
        ];
        for (text, unit, per) in cases {
            let q = one(text);
            assert_eq!(
                (q.unit.as_deref(), q.per.as_deref()),
                (Some(unit), per),
                "{text}"
            );
        }
        assert_eq!(one("Winds hit 60 mph overnight.").category, Category::Count);
        assert!(amounts("The 5G network and the F16 jet.").is_empty());
        // a pound of weight is not a pound of money
        for text in ["The bag weighs 5lb.", "He weighs 180 pounds."] {
            let q = one(text);
            assert_eq!(
                (q.unit.as_deref(), q.category),
                (Some("pound-mass"), Category::Count)
            );
        }
        assert_eq!(one("It cost £5 in all.").category, Category::Money);
    }

    #[test]
    fn currency_codes_and_signs() {
        let q = one("It paid $US12,500,000 for the site.");
        assert_eq!((q.value, q.unit.as_deref()), (12_500_000.0, Some("dollar")));
        assert_eq!(
            one("It costs RM450 a month.").unit.as_deref(),
            Some("ringgit")
        );
        assert_eq!(one("Profit was PS6m.").value, 6e6);
        for text in ["It set aside Sh2 billion.", "It set aside KSh2 billion."] {
            let q = one(text);
            assert_eq!(
                (q.value, q.unit.as_deref()),
                (2e9, Some("shilling")),
                "{text}"
            );
        }
        assert_eq!(one("The loss was $-3.5bn.").value, -3.5e9);
        // currencies named in words are money, in their singular
        for (text, unit) in [
            ("It set aside 2 billion shillings.", "shilling"),
            ("The loan of 300 million cedis was approved.", "cedi"),
            ("He paid 40,000 zlotys.", "zloty"),
        ] {
            let q = one(text);
            assert_eq!(q.unit.as_deref(), Some(unit), "{text}");
            assert_eq!(q.category, Category::Money, "{text}");
        }
    }

    #[test]
    fn fractions_measure_and_other_slashed_digits_are_no_amount() {
        let cases = [
            ("Add 3/4 cup of milk.", 0.75, Some("cup")),
            ("It took 2 1/4 hours.", 2.25, Some("hour")),
            ("Use 1/2-inch pipes.", 0.5, Some("inch")),
            ("An ounce is 1/16 of a pint.", 0.0625, None),
        ];
        for (text, value, unit) in cases {
            let q = one(text);
            assert_eq!((q.value, q.unit.as_deref()), (value, unit), "{text}");
        }
        for text in [
            "It is open 24/7 now.",
            "It has been so since 9/11.",
            "The 9/11 attacks changed it.",
            "On 10/12/2023 it rose.",
            "In 2023/24 it fell.",
            "On 3/4 he left.",
        ] {
            assert!(amounts(text).is_empty(), "{text}: {:?}", amounts(text));
        }
    }

    #[test]
    fn iso_codes_glued_or_spaced_and_south_asian_scales() {
        let cases = [
            ("It sold for AUD1.5m last year.", 1.5e6, "dollar"),
            ("The fee is USD 200 a seat.", 200.0, "dollar"),
            ("It paid CHF 12.5 million.", 12.5e6, "franc"),
            ("The plan costs Rs 500 crore.", 5e9, "rupee"),
            ("Sales were RM3.06mil in May.", 3.06e6, "ringgit"),
            ("About 2 lakh people came.", 2e5, "people"),
        ];
        for (text, value, unit) in cases {
            let q = one(text);
            assert_eq!((q.value, q.unit.as_deref()), (value, Some(unit)), "{text}");
        }
        // "PS" stands for £ only glued: a "PS 3" is a console
        assert!(
            amounts("He bought a PS 3 today.")
                .iter()
                .all(|f| f.quantity.unit.as_deref() != Some("pound"))
        );
    }

    #[test]
    fn negatives_and_leading_points() {
        assert_eq!(one("Output fell -1.3% in May.").value, -1.3);
        assert_eq!(one("It can drop to minus 40 degrees.").value, -40.0);
        assert_eq!(one("It can drop to minus-40 degrees.").value, -40.0);
        // a margin is no negative amount
        let q = one("The margin of error is plus or minus 3.1 points.");
        assert_eq!(
            (q.value, mention("It is plus or minus 3.1 points.").as_str()),
            (3.1, "3.1 points")
        );
        // the sign is part of the mention
        for (text, written) in [
            ("Output fell -1.3% in May.", "-1.3%"),
            ("It can drop to minus 40 degrees.", "minus 40 degrees"),
            ("It can drop to minus-40 degrees.", "minus-40 degrees"),
        ] {
            assert_eq!(mention(text), written);
        }
        let q = one("They make sub-7 nanometre chips.");
        assert_eq!((q.value, q.approx), (7.0, Approx::AtMost));
        // only "minus" and "sub" let go of their number
        assert!(amounts("They ran COVID-19 and sub-zero tests.").is_empty());
        assert_eq!(one("The rate is .25 per cent.").value, 0.25);
        assert!(
            amounts("They ran COVID -19 tests.")
                .iter()
                .all(|f| f.quantity.value > 0.0)
        );
    }

    #[test]
    fn ranges_with_units_scales_and_words() {
        // "from 0 to 60 mph": the bare first amount takes the second's unit
        let found = amounts("It goes from 0 to 60 mph in 3 seconds.");
        let q = &found[0].quantity;
        assert_eq!(
            (q.value, q.unit.as_deref(), q.per.as_deref()),
            (0.0, Some("mile"), Some("hour"))
        );
        let q = one("Prices rose 5% to 10% this year.");
        assert_eq!((q.low, q.high), (Some(5.0), Some(10.0)));
        let q = one("between 2 per cent and 3 per cent");
        assert_eq!((q.low, q.high), (Some(2.0), Some(3.0)));
        assert_eq!(one("It costs $10 to $15 billion.").low, Some(10e9));
        assert_eq!(
            one("Homes cost $800,000 to $1.3 million.").low,
            Some(800_000.0)
        );
        assert_eq!(one("four to five thousand people").value, 4500.0);
        // a range's middle is printed as written
        let q = one("It expects $2.10 to $2.20 a share.");
        assert_eq!(q.value.to_string(), "2.15");
        assert_eq!(one("It costs 0.1 to 0.7 billion.").low, Some(1e8));
        assert_eq!(
            one("It cost $1.07 billion.").value.to_string(),
            "1070000000"
        );
        assert_eq!(one("It cost $0.27tn.").value.to_string(), "270000000000");
        // a change, a chain, a start at zero: separate amounts
        assert_eq!(amounts("The deficit grew by $40 to $400.").len(), 2);
        assert_eq!(amounts("The reward rose from $16 to $18 to $20.").len(), 3);
        assert_eq!(amounts("It goes from 0 to 60 mph in 4 seconds.").len(), 3);
        // a "to" that goes on to something other than a number ends no chain
        let q = one("It gave $1 million to $5 million to the fund.");
        assert_eq!((q.low, q.high), (Some(1e6), Some(5e6)));
        // words to digits; a glued en dash
        let q = one("It lasts seven to 10 years.");
        assert_eq!(
            (q.low, q.high, q.unit.as_deref()),
            (Some(7.0), Some(10.0), Some("year"))
        );
        let q = one("It takes 25–40min to cook.");
        assert_eq!(
            (q.low, q.high, q.unit.as_deref()),
            (Some(25.0), Some(40.0), Some("minute"))
        );
        // a range after a single amount: "to" joins neither into a chain
        let found = amounts("It rose from 24.2 to 33-35 billion euros.");
        let q = &found.last().expect("the range").quantity;
        assert_eq!(
            (q.low, q.high, q.unit.as_deref()),
            (Some(33e9), Some(35e9), Some("euro"))
        );
    }

    #[test]
    fn a_decimal_written_from_its_point_may_start_with_zeros() {
        assert_eq!(one("The rate fell .001 per cent.").value, 0.001);
        assert!(amounts("Call 0199 now.").is_empty());
    }

    #[test]
    fn a_range_of_year_like_numbers_with_a_unit_is_an_amount() {
        for text in [
            "Adults need 2000 - 2500 calories.",
            "It made 1900–2000 tonnes.",
        ] {
            let q = one(text);
            assert!(
                q.low.is_some_and(|l| (1800.0..=2100.0).contains(&l)),
                "{text}: {q:?}"
            );
        }
        // years stay years
        assert!(amounts("From 2010 to 2020 prices rose.").is_empty());
        let a = amounts("It rose in 2018 to 3.9 million units and in 2008 to 29 mpg.");
        let values: Vec<f64> = a.iter().map(|f| f.quantity.value).collect();
        assert_eq!(values, [3.9e6, 29.0]);
    }

    #[test]
    fn a_unit_glued_to_a_ranges_second_number_is_the_ranges() {
        for (text, value, unit) in [
            ("Bake it 25 – 40min to brown.", 32.5, "minute"),
            ("Bake it 25-40min to brown.", 32.5, "minute"),
            ("A 5-10W laser cut it.", 7.5, "watt"),
        ] {
            let q = one(text);
            assert_eq!((q.value, q.unit.as_deref()), (value, Some(unit)), "{text}");
        }
    }

    #[test]
    fn scores_are_not_amounts() {
        assert!(amounts("They took a 9-2 lead.").is_empty());
        assert!(amounts("It ended 2-2 at home.").is_empty());
        assert_eq!(one("It fell 30-60 per cent.").low, Some(30.0));
    }

    #[test]
    fn compound_number_words() {
        assert_eq!(
            one("Some twenty-eight thousand six hundred forty-two students enrolled.").value,
            28642.0
        );
        assert_eq!(one("a million people marched").value, 1e6);
        assert_eq!(one("a 1.8 billion-mile trip").unit.as_deref(), Some("mile"));
    }

    /// Asserts the unit of the one amount in each text.
    fn assert_units(cases: &[(&str, &str)]) {
        for (text, unit) in cases {
            assert_eq!(one(text).unit.as_deref(), Some(*unit), "{text}");
        }
    }

    #[test]
    fn head_noun_of_the_counted_phrase() {
        let cases = [
            ("About 96 local fans went home.", "fan"),
            ("It sold 13 units whilst others sold none.", "unit"),
            ("Noise of 120 decibels reached the town.", "decibel"),
            ("a 15 year-old student", "year"),
            ("It is a 43.4 percent-owned unit.", "percent"),
            ("He scored 3 times in the game.", "count"),
        ];
        assert_units(&cases);
    }

    #[test]
    fn a_number_counts_a_compounds_first_noun_and_no_pronoun() {
        let cases = [
            ("They signed a 12 page document.", "page"),
            ("They signed a 12-page document.", "page"),
            ("It has a 3 cylinder engine.", "cylinder"),
            ("The 11 member trade pact was signed.", "member"),
            // a plural head, or an adjective before it, is what is counted
            ("He sold 3 new cars.", "car"),
            ("About 60 commercial fishermen sailed.", "fisherman"),
            ("It was 1 page document.", "document"),
        ];
        assert_units(&cases);
        // an irregular past tense is the verb, not a noun of the phrase
        assert_eq!(mention("A 7.8 quake struck Monday."), "7.8 quake");
        // a pronoun is no noun: "millions of us" counts nothing named
        assert_eq!(one("Millions of us agree.").unit, None);
        assert_eq!(
            one("About 1,000 US troops left.").unit.as_deref(),
            Some("troop")
        );
    }

    #[test]
    fn the_quick_test_only_rules_out_tokens_where_no_amount_starts() {
        let texts = [
            "A man said one of them saw a million people and one to two thousand more.",
            "Twenty five thousand troops, four or five hundred tanks and a dozen jets.",
            "Dozens of rockets; several hundreds came, hundreds more did not.",
            "It cost US$5 million, RM79 and HK$ 3, or .5 per cent of a billion.",
            "A thousand. Million. An hour. One. Half a million. A to two thousand.",
            "He is 45. The U.S. sent 1,200 troops a day in 2024 at 3.5 km/h.",
        ];
        for text in texts {
            let toks = tokens(text);
            let scan = Scan {
                text,
                toks: &toks,
                range: 0..toks.len(),
            };
            let mut admitted = 0;
            for (i, tok) in toks.iter().enumerate() {
                if scan.may_start(i) {
                    admitted += 1;
                } else {
                    let word = tok.text(text);
                    assert!(scan.amount_at(i).is_none(), "{text}: {word} ({i})");
                }
            }
            assert!(admitted < toks.len() / 2, "{text}: {admitted} admitted");
        }
    }

    #[test]
    fn number_words_are_sifted_by_shape_in_any_case() {
        for w in [
            "thousand",
            "Thousands",
            "FORTY-TWO",
            "Dozen",
            "a",
            "An",
            "half",
        ] {
            assert!(number_word(w).is_some(), "{w}");
        }
        for w in [
            "the",
            "there",
            "than",
            "Four-Five",
            "forty-forty",
            "Ankara",
            "tens-of",
            "é",
        ] {
            assert!(number_word(w).is_none(), "{w}");
        }
    }

    #[test]
    fn singulars() {
        assert_eq!(singular("casualties"), "casualty");
        assert_eq!(singular("troops"), "troop");
        assert_eq!(singular("people"), "people");
        assert_eq!(singular("boxes"), "box");
        assert_eq!(singular("bus"), "bus");
        assert_eq!(singular("fishermen"), "fisherman");
        assert_eq!(singular("gunmen"), "gunman");
        assert_eq!(singular("loaves"), "loaf");
        assert_eq!(singular("lives"), "life");
        assert_eq!(singular("executives"), "executive");
        for same in ["specimen", "abdomen", "acumen", "semen"] {
            assert_eq!(singular(same), same);
        }
        // "-us" and "-o" nouns, and their look-alikes
        assert_eq!(singular("buses"), "bus");
        assert_eq!(singular("abuses"), "abuse");
        assert_eq!(singular("torpedoes"), "torpedo");
        assert_eq!(singular("shoes"), "shoe");
    }

    #[test]
    fn a_people_is_counted_and_primes_are_inches_and_feet() {
        let unit = |t: &str| one(t).unit;
        assert_eq!(
            unit("Some 1,300 Ukrainians fled."),
            Some("ukrainian".into())
        );
        assert_eq!(
            unit("Millions of Americans voted."),
            Some("american".into())
        );
        assert_eq!(
            unit("More than 70,000 Muslims fled their homes."),
            Some("muslim".into())
        );
        assert_eq!(unit("Some 40 Democrats voted no."), Some("democrat".into()));
        // other capitalised words after an amount are names, not nouns
        assert_eq!(unit("It sold 300 Model units."), Some("unit".into()));
        assert_eq!(unit("He paid 300 Acme."), None);
        let q = one("The screen is 25.5″ wide.");
        assert_eq!(
            (q.unit.as_deref(), q.category),
            (Some("inch"), Category::Distance)
        );
        assert_eq!(unit("The wall is 6′ high."), Some("foot".into()));
    }

    #[test]
    fn an_age_before_a_noun_is_years_and_a_time_after_an_amount_is_no_noun() {
        let q = one("The 65-year-old teacher retired.");
        assert_eq!(
            (q.unit.as_deref(), q.category),
            (Some("year"), Category::Duration)
        );
        // "last year" says when, not what was counted
        assert_eq!(one("It averaged 2.1 last year.").unit, None);
        assert_eq!(one("It will hire 40 next month.").unit, None);
    }

    #[test]
    fn a_percentage_change_does_not_lend_its_unit_to_the_level_after_to() {
        let a = amounts("The index rose 0.7 percent to 6,327.80 on Friday.");
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].quantity.unit.as_deref(), Some("percent"));
        assert_eq!(a[1].quantity.unit, None);
        assert_eq!(a[1].quantity.category, Category::Count);
        let b = amounts("It costs $5 to 6 a ticket.");
        assert!(
            b.iter()
                .all(|f| f.quantity.unit.as_deref() == Some("dollar"))
        );
    }

    #[test]
    fn signed_changes_after_index_names() {
        let a = amounts("Markets: Index 50 -1.3% ACME -0.6% and BETA +0.2% at noon.");
        let values: Vec<f64> = a.iter().map(|f| f.quantity.value).collect();
        assert_eq!(values, [-1.3, -0.6, 0.2]);
        assert!(amounts("The COVID -19 crisis lasted.").is_empty());
    }

    #[test]
    fn amounts_in_different_units_are_no_range() {
        let a = amounts("The shares rose 8.1 percent to 99.20 yuan.");
        let units: Vec<_> = a.iter().map(|f| f.quantity.unit.as_deref()).collect();
        assert_eq!(units, [Some("percent"), Some("yuan")]);
    }

    #[test]
    fn measured_amounts_are_neither_counters_nor_model_numbers() {
        let a = amounts("Add 50mL of 30% acid to the Brand 500mg tablets.");
        let units: Vec<_> = a.iter().map(|f| f.quantity.unit.as_deref()).collect();
        assert_eq!(
            units,
            [Some("millilitre"), Some("percent"), Some("milligram")]
        );
        assert!(amounts("It was game 3 of 7 in the series.").is_empty());
    }

    #[test]
    fn an_age_in_apposition_is_years_and_a_tilde_is_about() {
        let a = amounts("Jane Roe, 45, has run the firm for a decade.");
        assert_eq!(a[0].quantity.unit.as_deref(), Some("year"));
        assert_eq!(a[0].quantity.category, Category::Duration);
        let b = amounts("Each sample weighs ~45g.");
        assert_eq!(b[0].quantity.approx, Approx::Approx);
        // closing the sentence too, but not before more of it
        assert_eq!(
            one("“I worked there,” says Jane Roe, 58.").unit.as_deref(),
            Some("year")
        );
        assert_eq!(one("The score was Roe, 58. Then Doe.").unit, None);
    }

    #[test]
    fn rates_per_item_per_area_and_in_short_forms() {
        let per = |text: &str| one(text).per;
        assert_eq!(
            per("Rents reached $21 per square foot."),
            Some("square foot".into())
        );
        assert_eq!(per("Oil traded at $75 a barrel."), Some("barrel".into()));
        assert_eq!(
            per("The car topped 140 km/h on the track."),
            Some("hour".into())
        );
        assert_eq!(per("He scored 15.3 ppg last season."), Some("game".into()));
        assert_eq!(per("They paid $5 a piece of it."), None);
        // hyphenated onto the amount or into its unit
        assert_eq!(per("It is a $5.5bn-a-year market."), Some("year".into()));
        assert_eq!(per("He took a 40-hour-a-week job."), Some("week".into()));
        assert_eq!(mention("It is a $5.5bn-a-year market."), "$5.5bn-a-year");
        assert_eq!(per("They play a 10-a-side game."), None);
    }

    #[test]
    fn a_measure_per_measure_and_per_serving_are_rates() {
        let per = |text: &str| one(text).per;
        assert_eq!(
            per("Yields fell to 28 bushels an acre."),
            Some("acre".into())
        );
        assert_eq!(
            per("The car gets 30 miles a gallon."),
            Some("gallon".into())
        );
        assert_eq!(
            per("It has 400 calories a serving."),
            Some("serving".into())
        );
        assert_eq!(per("Seats cost $50 a head."), Some("head".into()));
        // a distance, a count of people, an indirect object: no rate
        assert_eq!(per("They carried 40 pounds a mile from camp."), None);
        assert_eq!(per("About 10 people a mile away heard it."), None);
        assert_eq!(per("Acme gave 200 workers a raise."), None);
        assert_eq!(per("Acme sent 200 people a ton of rice."), None);
    }
}
