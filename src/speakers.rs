//! Speaker resolution within an article: from a mention ("he", "Kim",
//! "Secretary Roe", "the defense minister") to a canonical [`Speaker`].
//!
//! A [`Registry`] of the article's capitalised names (with the titles that
//! stand before them) is built first, so a surname resolves to the fullest
//! name the article gives anywhere. The [`Resolver`] then walks the article
//! in order, remembering who spoke last, for pronouns and bare roles.
//! `attribution` hands it mentions; it hands back speakers.

use crate::claim::Speaker;
use crate::lexicon::{
    AFFILIATIONS, GIVEN_NAMES, NUMBER_WORDS, OFFICES, ORG_WORDS, PRONOUNS, STOPWORDS, Shapes,
    TITLES, lower, merged_lists, with_lower,
};
use crate::segment::{Token, TokenKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::hash::BuildHasher;
use std::ops::Range;
use std::sync::LazyLock;

/// A word as compared in names: without a possessive ending.
pub fn bare(word: &str) -> &str {
    for suffix in ["’s", "'s", "’", "'"] {
        if let Some(w) = word.strip_suffix(suffix)
            && !w.is_empty()
        {
            return w;
        }
    }
    word
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a word is a title that stands before a name ("Secretary").
pub fn is_title(word: &str) -> bool {
    lists_of(word) & TITLE != 0
}

/// Whether a word qualifies a title ("Defense" in "Defense Secretary").
pub fn is_office(word: &str) -> bool {
    lists_of(word) & OFFICE != 0
}

/// Day names: capitalised, but never part of a name.
pub const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

const PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "bin", "al", "la", "le", "da", "di", "du", "del", "dos",
    "ibn", "ben", "ten", "ter",
];

/// Whether token `i` can be part of a capitalised name run.
///
/// Asked of every token of the text: the quick answer for most of them,
/// inlined at the call, is apart from the rest of the test.
#[inline]
pub fn nameish(text: &str, toks: &[Token], i: usize) -> bool {
    let t = toks[i];
    // most words: lower-case ASCII, longer than any particle (below)
    t.kind == TokenKind::Word
        && !(text.as_bytes()[t.start].is_ascii_lowercase() && t.end - t.start > 3)
        && nameish_word(text, toks, i)
}

/// [`nameish`] for a word that is capitalised, not ASCII or short.
fn nameish_word(text: &str, toks: &[Token], i: usize) -> bool {
    let w = toks[i].text(text);
    if is_capitalised(w) {
        // "the State Department Thursday said": a day ends the name.
        return !is_weekday(w);
    }
    // "of" and particles join two capitalised words: "Secretary of State".
    // (no particle is longer than three letters; a test holds the list to it)
    // "for" joins them after a body or an office: "Office for National
    // Statistics", "Minister for Foreign Affairs".
    let for_ = w == "for";
    if !for_ && !is_particle(w) {
        return false;
    }
    let joins = i > 0
        && i + 1 < toks.len()
        && toks[i - 1].kind == TokenKind::Word
        && is_capitalised(toks[i - 1].text(text))
        && !ends_possessive(toks[i - 1].text(text))
        && is_capitalised(toks[i + 1].text(text));
    joins
        && (!for_
            || with_lower(toks[i - 1].text(text), |l| {
                let one = l.strip_suffix('s').unwrap_or(l);
                ORG_WORDS.contains(l) || ORG_WORDS.contains(one) || TITLES.contains(l)
            }))
}

/// Whether a lower-case word joins two capitalised words of a name: "of"
/// or one of [`PARTICLES`]. Asked of every short word of a text ("the",
/// "and", "in"), so the list is searched only for words of its first
/// letters.
fn is_particle(w: &str) -> bool {
    w.len() <= 3
        && matches!(
            w.as_bytes().first(),
            Some(b'a' | b'b' | b'd' | b'i' | b'l' | b'o' | b't' | b'v')
        )
        && (w == "of" || PARTICLES.contains(&w))
}

/// Whether a word is a day of the week, possessive or not ("Monday’s").
fn is_weekday(w: &str) -> bool {
    // every weekday is 6 to 9 letters, starts with one of five capitals
    // and ends in "day"
    w.len() >= 6
        && matches!(w.as_bytes()[0], b'M' | b'T' | b'W' | b'F' | b'S')
        && WEEKDAYS.contains(&bare(w))
}

/// Whether a word ends with a possessive ("Korea’s"): a name ends there.
pub fn ends_possessive(word: &str) -> bool {
    // a byte test first: a possessive ends in "s" or an apostrophe
    matches!(word.as_bytes().last(), Some(b's' | b'\'' | 0x99)) && bare(word).len() != word.len()
}

/// A name split into the title before it and the name proper.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NameParts {
    /// The title words as written ("Secretary of State"), possibly empty.
    pub role: Vec<String>,
    /// The name words, possessive stripped ("Jane", "Roe").
    pub name: Vec<String>,
}

/// What the word lists say of a word in a name run: one bit per list.
const STOP: u8 = 1;
const TITLE: u8 = 2;
const OFFICE: u8 = 4;
const AFFILIATION: u8 = 8;
const NUMBER: u8 = 16;

/// The lists a name-run word can be in, merged, so a word is lower-cased
/// and looked up once.
static WORD_LISTS: LazyLock<HashMap<&'static str, u8>> = LazyLock::new(|| {
    let mut lists = merged_lists([
        (&*STOPWORDS, STOP),
        (&*TITLES, TITLE),
        (&*OFFICES, OFFICE),
        (&*AFFILIATIONS, AFFILIATION),
    ]);
    for &w in NUMBER_WORDS.keys() {
        *lists.entry(w).or_insert(0) |= NUMBER;
    }
    lists
});

/// The lists `word` is in, in any case, as [`STOP`], [`TITLE`]... bits.
fn lists_of(word: &str) -> u8 {
    // most words of a name run are names, of no list's shape
    if word.is_ascii() && !WORD_LIST_SHAPES.admits(word.as_bytes()) {
        return 0;
    }
    let lists = with_lower(word, |l| WORD_LISTS.get(l).copied().unwrap_or(0));
    // "WHO", "IT": an acronym names a body even when its letters spell a
    // stop word
    if lists & STOP != 0 && is_acronym(word) {
        return lists & !STOP;
    }
    lists
}

/// The shapes of the words in [`WORD_LISTS`].
static WORD_LIST_SHAPES: LazyLock<Shapes> =
    LazyLock::new(|| Shapes::of(WORD_LISTS.keys().copied()));

/// Splits the words of a capitalised run at its last title word.
pub fn split_role(words: &[&str]) -> NameParts {
    split_role_skipping(words).0
}

/// [`split_role`], and how many stop words ("The", "WHO" is none) open
/// the run before its title or name.
pub fn split_role_skipping(words: &[&str]) -> (NameParts, usize) {
    let (role, name, skip) = role_and_name(words);
    // only the run's last word may be a possessive to strip: inside a name
    // it is printed ("Children's Hospital")
    let last = words.len().saturating_sub(1);
    let word = |i: usize| if i == last { bare(words[i]) } else { words[i] };
    let owned = |r: Range<usize>| r.map(|i| word(i).to_string()).collect();
    let parts = NameParts {
        role: owned(role),
        name: owned(name),
    };
    (parts, skip)
}

/// Where [`split_role`] splits `words`: the title's and the name's word
/// ranges, possessives not yet stripped, and the stop words skipped. A
/// run of number words ("One", "Two Hundred") holds neither.
fn role_and_name(words: &[&str]) -> (Range<usize>, Range<usize>, usize) {
    // runs are a few words: their list bits fit on the stack
    let mut small = [0u8; 16];
    let mut large = Vec::new();
    let lists: &mut [u8] = if words.len() <= small.len() {
        &mut small[..words.len()]
    } else {
        large.resize(words.len(), 0);
        &mut large
    };
    for (l, w) in lists.iter_mut().zip(words) {
        *l = lists_of(w);
    }
    let skip = lists.iter().take_while(|&&l| l & STOP != 0).count();
    if lists.iter().all(|&l| l & NUMBER != 0) {
        return (0..0, 0..0, skip);
    }
    let (words, lists) = (&words[skip..], &lists[skip..]);
    let is = |i: usize, bits: u8| lists[i] & bits != 0;
    let at = |r: Range<usize>| r.start + skip..r.end + skip;
    // A title word that ends a run after a plain name is a surname ("Mary
    // Major", "Ann Judge").
    let surname_title = |i: usize| i + 1 == words.len() && i > 0 && !is(i - 1, TITLE | OFFICE);
    let last_title = (0..words.len())
        .rev()
        .find(|&i| is(i, TITLE) && !surname_title(i));
    let Some(last_title) = last_title else {
        // "Republican Jane Roe": an affiliation, then the name.
        let n = (0..words.len())
            .take_while(|&i| is(i, AFFILIATION))
            .count()
            .min(words.len().saturating_sub(2));
        let end = n + person_before_of(&words[n..], None);
        return (at(0..n), at(n..end), skip);
    };
    let mut name_start = last_title + 1;
    while name_start + 1 < words.len() && is(name_start, OFFICE) {
        name_start += 1;
    }
    let mut role_start = last_title;
    while role_start > 0 && is(role_start - 1, TITLE | OFFICE) {
        role_start -= 1;
    }
    let name_end = name_start + person_before_of(&words[name_start..], Some(words[last_title]));
    // "Justice Department", "Department of Justice": a title word in a
    // body's name is no title
    let org = |w: &&str| with_lower(w, |l| ORG_WORDS.contains(l));
    let body_after = name_start < name_end && words[name_start..name_end].iter().all(org);
    let body_of = name_start == words.len()
        && last_title >= 2
        && matches!(words[last_title - 1], "of" | "for")
        && words[..last_title - 1].iter().any(org);
    if body_after || body_of {
        return (at(0..0), at(0..words.len()), skip);
    }
    (at(role_start..name_start), at(name_start..name_end), skip)
}

/// How many of a name's words to keep: all of them, or for a person
/// followed by where they are from ("Jane Q. Roe of Ohio", "Gov. Jane
/// Roe of Ohio") the words before "of". Two or more personal words are
/// needed before it, and a title or a known given name: "Bank of
/// Ohio" and "Royal Bank of Ohio" keep all their words. After "Mr." or
/// "Dr.", which only ever stand before a person's name, one word is
/// enough ("Mr. Roe of Acme Labs").
fn person_before_of(name: &[&str], title: Option<&str>) -> usize {
    let Some(of) = name.iter().position(|&w| w == "of") else {
        return name.len();
    };
    let person = if of == 1 {
        title.is_some_and(is_honorific) && !with_lower(name[0], |l| ORG_WORDS.contains(l))
    } else {
        of >= 2
            && looks_personal(&name[..of])
            && (title.is_some() || with_lower(name[0], |l| GIVEN_NAMES.contains_key(l)))
    };
    if person { of } else { name.len() }
}

/// Whether title word `w` is a title of address, used only before a
/// person's name ("Mr.", "Ms", "Dr.").
fn is_honorific(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    ["mr", "mrs", "ms", "miss", "mx", "dr"]
        .iter()
        .any(|h| h.eq_ignore_ascii_case(w))
}

/// One name the article gives, with what is known of its bearer.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    /// The name's words ("Jane", "Q.", "Roe", "Jr."), as the article
    /// writes them.
    pub words: Vec<&'a str>,
    /// The words joined by spaces, once: names are compared and copied
    /// often.
    joined: String,
    /// The fullest title seen before it, as written.
    pub role: Option<String>,
    /// All title words seen before it, lower case, for role look-ups.
    pub role_words: HashSet<String>,
    /// Whether the name looks like a person's (a title, or two or more
    /// words none of which names a place or body).
    pub person: bool,
    /// Body offsets where it stands, ascending.
    pub positions: Vec<usize>,
}

impl Entry<'_> {
    /// The name as one string.
    pub fn name(&self) -> &str {
        &self.joined
    }
}

/// The key of a name word in [`Registry`]'s index of words.
fn word_key(word: &str) -> u64 {
    // "De Vries" opening a sentence is "de Vries"
    if let Some(particle) = capitalised_particle(word) {
        return rustc_hash::FxBuildHasher.hash_one(particle);
    }
    rustc_hash::FxBuildHasher.hash_one(word)
}

/// A name particle written with a capital ("De", "Van"), in lower case.
fn capitalised_particle(word: &str) -> Option<&'static str> {
    // every particle is of two or three letters and opens with one of seven
    if !matches!(word.len(), 2 | 3)
        || !matches!(
            word.as_bytes()[0],
            b'A' | b'B' | b'D' | b'I' | b'L' | b'T' | b'V'
        )
    {
        return None;
    }
    PARTICLES
        .iter()
        .find(|p| p.eq_ignore_ascii_case(word))
        .copied()
}

/// Whether two words of names are the same word: as written, or one
/// particle in either case ("de" and "De").
fn same_name_word(a: &str, b: &str) -> bool {
    a == b
        || (a.eq_ignore_ascii_case(b)
            && capitalised_particle(a)
                .or(capitalised_particle(b))
                .is_some())
}

/// How many earlier names with the same surname a new name is compared
/// with for a short form of a given name.
const SHORT_FORM_NAMESAKES: usize = 16;

/// The names of one article.
#[derive(Debug, Default)]
pub struct Registry<'a> {
    entries: Vec<Entry<'a>>,
    /// Runs already added, as written, with the entry each named (`None`
    /// for a run that names nobody, such as "The"): names recur, and a
    /// run seen before only adds its position.
    seen: HashMap<&'a str, Option<usize>>,
    /// For each name word (by its hash: the candidates are checked word
    /// by word), the entries whose names hold it, in order: a mention's
    /// candidates are among those of its first word.
    by_word: HashMap<u64, Vec<usize>>,
}

impl<'a> Registry<'a> {
    /// Adds the capitalised runs of a tokenised paragraph at body `offset`,
    /// except those of its `sentences` set in headline case (whose
    /// capitalised runs are not names: "Minister Presses Her Case").
    pub fn add_paragraph(
        &mut self,
        text: &'a str,
        toks: &[Token],
        sentences: &[Range<usize>],
        offset: usize,
    ) {
        let mut headline = HeadlineCase::new(text, toks, sentences);
        let mut i = 0;
        while i < toks.len() {
            if !nameish(text, toks, i) {
                i += 1;
                continue;
            }
            // a run: nameish words up to a possessive ("Korea’s")
            let start = i;
            i += 1;
            while !ends_possessive(toks[i - 1].text(text))
                && i < toks.len()
                && nameish(text, toks, i)
            {
                i += 1;
            }
            let run = &text[toks[start].start..toks[i - 1].end];
            let pos = offset + toks[start].start;
            match self.seen.get(run) {
                Some(&Some(idx)) => self.entries[idx].positions.push(pos),
                Some(None) => {}
                // a new run in a headline is no name (one word, "The" or
                // "Clinton", is not asked: it names no one new)
                None if i - start > 1 && headline.holds(start..i) => {}
                None => {
                    let words: Vec<&'a str> = toks[start..i].iter().map(|t| t.text(text)).collect();
                    let idx = self.add(&words, pos);
                    self.seen.insert(run, idx);
                }
            }
        }
    }

    /// Records a run of capitalised words seen at `pos`; returns the entry
    /// it names, if any.
    pub fn add(&mut self, words: &[&'a str], pos: usize) -> Option<usize> {
        let (role, name, _) = role_and_name(words);
        if name.is_empty() {
            return None;
        }
        let role: Vec<&str> = words[role].iter().map(|w| bare(w)).collect();
        let name: Vec<&'a str> = words[name].iter().map(|w| bare(w)).collect();
        let person = !role.is_empty() || looks_personal(&name);
        let idx = match self.entry_named(&name) {
            Some(idx) => idx,
            None => self.new_entry(&name),
        };
        let e = &mut self.entries[idx];
        e.person |= person;
        e.positions.push(pos);
        for w in &role {
            if !with_lower(w, |l| e.role_words.contains(l)) {
                e.role_words.insert(lower(w).into_owned());
            }
        }
        let role_len = role
            .iter()
            .map(|w| w.len() + 1)
            .sum::<usize>()
            .saturating_sub(1);
        if !role.is_empty() && e.role.as_ref().is_none_or(|old| role_len > old.len()) {
            e.role = Some(role.join(" "));
        }
        Some(idx)
    }

    /// Adds an entry for the name `words`, indexed by each of its words.
    fn new_entry(&mut self, words: &[&'a str]) -> usize {
        let idx = self.entries.len();
        for w in words {
            let list = self.by_word.entry(word_key(w)).or_default();
            if list.last() != Some(&idx) {
                list.push(idx);
            }
        }
        self.entries.push(Entry {
            joined: words.join(" "),
            words: words.to_vec(),
            role: None,
            role_words: HashSet::default(),
            person: false,
            positions: Vec::new(),
        });
        self.join_short_form(idx);
        idx
    }

    /// Gives a short form of a person's name and its full form one
    /// canonical name, the full one: "Tim Sloan" and "Timothy J. Sloan",
    /// "Chris Roe" and "Christopher Roe". The short form has the same
    /// surname and a given name of three or more letters that begins the
    /// other's given name, both known given names of one gender.
    fn join_short_form(&mut self, idx: usize) {
        let words = &self.entries[idx].words;
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            return;
        };
        // cheap tests first: this is asked of every new name
        if words.len() < 2 || !with_lower(first, |l| GIVEN_NAMES.contains_key(l)) {
            return;
        }
        if !looks_personal(words) {
            return;
        }
        let Some(holding) = self.by_word.get(&word_key(last)) else {
            return;
        };
        // Both must be known given names of one gender: "Eric" and "Erica",
        // "Chris" and "Christina" are two people.
        let gender = |w: &str| with_lower(w, |l| GIVEN_NAMES.get(l).copied());
        let short_of = |short: &str, full: &str| {
            short.len() >= 3
                && full.len() > short.len()
                && full.starts_with(short)
                && gender(short).is_some()
                && gender(short) == gender(full)
        };
        let e = &self.entries;
        // the latest few namesakes: a list of thousands of one family's
        // names must not make this quadratic
        let found = holding
            .iter()
            .rev()
            .take(SHORT_FORM_NAMESAKES)
            .copied()
            .find_map(|j| {
                let other = &e[j].words;
                let same = j != idx && other.len() >= 2 && other.last() == Some(last);
                if !same || !looks_personal(other) {
                    return None;
                }
                if short_of(first, other[0]) {
                    Some((idx, j))
                } else if short_of(other[0], first) {
                    Some((j, idx))
                } else {
                    None
                }
            });
        if let Some((short, full)) = found {
            self.entries[short].joined = self.entries[full].joined.clone();
        }
    }

    /// The entry whose name is `words`, if any.
    fn entry_named(&self, words: &[&str]) -> Option<usize> {
        let holding = self.by_word.get(&word_key(words.first()?))?;
        holding.iter().copied().find(|&i| {
            let e = &self.entries[i].words;
            e.len() == words.len() && e.iter().zip(words).all(|(a, b)| same_name_word(a, b))
        })
    }

    /// The entries whose names hold `words` in order, fullest first.
    fn candidates(&self, words: &[String]) -> Vec<usize> {
        let every: Vec<usize>;
        let pool = match words.first() {
            Some(first) => self
                .by_word
                .get(&word_key(first))
                .map_or(&[][..], Vec::as_slice),
            None => {
                every = (0..self.entries.len()).collect();
                &every
            }
        };
        let mut c: Vec<usize> = pool
            .iter()
            .copied()
            .filter(|&i| is_subsequence(words, &self.entries[i].words))
            .collect();
        c.sort_by_key(|&i| std::cmp::Reverse(self.entries[i].words.len()));
        c
    }

    /// The entry at `idx`.
    pub fn entry(&self, idx: usize) -> &Entry<'a> {
        &self.entries[idx]
    }
}

/// Which sentences of a paragraph are set in headline case, asked in
/// order of position and worked out only for sentences that hold a name
/// run.
struct HeadlineCase<'p> {
    text: &'p str,
    toks: &'p [Token],
    sentences: &'p [Range<usize>],
    /// The sentence last asked about, and its answer.
    at: usize,
    answer: Option<bool>,
}

impl<'p> HeadlineCase<'p> {
    fn new(text: &'p str, toks: &'p [Token], sentences: &'p [Range<usize>]) -> Self {
        HeadlineCase {
            text,
            toks,
            sentences,
            at: 0,
            answer: None,
        }
    }

    /// Whether the sentence holding the run of tokens `run` is in headline
    /// case; runs are asked about in order.
    fn holds(&mut self, run: Range<usize>) -> bool {
        let pos = self.toks[run.start].start;
        while self.sentences.get(self.at).is_some_and(|s| s.end <= pos) {
            self.at += 1;
            self.answer = None;
        }
        let Some(s) = self.sentences.get(self.at).filter(|s| s.start <= pos) else {
            return false;
        };
        let (text, toks) = (self.text, self.toks);
        *self.answer.get_or_insert_with(|| {
            let last = run.end + toks[run.end..].partition_point(|t| t.start < s.end);
            // prose shows itself soon after a name: "Jane Roe said"
            if toks[run.end..last].iter().any(|t| prose_word(t.text(text))) {
                return false;
            }
            let first = toks[..run.start].partition_point(|t| t.start < s.start);
            headline_case(text, &toks[first..last])
        })
    }
}

/// A lower-case word that a headline would capitalise: a verb, a noun.
fn prose_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
        && (w.len() > 4 || !HEADLINE_LOWER.contains(&w))
}

/// Whether words are set in headline case ("Minister Presses Her Case
/// Over Cuts"): no lower-case word but the short ones headlines keep in
/// lower case, three or more capitalised words of four letters or more,
/// and either a capitalised function word after the first word, which
/// prose never has ("Her", "Over"), or six such long words. Prose
/// lower-cases its verbs, so "Minister Ana Park and Minister Leo Roe met."
/// is not a headline.
pub fn headline_case(text: &str, toks: &[Token]) -> bool {
    let words = || {
        toks.iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.text(text))
    };
    if words().any(prose_word) {
        return false;
    }
    let long = words()
        .filter(|w| w.len() >= 4 && w.chars().next().is_some_and(char::is_uppercase))
        .count();
    long >= 6
        || long >= 3
            && words()
                .skip(1)
                .any(|w| with_lower(w, |l| HEADLINE_CAPITALISED.contains(&l)))
}

/// The words a headline leaves in lower case: articles, conjunctions and
/// short prepositions.
const HEADLINE_LOWER: &[&str] = &[
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of",
    "off", "on", "per", "to", "up", "via", "vs", "from", "with", "into", "over",
];

/// Function words a headline capitalises and prose, past a sentence's
/// first word, does not.
const HEADLINE_CAPITALISED: &[&str] = &[
    "her", "his", "she", "he", "they", "its", "their", "our", "we", "you", "your", "him", "them",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "should", "not", "at", "for", "in", "on", "to", "by", "from", "with", "over", "into",
    "after", "about", "than", "that", "this", "but", "and", "or", "off", "out", "up",
];

/// Two or more words, none of them a place or body word: a person's name.
pub fn looks_personal<S: AsRef<str>>(name: &[S]) -> bool {
    name.len() >= 2
        && name
            .iter()
            .all(|w| !with_lower(w.as_ref(), |l| ORG_WORDS.contains(l)))
        && !name.iter().all(|w| {
            w.as_ref()
                .chars()
                .all(|c| c.is_uppercase() || !c.is_alphabetic())
        })
}

/// Whether `small` appears in `big` in order (gaps allowed).
fn is_subsequence<S: AsRef<str>, B: AsRef<str>>(small: &[S], big: &[B]) -> bool {
    let mut it = big.iter();
    small
        .iter()
        .all(|w| it.any(|b| same_name_word(b.as_ref(), w.as_ref())))
}

/// Who a mention names, as far as the words themselves tell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Form {
    /// A pronoun: `person` (he, she, I), `group` (they, we), `body` (it).
    Pronoun(&'static str),
    /// A capitalised name, possibly with a title before it.
    Name(NameParts),
    /// A title alone ("the defense minister"): its words, lower case.
    Role(Vec<String>),
    /// An unnamed group, body or document ("defense officials", "the joint
    /// statement"), as printed without determiners.
    Group(String),
    /// Several names joined by "and": the first is the speaker.
    List(Vec<NameParts>),
}

/// A mention of a speaker in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Body offset of the mention's first byte.
    pub start: usize,
    /// Body offset just past its last byte.
    pub end: usize,
    /// What the words say about who it is.
    pub form: Form,
}

/// Walks an article in order, resolving mentions to canonical speakers.
pub struct Resolver<'r> {
    registry: &'r Registry<'r>,
    /// People named so far, the most recent last (one place per name).
    persons: Vec<Speaker>,
    /// The last unnamed holder of a title who spoke ("the prime
    /// minister"), with the gender the title states: a pronoun's last
    /// resort.
    unnamed_person: Option<(Speaker, Option<Gender>)>,
    /// Genders learned from the article: a title, or a pronoun that
    /// resolved to the name.
    genders: HashMap<String, Gender>,
    last_group: Option<Speaker>,
    last_body: Option<Speaker>,
    /// The last few named bodies that spoke or opened a sentence, the most
    /// recent last: what "the company" and "the newspaper" stand for.
    named_bodies: Vec<Speaker>,
    spoke: HashSet<usize>,
    /// People described by a role in apposition ("John Doe, the chief
    /// executive of Acme,"), the most recent last, with the role's title
    /// words in lower case: whom "the chief executive" stands for later.
    described: Vec<(String, Vec<String>)>,
}

/// How many people described in apposition the resolver remembers.
const DESCRIBED: usize = 16;

/// Determiners and quantifiers dropped from an unnamed speaker's name.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
    "some", "several",
];

/// Head nouns of documents: what "it" can refer to when it "reads" or
/// "says", and what a source issues ("a statement saying …").
pub const DOCUMENTS: &[&str] = &[
    "statement",
    "communique",
    "communiqué",
    "report",
    "letter",
    "document",
    "memo",
    "email",
    "e-mail",
    "filing",
    "editorial",
    "complaint",
    "survey",
    "poll",
    "study",
    "release",
    "message",
    "note",
    "tweet",
    "post",
    "video",
];

/// How many named bodies [`Resolver`] keeps for definite descriptions.
const NAMED_BODIES: usize = 8;

/// Words of news media: heads of descriptions ("the daily") and words of
/// their names ("Post", "Times").
const MEDIA_WORDS: &[&str] = &[
    "newspaper",
    "daily",
    "tabloid",
    "magazine",
    "network",
    "broadcaster",
    "channel",
    "outlet",
    "publication",
    "website",
    "news",
    "post",
    "times",
    "journal",
    "press",
    "herald",
    "tribune",
];

/// Words of businesses: heads of descriptions ("the lender") and words of
/// their names ("Group", "Inc.").
const BUSINESS_WORDS: &[&str] = &[
    "company",
    "firm",
    "corporation",
    "conglomerate",
    "group",
    "bank",
    "lender",
    "insurer",
    "retailer",
    "airline",
    "carmaker",
    "automaker",
    "manufacturer",
    "publisher",
    "fund",
    "inc",
    "inc.",
    "corp",
    "corp.",
    "ltd",
    "ltd.",
    "co.",
    "llc",
];

/// Heads of descriptions of any body: they take a name that says nothing
/// of its kind ("WikiLeaks") or holds the head itself ("Acme Agency").
const GENERIC_BODY_HEADS: &[&str] = &["organization", "organisation", "agency", "charity"];

impl<'r> Resolver<'r> {
    /// A resolver over the names of one article.
    pub fn new(registry: &'r Registry<'r>) -> Resolver<'r> {
        Resolver {
            registry,
            persons: Vec::new(),
            unnamed_person: None,
            genders: HashMap::default(),
            last_group: None,
            last_body: None,
            named_bodies: Vec::new(),
            spoke: HashSet::default(),
            described: Vec::new(),
        }
    }

    /// Remembers that the person `name` was described by `role` (title
    /// words in lower case, as [`SentenceView::description_of`] gives
    /// them), so that the role alone names them later ("the chief
    /// executive said").
    ///
    /// [`SentenceView::description_of`]: crate::attribution::SentenceView::description_of
    pub fn describe(&mut self, name: &str, role: Vec<String>) {
        self.described.retain(|(n, _)| n != name);
        if self.described.len() == DESCRIBED {
            self.described.remove(0);
        }
        self.described.push((name.to_string(), role));
    }

    /// The speaker a mention (written `text` in the body) names, and
    /// remembers it as the last speaker of its kind.
    pub fn resolve(&mut self, m: &Mention, text: &str) -> Option<Speaker> {
        let speaker = self.lookup(m, text)?;
        self.remember(m, &speaker);
        Some(speaker)
    }

    /// Resolves without remembering (for numbers in attributed sentences).
    pub fn lookup(&self, m: &Mention, text: &str) -> Option<Speaker> {
        let mention = text.to_string();
        match &m.form {
            Form::Pronoun(kind) => {
                let found = match *kind {
                    "group" => self.last_group.clone().or_else(|| self.last_body.clone()),
                    "body" => self.last_body.clone().or_else(|| self.last_group.clone()),
                    _ => self.person_for(pronoun_gender(text), m.start),
                };
                found.map(|s| Speaker { mention, ..s })
            }
            Form::Name(parts) => Some(self.named(parts, m.start, mention)),
            Form::List(list) => Some(self.named(&list[0], m.start, mention)),
            // "a spokesman", "one MP": someone new, not the holder named before
            Form::Role(words) if is_indefinite(text) => Some(Speaker {
                name: words.join(" "),
                mention,
                role: None,
            }),
            Form::Role(words) => self
                .by_role(words, m.start)
                .or_else(|| self.described(words.iter().map(String::as_str), text))
                .or_else(|| {
                    Some(Speaker {
                        name: words.join(" "),
                        mention,
                        role: None,
                    })
                })
                .map(|mut s| {
                    s.mention = text.to_string();
                    s
                }),
            Form::Group(name) => Some(
                self.described(name.split(' '), text)
                    .unwrap_or_else(|| self.group(name, mention)),
            ),
        }
    }

    /// "the chief executive", "the spokesman": a definite description
    /// (`text`) whose `words` hold a title names the person last described
    /// in apposition by those words.
    fn described<'w>(&self, words: impl Iterator<Item = &'w str>, text: &str) -> Option<Speaker> {
        if self.described.is_empty() || !text.get(..4)?.eq_ignore_ascii_case("the ") {
            return None;
        }
        let words = title_words(words)?;
        let (name, role) = self
            .described
            .iter()
            .rev()
            .find(|(_, role)| words.iter().all(|w| role.contains(w)))?;
        Some(Speaker {
            name: name.clone(),
            mention: text.to_string(),
            role: Some(role.join(" ")),
        })
    }

    /// Remembers a resolved speaker for later pronouns.
    fn remember(&mut self, m: &Mention, s: &Speaker) {
        match &m.form {
            Form::Pronoun("group") | Form::List(_) => {
                if let Form::List(_) = m.form {
                    self.push_person(s);
                }
                self.last_group = Some(s.clone());
            }
            Form::Pronoun("body") => self.last_body = Some(s.clone()),
            Form::Group(name) => {
                let head = name.rsplit(' ').next().unwrap_or(name);
                if let Some(gender) = person_head(head) {
                    // "a nurse said …; she added": a person for pronouns
                    if let Some(g) = gender {
                        self.genders.entry(s.name.clone()).or_insert(g);
                    }
                    self.push_person(s);
                } else if DOCUMENTS.contains(&head) || !head.ends_with('s') {
                    self.last_body = Some(s.clone());
                } else {
                    self.last_group = Some(s.clone());
                }
            }
            Form::Pronoun(_) => {
                if let Some(g) = pronoun_gender(&s.mention) {
                    self.genders.entry(s.name.clone()).or_insert(g);
                }
                self.push_person(s);
            }
            _ => {
                // "the prime minister said …; he added": with no one named,
                // a title names the person a pronoun may stand for
                if let Form::Role(words) = &m.form
                    && !self.is_person(s)
                {
                    let gender = title_gender(&words.join(" "));
                    self.unnamed_person = Some((s.clone(), gender));
                }
                if self.is_person(s) {
                    self.push_person(s);
                } else {
                    self.last_body = Some(s.clone());
                    if evidently_body(s.name.split(' ')) {
                        self.note_named_body(s);
                    }
                }
            }
        }
        if let Some(idx) = self
            .registry
            .entries
            .iter()
            .position(|e| e.name() == s.name)
        {
            self.spoke.insert(idx);
        }
    }

    /// Whether a resolved speaker is a person: a title, or a name the
    /// article gives as a person's.
    fn is_person(&self, s: &Speaker) -> bool {
        s.role.is_some()
            || self
                .registry
                .entries
                .iter()
                .any(|e| e.person && e.name() == s.name)
    }

    /// Makes `s` the most recent person.
    fn push_person(&mut self, s: &Speaker) {
        if let Some(g) = s.role.as_deref().and_then(title_gender) {
            self.genders.entry(s.name.clone()).or_insert(g);
        }
        self.persons.retain(|p| p.name != s.name);
        self.persons.push(s.clone());
    }

    /// The person a pronoun of gender `g` at body offset `pos` stands for:
    /// the most recent speaker or subject whose gender does not rule it
    /// out, else the last person named before it who is of that gender.
    /// Nobody the article shows to be of the other gender: a wrong speaker
    /// misleads, where a missing one only leaves a gap.
    fn person_for(&self, g: Option<Gender>, pos: usize) -> Option<Speaker> {
        let unnamed = || {
            let (s, have) = self.unnamed_person.as_ref()?;
            (g.is_none() || have.is_none() || *have == g).then(|| s.clone())
        };
        let Some(g) = g else {
            return self
                .persons
                .last()
                .cloned()
                .or_else(|| self.named_before(None, pos))
                .or_else(unnamed);
        };
        self.persons
            .iter()
            .rev()
            .find(|p| self.gender(&p.name).is_none_or(|have| have == g))
            .cloned()
            .or_else(|| self.named_before(Some(g), pos))
            .or_else(unnamed)
    }

    /// The person (of gender `g`, if given) named last before `pos`.
    fn named_before(&self, g: Option<Gender>, pos: usize) -> Option<Speaker> {
        let e = &self.registry.entries;
        (0..e.len())
            .filter(|&i| e[i].person && g.is_none_or(|g| self.entry_gender(i) == Some(g)))
            .filter_map(|i| {
                let at = e[i].positions.iter().rev().find(|&&p| p < pos)?;
                Some((*at, i))
            })
            .max()
            .map(|(_, i)| Speaker {
                name: e[i].name().to_string(),
                mention: String::new(),
                role: e[i].role.clone(),
            })
    }

    /// A registry entry's gender, from its title or given name.
    fn entry_gender(&self, i: usize) -> Option<Gender> {
        let e = &self.registry.entries[i];
        e.role
            .as_deref()
            .and_then(title_gender)
            .or_else(|| self.gender(e.name()))
    }

    /// What the article or the given name tells of a person's gender.
    fn gender(&self, name: &str) -> Option<Gender> {
        self.genders.get(name).copied().or_else(|| {
            let first = name.split_whitespace().next()?;
            match with_lower(first, |l| GIVEN_NAMES.get(l).copied())? {
                'm' => Some(Gender::Male),
                'f' => Some(Gender::Female),
                _ => None,
            }
        })
    }

    /// Notes a document or body named in passing ("issued a joint
    /// statement"), so that a later "it read" finds it.
    pub fn note_body(&mut self, name: &str, mention: &str) {
        self.last_body = Some(Speaker {
            name: name.to_string(),
            mention: mention.to_string(),
            role: None,
        });
    }

    /// Notes a name that opens a sentence: a person, for "he" and "she";
    /// a body whose name says so ("The Daily Herald"), for "the newspaper".
    pub fn note_named(&mut self, parts: &NameParts, pos: usize, mention: &str) {
        let s = self.named(parts, pos, mention.to_string());
        let Some(idx) = self
            .registry
            .entries
            .iter()
            .position(|e| e.name() == s.name)
        else {
            return;
        };
        let entry = &self.registry.entries[idx];
        // "Her husband, Luis, lost his job": a given name alone, as a
        // sentence's subject, is a person
        let given =
            matches!(entry.words[..], [w] if with_lower(w, |l| GIVEN_NAMES.contains_key(l)));
        if entry.person || given {
            self.push_person(&s);
        } else if evidently_body(entry.words.iter().copied()) {
            self.note_named_body(&s);
        }
    }

    /// Notes several people as one subject ("X, Y and Z met"), for "they".
    pub fn note_group(&mut self, first: &NameParts, pos: usize, mention: &str) {
        self.last_group = Some(self.named(first, pos, mention.to_string()));
    }

    /// The canonical speaker for a name: the fullest entry holding its words.
    fn named(&self, parts: &NameParts, pos: usize, mention: String) -> Speaker {
        let role = (!parts.role.is_empty()).then(|| parts.role.join(" "));
        if parts.name.is_empty() {
            let words: Vec<String> = parts.role.iter().map(|w| lower(w).into_owned()).collect();
            return self
                .by_role(&words, pos)
                .map(|s| Speaker {
                    mention: mention.clone(),
                    ..s
                })
                .unwrap_or(Speaker {
                    name: parts.role.join(" "),
                    mention,
                    role: None,
                });
        }
        let mut cands = self.registry.candidates(&parts.name);
        // "Mrs. Roe" is not the John Roe of the article.
        if let Some(g) = role.as_deref().and_then(title_gender) {
            cands.retain(|&i| self.entry_gender(i).is_none_or(|have| have == g));
        }
        match self.pick(&cands, pos).map(|p| self.own_body(&cands, p)) {
            Some(idx) => {
                let e = &self.registry.entries[idx];
                Speaker {
                    name: e.name().to_string(),
                    mention,
                    role: role.or_else(|| e.role.clone()),
                }
            }
            None => Speaker {
                name: parts.name.join(" "),
                mention,
                role,
            },
        }
    }

    /// A body keeps its own name against a fuller one that extends it at
    /// the end: "the United Nations" is not the "United Nations High
    /// Commissioner" of the article (while "State Department" is the
    /// "U.S. State Department", and "Roe" is "Jane Roe"). `picked` is what
    /// [`Self::pick`] chose; the exact entry, if any, is the last of
    /// `cands` (fullest first).
    fn own_body(&self, cands: &[usize], picked: usize) -> usize {
        let e = &self.registry.entries;
        let Some(&exact) = cands.last() else {
            return picked;
        };
        let own = exact != picked
            && !e[exact].person
            && e[exact].words.len() >= 2
            && e[picked].words.starts_with(&e[exact].words)
            && evidently_body(e[exact].words.iter().copied());
        if own { exact } else { picked }
    }

    /// Among candidate entries (fullest first), the one meant: the fullest of
    /// the names that contain the others; between distinct people, the one
    /// who has spoken, then the one named most recently.
    fn pick(&self, cands: &[usize], pos: usize) -> Option<usize> {
        let e = &self.registry.entries;
        let maximal: Vec<usize> = cands
            .iter()
            .copied()
            .filter(|&i| {
                !cands.iter().any(|&j| {
                    j != i
                        && e[j].words.len() > e[i].words.len()
                        && is_subsequence(&e[i].words, &e[j].words)
                })
            })
            .collect();
        // A surname that is also the first word of a body ("White" of "White
        // House") names the person.
        let maximal = if maximal.iter().any(|&i| e[i].person) {
            maximal.into_iter().filter(|&i| e[i].person).collect()
        } else {
            maximal
        };
        if maximal.len() <= 1 {
            return maximal.first().copied();
        }
        let spoke: Vec<usize> = maximal
            .iter()
            .copied()
            .filter(|i| self.spoke.contains(i))
            .collect();
        let pool = if spoke.is_empty() { maximal } else { spoke };
        let recency = |i: usize| e[i].positions.iter().rev().find(|&&p| p <= pos).copied();
        pool.iter().copied().max_by_key(|&i| {
            (
                recency(i).map_or(0, |p| p + 1),
                std::cmp::Reverse(e[i].positions[0]),
            )
        })
    }

    /// The person whose titles hold all the title words of a bare role.
    fn by_role(&self, words: &[String], pos: usize) -> Option<Speaker> {
        let wanted: Vec<String> = words
            .iter()
            .map(|w| lower(w).into_owned())
            .filter(|w| {
                is_title(w)
                    || (is_office(w) && !DETERMINERS.contains(&w.as_str()) && w.as_str() != "of")
            })
            .collect();
        if !wanted.iter().any(|w| is_title(w)) {
            return None;
        }
        let cands: Vec<usize> = (0..self.registry.entries.len())
            .filter(|&i| {
                wanted
                    .iter()
                    .all(|w| self.registry.entries[i].role_words.contains(w.as_str()))
            })
            .collect();
        let idx = self.pick(&cands, pos).or_else(|| {
            // No title matches in full: the last person who spoke, if any of
            // the role's title words is theirs.
            let last = self.persons.last()?;
            let i = self
                .registry
                .entries
                .iter()
                .position(|e| e.name() == last.name)?;
            wanted
                .iter()
                .any(|w| self.registry.entries[i].role_words.contains(w.as_str()))
                .then_some(i)
        })?;
        let e = &self.registry.entries[idx];
        Some(Speaker {
            name: e.name().to_string(),
            mention: String::new(),
            role: e.role.clone(),
        })
    }

    /// An unnamed group or document, as printed; a bare document noun takes
    /// the fuller name of the last document of its kind ("the statement" →
    /// "joint statement").
    fn group(&self, name: &str, mention: String) -> Speaker {
        if let Some(body) = self.named_body_for(name, &mention) {
            return Speaker {
                mention,
                ..body.clone()
            };
        }
        if let Some(body) = &self.last_body
            && body.name != name
            && body.name.ends_with(name)
            && !is_indefinite(&mention)
        {
            return Speaker {
                mention,
                ..body.clone()
            };
        }
        Speaker {
            name: name.to_string(),
            mention,
            role: None,
        }
    }

    /// Makes `s` the most recent named body.
    fn note_named_body(&mut self, s: &Speaker) {
        self.named_bodies.retain(|b| b.name != s.name);
        if self.named_bodies.len() == NAMED_BODIES {
            self.named_bodies.remove(0);
        }
        self.named_bodies.push(s.clone());
    }

    /// The named body a definite description stands for: "the company",
    /// "the influential daily" after the article has named one of that
    /// kind.
    fn named_body_for(&self, name: &str, mention: &str) -> Option<&Speaker> {
        let definite = mention.get(..4)?.eq_ignore_ascii_case("the ");
        let head = name.rsplit(' ').next()?;
        if !definite || name.contains(" of ") || body_kind(head).is_none() {
            return None;
        }
        self.named_bodies
            .iter()
            .rev()
            .find(|b| may_describe(head, &b.name))
    }
}

/// What kind of body a head noun or a word of a name tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BodyKind {
    /// A newspaper, network, outlet ([`MEDIA_WORDS`]).
    Media,
    /// A company, bank, lender ([`BUSINESS_WORDS`]).
    Business,
    /// Any body ([`GENERIC_BODY_HEADS`]).
    Generic,
}

/// The kind of body `word` tells, if any.
fn body_kind(word: &str) -> Option<BodyKind> {
    with_lower(word, |l| {
        if MEDIA_WORDS.contains(&l) {
            Some(BodyKind::Media)
        } else if BUSINESS_WORDS.contains(&l) {
            Some(BodyKind::Business)
        } else if GENERIC_BODY_HEADS.contains(&l) {
            Some(BodyKind::Generic)
        } else {
            None
        }
    })
}

/// Whether "the `head`" may stand for the body named `name`: the name
/// holds the head, says nothing of its kind, or holds a word of the
/// head's kind ("the daily" for "The Daily Herald", not for "Acme Bank").
fn may_describe(head: &str, name: &str) -> bool {
    let kind = body_kind(head);
    let mut words = name.split(' ');
    let says_kind = |w: &str| with_lower(w, |l| ORG_WORDS.contains(l));
    words.clone().any(|w| w.eq_ignore_ascii_case(head))
        || !words.clone().any(says_kind)
        || kind != Some(BodyKind::Generic) && words.any(|w| body_kind(w) == kind)
}

/// Whether a name not known as a person's is evidently a body's: it holds
/// a body word ("Daily Herald", "Acme Group") or a capital past a word's
/// first letter ("ACME", "WikiLeaks"). "Lloyd" alone may be anyone.
fn evidently_body<'w>(mut words: impl Iterator<Item = &'w str>) -> bool {
    words.any(|w| {
        with_lower(w, |l| ORG_WORDS.contains(l)) || w.chars().skip(1).any(char::is_uppercase)
    })
}

/// Which of "he" and "she" a person takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// "he"
    Male,
    /// "she"
    Female,
}

/// The gender a pronoun states ("she" → female; "I", "they" → none).
fn pronoun_gender(word: &str) -> Option<Gender> {
    match &*lower(without_contraction(word)) {
        "he" | "him" | "his" => Some(Gender::Male),
        "she" | "her" | "hers" => Some(Gender::Female),
        _ => None,
    }
}

/// The gender a title states ("Mrs." → female).
fn title_gender(role: &str) -> Option<Gender> {
    role.split_whitespace().find_map(|w| {
        with_lower(w, |l| match l.trim_end_matches('.') {
            "mr" | "sir" | "lord" | "king" | "prince" | "father" | "brother" | "congressman"
            | "spokesman" | "chairman" | "councilman" => Some(Gender::Male),
            "mrs" | "ms" | "miss" | "madam" | "dame" | "lady" | "queen" | "princess" | "sister"
            | "congresswoman" | "spokeswoman" | "chairwoman" | "councilwoman" => {
                Some(Gender::Female)
            }
            _ => None,
        })
    })
}

/// Whether `head`, the last word of an unnamed speaker ("a nurse", "the
/// spokeswoman"), names one person, and the gender it states if any.
fn person_head(head: &str) -> Option<Option<Gender>> {
    match head {
        "woman" | "spokeswoman" => Some(Some(Gender::Female)),
        "man" | "spokesman" => Some(Some(Gender::Male)),
        "person" | "spokesperson" | "voter" | "worker" | "employee" | "student" | "teacher"
        | "parent" | "doctor" | "nurse" | "patient" | "farmer" | "soldier" | "veteran"
        | "victim" | "survivor" | "owner" | "customer" | "shopper" | "supporter" | "critic"
        | "activist" | "protester" | "demonstrator" | "participant" | "attendee" | "member"
        | "executive" | "manager" | "investor" | "trader" | "banker" | "journalist"
        | "reporter" | "candidate" | "questioner" | "respondent" | "neighbor" | "neighbour"
        | "relative" | "friend" | "passenger" | "witness" | "resident" | "official" | "aide"
        | "adviser" | "advisor" | "lawyer" | "attorney" | "analyst" | "expert" | "diplomat"
        | "researcher" | "scientist" | "economist" | "professor" => Some(None),
        _ => None,
    }
}

/// The unnamed speaker's name: its words without leading determiners.
pub fn group_name(words: &[&str]) -> String {
    let mut w = words;
    while let Some((first, rest)) = w.split_first() {
        if DETERMINERS.contains(&&*lower(first)) {
            w = rest;
        } else {
            break;
        }
    }
    w.join(" ")
}

/// The title and office words of a role, in lower case, if it holds a
/// title: "hospital spokesman" gives `["spokesman"]`, "Deputy Health
/// Minister" `["deputy", "health", "minister"]`.
pub fn title_words<'w>(words: impl Iterator<Item = &'w str>) -> Option<Vec<String>> {
    let words: Vec<String> = words
        .map(|w| lower(w).into_owned())
        .filter(|w| is_title(w) || is_office(w))
        .collect();
    words.iter().any(|w| is_title(w)).then_some(words)
}

/// Whether a mention opens with "a", "an", "one" or "another": a new one
/// of its kind, not one named before ("a statement" after "a joint
/// statement", "a spokesman" after "spokesman Tom Lee").
fn is_indefinite(mention: &str) -> bool {
    let first = mention.split(' ').next().unwrap_or("");
    ["a", "an", "one", "another"]
        .iter()
        .any(|d| first.eq_ignore_ascii_case(d))
}

/// The kind of speaker a pronoun stands for, if the word is one.
pub fn pronoun_kind(word: &str) -> Option<&'static str> {
    if is_acronym(word) {
        return None;
    }
    with_lower(word, |l| PRONOUNS.get(l).copied())
}

/// Whether a word of two letters or more is written all in capitals: an
/// acronym ("WHO", "IT" as names of bodies), never a pronoun.
fn is_acronym(word: &str) -> bool {
    word.len() > 1 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// [`pronoun_kind`] of a subject, which may carry a contracted verb
/// ("They're", "he’s"): asked only of the word before a cue or opening a
/// sentence.
pub fn subject_pronoun_kind(word: &str) -> Option<&'static str> {
    pronoun_kind(word).or_else(|| {
        let stem = without_contraction(word);
        (stem.len() < word.len())
            .then(|| pronoun_kind(stem))
            .flatten()
    })
}

/// A word without a contracted verb after it: "They're" is "They",
/// "he’s" is "he"; other words stay whole.
fn without_contraction(word: &str) -> &str {
    // a byte scan: this is asked of every short word that is no pronoun
    let Some(at) = word.bytes().position(|b| b == b'\'' || b == 0xE2) else {
        return word;
    };
    let rest = &word[at..];
    let rest = rest
        .strip_prefix('\'')
        .or_else(|| rest.strip_prefix('’'))
        .unwrap_or(rest);
    if matches!(rest, "s" | "re" | "ve" | "ll" | "d" | "m") {
        &word[..at]
    } else {
        word
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_tests_of_nameish_hold_for_its_word_lists() {
        assert!(PARTICLES.iter().all(|p| p.len() <= 3 && is_particle(p)));
        // and each written with a capital is known as one
        for p in PARTICLES {
            let capital = p[..1].to_uppercase() + &p[1..];
            assert_eq!(capitalised_particle(&capital), Some(*p));
        }
        assert!(is_particle("of") && !is_particle("the") && !is_particle("Al"));
        assert!(WEEKDAYS.iter().all(|d| d.len() >= 6 && d.ends_with("day")));
        assert!(WEEKDAYS.iter().all(|d| is_weekday(d)));
        assert!(is_weekday("Thursday’s") && !is_weekday("Day"));
    }

    #[test]
    fn a_title_word_in_a_bodys_name_is_no_title() {
        let parts = |w: &[&str]| {
            let p = split_role(w);
            (p.role.join(" "), p.name.join(" "))
        };
        assert_eq!(
            parts(&["Justice", "Department"]),
            (String::new(), "Justice Department".into())
        );
        assert_eq!(
            parts(&["Court", "of", "Justice"]),
            (String::new(), "Court of Justice".into())
        );
        // a title before a person, or a role alone, stays one
        assert_eq!(
            parts(&["Minister", "of", "Justice"]),
            ("Minister of Justice".into(), String::new())
        );
        assert_eq!(parts(&["Police", "Chief", "Ana", "Park"]).1, "Ana Park");
    }

    #[test]
    fn a_subject_pronoun_may_carry_a_contracted_verb() {
        assert_eq!(subject_pronoun_kind("They're"), Some("group"));
        assert_eq!(subject_pronoun_kind("she’s"), Some("person"));
        assert_eq!(subject_pronoun_kind("Roe’s"), None);
        assert_eq!(subject_pronoun_kind("they’ren"), None);
        assert_eq!(pronoun_gender("He's"), Some(Gender::Male));
    }

    #[test]
    fn a_day_name_ends_a_name_run() {
        let text = "the State Department Thursday said";
        let toks = crate::segment::tokens(text);
        let run: Vec<bool> = (0..toks.len()).map(|i| nameish(text, &toks, i)).collect();
        assert_eq!(run, [false, true, true, false, false]);
    }
    use crate::segment::tokens;

    fn registry(text: &str) -> Registry<'_> {
        let mut r = Registry::default();
        r.add_paragraph(
            text,
            &tokens(text),
            &crate::segment::sentences(text, &[]),
            0,
        );
        r
    }

    fn name(words: &[&str]) -> NameParts {
        split_role(words)
    }

    fn mention(form: Form, pos: usize) -> Mention {
        Mention {
            start: pos,
            end: pos,
            form,
        }
    }

    #[test]
    fn a_recurring_run_adds_its_position_to_the_same_entry() {
        let text = "Minister Jane Roe spoke. Then Jane Roe left. The Minister Jane Roe came.";
        let r = registry(text);
        let roe: Vec<&Entry> = r
            .entries
            .iter()
            .filter(|e| e.name() == "Jane Roe")
            .collect();
        assert_eq!(roe.len(), 1);
        // a position is where the run starts, title or opener included
        assert_eq!(roe[0].positions, [0, 25, 45]);
        assert_eq!(roe[0].role.as_deref(), Some("Minister"));
        assert!(roe[0].person);
    }

    #[test]
    fn a_headline_case_sentence_names_nobody() {
        let text = "Jane Roe Presses Her Case Over Budget Cuts. Then Minister \
                    Jane Roe said she would stay. Acme Board Meets With Its Lenders.";
        let r = registry(text);
        let names: Vec<&str> = r.entries.iter().map(Entry::name).collect();
        assert_eq!(names, ["Jane Roe"]);
        let toks = tokens(text);
        assert!(headline_case(text, &toks[..8]));
        let not = |s: &str| !headline_case(s, &tokens(s));
        // prose lower-cases its verbs, however many names it holds
        assert!(not("Minister Ana Park and Minister Leo Roe met."));
        // a line of names alone: no function word, fewer than six
        assert!(not("Jane Roe, Acme Corp."));
        let many = "Acme Bank Abruptly Drops Pacific Network Accounts.";
        assert!(headline_case(many, &tokens(many)));
    }

    #[test]
    fn a_title_word_after_a_name_is_a_surname() {
        assert_eq!(split_role(&["Mary", "Major"]).name, vec!["Mary", "Major"]);
        assert_eq!(
            split_role(&["Defense", "Secretary"]).role,
            vec!["Defense", "Secretary"]
        );
    }

    #[test]
    fn where_a_person_is_from_is_not_part_of_the_name() {
        let p = split_role(&["Gov.", "Ana", "Q.", "Park", "of", "Ohio"]);
        assert_eq!(p.role, ["Gov."]);
        assert_eq!(p.name, ["Ana", "Q.", "Park"]);
        let p = split_role(&["Mary", "Roe", "of", "Acme", "Labs"]);
        assert_eq!(p.name, ["Mary", "Roe"]);
        let p = split_role(&["Mr.", "Roe", "of", "Zeta", "Sans", "Frontières"]);
        assert_eq!(p.name, ["Roe"]);
        // a title of office may stand before a body's name
        let p = split_role(&["General", "Bank", "of", "Ohio"]);
        assert_eq!(p.name, ["Bank", "of", "Ohio"]);
        // bodies keep their "of", and so does a name with neither a title
        // nor a known given name, for want of evidence
        for body in [
            &["Bank", "of", "Ohio"][..],
            &["Royal", "Bank", "of", "Ohio"],
            &["Xq", "Roe", "of", "Ohio"],
        ] {
            assert_eq!(split_role(body).name, body);
        }
    }

    #[test]
    fn titles_split_from_names() {
        let p = split_role(&["Secretary", "of", "State", "Jane", "Q.", "Roe"]);
        assert_eq!(p.role, ["Secretary", "of", "State"]);
        assert_eq!(p.name, ["Jane", "Q.", "Roe"]);
        let p = split_role(&["The", "Foreign", "Minister", "Park", "Min-ho’s"]);
        assert_eq!(p.role, ["Foreign", "Minister"]);
        assert_eq!(p.name, ["Park", "Min-ho"]);
        // police ranks, abbreviated without periods as British papers do
        let p = split_role(&["Det", "Ch", "Insp", "Jane", "Roe"]);
        assert_eq!(p.role, ["Det", "Ch", "Insp"]);
        assert_eq!(p.name, ["Jane", "Roe"]);
        // hyphenated titles of international bodies, and the surgeon general
        let p = split_role(&["WHO", "Director-General", "Ana", "Ruiz"]);
        assert_eq!(p.name, ["Ana", "Ruiz"]);
        let p = split_role(&["Surgeon", "General", "Ana", "Ruiz"]);
        assert_eq!(p.role, ["Surgeon", "General"]);
        // a possessive inside a name is printed; only the run's end is bared
        let p = split_role(&["Children’s", "Hospital", "of", "Ohio’s"]);
        assert_eq!(p.name, ["Children’s", "Hospital", "of", "Ohio"]);
    }

    #[test]
    fn surname_and_first_name_resolve_to_fullest_name() {
        let text = "Labor Secretary Maria Q. Fenwick Jr. met Maria Fenwick's aides.";
        let r = registry(text);
        let res = Resolver::new(&r);
        let s = res
            .lookup(&mention(Form::Name(name(&["Fenwick"])), 50), "Fenwick")
            .unwrap();
        assert_eq!(s.name, "Maria Q. Fenwick Jr.");
        assert_eq!(s.role.as_deref(), Some("Labor Secretary"));
        let s = res
            .lookup(
                &mention(Form::Name(name(&["Secretary", "Maria"])), 50),
                "Secretary Maria",
            )
            .unwrap();
        assert_eq!(s.name, "Maria Q. Fenwick Jr.");
    }

    #[test]
    fn shared_surname_goes_to_who_spoke() {
        let text = "Mayor Ana Park spoke. Later, Governor Leo Park arrived.";
        let r = registry(text);
        let mut res = Resolver::new(&r);
        res.resolve(
            &mention(Form::Name(name(&["Mayor", "Ana", "Park"])), 0),
            "Mayor Ana Park",
        );
        let s = res
            .lookup(&mention(Form::Name(name(&["Park"])), 60), "Park")
            .unwrap();
        assert_eq!(s.name, "Ana Park");
    }

    #[test]
    fn pronoun_takes_last_person_and_role_matches_titles() {
        let text = "Interior Minister Sam Odu and Health Minister Ada Ene met.";
        let r = registry(text);
        let mut res = Resolver::new(&r);
        res.resolve(&mention(Form::Name(name(&["Odu"])), 70), "Odu");
        assert_eq!(
            res.lookup(&mention(Form::Pronoun("person"), 80), "he")
                .unwrap()
                .name,
            "Sam Odu"
        );
        let role = Form::Role(vec!["the".into(), "health".into(), "minister".into()]);
        assert_eq!(
            res.lookup(&mention(role, 90), "the health minister")
                .unwrap()
                .name,
            "Ada Ene"
        );
    }

    #[test]
    fn bare_document_takes_fuller_name() {
        let r = Registry::default();
        let mut res = Resolver::new(&r);
        res.note_body("joint statement", "a joint statement");
        let s = res
            .lookup(
                &mention(Form::Group("statement".into()), 0),
                "the statement",
            )
            .unwrap();
        assert_eq!(s.name, "joint statement");
        let mut res = Resolver::new(&r);
        res.note_body("joint statement", "a joint statement");
        let group = mention(Form::Group("statement".into()), 0);
        let s = res.lookup(&group, "a statement").unwrap();
        assert_eq!(s.name, "statement", "a new one of its kind");
    }
}
