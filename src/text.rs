//! The human view: one readable line per claim, difference or group
//! member, coloured only when asked to (a terminal, and no `NO_COLOR`).

use crate::claim::{Approx, Claim, Kind};
use crate::compare::Group;
use crate::diff::{Difference, Op};
use std::borrow::Cow;
use std::io::IsTerminal;

/// Whether and how to colour the text view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Style {
    /// Use ANSI colours.
    pub color: bool,
}

impl Style {
    /// Colours when standard output is a terminal and `NO_COLOR` is unset
    /// or empty (<https://no-color.org>).
    pub fn for_stdout() -> Style {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Style {
            color: !no_color && std::io::stdout().is_terminal(),
        }
    }

    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    fn removed(&self, s: &str) -> String {
        self.paint("31", &format!("[-{s}-]"))
    }

    fn added(&self, s: &str) -> String {
        self.paint("32", &format!("{{+{s}+}}"))
    }

    fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }

    fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
}

/// `s` as it is safe to show on a terminal: each control character is
/// written as its escape (`\u{1b}`), since an escape sequence inside an
/// article could clear the screen or retitle the window; so is each
/// bidirectional embedding, override or isolate (`\u{202e}`), which
/// would show the rest of the line reordered ("1,250" as "052,1"). The
/// JSON output keeps every character: JSON escapes control characters
/// itself, and its readers see the text as written.
pub fn printable(s: &str) -> Cow<'_, str> {
    if !s.chars().any(unsafe_to_show) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if unsafe_to_show(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Whether `c` would drive the terminal or reorder the line around it.
fn unsafe_to_show(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// One claim: `article:line  kind  who (cue): “text”`, or for amounts
/// `article:line  category  1,200 soldier/day (exact) — who`.
pub fn claim_line(c: &Claim, style: Style) -> String {
    let place = style.dim(&format!("{}:{}", printable(&c.article), c.span.line));
    let who = c
        .speaker
        .as_ref()
        .map_or(Cow::Borrowed("—"), |s| printable(&s.name));
    match &c.quantity {
        Some(q) => {
            let mut amount = number(q.value);
            if let Some(u) = &q.unit {
                amount.push(' ');
                amount.push_str(&printable(u));
            }
            if let Some(p) = &q.per {
                amount.push('/');
                amount.push_str(&printable(p));
            }
            format!(
                "{place}  {:<11} {} ({}) — {who}",
                category_name(c),
                style.bold(&amount),
                approx_name(q.approx)
            )
        }
        None => {
            let cue = c
                .cue
                .as_deref()
                .map_or(String::new(), |k| format!(" ({})", printable(k)));
            format!(
                "{place}  {:<11} {}{cue}: “{}”",
                c.kind.as_str(),
                style.bold(&who),
                printable(&c.text)
            )
        }
    }
}

/// One difference in the spirit of `git diff --word-diff`:
/// `article:line  changed  quantity  [-1,200-]{+1,250+} soldiers every day`.
pub fn difference_line(d: &Difference, style: Style) -> String {
    let at = d.new.as_ref().or(d.old.as_ref()).expect("a side");
    let place = style.dim(&format!("{}:{}", printable(&d.article), at.span.line));
    let body = match (&d.old, &d.new) {
        (Some(o), Some(n)) => word_diff(&printable(&o.text), &printable(&n.text), style),
        (Some(o), None) => style.removed(&printable(&o.text)),
        (None, Some(n)) => style.added(&printable(&n.text)),
        (None, None) => String::new(),
    };
    let mut line = format!(
        "{place}  {:<8} {:<9} {body}",
        op_name(d.op),
        d.kind.as_str()
    );
    let name = |c: &Option<Claim>| {
        c.as_ref()
            .and_then(|c| c.speaker.as_ref())
            .map(|s| printable(&s.name).into_owned())
    };
    if d.changed.contains(&"speaker") {
        let (o, n) = (name(&d.old), name(&d.new));
        line.push_str(&format!(
            " — {}{}",
            style.removed(o.as_deref().unwrap_or("nobody")),
            style.added(n.as_deref().unwrap_or("nobody"))
        ));
    } else if let Some(n) = name(&d.new).or_else(|| name(&d.old)) {
        line.push_str(&format!(" — {n}"));
    }
    line
}

/// A group: a header, then one indented line per member.
pub fn group_lines(g: &Group, style: Style) -> String {
    let mut head = g.kind.as_str().to_string();
    if let Some(c) = g.category {
        head.push(' ');
        head.push_str(&serde_json::to_value(c).map_or(String::new(), |v| {
            v.as_str().unwrap_or_default().to_string()
        }));
    }
    if let Some(p) = &g.per {
        head.push_str(&format!(" per {}", printable(p)));
    }
    if !g.disagree.is_empty() {
        head.push_str(&format!(" — disagree on {}", g.disagree.join(", ")));
    }
    let mut out = style.bold(&head);
    out.push('\n');
    for m in &g.members {
        let place = style.dim(&format!("{}:{}", printable(&m.article), m.line));
        let amount = match (m.value, m.approx) {
            (Some(v), Some(a)) => format!("  ({}, {})", number(v), approx_name(a)),
            _ => String::new(),
        };
        let who = printable(m.speaker.as_deref().unwrap_or("—"));
        out.push_str(&format!(
            "  {place}  “{}”{amount} — {who}\n",
            printable(&m.text)
        ));
    }
    out
}

/// Old and new text with the changed words marked.
fn word_diff(old: &str, new: &str, style: Style) -> String {
    let diff = similar::TextDiff::from_words(old, new);
    let mut out = String::new();
    let (mut del, mut ins) = (String::new(), String::new());
    let flush = |out: &mut String, del: &mut String, ins: &mut String| {
        if !del.trim().is_empty() {
            out.push_str(&style.removed(del.trim()));
        }
        if !ins.trim().is_empty() {
            out.push_str(&style.added(ins.trim()));
        }
        if !del.is_empty() || !ins.is_empty() {
            // keep the space that followed the changed words
            if del.ends_with(' ') || ins.ends_with(' ') {
                out.push(' ');
            }
        }
        del.clear();
        ins.clear();
    };
    for change in diff.iter_all_changes() {
        match change.tag() {
            similar::ChangeTag::Delete => del.push_str(change.value()),
            similar::ChangeTag::Insert => ins.push_str(change.value()),
            similar::ChangeTag::Equal => {
                flush(&mut out, &mut del, &mut ins);
                out.push_str(change.value());
            }
        }
    }
    flush(&mut out, &mut del, &mut ins);
    out
}

fn op_name(op: Op) -> &'static str {
    match op {
        Op::Added => "added",
        Op::Removed => "removed",
        Op::Changed => "changed",
        Op::Moved => "moved",
    }
}

fn approx_name(a: Approx) -> &'static str {
    match a {
        Approx::Exact => "exact",
        Approx::Approx => "approx",
        Approx::AtLeast => "at least",
        Approx::AtMost => "at most",
    }
}

fn category_name(c: &Claim) -> String {
    c.quantity
        .as_ref()
        .map_or(Kind::Quantity.as_str(), |q| q.category.as_str())
        .to_string()
}

/// A number as a reader writes it: 1200 → "1,200", 2.5 → "2.5".
pub fn number(v: f64) -> String {
    let sign = if v < 0.0 { "-" } else { "" };
    let v = v.abs();
    let whole = v.trunc();
    let frac = v - whole;
    let digits = format!("{whole:.0}");
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    if frac > 1e-9 {
        let f = format!("{frac:.6}");
        grouped.push_str(f.trim_start_matches('0').trim_end_matches('0'));
    }
    format!("{sign}{grouped}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_escaped_and_the_rest_as_written() {
        assert!(matches!(
            printable("“Fine,” Señora Roe said"),
            Cow::Borrowed(_)
        ));
        assert_eq!(printable("a\x1b[2Jb"), "a\\u{1b}[2Jb");
        // C1 controls (CSI), DEL and tabs too
        assert_eq!(printable("\u{9b}31m\x7f\t"), "\\u{9b}31m\\u{7f}\\u{9}");
        // bidi overrides and isolates, which reorder what follows them
        assert_eq!(printable("\u{202e}052,1"), "\\u{202e}052,1");
        assert_eq!(printable("a\u{2066}b\u{2069}"), "a\\u{2066}b\\u{2069}");
        // marks that only hint at direction are shown as written
        assert!(matches!(printable("\u{200f}1,250"), Cow::Borrowed(_)));
    }

    #[test]
    fn numbers_read_like_print() {
        assert_eq!(number(1200.0), "1,200");
        assert_eq!(number(2.5e9), "2,500,000,000");
        assert_eq!(number(2.5), "2.5");
        assert_eq!(number(-1.3), "-1.3");
        assert_eq!(number(87.0), "87");
    }

    #[test]
    fn word_diff_marks_only_the_changed_words() {
        let plain = Style::default();
        assert_eq!(
            word_diff(
                "1,200 soldiers every day",
                "1,250 soldiers every day",
                plain
            ),
            "[-1,200-]{+1,250+} soldiers every day"
        );
        assert_eq!(word_diff("same words", "same words", plain), "same words");
    }

    #[test]
    fn colour_only_when_asked() {
        let s = Style { color: true };
        assert!(s.added("x").contains("\x1b[32m"));
        assert!(!Style::default().added("x").contains('\x1b'));
    }
}
