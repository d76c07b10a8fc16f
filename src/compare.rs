//! Claim comparison across articles: groups the claims of different
//! articles (outlets) that state the same thing, and says where they
//! disagree.
//!
//! Amounts group by category, rate and unit (people in any unit for troops
//! and casualties: "soldiers" and "casualties" count the same), then by
//! value: amounts within 10% of the smallest in the group are one claim
//! (1,200 and 1,250 a day; not 8,000 and 10,000). Quotes group when their
//! words overlap by half or more, or when one is a run of the other's words
//! (a phrase quoted inside a longer quotation); groups are closed under
//! both links.

use crate::claim::{Approx, Category, Claim, Kind, words};
use serde::Serialize;
use std::collections::HashMap;

/// Amounts within this fraction of a group's smallest value join it.
const VALUE_TOLERANCE: f64 = 0.10;

/// One claim in a group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Member {
    /// The article it comes from.
    pub article: String,
    /// Its id in that article.
    pub id: String,
    /// Its words as printed.
    pub text: String,
    /// Who stated it (canonical name), if anyone.
    pub speaker: Option<String>,
    /// The amount (quantities only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// The hedge (quantities only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approx: Option<Approx>,
    /// The rate (quantities only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per: Option<String>,
    /// The unit (quantities only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// 1-based input line of the claim.
    pub line: usize,
}

/// Claims of several articles that state the same thing: one output line.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// `quote` or `quantity`.
    pub kind: Kind,
    /// What the amounts count (quantities only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    /// The rate shared by the amounts (quantities only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per: Option<String>,
    /// The members, in input order.
    pub members: Vec<Member>,
    /// Fields whose values differ across members (`value`, `approx`,
    /// `speaker`, `unit`, `text`).
    pub disagree: Vec<&'static str>,
}

/// Groups the claims of `articles` (each article's name and claims, in
/// input order). Groups whose members all come from one article are left
/// out unless `all`.
pub fn compare<N: AsRef<str>, C: AsRef<[Claim]>>(articles: &[(N, C)], all: bool) -> Vec<Group> {
    let claims: Vec<(usize, &Claim)> = articles
        .iter()
        .enumerate()
        .flat_map(|(a, (_, cs))| cs.as_ref().iter().map(move |c| (a, c)))
        .collect();
    let names: Vec<&str> = articles.iter().map(|(n, _)| n.as_ref()).collect();
    let mut groups: Vec<Vec<usize>> = quantity_groups(&claims);
    groups.extend(quote_groups(&claims));
    let mut out: Vec<(usize, Group)> = groups
        .into_iter()
        .filter(|g| all || spans_articles(g, &claims))
        .map(|mut g| {
            g.sort_unstable();
            (g[0], group(&g, &claims, &names))
        })
        .collect();
    out.sort_by_key(|(first, _)| *first);
    out.into_iter().map(|(_, g)| g).collect()
}

fn spans_articles(g: &[usize], claims: &[(usize, &Claim)]) -> bool {
    g.iter().any(|&i| claims[i].0 != claims[g[0]].0)
}

/// What amounts must share to be one claim: category, rate, and unit (none
/// for people, who are counted in any unit).
type QuantityKey<'a> = (Category, Option<&'a str>, Option<&'a str>);

/// Groups of amounts: same category, rate and unit class, values close.
fn quantity_groups(claims: &[(usize, &Claim)]) -> Vec<Vec<usize>> {
    let mut by_key: HashMap<QuantityKey, Vec<usize>> = HashMap::new();
    for (i, (_, c)) in claims.iter().enumerate() {
        let Some(q) = &c.quantity else { continue };
        let people = matches!(q.category, Category::Troops | Category::Casualties);
        let unit = if people { None } else { q.unit.as_deref() };
        by_key
            .entry((q.category, q.per.as_deref(), unit))
            .or_default()
            .push(i);
    }
    let value = |i: usize| claims[i].1.quantity.as_ref().map_or(0.0, |q| q.value);
    let mut out = Vec::new();
    let mut keys: Vec<_> = by_key.into_iter().collect();
    keys.sort_by_key(|(_, v)| v[0]);
    for (_, mut members) in keys {
        members.sort_by(|&a, &b| value(a).total_cmp(&value(b)).then(a.cmp(&b)));
        let mut current: Vec<usize> = Vec::new();
        for i in members {
            let joins = current.first().is_some_and(|&f| close(value(f), value(i)));
            if !joins && !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            current.push(i);
        }
        if !current.is_empty() {
            out.push(current);
        }
    }
    out
}

/// Whether `b` (not below `a`) is within the tolerance of `a`.
fn close(a: f64, b: f64) -> bool {
    if a == b {
        return true;
    }
    a.signum() == b.signum() && (b - a).abs() <= a.abs() * VALUE_TOLERANCE
}

/// Groups of quotes linked by word overlap or a shared quoted phrase.
fn quote_groups(claims: &[(usize, &Claim)]) -> Vec<Vec<usize>> {
    let quotes: Vec<usize> = (0..claims.len())
        .filter(|&i| claims[i].1.kind == Kind::Quote)
        .collect();
    let toks: Vec<Vec<String>> = quotes.iter().map(|&i| words(&claims[i].1.text)).collect();
    // Candidates share a word pair; very common pairs are not looked up.
    let mut index: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    for (k, w) in toks.iter().enumerate() {
        for pair in w.windows(2) {
            let list = index.entry((&pair[0], &pair[1])).or_default();
            if list.last() != Some(&k) {
                list.push(k);
            }
        }
    }
    let mut uf = UnionFind::new(quotes.len());
    for list in index.values().filter(|l| l.len() > 1 && l.len() <= 64) {
        for (x, &a) in list.iter().enumerate() {
            for &b in &list[x + 1..] {
                if uf.find(a) != uf.find(b) && same_quote(&toks[a], &toks[b]) {
                    uf.union(a, b);
                }
            }
        }
    }
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for (k, &q) in quotes.iter().enumerate() {
        groups.entry(uf.find(k)).or_default().push(q);
    }
    let mut out: Vec<Vec<usize>> = groups.into_values().collect();
    out.sort_by_key(|g| g[0]);
    out
}

/// Whether two quotes are the same words: their content words (function
/// words and single letters aside) overlap by half or more, three words at
/// least, or the shorter quote, with two content words or more, is a run of
/// the longer one's words.
fn same_quote(a: &[String], b: &[String]) -> bool {
    let (ca, cb) = (content(a), content(b));
    let score = crate::claim::overlap(&ca, &cb);
    let shared = (score * (ca.len() + cb.len()) as f64 / 2.0).round();
    if score >= 0.5 && shared >= 3.0 {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    content(short).len() >= 2 && long.windows(short.len()).any(|w| w == short)
}

/// The words that carry content: not function words.
fn content(words: &[String]) -> Vec<String> {
    words
        .iter()
        .filter(|w| w.chars().count() > 1 && !FUNCTION_WORDS.contains(&w.as_str()))
        .cloned()
        .collect()
}

/// Words too common to make two quotes alike.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
    "from", "as", "into", "that", "this", "these", "those", "it", "its", "is", "are", "was",
    "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would",
    "can", "could", "should", "may", "might", "we", "our", "us", "i", "me", "my", "you", "your",
    "he", "him", "his", "she", "her", "they", "them", "their", "there", "which", "who", "what",
    "not", "no", "so", "if", "than", "then", "all", "more", "most", "very", "also", "just",
];

/// The output form of one group of claim indices.
fn group(g: &[usize], claims: &[(usize, &Claim)], names: &[&str]) -> Group {
    let members: Vec<Member> = g
        .iter()
        .map(|&i| member(names[claims[i].0], claims[i].1))
        .collect();
    let first = claims[g[0]].1;
    let q = first.quantity.as_ref();
    Group {
        kind: first.kind,
        category: q.map(|q| q.category),
        per: q.and_then(|q| q.per.clone()),
        disagree: disagreements(&members, first.kind),
        members,
    }
}

fn member(article: &str, c: &Claim) -> Member {
    let q = c.quantity.as_ref();
    Member {
        article: article.to_string(),
        id: c.id.clone(),
        text: c.text.clone(),
        speaker: c.speaker.as_ref().map(|s| s.name.clone()),
        value: q.map(|q| q.value),
        approx: q.map(|q| q.approx),
        per: q.and_then(|q| q.per.clone()),
        unit: q.and_then(|q| q.unit.clone()),
        line: c.span.line,
    }
}

/// The fields on which the members differ.
fn disagreements(members: &[Member], kind: Kind) -> Vec<&'static str> {
    fn differs<T: PartialEq>(members: &[Member], f: impl Fn(&Member) -> T) -> bool {
        let first = f(&members[0]);
        members.iter().any(|m| f(m) != first)
    }
    let mut out = Vec::new();
    if kind == Kind::Quantity {
        if differs(members, |m| m.value.map(f64::to_bits)) {
            out.push("value");
        }
        if differs(members, |m| m.approx) {
            out.push("approx");
        }
        if differs(members, |m| m.per.clone()) {
            out.push("per");
        }
    } else if differs(members, |m| words(&m.text)) {
        out.push("text");
    }
    if differs(members, |m| m.speaker.clone()) {
        out.push("speaker");
    }
    out
}

/// Disjoint sets over `0..n`, for closing groups under their links.
struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> UnionFind {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;
    use crate::extract::{Kinds, extract};

    fn corpus(bodies: &[&str]) -> Vec<(String, Vec<Claim>)> {
        bodies
            .iter()
            .enumerate()
            .map(|(i, b)| {
                let name = format!("a{i}");
                let claims = extract(&Article::new(&name, b), Kinds::default());
                (name, claims)
            })
            .collect()
    }

    fn quantity_groups_of(bodies: &[&str]) -> Vec<Group> {
        compare(&corpus(bodies), false)
            .into_iter()
            .filter(|g| g.kind == Kind::Quantity)
            .collect()
    }

    #[test]
    fn close_figures_group_and_disagree_on_value_and_hedge() {
        let groups = quantity_groups_of(&[
            "The army is losing 1,200 soldiers a day.",
            "Its casualties run to about 1,250 a day, officials said.",
        ]);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].members.len(), 2);
        assert_eq!(groups[0].disagree, vec!["value", "approx", "speaker"]);
    }

    #[test]
    fn distant_figures_and_other_rates_stay_apart() {
        let groups = quantity_groups_of(&[
            "It sent 8,000 troops to the front.",
            "It sent 10,000 troops in all, and loses 1,000 soldiers a day.",
        ]);
        assert!(groups.is_empty(), "{groups:?}");
    }

    #[test]
    fn figures_of_one_article_alone_are_not_a_group_unless_all() {
        let c = corpus(&["It sent 8,000 troops, then 8,000 more troops."]);
        assert!(compare(&c, false).is_empty());
        assert!(!compare(&c, true).is_empty());
    }

    #[test]
    fn quotes_group_by_overlap_and_by_a_shared_phrase() {
        let groups: Vec<Group> = compare(
            &corpus(&[
                "“The front is a meat grinder for them,” Jane Roe said.",
                "Roe called the front a “meat grinder.”\nJane Roe said it was bad.",
                "“The front is a meat grinder for them all,” said Jane Roe.",
            ]),
            false,
        )
        .into_iter()
        .filter(|g| g.kind == Kind::Quote)
        .collect();
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].members.len(), 3);
        assert!(groups[0].disagree.contains(&"text"));
    }

    #[test]
    fn same_quote_needs_real_overlap() {
        let w = |s: &str| words(s);
        assert!(same_quote(
            &w("red green blue gold"),
            &w("red green blue grey")
        ));
        assert!(!same_quote(
            &w("in the strongest terms"),
            &w("in the coming days")
        ));
        assert!(same_quote(
            &w("meat grinder"),
            &w("it is a meat grinder now and then")
        ));
        assert!(!same_quote(
            &w("the war"),
            &w("a long and bitter war over the border")
        ));
    }
}
