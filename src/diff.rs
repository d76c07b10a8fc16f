//! Claim diffs between two versions of an article: which claims were added,
//! removed, changed (a number, a hedge, a speaker) or only moved.
//!
//! Claims pair first by `id` (same kind and words), then by likeness within
//! their kind: quotes and statements by word overlap, quantities by
//! category, unit and rate, then by how alike their sentences are. A figure
//! that was updated is therefore one `changed` record, not a removal plus an
//! addition. A paired claim is `moved` when its order among the paired
//! claims changed (it is outside their longest common order).

use crate::claim::{Claim, Kind, overlap, words};
use serde::Serialize;

/// Word overlap at or above which a reported statement is the same claim
/// (copy-edits such as "the F.B.I. director" → "the former F.B.I.
/// director" are not differences).
const STATEMENT_SAME: f64 = 0.9;

/// What `diff` reports and what it ignores.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Report moved claims as unchanged.
    pub ignore_moves: bool,
    /// Also report changes in how a speaker is mentioned, the cue, the
    /// counted noun phrase and the text's spelling (case, quote style).
    pub all: bool,
}

/// What happened to a claim between the two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    /// Only in the new version.
    Added,
    /// Only in the old version.
    Removed,
    /// In both, with different fields.
    Changed,
    /// In both, the same, but in another order among the claims.
    Moved,
}

/// How far an amount moved: `new - old`, and that over `|old|`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Delta {
    /// The absolute change.
    pub abs: f64,
    /// The change relative to the old value (none when it was zero).
    pub rel: Option<f64>,
}

/// One difference: one output line of `claimex diff`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Difference {
    /// What happened.
    pub op: Op,
    /// The article's name (the new version's when both are there).
    pub article: String,
    /// The claim's kind.
    pub kind: Kind,
    /// The fields that differ (`value`, `approx`, `speaker`, `text`…).
    pub changed: Vec<&'static str>,
    /// The claim in the old version.
    pub old: Option<Claim>,
    /// The claim in the new version.
    pub new: Option<Claim>,
    /// For amounts whose value changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delta: Option<Delta>,
}

/// The differences between the claims of two versions of one article, in
/// the order of the new version (removed claims where they stood).
pub fn diff(article: &str, old: &[Claim], new: &[Claim], opts: Options) -> Vec<Difference> {
    let pairs = pair(old, new);
    let moved = moved(&pairs);
    let mut out = Vec::new();
    let (mut old_paired, mut new_paired) = (vec![false; old.len()], vec![false; new.len()]);
    for (k, &(o, n)) in pairs.iter().enumerate() {
        old_paired[o] = true;
        new_paired[n] = true;
        let changed = changed_fields(&old[o], &new[n], opts.all);
        let op = if !changed.is_empty() {
            Op::Changed
        } else if moved[k] && !opts.ignore_moves {
            Op::Moved
        } else {
            continue;
        };
        let delta = changed
            .contains(&"value")
            .then(|| delta(&old[o], &new[n]))
            .flatten();
        out.push((
            new[n].span.start,
            Difference {
                op,
                article: article.to_string(),
                kind: new[n].kind,
                changed,
                old: Some(old[o].clone()),
                new: Some(new[n].clone()),
                delta,
            },
        ));
    }
    for (i, c) in old.iter().enumerate().filter(|(i, _)| !old_paired[*i]) {
        let at = position_in_new(c, old, new, &pairs, i);
        out.push((at, one_sided(Op::Removed, article, c)));
    }
    for (_, c) in new.iter().enumerate().filter(|(i, _)| !new_paired[*i]) {
        out.push((c.span.start, one_sided(Op::Added, article, c)));
    }
    out.sort_by_key(|(at, d)| (*at, d.op == Op::Added));
    out.into_iter().map(|(_, d)| d).collect()
}

/// Every claim of an article only one version has, as added or removed.
pub fn whole(op: Op, article: &str, claims: &[Claim]) -> Vec<Difference> {
    claims.iter().map(|c| one_sided(op, article, c)).collect()
}

fn one_sided(op: Op, article: &str, c: &Claim) -> Difference {
    let (old, new) = match op {
        Op::Removed => (Some(c.clone()), None),
        _ => (None, Some(c.clone())),
    };
    Difference {
        op,
        article: article.to_string(),
        kind: c.kind,
        changed: Vec::new(),
        old,
        new,
        delta: None,
    }
}

/// Where a removed claim stood, in new-version offsets: at the new place
/// of the nearest paired claim before it.
fn position_in_new(
    c: &Claim,
    old: &[Claim],
    new: &[Claim],
    pairs: &[(usize, usize)],
    i: usize,
) -> usize {
    pairs
        .iter()
        .filter(|(o, _)| *o < i && old[*o].span.start <= c.span.start)
        .map(|&(_, n)| new[n].span.end)
        .max()
        .unwrap_or(0)
}

/// Pairs of (old index, new index): by id, then by likeness.
fn pair(old: &[Claim], new: &[Claim]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut old_free = vec![true; old.len()];
    let mut new_free = vec![true; new.len()];
    let by_id: std::collections::HashMap<&str, usize> = old
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    for (n, c) in new.iter().enumerate() {
        if let Some(&o) = by_id.get(c.id.as_str())
            && old_free[o]
        {
            old_free[o] = false;
            new_free[n] = false;
            pairs.push((o, n));
        }
    }
    let old_words: Vec<Vec<String>> = old.iter().map(|c| words(&c.text)).collect();
    let new_words: Vec<Vec<String>> = new.iter().map(|c| words(&c.text)).collect();
    let mut candidates = Vec::new();
    for (o, oc) in old.iter().enumerate().filter(|(o, _)| old_free[*o]) {
        for (n, nc) in new.iter().enumerate().filter(|(n, _)| new_free[*n]) {
            if let Some(score) = likeness(oc, nc, &old_words[o], &new_words[n]) {
                candidates.push((score, o, n));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    for (_, o, n) in candidates {
        if old_free[o] && new_free[n] {
            old_free[o] = false;
            new_free[n] = false;
            pairs.push((o, n));
        }
    }
    pairs.sort_unstable();
    pairs
}

/// How alike two claims of different words are, when alike enough to be
/// one claim edited: quotes by word overlap (at least one half);
/// quantities of the same category, unit and rate by their sentences.
fn likeness(o: &Claim, n: &Claim, ow: &[String], nw: &[String]) -> Option<f64> {
    if o.kind != n.kind {
        return None;
    }
    match (&o.quantity, &n.quantity) {
        (Some(a), Some(b)) => {
            let same_kind = a.category == b.category && a.unit == b.unit && a.per == b.per;
            let sentence = overlap(&words(&o.sentence), &words(&n.sentence));
            let subject = a.subject.is_some() && a.subject == b.subject;
            (same_kind && (sentence >= 0.5 || subject && sentence >= 0.2))
                .then_some(sentence + f64::from(u8::from(subject)))
        }
        _ => {
            let score = overlap(ow, nw);
            (score >= 0.5).then_some(score)
        }
    }
}

/// For each pair, whether it is outside the longest run of pairs that keep
/// their order (the pairs are sorted by old index).
fn moved(pairs: &[(usize, usize)]) -> Vec<bool> {
    let seq: Vec<usize> = pairs.iter().map(|&(_, n)| n).collect();
    let keep = longest_increasing(&seq);
    let mut moved = vec![true; pairs.len()];
    for k in keep {
        moved[k] = false;
    }
    moved
}

/// Indices of a longest strictly increasing subsequence (patience sort).
fn longest_increasing(seq: &[usize]) -> Vec<usize> {
    let mut tails: Vec<usize> = Vec::new(); // index into seq of each pile's top
    let mut prev: Vec<Option<usize>> = vec![None; seq.len()];
    for (i, &x) in seq.iter().enumerate() {
        let pile = tails.partition_point(|&t| seq[t] < x);
        prev[i] = pile.checked_sub(1).map(|p| tails[p]);
        if pile == tails.len() {
            tails.push(i);
        } else {
            tails[pile] = i;
        }
    }
    let mut out = Vec::with_capacity(tails.len());
    let mut at = tails.last().copied();
    while let Some(i) = at {
        out.push(i);
        at = prev[i];
    }
    out.reverse();
    out
}

/// The fields of a paired claim that differ.
fn changed_fields(o: &Claim, n: &Claim, all: bool) -> Vec<&'static str> {
    let mut out = Vec::new();
    let text_differs = if all {
        o.text != n.text
    } else if o.kind == Kind::Statement {
        // a paraphrase: a word or two of copy-editing is not a new claim
        overlap(&words(&o.text), &words(&n.text)) < STATEMENT_SAME
    } else {
        words(&o.text) != words(&n.text)
    };
    if text_differs {
        out.push("text");
    }
    let name = |c: &Claim| c.speaker.as_ref().map(|s| s.name.clone());
    if name(o) != name(n) || all && o.speaker != n.speaker {
        out.push("speaker");
    }
    if all && o.cue != n.cue {
        out.push("cue");
    }
    if let (Some(a), Some(b)) = (&o.quantity, &n.quantity) {
        let fields: [(&'static str, bool); 8] = [
            ("value", a.value != b.value),
            ("low", a.low != b.low),
            ("high", a.high != b.high),
            ("unit", a.unit != b.unit),
            ("per", a.per != b.per),
            ("approx", a.approx != b.approx),
            ("category", a.category != b.category),
            ("subject", all && a.subject != b.subject),
        ];
        out.extend(fields.iter().filter(|(_, d)| *d).map(|(f, _)| *f));
    }
    out
}

/// How far an amount moved.
fn delta(o: &Claim, n: &Claim) -> Option<Delta> {
    let (a, b) = (o.quantity.as_ref()?.value, n.quantity.as_ref()?.value);
    let abs = b - a;
    Some(Delta {
        abs: round(abs, 6),
        rel: (a != 0.0).then(|| round(abs / a.abs(), 3)),
    })
}

fn round(x: f64, places: i32) -> f64 {
    let k = 10f64.powi(places);
    (x * k).round() / k
}

/// The differences between two corpora: articles paired by name (the n-th
/// old article of a name with the n-th new one), or the lone article of each
/// side with each other; unpaired articles wholly removed or added.
pub fn corpora(
    old: &[(String, Vec<Claim>)],
    new: &[(String, Vec<Claim>)],
    opts: Options,
) -> Vec<Difference> {
    if old.len() == 1 && new.len() == 1 {
        return diff(&new[0].0, &old[0].1, &new[0].1, opts);
    }
    let mut by_name: std::collections::HashMap<&str, Vec<usize>> = Default::default();
    for (i, (name, _)) in old.iter().enumerate().rev() {
        by_name.entry(name).or_default().push(i);
    }
    let mut paired = vec![false; old.len()];
    let mut out = Vec::new();
    for (name, claims) in new {
        match by_name.get_mut(name.as_str()).and_then(Vec::pop) {
            Some(i) => {
                paired[i] = true;
                out.extend(diff(name, &old[i].1, claims, opts));
            }
            None => out.extend(whole(Op::Added, name, claims)),
        }
    }
    for (i, (name, claims)) in old.iter().enumerate() {
        if !paired[i] {
            out.extend(whole(Op::Removed, name, claims));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;
    use crate::extract::{Kinds, extract};

    fn claims(body: &str) -> Vec<Claim> {
        extract(&Article::new("a", body), Kinds::default())
    }

    fn ops(old: &str, new: &str, opts: Options) -> Vec<(Op, Vec<&'static str>)> {
        diff("a", &claims(old), &claims(new), opts)
            .into_iter()
            .map(|d| (d.op, d.changed))
            .collect()
    }

    #[test]
    fn identical_versions_have_no_differences() {
        let text = "“We will stay,” Jane Roe said. The army lost 1,200 soldiers a day.";
        assert!(ops(text, text, Options::default()).is_empty());
    }

    #[test]
    fn an_updated_figure_is_one_change_with_a_delta() {
        let old = claims("The army is losing 1,200 soldiers every day, officials said.");
        let new = claims("The army is losing about 1,250 soldiers every day, officials said.");
        let d = diff("a", &old, &new, Options::default());
        let q: Vec<_> = d.iter().filter(|d| d.kind == Kind::Quantity).collect();
        assert_eq!(q.len(), 1, "{d:?}");
        assert_eq!(q[0].op, Op::Changed);
        assert_eq!(q[0].changed, vec!["text", "value", "approx"]);
        assert_eq!(
            q[0].delta,
            Some(Delta {
                abs: 50.0,
                rel: Some(0.042)
            })
        );
    }

    #[test]
    fn a_new_speaker_is_a_speaker_change() {
        let old = "“We will stay on,” said John Doe.";
        let new = "“We will stay on,” said Mary Major.";
        assert_eq!(
            ops(old, new, Options::default()),
            vec![(Op::Changed, vec!["speaker"])]
        );
    }

    #[test]
    fn a_different_mention_of_the_same_speaker_is_not_a_difference() {
        let old = "John Doe spoke.\n“We will stay on,” Doe said.";
        let new = "John Doe spoke.\n“We will stay on,” John said.";
        assert!(ops(old, new, Options::default()).is_empty());
        let all = Options {
            all: true,
            ..Options::default()
        };
        assert_eq!(ops(old, new, all), vec![(Op::Changed, vec!["speaker"])]);
    }

    #[test]
    fn style_only_edits_are_not_differences() {
        let old = "“We’ll stay,” Jane Roe said.";
        let new = "\"We'll stay,\" Jane Roe said.";
        assert!(ops(old, new, Options::default()).is_empty());
    }

    #[test]
    fn copy_edits_in_a_statement_are_not_differences() {
        let old =
            "John Doe said the city should spend more on its old roads and bridges next year.";
        let new =
            "John Doe said the city should spend more on its old roads and its bridges next year.";
        assert!(ops(old, new, Options::default()).is_empty());
    }

    #[test]
    fn reordered_paragraphs_are_moves_unless_ignored() {
        let old = "“First words here,” Jane Roe said.\n“Second words here,” John Doe said.";
        let new = "“Second words here,” John Doe said.\n“First words here,” Jane Roe said.";
        let found = ops(old, new, Options::default());
        assert_eq!(found, vec![(Op::Moved, vec![])]);
        let ignore = Options {
            ignore_moves: true,
            ..Options::default()
        };
        assert!(ops(old, new, ignore).is_empty());
    }

    #[test]
    fn unrelated_claims_are_removed_and_added() {
        let old = "“We will stay on,” said John Doe.";
        let new = "“Nothing is decided yet,” said John Doe.";
        let found: Vec<Op> = ops(old, new, Options::default())
            .into_iter()
            .map(|(op, _)| op)
            .collect();
        assert_eq!(found, vec![Op::Removed, Op::Added]);
    }

    #[test]
    fn longest_increasing_keeps_the_most_in_order() {
        assert_eq!(longest_increasing(&[0, 1, 2]), vec![0, 1, 2]);
        assert_eq!(longest_increasing(&[2, 0, 1]), vec![1, 2]);
        assert!(longest_increasing(&[]).is_empty());
    }
}
