//! The HTML report: one self-contained page (no network, no external
//! scripts or fonts) with each article's quotes highlighted by speaker and
//! its amounts marked by category, a speakers table, and the cross-outlet
//! comparison with disagreements first. Articles are collapsed behind an
//! index with a filter, so a few thousand of them stay usable.

use crate::claim::{Approx, Claim, Kind};
use crate::compare::{Group, Member};
use crate::corpus::Article;
use crate::text::number;
use std::collections::BTreeMap;
use std::fmt::Write;

const STYLE: &str = include_str!("report.css");
const SCRIPT: &str = include_str!("report.js");

/// The report page for `articles` (each with its claims) and the
/// comparison `groups` of their claims.
pub fn render(articles: &[(Article, Vec<Claim>)], groups: &[Group]) -> String {
    let mut html = String::new();
    let claims: usize = articles.iter().map(|(_, c)| c.len()).sum();
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>claimex report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <header><h1>claimex report</h1><p>{} articles, {claims} claims, {} comparison groups \
         ({} with disagreements)</p></header>\n",
        articles.len(),
        groups.len(),
        groups.iter().filter(|g| !g.disagree.is_empty()).count()
    );
    html.push_str(&index(articles));
    html.push_str(&comparison(articles, groups));
    html.push_str(&speakers(articles));
    html.push_str("<section id=\"articles\"><h2>Articles</h2>\n");
    for (i, (article, claims)) in articles.iter().enumerate() {
        html.push_str(&article_section(i, article, claims));
    }
    let _ = write!(
        html,
        "</section>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    );
    html
}

/// Text made safe for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A stable hue for a speaker, so one person has one colour everywhere.
fn hue(name: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(name.as_bytes()) % 360
}

fn count(claims: &[Claim], kind: Kind) -> usize {
    claims.iter().filter(|c| c.kind == kind).count()
}

fn index(articles: &[(Article, Vec<Claim>)]) -> String {
    let mut html = String::from(
        "<nav id=\"index\"><h2>Index</h2>\
         <input id=\"filter\" type=\"search\" placeholder=\"Filter articles\" aria-label=\"Filter articles\">\n\
         <p><a href=\"#comparison\">Comparison</a> · <a href=\"#speakers\">Speakers</a></p><ol>\n",
    );
    for (i, (a, claims)) in articles.iter().enumerate() {
        let _ = writeln!(
            html,
            "<li><a href=\"#a{i}\">{}</a> <small>{} quotes, {} statements, {} amounts</small></li>",
            escape(&a.name),
            count(claims, Kind::Quote),
            count(claims, Kind::Statement),
            count(claims, Kind::Quantity)
        );
    }
    html.push_str("</ol></nav>\n");
    html
}

fn comparison(articles: &[(Article, Vec<Claim>)], groups: &[Group]) -> String {
    let anchor: BTreeMap<&str, usize> = articles
        .iter()
        .enumerate()
        .map(|(i, (a, _))| (a.name.as_str(), i))
        .rev()
        .collect();
    let mut order: Vec<&Group> = groups.iter().collect();
    order.sort_by_key(|g| g.disagree.is_empty());
    let mut html = String::from(
        "<section id=\"comparison\"><h2>Comparison across articles</h2>\n\
         <table class=\"groups\"><thead><tr><th>group</th><th>article</th><th>claim</th>\
         <th>amount</th><th>speaker</th></tr></thead>\n",
    );
    for (n, g) in order.iter().enumerate() {
        let what = match (&g.category, &g.per) {
            (Some(c), Some(per)) => format!("{} per {per}", c.as_str()),
            (Some(c), None) => c.as_str().to_string(),
            _ => g.kind.as_str().to_string(),
        };
        let disagree = if g.disagree.is_empty() {
            "agree".to_string()
        } else {
            format!("disagree on {}", g.disagree.join(", "))
        };
        let class = if g.disagree.is_empty() {
            "agree"
        } else {
            "disagree"
        };
        let _ = write!(html, "<tbody class=\"{class}\">");
        for (k, m) in g.members.iter().enumerate() {
            let head = if k == 0 {
                format!(
                    "<th rowspan=\"{}\">#{} {}<br><small>{}</small></th>",
                    g.members.len(),
                    n + 1,
                    escape(&what),
                    escape(&disagree)
                )
            } else {
                String::new()
            };
            html.push_str(&member_row(&head, m, anchor.get(m.article.as_str())));
        }
        html.push_str("</tbody>\n");
    }
    html.push_str("</table></section>\n");
    html
}

fn member_row(head: &str, m: &Member, anchor: Option<&usize>) -> String {
    let article = match anchor {
        Some(i) => format!("<a href=\"#a{i}\">{}</a>", escape(&m.article)),
        None => escape(&m.article),
    };
    let amount = match (m.value, m.approx) {
        (Some(v), Some(a)) => format!("{} {}", number(v), approx_word(a)),
        (Some(v), None) => number(v),
        _ => String::new(),
    };
    let speaker = m.speaker.as_deref().unwrap_or("—");
    format!(
        "<tr>{head}<td>{article}:{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        m.line,
        escape(&m.text),
        escape(&amount),
        escape(speaker)
    )
}

fn approx_word(a: Approx) -> &'static str {
    match a {
        Approx::Exact => "(exact)",
        Approx::Approx => "(about)",
        Approx::AtLeast => "(at least)",
        Approx::AtMost => "(at most)",
    }
}

/// Claims per speaker across all articles.
#[derive(Default)]
struct SpeakerRow {
    kinds: [usize; 3],
    articles: usize,
}

fn speakers(articles: &[(Article, Vec<Claim>)]) -> String {
    let mut rows: BTreeMap<&str, SpeakerRow> = BTreeMap::new();
    for (_, claims) in articles {
        let mut seen: Vec<&str> = Vec::new();
        for c in claims {
            let Some(s) = &c.speaker else { continue };
            let row = rows.entry(s.name.as_str()).or_default();
            row.kinds[c.kind as usize] += 1;
            if !seen.contains(&s.name.as_str()) {
                seen.push(&s.name);
                row.articles += 1;
            }
        }
    }
    let mut rows: Vec<_> = rows.into_iter().collect();
    rows.sort_by_key(|(name, r)| (std::cmp::Reverse(r.kinds.iter().sum::<usize>()), *name));
    let mut html = String::from(
        "<section id=\"speakers\"><h2>Speakers</h2>\n<table class=\"speakers\"><thead><tr>\
         <th>speaker</th><th>quotes</th><th>statements</th><th>amounts</th><th>articles</th>\
         </tr></thead><tbody>\n",
    );
    for (name, r) in rows {
        let _ = writeln!(
            html,
            "<tr><td><span class=\"swatch\" style=\"--h:{}\"></span>{}</td><td>{}</td><td>{}</td>\
             <td>{}</td><td>{}</td></tr>",
            hue(name),
            escape(name),
            r.kinds[Kind::Quote as usize],
            r.kinds[Kind::Statement as usize],
            r.kinds[Kind::Quantity as usize],
            r.articles
        );
    }
    html.push_str("</tbody></table></section>\n");
    html
}

fn article_section(i: usize, article: &Article, claims: &[Claim]) -> String {
    let mut names: Vec<&str> = claims
        .iter()
        .filter(|c| c.kind == Kind::Quote)
        .filter_map(|c| c.speaker.as_ref().map(|s| s.name.as_str()))
        .collect();
    names.sort_unstable();
    names.dedup();
    let legend: String = names
        .iter()
        .map(|n| {
            format!(
                "<span class=\"swatch\" style=\"--h:{}\"></span>{} ",
                hue(n),
                escape(n)
            )
        })
        .collect();
    format!(
        "<details class=\"article\" id=\"a{i}\"><summary>{} <small>{} quotes, {} statements, \
         {} amounts</small></summary>\n<p class=\"legend\">{legend}</p>\n<div class=\"body\">{}</div>\
         </details>\n",
        escape(&article.name),
        count(claims, Kind::Quote),
        count(claims, Kind::Statement),
        count(claims, Kind::Quantity),
        marked_body(&article.body, article.offset, claims)
    )
}

/// The body as HTML with each claim wrapped in its mark: quotes coloured by
/// speaker, amounts by category, statements underlined. Marks nest; a
/// claim that would cross the end of an enclosing one is left unmarked.
fn marked_body(body: &str, offset: usize, claims: &[Claim]) -> String {
    let mut spans: Vec<(usize, usize, &Claim)> = claims
        .iter()
        .filter_map(|c| {
            let s = c.span.start.checked_sub(offset)?;
            let e = c.span.end.checked_sub(offset)?;
            (s < e && e <= body.len() && body.is_char_boundary(s) && body.is_char_boundary(e))
                .then_some((s, e, c))
        })
        .collect();
    spans.sort_by_key(|&(s, e, c)| (s, std::cmp::Reverse(e), c.kind as usize));
    let mut html = String::with_capacity(body.len() * 2);
    let mut open: Vec<(usize, &'static str)> = Vec::new();
    let mut pos = 0;
    for (s, e, c) in spans {
        close_until(&mut html, body, &mut pos, &mut open, s);
        if open.last().is_some_and(|&(end, _)| e > end) {
            continue;
        }
        html.push_str(&escape(&body[pos..s]));
        pos = s;
        let (tag, attrs) = mark(c);
        let _ = write!(html, "<{tag} {attrs}>");
        open.push((e, tag));
    }
    close_until(&mut html, body, &mut pos, &mut open, usize::MAX);
    html.push_str(&escape(&body[pos..]));
    html
}

/// Closes the open marks that end at or before `at`, writing the text up
/// to each end.
fn close_until(
    html: &mut String,
    body: &str,
    pos: &mut usize,
    open: &mut Vec<(usize, &'static str)>,
    at: usize,
) {
    while let Some(&(end, tag)) = open.last() {
        if end > at {
            break;
        }
        html.push_str(&escape(&body[*pos..end]));
        *pos = end;
        let _ = write!(html, "</{tag}>");
        open.pop();
    }
}

/// The element and attributes that mark claim `c`.
fn mark(c: &Claim) -> (&'static str, String) {
    let who = c.speaker.as_ref().map_or("no speaker", |s| s.name.as_str());
    match (&c.kind, &c.quantity) {
        (Kind::Quote, _) => {
            let h = c.speaker.as_ref().map_or(0, |s| hue(&s.name));
            let class = if c.speaker.is_some() {
                "quote"
            } else {
                "quote anon"
            };
            let cue = c
                .cue
                .as_deref()
                .map(|k| format!(" ({k})"))
                .unwrap_or_default();
            (
                "mark",
                format!(
                    "class=\"{class}\" style=\"--h:{h}\" title=\"{}{}\"",
                    escape(who),
                    escape(&cue)
                ),
            )
        }
        (Kind::Quantity, Some(q)) => {
            let unit = q.unit.as_deref().unwrap_or("");
            let per = q
                .per
                .as_deref()
                .map(|p| format!("/{p}"))
                .unwrap_or_default();
            let title = format!(
                "{}: {} {unit}{per} {} — {who}",
                q.category.as_str(),
                number(q.value),
                approx_word(q.approx)
            );
            (
                "span",
                format!(
                    "class=\"num cat-{}\" title=\"{}\"",
                    q.category.as_str(),
                    escape(&title)
                ),
            )
        }
        _ => (
            "span",
            format!("class=\"stmt\" title=\"{} (statement)\"", escape(who)),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Kinds, extract};

    #[test]
    fn marks_nest_and_text_is_escaped() {
        let body = "“We sent 400 troops <b>now</b>,” Jane Roe said. It cost $5 & more.";
        let article = Article::new("a&b", body);
        let claims = extract(&article, Kinds::default());
        let html = marked_body(body, 0, &claims);
        assert!(html.contains("<mark class=\"quote\""));
        assert!(html.contains("title=\"Jane Roe (said)\""));
        assert!(html.contains("<span class=\"num cat-troops\""));
        assert!(html.contains("&lt;b&gt;") && !html.contains("<b>"));
        assert!(html.contains("$5</span> &amp; more."));
        let quote = html.find("<mark").unwrap();
        let number = html.find("cat-troops").unwrap();
        let end = html.find("</mark>").unwrap();
        assert!(
            quote < number && number < end,
            "the amount sits inside the quote"
        );
    }

    #[test]
    fn the_page_is_self_contained_and_lists_disagreements_first() {
        let a = Article::new(
            "one",
            "Officials said 1,200 soldiers were killed every day.",
        );
        let b = Article::new(
            "two",
            "Officials said about 1,250 soldiers were killed every day.",
        );
        let c = Article::new(
            "three",
            "Officials said 40 trucks came. Officials said 40 trucks came.",
        );
        let with = |a: Article| {
            let claims = extract(&a, Kinds::default());
            (a, claims)
        };
        let articles = vec![with(a), with(b), with(c)];
        let named: Vec<(String, Vec<Claim>)> = articles
            .iter()
            .map(|(a, c)| (a.name.clone(), c.clone()))
            .collect();
        let groups = crate::compare::compare(&named, true);
        let html = render(&articles, &groups);
        assert!(!html.contains("http://") && !html.contains("https://"));
        assert!(!html.contains("<script src") && !html.contains("<link"));
        let disagree = html.find("disagree on value").unwrap();
        let agree = html.find("class=\"agree\"").unwrap();
        assert!(disagree < agree);
        assert!(html.contains("id=\"a2\""));
    }
}
