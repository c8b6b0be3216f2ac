//! What every rule needs to read a text's relations: its sentences, which sentence each
//! number is in, and the words between numbers. Built once per text, in linear time.

use std::ops::Range;

use crate::number::{Kind, Number};
use crate::span::Span;

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "v", "etc", "approx", "c", "ca", "fig", "vol", "p", "pp",
    "e.g", "i.e", "inc", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "gov", "gen", "sen", "rep", "u.s", "u.k",
];

/// Abbreviations that stand before numbers: "No. 10", "p. 12".
const NUMBER_ABBREVIATIONS: &[&str] = &["no", "nos", "p", "pp", "fig", "vol"];

/// A text, its numbers and its sentences.
pub struct Context<'a> {
    pub text: &'a str,
    pub numbers: &'a [Number],
    /// Sentence spans in order, covering the text.
    pub sentences: Vec<Span>,
    /// For each number, the index of its sentence.
    pub sentence_of: Vec<usize>,
    /// For each sentence, the range of indices of the numbers in it.
    pub numbers_in: Vec<Range<usize>>,
}

impl<'a> Context<'a> {
    /// Splits `text` into sentences and places each number in one.
    pub fn new(text: &'a str, numbers: &'a [Number]) -> Context<'a> {
        let sentences = split_sentences(text, numbers);
        let mut sentence_of = Vec::with_capacity(numbers.len());
        let mut s = 0;
        for n in numbers {
            while s + 1 < sentences.len() && sentences[s].end <= n.span.start {
                s += 1;
            }
            sentence_of.push(s);
        }
        // Each sentence's numbers, as a range of indices; a sentence without numbers gets the
        // empty range at the place its numbers would be, never `0..0`.
        let mut numbers_in = Vec::with_capacity(sentences.len());
        let mut i = 0;
        for k in 0..sentences.len() {
            let start = i;
            while i < sentence_of.len() && sentence_of[i] == k {
                i += 1;
            }
            numbers_in.push(start..i);
        }
        Context { text, numbers, sentences, sentence_of, numbers_in }
    }

    /// The text between the end of number `i` and the start of number `j` (empty if `j` is not after `i`).
    pub fn gap(&self, i: usize, j: usize) -> &'a str {
        let (a, b) = (self.numbers[i].span.end, self.numbers[j].span.start);
        self.text.get(a..b).unwrap_or("")
    }

    /// The text of number `i`'s sentence before it.
    pub fn before(&self, i: usize) -> &'a str {
        let s = self.sentences[self.sentence_of[i]];
        self.text.get(s.start..self.numbers[i].span.start).unwrap_or("")
    }

    /// The text of number `i`'s sentence after it.
    pub fn after(&self, i: usize) -> &'a str {
        let s = self.sentences[self.sentence_of[i]];
        self.text.get(self.numbers[i].span.end..s.end).unwrap_or("")
    }

    /// The text of a number.
    pub fn text_of(&self, i: usize) -> &'a str {
        self.numbers[i].span.of(self.text)
    }

    /// The text of sentence `s`.
    pub fn sentence(&self, s: usize) -> &'a str {
        self.sentences[s].of(self.text)
    }

    /// Whether number `i` may take part in arithmetic: a quantity that is not one end of a range.
    pub fn usable(&self, i: usize) -> bool {
        let n = &self.numbers[i];
        n.kind.is_quantity() && n.range.is_none()
    }

    /// Whether numbers `i` and `j` measure the same kind of thing: both money in the same
    /// currency, both percentages, or both counts whose units do not clash.
    pub fn comparable(&self, i: usize, j: usize) -> bool {
        let (a, b) = (&self.numbers[i], &self.numbers[j]);
        match (a.kind, b.kind) {
            (Kind::Money, Kind::Money) => a.currency == b.currency && a.minor_units == b.minor_units,
            (Kind::Percent, Kind::Percent) | (Kind::PercentagePoints, Kind::PercentagePoints) => true,
            (Kind::Count, Kind::Count) => match (&a.unit, &b.unit) {
                (Some(x), Some(y)) => same_unit(x, y),
                _ => true,
            },
            _ => false,
        }
    }

    /// The span from the start of number `i` to the end of number `j`.
    pub fn span(&self, i: usize, j: usize) -> Span {
        self.numbers[i].span.to(self.numbers[j].span)
    }
}

/// Whether two unit words name the same thing: "passengers"/"passenger", "people"/"person",
/// "buses"/"bus", "ferries"/"ferry". Allocation-free: rules call it in their inner loops.
pub fn same_unit(a: &str, b: &str) -> bool {
    fn singular(w: &str) -> &str {
        const IRREGULAR: [(&str, &str); 5] =
            [("people", "person"), ("persons", "person"), ("men", "man"), ("women", "woman"), ("children", "child")];
        IRREGULAR.iter().find(|(p, _)| p.eq_ignore_ascii_case(w)).map_or(w, |(_, s)| s)
    }
    let (a, b) = (singular(a), singular(b));
    let eq = |x: &str, y: &str| x.eq_ignore_ascii_case(y);
    // One may be the other plus a plural ending: -s, -es, or -ies for -y.
    let plural_of = |long: &str, short: &str| {
        let strip = |suffix: &str| {
            long.len() >= suffix.len()
                && long.is_char_boundary(long.len() - suffix.len())
                && long[long.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
        };
        (strip("s") && eq(&long[..long.len() - 1], short))
            || (strip("es") && eq(&long[..long.len() - 2], short))
            || (strip("ies")
                && short.len() == long.len() - 2
                && short.to_ascii_lowercase().ends_with('y')
                && eq(&long[..long.len() - 3], &short[..short.len() - 1]))
    };
    eq(a, b) || plural_of(a, b) || plural_of(b, a)
}

/// Sentence spans: a sentence ends at `.`, `!` or `?` followed by space and a capital, digit,
/// quote or the end; at a blank line; or at a line break after end punctuation or before a
/// bullet. A full stop inside a number or after a known abbreviation ends nothing.
pub fn split_sentences(text: &str, numbers: &[Number]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_number = numbers.iter().map(|n| n.span).peekable();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        while in_number.peek().is_some_and(|s| s.end <= i) {
            in_number.next();
        }
        let inside_number = in_number.peek().is_some_and(|s| s.start <= i && i < s.end);
        let mut end_here = None;
        if matches!(b, b'.' | b'!' | b'?') && !inside_number {
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')') {
                j += 1;
            }
            let next = text[j..].trim_start();
            let spaced = j == bytes.len() || bytes[j].is_ascii_whitespace();
            let starts_new = next.is_empty()
                || next.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || "\"“‘'(£$€-".contains(c));
            let digit_next = next.starts_with(|c: char| c.is_ascii_digit());
            if spaced && starts_new && !(b == b'.' && after_abbreviation(&text[start..i], digit_next)) {
                end_here = Some(j);
            }
        } else if b == b'\n' {
            let rest = &text[i + 1..];
            let blank = rest.trim_start_matches([' ', '\t', '\r']).starts_with('\n');
            let prev = text[start..i].trim_end();
            let bullet = rest.trim_start().starts_with(['-', '*', '•']);
            if blank || bullet || prev.ends_with(['.', '!', '?', ':', ';']) || prev.is_empty() {
                end_here = Some(i + 1);
            }
        }
        if let Some(e) = end_here {
            // White space between sentences joins the next one rather than standing alone.
            if !text[start..e].trim().is_empty() {
                out.push(Span::new(start, e));
            }
            start = e;
            i = e;
            continue;
        }
        i += 1;
    }
    if start < text.len() || out.is_empty() {
        out.push(Span::new(start, text.len()));
    }
    out
}

/// Whether the text before a full stop ends with an abbreviation. "No.", "p." and "fig." are
/// abbreviations only before a number ("No. 10"); elsewhere "no." ends a sentence.
fn after_abbreviation(before: &str, digit_next: bool) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    let word = word.to_lowercase();
    if NUMBER_ABBREVIATIONS.contains(&word.as_str()) {
        return digit_next;
    }
    ABBREVIATIONS.contains(&word.as_str()) || (word.len() == 1 && word.chars().all(|c| c.is_alphabetic()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let numbers = crate::number::find(text);
        split_sentences(text, &numbers).iter().map(|s| s.of(text).trim()).collect()
    }

    #[test]
    fn splits_at_sentence_ends_only() {
        assert_eq!(
            sentences("Sales rose 3.5% to £2.1m. Mr. Smith said no. Four people left!\n\nNew para"),
            vec!["Sales rose 3.5% to £2.1m.", "Mr. Smith said no.", "Four people left!", "New para"]
        );
    }

    #[test]
    fn a_sentence_without_numbers_has_an_empty_range_in_place() {
        let text = "It had 3 cats. Then nothing. Later 5 dogs.";
        let numbers = crate::number::find(text);
        let cx = Context::new(text, &numbers);
        assert_eq!(cx.numbers_in, vec![0..1, 1..1, 1..2]);
    }

    #[test]
    fn units_match_across_plurals() {
        assert!(same_unit("passengers", "passenger"));
        assert!(same_unit("people", "person"));
        assert!(same_unit("ferries", "ferry"));
        assert!(same_unit("buses", "bus"));
        assert!(same_unit("matches", "match"));
        assert!(!same_unit("tonnes", "people"));
    }
}
