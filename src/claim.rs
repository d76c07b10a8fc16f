//! The claim contract: what every output line holds, and its stable id.
//!
//! The extractor stages build [`Claim`]s; this module gives them ids that
//! survive edits around them and serialises them as one JSON object per line.
//! `diff` and `compare` read the same type back.

use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize, Serializer};

/// What sort of claim a line holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Words between quotation marks, with their source.
    Quote,
    /// Reported (indirect) speech: "X said that ...".
    Statement,
    /// An amount: a count, rate, duration, distance, sum or percentage.
    Quantity,
}

impl Kind {
    /// The kind's name as written in the output and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Quote => "quote",
            Kind::Statement => "statement",
            Kind::Quantity => "quantity",
        }
    }

    /// The letter that opens the kind's ids: `q` quote, `s` statement, `n`
    /// (number) quantity.
    pub fn id_prefix(self) -> &'static str {
        match self {
            Kind::Quote => "q",
            Kind::Statement => "s",
            Kind::Quantity => "n",
        }
    }
}

/// Who said a claim: canonical name, the words that stand in the text, role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// The fullest name the article gives, without titles ("Jane Roe"),
    /// or a body or document as printed ("joint statement").
    pub name: String,
    /// What stands in the text where the speaker is named ("he", "Roe").
    pub mention: String,
    /// The title the article gives the speaker ("Secretary of State").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// Where a claim stands: byte offsets in the article body and input line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// Byte offset of the claim's first byte in the article body.
    pub start: usize,
    /// Byte offset just past the claim's last byte.
    pub end: usize,
    /// 1-based line of the input file that holds `start`.
    pub line: usize,
}

/// How an amount is hedged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    /// Stated plainly.
    Exact,
    /// about, some, roughly, nearly, close to, an estimated.
    Approx,
    /// at least, more than, over; also vague magnitudes ("millions of").
    AtLeast,
    /// as many as, up to, no more than, fewer than.
    AtMost,
}

/// What an amount counts, from its unit and context.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Personnel deployed, stationed, sent or fielded.
    Troops,
    /// Killed, wounded, lost or captured.
    Casualties,
    /// Missiles, shells, rounds, drones, weapons and other materiel.
    Munitions,
    /// How long a missile, aircraft or launch flew.
    FlightTime,
    /// Any other span of time.
    Duration,
    /// Lengths and ranges.
    Distance,
    /// Sums of money.
    Money,
    /// Percentages and percentage points.
    Percent,
    /// Any other amount.
    Count,
}

impl Category {
    /// The category's name as written in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Troops => "troops",
            Category::Casualties => "casualties",
            Category::Munitions => "munitions",
            Category::FlightTime => "flight_time",
            Category::Duration => "duration",
            Category::Distance => "distance",
            Category::Money => "money",
            Category::Percent => "percent",
            Category::Count => "count",
        }
    }
}

/// The numeric fields of a quantity claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The amount (a range's midpoint; a vague magnitude's lower bound).
    #[serde(serialize_with = "number")]
    pub value: f64,
    /// A range's lower end.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "opt_number"
    )]
    pub low: Option<f64>,
    /// A range's upper end.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "opt_number"
    )]
    pub high: Option<f64>,
    /// The counted noun or unit, singular and lower case ("soldier").
    pub unit: Option<String>,
    /// A rate's denominator ("day"), if the amount is a rate.
    pub per: Option<String>,
    /// The hedge.
    pub approx: Approx,
    /// What the amount counts.
    pub category: Category,
    /// The counted noun phrase as written ("North Korean soldiers").
    pub subject: Option<String>,
}

/// One extracted claim: one output line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// The article's name from its header.
    pub article: String,
    /// Stable id: the same kind and words give the same id in any version.
    pub id: String,
    /// What sort of claim this is.
    pub kind: Kind,
    /// The claim's own words, exactly `body[span.start..span.end]`.
    pub text: String,
    /// Who said it; `null` for the outlet's own voice or an unknown source.
    pub speaker: Option<Speaker>,
    /// The attribution cue ("said", "according to"), when there is one.
    pub cue: Option<String>,
    /// Where the text stands.
    pub span: Span,
    /// The sentence that holds the claim.
    pub sentence: String,
    /// For quantities: the amount and what it counts.
    #[serde(flatten, default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<Quantity>,
}

/// Appends `claim` to `out` as one line of JSON: the output contract.
///
/// The keys are written in their fixed order as literals and the strings
/// and numbers through sonic-rs, which escapes with vector instructions:
/// going through serde's map machinery (the `flatten` of the quantity
/// makes the whole claim a map) cost more than the escaping. The bytes are
/// exactly what serde_json writes for the derived `Serialize`; tests in
/// this module and in `pipeline` hold the two together.
pub fn write_line(claim: &Claim, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"article\":");
    json(&claim.article, out);
    out.extend_from_slice(b",\"id\":");
    json(&claim.id, out);
    out.extend_from_slice(b",\"kind\":");
    json(claim.kind.as_str(), out);
    out.extend_from_slice(b",\"text\":");
    json(&claim.text, out);
    out.extend_from_slice(b",\"speaker\":");
    match &claim.speaker {
        Some(s) => {
            out.extend_from_slice(b"{\"name\":");
            json(&s.name, out);
            out.extend_from_slice(b",\"mention\":");
            json(&s.mention, out);
            if let Some(role) = &s.role {
                out.extend_from_slice(b",\"role\":");
                json(role, out);
            }
            out.push(b'}');
        }
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"cue\":");
    json(&claim.cue, out);
    out.extend_from_slice(b",\"span\":{\"start\":");
    json(&claim.span.start, out);
    out.extend_from_slice(b",\"end\":");
    json(&claim.span.end, out);
    out.extend_from_slice(b",\"line\":");
    json(&claim.span.line, out);
    out.extend_from_slice(b"},\"sentence\":");
    json(&claim.sentence, out);
    if let Some(q) = &claim.quantity {
        write_quantity(q, out);
    }
    out.extend_from_slice(b"}\n");
}

/// The quantity's fields, flattened into the claim's object.
fn write_quantity(q: &Quantity, out: &mut Vec<u8>) {
    out.extend_from_slice(b",\"value\":");
    json(&Number(q.value), out);
    for (key, bound) in [(&b",\"low\":"[..], q.low), (b",\"high\":", q.high)] {
        if let Some(v) = bound {
            out.extend_from_slice(key);
            json(&Number(v), out);
        }
    }
    out.extend_from_slice(b",\"unit\":");
    json(&q.unit, out);
    out.extend_from_slice(b",\"per\":");
    json(&q.per, out);
    out.extend_from_slice(b",\"approx\":");
    json(&q.approx, out);
    out.extend_from_slice(b",\"category\":");
    json(q.category.as_str(), out);
    out.extend_from_slice(b",\"subject\":");
    json(&q.subject, out);
}

/// Appends one JSON value: a string, number, enum name or `null`.
fn json<T: Serialize + ?Sized>(value: &T, out: &mut Vec<u8>) {
    sonic_rs::to_writer(&mut *out, value).expect("plain values serialise");
}

/// An amount as the output writes it (see [`number`]).
struct Number(f64);

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        number(&self.0, s)
    }
}

/// Writes whole numbers without a fraction (`10000`, not `10000.0`).
fn number<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

fn opt_number<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => number(v, s),
        None => s.serialize_none(),
    }
}

/// The words of a claim as compared across versions: lower case, straight
/// apostrophes, single spaces, no surrounding punctuation.
pub fn normalise(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    normalise_into(text, &mut out);
    String::from_utf8(out).expect("normalised text is whole characters")
}

/// Appends the normalised words of `text` (see [`normalise`]) to `out` as
/// UTF-8.
fn normalise_into(text: &str, out: &mut Vec<u8>) {
    let from = out.len();
    push_words(text, out);
    trim_edges(out, from);
}

/// Appends `text` lower-cased, curly quotes straightened, each run of
/// white space one space and none at either end. Runs of printable ASCII,
/// most of a news text, are copied and lower-cased whole; the characters
/// between them one by one.
fn push_words(text: &str, out: &mut Vec<u8>) {
    let from = out.len();
    let bytes = text.as_bytes();
    let mut gap = false;
    let mut i = 0;
    while i < bytes.len() {
        let run = printable_len(&bytes[i..]);
        if run > 0 {
            gap = push_ascii(&bytes[i..i + run], gap, out, from);
            i += run;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        i += c.len_utf8();
        if c.is_whitespace() {
            gap = true;
            continue;
        }
        if gap && out.len() > from {
            out.push(b' ');
        }
        gap = false;
        match c {
            c if c.is_ascii() => out.push(c as u8),
            '’' | '‘' => out.push(b'\''),
            '“' | '”' => out.push(b'"'),
            c => {
                for l in c.to_lowercase() {
                    out.extend_from_slice(l.encode_utf8(&mut [0; 4]).as_bytes());
                }
            }
        }
    }
}

/// How many bytes at the start of `bytes` are printable ASCII; tested 16
/// at a time, without a branch per byte.
fn printable_len(bytes: &[u8]) -> usize {
    let printable = |b: &u8| b.wrapping_sub(0x20) < 0x5f;
    let mut n = 0;
    for chunk in bytes.chunks(16) {
        if !chunk.iter().fold(true, |ok, b| ok & printable(b)) {
            return n + chunk.iter().take_while(|b| printable(b)).count();
        }
        n += chunk.len();
    }
    n
}

/// Appends a run of printable ASCII lower-cased, its spaces merged with
/// the white space pending before it (`gap`) into single spaces, none at
/// the start of the text (`out[from..]`); returns whether white space is
/// pending after it.
fn push_ascii(run: &[u8], mut gap: bool, out: &mut Vec<u8>, from: usize) -> bool {
    let lead = run.iter().take_while(|&&b| b == b' ').count();
    let trail = run[lead..].iter().rev().take_while(|&&b| b == b' ').count();
    let words = &run[lead..run.len() - trail];
    gap |= lead > 0;
    if words.is_empty() {
        return gap;
    }
    if gap && out.len() > from {
        out.push(b' ');
    }
    let start = out.len();
    if memchr::memmem::find(words, b"  ").is_none() {
        out.extend_from_slice(words);
    } else {
        for (k, w) in words
            .split(|&b| b == b' ')
            .filter(|w| !w.is_empty())
            .enumerate()
        {
            if k > 0 {
                out.push(b' ');
            }
            out.extend_from_slice(w);
        }
    }
    out[start..].make_ascii_lowercase();
    trail > 0
}

/// Strips the punctuation (but `$` and `%`) at both ends of `out[from..]`;
/// edge punctuation is ASCII, one byte each.
fn trim_edges(out: &mut Vec<u8>, from: usize) {
    let edge = |b: &u8| b.is_ascii_punctuation() && *b != b'$' && *b != b'%';
    while out.len() > from && out.last().is_some_and(edge) {
        out.pop();
    }
    let lead = out[from..].iter().take_while(|b| edge(b)).count();
    out.drain(from..from + lead);
}

/// The lower-cased words of a text, punctuation stripped: what quotes are
/// compared on ("We’ll win," and "we'll win" have the same words).
pub fn words(text: &str) -> Vec<String> {
    normalise(text)
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Word-overlap F1 of two word lists (as bags of words): 1 for the same
/// words, 0 for none shared.
pub fn overlap(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut counts: HashMap<&str, i32> = HashMap::default();
    for w in a {
        *counts.entry(w).or_default() += 1;
    }
    let mut shared = 0;
    for w in b {
        if let Some(n) = counts.get_mut(w.as_str())
            && *n > 0
        {
            *n -= 1;
            shared += 1;
        }
    }
    2.0 * f64::from(shared) / (a.len() + b.len()) as f64
}

/// Gives each claim its id: a hash (xxh3, fixed across platforms and
/// versions) of its kind and normalised words, with `-2`, `-3`... for the
/// second and later claims of an article with the same words.
pub fn assign_ids<'a>(claims: impl IntoIterator<Item = &'a mut Claim>) {
    let mut seen: HashMap<(Kind, u64), u32> = HashMap::default();
    let mut key = Vec::new();
    for claim in claims {
        // hashed: kind, NUL, normalised words
        key.clear();
        key.extend_from_slice(claim.kind.as_str().as_bytes());
        key.push(0);
        normalise_into(&claim.text, &mut key);
        let hash = xxhash_rust::xxh3::xxh3_64(&key);
        let n = seen.entry((claim.kind, hash)).or_insert(0);
        *n += 1;
        claim.id = id_of(claim.kind.id_prefix(), hash, *n);
    }
}

/// An id: the kind's prefix, the top 48 bits of the hash in 12 hex digits,
/// and the occurrence when it is not the first ("q-3f0e49fface6-2"). Written
/// digit by digit: formatting machinery cost more than the hash.
fn id_of(prefix: &str, hash: u64, n: u32) -> String {
    let mut id = String::with_capacity(prefix.len() + 16);
    id.push_str(prefix);
    id.push('-');
    let top = hash >> 16;
    for shift in (0..12).rev() {
        let digit = ((top >> (shift * 4)) & 0xf) as u32;
        id.push(char::from_digit(digit, 16).unwrap_or('0'));
    }
    if n > 1 {
        id.push('-');
        id.push_str(&n.to_string());
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_names_are_the_serialised_ones() {
        use Category::*;
        for c in [
            Troops, Casualties, Munitions, FlightTime, Duration, Distance, Money, Percent, Count,
        ] {
            assert_eq!(serde_json::to_value(c).unwrap(), c.as_str());
        }
    }

    /// A fuzz run under AddressSanitizer stopped on its first input:
    /// sonic-rs, which [`write_line`] uses for every string, loads a
    /// string's last bytes 32 at a time, reading past its allocation in a
    /// release build unless the `sanitize` feature is on. Tests build
    /// without that read (debug assertions), so only the manifest can be
    /// held here; the fuzz target catches it again if this line goes.
    #[test]
    fn sonic_rs_never_reads_past_a_string() {
        let manifest = include_str!("../Cargo.toml");
        let line = manifest
            .lines()
            .find(|l| l.starts_with("sonic-rs "))
            .expect("sonic-rs is a dependency");
        assert!(line.contains(r#"features = ["sanitize"]"#), "{line}");
    }

    fn claim(kind: Kind, text: &str) -> Claim {
        Claim {
            article: "a".into(),
            id: String::new(),
            kind,
            text: text.into(),
            speaker: None,
            cue: None,
            span: Span {
                start: 0,
                end: text.len(),
                line: 1,
            },
            sentence: text.into(),
            quantity: None,
        }
    }

    /// Failing cases are kept next to this file (`claim.regressions`), not
    /// in a new directory at the top of the project.
    fn config() -> proptest::test_runner::Config {
        proptest::test_runner::Config {
            failure_persistence: Some(Box::new(
                proptest::test_runner::FileFailurePersistence::WithSource("regressions"),
            )),
            ..Default::default()
        }
    }

    /// Any claim: every optional field present or absent, any text, any
    /// amount (whole, fractional, huge, negative).
    fn any_claim() -> impl proptest::strategy::Strategy<Value = Claim> {
        use proptest::prelude::*;
        let text = || any::<String>();
        let amount = || {
            prop_oneof![
                (-1_000_000i64..1_000_000).prop_map(|v| v as f64),
                any::<f64>().prop_filter("JSON has no NaN or infinity", |v| v.is_finite()),
            ]
        };
        let speaker =
            (text(), text(), proptest::option::of(text())).prop_map(|(name, mention, role)| {
                Speaker {
                    name,
                    mention,
                    role,
                }
            });
        let approx = prop_oneof![
            Just(Approx::Exact),
            Just(Approx::Approx),
            Just(Approx::AtLeast),
            Just(Approx::AtMost)
        ];
        let category = (0usize..9).prop_map(|i| {
            use Category::*;
            [
                Troops, Casualties, Munitions, FlightTime, Duration, Distance, Money, Percent,
                Count,
            ][i]
        });
        let quantity = (
            (
                amount(),
                proptest::option::of(amount()),
                proptest::option::of(amount()),
            ),
            (proptest::option::of(text()), proptest::option::of(text())),
            (approx, category, proptest::option::of(text())),
        )
            .prop_map(
                |((value, low, high), (unit, per), (approx, category, subject))| Quantity {
                    value,
                    low,
                    high,
                    unit,
                    per,
                    approx,
                    category,
                    subject,
                },
            );
        let kind = prop_oneof![
            Just(Kind::Quote),
            Just(Kind::Statement),
            Just(Kind::Quantity)
        ];
        (
            (text(), text(), kind, text()),
            (proptest::option::of(speaker), proptest::option::of(text())),
            (any::<(usize, usize, usize)>(), text()),
            proptest::option::of(quantity),
        )
            .prop_map(
                |((article, id, kind, text), (speaker, cue), (span, sentence), quantity)| Claim {
                    article,
                    id,
                    kind,
                    text,
                    speaker,
                    cue,
                    span: Span {
                        start: span.0,
                        end: span.1,
                        line: span.2,
                    },
                    sentence,
                    quantity,
                },
            )
    }

    proptest::proptest! {
        #![proptest_config(config())]

        /// `write_line` writes its keys by hand: it must stay byte for byte
        /// what serde_json writes for the derived `Serialize`.
        #[test]
        fn lines_are_what_serde_json_writes(claim in any_claim()) {
            let mut line = Vec::new();
            write_line(&claim, &mut line);
            let expected = serde_json::to_string(&claim).unwrap() + "\n";
            proptest::prop_assert_eq!(String::from_utf8(line).unwrap(), expected);
        }
    }

    /// What `normalise` means, written plainly: its byte-level loop must
    /// agree with it.
    fn normalise_plainly(text: &str) -> String {
        let words: Vec<String> = text
            .split_whitespace()
            .map(|w| {
                w.chars()
                    .flat_map(|c| match c {
                        '’' | '‘' => "'".chars().collect::<Vec<_>>(),
                        '“' | '”' => vec!['"'],
                        c => c.to_lowercase().collect(),
                    })
                    .collect()
            })
            .collect();
        let edge = |c: char| c.is_ascii_punctuation() && c != '$' && c != '%';
        words.join(" ").trim_matches(edge).to_string()
    }

    #[test]
    fn normalising_agrees_with_its_plain_definition() {
        for text in [
            "",
            "  ",
            "We’ve  WON,",
            "\t“Quoted”\u{a0}words\u{2028}apart\r\n",
            "İstanbul ÉTÉ \u{0}nul",
            "...$5 and 6%!",
            ",,,",
            "a\u{3000}b\u{85}c",
            "mixed ascii-Ünicode word",
            " Plain ASCII, said. ",
            "word . ,",
            "two  spaces",
            "a\x7fdel",
            "  “Lead” and trail’s  ",
            "a run longer than sixteen bytes ’ then a quote \u{a0} and  more",
            "space before \u{a0} and after",
            "x  \ty \n\n z",
            "ends in a tab\t",
        ] {
            assert_eq!(normalise(text), normalise_plainly(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(config())]

        /// Runs of printable ASCII are copied whole; whatever surrounds
        /// them, the result is the plain definition's.
        #[test]
        fn normalising_any_text_agrees_with_its_plain_definition(
            text in "([ a-zA-Z.,’“”\t\u{a0}\u{3000}É]|  ){0,60}"
        ) {
            proptest::prop_assert_eq!(normalise(&text), normalise_plainly(&text));
        }
    }

    #[test]
    fn ids_are_the_prefix_and_twelve_hex_digits() {
        for (hash, n) in [
            (0, 1),
            (u64::MAX, 1),
            (0x0123_4567_89ab_cdef, 2),
            (1 << 16, 13),
        ] {
            let plain = format!("q-{:012x}", hash >> 16);
            let plain = if n > 1 { format!("{plain}-{n}") } else { plain };
            assert_eq!(id_of("q", hash, n), plain);
        }
    }

    #[test]
    fn ids_ignore_case_spacing_and_apostrophe_style() {
        let mut v = vec![
            claim(Kind::Quote, "We’ve  won,"),
            claim(Kind::Quote, "we've won"),
        ];
        assign_ids(&mut v);
        assert!(v[0].id.starts_with("q-"));
        assert_eq!(v[1].id, format!("{}-2", v[0].id));
    }

    #[test]
    fn ids_differ_by_kind_and_words() {
        let mut v = vec![
            claim(Kind::Quote, "a b"),
            claim(Kind::Statement, "a b"),
            claim(Kind::Quote, "a c"),
        ];
        assign_ids(&mut v);
        assert_ne!(v[0].id[2..], v[1].id[2..]);
        assert_ne!(v[0].id, v[2].id);
        let mut q = vec![claim(Kind::Quantity, "a b")];
        assign_ids(&mut q);
        assert!(
            q[0].id.starts_with("n-"),
            "quantities and quotes differ at a glance"
        );
    }

    #[test]
    fn id_is_pinned_across_versions() {
        // A change here breaks every stored diff: it must be deliberate.
        let mut v = vec![claim(Kind::Quote, "We go together,")];
        assign_ids(&mut v);
        assert_eq!(
            v[0].id,
            format!(
                "q-{:012x}",
                xxhash_rust::xxh3::xxh3_64(b"quote\0we go together") >> 16
            )
        );
    }

    #[test]
    fn whole_numbers_serialise_without_fraction() {
        let mut c = claim(Kind::Quantity, "10,000 troops");
        c.quantity = Some(Quantity {
            value: 10000.0,
            low: None,
            high: Some(2.5),
            unit: Some("troop".into()),
            per: None,
            approx: Approx::AtLeast,
            category: Category::FlightTime,
            subject: None,
        });
        let json = serde_json::to_string(&c).unwrap();
        assert!(json.contains(r#""value":10000,"#), "{json}");
        assert!(json.contains(r#""high":2.5"#));
        assert!(!json.contains("low"));
        assert!(json.contains(r#""approx":"at_least""#));
        assert!(json.contains(r#""category":"flight_time""#));
        let back: Claim = serde_json::from_str(&json).unwrap();
        assert_eq!(back.quantity.unwrap().value, 10000.0);
    }
}
