//! Diagnostics for people, in the style of compilers: `path:line:col`, the line, a caret under
//! the span, the message, and a summary.

use std::fmt::Write;

use super::{Finding, Report, Verdict};
use crate::number::Number;
use crate::span::{LineIndex, Span};

/// Whether to colour the output with ANSI escapes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    pub color: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// The line of `text` holding `span`'s start, and the span's columns within it.
fn excerpt(text: &str, span: Span) -> (&str, usize, usize) {
    let start = span.start.min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line = text[line_start..line_end].trim_end_matches('\r');
    let col = text[line_start..start].chars().count();
    let end = span.end.min(line_start + line.len()).max(start);
    let width = text[start..end].chars().count().max(1);
    (line, col, width)
}

/// Long lines are cut around the span so the caret stays on screen.
fn clip(line: &str, col: usize, width: usize) -> (String, usize) {
    const ROOM: usize = 100;
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= ROOM {
        return (line.to_string(), col);
    }
    let from = col.saturating_sub(40);
    let to = (col + width + 40).min(chars.len());
    let mut s: String = chars[from..to].iter().collect();
    let mut col = col - from;
    if from > 0 {
        s.insert(0, '…');
        col += 1;
    }
    if to < chars.len() {
        s.push('…');
    }
    (s, col)
}

fn snippet(out: &mut String, style: Style, text: &str, span: Span, line_no: usize) {
    let (line, col, width) = excerpt(text, span);
    let (line, col) = clip(line, col, width);
    let gutter = " ".repeat(line_no.to_string().len());
    let bar = style.paint("1;34", "|");
    let _ = writeln!(out, "{gutter} {bar}");
    let _ = writeln!(out, "{} {bar} {line}", style.paint("1;34", &line_no.to_string()));
    let carets = style.paint("1;31", &"^".repeat(width));
    let _ = writeln!(out, "{gutter} {bar} {}{carets}", " ".repeat(col));
}

/// One finding as a diagnostic.
pub fn finding(out: &mut String, style: Style, source: &str, lines: &LineIndex, text: &str, f: &Finding) {
    let (line, col) = lines.line_col(f.span.start);
    let mark = match f.verdict {
        Verdict::Inconsistent => style.paint("1;31", "✗"),
        Verdict::Consistent => style.paint("1;32", "✓"),
    };
    let _ = writeln!(out, "{source}:{line}:{col}: {mark} {}: {}", style.paint("1", f.check), f.message);
    if f.verdict == Verdict::Inconsistent {
        snippet(out, style, text, f.span, line);
    }
}

/// One number as a listing line: where, kind, value, unit.
pub fn number(out: &mut String, source: &str, lines: &LineIndex, text: &str, n: &Number) {
    let (line, col) = lines.line_col(n.span.start);
    let _ = write!(out, "{source}:{line}:{col}: {} {:?} = {}", n.kind.name(), n.span.of(text), n.value);
    if let Some(u) = &n.unit {
        let _ = write!(out, " [{u}]");
    }
    if let Some(h) = n.hedge {
        let _ = write!(out, " ({:?}: {:?})", h.kind, h.span.of(text));
    }
    out.push('\n');
}

/// A whole report: the findings, optionally every number, and a summary line.
pub fn render(source: &str, text: &str, report: &Report, style: Style, list_numbers: bool) -> String {
    let mut out = String::new();
    let lines = LineIndex::new(text);
    if list_numbers {
        for n in &report.numbers {
            number(&mut out, source, &lines, text, n);
        }
    }
    for f in &report.findings {
        finding(&mut out, style, source, &lines, text, f);
    }
    let bad = report.inconsistent().count();
    let summary = format!(
        "{source}: {} number{}, {} relation{} checked, {} inconsistent",
        report.numbers.len(),
        if report.numbers.len() == 1 { "" } else { "s" },
        report.findings.len(),
        if report.findings.len() == 1 { "" } else { "s" },
        bad
    );
    let summary = if bad > 0 { style.paint("1;31", &summary) } else { style.paint("1", &summary) };
    let _ = writeln!(out, "{summary}");
    out
}
