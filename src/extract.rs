//! The extractor for one article: runs segmentation, quotations,
//! attribution, speaker resolution and numbers over it, in reading order,
//! and returns its claims sorted by position with stable ids.
//!
//! Paragraphs are analysed once (tokens, quotations, sentences); names are
//! gathered from the whole article before any speaker is resolved, so that
//! "Roe" in the first paragraph resolves to a fuller name given later.

use crate::attribution::{Cue, POSSESSIVE_DETERMINERS, SentenceView, reports_only_with_that};
use crate::claim::{Claim, Kind, Span, Speaker, assign_ids};
use crate::corpus::Article;
use crate::lexicon::NOUNS_IN_LY;
use crate::numbers;
use crate::quotes::{self, LeftOpen, QuoteSpan};
use crate::segment::{self, Token};
use crate::speakers::{Form, Mention, Registry, Resolver, WEEKDAYS, headline_case, title_words};
use std::ops::Range;
use std::rc::Rc;

/// Which kinds of claim to extract.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kinds {
    /// Direct quotations.
    pub quote: bool,
    /// Reported speech.
    pub statement: bool,
    /// Amounts.
    pub quantity: bool,
}

impl Default for Kinds {
    fn default() -> Self {
        Kinds {
            quote: true,
            statement: true,
            quantity: true,
        }
    }
}

impl Kinds {
    /// Whether claims of `kind` are wanted.
    pub fn wants(&self, kind: Kind) -> bool {
        match kind {
            Kind::Quote => self.quote,
            Kind::Statement => self.statement,
            Kind::Quantity => self.quantity,
        }
    }

    /// Only the listed kinds.
    pub fn only(list: &[Kind]) -> Kinds {
        Kinds {
            quote: list.contains(&Kind::Quote),
            statement: list.contains(&Kind::Statement),
            quantity: list.contains(&Kind::Quantity),
        }
    }
}

/// A paragraph, analysed once.
struct Para<'a> {
    offset: usize,
    /// The 0-based body line the paragraph stands on.
    line: usize,
    text: &'a str,
    toks: Vec<Token>,
    quotes: Vec<QuoteSpan>,
    outer: Vec<Range<usize>>,
    sentences: Vec<Range<usize>>,
}

impl<'a> Para<'a> {
    /// The paragraph `p` of `body`, after one that left `left_open` open.
    fn new(body: &'a str, p: segment::Paragraph, left_open: Option<LeftOpen>) -> Para<'a> {
        let text = &body[p.start..p.end];
        let quotes = quotes::find_after(text, left_open);
        let outer: Vec<_> = quotes.iter().map(QuoteSpan::outer).collect();
        let sentences = segment::sentences(text, &outer);
        Para {
            offset: p.start,
            line: p.line,
            text,
            toks: segment::tokens(text),
            quotes,
            outer,
            sentences,
        }
    }
}

/// The claims of one article, in order of position.
pub fn extract(article: &Article, kinds: Kinds) -> Vec<Claim> {
    let mut claims = Vec::new();
    extract_each(article, kinds, |c| claims.push(c));
    claims
}

/// Hands the claims of one article to `each`, in order of position. Each
/// claim's sentence is copied out just before it is handed on, so a caller
/// that writes and drops the claims never holds all their sentences: in a
/// paragraph dense with claims they are many times the text.
pub fn extract_each(article: &Article, kinds: Kinds, mut each: impl FnMut(Claim)) {
    let body = article.body.as_str();
    let mut left_open = None;
    let paras: Vec<Para> = segment::paragraphs(body)
        .into_iter()
        .map(|p| {
            let para = Para::new(body, p, left_open);
            left_open = quotes::left_open(para.text, &para.quotes);
            para
        })
        .collect();
    let mut registry = Registry::default();
    for p in &paras {
        registry.add_paragraph(p.text, &p.toks, &p.sentences, p.offset);
    }
    let mut state = State {
        resolver: Resolver::new(&registry),
        // news holds a claim per 150 bytes or so (the fixtures: 6,949 in
        // 1 MB); with room for one per 100, the vector of large claims is
        // seldom copied to grow
        claims: Vec::with_capacity(body.len() / 100 + 4),
        article,
        kinds,
        prev_speaker: None,
        pending: Vec::new(),
    };
    for p in &paras {
        state.paragraph(p);
    }
    let mut drafts = state.claims;
    drafts.sort_by_key(|d| (d.claim.span.start, d.claim.kind, d.claim.span.end));
    assign_ids(drafts.iter_mut().map(|d| &mut d.claim));
    for Draft {
        mut claim,
        sentence,
    } in drafts
    {
        claim.sentence = body[sentence].to_string();
        each(claim);
    }
}

/// A claim as the walk finds it, its sentence still a place in the body.
struct Draft {
    claim: Claim,
    sentence: Range<usize>,
}

/// What the walk through an article carries from paragraph to paragraph.
struct State<'r, 'a> {
    resolver: Resolver<'r>,
    claims: Vec<Draft>,
    article: &'a Article,
    kinds: Kinds,
    /// The speaker of the last quotation of the previous paragraph.
    prev_speaker: Option<Rc<Speaker>>,
    /// Pieces of a quotation running over paragraphs ("“A¶“B,” she said.")
    /// that wait for the attribution of the piece that closes it.
    pending: Vec<Draft>,
}

/// A speaker found for a quotation, with the cue that names them; shared,
/// since one attribution often covers several quotations and amounts.
type Said = Option<(Rc<Speaker>, Option<Rc<str>>)>;

/// The coordinated clauses of a sentence with a speaker of their own
/// ("…, and Doe said …"): where each one's cue ends (paragraph offset),
/// in text order, and who speaks in it.
type Clauses = Vec<(usize, Said)>;

impl State<'_, '_> {
    fn paragraph(&mut self, p: &Para) {
        let mut said: Vec<Said> = vec![None; p.quotes.len()];
        // quotations whose cue names someone the rules cannot find ("he
        // said" with no man named): no other speaker is theirs
        let mut unknown = vec![false; p.quotes.len()];
        let mut sentence_speaker: Vec<Said> = vec![None; p.sentences.len()];
        let mut leads = vec![false; p.sentences.len()];
        let mut subjects = vec![0..0; p.sentences.len()];
        // (sentence, cue end, speaker), in text order; empty but for
        // sentences with coordinated clauses, so nothing is allocated
        let mut clauses: Vec<(usize, usize, Said)> = Vec::new();
        for (si, range) in p.sentences.iter().enumerate() {
            let view = SentenceView::new(p.text, &p.toks, &p.outer, range.clone(), p.offset);
            let own;
            (sentence_speaker[si], leads[si], subjects[si], own) =
                self.sentence(p, &view, range, &mut said, &mut unknown);
            clauses.extend(own.into_iter().map(|(end, s)| (si, end, s)));
        }
        attribute_to_next(p, &mut said, &sentence_speaker, &leads);
        self.inherit(p, &mut said, &sentence_speaker, &unknown);
        self.emit_quotes(p, &said);
        self.emit_quantities(p, &said, &sentence_speaker, &subjects, &clauses);
        self.prev_speaker = said.iter().rev().flatten().next().map(|(s, _)| s.clone());
    }

    /// Attributes the quotations of one sentence; returns who the sentence
    /// as a whole is attributed to (for amounts outside quotations),
    /// whether the sentence opens with that attribution ("Jane Roe, an
    /// adviser, said …", "Said Jane Roe …"), and the body bytes from the
    /// words naming them to the cue (empty when none).
    fn sentence(
        &mut self,
        p: &Para,
        view: &SentenceView,
        range: &Range<usize>,
        said: &mut [Said],
        unknown: &mut [bool],
    ) -> (Said, bool, Range<usize>, Clauses) {
        let cues = view.cues();
        if cues.first().is_some_and(|c| closing_pronoun(view, c)) {
            self.note_subject(view);
        }
        let index = CueIndex::new(&cues, p.text, view);
        let mut resolved: Vec<Option<Rc<Speaker>>> = vec![None; cues.len()];
        let quote_items: Vec<(usize, usize)> = (0..view.items.len())
            .filter_map(|i| view.quote(i).map(|q| (i, q)))
            .collect();
        for &(item, q) in &quote_items {
            let Some(ci) = index.choose(&cues, item, q) else {
                said[q] = self.elided_cue(view, item, q).or_else(|| {
                    let m = view.possessive_source(item)?;
                    Some((self.resolve(&m)?, None))
                });
                continue;
            };
            let speaker = self.resolve_cue(view, &cues, ci, &mut resolved);
            unknown[q] = speaker.is_none() && cues[ci].subject.is_some();
            said[q] = speaker.map(|s| (s, Some(p.text[cues[ci].bytes.clone()].into())));
        }
        // "Roe deflected with a quip: “…”": a colon introduces the
        // quotation even without a cue verb.
        let colon = quote_items
            .iter()
            .any(|&(item, q)| said[q].is_none() && item > 0 && view.punct(item - 1) == Some(':'));
        if (colon || cues.iter().any(|c| c.subject.is_none()))
            && quote_items.iter().any(|&(_, q)| said[q].is_none())
            && let Some(m) = view.opening_subject()
        {
            let speaker = self.resolve(&m);
            for &(_, q) in &quote_items {
                if said[q].is_none() && !unknown[q] {
                    said[q] = speaker.clone().map(|s| (s, None));
                }
            }
        }
        let main = index.main(&cues);
        let sentence_said = main.and_then(|ci| {
            let s = self.resolve_cue(view, &cues, ci, &mut resolved)?;
            Some((s, Some(p.text[cues[ci].bytes.clone()].into())))
        });
        if let (Some(ci), Some((speaker, _))) = (main, &sentence_said) {
            // the statement ends where a clause with a speaker of its own
            // begins ("…, and Doe said …")
            let end = index
                .coordinated
                .iter()
                .find(|&&(b, other)| other != ci && b > cues[ci].item_end)
                .map_or(range.end, |&(b, _)| {
                    // the boundary is a semicolon, or the word after a comma
                    let at = if view.punct(b) == Some(';') { b } else { b - 1 };
                    view.bytes(at, at + 1).start
                });
            self.statement(p, view, &cues[ci], range, end, speaker);
        }
        if main.is_none() {
            self.note_subject(view);
        }
        self.note_documents(view);
        let leads = main.is_some_and(|ci| opens_with(&cues[ci], p, range));
        // the subject and what stands between it and the cue ("Acme,
        // which has 900 workers, said")
        let subject = main
            .filter(|_| sentence_said.is_some())
            .and_then(|ci| {
                let m = cues[ci].subject.as_ref()?;
                let cue = p.offset + cues[ci].bytes.start;
                let end = if m.start > cue {
                    // "According to police, the deal …": after a cue
                    // opening the sentence, ", the" opens the main clause
                    let opens = cues[ci].item == view.after_dateline();
                    described_until(p, m.end, range, !opens)
                } else {
                    m.end.max(cue)
                };
                Some(m.start.min(cue)..end)
            })
            .unwrap_or(0..0);
        // "…, and Doe said it would fall 3%": the amounts after a
        // coordinated clause's cue are its speaker's
        let clauses = index
            .coordinated
            .iter()
            .filter(|&&(_, ci)| Some(ci) != main)
            .filter_map(|&(_, ci)| {
                let s = self.resolve_cue(view, &cues, ci, &mut resolved)?;
                let cue = Some(p.text[cues[ci].bytes.clone()].into());
                Some((cues[ci].bytes.end, Some((s, cue))))
            })
            .collect();
        (sentence_said, leads, subject, clauses)
    }

    /// `“…,” the ministry in a statement`: a quotation ending in a comma and
    /// followed straight by a name or body is attributed to it even though
    /// the verb is missing.
    fn elided_cue(&mut self, view: &SentenceView, item: usize, q: usize) -> Said {
        // "“…,” his critics aren't buying it": an owner's group is the
        // next clause's subject, not a label of the quotation
        let owned = view
            .word(item + 1)
            .is_some_and(|w| POSSESSIVE_DETERMINERS.contains(&w));
        if !view.quoted_text(q).trim_end().ends_with(',') || owned {
            return None;
        }
        let m = view.subject_after(item + 1)?;
        if !matches!(m.form, Form::Name(_) | Form::Group(_)) {
            return None;
        }
        Some((self.resolve(&m)?, None))
    }

    /// Resolves cue `ci`'s subject once per sentence.
    fn resolve_cue(
        &mut self,
        view: &SentenceView,
        cues: &[Cue],
        ci: usize,
        resolved: &mut [Option<Rc<Speaker>>],
    ) -> Option<Rc<Speaker>> {
        if resolved[ci].is_none() {
            let m = cues[ci].subject.as_ref()?;
            resolved[ci] = self.resolve(m);
            // "John Doe, the chief executive of Acme, said" and "said
            // company spokesman John Doe": "the chief executive", "the
            // spokesman" name him from now on
            if let (Form::Name(parts), Some(s)) = (&m.form, &resolved[ci])
                && let Some(role) = view
                    .description_of(m)
                    .or_else(|| title_words(parts.role.iter().map(String::as_str)))
            {
                self.resolver.describe(&s.name, role);
            }
        }
        resolved[ci].clone()
    }

    /// The speaker a mention names, shared for the quotations and amounts
    /// it will speak for.
    fn resolve(&mut self, m: &Mention) -> Option<Rc<Speaker>> {
        let text = &self.article.body[m.start..m.end];
        self.resolver.resolve(m, text).map(Rc::new)
    }

    /// Remembers the subject of a sentence without a cue, for pronouns.
    fn note_subject(&mut self, view: &SentenceView) {
        if let Some(m) = view.subordinate_subject()
            && let Form::Name(parts) = &m.form
        {
            let text = &self.article.body[m.start..m.end];
            self.resolver.note_named(parts, m.start, text);
        }
        let Some(m) = view.opening_subject() else {
            return;
        };
        let text = &self.article.body[m.start..m.end];
        match &m.form {
            Form::Name(parts) => self.resolver.note_named(parts, m.start, text),
            Form::List(list) => self.resolver.note_group(&list[0], m.start, text),
            _ => {}
        }
    }

    /// Remembers documents named in passing ("issued a joint statement").
    fn note_documents(&mut self, view: &SentenceView) {
        for i in 0..view.items.len() {
            let Some(w) = view.word(i) else { continue };
            if !matches!(
                w,
                "statement" | "communique" | "communiqué" | "report" | "letter"
            ) {
                continue;
            }
            let mut s = i;
            while s > 0
                && view.word(s - 1).is_some_and(|w| {
                    w.chars().all(char::is_lowercase)
                        && !matches!(
                            w,
                            "a" | "an" | "the" | "in" | "of" | "this" | "that" | "its" | "their"
                        )
                })
            {
                s -= 1;
            }
            let words: Vec<&str> = (s..=i).filter_map(|k| view.word(k)).collect();
            let name = words.join(" ");
            self.resolver.note_body(&name, &name);
        }
    }

    /// A quotation with no cue of its own takes the speaker of the nearest
    /// attribution before it in its paragraph (a quotation's or a
    /// sentence's), else of the next attributed quotation there, else, when
    /// the paragraph opens with a quotation mark, that of the previous
    /// paragraph's last quotation.
    fn inherit(&mut self, p: &Para, said: &mut [Said], sentence_said: &[Said], unknown: &[bool]) {
        let sentences: Vec<(usize, Said)> = p
            .sentences
            .iter()
            .zip(sentence_said)
            .filter(|(_, s)| s.is_some())
            .map(|(r, s)| (r.start, s.clone()))
            .collect();
        // One pass each way keeps this linear in the number of quotations:
        // the next quotation that has a speaker of its own, by index.
        let mut next_after: Vec<Option<usize>> = vec![None; said.len()];
        for q in (0..said.len().saturating_sub(1)).rev() {
            next_after[q] = if said[q + 1].is_some() {
                Some(q + 1)
            } else {
                next_after[q + 1]
            };
        }
        let mut quote_before: Option<(usize, Said)> = None;
        let mut sentence_idx = 0;
        for q in 0..said.len() {
            let at = p.quotes[q].open;
            while sentence_idx < sentences.len() && sentences[sentence_idx].0 < at {
                sentence_idx += 1;
            }
            if said[q].is_none() && !unknown[q] {
                let sentence_before = sentence_idx.checked_sub(1).map(|i| sentences[i].clone());
                let nearest = match (quote_before.clone(), sentence_before) {
                    (Some(a), Some(b)) => Some(if a.0 >= b.0 { a.1 } else { b.1 }),
                    (a, b) => a.or(b).map(|x| x.1),
                };
                let from_prev = (q == 0 && at == 0)
                    .then(|| self.prev_speaker.clone().map(|s| (s, None)))
                    .flatten();
                said[q] = nearest
                    .flatten()
                    .or_else(|| next_after[q].and_then(|k| said[k].clone()))
                    .or(from_prev);
            }
            if said[q].is_some() {
                quote_before = Some((at, said[q].clone()));
            }
        }
    }

    fn emit_quotes(&mut self, p: &Para, said: &[Said]) {
        if !self.kinds.quote {
            return;
        }
        self.settle_pending(p, said);
        for (k, (q, s)) in p.quotes.iter().zip(said).enumerate() {
            let words = &p.text[q.start..q.end];
            if (quotes::names_a_work(words)
                || quotes::names_one_thing(&p.text[..q.open], words, &p.text[q.close..]))
                && !in_headline(p, q.start)
            {
                continue;
            }
            // A piece that runs on into the next paragraph, or a paragraph
            // that is one bare quotation: the next paragraph's opening
            // quotation may name its speaker ("“A.”¶“B,” said X.").
            let bare = p.quotes.len() == 1 && q.open == 0 && q.close >= p.text.trim_end().len();
            let continues = (!q.closed && k + 1 == p.quotes.len()) || bare;
            let Some((speaker, cue)) = s else {
                if continues {
                    let sentence = sentence_of(p, q.start);
                    self.push(p, q.start..q.end, Kind::Quote, None, None, sentence, None);
                    let piece = self.claims.pop().expect("just pushed");
                    self.pending.push(piece);
                }
                continue;
            };
            let sentence = sentence_of(p, q.start);
            self.push(
                p,
                q.start..q.end,
                Kind::Quote,
                Some(speaker),
                cue.as_deref(),
                sentence,
                None,
            );
        }
    }

    /// A reported-speech claim for the main clause `NP cue that CLAUSE`.
    fn statement(
        &mut self,
        p: &Para,
        view: &SentenceView,
        cue: &Cue,
        range: &Range<usize>,
        end: usize,
        speaker: &Speaker,
    ) {
        if !self.kinds.statement
            || !cue.subject_first
            // a capitalised cue is a headline's ("Roe Says Acme Lost")
            || view.word(cue.item).is_some_and(|w| w.starts_with(char::is_uppercase))
            || (0..cue.item).any(|i| view.quote(i).is_some())
        {
            return;
        }
        let Some(subject) = &cue.subject else { return };
        if subject.start - p.offset > range.start + 60 {
            return;
        }
        let mut i = cue.item_end;
        let told = view.word(cue.item).is_some_and(|w| {
            matches!(
                w,
                "told" | "tells" | "tell" | "assured" | "informed" | "reminded"
            )
        });
        if told {
            let that = (i..(i + 5).min(view.items.len())).find(|&k| view.word(k) == Some("that"));
            i = that.unwrap_or_else(|| recipient_end(view, i));
        }
        i += time_words_at(view, i);
        // "said shortly after …", "conceded late on Tuesday": an adverb
        // before a phrase of time or place
        if view
            .word(i)
            .is_some_and(|w| w.ends_with("ly") && !NOUNS_IN_LY.contains(&w))
            && view.word(i + 1).is_some_and(|w| PREPOSITIONS.contains(&w))
        {
            i += 1;
        }
        // "asked her: “…”": the words are the quotation's, not a statement
        if view
            .word(i)
            .is_some_and(|w| matches!(w, "her" | "him" | "them" | "me" | "us" | "you"))
            && (view.punct(i + 1).is_some() || view.quote(i + 1).is_some())
        {
            return;
        }
        if view.word(i).is_some_and(|w| PREPOSITIONS.contains(&w)) && !hedges_amount(view, i) {
            // "said at a summit on Monday that …": the clause starts after
            // "that"; "said on Tuesday it had …" after the day; "said at a
            // summit." reports nothing.
            let reach = (i + 12).min(view.items.len());
            match (i..reach).find(|&k| view.word(k) == Some("that")) {
                Some(that) => i = that,
                None if is_day(view, i) => {
                    i += 2;
                    let part = |w: &str| matches!(w, "morning" | "afternoon" | "evening" | "night");
                    i += usize::from(view.word(i).is_some_and(part));
                }
                None => return,
            }
        }
        // "saying only that …", "said simply that …"
        if view
            .word(i)
            .is_some_and(|w| matches!(w, "only" | "simply" | "merely" | "just" | "also"))
            && view.word(i + 1) == Some("that")
        {
            i += 1;
        }
        if view.word(i) == Some("that") {
            i += 1;
        } else if view.word(cue.item).is_some_and(reports_only_with_that) {
            return; // "the CDC maintains an office", "began showing symptoms"
        }
        if i >= view.items.len() || view.quote(i).is_some() || view.punct(i).is_some() {
            return;
        }
        let start = view.bytes(i, i + 1).start;
        if start >= end {
            return;
        }
        let clause = p.text[start..end].trim_end_matches(['.', ' ', ',', ';']);
        if clause.split_whitespace().count() < 4 {
            return;
        }
        let cue_text = &p.text[cue.bytes.clone()];
        self.push(
            p,
            start..start + clause.len(),
            Kind::Statement,
            Some(speaker),
            Some(cue_text),
            range.clone(),
            None,
        );
    }

    /// Pushes the amounts of each sentence, stated by the speaker of the
    /// quotation they stand in, else by the sentence's; an amount within
    /// the words naming that speaker or describing them before the cue
    /// ("Some 300 residents said", "Acme, which has 900 workers, said") is
    /// the article's own.
    fn emit_quantities(
        &mut self,
        p: &Para,
        said: &[Said],
        sentence_speaker: &[Said],
        subjects: &[Range<usize>],
        clauses: &[(usize, usize, Said)],
    ) {
        if !self.kinds.quantity {
            return;
        }
        for (si, range) in p.sentences.iter().enumerate() {
            for found in numbers::find(p.text, &p.toks, range.clone()) {
                let at = found.range.start;
                let inside = p
                    .outer
                    .partition_point(|r| r.start < at)
                    .checked_sub(1)
                    .filter(|&q| at < p.outer[q].end);
                let subject = &subjects[si];
                let in_subject = p.offset + found.range.start < subject.end
                    && subject.start < p.offset + found.range.end;
                let who = match inside {
                    Some(q) => said[q].clone(),
                    None if in_subject => None,
                    None => {
                        let after = clauses.partition_point(|c| (c.0, c.1) <= (si, at));
                        match after.checked_sub(1).map(|c| &clauses[c]) {
                            Some((s, _, said)) if *s == si => said.clone(),
                            _ => sentence_speaker[si].clone(),
                        }
                    }
                };
                let (speaker, cue) = who.map_or((None, None), |(s, c)| (Some(s), c));
                self.push(
                    p,
                    found.range,
                    Kind::Quantity,
                    speaker.as_deref(),
                    cue.as_deref(),
                    range.clone(),
                    Some(found.quantity),
                );
            }
        }
    }

    /// Gives waiting quotations the speaker of this paragraph's opening
    /// quotation, which continues them; drops them when the paragraph does
    /// not open with a quotation.
    fn settle_pending(&mut self, p: &Para, said: &[Said]) {
        if self.pending.is_empty() {
            return;
        }
        let continued = p.quotes.first().is_some_and(|q| q.open == 0);
        if !continued {
            self.pending.clear();
            return;
        }
        let Some((speaker, _)) = &said[0] else {
            return; // unattributed too: it waits with them
        };
        let pieces: Vec<Draft> = self.pending.drain(..).collect();
        for mut piece in pieces {
            // amounts stated inside the piece are the speaker's too
            for Draft { claim: c, .. } in self.claims.iter_mut().rev() {
                if c.span.start < piece.claim.span.start {
                    break;
                }
                if c.kind == Kind::Quantity
                    && c.speaker.is_none()
                    && c.span.end <= piece.claim.span.end
                {
                    c.speaker = Some(Speaker::clone(speaker));
                }
            }
            piece.claim.speaker = Some(Speaker::clone(speaker));
            self.claims.push(piece);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        p: &Para,
        r: Range<usize>,
        kind: Kind,
        speaker: Option<&Speaker>,
        cue: Option<&str>,
        sentence: Range<usize>,
        quantity: Option<crate::claim::Quantity>,
    ) {
        let start = p.offset + r.start;
        let end = p.offset + r.end;
        let window = window(p.text, sentence, r);
        let claim = Claim {
            article: self.article.name.clone(),
            id: String::new(),
            kind,
            text: self.article.body[start..end].to_string(),
            speaker: speaker.cloned(),
            cue: cue.map(str::to_string),
            span: Span {
                start: self.article.offset + start,
                end: self.article.offset + end,
                line: self.article.first_line + p.line,
            },
            sentence: String::new(),
            quantity,
        };
        self.claims.push(Draft {
            claim,
            sentence: p.offset + window.start..p.offset + window.end,
        });
    }
}

/// Words that open a phrase of place, time or manner after a cue verb
/// ("said at a summit", "wrote on Twitter"), not a reported clause.
const PREPOSITIONS: &[&str] = &[
    "at", "on", "in", "during", "before", "after", "from", "with", "via", "over", "outside",
    "inside", "through", "to", "for", "by", "while", "when", "aboard", "amid", "near", "across",
    "behind", "under",
];

/// Whether items `i`, `i + 1` are "on" and a day's name ("said on
/// Tuesday it had …"), a phrase of time that a clause may follow with no
/// "that".
fn is_day(view: &SentenceView, i: usize) -> bool {
    view.word(i) == Some("on") && view.word(i + 1).is_some_and(|d| WEEKDAYS.contains(&d))
}

/// Where the one told ends, from item `i` after "told": "told the
/// paper", "told reporters", "told Sky News" (a capitalised run is one
/// name).
fn recipient_end(view: &SentenceView, i: usize) -> usize {
    let det = view
        .word(i)
        .is_some_and(|w| matches!(w, "the" | "a" | "an" | "his" | "her" | "their"));
    let mut k = i + usize::from(det);
    let capital = |k: usize| {
        view.word(k)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    };
    if !capital(k) {
        // "told a press conference the board …": a noun before the head,
        // when a clause's opening word follows the two
        let opens_clause = |k: usize| {
            view.word(k).is_some_and(|w| {
                matches!(
                    w,
                    "the"
                        | "a"
                        | "an"
                        | "he"
                        | "she"
                        | "it"
                        | "they"
                        | "we"
                        | "there"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                )
            })
        };
        let modifier = view
            .word(k)
            .is_some_and(|w| w.starts_with(char::is_lowercase) && !opens_clause(k));
        if det && modifier && opens_clause(k + 2) && !opens_clause(k + 1) {
            return k + 2;
        }
        return k + 1;
    }
    while k < i + 6 && capital(k) {
        k += 1;
    }
    k
}

/// How many words at item `i` say when something was said, a time the
/// reported clause does not hold: "said Friday it would", "said
/// yesterday", "said last week that".
fn time_words_at(view: &SentenceView, i: usize) -> usize {
    let part = |k: usize| {
        view.word(k)
            .is_some_and(|w| matches!(w, "morning" | "afternoon" | "evening" | "night"))
    };
    let n = match view.word(i) {
        Some(d) if WEEKDAYS.contains(&d) => 1 + usize::from(part(i + 1)),
        Some("yesterday" | "today" | "tonight") => 1,
        Some("last" | "this" | "late" | "early")
            if view.word(i + 1).is_some_and(|w| {
                matches!(
                    w,
                    "week"
                        | "month"
                        | "year"
                        | "weekend"
                        | "night"
                        | "spring"
                        | "summer"
                        | "fall"
                        | "autumn"
                        | "winter"
                )
            }) || part(i + 1) =>
        {
            2
        }
        _ => 0,
    };
    // "said Friday would be the deadline": the time is the clause's subject
    let subject = view.word(i + n).is_some_and(|w| {
        matches!(
            w,
            "is" | "was" | "will" | "would" | "could" | "has" | "had" | "marks" | "marked"
        )
    });
    if subject { 0 } else { n }
}

/// Whether the preposition at item `i` opens a hedged amount ("said at
/// least 14 people died", "said over 100 homes burned"), which starts the
/// reported clause rather than a phrase of place.
fn hedges_amount(view: &SentenceView, i: usize) -> bool {
    let next = view.word(i + 1).unwrap_or("");
    match view.word(i) {
        Some("at") => matches!(next, "least" | "most"),
        Some("over" | "under") => {
            next.starts_with(|c: char| c.is_ascii_digit())
                || view
                    .punct(i + 1)
                    .is_some_and(|c| numbers::currency_of_sign(c).is_some())
        }
        _ => false,
    }
}

/// `Roe would have voted no, he says.`, `Roe left early, but she
/// believes …`: a cue whose subject is a person pronoun after the name
/// opening the sentence, so that the pronoun may stand for that subject.
fn closing_pronoun(view: &SentenceView, c: &Cue) -> bool {
    let Some(pronoun) = c
        .subject
        .as_ref()
        .filter(|m| c.subject_first && matches!(m.form, Form::Pronoun("person")))
    else {
        return false;
    };
    c.item >= 3
        && view.quote(c.item - 3).is_none()
        && view
            .opening_subject()
            .is_some_and(|m| matches!(m.form, Form::Name(_)) && m.end <= pronoun.start)
}

/// Whether the sentence at paragraph byte `at` is set in headline case,
/// where words in title case are no sign of a work's title.
fn in_headline(p: &Para, at: usize) -> bool {
    let r = sentence_of(p, at);
    let first = p.toks.partition_point(|t| t.start < r.start);
    let last = p.toks.partition_point(|t| t.start < r.end);
    headline_case(p.text, &p.toks[first..last])
}

/// Words that open a subordinate clause before a sentence's main clause.
const SUBORDINATORS: &[&str] = &[
    "after", "although", "as", "because", "before", "if", "once", "since", "though", "until",
    "when", "whereas", "while",
];

/// How far into a sentence the comma closing an opening subordinate
/// clause is looked for.
const CLAUSE_ITEMS: usize = 40;

/// `After Roe said the plan failed, Doe replied …`: the item of the comma
/// that closes the sentence's opening subordinate clause, if it has one.
fn opening_clause_end(view: &SentenceView) -> Option<usize> {
    let first = view.word(0)?;
    if !SUBORDINATORS.iter().any(|s| s.eq_ignore_ascii_case(first)) {
        return None;
    }
    let reach = CLAUSE_ITEMS.min(view.items.len());
    (1..reach).find(|&k| view.punct(k) == Some(','))
}

/// Words that open a coordinated clause after a comma ("…, while Roe
/// said …").
const COORDINATORS: &[&str] = &[
    "while", "but", "whereas", "although", "though", "and", "yet",
];

/// The coordinated clauses of a sentence that have a cue and a subject of
/// their own, after its first cue: `(boundary item, cue)` in order. The
/// boundary is a semicolon, or a coordinator after a comma, and the
/// clause's cue the first with a subject after it.
fn coordinated_clauses(
    cues: &[Cue],
    with_subject: &[usize],
    view: &SentenceView,
) -> Vec<(usize, usize)> {
    let first_cue = cues[with_subject[0]].item;
    let boundaries: Vec<usize> = (first_cue + 1..view.items.len())
        .filter(|&k| {
            view.punct(k) == Some(';')
                || ends_with_comma(view, k - 1)
                    && view.word(k).is_some_and(|w| COORDINATORS.contains(&w))
        })
        .collect();
    let mut out = Vec::new();
    for b in boundaries {
        let at = with_subject.partition_point(|&i| cues[i].item <= b);
        let Some(&ci) = with_subject.get(at) else {
            break;
        };
        out.push((b, ci));
    }
    out
}

/// Where a description after a speaker named after the cue ends (`said
/// Tom Reyes, who has lived there for 30 years.`): at the next comma or
/// the sentence's end, when ", who", ", which" or (with `articles`, not
/// after a cue opening the sentence) an article opens it; else `end`, the
/// name's end (body offsets).
fn described_until(p: &Para, end: usize, sentence: &Range<usize>, articles: bool) -> usize {
    let at = end - p.offset;
    let rest = &p.text[at..sentence.end.max(at)];
    // "said Janet Price, 71, who …": an age first, a description too
    let age = age_after_name(rest);
    let rest = &rest[age..];
    let openers: &[&str] = if articles {
        &[", who ", ", which ", ", a ", ", an ", ", the "]
    } else {
        &[", who ", ", which "]
    };
    let opens = openers.iter().any(|o| rest.starts_with(o));
    if !opens {
        return end + age;
    }
    let close = rest[1..].find(',').map_or(rest.len(), |c| c + 1);
    end + age + close
}

/// The length of an age right after a name (", 71" of ", 71, who …" or
/// ", 71."), or 0.
fn age_after_name(rest: &str) -> usize {
    let Some(tail) = rest.strip_prefix(", ") else {
        return 0;
    };
    let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
    let closes = matches!(tail.as_bytes().get(digits), None | Some(b',' | b'.'));
    if (1..=3).contains(&digits) && closes {
        2 + digits
    } else {
        0
    }
}

/// Whether item `k` is a comma or a quotation closing on one (`called
/// it “provocative,” while …`).
fn ends_with_comma(view: &SentenceView, k: usize) -> bool {
    view.punct(k) == Some(',')
        || view
            .quote(k)
            .is_some_and(|q| view.quoted_text(q).trim_end().ends_with(','))
}

/// Whether cue `c` stands at the head of its sentence with its subject:
/// "Jane Roe, an adviser, said …" or "Said Jane Roe …".
fn opens_with(c: &Cue, p: &Para, range: &Range<usize>) -> bool {
    let text = &p.text[range.clone()];
    let first = range.start + (text.len() - text.trim_start().len());
    match &c.subject {
        _ if c.shared => false,
        Some(m) if c.subject_first => m.start == p.offset + first,
        Some(_) => c.item == 0,
        None => false,
    }
}

/// `“Is it over?” Jane Roe, an adviser, said.`: a quotation ending in `?`
/// or `!` ends its sentence, so the attribution that follows stands in
/// a sentence of its own. A quotation with no speaker that closes its
/// sentence takes the speaker of a next sentence that opens with its
/// attribution.
fn attribute_to_next(p: &Para, said: &mut [Said], sentence_said: &[Said], leads: &[bool]) {
    for si in 0..p.sentences.len().saturating_sub(1) {
        if !leads[si + 1] || sentence_said[si + 1].is_none() {
            continue;
        }
        let range = &p.sentences[si];
        let last = p.outer.partition_point(|r| r.start < range.end);
        let Some(q) = last
            .checked_sub(1)
            .filter(|&q| p.outer[q].start >= range.start)
        else {
            continue;
        };
        let closes = p.text[p.outer[q].end.min(range.end)..range.end]
            .trim()
            .is_empty();
        if said[q].is_none() && closes {
            said[q] = sentence_said[si + 1].clone();
        }
    }
}

/// The sentence of a paragraph that holds paragraph offset `at` (the
/// whole paragraph when none does).
fn sentence_of(p: &Para, at: usize) -> Range<usize> {
    let i = p.sentences.partition_point(|r| r.start <= at);
    i.checked_sub(1)
        .map(|i| p.sentences[i].clone())
        .filter(|r| at < r.end.max(r.start + 1))
        .unwrap_or(0..p.text.len())
}

/// How much of a sentence a claim carries on each side of itself: real
/// sentences fit whole, a runaway one (a paragraph with no full stop) is
/// cut so that output stays linear in the input.
const SENTENCE_CONTEXT: usize = 1000;

/// The part of `sentence` that a claim at `claim` carries as context: all
/// of it, or `SENTENCE_CONTEXT` bytes either side of the claim, cut at
/// white space; without white space at either end.
fn window(text: &str, sentence: Range<usize>, claim: Range<usize>) -> Range<usize> {
    let boundary = |k: usize| (k..claim.start.max(k)).find(|&b| text.is_char_boundary(b));
    let mut start = sentence.start.min(claim.start);
    let mut end = sentence.end.max(claim.end);
    if claim.start - start > SENTENCE_CONTEXT {
        let from = boundary(claim.start - SENTENCE_CONTEXT).unwrap_or(claim.start);
        start = text[from..claim.start]
            .split_once(char::is_whitespace)
            .map_or(claim.start, |(_, rest)| claim.start - rest.len());
    }
    if end - claim.end > SENTENCE_CONTEXT {
        let to = (claim.end + SENTENCE_CONTEXT..end)
            .find(|&b| text.is_char_boundary(b))
            .unwrap_or(end);
        end = text[claim.end..to]
            .rfind(char::is_whitespace)
            .map_or(claim.end, |k| claim.end + k);
    }
    let inner = text[start..end].trim_start();
    let start = end - inner.len();
    start..start + inner.trim_end().len()
}

/// Which cues of a sentence can speak for its quotations, indexed so that
/// choosing one stays cheap in a sentence with thousands of them.
struct CueIndex {
    /// `(quotation, cue)` for cues with a subject right after a quotation.
    by_quote: Vec<(usize, usize)>,
    /// The cues with a subject, in text order.
    with_subject: Vec<usize>,
    /// The first of those that is not a participle: "a post announcing
    /// that …" yields to a finite cue ("… WikiLeaks said that …").
    first_finite: Option<usize>,
    /// The item of the comma that closes an opening subordinate clause
    /// holding a cue ("After Roe said …, Doe replied …"), when the main
    /// clause has a cue of its own; else 0.
    clause_end: usize,
    /// `(boundary, cue)`: a coordinated clause opening at item `boundary`
    /// ("…, while Roe said …", "…; Roe said …") whose own subject and cue
    /// speak for the quotations after that cue.
    coordinated: Vec<(usize, usize)>,
    /// A cue that reports the clause before it and closes the sentence
    /// ("The government has pledged $5 million, the minister told
    /// reporters."): it speaks for the sentence, not a cue inside that
    /// clause.
    tail: Option<usize>,
}

/// How many items may follow a reporting tail's cue before the sentence
/// or clause ends ("told reporters on Monday.": three).
const TAIL_ITEMS: usize = 3;

/// The first cue with a subject whose subject stands right after a comma
/// that follows another cue with a subject, with at most [`TAIL_ITEMS`]
/// words after it before punctuation or the end ("…, the minister told
/// reporters, adding that …").
fn reporting_tail(cues: &[Cue], with_subject: &[usize], view: &SentenceView) -> Option<usize> {
    let first = *with_subject.first()?;
    with_subject[1..]
        .iter()
        .copied()
        .find(|&ci| closes_as_tail(&cues[ci], &cues[first], view))
}

/// Whether cue `c` is a reporting tail after the cue `first`.
fn closes_as_tail(c: &Cue, first: &Cue, view: &SentenceView) -> bool {
    let Some(m) = c.subject.as_ref().filter(|_| c.subject_first && !c.shared) else {
        return false;
    };
    let Some(lead) = m
        .start
        .checked_sub(view.offset)
        .and_then(|s| view.text.get(..s))
    else {
        return false;
    };
    if !lead.trim_end().ends_with(',') || m.start < view.offset + first.bytes.end {
        return false;
    }
    let reach = (c.item_end + TAIL_ITEMS).min(view.items.len());
    let close = (c.item_end..reach).find(|&k| view.word(k).is_none());
    match close {
        Some(k) => view.punct(k).is_some(),
        None => reach == view.items.len(),
    }
}

impl CueIndex {
    fn new(cues: &[Cue], text: &str, view: &SentenceView) -> CueIndex {
        let with_subject: Vec<usize> = (0..cues.len())
            .filter(|&i| cues[i].subject.is_some())
            .collect();
        // a subordinate clause's cue and the main clause's: two at least
        let clause_end = (with_subject.len() >= 2)
            .then(|| opening_clause_end(view))
            .flatten()
            .filter(|&c| with_subject.iter().any(|&i| cues[i].item > c))
            .unwrap_or(0);
        let first_finite = with_subject
            .iter()
            .copied()
            .find(|&i| !text[cues[i].bytes.clone()].ends_with("ing") && cues[i].item >= clause_end);
        let mut by_quote: Vec<(usize, usize)> = with_subject
            .iter()
            .filter_map(|&i| cues[i].after_quote.map(|q| (q, i)))
            .collect();
        by_quote.sort();
        let coordinated = if with_subject.len() >= 2 {
            coordinated_clauses(cues, &with_subject, view)
        } else {
            Vec::new()
        };
        let tail = reporting_tail(cues, &with_subject, view);
        CueIndex {
            by_quote,
            with_subject,
            first_finite,
            clause_end,
            coordinated,
            tail,
        }
    }

    /// The cue that speaks for the sentence as a whole: a reporting tail,
    /// else the first with a subject in its main clause.
    fn main(&self, cues: &[Cue]) -> Option<usize> {
        if self.tail.is_some() {
            return self.tail;
        }
        let mut main = self.with_subject.iter().copied();
        main.find(|&i| cues[i].item >= self.clause_end)
    }

    /// The cue that speaks for the quotation at item `item` (quotation
    /// `q`): one right after it (`“…,” she said`), else the first finite
    /// one before it with a subject (`She said that … “…”`), else the first
    /// before it, else the first later one with a subject.
    fn choose(&self, cues: &[Cue], item: usize, q: usize) -> Option<usize> {
        let at = self.by_quote.partition_point(|&(k, _)| k < q);
        if let Some(&(k, ci)) = self.by_quote.get(at)
            && k == q
        {
            return Some(ci);
        }
        // "Roe called it “reckless”, while Doe said it was “overdue”"
        let at = self.coordinated.partition_point(|&(b, _)| b < item);
        if let Some(&(_, ci)) = at.checked_sub(1).and_then(|a| self.coordinated.get(a))
            && cues[ci].item < item
        {
            return Some(ci);
        }
        let later = self.with_subject.partition_point(|&i| cues[i].item <= item);
        let finite_before = self.first_finite.filter(|&i| cues[i].item <= item);
        let in_clause = item < self.clause_end;
        finite_before
            .or_else(|| {
                let mut before = self.with_subject[..later].iter().copied();
                before.find(|&i| in_clause || cues[i].item >= self.clause_end)
            })
            .or(self.with_subject.get(later).copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (kind, text, speaker name) of every claim in `body`.
    fn claims(body: &str) -> Vec<(Kind, String, Option<String>)> {
        let article = Article::new("t", body);
        extract(&article, Kinds::default())
            .into_iter()
            .map(|c| (c.kind, c.text, c.speaker.map(|s| s.name)))
            .collect()
    }

    #[test]
    fn an_unnamed_role_keeps_names_and_acronyms_as_printed() {
        for (body, speaker) in [
            ("A UN spokesperson said 9 died.", "UN spokesperson"),
            ("A WeWork spokesperson said 9 died.", "WeWork spokesperson"),
            ("The Defense Secretary said 9 died.", "Defense Secretary"),
            ("“We won,” said one Labour MP.", "one Labour MP"),
            // an office opening the sentence is lower-cased, a name is not
            ("Defense officials said 9 died.", "defense officials"),
            ("Utah officials said 9 died.", "Utah officials"),
            // a title before a name keeps its capital
            ("Mr Lee's aides said 9 died.", "Mr Lee's aides"),
        ] {
            let found = claims(body);
            assert_eq!(found[0].2.as_deref(), Some(speaker), "{body}");
        }
    }

    #[test]
    fn a_known_age_stands_for_the_person_last_named() {
        // named in passing, never a subject: the description still finds them
        let body = "For Jane Roe, it came down to money.\n\n“I could not pay,” the 34-year-old nurse said.\n";
        assert_speaker(body, "I could not", "Jane Roe");
        // an indefinite one is someone new, named by the noun
        let body = "Jane Roe left.\n\n“I could not pay,” a 34-year-old nurse said.\n";
        assert_speaker(body, "I could not", "nurse");
    }

    #[test]
    fn an_acronym_spelling_a_pronoun_is_a_body() {
        for body in [
            "WHO said 9 people died.",
            "The WHO said 9 people died.",
            "IT said 9 people died.",
        ] {
            let found = claims(body);
            let speaker = body
                .split(' ')
                .find(|w| w.len() > 1 && w.bytes().all(|b| b.is_ascii_uppercase()));
            assert_eq!(found[0].2.as_deref(), speaker, "{body}");
        }
        assert_speaker("“We are worried,” WHO said.", "We are", "WHO");
        // the pronoun itself still refers back
        assert_speaker(
            "Jane Roe arrived. “We won,” she said.",
            "We won",
            "Jane Roe",
        );
    }

    #[test]
    fn an_indefinite_role_is_someone_new() {
        let body = "Spokesman Tom Lee said 9 died.\n\n“It is bad,” said a spokesman.\n\n“It is not,” the spokesman said.\n";
        assert_eq!(speaker_of(body, "It is bad").as_deref(), Some("spokesman"));
        assert_eq!(speaker_of(body, "It is not").as_deref(), Some("Tom Lee"));
        // a role printed capitalised still finds its holder
        let body = "Health Minister Jane Roe visited.\n\n“It is bad,” the Health Minister said.\n";
        assert_eq!(speaker_of(body, "It is bad").as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn a_title_before_a_name_names_its_holder_later() {
        let body = "Hospital spokesman Tom Lee said 9 people died.\n\nThe spokesman said 12 people died.\n";
        let found = claims(body);
        let of = |text: &str| found.iter().find(|c| c.1 == text).and_then(|c| c.2.clone());
        assert_eq!(of("12 people").as_deref(), Some("Tom Lee"));
    }

    /// Asserts that the quote starting `start` in `body` is `speaker`'s.
    fn assert_speaker(body: &str, start: &str, speaker: &str) {
        assert_eq!(speaker_of(body, start).as_deref(), Some(speaker), "{body}");
    }

    /// The speaker of the quote whose text starts with `start`.
    fn speaker_of(body: &str, start: &str) -> Option<String> {
        claims(body)
            .into_iter()
            .find(|(k, t, _)| *k == Kind::Quote && t.starts_with(start))
            .unwrap_or_else(|| panic!("no quote starting {start:?} in {body:?}"))
            .2
    }

    #[test]
    fn the_common_quote_shapes() {
        let name = Some("Jane Roe".to_string());
        let intro = "Foreign Minister Jane Roe visited on Monday.\n";
        for body in [
            "“We will stay,” Roe said.",
            "“We will stay,” said Minister Roe.",
            "Roe said: “We will stay.”",
            "Roe said, “We will stay.”",
            "According to Roe, “We will stay.”",
        ] {
            assert_eq!(
                speaker_of(&format!("{intro}{body}"), "We will"),
                name,
                "{body}"
            );
        }
    }

    #[test]
    fn a_coordinated_clause_with_its_own_cue_speaks_for_its_quotations() {
        let intro = "Jane Roe and John Doe spoke on Monday.\n";
        for body in [
            "Doe called it “reckless”, while Roe said it was “overdue”.",
            "Doe called it “reckless,” while Roe said it was “overdue”.",
            "“reckless and rash,” Doe said, but Roe said it was “overdue”.",
            "Doe described it as “reckless”; Roe said it was “overdue”.",
            "Doe called it “reckless”, while according to Roe it is “overdue”.",
        ] {
            let text = format!("{intro}{body}");
            assert_speaker(&text, "overdue", "Jane Roe");
            assert_speaker(&text, "reck", "John Doe");
        }
        // a list of names is one clause; no cue after the comma, no clause
        let text = format!("{intro}Doe, Park, and Roe said it was “overdue”.");
        assert_eq!(speaker_of(&text, "overdue"), Some("John Doe".into()));
        let text = format!("{intro}Doe said it failed, but Roe, Park, and Li said “no”.");
        assert_eq!(speaker_of(&text, "no"), Some("Jane Roe".into()));
        let text = format!("{intro}Doe said it failed, but “we will try again”.");
        assert_eq!(speaker_of(&text, "we will"), Some("John Doe".into()));
    }

    #[test]
    fn a_quotation_closed_a_paragraph_later_without_reopening_is_one_speakers() {
        let body = "Jane Roe spoke on Monday.\n“The mother saw her son.\n\
                    She had not seen him for years,” said Roe.\nThe son lives in Ohio.";
        assert_eq!(speaker_of(body, "The mother"), Some("Jane Roe".into()));
        assert_eq!(speaker_of(body, "She had not"), Some("Jane Roe".into()));
    }

    #[test]
    fn a_verb_that_takes_an_object_reports_speech_only_with_that() {
        let statements = |body: &str| {
            claims(body)
                .into_iter()
                .filter(|c| c.0 == Kind::Statement)
                .map(|c| c.1)
                .collect::<Vec<_>>()
        };
        assert!(statements("The agency maintains an office at every major airport.").is_empty());
        assert!(statements("Jane Roe began showing symptoms on Monday at home.").is_empty());
        assert!(statements("The judge denied a defense motion to move the trial.").is_empty());
        assert_eq!(
            statements("Jane Roe denied that the office was ever closed."),
            ["the office was ever closed"]
        );
        assert_eq!(
            statements("Jane Roe maintains that the office was never closed."),
            ["the office was never closed"]
        );
        assert_eq!(
            statements("Jane Roe said the office was never closed."),
            ["the office was never closed"]
        );
    }

    #[test]
    fn a_headline_does_not_become_the_speakers_name() {
        let body = "Jane Roe Tells Her Voters The Wrong Date.\n\
                    Jane Roe spoke on Monday.\n“Go and vote,” Roe said.";
        assert_eq!(speaker_of(body, "Go and"), Some("Jane Roe".into()));
    }

    #[test]
    fn a_quote_broken_by_its_attribution_is_two_quotes_of_one_speaker() {
        let body = "“We will stay,” said John Doe. “We have no choice.”";
        assert_eq!(speaker_of(body, "We will"), Some("John Doe".into()));
        assert_eq!(speaker_of(body, "We have"), Some("John Doe".into()));
    }

    #[test]
    fn a_quote_over_several_paragraphs_gives_one_record_per_piece() {
        let body = "John Doe spoke at length.\n“The first part runs on and on\n“and the second part ends here,” Doe said.";
        let quotes: Vec<_> = claims(body)
            .into_iter()
            .filter(|c| c.0 == Kind::Quote)
            .collect();
        assert_eq!(quotes.len(), 2, "{quotes:?}");
        assert!(quotes.iter().all(|q| q.2.as_deref() == Some("John Doe")));
    }

    #[test]
    fn a_paragraph_that_is_only_a_quote_continues_the_speaker() {
        let body = "“We will stay,” said John Doe.\n“Nobody will move us from this place.”";
        assert_eq!(speaker_of(body, "Nobody"), Some("John Doe".into()));
    }

    #[test]
    fn pronouns_follow_gender_and_skip_bodies() {
        let body = "Mr. John Doe met Ms. Jane Roe at Acme.\n“We disagree on the plan,” she said.\n“We agree on the goal,” he said.";
        assert_eq!(speaker_of(body, "We disagree"), Some("Jane Roe".into()));
        assert_eq!(speaker_of(body, "We agree"), Some("John Doe".into()));
    }

    #[test]
    fn a_pronoun_never_stands_for_someone_of_the_other_gender() {
        // no man is named: "he" is someone the rules cannot find, not Jane
        let body = "Ms. Jane Roe runs the shop.\n“It is hard work,” she said.\n“She never rests,” he said.";
        assert_eq!(speaker_of(body, "It is hard"), Some("Jane Roe".into()));
        let his = claims(body)
            .into_iter()
            .find(|c| c.1.starts_with("She never"));
        assert_eq!(his.and_then(|c| c.2), None);
    }

    #[test]
    fn recency_beats_a_known_gender() {
        let body = "Tom Ash spoke first.\nPark Min-jun, the minister, said the talks went well.\n“We are ready,” he said.";
        assert_eq!(speaker_of(body, "We are"), Some("Park Min-jun".into()));
    }

    #[test]
    fn an_appositive_subject_is_remembered_for_pronouns() {
        let body = "Jane Roe, a former negotiator, sees a trend.\n“People blame outsiders,” she told reporters.";
        assert_eq!(speaker_of(body, "People"), Some("Jane Roe".into()));
    }

    #[test]
    fn a_surname_names_the_person_not_the_body_sharing_it() {
        let body = "Mary Ann White leads the agency. The White Office declined to comment.\n“I am disappointed,” White said.";
        assert_eq!(speaker_of(body, "I am"), Some("Mary Ann White".into()));
    }

    #[test]
    fn reported_speech_is_a_statement() {
        let body = "John Doe said the city should do more to help.";
        let found = claims(body);
        let statement = found
            .iter()
            .find(|c| c.0 == Kind::Statement)
            .expect("a statement");
        assert_eq!(statement.1, "the city should do more to help");
        assert_eq!(statement.2.as_deref(), Some("John Doe"));
        // the clause starts after "that", past a phrase of place
        let body = "Jane Roe told reporters aboard the presidential jet on Monday that the city will recover.";
        let found = claims(body);
        let statement = found.iter().find(|c| c.0 == Kind::Statement);
        assert_eq!(statement.expect("a statement").1, "the city will recover");
        // a hedged amount opens the clause, not a phrase of place
        for (body, clause) in [
            (
                "Police said at least 14 people were killed.",
                "at least 14 people were killed",
            ),
            (
                "Roe said over 100 homes had burned.",
                "over 100 homes had burned",
            ),
            (
                "Roe said over $9 million was lost.",
                "over $9 million was lost",
            ),
            // an adverb before "that" is not the clause's
            (
                "Roe declined to comment, saying only that the review would take months.",
                "the review would take months",
            ),
            // as may a clause right after the day
            (
                "The army said on Tuesday it had shot down 34 drones.",
                "it had shot down 34 drones",
            ),
            (
                "The army said on Tuesday night it had shot down 34 drones.",
                "it had shot down 34 drones",
            ),
            // or a time without "on" ("Tuesday", "last week")
            (
                "The army said Tuesday it had shot down 34 drones.",
                "it had shot down 34 drones",
            ),
            (
                "The army said last week it had shot down 34 drones.",
                "it had shot down 34 drones",
            ),
            // unless the time is the clause's subject
            (
                "Roe said Friday would be the last day of the 40-day talks.",
                "Friday would be the last day of the 40-day talks",
            ),
            // the one told is a name of several words
            (
                "Roe told Sky News the budget had risen by 4.5% this year.",
                "the budget had risen by 4.5% this year",
            ),
            // or a noun with a modifier
            (
                "Roe told a press conference the budget had risen by 4.5%.",
                "the budget had risen by 4.5%",
            ),
            (
                "Roe told the paper the budget had risen by 4.5%.",
                "the budget had risen by 4.5%",
            ),
        ] {
            let found = claims(body);
            let statement = found.iter().find(|c| c.0 == Kind::Statement);
            assert_eq!(statement.expect("a statement").1, clause, "{body}");
        }
    }

    #[test]
    fn an_amount_naming_the_speaker_is_the_articles_own() {
        let found = claims("Some 300 residents said the fire burned 20 homes.");
        let speaker = |text: &str| {
            let c = found.iter().find(|c| c.0 == Kind::Quantity && c.1 == text);
            c.expect("an amount").2.clone()
        };
        assert_eq!(speaker("Some 300 residents"), None);
        // a description after a name that follows its cue is the article's too
        let found = claims("“It is a disgrace,” said Tom Reyes, who has lived there for 30 years.");
        assert!(found.iter().any(|c| c.0 == Kind::Quantity && c.2.is_none()));
        // and an age before it
        let found = claims("“We waited,” said Jan Price, 71, who has lived there for 30 years.");
        let amounts = found.iter().filter(|c| c.0 == Kind::Quantity);
        assert!(amounts.clone().count() == 2 && amounts.clone().all(|c| c.2.is_none()));
        let found = claims("The plan will cost $5 million, said Tom Reyes, the mayor.");
        assert!(found.iter().any(|c| c.0 == Kind::Quantity && c.2.is_some()));
        let found = claims("Acme, which has 900 workers, said it lost $8 million.");
        let speakers: Vec<_> = found
            .iter()
            .filter(|c| c.0 == Kind::Quantity)
            .map(|c| c.2.as_deref())
            .collect();
        assert_eq!(speakers, [None, Some("Acme")]);
        assert_eq!(speaker("20 homes").as_deref(), Some("residents"));
    }

    /// The speaker of the amount `text` among the claims of `body`.
    fn amount_speaker(body: &str, text: &str) -> Option<String> {
        claims(body)
            .into_iter()
            .find(|(k, t, _)| *k == Kind::Quantity && t == text)
            .unwrap_or_else(|| panic!("no amount {text:?} in {body:?}"))
            .2
    }

    #[test]
    fn who_forecasts_or_projects_an_amount_states_it() {
        for (body, amount, speaker) in [
            (
                "The company forecast revenue of $43 billion.",
                "$43 billion",
                Some("company"),
            ),
            (
                "The bank projected growth of 2.1% next year.",
                "2.1%",
                Some("bank"),
            ),
            ("Analysts had forecast a 3% rise.", "3%", Some("analysts")),
            // the noun is no cue
            ("The forecast calls for 40 mm of rain.", "40 mm", None),
        ] {
            assert_eq!(amount_speaker(body, amount).as_deref(), speaker, "{body}");
        }
    }

    #[test]
    fn an_informed_source_keeps_what_it_knows_in_its_name() {
        for (body, amount, speaker) in [
            (
                "Two people familiar with the matter said the fine was $5 million.",
                "$5 million",
                "two people familiar with the matter",
            ),
            (
                "Sources close to the inquiry said 14 men were held.",
                "14 men",
                "sources close to the inquiry",
            ),
            (
                "The fine was $5 million, said a person with knowledge of the talks.",
                "$5 million",
                "person with knowledge of the talks",
            ),
        ] {
            assert_eq!(
                amount_speaker(body, amount).as_deref(),
                Some(speaker),
                "{body}"
            );
        }
        // what it knows ends at a function word
        let body = "“It is over,” said an official briefed on the plan on Monday.";
        let speaker = speaker_of(body, "It is over");
        assert_eq!(speaker.as_deref(), Some("official briefed on the plan"));
    }

    #[test]
    fn who_wrote_a_document_is_the_source_of_its_figures() {
        for (body, amount, speaker) in [
            (
                "According to a report by the Acme Institute, prices rose 4%.",
                "4%",
                "Acme Institute",
            ),
            (
                "According to a report released on Friday by the Acme Institute, prices rose 4%.",
                "4%",
                "Acme Institute",
            ),
            (
                "According to figures from the health ministry, 450 people have died.",
                "450 people",
                "health ministry",
            ),
            // "of" names what a study is about, not who wrote it
            (
                "According to a study of Zeta patients, 12% fell ill.",
                "12%",
                "study",
            ),
            // the main clause after the source is no description of it
            (
                "According to police, the deal includes 15 officers.",
                "15 officers",
                "police",
            ),
            // a number before the source's noun
            (
                "According to two people briefed on the talks, the offer is 15%.",
                "15%",
                "two people briefed on the talks",
            ),
        ] {
            assert_eq!(
                amount_speaker(body, amount).as_deref(),
                Some(speaker),
                "{body}"
            );
        }
    }

    #[test]
    fn an_unnamed_speaker_may_close_a_clause_after_its_cue() {
        for (body, speaker) in [
            (
                "The bridge will cost $40 million, said the ministry.",
                "ministry",
            ),
            (
                "The bridge will cost $40 million, said a spokesman.",
                "spokesman",
            ),
            (
                "The bridge will cost $40 million, said a spokesman for the council.",
                "spokesman",
            ),
        ] {
            assert_eq!(
                amount_speaker(body, "$40 million").as_deref(),
                Some(speaker),
                "{body}"
            );
        }
        // a clause after the cue has its own subject: "said" reports it
        let body = "The bridge will cost $40 million, said the council would pay.";
        assert_eq!(amount_speaker(body, "$40 million"), None);
    }

    #[test]
    fn a_cue_verb_in_the_passive_has_no_speaker_before_it() {
        let body = "Only 10 workers were charged with fraud last year, prosecutors say.";
        assert_eq!(
            amount_speaker(body, "10 workers").as_deref(),
            Some("prosecutors")
        );
        let body = "It was announced on Friday that 300 jobs would go.";
        assert_eq!(amount_speaker(body, "300 jobs"), None);
    }

    #[test]
    fn spans_slice_the_body_exactly() {
        let body = "Roe, the “minister,” said: “It costs $4 billion a year.”\n";
        let article = Article::new("t", body);
        for c in extract(&article, Kinds::default()) {
            assert_eq!(&body[c.span.start..c.span.end], c.text);
        }
    }

    #[test]
    fn a_runaway_sentence_is_carried_as_a_window_around_the_claim() {
        let text = format!(
            "{} 40 trucks {}",
            "word ".repeat(1000),
            "tail ".repeat(1000)
        );
        let at = text.find("40").unwrap();
        let w = &text[window(&text, 0..text.len(), at..at + 9)];
        assert!(w.contains("40 trucks") && w.len() <= 2 * SENTENCE_CONTEXT + 9);
        assert!(w.starts_with("word") && w.ends_with("tail"));
        let short = " Short one. ";
        assert_eq!(&short[window(short, 0..12, 7..10)], "Short one.");
    }

    #[test]
    fn spans_of_a_later_part_count_from_the_article_start() {
        let mut article = Article::new("t", "It cost $5 there.");
        article.offset = 1000;
        let c = extract(&article, Kinds::default());
        assert_eq!((c[0].span.start, c[0].text.as_str()), (1008, "$5"));
    }

    #[test]
    fn a_cue_sharing_the_sentences_subject_speaks_but_does_not_lead() {
        let body = "John Doe declined to comment but said 300 jobs would go.\n\
                    “We will keep going,” Jane Roe said. “It is a long road. We will not stop.” \
                    John Doe is married, but says he is “spiritually married” to two others.";
        let all = claims(body);
        let amount = all.iter().find(|(k, _, _)| *k == Kind::Quantity).unwrap();
        assert_eq!(amount.2.as_deref(), Some("John Doe"));
        // the next sentence does not open with its attribution, so the
        // quotation between keeps the speaker before it
        assert_eq!(
            speaker_of(body, "It is a long road"),
            Some("Jane Roe".into())
        );
        assert_eq!(speaker_of(body, "spiritually"), Some("John Doe".into()));
    }

    #[test]
    fn a_role_given_in_apposition_names_the_person_later() {
        for (first, role) in [
            (
                "John Doe, the chief executive of Acme, said sales rose.",
                "the chief executive",
            ),
            (
                "Acme’s chief executive, John Doe, said sales rose.",
                "the chief executive",
            ),
            (
                "John Doe, a spokesman for Acme, said sales rose.",
                "the spokesman",
            ),
        ] {
            let body = format!("{first}\n“We are growing,” {role} said.");
            assert_speaker(&body, "We are", "John Doe");
        }
        let body = "Jane Roe, a Democrat, said sales rose.\n“We are growing,” the spokesman said.";
        assert_eq!(speaker_of(body, "We are"), Some("spokesman".into()));
        // only a definite description refers back
        let body = "John Doe, a spokesman for Acme, said sales rose.\n\
                    “We are growing,” a spokesman said.";
        assert_ne!(speaker_of(body, "We are"), Some("John Doe".into()));
    }

    #[test]
    fn a_question_or_exclamation_takes_the_attribution_after_it() {
        let body = "“Is it over yet?” Jane Roe, an adviser to the mayor, said at a forum.\n\
                    “Never again!” wrote Mary Major on her blog.";
        assert_eq!(speaker_of(body, "Is it over"), Some("Jane Roe".into()));
        assert_eq!(speaker_of(body, "Never again"), Some("Mary Major".into()));
        let no_clause = claims(body).iter().any(|(k, _, _)| *k == Kind::Statement);
        assert!(!no_clause, "\"said at a forum\" reports nothing");
    }

    #[test]
    fn a_phrase_of_place_before_that_is_skipped() {
        let c = claims("Jane Roe said on Monday that the bridge would reopen in May.");
        assert!(c.contains(&(
            Kind::Statement,
            "the bridge would reopen in May".into(),
            Some("Jane Roe".into())
        )));
        // and after an adverb
        let c = claims("Roe said shortly after the vote that the bridge would reopen.");
        assert!(c.contains(&(
            Kind::Statement,
            "the bridge would reopen".into(),
            Some("Roe".into())
        )));
        let c = claims("Jane Roe conceded shortly after 11 p.m. on election night.");
        assert!(c.iter().all(|(k, _, _)| *k != Kind::Statement), "{c:?}");
    }

    #[test]
    fn as_someone_puts_it_is_a_cue() {
        let body = "The city is “running out of road,” as Jane Roe, a planner, puts it.";
        assert_eq!(speaker_of(body, "running out"), Some("Jane Roe".into()));
        let c = claims("He put it on the table and said nothing more about the plan.");
        assert!(c.iter().all(|(k, _, _)| *k != Kind::Quote));
    }

    #[test]
    fn a_description_holding_a_body_and_its_own_appositive_still_describes_the_person() {
        let body = "The plan is “far too late,” as John Doe, a senior fellow at the \
                    Institute for Water Studies, a research group in Ohio, puts it.";
        assert_eq!(speaker_of(body, "far too"), Some("John Doe".into()));
        // A body that is the subject keeps its own appositive.
        let body = "In Ohio, the Institute for Water Studies, a research group, \
                    said the plan was “far too late.”";
        assert_ne!(speaker_of(body, "far too"), Some("Ohio".into()));
    }

    #[test]
    fn a_short_given_name_joins_the_full_one_of_the_same_gender() {
        let body = "Timothy J. Doe took over on Monday.\n\
                    Tim Doe said, “We will change.”\n“It is done,” Mr. Doe said.";
        assert_eq!(speaker_of(body, "We will"), Some("Timothy J. Doe".into()));
        assert_eq!(speaker_of(body, "It is"), Some("Timothy J. Doe".into()));
        // "Chris" and "Christina" are two people
        let body = "Chris Roe and Christina Roe met. “Hi,” said Chris Roe.";
        assert_eq!(speaker_of(body, "Hi"), Some("Chris Roe".into()));
    }

    #[test]
    fn boards_and_banks_speak() {
        let body = "The board said that the chief was “ready to lead the company,” and more.";
        assert_eq!(speaker_of(body, "ready to lead"), Some("board".into()));
    }

    #[test]
    fn a_cue_closing_the_sentence_reports_the_clause_before_it() {
        let body = "The government has pledged $5 million in aid, Finance Minister Jane Roe told reporters, adding that more would come.";
        assert_eq!(
            amount_speaker(body, "$5 million").as_deref(),
            Some("Jane Roe")
        );
        // a clause of its own after "and" reports only itself
        let body = "Roe warned that 40 homes were at risk and Doe said so too.";
        assert_eq!(amount_speaker(body, "40 homes").as_deref(), Some("Roe"));
    }

    #[test]
    fn a_coordinated_clause_with_its_own_cue_speaks_for_its_amounts() {
        let body = "Roe said prices would rise 5%, and Doe said they would fall 3%.";
        assert_eq!(amount_speaker(body, "5%").as_deref(), Some("Roe"));
        assert_eq!(amount_speaker(body, "3%").as_deref(), Some("Doe"));
        let statements: Vec<_> = claims(body)
            .into_iter()
            .filter(|c| c.0 == Kind::Statement)
            .map(|c| c.1)
            .collect();
        assert_eq!(statements, ["prices would rise 5%"]);
        let body = "Roe said 40 homes were lost in the floods; Doe said 12 were.";
        let statements: Vec<_> = claims(body)
            .into_iter()
            .filter(|c| c.0 == Kind::Statement)
            .map(|c| c.1)
            .collect();
        assert_eq!(statements, ["40 homes were lost in the floods"]);
    }

    #[test]
    fn bodies_named_by_their_kind_speak() {
        for (body, amount, speaker) in [
            (
                "Rain exceeded 300mm in some areas, the weather service said.",
                "300mm",
                "weather service",
            ),
            (
                "The hospital said 12 patients were treated.",
                "12 patients",
                "hospital",
            ),
            (
                "The club said it paid £40m for the striker.",
                "£40m",
                "club",
            ),
        ] {
            assert_eq!(
                amount_speaker(body, amount).as_deref(),
                Some(speaker),
                "{body}"
            );
        }
    }

    #[test]
    fn a_participle_cue_yields_to_the_finite_one() {
        let body = "In a post announcing the move, the union said it had “no other choice.”";
        assert_eq!(speaker_of(body, "no other"), Some("union".into()));
        let body = "She said that he and Roe agreed the plan “still stands.”";
        let c = claims(&format!("Mary Major met Jane Roe.\n{body}"));
        let q = c.iter().find(|(k, _, _)| *k == Kind::Quote).unwrap();
        assert_eq!(
            q.2.as_deref(),
            Some("Mary Major"),
            "the first reporter speaks"
        );
    }

    #[test]
    fn a_colon_introduces_a_quote_without_a_cue_verb() {
        let body = "Jane Roe answered with a shrug: “We will see what happens next.”";
        assert_eq!(speaker_of(body, "We will see"), Some("Jane Roe".into()));
    }

    #[test]
    fn said_after_a_clause_and_a_comma_names_its_speaker_after_it() {
        let body = "The bill could pass soon, said Jane Roe, an adviser to the mayor. \
                    “It would save the city a long fight.”";
        assert_eq!(speaker_of(body, "It would save"), Some("Jane Roe".into()));
    }

    #[test]
    fn a_party_line_after_a_name_is_not_the_speaker() {
        let body = "“It failed,” Senator Jane Roe, Republican of Ohio, said at a hearing.";
        assert_eq!(speaker_of(body, "It failed"), Some("Jane Roe".into()));
    }

    #[test]
    fn a_gendered_title_picks_the_namesake_of_that_gender() {
        let body = "John Roe spoke first. His wife, Mary Roe, came later.\n\
                    “We are proud,” Mrs. Roe said.\n“So am I,” Mr. Roe said.";
        assert_eq!(speaker_of(body, "We are proud"), Some("Mary Roe".into()));
        assert_eq!(speaker_of(body, "So am I"), Some("John Roe".into()));
    }

    #[test]
    fn a_name_closing_an_inverted_attribution_is_the_speaker() {
        let body = "“We will grow,” said a spokeswoman for the chain, Jane Roe. “We are sure.”";
        assert_eq!(speaker_of(body, "We will grow"), Some("Jane Roe".into()));
        assert_eq!(speaker_of(body, "We are sure"), Some("Jane Roe".into()));
        let plain = "“We will grow,” said a spokeswoman for the chain, adding that sales rose.";
        assert_eq!(
            speaker_of(plain, "We will grow"),
            Some("spokeswoman".into())
        );
    }

    #[test]
    fn a_closing_pronoun_may_stand_for_its_own_sentence_subject() {
        let body = "Jane Roe runs a shop. John Doe voted for Smith in 2012.\n\n\
                    Roe would have voted no anyway, she says. She is “not sure.”\n\n\
                    Carl Poe is a farmer. Doe would have stayed, he says. “I am done,” he said.";
        assert_eq!(speaker_of(body, "not sure"), Some("Jane Roe".into()));
        assert_eq!(speaker_of(body, "I am done"), Some("John Doe".into()));
    }

    #[test]
    fn a_finding_is_a_statement_only_with_that() {
        let statements = |body: &str| {
            claims(body)
                .into_iter()
                .filter(|c| c.0 == Kind::Statement)
                .count()
        };
        assert_eq!(
            statements("A poll found that most voters back the new plan."),
            1
        );
        assert_eq!(
            statements("A poll found broad support for the new plan among voters."),
            0
        );
        // a figure put at an amount reports no clause
        let body = "Analysts pegged the cost of the storm at $2 billion.";
        assert_eq!(statements(body), 0);
    }

    #[test]
    fn a_pronoun_with_no_one_named_stands_for_a_titled_speaker() {
        let body = "The prime minister said the deal was dead.\n\n\
                    He added that talks would go on “for as long as it takes”.";
        assert_eq!(
            speaker_of(body, "for as long"),
            Some("prime minister".into())
        );
        // not across the gender a title states, nor before a named person
        let body = "The spokeswoman said the deal was dead.\n\nHe said “it is not”.";
        assert!(claims(body).iter().all(|c| c.1 != "it is not"), "{body}");
        let body = "The mayor said the deal was dead. Jon Roe agreed.\n\nHe said “it is not”.";
        assert_eq!(speaker_of(body, "it is not"), Some("Jon Roe".into()));
    }

    #[test]
    fn an_owners_group_after_a_quotation_does_not_label_it() {
        let body = "Though Roe brushed the remarks off as “locker room talk,” his critics are not \
                    buying it.";
        let critics = Some("critics".to_string());
        assert!(claims(body).iter().all(|c| c.2 != critics), "{body}");
        // nor does a group past a verb
        let body = "“The people have spoken,” told supporters at a rally.";
        let supporters = Some("supporters".to_string());
        assert!(claims(body).iter().all(|c| c.2 != supporters), "{body}");
    }

    #[test]
    fn a_given_name_alone_as_a_subject_is_a_person() {
        let body = "Her husband, Luis, lost his job.\n\n“We get by,” he says.";
        assert_eq!(speaker_of(body, "We get by"), Some("Luis".into()));
    }

    #[test]
    fn a_capitalised_particle_opening_a_sentence_is_the_same_name() {
        let body = "Minister Jan van Dijk spoke first.\n\n\
                    Van Dijk was firm. “The numbers are wrong,” he said.";
        assert_eq!(speaker_of(body, "The numbers"), Some("Jan van Dijk".into()));
        let body = "Coach Erik ten Hag spoke first.\n\n\
                    Ten Hag was firm. “The numbers are wrong,” ten Hag said.";
        assert_eq!(speaker_of(body, "The numbers"), Some("Erik ten Hag".into()));
    }

    #[test]
    fn a_name_opening_a_clause_of_time_is_a_pronouns_antecedent() {
        for opening in [
            "When Ilse Varga opened her shop in 2009, she had two ovens.",
            "After Ilse Varga sold the farm, prices rose.",
        ] {
            let body = format!("{opening}\n\n“I never planned this,” she said.");
            assert_eq!(
                speaker_of(&body, "I never"),
                Some("Ilse Varga".into()),
                "{body}"
            );
        }
    }

    #[test]
    fn a_pronoun_finds_the_name_after_an_opening_role() {
        for opening in ["Rival boss John Roe", "The rival coach, John Roe,"] {
            let body = format!(
                "“We won,” Acme manager Tom Lee said.\n\n\\
                 {opening} was less pleased. “It hurts,” he said."
            );
            assert_eq!(
                speaker_of(&body, "It hurts"),
                Some("John Roe".into()),
                "{body}"
            );
        }
    }

    #[test]
    fn a_pronoun_after_the_sentences_own_subject_may_stand_for_it() {
        let body = "Jane Roe said the vote was close.\n\n\
                    Pat Lee missed the vote, but she believes “it was rigged.”";
        assert_eq!(speaker_of(body, "it was rigged"), Some("Pat Lee".into()));
        assert_eq!(
            amount_speaker("Police believe 20 people died.", "20 people").as_deref(),
            Some("police")
        );
    }

    #[test]
    fn a_cue_in_an_opening_clause_yields_to_the_main_clause() {
        let body = "Jane Roe and John Doe met.\n\n\
                    After John Doe said the plan failed, Roe replied, “It did not.”\n\n\
                    When Doe said “never,” the room laughed.";
        assert_eq!(speaker_of(body, "It did not"), Some("Jane Roe".into()));
        assert_eq!(speaker_of(body, "never"), Some("John Doe".into()));
    }

    #[test]
    fn a_headline_quotes_in_title_case_and_states_nothing() {
        let body = "Jane Roe Says Acme Acted “For Political Reasons.”\n\n\
                    Roe said she likes “Meet the Press” best.";
        let c = claims(body);
        assert_eq!(speaker_of(body, "For Political"), Some("Jane Roe".into()));
        assert!(
            c.iter().all(|(_, t, _)| !t.starts_with("Acme Acted")),
            "{c:?}"
        );
        assert!(c.iter().all(|(_, t, _)| t != "Meet the Press"), "{c:?}");
    }

    #[test]
    fn a_possessive_owns_the_words_of_its_noun_of_speech() {
        let body = "John Doe and Jane Roe met.\n\n\
                    Doe’s comments echoed Jane Roe’s claims of a “vast plot” against her.";
        assert_eq!(speaker_of(body, "vast plot"), Some("Jane Roe".into()));
    }

    #[test]
    fn plural_speaker_nouns_say() {
        let c = claims("Officials say at least 400 trucks have crossed the border.");
        assert!(c.iter().all(|(_, _, s)| s.as_deref() == Some("officials")));
        assert!(c.iter().any(|(k, _, _)| *k == Kind::Quantity));
    }

    #[test]
    fn an_unnamed_person_speaks_and_is_a_pronouns_antecedent() {
        for (cue, who) in [
            ("a nurse at the clinic said", "nurse"),
            ("one voter said", "one voter"),
            ("said a local farmer", "local farmer"),
        ] {
            let body = format!("“We are leaving,” {cue}.");
            assert_eq!(speaker_of(&body, "We are"), Some(who.into()), "{cue}");
        }
        let body = "Jane Roe spoke first.\n\n\
                    “It hurts,” a woman said. “We waited,” she added.";
        assert_eq!(speaker_of(body, "We waited"), Some("woman".into()));
    }

    #[test]
    fn a_speaker_noun_stands_before_phrases_of_place() {
        let body = "A woman in the audience at a town hall in Springfield asked him: “Why did you wait so long?”";
        assert_eq!(
            claims(body),
            vec![(
                Kind::Quote,
                "Why did you wait so long?".into(),
                Some("woman".into())
            )]
        );
        let body = "“We are full,” a doctor at the clinic said.";
        assert_eq!(speaker_of(body, "We are"), Some("doctor".into()));
    }

    #[test]
    fn a_verb_or_number_is_no_part_of_an_unnamed_speaker() {
        let body =
            "Acme which has 900 workers in Ohio has estimated that closing would cost $8 million.";
        let c = claims(body);
        assert!(
            c.iter()
                .all(|(_, _, s)| s.as_deref() != Some("has 900 workers")),
            "{c:?}"
        );
    }

    #[test]
    fn a_definite_description_stands_for_the_body_named_before() {
        let media = "The Daily Clarion on Monday endorsed the mayor.
";
        for cue in ["the newspaper wrote", "the influential local daily wrote"] {
            let body = format!("{media}“She is ready to lead,” {cue}.");
            assert_speaker(&body, "She is", "Daily Clarion");
        }
        let firm = "“We will appeal,” ZetaCorp said.\n“We did nothing wrong,” the company said.";
        assert_eq!(speaker_of(firm, "We did"), Some("ZetaCorp".into()));
    }

    #[test]
    fn a_description_skips_a_body_of_another_kind() {
        for (body, start, speaker) in [
            // a business is no newspaper; a description with nothing
            // named before it stays as printed
            (
                "Acme Bank opened a branch on Monday.\n“It is a good day,” the newspaper wrote.",
                "It is",
                "newspaper",
            ),
            // "the paper" may be a study's: it stays as printed
            (
                "The Daily Clarion covered the study.\n“The results hold,” the paper said.",
                "The results",
                "paper",
            ),
            // "Lloyd" alone may be a person: no body is named
            (
                "“We met,” said Lloyd.\n“We will sue,” the company said.",
                "We will",
                "company",
            ),
        ] {
            assert_eq!(speaker_of(body, start), Some(speaker.into()), "{body}");
        }
    }

    #[test]
    fn the_agent_of_a_passive_is_not_the_subject_of_the_verb_after_it() {
        let claims = claims("Emails released by ZetaCorp suggest the deal was signed.");
        assert!(
            claims.iter().all(|c| c.2.as_deref() != Some("ZetaCorp")),
            "{claims:?}"
        );
        let body = "The report by ZetaCorp said “prices will rise.”";
        assert_eq!(speaker_of(body, "prices"), Some("ZetaCorp".into()));
    }

    #[test]
    fn a_name_and_colon_label_the_quotation_after_them() {
        for body in [
            "Jane Roe: “The vote was close.”",
            "Jane Roe, The Daily Clarion: “The vote was close.”",
            "Jane Roe, an author: “The vote was close.”",
            "Jane Roe, editor of The Daily Clarion: “The vote was close.”",
        ] {
            assert_speaker(body, "The vote", "Jane Roe");
        }
        // a phrase about someone is no label of who speaks
        let claims = claims("John Doe met Jane Roe.\nOf Roe: “I doubt her.”");
        assert!(
            claims.iter().all(|c| c.2.as_deref() != Some("Jane Roe")),
            "{claims:?}"
        );
    }

    #[test]
    fn the_title_of_a_work_in_quotation_marks_is_no_quote() {
        let claims = claims("Jane Roe said on “Meet the Voters” that she would run.");
        assert!(claims.iter().all(|c| c.0 != Kind::Quote), "{claims:?}");
    }

    #[test]
    fn a_definite_name_after_a_description_is_the_subject() {
        let body = "Acme’s corporate parent, the Bank of Zeta Group, said “prices will rise.”";
        assert_eq!(
            speaker_of(body, "prices"),
            Some("Bank of Zeta Group".into())
        );
    }

    #[test]
    fn a_body_is_not_the_fuller_body_that_extends_its_name() {
        let body =
            "Officials of the Acme Bank Review Board met.\n“Rates will rise,” the Acme Bank said.";
        assert_eq!(speaker_of(body, "Rates"), Some("Acme Bank".into()));
        // a qualifier before the name is the same body
        let body = "The U.S. Acme Bank met.\n“Rates will rise,” the Acme Bank said.";
        assert_eq!(speaker_of(body, "Rates"), Some("U.S. Acme Bank".into()));
    }
}
