//! Attribution: the cues in a sentence ("said", "according to") and the
//! mention of who speaks through each ("Roe", "he", "the joint
//! statement").
//!
//! A sentence is seen as a list of [`Item`]s: word and punctuation tokens,
//! with each quotation collapsed into one item, so the shapes of news
//! attribution read directly: `Q , NP said`, `Q , said NP`, `NP said : Q`,
//! `according to NP , ... Q`, `NP said that ... Q ...`. `extract` decides
//! which cue speaks for which quotation and resolves the mentions.

use crate::lexicon::{
    AFFILIATIONS, CUE_PHRASES, CUE_VERBS, NOUNS_IN_LY, NUMBER_WORDS, OBJECT_CUE_VERBS, ORG_WORDS,
    SPEAKER_NOUNS, STOPWORDS, Shapes, lower, merged_lists, with_lower,
};
use crate::numbers::is_plural;
use crate::segment::{Token, TokenKind};
use crate::speakers::{
    DOCUMENTS, Form, Mention, NameParts, ends_possessive, group_name, headline_case, is_office,
    is_title, looks_personal, nameish, pronoun_kind, split_role, split_role_skipping,
    subject_pronoun_kind,
};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;
use std::sync::LazyLock;

/// A piece of a sentence: a token, or a whole quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// Index into the paragraph's tokens.
    Tok(usize),
    /// Index into the paragraph's quotations.
    Quote(usize),
}

/// What an item of a sentence holds.
#[derive(Debug, Clone, Copy)]
enum Slot<'a> {
    /// A word or number token.
    Word(&'a str),
    /// A punctuation token's first character.
    Punct(char),
    /// A quotation.
    Quote,
}

/// One sentence of a paragraph, ready for attribution.
pub struct SentenceView<'a> {
    /// The paragraph text.
    pub text: &'a str,
    /// The paragraph's tokens.
    pub toks: &'a [Token],
    /// Outer ranges (marks included) of the paragraph's quotations.
    pub quotes: &'a [Range<usize>],
    /// The sentence's items, in order.
    pub items: Vec<Item>,
    /// What each item holds, read once: rules ask it of every item many
    /// times.
    slots: Vec<Slot<'a>>,
    /// Body offset of the paragraph (mentions are reported in body offsets).
    pub offset: usize,
    /// The sentence's tokens, quoted words included.
    tok_range: Range<usize>,
    /// Whether the sentence is in headline case, once asked.
    headline: OnceCell<bool>,
}

/// A cue found in a sentence, with the mention of its speaker.
#[derive(Debug, Clone)]
pub struct Cue {
    /// Index of the cue's first item in the sentence.
    pub item: usize,
    /// Index just past the cue's last item.
    pub item_end: usize,
    /// Paragraph-relative bytes of the cue words.
    pub bytes: Range<usize>,
    /// Who speaks, if the sentence says.
    pub subject: Option<Mention>,
    /// Whether the subject stands before the cue ("X said"), not after it.
    pub subject_first: bool,
    /// The quotation this cue directly follows (`“…,” she said`), if any.
    pub after_quote: Option<usize>,
    /// Whether the subject is the sentence's, shared across another verb
    /// (`Roe declined to comment but said …`): such a cue does not open
    /// its sentence.
    pub shared: bool,
}

/// How many phrases of place or office ("in Ohio", "of Springfield") the
/// subject before a cue may stand behind. Bounded: each is a step back
/// through the sentence, and a sentence of nothing but such phrases must
/// not take a step per phrase.
const PHRASES_OF_PLACE: u8 = 4;

/// How many items a possessive name opening an appositive may take
/// ("U.S. Rep. Jane Q. Roe’s": six).
const POSSESSIVE_NAME_ITEMS: usize = 8;

/// The longest relative clause looked through between a speaker and
/// their cue ("a diplomat who asked not to be named said"), in items.
const RELATIVE_CLAUSE_ITEMS: usize = 12;

/// How many items a label's description may take ("Jane Roe, editor of
/// The Acme Daily Review:": seven).
const LABEL_ITEMS: usize = 12;

/// Words that open a noun phrase ("a series of Twitter posts"): a name
/// after them is a modifier, not a subject.
const NOUN_PHRASE_OPENERS: &[&str] = &[
    "a", "an", "the", "of", "his", "her", "their", "its", "our", "your", "my", "these", "those",
];

/// The shapes of the words that can open a cue: the cue verbs, the first
/// words of the cue phrases, and "put" of "as Jane Roe puts it".
static CUE_SHAPES: LazyLock<Shapes> = LazyLock::new(|| {
    let verbs = CUE_VERBS.iter().copied();
    let phrases = CUE_PHRASES.iter().map(|p| p[0]);
    Shapes::of(
        verbs
            .chain(phrases)
            .chain(["put", "puts"])
            .chain(PLACING_VERBS.iter().copied())
            .chain(FINDING_VERBS.iter().copied()),
    )
});

/// Cue words that are also common nouns: they count only in a verb's place.
const WEAK_CUES: &[&str] = &[
    "report",
    "reports",
    "claim",
    "claims",
    "call",
    "calls",
    "charge",
    "charges",
    "quote",
    "quotes",
    "post",
    "posts",
    "state",
    "states",
    "counter",
    "counters",
    "point",
    "points",
    "comment",
    "comments",
    "remark",
    "remarks",
    "estimate",
    "estimates",
    "warning",
    "read",
    "reads",
    "note",
    "notes",
    "tweet",
    "tweets",
    "praise",
    "cite",
    "signal",
    "signals",
    "label",
    "labels",
    "reply",
    "replies",
    "joke",
    "jokes",
    "vow",
    "vows",
    "pledge",
    "pledges",
    "promise",
    "promises",
    "sigh",
    "repeat",
    "continue",
    "continues",
    "begin",
    "begins",
    "began",
    "maintain",
    "continued",
    "concluded",
    "express",
    "indicate",
    "deny",
    "mention",
    "observe",
    "confirm",
    "highlight",
    "stress",
    "underline",
    "describe",
    "outline",
    "reveal",
    "add",
    "tell",
    "say",
    "write",
    "ask",
];

/// Weak cues that are never nouns, so "officials say" reads as a cue.
const VERB_ONLY_WEAK_CUES: &[&str] = &[
    "say",
    "add",
    "write",
    "stress",
    "confirm",
    "deny",
    "describe",
    "reveal",
    "indicate",
    "express",
    "maintain",
    "concluded",
    "underline",
    "outline",
    "highlight",
    "observe",
    "mention",
];

/// Verbs whose object, not speaker, follows them ("told reporters").
const OBJECT_FIRST: &[&str] = &[
    "told",
    "tell",
    "tells",
    "telling",
    "asked",
    "ask",
    "asks",
    "urged",
    "urge",
    "urges",
    "called",
    "calls",
    "call",
    "calling",
    "warned",
    "warn",
    "warns",
    "informed",
    "assured",
    "reminded",
    "accused",
    "praised",
    "condemned",
    "denounced",
    "criticized",
    "criticised",
    "described",
    "labelled",
    "labeled",
    "dubbed",
];

/// Verbs of [`OBJECT_FIRST`] whose subject follows them right after a
/// quotation ("“Why?” asked Jane Roe", "“Stop,” warned the guard"); "told"
/// and the like never stand so.
const INVERTED_AFTER_QUOTE: &[&str] = &["asked", "asks", "warned", "warns", "urged", "urges"];

/// What [`WEAK_CUES`], [`VERB_ONLY_WEAK_CUES`] and [`OBJECT_FIRST`] say of
/// a cue verb, one bit per list, merged so that a verb is looked up once.
const WEAK: u8 = 1;
const VERB_ONLY_WEAK: u8 = 2;
const OBJECT: u8 = 4;

static VERB_LISTS: LazyLock<FxHashMap<&'static str, u8>> = LazyLock::new(|| {
    merged_lists([
        (WEAK_CUES, WEAK),
        (VERB_ONLY_WEAK_CUES, VERB_ONLY_WEAK),
        (OBJECT_FIRST, OBJECT),
    ])
});

/// The lists the lower-case cue verb `w` is in, as [`WEAK`]... bits.
fn verb_lists(w: &str) -> u8 {
    VERB_LISTS.get(w).copied().unwrap_or(0)
}

/// How many items a dateline may hold before its dash ("WASHINGTON, Jan.
/// 25 (Reuters) -").
const DATELINE_ITEMS: usize = 12;

/// How far from the sentence's subject a coordinated cue may share it
/// ("Jane Roe declined to comment on the ruling, which her lawyers plan
/// to appeal next month, but said": twenty items).
const SHARED_SUBJECT_ITEMS: usize = 40;

/// How many items an aside between dashes after a subject may take
/// ("Jane Roe – who has served on the council for 20 years – said").
const DASHED_ITEMS: usize = 16;

/// How many items a role in apposition to a name may take ("John Doe,
/// the chief executive of the Acme Widget Company,": nine).
const DESCRIPTION_ITEMS: usize = 12;

/// How far after a quoting verb its "as saying" may stand ("quoted Jane
/// Roe, the editor in chief, as saying": eight items).
const AS_SAYING_ITEMS: usize = 12;

/// Nouns of speech a possessive name may own before a quotation
/// ("Roe’s claim of a “witch hunt”").
const SPEECH_NOUNS: &[&str] = &[
    "words",
    "remark",
    "remarks",
    "comment",
    "comments",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "description",
    "characterization",
    "characterisation",
    "warning",
    "promise",
    "pledge",
    "vow",
    "assertion",
    "insistence",
    "phrase",
    "call",
    "charge",
    "boast",
    "slogan",
    "mantra",
    "catchphrase",
    "refrain",
];

/// How many words may stand between a noun of speech and its quotation
/// ("description of the deal as “…”": four).
const POSSESSIVE_GAP: usize = 5;

/// Verbs whose object is a document its subject issues.
const ISSUING_VERBS: &[&str] = &[
    "issued",
    "issues",
    "released",
    "releases",
    "sent",
    "sends",
    "posted",
    "posts",
    "published",
    "publishes",
    "tweeted",
    "wrote",
    "writes",
    "circulated",
    "distributed",
    "filed",
    "files",
    "delivered",
    "put",
];

/// Whether `m` is an unnamed document ("a fundraising email").
fn is_document(m: &Mention) -> bool {
    matches!(&m.form, Form::Group(g) if g.rsplit(' ').next().is_some_and(|h| DOCUMENTS.contains(&h)))
}

/// Whether the lower-case word `w` may qualify a speaker noun after it
/// ("defense officials", "a family friend"): a word of letters that is no
/// function word, cue, pronoun or auxiliary ("Acme, which has 900
/// workers" names no "has 900 workers").
fn is_modifier(w: &str) -> bool {
    w.starts_with(char::is_alphabetic)
        && !STOPWORDS.contains(w)
        && !CUE_VERBS.contains(w)
        && pronoun_kind(w).is_none()
        && !BETWEEN_SUBJECT_AND_CUE.contains(&w)
}

/// Conjunctions that open a clause before the main one ("When", "After").
const SUBORDINATORS: &[&str] = &[
    "when", "after", "before", "since", "although", "though", "while", "once", "until", "because",
    "as", "if",
];

/// Possessive determiners, which may open a noun phrase as "the" does
/// ("its annual report", "her spokesman").
pub const POSSESSIVE_DETERMINERS: &[&str] = &["its", "their", "his", "her", "our"];

/// Plurals that "according to" takes as a norm followed, not a source.
const NORMS: &[&str] = &[
    "rules",
    "terms",
    "regulations",
    "guidelines",
    "instructions",
    "standards",
    "procedures",
    "plans",
    "laws",
    "principles",
    "traditions",
    "customs",
    "needs",
    "wishes",
    "specifications",
];

/// A word of lower-case letters (a hyphen inside allowed) that is no stop
/// word, cue verb or pronoun.
fn is_lower_word(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && is_modifier(w)
}

/// Lawmakers who sit "from" a place ("the senator from Ohio", "a
/// Democratic lawmaker from Texas"): the place after "from" is their seat.
const SEAT_HOLDERS: &[&str] = &[
    "senator",
    "senators",
    "representative",
    "representatives",
    "congressman",
    "congresswoman",
    "congressmen",
    "congresswomen",
    "lawmaker",
    "lawmakers",
    "legislator",
    "legislators",
    "delegate",
    "delegates",
    "assemblyman",
    "assemblywoman",
    "mp",
    "mps",
    "deputy",
    "deputies",
];

/// A word of an unnamed speaker's role or group as printed ("a UN
/// spokesperson", "one Labour MP", "Utah officials"), except a function
/// word, or a title, office or speaker noun capitalised only because it
/// opens the sentence ("Defense officials said" gives "defense", "Two
/// officials said" "two").
fn role_case(w: &str, opens_sentence: bool) -> String {
    let l = lower(w);
    let plain = opens_sentence
        && !w.chars().skip(1).any(char::is_uppercase)
        && (is_title(&l)
            || is_office(&l)
            || SPEAKER_NOUNS.contains(&*l)
            || NUMBER_WORDS.contains_key(&*l));
    if plain || STOPWORDS.contains(&*l) {
        l.into_owned()
    } else {
        w.to_string()
    }
}

/// Prepositions of a phrase that may stand between an unnamed speaker and
/// its cue ("a woman in the audience asked", "a doctor at the clinic said").
const COMMON_PHRASE_PREPOSITIONS: &[&str] =
    &["in", "at", "from", "of", "on", "near", "outside", "for"];

/// Phrases after an unnamed source that say how it knows: "people
/// familiar with the matter", "sources close to the talks", "an official
/// with knowledge of the plan". They belong to the speaker's name, which
/// says little without them.
const INFORMED_PHRASES: &[&[&str]] = &[
    &["familiar", "with"],
    &["close", "to"],
    &["with", "knowledge", "of"],
    &["with", "direct", "knowledge", "of"],
    &["with", "knowledge", "about"],
    &["briefed", "on"],
    &["knowledgeable", "about"],
    &["informed", "about"],
];

/// Verbs that report what a document, data or research found; cues only
/// after such a subject (a document, data, research or researchers).
pub const FINDING_VERBS: &[&str] = &["found", "finds", "find", "showed", "shows", "show", "shown"];

/// Verbs by which a document reaches someone who did not write it ("a
/// report obtained by", "a letter reviewed by").
const OBTAINING_VERBS: &[&str] = &[
    "obtained", "reviewed", "viewed", "acquired", "leaked", "cited", "quoted", "received",
];

/// Whether a noun's subject may find: documents, data and [`FINDERS`].
fn is_finder(w: &str) -> bool {
    DOCUMENTS.contains(&w) || DATA_NOUNS.contains(&w) || FINDERS.contains(&w)
}

/// Who or what finds, beside documents and data: research and those who
/// do it ("the audit found", "researchers found").
const FINDERS: &[&str] = &[
    "research",
    "review",
    "audit",
    "census",
    "investigation",
    "inquiry",
    "probe",
    "analysis",
    "tally",
    "count",
    "trial",
    "trials",
    "experiment",
    "researchers",
    "scientists",
    "investigators",
    "auditors",
    "economists",
    "analysts",
];

/// Whether the cue verb `w` reports a clause only after "that": a verb
/// that mostly takes an object ("maintains an office"), finds things
/// ("found broad support") or places a figure ("put the toll at 23").
pub fn reports_only_with_that(w: &str) -> bool {
    OBJECT_CUE_VERBS.contains(w) || FINDING_VERBS.contains(&w) || PLACING_VERBS.contains(&w)
}

/// Verbs that place a figure at an amount ("put the toll at 23"): cues
/// for the amount, reporting no clause.
pub const PLACING_VERBS: &[&str] = &["put", "puts", "placed", "places", "pegged", "pegs"];

/// Nouns of a figure someone puts "at" an amount ("put the toll at 23").
const FIGURE_NOUNS: &[&str] = &[
    "toll", "number", "figure", "cost", "count", "tally", "total", "estimate", "losses", "damage",
    "value", "price", "bill",
];

/// Nouns of numbers compiled by someone ("figures from the ministry"),
/// beside the documents of [`DOCUMENTS`].
const DATA_NOUNS: &[&str] = &[
    "data",
    "figures",
    "statistics",
    "estimates",
    "projections",
    "records",
    "findings",
    "analysis",
    "reports",
    "studies",
    "surveys",
    "polls",
];

/// Words at most in what an informed source knows ("the matter", "the
/// company's plans").
const INFORMED_OBJECT_WORDS: usize = 4;

/// Words skipped between a subject and its cue: adverbs, auxiliaries and
/// times ("Kim also said", "she has said", "he on Thursday said").
const BETWEEN_SUBJECT_AND_CUE: &[&str] = &[
    "also",
    "then",
    "later",
    "again",
    "further",
    "too",
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "would",
    "will",
    "could",
    "did",
    "does",
    "do",
    "already",
    "once",
    "not",
    "never",
    "previously",
    "recently",
    "repeatedly",
    "publicly",
    "privately",
    "earlier",
    "today",
    "yesterday",
    "tonight",
    "on",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "morning",
    "afternoon",
    "evening",
    "night",
    "last",
    "this",
    "week",
    "subsequently",
    "initially",
    "reportedly",
    "separately",
    "simply",
    "just",
    "ultimately",
    "flatly",
    "bluntly",
    "himself",
    "herself",
    "themselves",
];

impl<'a> SentenceView<'a> {
    /// The sentence `range` (paragraph-relative) of a paragraph whose
    /// quotations have the outer ranges `quotes`.
    pub fn new(
        text: &'a str,
        toks: &'a [Token],
        quotes: &'a [Range<usize>],
        range: Range<usize>,
        offset: usize,
    ) -> SentenceView<'a> {
        let first = toks.partition_point(|t| t.start < range.start);
        let last = toks.partition_point(|t| t.start < range.end);
        let mut items = Vec::with_capacity(last.saturating_sub(first));
        let mut q = 0;
        for (i, t) in toks.iter().enumerate().take(last).skip(first) {
            while q < quotes.len() && quotes[q].end <= t.start {
                q += 1;
            }
            match quotes.get(q) {
                Some(r) if r.start <= t.start => {
                    if items.last() != Some(&Item::Quote(q)) {
                        items.push(Item::Quote(q));
                    }
                }
                _ => items.push(Item::Tok(i)),
            }
        }
        let slots = items
            .iter()
            .map(|item| match item {
                Item::Tok(t) if toks[*t].kind != TokenKind::Punct => {
                    Slot::Word(toks[*t].text(text))
                }
                Item::Tok(t) => Slot::Punct(toks[*t].text(text).chars().next().unwrap_or(' ')),
                Item::Quote(_) => Slot::Quote,
            })
            .collect();
        SentenceView {
            text,
            toks,
            quotes,
            items,
            slots,
            offset,
            tok_range: first..last.max(first),
            headline: OnceCell::new(),
        }
    }

    /// The word at item `i`, if it is a word or number token.
    pub fn word(&self, i: usize) -> Option<&'a str> {
        match self.slots.get(i)? {
            Slot::Word(w) => Some(w),
            _ => None,
        }
    }

    /// The punctuation character at item `i`, if it is one.
    pub fn punct(&self, i: usize) -> Option<char> {
        match self.slots.get(i)? {
            Slot::Punct(c) => Some(*c),
            _ => None,
        }
    }

    /// The quotation index at item `i`, if the item is a quotation.
    pub fn quote(&self, i: usize) -> Option<usize> {
        match self.items.get(i)? {
            Item::Quote(q) => Some(*q),
            _ => None,
        }
    }

    fn lower_word(&self, i: usize) -> Option<Cow<'a, str>> {
        self.word(i).map(lower)
    }

    /// Paragraph-relative bytes of items `a..b`.
    pub fn bytes(&self, a: usize, b: usize) -> Range<usize> {
        self.item_bytes(self.items[a]).start..self.item_bytes(self.items[b - 1]).end
    }

    /// Paragraph-relative bytes of one item.
    fn item_bytes(&self, item: Item) -> Range<usize> {
        match item {
            Item::Tok(t) => self.toks[t].start..self.toks[t].end,
            Item::Quote(q) => self.quotes[q].clone(),
        }
    }

    /// Body offset of item `k`'s first byte, as mentions count.
    fn body_start(&self, k: usize) -> usize {
        self.offset + self.item_bytes(self.items[k]).start
    }

    fn tok_bytes(&self, a: usize, b: usize) -> Range<usize> {
        let s = match self.items[a] {
            Item::Tok(t) => self.toks[t].start,
            Item::Quote(_) => 0,
        };
        let e = match self.items[b - 1] {
            Item::Tok(t) => self.toks[t].end,
            Item::Quote(_) => 0,
        };
        s..e
    }

    fn nameish(&self, i: usize) -> bool {
        matches!(self.items.get(i), Some(Item::Tok(t)) if nameish(self.text, self.toks, *t))
    }

    /// Every cue of the sentence with its subject, in order.
    ///
    /// An ASCII word whose shape no cue word has is passed over at once;
    /// so is a capitalised one that opens no cue phrase ("According to").
    pub fn cues(&self) -> Vec<Cue> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.items.len() {
            let Some(word) = self.word(i) else {
                i += 1;
                continue;
            };
            if !CUE_SHAPES.admits(word.as_bytes()) && word.is_ascii() {
                i += 1;
                continue;
            }
            // Verb cues are lower case, but in a headline ("Roe Says
            // “…”"); a capitalised word can otherwise only open a phrase.
            let lowercase = word.starts_with(char::is_lowercase) || self.headline_verb(i, word);
            if !lowercase
                && word.is_ascii()
                && !CUE_PHRASES.iter().any(|p| p[0].eq_ignore_ascii_case(word))
            {
                i += 1;
                continue;
            }
            let w = lower(word);
            if let Some(len) = self.phrase_at(i, &w) {
                let subject = self
                    .subject_after(i + len)
                    .or_else(|| self.plural_source_after(i + len));
                out.push(Cue {
                    item: i,
                    item_end: i + len,
                    bytes: self.tok_bytes(i, i + len),
                    subject,
                    subject_first: false,
                    after_quote: None,
                    shared: false,
                });
                i += len;
                continue;
            }
            if lowercase
                && CUE_VERBS.contains(&*w)
                && let Some(cue) = self.verb_cue(i, &w)
            {
                out.push(cue);
            } else if lowercase
                && FINDING_VERBS.contains(&&*w)
                && let Some(cue) = self.finding_cue(i, &w)
            {
                out.push(cue);
            } else if lowercase && let Some(cue) = self.puts_figure_at(i, &w) {
                out.push(cue);
            } else if lowercase && let Some(cue) = self.put_it(i, &w) {
                out.push(cue);
                i += 1;
            }
            i += 1;
        }
        out
    }

    /// Whether the capitalised `word` at item `i` is a cue verb in a
    /// sentence set in headline case ("Acme Chief Says Sales Will Rise").
    fn headline_verb(&self, i: usize, word: &str) -> bool {
        i > 0
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && with_lower(word, |l| CUE_VERBS.contains(l))
            && self.is_headline()
    }

    /// Whether the sentence is set in headline case, worked out once.
    pub fn is_headline(&self) -> bool {
        *self
            .headline
            .get_or_init(|| headline_case(self.text, &self.toks[self.tok_range.clone()]))
    }

    /// A multi-word cue ("according to") at item `i`, whose word in lower
    /// case is `first`: its length.
    fn phrase_at(&self, i: usize, first: &str) -> Option<usize> {
        CUE_PHRASES.iter().filter(|p| p[0] == first).find_map(|p| {
            p.iter()
                .enumerate()
                .skip(1)
                .all(|(k, w)| self.lower_word(i + k).as_deref() == Some(*w))
                .then_some(p.len())
        })
    }

    /// "a Gallup poll found", "the data show", "researchers found": a
    /// verb of finding is a cue when a document, data or researchers are
    /// its subject ("police found 40 casings" reports no one's words).
    fn finding_cue(&self, i: usize, w: &str) -> Option<Cue> {
        let cue = self.verb_cue(i, w)?;
        let finder = match cue.subject.as_ref().map(|m| &m.form) {
            Some(Form::Group(g)) => g.rsplit(' ').next().is_some_and(|h| is_finder(&lower(h))),
            _ => false,
        };
        if cue.subject_first && finder {
            return Some(cue);
        }
        let subject = self.finder_before_participle(i)?;
        Some(Cue {
            subject: Some(subject),
            subject_first: true,
            ..cue
        })
    }

    /// `A study published in The Lancet found`: a finder's noun with a
    /// participle after it, within ten words before the verb at `i`, is
    /// its subject.
    fn finder_before_participle(&self, i: usize) -> Option<Mention> {
        let n = (i.saturating_sub(10)..i.saturating_sub(2))
            .rev()
            .find(|&k| {
                self.lower_word(k).is_some_and(|w| is_finder(&w))
                    && self
                        .word(k + 1)
                        .is_some_and(|w| w.ends_with("ed") && is_lower_word(w))
            })?;
        let open = (n + 1..i)
            .all(|k| self.quote(k).is_none() && !matches!(self.punct(k), Some('.' | ';' | ':')));
        open.then(|| self.noun_phrase_ending_at(n + 1)).flatten()
    }

    /// "the Red Cross put the toll at 23", "analysts pegged the cost at
    /// $2 billion": a verb of placing a figure, its noun and "at" within
    /// six words, is a cue for the amount after it.
    fn puts_figure_at(&self, i: usize, w: &str) -> Option<Cue> {
        if !PLACING_VERBS.contains(&w) {
            return None;
        }
        let at = (i + 2..(i + 8).min(self.items.len())).find(|&k| self.word(k) == Some("at"))?;
        let figure = (i + 1..at).any(|k| {
            self.lower_word(k)
                .is_some_and(|n| FIGURE_NOUNS.contains(&&*n))
        });
        if !figure {
            return None;
        }
        let cue = self.verb_cue(i, w)?;
        cue.subject.as_ref()?;
        Some(cue)
    }

    /// `…,” as Jane Roe puts it.`: "put it" closing a clause is a cue.
    fn put_it(&self, i: usize, w: &str) -> Option<Cue> {
        let closes = self.punct(i + 2).is_some() || i + 2 >= self.items.len();
        if !matches!(w, "put" | "puts") || self.word(i + 1) != Some("it") || !closes {
            return None;
        }
        let cue = self.verb_cue(i, w)?;
        cue.subject.as_ref()?;
        Some(Cue {
            item_end: i + 2,
            bytes: self.tok_bytes(i, i + 2),
            ..cue
        })
    }

    /// The cue for verb `w` at item `i`, with its subject.
    fn verb_cue(&self, i: usize, w: &str) -> Option<Cue> {
        // "Roe’s comments", "Acme's claims": after a possessive, a noun
        // ("He's said" is a pronoun and "has")
        if i > 0
            && self
                .word(i - 1)
                .is_some_and(|w| ends_possessive(w) && subject_pronoun_kind(w).is_none())
        {
            return None;
        }
        if self.negated(i) || self.adds_an_amount(i, w) {
            return None;
        }
        // "Roe was told that …", "I'm told", "it is said that", "they were
        // charged with fraud": the subject heard or was spoken of, and who
        // spoke is not said ("were quoted as saying" is asked below)
        let participle = w.ends_with("ed") && !matches!(w, "quoted" | "cited")
            || matches!(w, "told" | "said" | "written");
        if participle && self.passive_at(i) {
            // "… was told by the coach": the agent spoke
            let subject = (self.word(i + 1) == Some("by"))
                .then(|| self.subject_after(i + 2))
                .flatten()?;
            return Some(self.cue_before_subject(i, subject, None));
        }
        let left_at = self
            .subject_before(i)
            .or_else(|| self.described_after_quote(i));
        let left_at = match left_at {
            Some((m, s)) if w.ends_with("ing") && is_document(&m) => {
                self.issuer(s).or(Some((m, s)))
            }
            other => other,
        };
        let after_quote = self.quote_before(left_at.as_ref().map_or(i, |(_, s)| *s));
        let left_start = left_at.as_ref().map(|(_, s)| *s);
        let own = left_at.map(|(m, _)| m);
        let shared_subject = (own.is_none() && after_quote.is_none())
            .then(|| self.shared_subject(i, w))
            .flatten();
        let shared = shared_subject.is_some();
        let left = own.or(shared_subject);
        let lists = verb_lists(w);
        let weak = lists & WEAK != 0;
        let next_fits = matches!(self.punct(i + 1), Some(',' | ':' | '.'))
            || i + 1 >= self.items.len()
            || self.quote(i + 1).is_some()
            || matches!(
                self.lower_word(i + 1).as_deref(),
                Some("that" | "in" | "on" | "during" | "to")
            );
        // "officials say": a plural speaker noun is a subject for the weak
        // cues that are verbs only ("say", "add"), not for "the ministry report".
        let group_subject = matches!(left.as_ref().map(|m| &m.form), Some(Form::Group(_)))
            && lists & VERB_ONLY_WEAK != 0;
        if weak
            && after_quote.is_none()
            && !next_fits
            && !group_subject
            && !matches!(
                left.as_ref().map(|m| &m.form),
                Some(Form::Pronoun(_) | Form::Name(_))
            )
        {
            return None;
        }
        // "a series of Twitter posts": a name inside a noun phrase makes the
        // weak cue a noun.
        let in_noun_phrase = left_start
            .and_then(|s| s.checked_sub(1))
            .and_then(|p| self.lower_word(p))
            .is_some_and(|w| NOUN_PHRASE_OPENERS.contains(&&*w));
        if weak && in_noun_phrase {
            return None;
        }
        // "The plan could pass, said Jane Roe, an adviser.": inverted after
        // a clause and a comma, with a name after the verb.
        let inverted_after_clause = i > 0
            && self.punct(i - 1) == Some(',')
            && lists & OBJECT == 0
            && self.nameish(i + 1)
            && {
                // The name closes the clause: "said Jane Roe." or "said Jane
                // Roe, an adviser", not "says Roe is …".
                let e = (i + 1..self.items.len())
                    .find(|&k| !self.nameish(k))
                    .unwrap_or(self.items.len());
                e == self.items.len() || self.punct(e).is_some()
            };
        if let Some(object) = self.quoted_as_saying(i, w) {
            return Some(self.cue_before_subject(i, object, after_quote));
        }
        let (subject, subject_first) = match left {
            Some(m) => (Some(m), true),
            None if (after_quote.is_some() || inverted_after_clause) && lists & OBJECT == 0 => {
                (self.subject_after(i + 1), false)
            }
            // "“Why?” asked Jane Roe": right after a quotation these verbs
            // are inverted, their subject after them
            None if after_quote.is_some() && INVERTED_AFTER_QUOTE.contains(&w) => {
                (self.subject_after(i + 1), false)
            }
            // "The plan could pass, said a spokesman.": unnamed, the same
            None if i > 0 && self.punct(i - 1) == Some(',') && lists & OBJECT == 0 => {
                (self.unnamed_closing_after(i + 1), false)
            }
            None => (None, true),
        };
        Some(Cue {
            item: i,
            item_end: i + 1,
            bytes: self.tok_bytes(i, i + 1),
            subject,
            subject_first,
            after_quote,
            shared,
        })
    }

    /// "Employers added 175,000 jobs", "added another $5 billion": an
    /// amount right after "add" at item `i` is what was added, no speech.
    fn adds_an_amount(&self, i: usize, w: &str) -> bool {
        if !matches!(w, "add" | "adds" | "added" | "adding") {
            return false;
        }
        let hedged = self.lower_word(i + 1).is_some_and(|n| {
            matches!(
                &*n,
                "another" | "nearly" | "almost" | "about" | "some" | "roughly" | "over" | "just"
            )
        });
        let k = i + 1 + usize::from(hedged);
        self.word(k)
            .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
            || self
                .punct(k)
                .is_some_and(|c| crate::numbers::currency_of_sign(c).is_some())
    }

    /// "“…,” the challenger told supporters": right after a quotation, a
    /// definite noun phrase before the cue at item `i` is its subject,
    /// though no list knows its noun.
    fn described_after_quote(&self, i: usize) -> Option<(Mention, usize)> {
        // most cues have no quotation just before them: asked first
        if !(i.saturating_sub(6)..i).any(|k| self.quote(k).is_some()) {
            return None;
        }
        let det = (i.saturating_sub(4)..i).rev().find(|&d| {
            self.lower_word(d)
                .is_some_and(|w| matches!(&*w, "the" | "a" | "an"))
        })?;
        let modifiers = (det + 1..i).all(|k| self.word(k).is_some_and(is_lower_word));
        if det + 1 == i || !modifiers || self.quote_before(det).is_none() {
            return None;
        }
        let words: Vec<String> = (det + 1..i).filter_map(|k| self.role_word(k)).collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        Some((self.mention(det, i, Form::Group(group_name(&words))), det))
    }

    /// The one-word cue at item `i` whose speaker stands after it ("was
    /// told by the coach", "quoted Jane Roe as saying").
    fn cue_before_subject(&self, i: usize, subject: Mention, after_quote: Option<usize>) -> Cue {
        Cue {
            item: i,
            item_end: i + 1,
            bytes: self.tok_bytes(i, i + 1),
            subject: Some(subject),
            subject_first: false,
            after_quote,
            shared: false,
        }
    }

    /// Whether the verb at item `i` is negated, "not", "never" or a
    /// contraction in "n't" among the two words before it: "did not say
    /// how many", "would not comment on reports that", "never said that",
    /// "has not yet said". Who did not say something is not its source.
    fn negated(&self, i: usize) -> bool {
        (i.saturating_sub(2)..i).any(|k| {
            self.word(k).is_some_and(|w| {
                matches!(w, "not" | "never" | "Not" | "Never")
                    || w.ends_with("n't")
                    || w.ends_with("n’t")
            })
        })
    }

    /// Whether the participle at item `i` is passive: a form of "be"
    /// before it, with at most one adverb between ("was told", "were
    /// repeatedly warned", "has been asked", "I'm told").
    fn passive_at(&self, i: usize) -> bool {
        // plain byte comparisons: this is asked of every "said"
        let be = |k: usize| {
            self.word(k).is_some_and(|w| {
                w.len() <= 7
                    && (matches!(
                        w,
                        "am" | "is" | "are" | "was" | "were" | "be" | "been" | "being"
                    ) || w.ends_with("'m")
                        || w.ends_with("’m")
                        || w.ends_with("'re")
                        || w.ends_with("’re"))
            })
        };
        let adverb = |k: usize| {
            self.word(k).is_some_and(|w| {
                w.ends_with("ly") || matches!(w, "also" | "not" | "never" | "already" | "often")
            })
        };
        i > 0 && (be(i - 1) || i > 1 && adverb(i - 1) && be(i - 2))
    }

    /// `Roe declined to comment but said …`, `Roe refused to comment,
    /// saying …`: a cue verb coordinated with the sentence's own verb (after
    /// "but", "and" or "yet", or a participle after a comma) shares the
    /// sentence's opening subject.
    fn shared_subject(&self, i: usize, w: &str) -> Option<Mention> {
        let mut p = i.checked_sub(1)?;
        while p > 0
            && self
                .lower_word(p)
                .is_some_and(|w| BETWEEN_SUBJECT_AND_CUE.contains(&&*w))
        {
            p -= 1;
        }
        let coordinated = matches!(self.word(p), Some("but" | "and" | "yet"))
            || w.ends_with("ing") && self.punct(p) == Some(',');
        if !coordinated {
            return None;
        }
        // Near the sentence's start (the look for a relative clause below
        // stays bounded however many cues a sentence holds), the subject
        // opens the sentence ("While Roe …, the clerk … and said" is not
        // Roe's), and "ads that imply … and ask" is the relative clause's.
        let open = self.after_opening_phrase();
        if open >= p || p - open > SHARED_SUBJECT_ITEMS {
            return None;
        }
        let m = self
            .opening_subject()
            .or_else(|| self.opening_group(open))?;
        if self.body_start(open) != m.start || self.body_start(p) < m.end {
            return None;
        }
        let relative = (open..p).any(|k| {
            self.body_start(k) >= m.end
                && matches!(self.word(k), Some("that" | "who" | "which" | "whom"))
        });
        (!relative).then_some(m)
    }

    /// The title words, in lower case, of a role in apposition to the
    /// name `m`: "John Doe, the chief executive of Acme," and "Acme’s
    /// chief executive, John Doe," give `["chief", "executive"]`; "Jane
    /// Roe, a Democrat," gives nothing.
    pub fn description_of(&self, m: &Mention) -> Option<Vec<String>> {
        let start = |item: &Item| self.offset + self.item_bytes(*item).start;
        let s = self.items.partition_point(|it| start(it) < m.start);
        let e = self.items.partition_point(|it| start(it) < m.end);
        if self.punct(e) == Some(',') {
            // up to the next punctuation, or the sentence's end, if near
            let reach = self.items.len().min(e + 1 + DESCRIPTION_ITEMS);
            let end = (e + 1..reach)
                .find(|&k| self.word(k).is_none())
                .or((reach == self.items.len()).then_some(reach));
            if let Some(role) = end.and_then(|end| self.role_words(e + 1..end)) {
                return Some(role);
            }
        }
        // before the name, from the sentence's start or a comma
        let comma = s.checked_sub(1).filter(|&c| self.punct(c) == Some(','))?;
        let lo = comma.saturating_sub(DESCRIPTION_ITEMS);
        let begin = (lo..comma)
            .rev()
            .find(|&k| self.word(k).is_none())
            .map_or(lo, |k| k + 1);
        (begin == 0 || begin > lo).then(|| self.role_words(begin..comma))?
    }

    /// The title words of a description made of the words `range` (a
    /// determiner or possessive, then titles and offices, up to a
    /// preposition), if it holds a title.
    fn role_words(&self, range: Range<usize>) -> Option<Vec<String>> {
        let first = self.word(range.start)?;
        let opens = first.starts_with(char::is_lowercase)
            || ends_possessive(first)
            || with_lower(first, |l| matches!(l, "the" | "a" | "an" | "its" | "their"));
        if !opens {
            return None;
        }
        // up to a preposition ("the chief executive of Acme"), and only
        // if a title is among the words: most appositives hold none
        let end = range
            .clone()
            .find(|&k| {
                self.word(k).is_some_and(|w| {
                    matches!(w, "of" | "for" | "at" | "in" | "with" | "to" | "on" | "and")
                })
            })
            .unwrap_or(range.end);
        let words = (range.start..end).filter_map(|k| self.word(k));
        if !words.clone().any(|w| with_lower(w, is_title)) {
            return None;
        }
        let role = words
            .filter(|w| {
                with_lower(w, |l| {
                    is_title(l) || is_office(l) && !matches!(l, "the" | "a" | "an")
                })
            })
            .map(lower)
            .map(Cow::into_owned)
            .collect();
        Some(role)
    }

    /// `Acme quoted Jane Roe, an adviser, as saying …`: who is quoted,
    /// not who quotes, is the source, when the quoting verb `w` at item
    /// `i` has an object and "as saying" follows within a few words.
    fn quoted_as_saying(&self, i: usize, w: &str) -> Option<Mention> {
        if !matches!(
            w,
            "quoted" | "quotes" | "quoting" | "cited" | "cites" | "citing"
        ) {
            return None;
        }
        let reach = (i + AS_SAYING_ITEMS).min(self.items.len());
        let as_at = (i + 2..reach).find(|&k| self.lower_word(k).as_deref() == Some("as"))?;
        let cue = self.lower_word(as_at + 1)?;
        if !cue.ends_with("ing") || !CUE_VERBS.contains(&*cue) {
            return None;
        }
        let object = self.word(i + 1)?;
        if matches!(object, "him" | "her" | "them") {
            let kind = if object == "them" { "group" } else { "person" };
            return Some(self.mention(i + 1, i + 2, Form::Pronoun(kind)));
        }
        self.subject_after(i + 1)
    }

    /// `Roe’s description of the plan as “a disaster”`: the name whose
    /// words a possessive and a noun of speech before the quotation at
    /// item `item` say they are (the noun, then up to four words of
    /// "of", "as", determiners and the like).
    pub fn possessive_source(&self, item: usize) -> Option<Mention> {
        // the possessive first: a byte test, where the nouns need a look-up
        let owner = (item.saturating_sub(POSSESSIVE_GAP + 1)..item)
            .rev()
            .find(|&k| self.word(k).is_some_and(ends_possessive))?;
        let noun = self.lower_word(owner + 1)?;
        if !SPEECH_NOUNS.contains(&&*noun) || !self.nameish(owner) {
            return None;
        }
        let (m, _) = self.np_ending_at(owner + 1)?;
        matches!(m.form, Form::Name(_)).then_some(m)
    }

    /// `Roe issued a statement saying …`: the subject of the verb that
    /// issued the document starting at item `s`, which is the source (a
    /// document speaks only as the sentence's subject).
    fn issuer(&self, s: usize) -> Option<(Mention, usize)> {
        let v = s.checked_sub(1)?;
        let verb = self.lower_word(v)?;
        if !ISSUING_VERBS.contains(&&*verb) {
            return None;
        }
        self.subject_before(v)
    }

    /// The quotation that item `i` directly follows: `“…,” i` or `“…” , i`
    /// (the comma inside or outside the marks).
    fn quote_before(&self, i: usize) -> Option<usize> {
        let j = i.checked_sub(1)?;
        if let Some(q) = self.quote(j) {
            let quoted = self.quoted_text(q);
            return quoted
                .trim_end()
                .ends_with([',', '?', '!', '.', '…', '—', '-'])
                .then_some(q);
        }
        if matches!(self.punct(j), Some(',' | '—' | '–')) {
            return self.quote(j.checked_sub(1)?);
        }
        None
    }

    /// A quotation's text with its closing mark removed.
    pub fn quoted_text(&self, q: usize) -> &'a str {
        let r = &self.quotes[q];
        let inner = &self.text[r.clone()];
        inner.trim_end_matches(['”', '"', '’', '\'', '»'])
    }

    /// The subject standing right before item `k` ("Roe also said").
    fn subject_before(&self, k: usize) -> Option<(Mention, usize)> {
        let mut j = k;
        loop {
            while j > 0
                && self.lower_word(j - 1).is_some_and(|w| {
                    BETWEEN_SUBJECT_AND_CUE.contains(&&*w)
                        || (w.ends_with("ly")
                            && w.len() > 4
                            && !SPEAKER_NOUNS.contains(&*w)
                            && !NOUNS_IN_LY.contains(&&*w))
                })
            {
                j -= 1;
            }
            // A short parenthesis after a name: "Jane Roe (D) said".
            match self.parenthesis_before(j) {
                Some(open) => j = open,
                None => break,
            }
        }
        if j == 0 {
            return None;
        }
        if self.punct(j - 1) == Some(',') {
            return self.appositive_subject(j - 1);
        }
        let w = self.word(j - 1)?;
        if let Some(kind) = subject_pronoun_kind(w) {
            if kind == "relative" {
                return (j >= 2 && self.punct(j - 2) == Some(','))
                    .then(|| self.np_ending_at(self.before_party_tag(j - 2)))
                    .flatten();
            }
            return Some((self.mention(j - 1, j, Form::Pronoun(kind)), j - 1));
        }
        self.informed_source_before(j)
            .or_else(|| self.relative_clause_subject(j))
            .or_else(|| self.np_ending_at(j))
    }

    /// The length in items of the informed phrase ([`INFORMED_PHRASES`])
    /// opening at item `p`, if one does.
    fn informed_phrase_at(&self, p: usize) -> Option<usize> {
        // one comparison for most words: this is asked of the words before
        // every cue
        if !matches!(
            self.word(p)?,
            "familiar" | "close" | "with" | "briefed" | "knowledgeable" | "informed"
        ) {
            return None;
        }
        INFORMED_PHRASES
            .iter()
            .find(|phrase| {
                phrase
                    .iter()
                    .enumerate()
                    .all(|(i, w)| self.word(p + i) == Some(*w))
            })
            .map(|phrase| phrase.len())
    }

    /// `people familiar with the matter said`: an unnamed source and the
    /// phrase saying how it knows, ending before item `end`, as one group.
    fn informed_source_before(&self, end: usize) -> Option<(Mention, usize)> {
        let lo = end.saturating_sub(INFORMED_OBJECT_WORDS + 4);
        // words only: punctuation or a quotation ends the look
        let (p, len) = (lo..end)
            .rev()
            .map_while(|k| self.word(k).map(|_| k))
            .find_map(|k| Some((k, self.informed_phrase_at(k)?)))?;
        let object = p + len..end;
        if object.is_empty() || object.len() > INFORMED_OBJECT_WORDS {
            return None;
        }
        let source = self.noun_phrase_ending_at(p)?;
        let Form::Group(name) = &source.form else {
            return None;
        };
        let phrase: Vec<&str> = (p..end).filter_map(|k| self.word(k)).collect();
        let form = Form::Group(format!("{name} {}", phrase.join(" ")));
        let start = self.item_at(source.start, p);
        Some((self.mention(start, end, form), start))
    }

    /// `according to a report by the World Bank`, `figures from the health
    /// ministry`: who wrote the unnamed document `m` ending at item `end`,
    /// a name or a speaker noun after "by" or "from" ("released on Friday
    /// by" too). "A study of Medicare patients" names its subject, not
    /// its author, so "of" is not asked.
    fn document_owner_after(&self, m: &Mention, end: usize) -> Option<Mention> {
        let Form::Group(g) = &m.form else {
            return None;
        };
        let head = g.rsplit(' ').next()?;
        if !DOCUMENTS.contains(&head) && !DATA_NOUNS.contains(&head) {
            return None;
        }
        let mut p = end;
        // "data obtained by the AP", "a memo reviewed by Reuters": who got
        // to see it did not write it
        if self.word(p).is_some_and(|w| OBTAINING_VERBS.contains(&w)) {
            return None;
        }
        if self.word(p).is_some_and(|w| w.ends_with("ed")) {
            p = (p + 1..(p + 4).min(self.items.len())).find(|&k| self.word(k) == Some("by"))?;
        }
        if !matches!(self.word(p)?, "by" | "from") {
            return None;
        }
        let mut j = p + 1;
        if self
            .word(j)
            .is_some_and(|w| matches!(w, "the" | "a" | "an"))
        {
            j += 1;
        }
        let e = self.first_run_end(j);
        if e > j && (j..e).any(|i| self.nameish(i)) {
            return self.name_mention(j, e);
        }
        let head = (j + 1..(j + 4).min(self.items.len() + 1)).find(|&k| {
            self.lower_word(k - 1)
                .is_some_and(|w| SPEAKER_NOUNS.contains(&*w) && !DOCUMENTS.contains(&&*w))
        })?;
        self.named_in_apposition(head)
            .or_else(|| self.noun_phrase_ending_at(head))
    }

    /// `the research firm Gartner`: the name right after a speaker noun is
    /// who that is ("the poll Gallup ran" is Gallup's).
    fn named_in_apposition(&self, end: usize) -> Option<Mention> {
        let head = self.lower_word(end.checked_sub(1)?)?;
        if !SPEAKER_NOUNS.contains(&*head) || !self.nameish(end) {
            return None;
        }
        let e = self.first_run_end(end);
        self.name_mention(end, e)
            .filter(|m| !matches!(m.form, Form::Pronoun(_)))
    }

    /// Where the role ends that the capitalised run ending at item `e`
    /// holds or owns: `e` itself when the run ends in a lower-case title
    /// ("Klein's deputy"), or the end of up to three lower-case words
    /// closing with a title or speaker noun after a possessive ("Acme's
    /// country director").
    fn role_after_run(&self, e: usize) -> Option<usize> {
        if !self.nameish(e - 1) {
            return Some(e);
        }
        if !ends_possessive(self.word(e - 1)?) {
            return None;
        }
        let mut k = e;
        while k < e + 3 {
            let w = self.lower_word(k)?;
            if SPEAKER_NOUNS.contains(&*w) || is_title(&w) {
                return Some(k + 1);
            }
            if !is_modifier(&w) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// `…, said a spokesman.`: the unnamed speaker standing from item `k`
    /// to the end of the clause or a phrase after it ("said a spokesman
    /// for the council"), not to the verb of a clause ("said the plan
    /// would fail").
    fn unnamed_closing_after(&self, k: usize) -> Option<Mention> {
        let m = self.subject_after(k)?;
        if !matches!(m.form, Form::Group(_) | Form::Role(_)) {
            return None;
        }
        let next = (k..self.items.len()).find(|&j| self.body_start(j) >= m.end);
        let closes = next.is_none_or(|j| {
            self.punct(j).is_some()
                || self
                    .word(j)
                    .is_some_and(|w| COMMON_PHRASE_PREPOSITIONS.contains(&w))
        });
        closes.then_some(m)
    }

    /// `said a person familiar with the talks`: the group `m`, ending at
    /// item `end`, with the informed phrase after it. What the source
    /// knows is a determiner and words up to a function word ("the plan"
    /// in "the plan on Monday").
    fn informed_source_after(&self, m: Mention, end: usize) -> Mention {
        let Form::Group(name) = &m.form else {
            return m;
        };
        let Some(len) = self.informed_phrase_at(end) else {
            return m;
        };
        let mut close = end + len;
        if self
            .word(close)
            .is_some_and(|w| matches!(w, "the" | "a" | "an" | "its" | "their" | "his" | "her"))
        {
            close += 1;
        }
        let first = close;
        while close < first + INFORMED_OBJECT_WORDS
            && self
                .lower_word(close)
                .is_some_and(|w| !STOPWORDS.contains(&*w))
        {
            close += 1;
        }
        if close == first {
            return m;
        }
        let phrase: Vec<&str> = (end..close).filter_map(|k| self.word(k)).collect();
        Mention {
            end: self.offset + self.tok_bytes(end, close).end,
            form: Form::Group(format!("{name} {}", phrase.join(" "))),
            ..m
        }
    }

    /// The item before `end` whose token opens at body offset `byte`.
    fn item_at(&self, byte: usize, end: usize) -> usize {
        (0..end)
            .rev()
            .find(|&i| matches!(self.items[i], Item::Tok(t) if self.offset + self.toks[t].start == byte))
            .unwrap_or(end - 1)
    }

    /// `NP who|which CLAUSE cue`: the noun phrase the relative clause
    /// ending before item `j` describes ("a diplomat who asked not to be
    /// named said", "Acme which has 900 workers in Ohio estimated"), when
    /// the clause is at most [`RELATIVE_CLAUSE_ITEMS`] words.
    fn relative_clause_subject(&self, j: usize) -> Option<(Mention, usize)> {
        let lo = j.saturating_sub(RELATIVE_CLAUSE_ITEMS);
        // words only: punctuation or a quotation ends the look
        let k = (lo..j)
            .rev()
            .map_while(|k| Some((k, self.word(k)?)))
            .find(|(_, w)| matches!(*w, "who" | "which"))?
            .0;
        // "Acme (ACM) which has 900 workers estimated"
        let k = self.parenthesis_before(k).unwrap_or(k);
        let m = self.np_ending_at(k)?;
        matches!(m.0.form, Form::Name(_) | Form::Group(_) | Form::List(_)).then_some(m)
    }

    /// The item opening a parenthesis of at most four items, or an aside
    /// between dashes, that ends just before item `j`.
    fn parenthesis_before(&self, j: usize) -> Option<usize> {
        let (open, reach) = match self.punct(j.checked_sub(1)?)? {
            ')' => ('(', 6),
            // "Jane Roe – who has served for 20 years – said"
            c @ ('–' | '—') => (c, DASHED_ITEMS),
            _ => return None,
        };
        (j.saturating_sub(reach)..j - 1)
            .rev()
            .take_while(|&m| self.quote(m).is_none())
            .find(|&m| self.punct(m) == Some(open))
    }

    /// "Jane Roe, D-Calif., who …": the comma before a party and state
    /// that end at the comma `comma`, else `comma` itself.
    fn before_party_tag(&self, comma: usize) -> usize {
        let lo = comma.saturating_sub(8);
        (lo..comma)
            .rev()
            .find(|&m| self.punct(m) == Some(','))
            .filter(|&open| self.party_and_state(open + 1, comma))
            .unwrap_or(comma)
    }

    /// `Name, an appositive, said`: the name before the appositive.
    fn appositive_subject(&self, comma: usize) -> Option<(Mention, usize)> {
        let lo = comma.saturating_sub(24);
        let open = (lo..comma).rev().find(|&m| self.punct(m) == Some(','))?;
        if self.party_and_state(open + 1, comma) {
            // "Jane Roe, D-N.Y., said"
            return self.np_ending_at(open);
        }
        if (open + 1..comma).any(|m| {
            self.quote(m).is_some() || self.lower_word(m).is_some_and(|w| CUE_VERBS.contains(&*w))
        }) {
            return None;
        }
        // "The club's manager, Jane Roe, said": the appositive is the name
        // (not "Jane Roe, Republican of Ohio, said"), maybe after an age
        // ("one resident, 72-year-old Maria Lopez, said").
        let name = self.after_age(open + 1, comma);
        let personal = (name..comma).all(|m| self.word(m).is_some_and(|w| w != "of"))
            && !self
                .lower_word(name)
                .is_some_and(|w| AFFILIATIONS.contains(&*w));
        if personal
            && (name..comma).all(|m| self.nameish(m))
            && let Some(m) = self.np_ending_at(comma)
            && matches!(m.0.form, Form::Name(_))
            && m.1 == name
        {
            return Some(m);
        }
        // "Acme's parent, the Zeta Group, said": a description before a
        // definite name gives way to the name.
        if let Some(m) = self.definite_name_after_description(open, comma) {
            return Some(m);
        }
        // The appositive reads as a description: "a former envoy", "the
        // city's mayor", "part of the team", a title.
        let first = self.lower_word(open + 1)?;
        let possessive = self.opens_with_possessive(open + 1, comma);
        if self.nameish(open + 1) && !is_title(&first) && !is_office(&first) && !possessive {
            return None;
        }
        // "The mayor, who faces re-election, said": a relative clause
        // describes whoever stands before it, named or not; an age may
        // stand between ("Jane Roe, 61, a former nurse, said").
        let relative = matches!(&*first, "who" | "which");
        let m = self
            .np_ending_at(open)
            .or_else(|| self.np_before_age(open))?;
        match m.0.form {
            Form::Name(_) | Form::List(_) => Some(self.outer_appositive(m.1).unwrap_or(m)),
            // "The report, published on Monday, warned", "The minister,
            // speaking to reporters, said": an unnamed speaker opening the
            // sentence
            Form::Group(_) | Form::Role(_) if m.1 == 0 => Some(m),
            Form::Group(_) | Form::Role(_) if relative => Some(m),
            _ => None,
        }
    }

    /// The item after an age that opens items `a..b` ("72-year-old"),
    /// else `a`.
    fn after_age(&self, a: usize, b: usize) -> usize {
        let age = (a + 1..b.min(a + 6)).find(|&k| {
            let text = &self.text[self.bytes(a, k)];
            text.ends_with("-year-old") && text.starts_with(|c: char| c.is_ascii_digit())
        });
        age.unwrap_or(a)
    }

    /// The noun phrase before an age in apposition that ends at the comma
    /// `comma`: "Jane Roe, 54," gives Jane Roe.
    fn np_before_age(&self, comma: usize) -> Option<(Mention, usize)> {
        let age = comma.checked_sub(2)?;
        let is_age = self
            .word(age + 1)
            .is_some_and(|w| w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()));
        (is_age && self.punct(age) == Some(',')).then(|| self.np_ending_at(age))?
    }

    /// Whether items `a..b` are a party's initial and a state as American
    /// papers write them after a lawmaker's name: "D-N.Y.", "R-Texas",
    /// "I-Vt.".
    fn party_and_state(&self, a: usize, b: usize) -> bool {
        if a >= b || b - a > 8 {
            return false;
        }
        let text = &self.text[self.bytes(a, b)];
        let Some(state) = ["D-", "R-", "I-"].iter().find_map(|p| text.strip_prefix(p)) else {
            return false;
        };
        state.starts_with(|c: char| c.is_ascii_uppercase())
            && state
                .bytes()
                .all(|c| c.is_ascii_alphabetic() || matches!(c, b'.' | b' '))
    }

    /// The name of the appositive `open + 1..comma` when it is "the" and a
    /// capitalised name ("the Zeta Group", "the Bank of Acme") and a
    /// lower-case description stands before it ("Acme's parent").
    fn definite_name_after_description(
        &self,
        open: usize,
        comma: usize,
    ) -> Option<(Mention, usize)> {
        let described = open
            .checked_sub(1)
            .and_then(|d| self.word(d))
            .is_some_and(|w| w.starts_with(char::is_lowercase));
        let definite = self.lower_word(open + 1).as_deref() == Some("the")
            && comma > open + 2
            && (open + 2..comma).all(|m| {
                self.nameish(m)
                    || self
                        .word(m)
                        .is_some_and(|w| matches!(w, "of" | "and" | "for"))
            });
        if !described || !definite {
            return None;
        }
        let m = self.np_ending_at(comma)?;
        matches!(m.0.form, Form::Name(_)).then_some(m)
    }

    /// The person an appositive opening before item `named` describes,
    /// when the name found there is itself inside a description: "Jane
    /// Roe, a professor at the Center for Security Studies, a think tank,
    /// said" (not "Security Studies"). The description before the name
    /// must open in lower case and hold a title ("professor"), and a
    /// personal name must stand before it.
    fn outer_appositive(&self, named: usize) -> Option<(Mention, usize)> {
        let lo = named.saturating_sub(12);
        let open = (lo..named).rev().find(|&m| self.punct(m) == Some(','))?;
        let lead = open + 1..named;
        if !self.word(open + 1)?.starts_with(char::is_lowercase)
            || !lead.clone().all(|m| self.word(m).is_some())
            || !lead
                .filter_map(|m| self.lower_word(m))
                .any(|w| is_lower_title(&w))
        {
            return None;
        }
        let m = self.np_ending_at(open)?;
        let Form::Name(parts) = &m.0.form else {
            return None;
        };
        looks_personal(&parts.name).then_some(m)
    }

    /// Whether items `from..to` open with a possessive name: "Obama’s
    /// adviser", "Jane Roe’s deputy", "AT&T’s chief". Only the first few
    /// items are looked at: this is asked at every comma of a list of
    /// names, and a name is short.
    fn opens_with_possessive(&self, from: usize, to: usize) -> bool {
        (from..to.min(from + POSSESSIVE_NAME_ITEMS))
            .take_while(|&m| {
                self.word(m)
                    .is_none_or(|w| !w.starts_with(char::is_lowercase))
            })
            .any(|m| self.word(m).is_some_and(ends_possessive))
    }

    /// The noun phrase that ends just before item `end`: a capitalised name
    /// (with titles), a list of names, or an unnamed speaker noun phrase.
    fn np_ending_at(&self, end: usize) -> Option<(Mention, usize)> {
        self.np_ending_at_within(end, PHRASES_OF_PLACE)
    }

    /// [`Self::np_ending_at`], looking back past at most `phrases` phrases
    /// of place ("the mayor of Springfield in Ohio": two).
    fn np_ending_at_within(&self, end: usize, phrases: u8) -> Option<(Mention, usize)> {
        let mut s = end;
        while s > 0 && self.nameish(s - 1) {
            s -= 1;
        }
        if s < end {
            while s > 0 && self.lower_word(s - 1).is_some_and(|w| is_lower_title(&w)) {
                s -= 1;
            }
            if self.after_by(s) {
                return None;
            }
            if let Some(head) = phrases
                .checked_sub(1)
                .and_then(|left| self.head_before_phrase(s, left))
            {
                return Some(head);
            }
            let first = self.name_mention(s, end)?;
            return Some(self.with_coordinated(s, first));
        }
        let Some(m) = self.noun_phrase_ending_at(end) else {
            return phrases
                .checked_sub(1)
                .and_then(|left| self.head_before_common_phrase(end, left));
        };
        let start = self.item_at(m.start, end);
        if let Some(head) = phrases
            .checked_sub(1)
            .and_then(|left| self.head_before_in(start, left))
        {
            return Some(head);
        }
        Some((m, start))
    }

    /// "officials in the province said", "residents in the city": the
    /// speaker noun phrase before "in", when the body after it, opening at
    /// item `s`, is where they are ("a spokesman for the ministry" and
    /// "officials at the agency" are left to the body).
    fn head_before_in(&self, s: usize, phrases: u8) -> Option<(Mention, usize)> {
        let p = s.checked_sub(1)?;
        if self.lower_word(p)? != "in" {
            return None;
        }
        self.np_ending_at_within(p, phrases)
    }

    /// When the name starting at item `s` ends a phrase of place or of
    /// office ("officials in Kyiv", "Acme Bank in Denmark", "the mayor of
    /// Springfield"), the speaker is the noun phrase before it, not the
    /// place. (A spokesman "for" or a professor "at" a body is left to
    /// the body, which the reader wants to know.)
    fn head_before_phrase(&self, s: usize, phrases: u8) -> Option<(Mention, usize)> {
        let p = self.skip_det_back(s);
        let preposition = self.lower_word(p.checked_sub(1)?)?;
        let seat = || {
            self.lower_word(p.checked_sub(2)?)
                .map(|w| SEAT_HOLDERS.contains(&&*w))
        };
        let of_place = match &*preposition {
            "in" | "of" => true,
            // "the senator from Ohio": the state is the seat, not the speaker
            "from" => seat() == Some(true),
            _ => false,
        };
        if !of_place {
            return None;
        }
        self.np_ending_at_within(p - 1, phrases)
    }

    /// When the words before item `end` are a phrase of place or
    /// circumstance with no speaker in it ("in the audience", "at a
    /// campaign event"), the speaker noun phrase before that phrase: "a
    /// woman in the audience asked".
    fn head_before_common_phrase(&self, end: usize, phrases: u8) -> Option<(Mention, usize)> {
        // the preposition first, a plain comparison: this is asked of
        // every subject that is no speaker noun
        let p = (end.saturating_sub(5)..end.checked_sub(1)?)
            .rev()
            .find(|&k| {
                self.word(k)
                    .is_some_and(|w| COMMON_PHRASE_PREPOSITIONS.contains(&w))
            })?;
        let det = self
            .word(p + 1)
            .is_some_and(|w| matches!(w, "the" | "a" | "an"));
        // "lawyers for the family", not "reviled by Republicans for lewd
        // comments": whom one speaks for is named with its determiner
        if !det && self.word(p) == Some("for") {
            return None;
        }
        let words = p + 1 + usize::from(det)..end;
        if words.is_empty()
            || !words
                .clone()
                .all(|k| self.lower_word(k).is_some_and(|w| is_modifier(&w)))
        {
            return None;
        }
        self.np_ending_at_within(p, phrases)
    }

    /// Whether the name at item `s` is the agent of a passive ("emails
    /// released by Acme suggest"): the object of "by" after a participle,
    /// not a subject ("the report by Acme said" keeps Acme).
    fn after_by(&self, s: usize) -> bool {
        let p = self.skip_det_back(s);
        let word = |i: Option<usize>| i.and_then(|i| self.word(i));
        word(p.checked_sub(1)).is_some_and(|w| w.eq_ignore_ascii_case("by"))
            && word(p.checked_sub(2)).is_some_and(|w| w.ends_with("ed") || w.ends_with("en"))
    }

    /// A mention for the capitalised run `s..end` (title and name).
    fn name_mention(&self, s: usize, end: usize) -> Option<Mention> {
        let words: Vec<&str> = (s..end).filter_map(|i| self.word(i)).collect();
        // "Labour's Rachel Reeves", "Acme's chief executive Jane Roe": the
        // person after a body's possessive is the speaker
        if let Some(p) = words[..words.len().saturating_sub(1)]
            .iter()
            .rposition(|w| ends_possessive(w))
            && words.len() == end - s
            && names_a_person(&split_role(&words[p + 1..]))
        {
            return self.name_mention(s + p + 1, end);
        }
        // (a run of number words, "One in five adults reported", is none)
        let (parts, skipped) = split_role_skipping(&words);
        if parts.name.is_empty() && parts.role.is_empty() {
            return None;
        }
        let form = if parts.name.is_empty() {
            let opens = |k: usize| s + skipped + k == 0;
            Form::Role(
                parts
                    .role
                    .iter()
                    .enumerate()
                    .map(|(k, w)| role_case(w, opens(k)))
                    .collect(),
            )
        } else if parts.role.is_empty()
            && parts.name.len() == 1
            && with_lower(&parts.name[0], |l| SPEAKER_NOUNS.contains(l))
        {
            Form::Group(lower(&parts.name[0]).into_owned())
        } else {
            Form::Name(parts)
        };
        Some(self.mention(s + skipped, end, form))
    }

    /// `A and B said`, `A, B and C said`, `the X, Y, and the Z said`: a
    /// list whose first name speaks. Names joined by commas only count when
    /// they are of the last name's sort (people with people, bodies with
    /// bodies), so a clause ending "…into Russia, Secretary Roe and …" does
    /// not pull in "Russia".
    fn with_coordinated(&self, s: usize, last: Mention) -> (Mention, usize) {
        let Form::Name(last_parts) = &last.form else {
            return (last, s);
        };
        let personal = is_personal(last_parts);
        let mut names = vec![last_parts.clone()];
        let mut start = s;
        let mut j = self.skip_det_back(s);
        let Some(mut sep) = self.separator_before(j) else {
            return (last, s);
        };
        if !sep.1 {
            return (last, s);
        }
        if let Some(body) = self.body_with_and(s, j, sep.0, &last) {
            return body;
        }
        loop {
            let end = sep.0;
            let mut k = end;
            while k > 0 && self.nameish(k - 1) {
                k -= 1;
            }
            if k == end {
                break;
            }
            let Some(Mention {
                form: Form::Name(p),
                ..
            }) = self.name_mention(k, end)
            else {
                break;
            };
            if !sep.1 && is_personal(&p) != personal {
                break;
            }
            names.insert(0, p);
            start = self.skip_det_back(k);
            j = start;
            match self.separator_before(j) {
                Some(next) => sep = next,
                None => break,
            }
        }
        if names.len() == 1 {
            return (last, s);
        }
        let bytes = self.tok_bytes(start, start + 1);
        (
            Mention {
                start: self.offset + bytes.start,
                end: last.end,
                form: Form::List(names),
            },
            start,
        )
    }

    /// "Food and Drug Administration", "Department of Health and Human
    /// Services": a body's name with "and" in it, read as one name rather
    /// than a list when the words after "and" end with the head of a public
    /// body and the words before it are no complete name of their own.
    /// `and` is the item of a bare "and" before `s`, the start of `last`.
    fn body_with_and(
        &self,
        s: usize,
        j: usize,
        and: usize,
        last: &Mention,
    ) -> Option<(Mention, usize)> {
        let Form::Name(after) = &last.form else {
            return None;
        };
        if j != s || self.lower_word(and).as_deref() != Some("and") || !after.role.is_empty() {
            return None;
        }
        let heads = |w: &String| with_lower(w, |l| BODY_HEADS.contains(&l));
        let opens_body = |w: &String| heads(w) || with_lower(w, |l| ORG_WORDS.contains(l));
        let tail_heads = after.name.last().is_some_and(heads);
        // "Centers for Disease Control and Prevention": one or two words
        // ending as an abstract noun, though no body's head
        let abstract_tail = !tail_heads
            && after.name.len() <= 2
            && after.name.last().is_some_and(|w| is_abstract_noun(w));
        if !tail_heads && !abstract_tail || after.name.first().is_some_and(opens_body) {
            return None;
        }
        let mut k = and;
        while k > 0 && self.nameish(k - 1) {
            k -= 1;
        }
        let Some(Mention {
            form: Form::Name(before),
            ..
        }) = self.name_mention(k, and)
        else {
            return None;
        };
        // such a tail joins only a body's name "of" or "for" something
        let of_something = before.name.iter().any(|w| w == "of" || w == "for")
            && before.name.first().is_some_and(opens_body);
        if !before.role.is_empty()
            || looks_personal(&before.name)
            || before.name.last().is_some_and(opens_body)
            || abstract_tail && !of_something
        {
            return None;
        }
        let mut name = before.name;
        name.push("and".to_string());
        name.extend(after.name.iter().cloned());
        let parts = NameParts {
            role: Vec::new(),
            name,
        };
        let start = self.skip_det_back(k);
        Some((
            Mention {
                end: last.end,
                ..self.mention(k, k + 1, Form::Name(parts))
            },
            start,
        ))
    }

    /// Where an age ending before the modifier at item `s` starts: "34"
    /// in "34-year-old nurse", whose "year-old" is at `s`.
    fn age_before(&self, s: usize) -> Option<usize> {
        let a = s.checked_sub(2)?;
        (self.word(s).is_some_and(is_age_word)
            && self.punct(s - 1) == Some('-')
            && self
                .word(a)
                .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit())))
        .then_some(a)
    }

    /// Item `i`, moved back over a "the" before it.
    fn skip_det_back(&self, i: usize) -> usize {
        if i > 0 && self.lower_word(i - 1).as_deref() == Some("the") {
            i - 1
        } else {
            i
        }
    }

    /// A list separator ending just before item `j`: "and", ", and" or ",".
    /// Returns the item where it starts and whether it holds "and".
    fn separator_before(&self, j: usize) -> Option<(usize, bool)> {
        let k = j.checked_sub(1)?;
        if self.lower_word(k).as_deref() == Some("and") {
            let start = if k > 0 && self.punct(k - 1) == Some(',') {
                k - 1
            } else {
                k
            };
            return Some((start, true));
        }
        (self.punct(k) == Some(',')).then_some((k, false))
    }

    /// An unnamed speaker: modifiers and a speaker noun or title
    /// ("the joint statement", "defense officials", "the defense minister").
    fn noun_phrase_ending_at(&self, end: usize) -> Option<Mention> {
        let head = self.lower_word(end.checked_sub(1)?)?;
        let head_is_title = is_title(&head);
        if !SPEAKER_NOUNS.contains(&*head) && !head_is_title {
            return None;
        }
        let mut s = end - 1;
        while s > 0 && end - s < 5 {
            let Some(w) = self.lower_word(s - 1) else {
                break;
            };
            // "the state health department": a cue verb right after a
            // determiner is a noun
            let noun_after_det = CUE_VERBS.contains(&*w)
                && s > 1
                && self
                    .lower_word(s - 2)
                    .is_some_and(|d| matches!(&*d, "the" | "a" | "an"));
            if !is_modifier(&w) && !noun_after_det {
                break;
            }
            s -= 1;
        }
        // "the 34-year-old nurse": an age that is known stands for the
        // person last named, as a pronoun would
        let aged = self.age_before(s);
        if let Some(a) = aged
            && a > 0
            && self.lower_word(a - 1).as_deref() == Some("the")
        {
            return Some(self.mention(a - 1, end, Form::Pronoun("person")));
        }
        let first = aged.unwrap_or(s);
        let s = if aged.is_some() { s + 1 } else { s };
        let det_word = first.checked_sub(1).and_then(|d| self.lower_word(d));
        // "a move supporters said": "a" is no plural's determiner, so the
        // words after it belong to another noun phrase ("a few officials"
        // and "a dozen officials" are one)
        if s < end - 1
            && matches!(det_word.as_deref(), Some("a" | "an"))
            && !self.lower_word(s).is_some_and(|w| {
                matches!(
                    &*w,
                    "few" | "couple" | "dozen" | "handful" | "number" | "lot"
                )
            })
            && head.ends_with('s')
            && !head.ends_with("ss")
        {
            let word = self.role_word(end - 1)?;
            return Some(self.mention(end - 1, end, Form::Group(group_name(&[&word]))));
        }
        let det = det_word
            .is_some_and(|w| matches!(&*w, "the" | "a" | "an" | "its" | "his" | "her" | "their"));
        let m_start = first - usize::from(det);
        let words: Vec<String> = (s..end).filter_map(|i| self.role_word(i)).collect();
        let form = if head_is_title {
            Form::Role(words)
        } else {
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            Form::Group(group_name(&words))
        };
        Some(self.mention(m_start, end, form))
    }

    /// The word at item `i` of an unnamed speaker's role, as
    /// [`role_case`] writes it.
    fn role_word(&self, i: usize) -> Option<String> {
        // "Mr Roe's aides": a title before a name keeps its capital
        self.word(i)
            .map(|w| role_case(w, i == 0 && !self.nameish(i + 1)))
    }

    /// The subject standing right after item `k` ("said Secretary Roe",
    /// "according to the ministry").
    pub fn subject_after(&self, k: usize) -> Option<Mention> {
        let mut j = k;
        // "according to its annual report", "said her spokesman"
        if self.lower_word(j).is_some_and(|w| {
            matches!(&*w, "the" | "a" | "an") || POSSESSIVE_DETERMINERS.contains(&&*w)
        }) {
            j += 1;
        }
        let e = self.first_run_end(j);
        if e > j && (j..e).any(|i| self.nameish(i)) {
            // "said Acme's spokeswoman, Jane Roe.": the run ends in a role,
            // or a possessive before one, and the name closing the clause
            // holds it
            if let Some(role_end) = self.role_after_run(e)
                && let Some(named) = self.name_closing_after(role_end)
            {
                return Some(named);
            }
            let m = self.name_mention(j, e)?;
            return Some(Mention {
                start: self.offset + self.tok_bytes(k, e).start,
                ..m
            });
        }
        // Lower-case modifiers up to a speaker noun, within a few words.
        let speaker_word = |i: usize| {
            self.lower_word(i)
                .is_some_and(|w| SPEAKER_NOUNS.contains(&*w) || is_title(&w))
        };
        for end in j + 1..(j + 5).min(self.items.len() + 1) {
            let w = self.lower_word(end - 1)?;
            if SPEAKER_NOUNS.contains(&*w) || is_title(&w) {
                // "a ministry spokesman", "police officials": the last of a
                // run of speaker nouns heads the phrase
                let mut end = end;
                while end < j + 5 && speaker_word(end) {
                    end += 1;
                }
                let end = self.compound_speaker_end(end, j + 5);
                if let Some(named) = self.name_after_title(end) {
                    return Some(Mention {
                        start: self.offset + self.tok_bytes(k, end).start,
                        ..named
                    });
                }
                if let Some(named) = self
                    .name_closing_after(end)
                    .or_else(|| self.named_in_apposition(end))
                {
                    return Some(named);
                }
                let m = self.noun_phrase_ending_at(end)?;
                if let Some(owner) = self.document_owner_after(&m, end) {
                    return Some(owner);
                }
                let m = self.informed_source_after(m, end);
                return Some(Mention {
                    start: self.offset + self.tok_bytes(k, end).start,
                    ..m
                });
            }
            // "“…,” told supporters": a verb ends the look, but not right
            // after a determiner ("according to the state health department")
            let noun_after_det = end - 1 == j && j > k;
            if STOPWORDS.contains(&*w) || (CUE_VERBS.contains(&*w) && !noun_after_det) {
                return None;
            }
        }
        None
    }

    /// Where a speaker noun ending before item `end` is only a modifier of
    /// a later one, within `limit`: "the county elections office" is the
    /// office's, not the county's.
    fn compound_speaker_end(&self, end: usize, limit: usize) -> usize {
        let limit = limit.min(self.items.len());
        for i in end..limit {
            match self.word(i) {
                Some(w) if SPEAKER_NOUNS.contains(w) => return i + 1,
                Some(w) if is_lower_word(w) => {}
                _ => return end,
            }
        }
        end
    }

    /// `according to mission planners.`: after a cue phrase, a lower-case
    /// plural closing the clause within four words is its source, though
    /// no list knows the noun ("according to the rules" is a norm, not a
    /// source).
    fn plural_source_after(&self, k: usize) -> Option<Mention> {
        let det = self
            .lower_word(k)
            .is_some_and(|w| matches!(&*w, "the" | "some" | "many" | "several" | "local"));
        let j = k + usize::from(det);
        let e = (j..(j + 4).min(self.items.len()))
            .find(|&i| !self.word(i).is_some_and(is_lower_word))
            .unwrap_or((j + 4).min(self.items.len()));
        let closes = e == self.items.len() || matches!(self.punct(e), Some(',' | '.' | ';'));
        let head = self.lower_word(e.checked_sub(1)?)?;
        if e <= j || !closes || !is_plural(&head) || NORMS.contains(&&*head) {
            return None;
        }
        let words: Vec<String> = (j..e).filter_map(|i| self.role_word(i)).collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        Some(self.mention(k, e, Form::Group(group_name(&words))))
    }

    /// `said company spokeswoman Jane Roe`: the name right after a title
    /// that ends at item `end` is who holds it.
    fn name_after_title(&self, end: usize) -> Option<Mention> {
        if !self.nameish(end) || !is_title(&self.lower_word(end.checked_sub(1)?)?) {
            return None;
        }
        let e = self.first_run_end(end - 1);
        let m = self.name_mention(end - 1, e)?;
        matches!(m.form, Form::Name(_)).then_some(m)
    }

    /// `said a spokeswoman for the chain, Jane Roe.`: the name that closes
    /// the clause a few words after a speaker noun is who that is.
    fn name_closing_after(&self, end: usize) -> Option<Mention> {
        let reach = (end + 8).min(self.items.len());
        let comma = (end..reach).find(|&k| self.punct(k) == Some(','))?;
        if (end..comma).any(|k| self.quote(k).is_some()) || !self.nameish(comma + 1) {
            return None;
        }
        let e = (comma + 1..self.items.len())
            .find(|&k| !self.nameish(k))
            .unwrap_or(self.items.len());
        let closes = e == self.items.len() || matches!(self.punct(e), Some('.' | ','));
        let m = self.name_mention(comma + 1, e).filter(|_| closes)?;
        matches!(m.form, Form::Name(_)).then_some(m)
    }

    fn mention(&self, a: usize, b: usize, form: Form) -> Mention {
        let r = self.tok_bytes(a, b);
        Mention {
            start: self.offset + r.start,
            end: self.offset + r.end,
            form,
        }
    }

    /// "The ministry disputed the figures, saying …": an unnamed speaker
    /// opening the sentence at item `s` right before its verb, a
    /// lower-case word that is no preposition or conjunction ("The
    /// ministry of health", "The ministry and the unions" are no subject
    /// here).
    fn opening_group(&self, s: usize) -> Option<Mention> {
        let head = (s..self.items.len().min(s + 4)).find(|&k| {
            self.lower_word(k)
                .is_some_and(|w| SPEAKER_NOUNS.contains(&*w) || is_title(&w))
        })?;
        let verb = self.word(head + 1)?;
        let joins = COMMON_PHRASE_PREPOSITIONS.contains(&verb)
            || matches!(
                verb,
                "and" | "or" | "to" | "who" | "that" | "which" | "with" | "by"
            );
        if !verb.starts_with(char::is_lowercase) || joins {
            return None;
        }
        self.np_ending_at(head + 1).map(|(m, _)| m)
    }

    /// "The Acme coach, Jane Roe, was less pleased.": a role opening the
    /// sentence at item `s` with a determiner, then a name between commas
    /// and a lower-case word: the name is the subject.
    fn role_then_name(&self, s: usize) -> Option<Mention> {
        // asked of every sentence's opening: no lower-casing copy
        let det = self.word(s)?;
        let opens = |d: &&str| det.eq_ignore_ascii_case(d);
        if !det.eq_ignore_ascii_case("the") && !POSSESSIVE_DETERMINERS.iter().any(opens) {
            return None;
        }
        let comma = (s + 2..(s + 6).min(self.items.len()))
            .find(|&k| self.word(k).is_none())
            .filter(|&k| self.punct(k) == Some(','))?;
        if !self.nameish(comma + 1) {
            return None;
        }
        let e = self.first_run_end(comma + 1);
        let verb = self
            .word(e + 1)
            .is_some_and(|w| w.starts_with(char::is_lowercase));
        if self.punct(e) != Some(',') || !verb {
            return None;
        }
        let m = self.name_mention(comma + 1, e)?;
        matches!(m.form, Form::Name(_)).then_some(m)
    }

    /// The name, list of names or pronoun that opens the sentence (after
    /// an opening phrase and comma) and is followed by a lower-case word,
    /// its verb: the sentence's subject.
    pub fn opening_subject(&self) -> Option<Mention> {
        let s = self.after_opening_phrase();
        let w = self.word(s)?;
        // "Her rival, Jane Roe, …" reads like an opening phrase
        let role_first = self
            .role_then_name(0)
            .or_else(|| (s > 0).then(|| self.role_then_name(s)).flatten());
        if let Some(named) = role_first {
            return Some(named);
        }
        if let Some(kind) = subject_pronoun_kind(w) {
            return (kind != "relative").then(|| self.mention(s, s + 1, Form::Pronoun(kind)));
        }
        let mut e = s;
        loop {
            e = self.first_run_end(e);
            let joined = self.punct(e) == Some(',') || self.lower_word(e).as_deref() == Some("and");
            // "Jane Roe, Acme’s chief, …" is an appositive, not a list
            if joined && self.nameish(e + 1) && !self.opens_with_possessive(e + 1, self.items.len())
            {
                e += 1;
                continue;
            }
            break;
        }
        // The name is followed by its verb, or by an appositive ("Jane Roe,
        // a former negotiator, sees …"; "Jane Roe, 56, sees …").
        let age = |w: &str| w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit());
        let appositive = self.punct(e) == Some(',')
            && (self
                .lower_word(e + 1)
                .is_some_and(|w| matches!(&*w, "a" | "an" | "the" | "who"))
                || self.word(e + 1).is_some_and(age) && self.punct(e + 2) == Some(',')
                || self.opens_with_possessive(e + 1, self.items.len()));
        // "Jane Roe, Acme: “…”", "Jane Roe, an author: “…”": a name that
        // labels the quotation after it ("Of Roe: “…”" is about Roe).
        let label = self.labels_quote(e) && !with_lower(w, |l| STOPWORDS.contains(l));
        if e == s
            || !appositive
                && !label
                && self
                    .word(e)
                    .is_none_or(|w| !w.starts_with(char::is_lowercase))
        {
            return None;
        }
        // a label names its first name: "Jane Roe, Acme Daily: “…”"
        let e = if label { self.first_run_end(s) } else { e };
        // "Acme analysts were …", "The Roe campaign expanded …": a name
        // before a noun of speakers or bodies modifies it, the subject
        let e = match self.lower_word(e) {
            Some(w) if SPEAKER_NOUNS.contains(&*w) || ORG_WORDS.contains(&*w) => e + 1,
            _ => e,
        };
        let (m, _) = self.np_ending_at(e)?;
        (self.offset + self.tok_bytes(s, s + 1).start <= m.start).then_some(m)
    }

    /// The name that opens a clause of time or reason before the main
    /// one ("When Jane Roe opened her shop in 2009, she …"): a subject
    /// the sentence's pronouns may refer to.
    pub fn subordinate_subject(&self) -> Option<Mention> {
        let opener = self.lower_word(0)?;
        if !SUBORDINATORS.contains(&&*opener) || !self.nameish(1) {
            return None;
        }
        let e = self.first_run_end(1);
        let verb = self
            .word(e)
            .is_some_and(|w| w.starts_with(char::is_lowercase));
        let m = self.name_mention(1, e).filter(|_| verb)?;
        matches!(m.form, Form::Name(_)).then_some(m)
    }

    /// Whether a label ending at item `e` introduces a quotation: a colon
    /// at `e`, or one closing a short description after a comma there
    /// (", editor of X:"), with a quotation after it.
    fn labels_quote(&self, e: usize) -> bool {
        self.label_colon(e)
            .is_some_and(|colon| self.quote(colon + 1).is_some())
    }

    /// The colon at item `e`, or the one closing a short description
    /// after a comma at `e`.
    fn label_colon(&self, e: usize) -> Option<usize> {
        match self.punct(e)? {
            ':' => Some(e),
            ',' => (e + 1..self.items.len().min(e + LABEL_ITEMS))
                .find(|&k| self.punct(k).is_some() || self.quote(k).is_some())
                .filter(|&k| self.punct(k) == Some(':')),
            _ => None,
        }
    }

    /// The end of the run of capitalised words and titles at item `s`.
    fn first_run_end(&self, s: usize) -> usize {
        (s..self.items.len())
            .find(|&e| !self.nameish(e) && !self.lower_word(e).is_some_and(|w| is_lower_title(&w)))
            .unwrap_or(self.items.len())
    }

    /// The item after an opening phrase that ends with a comma ("Earlier in
    /// the day, …", "During the talks, …"), or 0.
    fn after_opening_phrase(&self) -> usize {
        let d = self.after_dateline();
        // an article opens the subject, not a phrase before it
        let opener = self.lower_word(d).is_some_and(|w| {
            (STOPWORDS.contains(&*w) || w.ends_with("ing"))
                && pronoun_kind(&w).is_none()
                && !matches!(&*w, "the" | "a" | "an")
        });
        if !opener {
            return d;
        }
        match (d + 1..self.items.len().min(d + 12))
            .find(|&i| self.punct(i) == Some(',') || self.quote(i).is_some())
        {
            Some(c) if self.punct(c) == Some(',') => c + 1,
            _ => d,
        }
    }

    /// The item after a dateline opening the sentence ("SYDNEY —",
    /// "KYIV, Ukraine (AP) —", "WASHINGTON, Jan 25 (Reuters) -"), or 0.
    pub fn after_dateline(&self) -> usize {
        let upper = |w: &str| w.len() > 1 && !w.chars().any(char::is_lowercase);
        if !self.word(0).is_some_and(upper) {
            return 0;
        }
        let reach = self.items.len().min(DATELINE_ITEMS);
        let dash = (1..reach).find(|&k| {
            matches!(self.punct(k), Some('—' | '–' | '-' | ':'))
                || !(self.word(k).is_some_and(|w| {
                    w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                }) || matches!(self.punct(k), Some(',' | '(' | ')' | '.')))
        });
        match dash {
            Some(k) if matches!(self.punct(k), Some('—' | '–' | '-' | ':')) => k + 1,
            _ => 0,
        }
    }
}

/// Whether a name is a person's: a title before it, or a personal shape.
fn is_personal(p: &NameParts) -> bool {
    let lone_surname = p.name.len() == 1
        && !with_lower(&p.name[0], |l| ORG_WORDS.contains(l))
        && !p.name[0]
            .chars()
            .all(|c| c.is_uppercase() || !c.is_alphabetic());
    !p.role.is_empty() || looks_personal(&p.name) || lone_surname
}

/// Whether a word is the "year-old" of an age ("year-old", "month-old").
fn is_age_word(w: &str) -> bool {
    ["year-old", "month-old", "week-old"].contains(&w)
}

/// Whether a name run's words after a possessive name a person: a title
/// and name, or capitalised words of no body ("Rachel Reeves", not
/// "Hospital of Philadelphia").
fn names_a_person(p: &NameParts) -> bool {
    !p.role.is_empty()
        || looks_personal(&p.name) && p.name.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// The last words of the names of public bodies that may hold "and"
/// ("Securities and Exchange Commission"); company suffixes are left out,
/// as "Ford and General Motors Co." is two companies.
const BODY_HEADS: &[&str] = &[
    "administration",
    "agency",
    "authority",
    "board",
    "bureau",
    "center",
    "centers",
    "centre",
    "commission",
    "committee",
    "council",
    "department",
    "foundation",
    "institute",
    "office",
    "service",
    "services",
];

/// Whether a capitalised word has the suffix of an abstract noun
/// ("Prevention", "Development", "Security"), as the names of things a
/// body deals in do and the names of companies and people seldom do.
fn is_abstract_noun(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        && [
            "tion", "sion", "ment", "ity", "ance", "ence", "ness", "ure", "ics", "ogy", "ism",
        ]
        .iter()
        .any(|s| w.ends_with(s))
}

/// A lower-case title or office word that can stand before a name
/// ("defense minister Kim"), but not a function word.
fn is_lower_title(w: &str) -> bool {
    (is_title(w) || is_office(w))
        && !matches!(w, "of" | "the" | "and" | "for")
        && !STOPWORDS.contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes;
    use crate::segment::tokens;

    /// The cues of a one-sentence paragraph, as (cue, mention text).
    /// `f` of the view of `text` as one sentence.
    fn with_view<T>(text: &str, f: impl FnOnce(&SentenceView) -> T) -> T {
        let toks = tokens(text);
        let qs: Vec<_> = quotes::find(text).iter().map(|q| q.outer()).collect();
        f(&SentenceView::new(text, &toks, &qs, 0..text.len(), 0))
    }

    /// The words of the subject `text` opens with.
    fn opening_subject(text: &str) -> &str {
        let m = with_view(text, |v| v.opening_subject()).expect("a subject");
        &text[m.start..m.end]
    }

    fn cues(text: &str) -> Vec<(String, Option<String>)> {
        with_view(text, |view| view.cues())
            .into_iter()
            .map(|c| {
                (
                    text[c.bytes].to_string(),
                    c.subject.map(|m| text[m.start..m.end].to_string()),
                )
            })
            .collect()
    }

    fn first(text: &str) -> (String, Option<String>) {
        cues(text).into_iter().next().expect("a cue")
    }

    /// Asserts the subject of each text's first cue.
    fn assert_subjects(cases: &[(&str, &str)]) {
        for (text, subject) in cases {
            assert_eq!(first(text).1.as_deref(), Some(*subject), "{text}");
        }
    }

    /// Asserts that no text has a cue.
    fn assert_no_cues(texts: &[&str]) {
        for text in texts {
            assert!(cues(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_person_after_a_bodys_possessive_is_the_speaker() {
        assert_subjects(&[
            (
                "Labour’s Rachel Reeves said the figures added up.",
                "Rachel Reeves",
            ),
            (
                "Acme's chief executive Jane Roe said sales rose.",
                "chief executive Jane Roe",
            ),
            // no person after it: the whole name
            (
                "The Children's Hospital of Ohio said the ward was full.",
                "Children's Hospital of Ohio",
            ),
        ]);
    }

    #[test]
    fn a_speaker_noun_modifying_another_is_not_the_speaker() {
        assert_subjects(&[
            (
                "Turnout was 38%, according to the county elections office.",
                "the county elections office",
            ),
            (
                "The road will close for weeks, the city transit department said.",
                "the city transit department",
            ),
            // "state" after "the" is a noun, not the verb of stating
            (
                "Cases rose 4%, according to the state health department.",
                "the state health department",
            ),
            // a verb still ends the look
            ("“We won,” the county told reporters.", "the county"),
        ]);
        let c = with_view(
            "Cases rose 4%, according to the state health department.",
            |v| v.cues(),
        );
        let form = c[0].subject.as_ref().map(|m| &m.form);
        assert!(
            matches!(form, Some(Form::Group(g)) if g == "state health department"),
            "{form:?}"
        );
    }

    #[test]
    fn a_name_after_a_bodys_noun_is_that_body() {
        let named = |text: &str| {
            let c = with_view(text, |v| v.cues());
            match c[0].subject.as_ref().map(|m| &m.form) {
                Some(Form::Name(p)) => p.name.join(" "),
                other => panic!("{text}: {other:?}"),
            }
        };
        assert_eq!(
            named("Sales fell, according to the research firm Zentrix."),
            "Zentrix"
        );
        assert_eq!(
            named("Sales fell, according to data from the consultancy Orbis."),
            "Orbis"
        );
        assert_eq!(
            named("Costs rose, according to estimates by the rating agency Fitch."),
            "Fitch"
        );
        assert_eq!(
            named("Most back it, according to a poll Zentrix ran in May."),
            "Zentrix"
        );
        // not a day
        assert_subjects(&[("Costs rose, according to the report Monday.", "the report")]);
    }

    #[test]
    fn who_obtained_a_document_did_not_write_it() {
        assert_subjects(&[
            (
                "Arrests fell 12%, according to government data obtained by Zentrix News.",
                "government data",
            ),
            (
                "Costs rose, according to figures compiled by Zentrix.",
                "Zentrix",
            ),
        ]);
    }

    #[test]
    fn a_body_named_with_and_is_one_speaker_not_a_list() {
        let first_named = |text: &str| {
            let c = with_view(text, |v| v.cues())
                .into_iter()
                .next()
                .expect("a cue");
            match c.subject.expect("a subject").form {
                Form::Name(p) => p.name.join(" "),
                Form::List(list) => list[0].name.join(" "),
                other => panic!("{other:?}"),
            }
        };
        for (text, speaker) in [
            (
                "The Food and Drug Administration said it acted.",
                "Food and Drug Administration",
            ),
            (
                "The Department of Health and Human Services said so.",
                "Department of Health and Human Services",
            ),
            // a body of something, and an abstract noun
            (
                "The Centers for Disease Control and Prevention said so.",
                "Centers for Disease Control and Prevention",
            ),
            (
                "The Ministry of Defence and Security said so.",
                "Ministry of Defence and Security",
            ),
            // two speakers: people, places, companies, two whole bodies
            (
                "The Ministry of Defence and Jane Roe said so.",
                "Ministry of Defence",
            ),
            (
                "The Institute of Physics and Acme said so.",
                "Institute of Physics",
            ),
            ("Deloitte and Accenture said so.", "Deloitte"),
            ("Jane Roe and John Doe said so.", "Jane Roe"),
            ("India and Pakistan said so.", "India"),
            ("Ford and General Motors Co. said so.", "Ford"),
            ("The Senate and the Budget Office said so.", "Senate"),
        ] {
            assert_eq!(first_named(text), speaker, "{text}");
        }
    }

    #[test]
    fn an_unnamed_speaker_opening_the_sentence_may_stand_before_an_appositive() {
        let subject_of = |text: &str, verb: &str| {
            cues(text)
                .into_iter()
                .find(|(cue, _)| cue == verb)
                .and_then(|(_, s)| s)
        };
        let text = "The report, published on Monday, warned that growth would slow.";
        assert_eq!(subject_of(text, "warned").as_deref(), Some("The report"));
        let text = "Officials, speaking on condition of anonymity, said the plan failed.";
        assert_eq!(subject_of(text, "said").as_deref(), Some("Officials"));
        // a title with no name, too
        let text = "The minister, speaking to reporters, said the plan failed.";
        assert_eq!(subject_of(text, "said").as_deref(), Some("The minister"));
        // inside the sentence, a name is still needed
        let text = "After the vote, the report, published on Monday, warned of cuts.";
        assert_eq!(subject_of(text, "warned"), None);
    }

    #[test]
    fn asked_and_warned_are_inverted_after_a_quotation() {
        for verb in ["asked", "warned", "urged"] {
            let text = format!("“Is this over?” {verb} Jane Roe, the opposition leader.");
            assert_eq!(first(&text), (verb.into(), Some("Jane Roe".into())));
        }
        // before a quotation, or after its subject, the name is the object
        assert_eq!(
            first("“Leave now,” Roe warned John Doe.").1.as_deref(),
            Some("Roe")
        );
    }

    #[test]
    fn subject_before_cue_with_adverbs() {
        assert_eq!(
            first("“We will win,” Mayor Jane Roe also said."),
            ("said".into(), Some("Mayor Jane Roe".into()))
        );
        assert_eq!(
            first("Roe on Tuesday said the plan works."),
            ("said".into(), Some("Roe".into()))
        );
    }

    #[test]
    fn an_appositive_may_open_with_a_possessive_name() {
        assert_eq!(
            first("“We will win,” Jane Roe, Smith’s deputy on trade, said."),
            ("said".into(), Some("Jane Roe".into()))
        );
        // a possessive of several words, or with an ampersand
        for text in [
            "Jane Roe, Mary Major’s running mate, said she would stay.",
            "Jane Roe, AT&T’s chief, said she would stay.",
        ] {
            assert_eq!(first(text).1.as_deref(), Some("Jane Roe"), "{text}");
        }
    }

    #[test]
    fn a_sentence_may_open_with_a_name_and_a_possessive_appositive() {
        let text = "Jane Roe, Mary Major’s deputy, dismissed it as “illogical.”";
        assert_eq!(opening_subject(text), "Jane Roe");
    }

    #[test]
    fn a_relative_clause_in_commas_describes_whoever_stands_before_it() {
        assert_subjects(&[
            (
                "It drew a rebuke from Sen. Jane Roe, D-Calif., who called it “reckless.”",
                "Sen. Jane Roe",
            ),
            // an age, then a description
            (
                "Jane Roe, 61, a former nurse, told senators that she would stay.",
                "Jane Roe",
            ),
            (
                "The mayor, who faces re-election in May, said: “Taxes will fall.”",
                "The mayor",
            ),
            (
                "“It will fall,” the mayor, who faces a vote, told reporters.",
                "the mayor",
            ),
            (
                "The ministry, which oversees the police, said it acted.",
                "The ministry",
            ),
            (
                "Jane Roe, 54, who has led the union since 2019, said: “We win.”",
                "Jane Roe",
            ),
        ]);
    }

    #[test]
    fn for_joins_a_bodys_name_after_a_body_word() {
        assert_subjects(&[
            (
                "The Office for National Statistics said output rose.",
                "Office for National Statistics",
            ),
            (
                "The Centers for Disease Control said cases rose.",
                "Centers for Disease Control",
            ),
            (
                "Minister for Health Jane Roe said cases rose.",
                "Minister for Health Jane Roe",
            ),
        ]);
    }

    #[test]
    fn a_party_and_state_after_a_name_is_no_speaker() {
        assert_subjects(&[
            (
                "“It is historic,” Senate Majority Leader Jane Roe, D-N.Y., said.",
                "Senate Majority Leader Jane Roe",
            ),
            (
                "Sen. John Doe, R-Texas, called the bill “a disaster.”",
                "Sen. John Doe",
            ),
            (
                "Rep. Mary Major, I-Vt., said the bill “fails.”",
                "Rep. Mary Major",
            ),
        ]);
    }

    #[test]
    fn a_sentence_may_open_with_a_name_and_an_age() {
        let text = "Jane Roe, 56, remained a defender of the “core strategy.”";
        assert_eq!(opening_subject(text), "Jane Roe");
    }

    #[test]
    fn a_name_in_apposition_to_a_role_is_the_subject() {
        assert_eq!(
            first("The club’s general manager, Jane Roe, later said that it was fine."),
            ("said".into(), Some("Jane Roe".into()))
        );
        let (_, subject) = first("“It failed,” Senator Jane Roe, Republican of Ohio, said.");
        assert!(
            subject.is_none_or(|s| !s.contains("of Ohio")),
            "not the party line"
        );
    }

    #[test]
    fn a_long_appositive_and_a_name_after_says_that_is_no_subject() {
        assert_eq!(
            first(
                "Jane Roe, former head of the city party and a 43-year-old \
                 descendant of farmers from the north, says Lima is “a microcosm.”"
            ),
            ("says".into(), Some("Jane Roe".into()))
        );
    }

    #[test]
    fn a_weak_cue_after_a_name_in_a_noun_phrase_is_a_noun() {
        assert_eq!(
            first("In a series of Twitter posts, Jane Roe lamented the vote."),
            ("lamented".into(), Some("Jane Roe".into()))
        );
    }

    #[test]
    fn a_speaker_noun_ending_in_ly_is_no_adverb() {
        let (cue, subject) = first("“We back her,” the influential US daily wrote.");
        assert_eq!(cue, "wrote");
        assert!(subject.is_some_and(|s| s.ends_with("daily")));
    }

    #[test]
    fn a_number_opening_the_sentence_is_no_name() {
        assert_eq!(first("One in five adults reported symptoms.").1, None);
        assert_eq!(first("Two said the plan failed.").1, None);
        assert_subjects(&[("One Direction said the tour was over.", "One Direction")]);
    }

    #[test]
    fn people_named_by_their_work_speak_unnamed() {
        assert_subjects(&[
            (
                "Thousands marched on Saturday, organisers said.",
                "organisers",
            ),
            (
                "About 300 homes were flooded, firefighters said.",
                "firefighters",
            ),
            (
                "The fine was 5 per cent, the regulator said.",
                "the regulator",
            ),
        ]);
    }

    #[test]
    fn a_name_after_a_possessive_role_holds_it() {
        assert_subjects(&[
            (
                "“We are ready,” said Acme’s deputy, Sarah Liu.",
                "Sarah Liu",
            ),
            (
                "“We are ready,” said Roe’s chief of staff, Sam Poe, on Monday.",
                "Sam Poe",
            ),
            (
                "“We are ready,” said Acme Relief’s country director, Tom Hale.",
                "Tom Hale",
            ),
        ]);
    }

    #[test]
    fn who_did_not_say_something_is_not_its_source() {
        for text in [
            "The ministry did not say how many people had died.",
            "The company would not comment on reports that 300 jobs would go.",
            "Acme never said that prices would rise.",
            "The ministry has not yet said whether 40 people died.",
            "The ministry didn’t say whether 40 people died.",
        ] {
            assert!(cues(text).iter().all(|c| c.1.is_none()), "{text}");
        }
        assert_subjects(&[(
            "The ministry did not say how many people died, but local media reported that 5,000 fled.",
            "local media",
        )]);
    }

    #[test]
    fn inverted_subject_after_quote() {
        assert_eq!(
            first("“We will win,” said Secretary Roe."),
            ("said".into(), Some("Secretary Roe".into()))
        );
        assert_eq!(
            first("“Stop,” said the fire department."),
            ("said".into(), Some("the fire department".into()))
        );
    }

    #[test]
    fn whom_a_speaker_acts_for_or_where_it_is_does_not_speak() {
        assert_subjects(&[
            ("Lawyers for the family said it was unfair.", "Lawyers"),
            ("A lawyer for the family said it was unfair.", "A lawyer"),
            ("Officials in the province said it was unfair.", "Officials"),
            ("Residents in the city said it was unfair.", "Residents"),
            // a body is the source when its own people speak for it
            (
                "A spokesman for the ministry said it was unfair.",
                "the ministry",
            ),
        ]);
        // "for" with no determiner names a reason, not a client
        let found = cues("Roe was reviled by his fellow Republicans for lewd comments in a video.");
        assert!(found.iter().all(|c| c.1.is_none()), "{found:?}");
    }

    #[test]
    fn an_unnamed_subject_opening_the_sentence_is_shared_with_a_participle() {
        let t = "The ministry disputed the figures, saying 1,800 posts had been cut.";
        assert_eq!(cues(t)[0].1.as_deref(), Some("The ministry"));
        let t = "A local official spoke for an hour, saying 30 schools would close.";
        assert_eq!(cues(t)[0].1.as_deref(), Some("A local official"));
        // an article opens the subject, not a phrase before the comma
        let t = "The survey, which covers 12 districts, said growth was modest.";
        assert_eq!(cues(t)[0].1.as_deref(), Some("The survey"));
        // a conjunction after the noun is no verb: the subject is not plain
        let t = "A local official and a nurse met, saying 30 schools would close.";
        assert_eq!(cues(t)[0].1, None);
    }

    #[test]
    fn a_plural_speaker_after_a_is_its_own_noun_phrase() {
        assert_subjects(&[
            (
                "They raised it, a move supporters said would help.",
                "supporters",
            ),
            (
                "A few local officials said it would help.",
                "A few local officials",
            ),
            ("A senior official said it would help.", "A senior official"),
        ]);
    }

    #[test]
    fn according_to_takes_the_following_name() {
        assert_eq!(
            first("According to Park, “the deal is done.”"),
            ("According to".into(), Some("Park".into()))
        );
    }

    #[test]
    fn a_document_data_or_research_finds() {
        assert_subjects(&[
            ("Some 70% back it, a Gallup poll found.", "a Gallup poll"),
            ("The data show that prices rose.", "The data"),
            ("Researchers found that 12% were ill.", "Researchers"),
            ("The audit found $3 million missing.", "The audit"),
            // a participle's phrase between them
            (
                "A study published in the Journal of Sleep found that 12% slept badly.",
                "A study",
            ),
            (
                "A survey conducted by Zentrix in May found 40% unhappy.",
                "A survey",
            ),
        ]);
        // anyone else finds things, not words
        assert_no_cues(&[
            "Police found 40 shell casings.",
            "Three men were found dead.",
            "Police officers stationed nearby found two bodies.",
            "A report released Monday; police found the car.",
            "The data in hand, police found the car.",
        ]);
    }

    #[test]
    fn putting_a_figure_at_an_amount_is_a_cue() {
        assert_subjects(&[
            ("The Red Cross put the toll at 23.", "Red Cross"),
            (
                "Analysts pegged the cost of the storm at $2 billion.",
                "Analysts",
            ),
        ]);
        assert_no_cues(&[
            "He put the book on the table at noon.",
            "Crews put out the fire at dawn.",
        ]);
    }

    #[test]
    fn an_amount_added_is_no_speech() {
        assert_no_cues(&[
            "Employers added 175,000 jobs in April.",
            "The fund added another $5 billion last year.",
        ]);
        assert_eq!(
            first("Roe added the plan was dead.").1.as_deref(),
            Some("Roe")
        );
    }

    #[test]
    fn a_definite_phrase_between_a_quotation_and_its_cue_is_the_speaker() {
        assert_subjects(&[
            (
                "“We won,” the challenger told supporters.",
                "the challenger",
            ),
            (
                "“It is over,” the visibly tired challenger said.",
                "the visibly tired challenger",
            ),
        ]);
        // whom a speaker told is never the speaker, nor past a verb
        assert_eq!(first("“We won,” told supporters at a rally.").1, None);
    }

    #[test]
    fn a_possessive_determiner_may_open_the_source_after_a_cue() {
        assert_subjects(&[
            (
                "Acme faces 38,000 suits, according to its annual report.",
                "its annual report",
            ),
            ("“We quit,” said her spokesman.", "her spokesman"),
        ]);
    }

    #[test]
    fn a_plural_closing_a_cue_phrase_is_its_source() {
        assert_subjects(&[
            (
                "The probe will fly 2 million miles, according to mission planners.",
                "mission planners",
            ),
            (
                "The road will cost $4 million, according to the engineers.",
                "the engineers",
            ),
        ]);
        // a norm followed, a singular: no source
        assert_eq!(first("The vote was held according to the rules.").1, None);
        assert_eq!(first("The rite was held according to custom.").1, None);
    }

    #[test]
    fn a_run_of_speaker_nouns_after_the_cue_is_one_speaker() {
        assert_subjects(&[
            (
                "According to a ministry spokesman, “the deal is done.”",
                "a ministry spokesman",
            ),
            (
                "According to police officials, “he fled.”",
                "police officials",
            ),
            (
                "According to the ministry, “the deal is done.”",
                "the ministry",
            ),
            // so are the armed forces
            ("“We hit 30 targets,” the air force said.", "the air force"),
            // figures and data are sources too
            (
                "According to the latest census figures, 9,000 left.",
                "the latest census figures",
            ),
            // a name right after the title is who holds it
            (
                "“We are ready,” said company spokeswoman Jane Roe.",
                "company spokeswoman Jane Roe",
            ),
        ]);
    }

    #[test]
    fn pronouns_bodies_and_lists() {
        assert_eq!(
            first("“Enough,” she said."),
            ("said".into(), Some("she".into()))
        );
        assert_eq!(
            first("The joint statement says the talks “failed.”"),
            ("says".into(), Some("The joint statement".into()))
        );
        assert_eq!(
            first("Roe and Park said the city “will recover.”"),
            ("said".into(), Some("Roe and Park".into()))
        );
        assert_eq!(
            first("“Fine,” it read."),
            ("read".into(), Some("it".into()))
        );
    }

    #[test]
    fn appositive_and_relative_subjects() {
        assert_eq!(
            first("Ann Lee, a former envoy to Chile, stated that “nothing changed.”"),
            ("stated".into(), Some("Ann Lee".into()))
        );
        assert_eq!(
            first("It was Lee, who said “nothing changed.”"),
            ("said".into(), Some("Lee".into()))
        );
        // an age may open the name in apposition
        assert_eq!(
            first("“It’s over,” one resident, 72-year-old Maria Lopez, said."),
            ("said".into(), Some("Maria Lopez".into()))
        );
    }

    #[test]
    fn a_pronoun_subject_may_carry_a_contracted_verb() {
        assert_subjects(&[
            ("He's said the plan is dead.", "He's"),
            ("They’re saying the plan is dead.", "They’re"),
        ]);
        // a name's "’s" stays a possessive: "Roe’s said" is no cue
        assert!(cues("Roe’s said plan is dead.").is_empty());
    }

    #[test]
    fn who_was_told_or_asked_is_no_speaker() {
        assert_no_cues(&[
            "Jane Roe was told that the plan is dead.",
            "I'm told the plan is dead.",
            "We were repeatedly warned that the plan is dead.",
            "Roe has been asked whether the plan is dead.",
        ]);
        assert_eq!(
            first("Roe was told by the coach that the plan is dead.")
                .1
                .as_deref(),
            Some("the coach")
        );
        assert!(cues("It is said that the plan is dead.").is_empty());
        assert_eq!(
            first("Jane Roe told reporters the plan is dead.")
                .1
                .as_deref(),
            Some("Jane Roe")
        );
    }

    #[test]
    fn an_aside_between_dashes_stands_between_subject_and_cue() {
        assert_subjects(&[
            (
                "Jane Roe – who has served for 20 years – said: “Act.”",
                "Jane Roe",
            ),
            (
                "Jane Roe—the city’s longest-serving mayor—said: “Act.”",
                "Jane Roe",
            ),
            (
                "The mayor – who faces a vote, like all of us – said: “Act.”",
                "The mayor",
            ),
        ]);
        // a quotation ends the look back
        assert_eq!(first("Jane Roe – “never” – said: “Act.”").1, None);
    }

    #[test]
    fn a_role_in_apposition_to_a_name_describes_it() {
        let role_of = |text: &str| {
            with_view(text, |v| {
                let c = v.cues().into_iter().next().expect("a cue");
                v.description_of(&c.subject.expect("a subject"))
            })
            .map(|r| r.join(" "))
        };
        for (text, role) in [
            (
                "John Doe, the chief executive of Acme, said so.",
                "chief executive",
            ),
            (
                "Acme’s chief executive, John Doe, said so.",
                "chief executive",
            ),
            (
                "The company’s chief executive, John Doe, said so.",
                "chief executive",
            ),
            ("John Doe, a former envoy, said so.", "former envoy"),
            ("John Doe, a spokesman for Acme, said so.", "spokesman"),
            (
                "Jane Roe, Acme’s founder and a former envoy, said so.",
                "founder",
            ),
        ] {
            assert_eq!(role_of(text).as_deref(), Some(role), "{text}");
        }
        for text in [
            "Jane Roe, a Democrat, said so.",
            "In Paris, Jane Roe said so.",
            "Jane Roe, who runs the agency, said so.",
        ] {
            assert_eq!(role_of(text), None, "{text}");
        }
    }

    #[test]
    fn a_name_before_a_noun_of_speakers_or_bodies_modifies_the_subject() {
        for (text, subject) in [
            ("Acme analysts were upbeat: “No.”", "Acme analysts"),
            ("The Roe campaign ran ads.", "The Roe campaign"),
            ("Jane Roe ran ads.", "Jane Roe"),
        ] {
            assert_eq!(opening_subject(text), subject, "{text}");
        }
    }

    #[test]
    fn a_dateline_opens_no_subject() {
        for text in [
            "SYDNEY — Jane Roe held the rate.",
            "KYIV, Ukraine (AP) — Jane Roe held the rate.",
            "WASHINGTON, Jan 25 (Reuters) - Jane Roe held the rate.",
        ] {
            assert_eq!(opening_subject(text), "Jane Roe", "{text}");
        }
        // an acronym opening the sentence is no dateline
        assert_eq!(opening_subject("NATO met in Paris - and agreed."), "NATO");
    }

    #[test]
    fn a_name_between_commas_after_an_opening_role_is_the_subject() {
        for text in [
            "The Acme coach, Jane Roe, was less pleased.",
            "Her rival, Jane Roe, was less pleased.",
            "In May, the chair, Jane Roe, quit.",
        ] {
            assert_eq!(opening_subject(text), "Jane Roe", "{text}");
        }
        // no name between the commas, or no verb after them
        for text in [
            "The coach, who is 40, quit.",
            "The coach, Jane Roe, Acme and Doe met.",
        ] {
            assert!(with_view(text, |v| v.role_then_name(0)).is_none(), "{text}");
        }
    }

    #[test]
    fn a_cue_coordinated_with_the_sentences_verb_shares_its_subject() {
        let subject_of = |text: &str, verb: &str| {
            cues(text)
                .into_iter()
                .find(|c| c.0 == verb)
                .and_then(|c| c.1)
        };
        for (text, verb, subject) in [
            (
                "Jane Roe declined to comment but said: “No.”",
                "said",
                "Jane Roe",
            ),
            (
                "Jane Roe declined to comment but also said: “No.”",
                "said",
                "Jane Roe",
            ),
            (
                "Jane Roe refused to comment, saying: “No.”",
                "saying",
                "Jane Roe",
            ),
            (
                "Jane Roe smiled and told reporters: “No.”",
                "told",
                "Jane Roe",
            ),
            (
                "Acme analysts were upbeat, saying: “No.”",
                "saying",
                "Acme analysts",
            ),
            (
                "The Roe campaign ran ads and said: “No.”",
                "said",
                "The Roe campaign",
            ),
            (
                "Roe’s campaign ran ads and said: “No.”",
                "said",
                "Roe’s campaign",
            ),
        ] {
            assert_eq!(subject_of(text, verb).as_deref(), Some(subject), "{text}");
        }
        for text in [
            // not the opening subject's verb
            "Jane Roe ran ads that imply the plan is dead and ask: “Why?”",
            "While Acme Corp is required to pay the money it raises according to a formula \
             agreed with all, the Roe group waited and said: “No.”",
        ] {
            let verb = ["said", "saying", "ask"]
                .into_iter()
                .find(|v| text.contains(&format!(" {v}:")))
                .unwrap();
            assert_eq!(subject_of(text, verb), None, "{text}");
        }
    }

    #[test]
    fn a_relative_clause_stands_between_the_subject_and_its_cue() {
        for (text, subject) in [
            (
                "A diplomat who asked not to be named said: “We are close.”",
                "A diplomat",
            ),
            (
                "Acme which has 900 workers in Ohio has estimated that it lost.",
                "Acme",
            ),
            ("People who know Jane Roe said she left.", "People"),
            (
                "Acme (ACM) which has 900 workers in Ohio has estimated that it lost.",
                "Acme",
            ),
        ] {
            let cue = cues(text).into_iter().find(|c| c.0 != "asked");
            assert_eq!(cue.and_then(|c| c.1).as_deref(), Some(subject), "{text}");
        }
        // a question's "who" describes no one
        assert_eq!(
            first("Nobody knows who Jane Roe said it was.").1.as_deref(),
            Some("Jane Roe")
        );
    }

    #[test]
    fn a_place_after_the_subject_is_not_the_subject() {
        assert_subjects(&[
            ("Acme Bank in Ohio announced a fee.", "Acme Bank"),
            ("Officials in Kyiv said 12 drones fell.", "Officials"),
            (
                "The mayor of Springfield said 300 homes burned.",
                "The mayor",
            ),
            // a body one speaks for stays the subject; so does a name's own "of"
            ("A spokesman for Acme Bank said so.", "Acme Bank"),
            ("A spokesman from Acme Bank said so.", "Acme Bank"),
            // a lawmaker's seat is a place too
            ("The senator from Ohio said so.", "The senator"),
            ("Jane Roe of Ohio said so.", "Jane Roe of Ohio"),
        ]);
    }

    #[test]
    fn who_issued_a_document_is_the_source_of_its_words() {
        assert_subjects(&[
            (
                "Jane Roe himself released a statement saying he was “sorry.”",
                "Jane Roe",
            ),
            (
                "The Acme campaign sent an email on Friday saying “vote.”",
                "The Acme campaign",
            ),
            // the document as the subject speaks itself
            (
                "The joint statement says the talks were “very good.”",
                "The joint statement",
            ),
        ]);
    }

    #[test]
    fn who_is_quoted_as_saying_is_the_source() {
        assert_subjects(&[
            (
                "“No,” the Acme website quoted Jane Roe, its editor, as saying.",
                "Jane Roe",
            ),
            ("The daily quoted him as saying “no.”", "him"),
            // no "as saying": who quotes is the subject
            (
                "Jane Roe quoted the old saying, “no pain, no gain.”",
                "Jane Roe",
            ),
        ]);
    }

    #[test]
    fn a_capitalised_cue_verb_is_a_cue_in_a_headline() {
        assert_eq!(
            first("In Court, Jane Roe Says “We Will Win This Case.”"),
            ("Says".into(), Some("Jane Roe".into()))
        );
        // in prose a capitalised cue word is a name or a title
        assert!(cues("Jane Roe Says is a game for the young.").is_empty());
    }

    #[test]
    fn a_possessive_before_a_noun_of_speech_owns_the_quotation() {
        let source = |text: &str| {
            let m = with_view(text, |v| {
                let item = (0..v.items.len()).find(|&i| v.quote(i).is_some())?;
                v.possessive_source(item)
            });
            m.map(|m| text[m.start..m.end].to_string())
        };
        let t = "It echoed Jane Roe’s claims of a “vast plot” against her.";
        assert_eq!(source(t).as_deref(), Some("Jane Roe’s"));
        let t = "Roe's description of the deal as “a disaster” stood.";
        assert_eq!(source(t).as_deref(), Some("Roe's"));
        // a possessive that owns no speech
        assert_eq!(source("It echoed Jane Roe’s book, “Vast Plots”."), None);
    }

    #[test]
    fn a_cue_word_after_a_possessive_is_a_noun() {
        for text in [
            "Jane Roe’s comments drew fire.",
            "Acme's claims were “false,” it turned out.",
        ] {
            let found = cues(text);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
    }

    #[test]
    fn role_only_subject() {
        assert_eq!(
            first("the city's health minister warned of “grave risk.”"),
            ("warned".into(), Some("the city's health minister".into()))
        );
    }

    #[test]
    fn noun_senses_of_cue_words_are_not_cues() {
        let found = cues("The report was late and the claims grew.");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_pronoun_opens_the_sentence_it_subjects() {
        let t = "She often sides with them, saying, “We agree on most things.”";
        assert_eq!(opening_subject(t), "She");
    }
}
