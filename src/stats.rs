//! Claim counts: per article and in total, claims by kind, by quantity
//! category and by speaker, for `claimex stats`.

use crate::claim::{Claim, Kind};
use crate::text::printable;
use serde::Serialize;
use std::collections::BTreeMap;

/// The counts of one article, or of all of them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// The article's name; `null` for the total.
    pub article: Option<String>,
    /// How many articles the counts cover.
    pub articles: usize,
    /// All claims.
    pub claims: usize,
    /// Claims by kind (`quote`, `statement`, `quantity`).
    pub kinds: BTreeMap<&'static str, usize>,
    /// Quantities by category.
    pub categories: BTreeMap<&'static str, usize>,
    /// Claims by canonical speaker; `(none)` for claims nobody is given.
    pub speakers: BTreeMap<String, usize>,
}

/// Speaker name used for claims without one.
pub const NO_SPEAKER: &str = "(none)";

impl Tally {
    /// The counts of one article's claims.
    pub fn article(name: &str, claims: &[Claim]) -> Tally {
        let mut t = Tally {
            article: Some(name.to_string()),
            articles: 1,
            ..Tally::default()
        };
        for c in claims {
            t.count(c);
        }
        t
    }

    fn count(&mut self, c: &Claim) {
        self.claims += 1;
        *self.kinds.entry(c.kind.as_str()).or_default() += 1;
        if c.kind == Kind::Quantity
            && let Some(q) = &c.quantity
        {
            *self.categories.entry(q.category.as_str()).or_default() += 1;
        }
        let who = c.speaker.as_ref().map_or(NO_SPEAKER, |s| s.name.as_str());
        *self.speakers.entry(who.to_string()).or_default() += 1;
    }

    /// Adds another tally's counts to this one (the article name stays).
    pub fn add(&mut self, other: &Tally) {
        self.articles += other.articles;
        self.claims += other.claims;
        for (k, n) in &other.kinds {
            *self.kinds.entry(k).or_default() += n;
        }
        for (k, n) in &other.categories {
            *self.categories.entry(k).or_default() += n;
        }
        for (k, n) in &other.speakers {
            *self.speakers.entry(k.clone()).or_default() += n;
        }
    }

    /// One row of the text table: name, counts by kind, top speakers,
    /// shown safely on a terminal (escaped before the name is padded, so
    /// that the columns stay aligned).
    pub fn row(&self, top: usize) -> String {
        let name = printable(self.article.as_deref().unwrap_or("TOTAL"));
        let kind = |k| self.kinds.get(k).copied().unwrap_or(0);
        let mut speakers: Vec<_> = self
            .speakers
            .iter()
            .filter(|(s, _)| s.as_str() != NO_SPEAKER)
            .collect();
        speakers.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let top: Vec<String> = speakers
            .iter()
            .take(top)
            .map(|(s, n)| format!("{} ({n})", printable(s)))
            .collect();
        format!(
            "{name:<32} {:>6} {:>6} {:>9} {:>8}  {}",
            kind("quote"),
            kind("statement"),
            kind("quantity"),
            self.claims,
            top.join(", ")
        )
    }

    /// The text table's header line.
    pub fn header() -> String {
        format!(
            "{:<32} {:>6} {:>6} {:>9} {:>8}  top speakers",
            "article", "quotes", "stmts", "amounts", "claims"
        )
    }

    /// The categories of quantities as `category n` pairs, most first.
    pub fn category_line(&self) -> String {
        let mut cats: Vec<_> = self.categories.iter().collect();
        cats.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        cats.iter()
            .map(|(c, n)| format!("{c} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Article, Kinds, extract};

    #[test]
    fn counts_kinds_categories_and_speakers() {
        let body = "“We sent 400 troops,” Jane Roe said. The plan cost $5 million.";
        let claims = extract(&Article::new("a", body), Kinds::default());
        let t = Tally::article("a", &claims);
        assert_eq!(t.kinds.get("quote"), Some(&1));
        assert_eq!(t.kinds.get("quantity"), Some(&2));
        assert_eq!(t.categories.get("troops"), Some(&1));
        assert_eq!(t.categories.get("money"), Some(&1));
        assert_eq!(t.speakers.get("Jane Roe"), Some(&2));
        assert_eq!(t.speakers.get(NO_SPEAKER), Some(&1));
        let mut total = Tally::default();
        total.add(&t);
        total.add(&t);
        assert_eq!((total.articles, total.claims), (2, 2 * t.claims));
        assert!(total.row(3).starts_with("TOTAL"));
        assert!(total.row(3).contains("Jane Roe (4)"));
    }

    #[test]
    fn a_row_is_padded_after_escaping_so_columns_align() {
        let column = |name: &str| {
            let t = Tally::article(name, &[]);
            t.row(3).find(" 0 ").expect("a count")
        };
        assert_eq!(column("plain"), column("bell\u{7}name"));
        assert!(
            Tally::article("a\u{1b}[31m", &[])
                .row(3)
                .contains("\\u{1b}")
        );
    }
}
