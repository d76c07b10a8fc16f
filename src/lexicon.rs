//! Word lists of general English news writing, kept as data files under
//! `src/lexicon/` so that a reader can add a cue verb or a unit without
//! reading a parser. Each list is parsed once, on first use.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::sync::LazyLock;

/// Lines of a list file with comments and blank lines removed.
fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Every whitespace-separated word of a list file.
fn words(text: &'static str) -> HashSet<&'static str> {
    lines(text).flat_map(str::split_whitespace).collect()
}

/// Speech and attribution verbs in every listed form.
pub static CUE_VERBS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("lexicon/cue_verbs.txt")));

/// Cue verbs that introduce reported speech only with "that": without it
/// their object is a thing ("maintains an office", "began showing").
pub static OBJECT_CUE_VERBS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("lexicon/object_cue_verbs.txt")));

/// Multi-word cues that introduce the speaker after them ("according to").
pub static CUE_PHRASES: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    lines(include_str!("lexicon/cue_phrases.txt"))
        .map(|l| l.split_whitespace().collect())
        .collect()
});

/// Subject pronouns and the kind of speaker each can stand for.
pub static PRONOUNS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    lines(include_str!("lexicon/pronouns.txt"))
        .filter_map(|l| l.split_once(' '))
        .collect()
});

/// Words of titles and offices that stand before a name.
pub static TITLES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("lexicon/titles.txt")));

/// Words that qualify a title ("Defense", "Deputy", "of").
pub static OFFICES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("lexicon/offices.txt")));

/// Words that make a capitalised run a place or body rather than a person.
pub static ORG_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("lexicon/org_words.txt")));

/// Head nouns of unnamed speakers: officials, bodies, documents.
pub static SPEAKER_NOUNS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("lexicon/speaker_nouns.txt")));

/// Nouns ending in "-ly", which a test of a word's shape would read as
/// adverbs ("lawyers for the family said", "12 displaced families").
pub const NOUNS_IN_LY: &[&str] = &[
    "family", "ally", "assembly", "supply", "rally", "reply", "monopoly", "anomaly", "belly",
    "bully", "jelly", "lily", "folly",
];

/// Capitalised words that never begin or belong to a name.
pub static STOPWORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("lexicon/stopwords.txt")));

/// Month names and abbreviations (lower case, with and without the period).
pub static MONTHS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("lexicon/months.txt")));

/// How an abbreviation's period behaves at a possible sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abbrev {
    /// Stands before a name or number: never ends a sentence.
    Title,
    /// Part of a name ("Jr."): ends a sentence only before an opener.
    Name,
    /// Anything else ("U.S.", "Inc."): ends a sentence only before an opener.
    Other,
}

/// Abbreviations with their final period, lower case.
pub static ABBREVIATIONS: LazyLock<HashMap<&'static str, Abbrev>> = LazyLock::new(|| {
    lines(include_str!("lexicon/abbreviations.txt"))
        .filter_map(|l| l.split_once(' '))
        .map(|(w, k)| {
            let kind = match k {
                "title" => Abbrev::Title,
                "name" => Abbrev::Name,
                _ => Abbrev::Other,
            };
            (w, kind)
        })
        .collect()
});

/// A unit's canonical singular name and the category it implies.
#[derive(Debug, Clone, Copy)]
pub struct UnitEntry {
    /// Canonical singular, lower case ("kilometre").
    pub unit: &'static str,
    /// Category name from the claim contract ("distance").
    pub category: &'static str,
    /// The rate a compound unit carries ("mph" is miles per "hour").
    pub per: Option<&'static str>,
}

/// Units by surface form (lower case, possibly several words).
pub static UNITS: LazyLock<HashMap<&'static str, UnitEntry>> = LazyLock::new(|| {
    lines(include_str!("lexicon/units.txt"))
        .filter_map(|l| {
            let mut parts = l.split('|');
            let surface = parts.next()?;
            let unit = parts.next()?;
            let category = parts.next()?;
            let per = parts.next();
            Some((
                surface,
                UnitEntry {
                    unit,
                    category,
                    per,
                },
            ))
        })
        .collect()
});

/// The category each canonical unit implies ("kilometre" → "distance").
pub static UNIT_CATEGORIES: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    UNITS
        .values()
        .filter(|e| e.per.is_none())
        .map(|e| (e.unit, e.category))
        .collect()
});

/// Rate words and their fixed denominator (empty when a unit follows).
pub static RATES: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    lines(include_str!("lexicon/rates.txt"))
        .filter_map(|l| l.split_once('|'))
        .collect()
});

/// Hedge phrases (as word lists) and their `approx` value, longest first.
pub static HEDGES: LazyLock<Vec<(Vec<&'static str>, &'static str)>> = LazyLock::new(|| {
    let mut v: Vec<_> = lines(include_str!("lexicon/hedges.txt"))
        .filter_map(|l| l.split_once('|'))
        .map(|(p, a)| (p.split_whitespace().collect::<Vec<_>>(), a))
        .collect();
    v.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    v
});

/// The role a number word plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberWordKind {
    /// "one" to "ninety", "half": a claim only next to a scale word.
    Small,
    /// "a"/"an": one, before a scale word ("a dozen", "a million").
    Article,
    /// "dozen", "thousand", "million": multiplies what stands before it.
    Scale,
    /// "millions", "hundreds": a vague magnitude, a lower bound.
    Vague,
    /// "m", "bn" glued to digits ("$5m").
    Suffix,
}

/// Number words with their value and kind.
pub static NUMBER_WORDS: LazyLock<HashMap<&'static str, (f64, NumberWordKind)>> =
    LazyLock::new(|| {
        lines(include_str!("lexicon/number_words.txt"))
            .filter_map(|l| {
                let mut p = l.split_whitespace();
                let word = p.next()?;
                let value: f64 = p.next()?.parse().ok()?;
                let kind = match p.next()? {
                    "small" => NumberWordKind::Small,
                    "article" => NumberWordKind::Article,
                    "scale" => NumberWordKind::Scale,
                    "vague" => NumberWordKind::Vague,
                    _ => NumberWordKind::Suffix,
                };
                Some((word, (value, kind)))
            })
            .collect()
    });

/// The pronoun a given name usually takes: `'m'` (he) or `'f'` (she).
pub static GIVEN_NAMES: LazyLock<HashMap<&'static str, char>> = LazyLock::new(|| {
    lines(include_str!("lexicon/given_names.txt"))
        .filter_map(|l| {
            let (g, names) = l.split_once(' ')?;
            let g = g.chars().next()?;
            Some(names.split_whitespace().map(move |n| (n, g)))
        })
        .flatten()
        .collect()
});

/// Words of affiliation that may stand before a name without a title.
pub static AFFILIATIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("lexicon/affiliations.txt")));

/// Merges word lists into one map from each word to the bits of the
/// lists that hold it, so that a word is looked up once for all of them.
pub fn merged_lists<'a, L>(lists: impl IntoIterator<Item = (L, u8)>) -> HashMap<&'static str, u8>
where
    L: IntoIterator<Item = &'a &'static str>,
{
    let mut m = HashMap::default();
    for (list, bit) in lists {
        for w in list {
            *m.entry(*w).or_insert(0) |= bit;
        }
    }
    m
}

/// Lower-cases a word for look-ups in the word lists, copying it only when
/// it holds a capital or a character beyond ASCII.
#[inline]
pub fn lower(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
    {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// Runs `f` on `word` in lower case, for word-list look-ups: an ASCII word
/// is lower-cased in a buffer this thread reuses, so the look-up costs no
/// allocation; other words are lower-cased by Unicode's rules.
pub fn with_lower<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    thread_local! {
        static BUFFER: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    if !word.is_ascii() {
        return f(&word.to_lowercase());
    }
    BUFFER.with(|cell| match cell.try_borrow_mut() {
        Ok(mut buf) => {
            buf.clear();
            buf.push_str(word);
            buf.make_ascii_lowercase();
            f(&buf)
        }
        // a look-up inside a look-up: rare, so it may allocate
        Err(_) => f(&word.to_ascii_lowercase()),
    })
}

/// The shapes of a word list: for each pair of first letters (in any
/// case), the lengths its words have. A word of a shape the list lacks is
/// not in it, which a table look-up tells before any lower-casing or
/// hashing. A listed word that has no such shape (not an ASCII letter
/// first, or longer than 31 bytes) makes the table admit every word.
#[derive(Clone, Default)]
pub struct Shapes {
    lengths: [[u32; 28]; 26],
    all: bool,
}

impl Shapes {
    /// The shapes of `words`.
    pub fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> Shapes {
        let mut shapes = Shapes::default();
        for w in words {
            shapes.insert(w);
        }
        shapes
    }

    /// The first two letters of `w`, lower-cased, as table indices; the
    /// second is 26 for a one-letter word and 27 for any byte but a letter
    /// ("c.e.o.").
    fn slot(w: &[u8]) -> Option<(usize, usize)> {
        let letter = |b: u8| {
            b.is_ascii_alphabetic()
                .then(|| usize::from(b.to_ascii_lowercase() - b'a'))
        };
        let first = letter(*w.first()?)?;
        let second = match w.get(1) {
            None => 26,
            Some(&b) => letter(b).unwrap_or(27),
        };
        Some((first, second))
    }

    /// Adds the shape of `w`.
    pub fn insert(&mut self, w: &str) {
        match Shapes::slot(w.as_bytes()) {
            Some((a, b)) if w.len() < 32 => self.lengths[a][b] |= 1 << w.len(),
            _ => self.all = true,
        }
    }

    /// Whether a word of `w`'s shape may be in the list.
    pub fn admits(&self, w: &[u8]) -> bool {
        self.all
            || w.len() < 32
                && Shapes::slot(w).is_some_and(|(a, b)| self.lengths[a][b] & (1 << w.len()) != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_parse() {
        assert!(CUE_VERBS.contains("said"));
        assert!(CUE_VERBS.contains("countered"));
        assert!(!CUE_VERBS.contains("according"));
        assert!(OBJECT_CUE_VERBS.iter().all(|w| CUE_VERBS.contains(w)));
        assert!(CUE_PHRASES.iter().any(|p| p == &["according", "to"]));
        assert_eq!(PRONOUNS.get("she"), Some(&"person"));
        assert!(TITLES.contains("secretary"));
        assert!(SPEAKER_NOUNS.contains("statement"));
        assert_eq!(ABBREVIATIONS.get("mr."), Some(&Abbrev::Title));
        assert_eq!(UNITS.get("kilometers").map(|u| u.unit), Some("kilometre"));
        assert_eq!(RATES.get("daily"), Some(&"day"));
        assert_eq!(HEDGES[0].0.len(), 4);
        assert_eq!(
            NUMBER_WORDS.get("million"),
            Some(&(1e6, NumberWordKind::Scale))
        );
    }

    #[test]
    fn each_canonical_unit_has_one_category() {
        // UNIT_CATEGORIES keeps one category per unit: a unit listed under
        // two (pound, the money and the weight) got whichever the map kept
        let mut seen: HashMap<&str, &str> = HashMap::default();
        for e in UNITS.values().filter(|e| e.per.is_none()) {
            let first = *seen.entry(e.unit).or_insert(e.category);
            assert_eq!(first, e.category, "{} is listed as two categories", e.unit);
        }
        assert_eq!(UNIT_CATEGORIES.get("pound-mass"), Some(&"count"));
        assert_eq!(UNIT_CATEGORIES.get("pound"), Some(&"money"));
    }

    #[test]
    fn with_lower_lowers_short_ascii_long_and_other_words_alike() {
        for w in ["Said", "ÉTAT", "Straße", &"X".repeat(40), ""] {
            assert_eq!(with_lower(w, str::to_string), w.to_lowercase());
        }
    }

    #[test]
    fn shapes_admit_listed_words_in_any_case_and_rule_out_others() {
        let s = Shapes::of(["said", "told", "a"]);
        for w in ["said", "SAID", "Sa1d", "told", "A", "a"] {
            assert!(s.admits(w.as_bytes()), "{w}");
        }
        for w in ["speak", "the", "sai", "", "ab", "’said"] {
            assert!(!s.admits(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn a_second_byte_other_than_a_letter_has_a_shape_of_its_own() {
        let s = Shapes::of(["c.e.o."]);
        assert!(s.admits(b"C.E.O.") && s.admits(b"c-e-o-"));
        assert!(!s.admits(b"chiefs") && !s.admits(b"said"));
    }

    #[test]
    fn a_word_without_a_shape_admits_everything() {
        let s = Shapes::of(["said", "état"]);
        assert!(s.admits(b"anything"));
    }
}
